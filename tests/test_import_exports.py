"""Marketplace exports: real-format fixtures (pseudonymised from public samples; docs/DATA.md) import
with the right orders, lines and GMV, and their quirks are handled. Expected figures are computed
here from the fixture by the export's own documented meaning, independently of the adapters."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from tools.errors import DataError
from tools.importer import ImportReport, import_paths
from tools.store import Store

EXPORTS = Path(__file__).parent / "data" / "import" / "exports"
OLIST = sorted((EXPORTS / "olist").glob("*.csv"))


def ok(report: ImportReport) -> ImportReport:
    assert report.imported, [issue.render() for issue in report.shown_errors]
    return report


def order_figures(store: Store) -> tuple[int, int, float]:
    orders, lines, gmv = store.query("SELECT count(DISTINCT order_id), count(*), round(sum(gmv), 2) FROM orders")[0]
    return int(orders), int(lines), float(gmv)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_tiktok_thai_export(store: Store) -> None:
    rows = read_csv(EXPORTS / "tiktok_th_orders.csv")
    report = ok(import_paths(store, [EXPORTS / "tiktok_th_orders.csv"]))
    assert report.files[0].source == "TikTok Shop order export"
    expected_gmv = round(sum(float(row["SKU Subtotal After Discount"]) for row in rows), 2)
    assert order_figures(store) == (len({row["Order ID"].strip() for row in rows}), len(rows), expected_gmv)
    # The order amount repeats on each SKU line; summing it would count the two-line order twice.
    assert expected_gmv != round(sum(float(row["Order Amount"]) for row in rows), 2)
    statuses = dict(store.query("SELECT status, count(*) FROM orders GROUP BY 1"))
    assert statuses == {"COMPLETED": 2, "CANCELLED": 2}  # เสร็จสมบูรณ์ / ยกเลิกแล้ว (+ "Cancel" return type)
    shop = store.rows("shops")[0]
    assert (shop.currency, shop.time_zone) == ("THB", "Asia/Bangkok")
    # 04/09/2026 12:45:05 Bangkok, read DD/MM (no date here decides it; THB shops write day first).
    first = store.query("SELECT min(create_time) FROM orders")[0][0]
    assert (first.month, first.day) == (9, 4)
    assert all(not order.order_id.endswith("\t") for order in store.rows("orders"))
    assert any("read as DD/MM/YYYY" in notice for notice in report.notices)


def test_tiktok_japanese_export(store: Store) -> None:
    ok(import_paths(store, [EXPORTS / "tiktok_ja_orders.csv"]))
    order = store.rows("orders")[0]
    assert order_figures(store) == (1, 1, 11000.0)  # "11,000 JPY"
    assert order.create_time.isoformat() == "2026-01-27T09:03:56"  # 01/27/2026 6:03:56 PM Tokyo = 09:03:56 UTC
    assert order.status == "PROCESSING"  # 未発送
    assert store.rows("products")[0].currency == "JPY"


def test_tiktok_description_row_brl_money_and_us_clock(store: Store, tmp_path: Path) -> None:
    """A variant of the real Thai file in the shapes other regions use (description row, `BRL 19,90`,
    MM/DD/YYYY with a 12-hour clock): a format test, not a new real sample."""
    rows = list(csv.reader((EXPORTS / "tiktok_th_orders.csv").open(encoding="utf-8", newline="")))
    header = rows[0]
    money = [header.index(name) for name in ("SKU Unit Original Price", "SKU Subtotal After Discount", "Order Amount")]
    created = header.index("Created Time")
    description = ["Platform unique order ID." if name == "Order ID" else f"{name} of the order." for name in header]
    for row in rows[1:]:
        for position in money:
            row[position] = "BRL " + row[position].replace(".", ",")
        day, month, rest = row[created][:2], row[created][3:5], row[created][6:]
        year, clock = rest.split(" ", 1)
        hour = int(clock[:2])
        row[created] = f"{month}/{day}/{year} {hour % 12 or 12}:{clock[3:8]} {'PM' if hour >= 12 else 'AM'}\t"
        row[header.index("Order Status")] = {"เสร็จสมบูรณ์": "Concluído", "ยกเลิกแล้ว": "Cancelado"}[row[header.index("Order Status")]]
    path = tmp_path / "tiktok_br.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, description, *rows[1:]])
    report = ok(import_paths(store, [path]))
    assert any("describes the columns" in notice for notice in report.notices)
    assert order_figures(store) == (3, 4, 663.04)
    assert store.rows("shops")[0].currency == "BRL"
    first = store.query("SELECT min(create_time) FROM orders")[0][0]
    assert (first.month, first.day) == (9, 4)  # 09/04/2026 12:18 PM, read month first (12-hour clock)


def test_shopee_vietnamese_xlsx(store: Store) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(EXPORTS / "shopee_vn_orders.xlsx", read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    header, rows = list(values[0]), values[1:]
    at = {name: header.index(name) for name in ("Mã đơn hàng", "Tổng giá bán (sản phẩm)", "Tổng giá trị đơn hàng (VND)",
                                                "Trạng Thái Đơn Hàng")}
    report = ok(import_paths(store, [EXPORTS / "shopee_vn_orders.xlsx"]))
    assert report.files[0].source == "Shopee order export" and report.files[0].format == "xlsx"
    expected = (len({row[at["Mã đơn hàng"]] for row in rows}), len(rows),
                round(sum(float(row[at["Tổng giá bán (sản phẩm)"]]) for row in rows), 2))
    assert order_figures(store) == expected
    order_total = {}
    for row in rows:
        order_total[row[at["Mã đơn hàng"]]] = float(row[at["Tổng giá trị đơn hàng (VND)"]])
    assert sum(order_total.values()) != expected[2]  # order-level totals repeat per item; never our GMV
    cancelled = sum(row[at["Trạng Thái Đơn Hàng"]] == "Đã hủy" for row in rows)
    assert store.query("SELECT count(*) FROM orders WHERE status = 'CANCELLED'")[0][0] == cancelled
    assert store.rows("shops")[0].currency == "VND"
    assert {product.category for product in store.rows("products")} == {"Uncategorised"}


@pytest.mark.parametrize("name", ["shopify_usd_orders.csv", "shopify_usd_78col_orders.csv"])
def test_shopify_export(store: Store, name: str) -> None:
    rows = read_csv(EXPORTS / name)
    report = ok(import_paths(store, [EXPORTS / name]))
    assert report.files[0].source == "Shopify order export"
    gmv = round(sum(float(row["Lineitem price"]) * int(row["Lineitem quantity"]) for row in rows), 2)
    assert order_figures(store) == (len({row["Name"] for row in rows}), len(rows), gmv)
    # Order-level values sit on an order's first line only; later lines inherit them.
    first_line: dict[str, dict[str, str]] = {}
    for row in rows:
        first_line.setdefault(row["Name"], row)
    cancelled = {order for order, row in first_line.items() if row["Cancelled at"]}
    stored = {order.order_id for order in store.rows("orders") if order.status == "CANCELLED"}
    assert stored == cancelled
    lines_per_order: dict[str, int] = defaultdict(int)
    for row in rows:
        lines_per_order[row["Name"]] += 1
    assert store.query("SELECT count(*) FROM orders WHERE status = 'CANCELLED'")[0][0] == sum(lines_per_order[o] for o in cancelled)
    assert all("@" not in order.buyer_id for order in store.rows("orders"))  # emails never stored


def test_olist_published_csvs_in_one_command(store: Store) -> None:
    items = read_csv(EXPORTS / "olist" / "olist_order_items_dataset.csv")
    orders = {row["order_id"]: row for row in read_csv(EXPORTS / "olist" / "olist_orders_dataset.csv")}
    report = ok(import_paths(store, OLIST))
    assert {file.source for file in report.files} == {"Olist public dataset"}
    pairs = {(row["order_id"], row["product_id"]) for row in items}
    gmv = round(sum(float(row["price"]) for row in items), 2)
    assert order_figures(store) == (len({row["order_id"] for row in items}), len(pairs), gmv)
    assert store.query("SELECT sum(quantity) FROM orders")[0][0] == len(items)  # one row per unit → quantities
    assert any("one row per unit" in notice for notice in report.notices)
    canceled = {order_id for order_id, row in orders.items() if row["order_status"] in ("canceled", "unavailable")}
    stored = {row[0] for row in store.query("SELECT DISTINCT order_id FROM orders WHERE status = 'CANCELLED'")}
    assert stored == canceled & {row["order_id"] for row in items}
    assert store.count("shops") == len({row["seller_id"] for row in items})
    assert store.count("reviews") > 0


def test_olist_as_documented_columns_one_row_per_unit(store: Store, tmp_path: Path) -> None:
    """Olist converted to our documented columns, one row per unit, as a seller would convert it."""
    items = read_csv(EXPORTS / "olist" / "olist_order_items_dataset.csv")
    orders = {row["order_id"]: row for row in read_csv(EXPORTS / "olist" / "olist_orders_dataset.csv")}
    products = {row["product_id"]: row for row in read_csv(EXPORTS / "olist" / "olist_products_dataset.csv")}
    (tmp_path / "shops.csv").write_text("shop_id,name,time_zone,currency\nolist,Olist,America/Sao_Paulo,BRL\n", encoding="utf-8")
    with (tmp_path / "products.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["product_id", "shop_id", "title", "category", "price"])
        for product_id in {row["product_id"] for row in items}:
            category = products.get(product_id, {}).get("product_category_name", "")
            writer.writerow([product_id, "olist", f"Product {product_id[:6]}", category, "1"])
    with (tmp_path / "orders.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["order_id", "product_id", "sku_id", "buyer_id", "quantity", "gmv", "create_time", "status"])
        for row in items:
            order = orders[row["order_id"]]
            writer.writerow([row["order_id"], row["product_id"], row["product_id"], order["customer_id"], 1, row["price"],
                             order["order_purchase_timestamp"], order["order_status"]])
    report = ok(import_paths(store, sorted(tmp_path.glob("*.csv"))))
    assert any("one row per unit" in notice for notice in report.notices)
    assert store.query("SELECT sum(quantity) FROM orders")[0][0] == len(items)
    assert store.query("SELECT count(*) FROM products WHERE category = 'Uncategorised'")[0][0] == sum(
        not products.get(pid, {}).get("product_category_name") for pid in {row["product_id"] for row in items})


def test_dry_run_shows_source_mapping_and_counts_and_writes_nothing(store: Store) -> None:
    report = import_paths(store, [EXPORTS / "tiktok_th_orders.csv"], dry_run=True)
    assert report.dry_run and not report.imported and report.error_count == 0
    assert report.staged == {"orders": 4, "products": 3, "shops": 1}
    assert report.files[0].mapping["gmv"] == "SKU Subtotal After Discount"
    assert store.count("orders") == 0 and store.count("products") == 0


def test_source_override_and_unknown_source(store: Store) -> None:
    ok(import_paths(store, [EXPORTS / "tiktok_th_orders.csv"], source="tiktok-orders"))
    with pytest.raises(DataError, match="Unknown source 'lazada'"):
        import_paths(store, [EXPORTS / "tiktok_th_orders.csv"], source="lazada")


def test_unknown_export_says_what_to_do(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Bestellnummer,Artikel,Menge,Datum\n1,Tasse,2,2026-11-01\n", encoding="utf-8")
    report = import_paths(store, [path])
    assert not report.imported
    message = report.shown_errors[0].message
    assert "--map" in message and "TikTok Shop order export" in message


def test_mapping_file_for_any_other_export(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bestellungen.csv"
    path.write_text("Bestellnummer;Artikel;Menge;Zeit;Summe;Stand\n"
                    "A-1;Tasse blau;2;1794045600;19,90;fertig\n"
                    "A-2;Teller;1;1794049200;7,50;storniert\n", encoding="utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("source: Mein Shop\nkind: orders\ntime_zone: Europe/Berlin\n"
                       "columns:\n  order_id: Bestellnummer\n  title: Artikel\n  quantity: Menge\n"
                       "  create_time: {column: Zeit, format: epoch_s}\n  line_total: Summe\n  status: Stand\n"
                       "statuses: {fertig: COMPLETED, storniert: CANCELLED}\n", encoding="utf-8")
    report = ok(import_paths(store, [path], mapping=mapping, currency="EUR"))
    assert report.files[0].source == "Mein Shop"
    assert order_figures(store) == (2, 2, 27.4)
    assert store.query("SELECT status FROM orders WHERE order_id = 'A-2'")[0][0] == "CANCELLED"
    assert store.rows("orders", "order_id = ?", ["A-1"])[0].create_time.isoformat() == "2026-11-07T10:00:00"


def test_mapping_file_errors_are_named(store: Store, tmp_path: Path) -> None:
    mapping = tmp_path / "bad.yaml"
    mapping.write_text("kind: orders\ncolumns:\n  order_number: X\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown field\\(s\\) order_number"):
        import_paths(store, [EXPORTS / "tiktok_th_orders.csv"], mapping=mapping)


def test_xlsx_with_preamble_stacked_header_several_sheets_and_text_numbers(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["This workbook was exported on 2026-11-30"])
    sheet = book.create_sheet("Orders")
    sheet.append(["Shop report, November"])  # a title row
    sheet.append([])
    sheet.append(["Order", None, "Line", None, None, None])  # stacked header: a group row over the names
    sheet.append(["ID", "Created time", "SKU ID", "Product Name", "Quantity", "SKU Subtotal After Discount"])
    sheet.merge_cells("A3:B3")
    sheet.append(["577000000000000001", "2026-11-20 10:00:00", "1", "Mug", "2", "19.80"])  # numbers stored as text
    sheet.append([5770000002, "2026-11-21 11:00:00", 2, "Plate", 1, 7.5])  # a short id stored as a number
    path = tmp_path / "book.xlsx"
    book.save(path)
    report = ok(import_paths(store, [path], time_zone="UTC"))
    assert [file.path for file in report.files] == [f"{path}[Orders]"]
    assert order_figures(store) == (2, 2, 27.3)
    assert {order.order_id for order in store.rows("orders")} == {"577000000000000001", "5770000002"}
    assert any("header is on row 4" in notice for notice in report.notices)


def test_xlsx_id_stored_as_a_long_number_is_refused_not_rounded(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Order ID", "Created Time", "SKU ID", "Product Name", "Quantity", "SKU Subtotal After Discount"])
    book.active.append([5.77e17, "2026-11-21 11:00:00", "2", "Plate", "1", "7.5"])  # Excel kept 15 digits of 18
    path = tmp_path / "lossy.xlsx"
    book.save(path)
    report = import_paths(store, [path], time_zone="UTC")
    assert not report.imported
    issue = report.shown_errors[0]
    assert (issue.row, issue.column) == (1, "Order ID") and "too long for a spreadsheet" in issue.message


def test_csv_is_sniffed_from_content_whatever_the_extension(store: Store, tmp_path: Path) -> None:
    rows = list(csv.reader((EXPORTS / "tiktok_th_orders.csv").open(encoding="utf-8", newline="")))
    path = tmp_path / "orders.xls.txt"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t").writerows(rows)
    report = ok(import_paths(store, [path]))
    assert report.files[0].format == "tsv"
    assert order_figures(store) == (3, 4, 663.04)


def test_cr_only_line_endings(store: Store, tmp_path: Path) -> None:
    text = (EXPORTS / "tiktok_th_orders.csv").read_text(encoding="utf-8")
    path = tmp_path / "mac.csv"
    path.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    ok(import_paths(store, [path]))
    assert order_figures(store) == (3, 4, 663.04)


def test_reimport_says_how_many_rows_changed(store: Store, tmp_path: Path) -> None:
    ok(import_paths(store, [EXPORTS / "tiktok_th_orders.csv"]))
    again = ok(import_paths(store, [EXPORTS / "tiktok_th_orders.csv"]))
    assert again.updated == {} and again.new["orders"] == 0
    text = (EXPORTS / "tiktok_th_orders.csv").read_text(encoding="utf-8").replace(",405,0,38", ",400,0,38", 1)
    path = tmp_path / "changed.csv"
    path.write_text(text, encoding="utf-8")
    changed = ok(import_paths(store, [path]))
    assert changed.updated == {"orders": 1}


def test_fixture_texts_reserved_for_acceptance_are_absent() -> None:
    from evals.export_fixtures import DEFAULT_EXCLUSIONS, excluded, load_exclusions

    digests = load_exclusions(DEFAULT_EXCLUSIONS)
    if not digests:
        pytest.skip("the acceptance exclusion list is not on this machine")
    rows = read_csv(EXPORTS / "olist" / "olist_order_reviews_dataset.csv")
    texts = [text for row in rows for text in (row["review_comment_title"], row["review_comment_message"]) if text.strip()]
    assert texts and not [text for text in texts if excluded(text, digests)]


def test_olist_review_id_reused_across_orders(store: Store, tmp_path: Path) -> None:
    """Olist reuses some review ids for different orders; each order's review is kept."""
    import shutil

    for path in OLIST:
        shutil.copy(path, tmp_path / path.name)
    reviews = tmp_path / "olist_order_reviews_dataset.csv"
    rows = list(csv.reader(reviews.open(encoding="utf-8", newline="")))
    items = read_csv(EXPORTS / "olist" / "olist_order_items_dataset.csv")
    reviewed = {row[1] for row in rows[1:]}
    other_order = next(row["order_id"] for row in items if row["order_id"] not in reviewed)
    rows.append([rows[1][0], other_order, *rows[1][2:]])
    with reviews.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    ok(import_paths(store, sorted(tmp_path.glob("*.csv"))))
    stored = {review.order_id for review in store.rows("reviews") if review.review_id.startswith(rows[1][0])}
    assert {rows[1][1], other_order} <= stored


def test_xlsx_with_a_wrong_declared_size_is_read_whole(store: Store, tmp_path: Path) -> None:
    """Some exporters declare a sheet smaller than it is (<dimension ref="A1:B2"/>); every row is read."""
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Order ID", "Created Time", "SKU ID", "Product Name", "Quantity", "SKU Subtotal After Discount"])
    for number in range(1, 6):
        book.active.append([f"5770000{number}", "2026-11-20 10:00:00", str(number), f"Item {number}", "1", "10"])
    honest = tmp_path / "honest.xlsx"
    book.save(honest)
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(lying, "w") as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:F6" />', b'<dimension ref="A1:B2" />')
                assert b'ref="A1:B2"' in data
            target.writestr(entry, data)
    ok(import_paths(store, [lying], time_zone="UTC"))
    assert order_figures(store) == (5, 5, 50.0)


def test_shopee_english_malaysia_xlsx(store: Store, tmp_path: Path) -> None:
    """A real layout whose author edited it by hand: one cancelled line lost its order date. The import
    names that cell; with the row fixed as a seller would, the rest imports in MYR."""
    from openpyxl import load_workbook

    path = EXPORTS / "shopee_my_en_orders.xlsx"
    report = import_paths(store, [path])
    assert not report.imported and report.error_count == 1
    issue = report.shown_errors[0]
    assert (issue.row, issue.column) == (8, "Order Creation Date") and "missing" in issue.message
    book = load_workbook(path)
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    sheet.delete_rows(9)  # the 8th data row
    fixed = tmp_path / "fixed.xlsx"
    book.save(fixed)
    rows = list(load_workbook(fixed, read_only=True).active.iter_rows(min_row=2, values_only=True))
    at = {name: header.index(name) for name in ("Order ID", "Product Subtotal", "Order Status")}
    ok(import_paths(store, [fixed]))
    assert order_figures(store) == (len({row[at["Order ID"]] for row in rows}), len(rows),
                                    round(sum(float(row[at["Product Subtotal"]]) for row in rows), 2))
    shop = store.rows("shops")[0]
    assert (shop.currency, shop.time_zone) == ("MYR", "Asia/Kuala_Lumpur")  # told by Country = MY
    assert {order.status for order in store.rows("orders")} <= {"SHIPPED", "COMPLETED", "CANCELLED"}


AFFILIATE_HEADER = ["Order ID", "Product ID", "Product Name", "SKU ID", "Price", "Payment Amount", "Quantity",
                    "Fully returned or refunded", "Payment method", "Order Status", "Creator Username", "Content Type",
                    "Content ID", "Est. Commission Base", "Est. standard commission payment", "Time Created"]


def test_tiktok_affiliate_export_links_order_lines_to_videos(writable_demo_store: Store, demo_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Built from the column list importers of this export use (no public sample exists): each line says which
    video sold it, and the video's product list then shows measured sales instead of an even split."""
    from tools.context import resolve_shop
    from tools.demo import stories
    from tools.video.models import ProductAllocation
    from tools.video.service import diagnose_video

    store = writable_demo_store
    ctx = resolve_shop(store, demo_settings)
    video_id = stories.GOOD_VIDEO
    video = store.rows("videos", "video_id = ?", [video_id])[0]
    product = store.rows("products", "product_id = ?", [video.product_ids[0]])[0]
    day = video.video_post_time + __import__("datetime").timedelta(days=1)
    lines = [["9001", product.product_id, product.title, "s1", "10.00", "20.00", "2", "No", "COD", "Settled", "creator_a",
              "Video", video_id, "20.00", "3.00", day.strftime("%d/%m/%Y %H:%M:%S")],
             ["9002", product.product_id, product.title, "s1", "10.00", "10.00", "1", "No", "COD", "Settled", "creator_a",
              "Video", video_id, "10.00", "1.50", day.strftime("%d/%m/%Y %H:%M:%S")],
             ["9003", product.product_id, product.title, "s1", "10.00", "30.00", "3", "No", "COD", "Settled", "creator_b",
              "LIVE", "live-77", "30.00", "4.50", day.strftime("%d/%m/%Y %H:%M:%S")]]
    path = tmp_path / "all_20261101000000_20261130235959.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([AFFILIATE_HEADER, *lines])
    before_orders = store.count("orders")
    report = ok(import_paths(store, [path], time_zone="UTC"))
    assert report.files[0].source == "TikTok Shop affiliate orders export"
    assert store.count("orders") == before_orders  # the orders come from the order export, never from this one
    assert store.count("products") > 0 and report.new.get("products", 0) == 0  # a known product is not rewritten
    kinds = dict(store.query("SELECT content_type, count(*) FROM attributions GROUP BY 1"))
    assert kinds == {"VIDEO": 2, "LIVE": 1}
    diagnosis = diagnose_video(store, ctx, demo_settings, video_id)
    measured = {row.product_id: row for row in diagnosis.products}
    assert measured[product.product_id].allocation is ProductAllocation.ATTRIBUTED
    assert (measured[product.product_id].items_sold, measured[product.product_id].gmv) == (3, 30.0)
