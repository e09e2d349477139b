"""Build the committed marketplace-export fixtures from real samples, pseudonymised.

    python -m evals.export_fixtures --raw DIR [--out tests/data/import/exports]

DIR holds the raw samples named as in docs/DATA.md ("Marketplace export samples"), each copied from
the repository, commit and path recorded there. Nothing personal survives: buyer names, usernames,
emails, phones, addresses, tracking numbers, notes and tax fields are replaced; order and package ids
are remapped to different ids of the same shape; product titles (the shop's own text, under no
licence) become neutral titles in the file's language. Everything else stays byte-for-byte the
format the marketplace wrote: headers, column order, trailing tabs, date and money formats, status
words, repeated order-level amounts, numbers stored as text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "import" / "exports"


def _digest(value: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}\x1f{value}".encode()).hexdigest()


def same_shape(value: str, salt: str) -> str:
    """A different id with the same shape: digits stay digits, letters stay letters, the rest (tabs) stays."""
    if not value.strip():
        return value
    digest = int(_digest(value.strip(), salt), 16)
    out = []
    for char in value:
        if char.isdigit():
            out.append(str(digest % 10))
            digest //= 10
        elif char.isalpha() and char.isascii():
            letter = chr(ord("A") + digest % 26)
            out.append(letter if char.isupper() else letter.lower())
            digest //= 26
        else:
            out.append(char)
    return "".join(out)


class Titles:
    """Consistent neutral product titles: the same original title always gets the same number."""

    def __init__(self, template: str) -> None:
        self.template = template
        self.seen: dict[str, str] = {}

    def __call__(self, value: str, salt: str) -> str:
        key = value.strip()
        if not key:
            return value
        if key not in self.seen:
            self.seen[key] = self.template.format(n=len(self.seen) + 1)
        return self.seen[key] + value[len(value.rstrip()):]


def masked(replacement: str) -> Callable[[str, str], str]:
    return lambda value, salt: value if not value.strip() else replacement + value[len(value.rstrip()):]


def person(prefix: str) -> Callable[[str, str], str]:
    return lambda value, salt: value if not value.strip() else f"{prefix}{int(_digest(value.strip(), salt), 16) % 10_000:04d}"


def email(value: str, salt: str) -> str:
    return value if not value.strip() else f"buyer{int(_digest(value.strip(), salt), 16) % 10_000:04d}@example.com"


Rule = Callable[[str, str], str]


def rewrite_csv(text: str, rules: dict[str, Rule], salt: str, *, quote_all_with_tab: bool = False) -> str:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    index = {name: position for position, name in enumerate(header)}
    for row in rows[1:]:
        for name, rule in rules.items():
            if name in index and index[name] < len(row):
                row[index[name]] = rule(row[index[name]], salt + name)
    out = io.StringIO(newline="")
    if quote_all_with_tab:  # the Japanese export quotes every field holding a tab or a comma
        for row in rows:
            out.write(",".join(f'"{cell.replace(chr(34), chr(34) * 2)}"' if any(c in cell for c in '\t,"\n') else cell
                               for cell in row) + "\r\n")
    else:
        csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


TIKTOK_PRIVATE: dict[str, Rule] = {
    "Order ID": same_shape, "Package ID": same_shape, "Tracking ID": masked("TRACKING"), "Buyer Username": person("buyer"),
    "Recipient": masked("R***"), "Phone #": masked("(+00)000****00"), "Warehouse Name": masked("Warehouse A"),
    "Detail Address": masked("***"), "Additional address information": masked("***"), "Zipcode": masked("*****"),
    "Buyer Message": masked(""), "Seller Note": masked(""), "Creator Handle": masked(""),
    **{name: masked("") for name in ("Tax Info - Buyer Tax ID", "Tax Info - Full Name of Buyer", "Tax Info - Email",
                                     "Tax Info - Phone Number", "Tax Info - Registered Address")},
}
TIKTOK_JA_PRIVATE: dict[str, Rule] = {
    "注文ID": same_shape, "荷物ID": same_shape, "追跡ID": masked("TRACKING"), "カスタマーのユーザー名": person("buyer"),
    "受取人": masked("受取人A"), "名": masked("名"), "姓": masked("姓"), "電話番号": masked("(+81)00000000000"),
    "郵便番号": masked("0000000"), "町名": masked("***"), "詳細住所1": masked("***"), "詳細住所2": masked("***"),
    "配送先情報": masked("***"), "カスタマーからのメッセージ": masked(""), "セラーメモ": masked(""), "倉庫名": masked("倉庫A"),
}
SHOPIFY_PRIVATE: dict[str, Rule] = {
    "Email": email, "Notes": masked(""), "Note Attributes": masked(""), "Phone": masked("+10000000000"),
    "Payment Reference": same_shape, "Payment References": same_shape, "Payment ID": same_shape, "Id": same_shape,
    "Receipt Number": same_shape, "Device ID": masked(""), "Employee": masked(""), "Tags": masked(""), "Discount Code": masked(""),
    **{f"{side} {part}": masked(text) for side in ("Billing", "Shipping")
       for part, text in (("Name", "Buyer Name"), ("Street", "1 Example St"), ("Address1", "1 Example St"),
                          ("Address2", ""), ("Company", ""), ("Phone", "+10000000000"), ("Zip", "00000"))},
}
SHOPEE_EN_PRIVATE: dict[str, Rule] = {
    "Order ID": same_shape, "Tracking Number*": same_shape, "Username (Buyer)": person("buyer"),
    "Receiver Name": masked("R****r"), "Phone Number": masked("******00"), "Delivery Address": masked("******"),
    "Zip Code": masked("00000"), "Remark from buyer": masked(""), "Note": masked(""),
}
SHOPEE_VN_PRIVATE: dict[str, Rule] = {
    "Mã đơn hàng": same_shape, "Mã Kiện Hàng": same_shape, "Mã vận đơn": same_shape, "Người Mua": person("nguoimua"),
    "Tên Người nhận": masked("N******n"), "Số điện thoại": masked("******00"), "Địa chỉ nhận hàng": masked("******"),
    "Nhận xét từ Người mua": masked(""), "Ghi chú": masked(""),
}


def build_csv(raw: Path, out: Path, rules: dict[str, Rule], titles: tuple[str, ...], template: str, *,
              quote_all_with_tab: bool = False) -> None:
    text = raw.read_bytes().decode("utf-8-sig")
    naming = Titles(template)
    all_rules = {**rules, **{name: naming for name in titles}}
    out.write_text(rewrite_csv(text, all_rules, raw.name, quote_all_with_tab=quote_all_with_tab), encoding="utf-8", newline="")


def build_shopee_xlsx(raw: Path, out: Path, private: dict[str, Rule] | None = None, template: str = "Sản phẩm mẫu {n}",
                      title_column: str = "Tên sản phẩm") -> None:
    from openpyxl import Workbook, load_workbook

    source = load_workbook(raw, read_only=True, data_only=True)
    sheet = source.worksheets[0]
    rows = [list(values) for values in sheet.iter_rows(values_only=True)]
    header = [str(value) for value in rows[0]]
    naming = Titles(template)
    rules = {**(SHOPEE_VN_PRIVATE if private is None else private), title_column: naming}
    for row in rows[1:]:
        for name, rule in rules.items():
            position = header.index(name) if name in header else None
            if position is not None and isinstance(row[position], str):
                row[position] = rule(row[position], raw.name + name)
    book = Workbook()
    target = book.active
    target.title = sheet.title
    for row in rows:
        target.append(row)
    for row in target.iter_rows():  # Shopee stores every cell as text; keep that quirk
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    from datetime import datetime

    book.properties.created = book.properties.modified = datetime(2026, 12, 1)  # the same bytes on every rebuild
    book.properties.creator = "seller-copilot fixtures"
    book.save(out)


OLIST_ORDERS = 120
DEFAULT_EXCLUSIONS = Path(__file__).resolve().parents[2] / "shared" / "eval-exclusions.sha256"


def load_exclusions(path: Path | None) -> set[str]:
    if path is None or not path.exists():
        return set()
    return {line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")}


def excluded(text: str, digests: set[str]) -> bool:
    """Whether a text (or its whitespace-, case- or NFC-normalised form) is reserved for acceptance checks."""
    import unicodedata

    variants = {text.strip(), " ".join(text.split()), text.strip().casefold(), unicodedata.normalize("NFC", text.strip())}
    return any(hashlib.sha256(variant.encode("utf-8")).hexdigest() in digests for variant in variants)


def build_olist(raw: Path, out: Path, exclusions: set[str]) -> int:
    """A consistent slice of the Olist dataset (already anonymised by Olist): the first orders that have
    items, with their items, reviews, products and sellers. Texts stay (CC BY-NC-SA 4.0, attributed),
    except reviews whose text is reserved for acceptance checks: those rows are dropped. Returns how many."""
    def read(name: str) -> tuple[list[str], list[list[str]]]:
        rows = list(csv.reader((raw / name).open(encoding="utf-8", newline="")))
        return rows[0], rows[1:]

    items_header, items = read("olist_order_items_dataset.csv")
    orders_header, orders = read("olist_orders_dataset.csv")
    with_items = {row[0] for row in items}
    chosen = [row for row in orders if row[0] in with_items][:OLIST_ORDERS]
    order_ids = {row[0] for row in chosen}
    kept_items = [row for row in items if row[0] in order_ids]
    product_ids = {row[2] for row in kept_items}
    seller_ids = {row[3] for row in kept_items}
    reviews_header, all_reviews = read("olist_order_reviews_dataset.csv")
    title, message = reviews_header.index("review_comment_title"), reviews_header.index("review_comment_message")

    def reserved(row: list[str]) -> bool:
        texts = [row[title], row[message], f"{row[title]}. {row[message]}" if row[title] and row[message] else ""]
        return any(text.strip() and excluded(text, exclusions) for text in texts)

    reviews = [row for row in all_reviews if not reserved(row)]
    products_header, products = read("olist_products_dataset.csv")
    sellers_header, sellers = read("olist_sellers_dataset.csv")
    out.mkdir(parents=True, exist_ok=True)
    for name, header, rows in (
        ("olist_orders_dataset.csv", orders_header, chosen),
        ("olist_order_items_dataset.csv", items_header, kept_items),
        ("olist_order_reviews_dataset.csv", reviews_header, [row for row in reviews if row[1] in order_ids]),
        ("olist_products_dataset.csv", products_header, [row for row in products if row[0] in product_ids]),
        ("olist_sellers_dataset.csv", sellers_header, [row for row in sellers if row[0] in seller_ids]),
    ):
        with (out / name).open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows([header, *rows])
    return len(all_reviews) - len(reviews)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--exclusions", type=Path, default=DEFAULT_EXCLUSIONS,
                        help="sha256 list of texts reserved for acceptance checks (dropped from the fixtures)")
    args = parser.parse_args()
    digests = load_exclusions(args.exclusions)
    if not digests:
        raise SystemExit(f"no exclusion list at {args.exclusions}; fixtures with review texts need it")
    raw, out = args.raw, args.out
    out.mkdir(parents=True, exist_ok=True)
    build_csv(raw / "tiktok" / "th-TH_orders_sendy-erp_fixture.csv", out / "tiktok_th_orders.csv", TIKTOK_PRIVATE,
              ("Product Name",), "สินค้าตัวอย่าง {n}")
    build_csv(raw / "tiktok" / "ja-JP_orders_hiroghap1_sample.csv", out / "tiktok_ja_orders.csv", TIKTOK_JA_PRIVATE,
              ("商品名",), "サンプル商品 {n}", quote_all_with_tab=True)
    build_csv(raw / "shopify" / "monfrere_usd_refunds-cancels-excerpt.csv", out / "shopify_usd_orders.csv", SHOPIFY_PRIVATE,
              ("Lineitem name",), "Sample product {n}")
    build_csv(raw / "shopify" / "explorer_usd_2021-2022.csv", out / "shopify_usd_78col_orders.csv", SHOPIFY_PRIVATE,
              ("Lineitem name",), "Sample product {n}")
    build_shopee_xlsx(raw / "shopee" / "vn_Leo-Home-data_Order.all.20240501_20240531.xlsx", out / "shopee_vn_orders.xlsx")
    build_shopee_xlsx(raw / "more" / "shopee_my" / "my_ComaGear_orderSalesReport.xlsx", out / "shopee_my_en_orders.xlsx",
                      SHOPEE_EN_PRIVATE, "Sample product {n}", "Product Name")
    dropped = build_olist(raw / "olist", out / "olist", digests)
    print(f"dropped {dropped} Olist reviews whose text is reserved for acceptance checks")
    leftovers = [path.name for path in out.rglob("*.csv")
                 if re.search(r"[\w.+-]+@(?!example\.com)[\w-]+\.[\w.]+", path.read_text(encoding="utf-8"))]
    if leftovers:
        raise SystemExit(f"an email address survived in {', '.join(leftovers)}")
    print(f"wrote fixtures to {out}")


if __name__ == "__main__":
    main()
