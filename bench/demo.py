"""Time the demo generator at default and large scale: wall time, rows per table, peak memory.

Run: .venv/bin/python bench/demo.py [default|large ...]   (figures are printed, never asserted)
"""

from __future__ import annotations

import resource
import sys
import tempfile
from datetime import date
from pathlib import Path

from tools.demo import generate_demo
from tools.store import Store

END_DATE = date(2026, 11, 20)


def run(scale: str) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "seller.duckdb") as store:
        summary = generate_demo(store, seed=7, scale=scale, end_date=END_DATE)  # type: ignore[arg-type]
        feedback = summary.counts["reviews"] + summary.counts["returns"]
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{scale:>8}: {summary.elapsed_s:6.1f} s  feedback items {feedback:,}  "
              f"({feedback / summary.elapsed_s:,.0f}/s)  peak RSS so far {peak_mb:,.0f} MB")
        print("          " + ", ".join(f"{kind} {count:,}" for kind, count in summary.counts.items()))


if __name__ == "__main__":
    for name in sys.argv[1:] or ["default", "large"]:
        run(name)
