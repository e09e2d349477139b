"""What the importer refuses to store, and the changes it will not make silently."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tools.importer import ImportReport, import_paths
from tools.importing.limits import MAX_COLUMNS, MAX_FIELD_CHARS
from tools.reviews.ledger import ensure_ledger
from tools.store import Store

DATA = Path(__file__).parent / "data" / "import"
CATALOGUE = [DATA / "good" / "shops.csv", DATA / "good" / "products.csv"]


@pytest.fixture
def seeded(store: Store) -> Store:
    assert import_paths(store, CATALOGUE).imported
    return store


def refused(store: Store, path: Path, **options: object) -> ImportReport:
    before = store.counts()
    report = import_paths(store, [path], **options)  # type: ignore[arg-type]
    assert not report.imported and report.error_count >= 1
    assert store.counts() == before
    return report


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


REVIEW_HEADER = "review_id,product_id,buyer_id,rating,review_text,create_time\n"


@pytest.mark.parametrize(("value", "words"), [
    ("20261128", "a bare number is not a date"),
    ("1794045600", "a bare number is not a date"),
    ("28/11/2026", "expected ISO 8601"),
    ("1970-08-23", "outside the plausible range"),
    ("2026-02-30", "not a real date"),
])
def test_only_documented_dates(seeded: Store, tmp_path: Path, value: str, words: str) -> None:
    report = refused(seeded, write(tmp_path, "reviews.csv", REVIEW_HEADER + f"r1,p1,b1,5,ok,{value}\n"))
    assert words in report.shown_errors[0].message and report.shown_errors[0].column == "create_time"


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "Infinity"])
def test_non_finite_numbers_are_refused(seeded: Store, tmp_path: Path, value: str) -> None:
    header = "product_id,shop_id,title,category,price\n"
    report = refused(seeded, write(tmp_path, "products.csv", header + f"p9,s1,Mug,Home,{value}\n"))
    assert report.shown_errors[0].column == "price"


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x07", "\x85"])
def test_control_characters_are_refused(seeded: Store, tmp_path: Path, char: str) -> None:
    path = tmp_path / "reviews.jsonl"  # JSON can carry any character, escaped
    path.write_text(json.dumps({"review_id": "r1", "product_id": "p1", "buyer_id": "b1", "rating": 2,
                                "review_text": f"bad{char}text", "create_time": "2026-11-05"}) + "\n", encoding="utf-8")
    report = refused(seeded, path)
    assert "control character" in report.shown_errors[0].message


def test_tab_and_newline_are_text(seeded: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "reviews.csv", REVIEW_HEADER + 'r1,p1,b1,2,"line one\r\nline\ttwo",2026-11-05\n')
    assert import_paths(seeded, [path]).imported
    assert seeded.rows("reviews")[0].review_text == "line one\nline\ttwo"


@pytest.mark.parametrize(("column", "value"), [("return_status", "REF"), ("return_type", "REFU"),
                                               ("return_reason", "DAMAG")])
def test_cut_off_enumerated_values_are_refused(seeded: Store, tmp_path: Path, column: str, value: str) -> None:
    row = {"return_id": "x1", "product_id": "p1", "buyer_id": "b1", "return_type": "REFUND", "return_reason": "DAMAGED",
           "create_time": "2026-11-05T08:00:00Z", "return_status": "REQUESTED", column: value}
    header = ",".join(row)
    report = refused(seeded, write(tmp_path, "returns.csv", header + "\n" + ",".join(row.values()) + "\n"))
    assert report.shown_errors[0].column == column


def test_file_cut_mid_row_is_refused(seeded: Store, tmp_path: Path) -> None:
    text = REVIEW_HEADER + "r1,p1,b1,5,fine,2026-11-05\nr2,p1,b2,1,broken"
    report = refused(seeded, write(tmp_path, "reviews.csv", text))
    assert "cut short" in report.shown_errors[0].message and report.shown_errors[0].row == 2


def test_too_many_columns_and_too_long_fields(seeded: Store, tmp_path: Path) -> None:
    wide = ",".join(f"c{i}" for i in range(MAX_COLUMNS + 1)) + "\n" + ",".join("1" for _ in range(MAX_COLUMNS + 1)) + "\n"
    assert "limit" in refused(seeded, write(tmp_path, "wide.csv", wide)).shown_errors[0].message
    long = REVIEW_HEADER + f'r1,p1,b1,5,"{"x" * (MAX_FIELD_CHARS + 10)}",2026-11-05\n'
    assert "longer than" in refused(seeded, write(tmp_path, "long.csv", long)).shown_errors[0].message
    header = "x" * 200_000 + ",y\n1,2\n"
    assert refused(seeded, write(tmp_path, "header.csv", header)).shown_errors[0].line == 1


def test_deep_and_wide_json_are_refused_quickly(seeded: Store, tmp_path: Path) -> None:
    deep = '{"review_id": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    assert "nest" in refused(seeded, write(tmp_path, "deep.jsonl", deep)).shown_errors[0].message
    wide = json.dumps({f"k{i}": i for i in range(50_000)}) + "\n"  # under the line limit, over the key limit
    assert "keys" in refused(seeded, write(tmp_path, "wide.jsonl", wide)).shown_errors[0].message
    huge = json.dumps({f"k{i}": i for i in range(300_000)}) + "\n"
    assert "characters long" in refused(seeded, write(tmp_path, "huge.jsonl", huge)).shown_errors[0].message


def test_knock_on_error_names_the_rejected_row(store: Store, tmp_path: Path) -> None:
    products = write(tmp_path, "products.csv", "product_id,shop_id,title,category,price\np1,s1,Mug,Home,-3\n")
    reviews = write(tmp_path, "reviews.csv", REVIEW_HEADER + "r1,p1,b1,5,ok,2026-11-05\n")
    report = import_paths(store, [DATA / "good" / "shops.csv", products, reviews])
    messages = [issue.render() for issue in report.shown_errors]
    assert any("price" in message for message in messages)
    knock_on = next(issue for issue in report.shown_errors if issue.file == str(reviews))
    assert f"its row was rejected ({products} row 1)" in knock_on.message


def _report(store: Store, review_id: str) -> None:
    ensure_ledger(store)
    store.con.execute(
        "INSERT INTO review_reports VALUES (?, 's1', 'ABUSIVE', 'ABUSIVE', 0.9, 'r', 'FILED', 'en', 'draft', NULL, NULL, ?, ?, NULL)",
        [review_id, datetime(2026, 11, 10), datetime(2026, 11, 10)])


def test_reported_review_keeps_what_it_was_reported_with(seeded: Store, tmp_path: Path) -> None:
    first = write(tmp_path, "a.csv", REVIEW_HEADER + "r1,p1,b1,1,you are all thieves,2026-11-05\n")
    assert import_paths(seeded, [first]).imported
    _report(seeded, "r1")
    edited = write(tmp_path, "b.csv", REVIEW_HEADER + "r1,p1,b1,3,okay product,2026-11-05\n")
    report = refused(seeded, edited)
    assert "was reported on 2026-11-10" in report.shown_errors[0].message and "--allow-update" in report.shown_errors[0].message
    assert seeded.rows("reviews")[0].review_text == "you are all thieves"
    same = import_paths(seeded, [first])  # the same text again is no change at all
    assert same.imported and same.updated == {}
    allowed = import_paths(seeded, [edited], allow_update=True)
    assert allowed.imported and allowed.updated == {"reviews": 1}
    assert seeded.rows("reviews")[0].review_text == "okay product"
    assert seeded.query("SELECT review_id, rating, review_text FROM review_history") == [("r1", 1, "you are all thieves")]
