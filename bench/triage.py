"""Malicious-review triage speed: classifying every 1-2 star review of the demo's own shop (cold, then
incremental), the triage list, and classification throughput on the labelled set with and without
obfuscation.

Prints figures; asserts nothing. Targets (2-core machine): the first verdict refresh of a shop <= 10 s
(it runs once, beside the first tagging), an incremental refresh <= 0.2 s, the triage list <= 1 s.

    .venv/bin/python bench/triage.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evals.obfuscation import TRANSFORMS  # noqa: E402
from evals.triage import assess, load_triage_cases  # noqa: E402
from tools.context import resolve_shop  # noqa: E402
from tools.demo import generate_demo  # noqa: E402
from tools.reviews.triage import triage  # noqa: E402
from tools.reviews.verdicts import refresh_verdicts  # noqa: E402
from tools.settings import load_settings  # noqa: E402
from tools.store import Store  # noqa: E402


def _timed(label: str, run) -> object:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = run()
    print(f"{label:48} {time.perf_counter() - started:7.2f} s")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(data_dir=Path(folder))
        with Store(Path(folder) / "seller.duckdb") as store:
            generate_demo(store, seed=7, scale="default", end_date=date(2026, 11, 20))
            ctx = resolve_shop(store, settings)
            count = _timed("verdict refresh, cold (first run in a process)", lambda: refresh_verdicts(store, ctx, settings))
            print(f"{'':48} {count} reviews classified")
            _timed("verdict refresh, nothing changed", lambda: refresh_verdicts(store, ctx, settings))
            report = _timed("triage list", lambda: triage(store, ctx, settings))
            print(f"{'':48} {report.negative_reviews} reviews listed")  # type: ignore[attr-defined]
    cases = load_triage_cases()
    started = time.perf_counter()
    for case in cases:
        assess(case)
    elapsed = time.perf_counter() - started
    print(f"{'classify the triage set (warm)':48} {elapsed:7.2f} s = {len(cases) / elapsed:,.0f} reviews/s")
    started = time.perf_counter()
    variants = 0
    for case in cases[:200]:
        for transform in TRANSFORMS.values():
            assess(case, transform(case.text))
            variants += 1
    elapsed = time.perf_counter() - started
    print(f"{'classify obfuscated variants':48} {elapsed:7.2f} s = {variants / elapsed:,.0f} reviews/s")


if __name__ == "__main__":
    main()
