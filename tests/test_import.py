"""Importer: good files of every kind, each broken file rejected with its exact place, store untouched."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tools.errors import DataError
from tools.importer import ImportReport, import_paths
from tools.models import TABLES
from tools.store import Store

DATA = Path(__file__).parent / "data" / "import"
GOOD = DATA / "good"
BROKEN = DATA / "broken"
CATALOGUE = [GOOD / "shops.csv", GOOD / "products.csv"]


@pytest.fixture
def seeded(store: Store) -> Store:
    """A store holding the shop and products the broken review/order files point at."""
    report = import_paths(store, CATALOGUE)
    assert report.imported, [issue.render() for issue in report.shown_errors]
    return store


def rejected(store: Store, paths: list[Path], **options: object) -> ImportReport:
    """Import that must fail and must leave every table exactly as it was."""
    before = store.counts()
    report = import_paths(store, paths, **options)  # type: ignore[arg-type]
    assert not report.imported
    assert report.written == {}
    assert store.counts() == before
    return report


def only_issue(report: ImportReport):  # noqa: ANN201 - an ImportIssue
    assert report.error_count == 1, [issue.render() for issue in report.shown_errors]
    return report.shown_errors[0]


def test_good_files_of_every_kind_import(store: Store) -> None:
    files = sorted(GOOD.iterdir())
    assert {path.stem for path in files} == set(TABLES)
    report = import_paths(store, files)
    assert report.imported and report.error_count == 0
    assert {f.kind for f in report.files} == set(TABLES)  # each kind told from its header alone
    assert store.count("orders") == 3 and store.count("video_stats") == 3 and store.count("chats") == 2
    product = store.rows("products", "product_id = ?", ["p2"])[0]
    assert product.created_at is not None and product.created_at.hour == 1  # +08:00 stored as UTC
    video = store.rows("videos", "video_id = ?", ["v2"])[0]
    assert video.product_ids == ["p1", "p2"]
    order = store.rows("orders", "order_id = ?", ["o2"])[0]
    assert order.sku_id == "default" and order.delivered_time is None  # empty cells take the defaults


def test_reimport_is_idempotent(store: Store) -> None:
    files = sorted(GOOD.iterdir())
    import_paths(store, files)
    first = {kind: store.query(f"SELECT * FROM {kind} ORDER BY ALL") for kind in TABLES}
    again = import_paths(store, files)
    assert again.imported
    assert {kind: store.query(f"SELECT * FROM {kind} ORDER BY ALL") for kind in TABLES} == first


def test_one_bad_file_blocks_the_good_ones(store: Store) -> None:
    report = rejected(store, [*CATALOGUE, GOOD / "orders.csv", BROKEN / "rating_7.csv"])
    assert store.count("products") == 0
    issue = next(i for i in report.shown_errors if i.column == "rating")
    assert issue.file.endswith("rating_7.csv") and issue.row == 3


def test_products_in_the_same_call_satisfy_references(store: Store) -> None:
    report = import_paths(store, [GOOD / "reviews.csv", *CATALOGUE])  # order of files does not matter
    assert report.imported and store.count("reviews") == 3


def test_bom_is_not_part_of_the_header(seeded: Store) -> None:
    report = import_paths(seeded, [BROKEN / "bom.csv"])
    assert report.imported and report.files[0].kind == "reviews"
    assert seeded.rows("reviews")[0].review_text == "Très bien, merci"


@pytest.mark.parametrize("name, kind", [("semicolon_products.csv", "products"), ("tab_reviews.tsv", "reviews")])
def test_semicolon_and_tab_delimiters_are_detected(seeded: Store, name: str, kind: str) -> None:
    report = import_paths(seeded, [BROKEN / name])
    assert report.imported and report.files[0].kind == kind
    if kind == "products":  # the comma inside the title is data, not a delimiter
        assert seeded.rows("products", "product_id = 'p1'")[0].title == "Floral Midi Dress, blue"


def test_explicit_kind_is_checked_against_the_header(seeded: Store) -> None:
    issue = only_issue(rejected(seeded, [GOOD / "reviews.csv"], kind="orders"))
    assert "does not fit kind 'orders'" in issue.message and "review_id" in (issue.column or "")


def test_unknown_kind_name_and_unreadable_paths_raise(store: Store, tmp_path: Path) -> None:
    with pytest.raises(DataError, match="Unknown kind"):
        import_paths(store, [GOOD / "shops.csv"], kind="sellers")
    with pytest.raises(DataError, match="no such file"):
        import_paths(store, [tmp_path / "missing.csv"])
    with pytest.raises(DataError, match="is a folder"):
        import_paths(store, [tmp_path])


# --- every broken file: the exact file, row and column, and an unchanged store -------------------

@pytest.mark.parametrize(
    "name, row, line, column, words",
    [
        ("empty.csv", None, None, None, "the file is empty"),
        ("header_only.csv", None, None, None, "no data rows (header only)"),
        ("mixed_delimiters.csv", 2, 3, None, "wrong delimiter?"),
        ("mixed_encoding.csv", None, 4, None, "mixed encodings"),
        ("missing_required.csv", 2, 3, "buyer_id", "missing required field"),
        ("bad_date.csv", 2, 3, "create_time", "expected ISO 8601"),
        ("rating_7.csv", 3, 4, "rating", "'7': must be between 1 and 5"),
        ("negative_quantity.csv", 1, 2, "quantity", "'-2': must not be negative"),
        ("unknown_product.csv", 2, 3, "product_id", "unknown product id 'p404'"),
        ("unknown_video.csv", 1, 2, "video_id", "unknown video id 'v404'"),
        ("unknown_column.csv", None, 1, "sentiment", "unknown column(s) sentiment"),
        ("unknown_kind.csv", None, 1, "sku,colour,stock", "matches no kind"),
        ("bad_json_line.jsonl", 2, 2, None, "not valid JSON"),
        ("duplicate_key.csv", 3, 4, "review_id", "duplicate key review_id=r1: same as row 1"),
    ],
)
def test_broken_file_is_rejected_precisely(
    seeded: Store, name: str, row: int | None, line: int | None, column: str | None, words: str
) -> None:
    issue = only_issue(rejected(seeded, [BROKEN / name]))
    assert issue.file == str(BROKEN / name)
    assert (issue.row, issue.line, issue.column) == (row, line, column)
    assert words in issue.message
    rendered = issue.render()
    assert rendered.startswith(str(BROKEN / name)) and words in rendered
    if row is not None:
        assert f" row {row} (line {line}):" in rendered


def test_encoding_error_names_the_byte_offset(seeded: Store) -> None:
    issue = only_issue(rejected(seeded, [BROKEN / "mixed_encoding.csv"]))
    offset = (BROKEN / "mixed_encoding.csv").read_bytes().index(b"\xe9")
    assert f"at byte offset {offset}" in issue.message


def test_unknown_column_message_lists_expected_columns(seeded: Store) -> None:
    issue = only_issue(rejected(seeded, [BROKEN / "unknown_column.csv"]))
    assert "closest is 'reviews'" in issue.message and "review_id, order_id, product_id" in issue.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_utf16_and_bom_files_are_converted(seeded: Store, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "reviews_other.csv"
    path.write_text((GOOD / "reviews.csv").read_text(encoding="utf-8"), encoding=encoding)
    report = import_paths(seeded, [path])
    assert report.imported, [issue.render() for issue in report.shown_errors]
    assert seeded.count("reviews") == 3
    assert any("UTF-16" in notice for notice in report.notices) == encoding.startswith("utf-16")


def test_latin1_file_is_converted_with_a_notice(seeded: Store) -> None:
    report = import_paths(seeded, [DATA / "latin1.csv"])
    assert report.imported, [issue.render() for issue in report.shown_errors]
    assert any("not UTF-8" in notice for notice in report.notices)
    texts = [review.review_text for review in seeded.rows("reviews")]
    assert any("é" in text for text in texts), texts


def test_errors_are_capped_with_an_exact_count(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "many_bad.csv"
    lines = ["review_id,product_id,buyer_id,rating,create_time"]
    lines += [f"r{i},p1,b1,9,2026-11-05T08:00:00Z" for i in range(1, 31)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = rejected(seeded, [path], max_errors_shown=20)
    assert report.error_count == 30 and len(report.shown_errors) == 20 and report.hidden_error_count == 10
    assert [issue.row for issue in report.shown_errors] == list(range(1, 21))


def test_several_errors_in_one_row_each_get_a_column(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("order_id,product_id,buyer_id,quantity,gmv,create_time\n"
                    "o1,p1,b1,-1,abc,yesterday\n", encoding="utf-8")
    report = rejected(seeded, [path])
    assert {issue.column for issue in report.shown_errors} == {"quantity", "gmv", "create_time"}
    assert all(issue.row == 1 and issue.line == 2 for issue in report.shown_errors)


def test_duplicate_key_across_two_files_names_both(seeded: Store, tmp_path: Path) -> None:
    other = tmp_path / "more_reviews.csv"
    other.write_text("review_id,product_id,buyer_id,rating,create_time\nr1,p1,b9,4,2026-11-09T08:00:00Z\n",
                     encoding="utf-8")
    issue = only_issue(rejected(seeded, [GOOD / "reviews.csv", other]))
    assert issue.file == str(other) and issue.row == 1
    assert f"same as row 1 of {GOOD / 'reviews.csv'}" in issue.message


# --- formats ---------------------------------------------------------------------------------------

def _write_parquet(source_csv: Path, target: Path, select: str = "*") -> None:
    with duckdb.connect() as con:
        con.execute(f"COPY (SELECT {select} FROM read_csv(?, all_varchar=true)) TO '{target}' (FORMAT parquet)",
                    [str(source_csv)])


def test_parquet_imports(seeded: Store, tmp_path: Path) -> None:
    target = tmp_path / "reviews.parquet"
    with duckdb.connect() as con:  # typed columns, as a real export would carry them
        con.execute(
            "COPY (SELECT 'r' || i AS review_id, 'p1' AS product_id, 'b' || i AS buyer_id, (i % 5) + 1 AS rating, "
            "'ok' AS review_text, TIMESTAMP '2026-11-05 08:00:00' + i * INTERVAL 1 HOUR AS create_time "
            f"FROM range(1, 51) t(i)) TO '{target}' (FORMAT parquet)")
    report = import_paths(seeded, [target])
    assert report.imported and report.files[0].format == "parquet" and seeded.count("reviews") == 50


def test_parquet_bad_row_is_named(seeded: Store, tmp_path: Path) -> None:
    target = tmp_path / "reviews.parquet"
    _write_parquet(BROKEN / "rating_7.csv", target)
    issue = only_issue(rejected(seeded, [target]))
    assert (issue.row, issue.line, issue.column) == (3, None, "rating")
    assert issue.render().startswith(f"{target} row 3: rating:")


def test_not_a_parquet_file(seeded: Store, tmp_path: Path) -> None:
    fake = tmp_path / "fake.parquet"
    fake.write_bytes(b"this is not parquet")
    assert "not a readable Parquet file" in only_issue(rejected(seeded, [fake])).message


def test_jsonl_with_nulls_and_blank_lines(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "reviews.jsonl"
    path.write_text(
        '{"review_id": "r1", "product_id": "p1", "buyer_id": "b1", "rating": 5, "create_time": "2026-11-07T10:00:00Z",'
        ' "order_id": null}\n\n'
        '{"review_id": "r2", "product_id": "p1", "buyer_id": "b2", "rating": 0, "create_time": "2026-11-05"}\n',
        encoding="utf-8")
    issue = only_issue(rejected(seeded, [path]))
    assert (issue.row, issue.column) == (3, "rating")  # JSONL rows are lines, blank ones included


def test_quoted_newlines_keep_row_and_line_apart(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text('review_id,product_id,buyer_id,rating,review_text,create_time\n'
                    'r1,p1,b1,5,"two\nlines",2026-11-05T08:00:00Z\n'
                    'r2,p1,b2,6,one line,2026-11-05T08:00:00Z\n', encoding="utf-8")
    issue = only_issue(rejected(seeded, [path]))
    assert (issue.row, issue.line) == (2, 4)


def test_progress_reaches_one(seeded: Store) -> None:
    seen: list[tuple[str, float]] = []
    import_paths(seeded, [GOOD / "reviews.csv", GOOD / "orders.csv"], progress=lambda label, f: seen.append((label, f)))
    fractions = [fraction for _, fraction in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("reviews.csv" in label for label, _ in seen)


def test_pipe_delimited_file_is_read(seeded: Store) -> None:
    report = import_paths(seeded, [DATA / "pipe_delimited.csv"])
    assert report.imported, [issue.render() for issue in report.shown_errors]
    assert seeded.rows("reviews", "review_id = ?", ["r1"])[0].review_text == "nice, really nice"
