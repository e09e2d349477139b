"""Time importing the Olist public dataset's five published CSVs in one command.

    .venv/bin/python bench/import_olist.py --dir DIR [--scale 12]

DIR holds olist_{orders,order_items,order_reviews,products,sellers}_dataset.csv (any copy; the tests'
fixture slice is tests/data/import/exports/olist). `--scale N` repeats every order, item and review N
times under new ids, so a partial copy stands in for the full dataset's size (99k orders, 113k items,
99k reviews at about N = 12 for the 8k-order copy in docs/DATA.md). Figures only.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.importer import import_paths  # noqa: E402
from tools.store import Store  # noqa: E402

REPEATED = {"olist_orders_dataset.csv": ("order_id",), "olist_order_items_dataset.csv": ("order_id",),
            "olist_order_reviews_dataset.csv": ("review_id", "order_id")}
NAMES = ["olist_orders_dataset.csv", "olist_order_items_dataset.csv", "olist_order_reviews_dataset.csv",
         "olist_products_dataset.csv", "olist_sellers_dataset.csv"]


def scaled_copy(source: Path, target: Path, scale: int) -> None:
    for name in NAMES:
        with (source / name).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        ids = [header.index(column) for column in REPEATED.get(name, ())]
        with (target / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for copy in range(scale if ids else 1):
                for row in body:
                    if copy:
                        row = list(row)
                        for position in ids:
                            row[position] = f"{row[position][:-3]}{copy:03d}"
                    writer.writerow(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=Path(__file__).resolve().parents[1] / "tests/data/import/exports/olist")
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scaled_copy(args.dir, folder, args.scale)
        sizes = {name: sum(1 for _ in (folder / name).open(encoding="utf-8")) - 1 for name in NAMES}
        print("rows per file: " + ", ".join(f"{name.removeprefix('olist_').removesuffix('_dataset.csv')} {count:,}"
                                            for name, count in sizes.items()))
        with Store(folder / "olist.duckdb") as store:
            started = time.perf_counter()
            report = import_paths(store, [folder / name for name in NAMES])
            elapsed = time.perf_counter() - started
            assert report.imported, [issue.render() for issue in report.shown_errors]
            print(f"one import command: {elapsed:.1f} s; stored " + ", ".join(f"{kind} {count:,}" for kind, count in report.written.items()))


if __name__ == "__main__":
    main()
