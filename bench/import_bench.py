"""Time a 1M-row review import and a 1M-line TikTok Shop order export import (file -> adapter ->
validated -> DuckDB) in a temporary directory.

    .venv/bin/python bench/import_bench.py [--rows 1000000] [--no-language] [--only reviews|orders]

Prints rows/s and elapsed seconds per phase. Figures only; no test asserts them.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.importer import import_paths  # noqa: E402
from tools.store import Store  # noqa: E402

TEXTS = ["Love it, fits perfectly", "Colour is not like the photo", "瓶子是空的，味道也不持久",
         "Pengiriman cepat, barang bagus", "arrived broken :(", "ok", "Great value for money, would buy again"]


def write_catalogue(folder: Path, products: int) -> list[Path]:
    shops = folder / "shops.csv"
    shops.write_text("shop_id,name,time_zone,currency\ns1,Bench Shop,Asia/Singapore,SGD\n", encoding="utf-8")
    catalogue = folder / "products.csv"
    with catalogue.open("w", encoding="utf-8") as out:
        out.write("product_id,shop_id,title,category,price\n")
        for i in range(products):
            out.write(f"p{i},s1,Product {i},Home & Kitchen,{10 + i % 50}.90\n")
    return [shops, catalogue]


def write_reviews(path: Path, rows: int, *, products: int, with_language: bool) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        out.write("review_id,order_id,product_id,buyer_id,rating,review_text,create_time"
                  + (",language\n" if with_language else "\n"))
        for i in range(rows):
            day, second = 1 + i % 28, i % 86_400
            text = TEXTS[rng.randrange(len(TEXTS))]
            line = (f"r{i},o{i},p{rng.randrange(products)},b{rng.randrange(rows // 3 + 1)},{rng.randint(1, 5)},"
                    f'"{text}",2026-10-{day:02d}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z')
            out.write(line + (",en\n" if with_language else "\n"))


TIKTOK_HEADER = ("Order ID,Order Status,Order Substatus,Cancelation/Return Type,Normal or Pre-order,SKU ID,Seller SKU,"
                 "Product Name,Variation,Quantity,Sku Quantity of return,SKU Unit Original Price,SKU Subtotal Before Discount,"
                 "SKU Platform Discount,SKU Seller Discount,SKU Subtotal After Discount,Order Amount,Created Time,Paid Time,"
                 "Delivered Time,Buyer Username,Product Category")


def write_tiktok_orders(path: Path, lines: int, *, products: int) -> None:
    """A TikTok Shop order export in the Thai/Indonesian shape: trailing tabs, DD/MM/YYYY, 1–3 SKU lines per order."""
    rng = random.Random(11)
    statuses = ["Completed"] * 8 + ["Cancelled", "Shipped"]
    with path.open("w", encoding="utf-8") as out:
        out.write(TIKTOK_HEADER + "\n")
        written = order = 0
        while written < lines:
            order += 1
            status = statuses[rng.randrange(len(statuses))]
            day, hour = 1 + order % 28, order % 24
            for sku in range(min(rng.randint(1, 3), lines - written)):
                product = rng.randrange(products)
                quantity = rng.randint(1, 3)
                price = 10 + product % 50
                out.write(f"{576000000000000000 + order}\t,{status},{status},,Normal,{1700000000000000000 + product * 10 + sku}\t,"
                          f"SKU{product},Product {product},Colour {sku},{quantity},0,{price}.00,{price * quantity}.00,0,0,"
                          f"{price * quantity}.00,{price * 4}.00,{day:02d}/10/2026 {hour:02d}:15:00\t,"
                          f"{day:02d}/10/2026 {hour:02d}:20:00\t,,buyer{order % 50_000},Home & Kitchen\n")
                written += 1


def bench_orders(folder: Path, lines: int, products: int) -> None:
    path = folder / "tiktok_orders.csv"
    started = time.perf_counter()
    write_tiktok_orders(path, lines, products=products)
    print(f"generated {lines:,} TikTok order lines ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")
    with Store(folder / "orders.duckdb") as store:
        report = import_paths(store, [path], time_zone="Asia/Jakarta")
        assert report.imported, [issue.render() for issue in report.shown_errors]
        rate = report.total_rows / report.elapsed_s
        print(f"TikTok order export: {report.total_rows:,} lines in {report.elapsed_s:.1f} s = {rate:,.0f} lines/s; "
              f"store holds {store.count('orders'):,} order lines, {store.count('products'):,} products")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--products", type=int, default=300)
    parser.add_argument("--no-language", action="store_true",
                        help="leave the language column out, so the tagger's detector runs on every row")
    parser.add_argument("--only", choices=["reviews", "orders"], default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.only != "reviews":
            bench_orders(folder, args.rows, args.products)
        if args.only == "orders":
            return
        started = time.perf_counter()
        catalogue = write_catalogue(folder, args.products)
        reviews = folder / "reviews.csv"
        write_reviews(reviews, args.rows, products=args.products, with_language=not args.no_language)
        size_mb = reviews.stat().st_size / 1e6
        print(f"generated {args.rows:,} review rows ({size_mb:.0f} MB) in {time.perf_counter() - started:.1f} s")
        with Store(folder / "seller.duckdb") as store:
            import_paths(store, catalogue)
            for attempt in ("first import", "re-import (idempotent upsert)"):
                report = import_paths(store, [reviews])
                assert report.imported, [issue.render() for issue in report.shown_errors]
                rate = report.total_rows / report.elapsed_s
                print(f"{attempt}: {report.total_rows:,} rows in {report.elapsed_s:.1f} s = {rate:,.0f} rows/s; "
                      f"store holds {store.count('reviews'):,} reviews")


if __name__ == "__main__":
    main()
