"""The fuzz corpus (tests/fuzz_corpus.py) and property-based tests over every reader: the importer never
raises on a file, never stores an invalid value, and never changes a row silently."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_corpus import write_corpus
from tools.importer import import_paths
from tools.importing.values import DateOrder, parse_local_time, parse_money
from tools.models import TABLES
from tools.store import Store

DATA = Path(__file__).parent / "data" / "import"
CATALOGUE = [DATA / "good" / "shops.csv", DATA / "good" / "products.csv"]
PROPERTY = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def fresh_store(original: str) -> Store:
    store = Store(":memory:")
    if not original.startswith("exports/"):
        assert import_paths(store, CATALOGUE).imported
    return store


def table_rows(store: Store) -> dict[str, set[tuple[Any, ...]]]:
    return {kind: {tuple(str(value) for value in row) for row in store.query(f"SELECT * FROM {kind}")} for kind in TABLES}


def assert_all_valid(store: Store) -> None:
    """Every stored row passes its model again: nothing corrupt got in."""
    for kind, (model, _) in TABLES.items():
        cursor = store.con.execute(f"SELECT * FROM {kind}")
        names = [column[0] for column in cursor.description]
        for values in cursor.fetchall():
            model.model_validate(dict(zip(names, values, strict=True)))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, str]]]:
    folder = tmp_path_factory.mktemp("fuzz")
    return folder, write_corpus(folder)


@pytest.fixture(scope="module")
def references() -> dict[str, dict[str, set[tuple[Any, ...]]]]:
    cache: dict[str, dict[str, set[tuple[Any, ...]]]] = {}
    from tests.fuzz_corpus import ORIGINALS

    for original in ORIGINALS:
        store = fresh_store(original)
        report = import_paths(store, [DATA / original])
        assert report.imported, (original, [issue.render() for issue in report.shown_errors])
        cache[original] = table_rows(store)
        store.close()
    return cache


def test_fuzz_corpus(corpus: tuple[Path, list[dict[str, str]]], references: dict[str, dict[str, set[tuple[Any, ...]]]]) -> None:
    folder, manifest = corpus
    failures = []
    for entry in manifest:
        store = fresh_store(entry["original"])
        before = table_rows(store)
        try:
            report = import_paths(store, [folder / entry["file"]])
        except Exception as exc:  # noqa: BLE001 - the point: a file never raises
            failures.append(f"{entry['file']}: raised {exc!r}")
            continue
        after = table_rows(store)
        assert_all_valid(store)
        if not report.imported:
            if after != before:
                failures.append(f"{entry['file']}: rejected but the store changed")
        elif entry["mutation"] == "faithful":
            if after != references[entry["original"]]:
                failures.append(f"{entry['file']}: imported something other than the original")
        elif entry["mutation"] == "truncated":
            reference = references[entry["original"]]
            for kind, rows in after.items():
                extra = rows - reference[kind] - before[kind]
                if extra:
                    failures.append(f"{entry['file']}: stored {kind} rows the original does not have: {sorted(extra)[:2]}")
        if entry["mutation"] == "faithful" and not report.imported:
            failures.append(f"{entry['file']}: a faithful variant was rejected: {[i.render() for i in report.shown_errors[:2]]}")
        store.close()
    assert not failures, "\n".join(failures)


# --- properties ----------------------------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
               max_size=40).map(str.strip)


def _reviews_rows(texts: list[str]) -> list[list[str]]:
    return [[f"r{i}", "p1", "b1", str(1 + i % 5), text, "2026-11-05T08:00:00Z"] for i, text in enumerate(texts)]


HEADER = ["review_id", "product_id", "buyer_id", "rating", "review_text", "create_time"]


@PROPERTY
@given(texts=st.lists(TEXT, min_size=1, max_size=8), delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]), newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_csv_reader_stores_exactly_what_was_written(tmp_path: Path, texts: list[str], delimiter: str, encoding: str,
                                                    newline: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_ALL).writerows([HEADER, *_reviews_rows(texts)])
    path = tmp_path / "reviews.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    store = fresh_store("good")
    report = import_paths(store, [path])
    assert report.imported, [issue.render() for issue in report.shown_errors]
    stored = {review.review_id: review.review_text for review in store.rows("reviews")}
    assert stored == {f"r{i}": text for i, text in enumerate(texts)}
    store.close()


@PROPERTY
@given(texts=st.lists(TEXT, min_size=1, max_size=6), preamble=st.integers(min_value=0, max_value=3))
def test_xlsx_reader_stores_exactly_what_was_written(tmp_path: Path, texts: list[str], preamble: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for index in range(preamble):
        sheet.append([f"Report line {index}"])
    for row in [HEADER, *_reviews_rows(texts)]:
        sheet.append(row)
    path = tmp_path / "reviews.xlsx"
    book.save(path)
    store = fresh_store("good")
    report = import_paths(store, [path])
    assert report.imported, [issue.render() for issue in report.shown_errors]
    assert {review.review_id: review.review_text for review in store.rows("reviews")} == {f"r{i}": t for i, t in enumerate(texts)}
    store.close()


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
                           lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
                           max_leaves=10)


@PROPERTY
@given(objects=st.lists(st.dictionaries(st.sampled_from(HEADER + ["x"]), JSON_VALUES, max_size=7), min_size=1, max_size=5))
def test_jsonl_reader_never_raises_and_stores_only_valid_rows(tmp_path: Path, objects: list[dict[str, Any]]) -> None:
    path = tmp_path / "reviews.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in objects) + "\n", encoding="utf-8")
    store = fresh_store("good")
    import_paths(store, [path])
    assert_all_valid(store)
    store.close()


@PROPERTY
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".csv", ".jsonl", ".xlsx", ".parquet", ".txt"]))
def test_any_bytes_give_a_report_not_a_crash(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_bytes(data)
    store = fresh_store("good")
    before = table_rows(store)
    report = import_paths(store, [path])
    assert report.imported or table_rows(store) == before
    assert_all_valid(store)
    store.close()


AMOUNTS = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(amount=AMOUNTS, style=st.sampled_from(["USD", "BRL", "IDR", "plain"]))
def test_money_reads_back_in_each_locale_style(amount: Any, style: str) -> None:
    if style == "IDR":
        whole = int(amount)
        text = "Rp " + f"{whole:,}".replace(",", ".")
        assert parse_money(text) == whole
        return
    formatted = f"{amount:,.2f}"
    if style == "BRL":
        formatted = "BRL " + formatted.replace(",", "_").replace(".", ",").replace("_", ".")
    elif style == "USD":
        formatted = "$" + formatted
    else:
        formatted = formatted.replace(",", "")
    assert parse_money(formatted) == pytest.approx(float(amount))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(moment=st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2099, 1, 1)).map(lambda d: d.replace(microsecond=0)),
       order=st.sampled_from([DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST]), twelve=st.booleans())
def test_local_times_read_back_in_either_order(moment: datetime, order: DateOrder, twelve: bool) -> None:
    from zoneinfo import ZoneInfo

    date_part = moment.strftime("%d/%m/%Y" if order is DateOrder.DAY_FIRST else "%m/%d/%Y")
    clock = moment.strftime("%I:%M:%S %p") if twelve else moment.strftime("%H:%M:%S")
    parsed = parse_local_time(f"{date_part} {clock}\t", zone=ZoneInfo("UTC"), order=order)
    assert parsed == moment
    shifted = parse_local_time(moment.strftime("%Y-%m-%d %H:%M:%S"), zone=ZoneInfo("Asia/Jakarta"), order=order)
    assert shifted == moment - timedelta(hours=7)
