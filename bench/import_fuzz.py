"""Run the importer's fuzz corpus (tests/fuzz_corpus.py) and print what happened to each class of file.

    .venv/bin/python bench/import_fuzz.py

Figures only: tracebacks, imports slower than 10 s, outcome per mutation class, the slowest files.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz_corpus import write_corpus  # noqa: E402
from tools.importer import import_paths  # noqa: E402
from tools.store import Store  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "import"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = write_corpus(folder)
        outcomes: Counter[tuple[str, str]] = Counter()
        timings: list[tuple[float, str]] = []
        tracebacks = 0
        for entry in manifest:
            store = Store(":memory:")
            if not entry["original"].startswith("exports/"):
                import_paths(store, [DATA / "good" / "shops.csv", DATA / "good" / "products.csv"])
            started = time.perf_counter()
            try:
                report = import_paths(store, [folder / entry["file"]])
                outcomes[(entry["mutation"], "imported" if report.imported else "rejected")] += 1
            except Exception:  # noqa: BLE001 - counted, printed
                tracebacks += 1
                traceback.print_exc()
            timings.append((time.perf_counter() - started, entry["file"]))
            store.close()
        sizes = sum((folder / entry["file"]).stat().st_size for entry in manifest)
        print(f"fuzz corpus: {len(manifest)} files, {sizes / 1e6:.1f} MB")
        print(f"tracebacks: {tracebacks}; imports over 10 s: {sum(t > 10 for t, _ in timings)}")
        for (mutation, outcome), count in sorted(outcomes.items()):
            print(f"  {mutation:10s} {outcome:9s} {count}")
        for seconds, name in sorted(timings, reverse=True)[:5]:
            print(f"  slowest: {name} {seconds:.2f} s")


if __name__ == "__main__":
    main()
