"""Open one seller file as headers plus streams of raw rows: CSV/TSV, XLSX, JSONL or Parquet.

The format is told from the content, whatever the extension says; the text encoding by
`tools.importing.encoding`. Only the shape of a file is checked here (delimiter, JSON syntax, hard
limits); values are validated later. Empty cells and JSON nulls are dropped so that defaults apply
and a missing required value reads as "missing", not "invalid".

A workbook may hold several sheets; each sheet whose header is recognised is its own `Source`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

from tools.importing.encoding import EncodingProblem, choose_decoding
from tools.importing.limits import MAX_COLUMNS, MAX_FIELD_CHARS, MAX_HEADER_SCAN_ROWS, MAX_JSON_LINE_CHARS
from tools.importing.report import ImportIssue, shorten

CSV_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_PARQUET_BATCH = 10_000
_SPACES = re.compile(r"\s+")
_EXACT_FLOAT = 2**53  # above this a spreadsheet number no longer holds every digit

csv.field_size_limit(MAX_FIELD_CHARS)


@dataclass(slots=True)  # made once per row: slots, not frozen (frozen dataclasses are slow to build)
class RawRow:
    row: int  # 1-based data row, header excluded (XLSX: the sheet's row number)
    line: int | None  # physical line where the row starts (None for Parquet)
    values: dict[str, object]


class FileProblem(Exception):
    """The file as a whole cannot be read further; carries the issue to report."""

    def __init__(self, issue: ImportIssue) -> None:
        super().__init__(issue.message)
        self.issue = issue


@lru_cache(maxsize=16_384)
def normalise_column(name: object) -> str:
    """How headers are compared: trimmed, inner spaces and line breaks collapsed, lower case, and
    without the guards exports add (a leading '*', a trailing tab, a BOM)."""
    text = str(name).replace("\ufeff", "")
    return _SPACES.sub(" ", text).strip().strip("*").strip().lower()


def detect_format(path: Path) -> str:
    """xlsx, parquet, jsonl or csv, told from the first bytes (the extension only breaks a tie)."""
    with path.open("rb") as handle:
        head = handle.read(512)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"{"):
        return "jsonl"
    if text.startswith(b"[") and path.suffix.lower() == ".json":
        return "json-array"
    return "csv"


class Source:
    """One table of a file: its header and its rows. `fraction_done` drives the progress bar."""

    format: str
    file: str  # the name issues carry (a sheet is `book.xlsx[Sheet]`)
    columns: list[str]  # normalised header
    labels: list[str]  # the header as written
    header_line: int | None = 1
    notices: list[str]

    rows_read = 0  # data rows handed out so far (the report's row count)
    kept: dict[str, str] | None = None  # column -> the key rows carry it under, when an adapter asked (see `keep`)

    def keep(self, columns: dict[str, str]) -> None:
        """Rows carry only these columns, under the adapter's own names: an export's 60 columns cost nothing
        when 12 are read, and the adapter reads its fields without a second renaming pass."""
        self.kept = dict(columns)

    def _wanted(self) -> list[tuple[int, str]]:
        if self.kept is None:
            return list(enumerate(self.columns))
        return [(index, self.kept[name]) for index, name in enumerate(self.columns) if name in self.kept]

    def rows(self) -> Iterator[RawRow | ImportIssue]:
        for item in self._read():
            if type(item) is RawRow or item.row is not None:
                self.rows_read += 1
            yield item

    def _read(self) -> Iterator[RawRow | ImportIssue]:
        raise NotImplementedError

    def fraction_done(self) -> float:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def label_of(self, column: str) -> str:
        try:
            return self.labels[self.columns.index(column)]
        except ValueError:
            return column


def _check_header(file: str, columns: list[str], line: int | None) -> None:
    if len(columns) > MAX_COLUMNS:
        raise FileProblem(ImportIssue(file=file, line=line, message=(
            f"the header has {len(columns):,} columns; the limit is {MAX_COLUMNS:,}. Is this the right file?")))


class _CountingLines:
    """Text lines (any of LF, CRLF, CR ends one) with the count handed out so far."""

    def __init__(self, text: io.TextIOBase) -> None:
        self._text = text
        self.line = 0

    def __iter__(self) -> _CountingLines:
        return self

    def __next__(self) -> str:
        line = self._text.readline()
        if not line:
            raise StopIteration
        self.line += 1
        return line


class _TextSource(Source):
    """A text file (CSV, JSONL) read in the encoding `choose_decoding` tells, lines counted as read."""

    def _open_text(self, path: Path, *, file: str, newline: str | None) -> None:
        self.file = file
        self.notices = []
        try:
            decoding = choose_decoding(path, file=file)
        except EncodingProblem as problem:
            raise FileProblem(problem.issue) from None
        if decoding.notice:
            self.notices.append(decoding.notice)
        self._size = max(path.stat().st_size, 1)
        self._raw = path.open("rb")
        self._text = io.TextIOWrapper(self._raw, encoding=decoding.encoding, newline=newline, errors="strict")
        self._lines = _CountingLines(self._text)
        self._iter = iter(self._lines)

    def fraction_done(self) -> float:
        return min(self._raw.tell() / self._size, 1.0) if not self._raw.closed else 1.0

    def close(self) -> None:
        self._text.close()


class CsvSource(_TextSource):
    format = "csv"

    def __init__(self, path: Path, *, file: str, known: frozenset[str]) -> None:
        # newline="" keeps CR, LF and CRLF as line ends and leaves quoted line breaks to the csv module.
        self._open_text(path, file=file, newline="")
        first = self._first_line()
        self.delimiter = _pick_delimiter(first, known)
        try:
            header_cells = next(csv.reader([first], delimiter=self.delimiter))
        except csv.Error as exc:
            self.close()
            raise FileProblem(ImportIssue(file=file, line=1, message=f"cannot read the header: {exc}")) from None
        if len(header_cells) == 1:
            self.close()
            raise FileProblem(_single_column_issue(file, header_cells[0]))
        self.labels = [cell.strip() for cell in header_cells]
        self.columns = [normalise_column(cell) for cell in header_cells]
        _check_header_or_close(self, file)
        if self.delimiter == "\t":
            self.format = "tsv"

    def _first_line(self) -> str:
        try:
            first = next(self._iter, None)
        except UnicodeDecodeError as exc:  # choose_decoding read the file; this only guards a race
            self.close()
            raise FileProblem(ImportIssue(file=self.file, line=1, message=f"cannot decode the file: {exc}")) from None
        if first is None or not first.strip():
            self.close()
            raise FileProblem(ImportIssue(file=self.file, message="the file is empty: expected a header line and data rows"))
        if len(first) > MAX_COLUMNS * 256:
            self.close()
            raise FileProblem(ImportIssue(file=self.file, line=1, message=(
                f"the header line is {len(first):,} characters long; the limit is {MAX_COLUMNS * 256:,}. "
                "Is this the right file, with line breaks intact?")))
        return first

    def _read(self) -> Iterator[RawRow | ImportIssue]:
        # The header was consumed already; csv.reader continues on the same text stream (so quoted
        # fields spanning lines keep working) and counts its lines (any of LF, CRLF, CR ends one).
        reader = csv.reader(self._text, delimiter=self.delimiter)
        wanted = self._wanted()
        width = len(self.columns)
        before = self._lines.line  # lines of the header
        data_row = 0
        start_line = before + 1
        try:
            for cells in reader:
                data_row += 1
                line = start_line
                start_line = before + reader.line_num + 1
                if len(cells) != width:
                    if not cells or (len(cells) == 1 and not cells[0].strip()):
                        continue  # blank line: counted as a row so numbers match what a spreadsheet shows
                    yield _width_issue(self.file, data_row, line, cells, width, self.delimiter)
                    continue
                # Values are trimmed here (the row models would trim them anyway): an export's trailing tabs go.
                yield RawRow(data_row, line, {name: value for index, name in wanted if (value := cells[index].strip())})
        except csv.Error as exc:
            message = str(exc)
            if "field larger than field limit" in message:
                message = (f"a field is longer than {MAX_FIELD_CHARS:,} characters (often an unclosed quote "
                           "that swallowed the rest of the file)")
            # The rest of the file cannot be read reliably: report where, and stop reading it.
            yield ImportIssue(file=self.file, row=data_row + 1, line=start_line, message=f"cannot parse CSV here: {message}")


def _check_header_or_close(source: Source, file: str) -> None:
    try:
        _check_header(file, source.columns, source.header_line)
    except FileProblem:
        source.close()
        raise


def _pick_delimiter(header: str, known: frozenset[str]) -> str:
    """The delimiter whose header cells look most like known column names (then: the most cells)."""

    def score(delimiter: str) -> tuple[int, int]:
        try:
            cells = next(csv.reader([header], delimiter=delimiter))
        except csv.Error:
            return -1, 0
        return sum(normalise_column(cell) in known for cell in cells), len(cells)

    return max(CSV_DELIMITERS, key=score)


def _single_column_issue(file: str, header: str) -> ImportIssue:
    seen = [name for char, name in _DELIMITER_NAMES.items() if char in header]
    hint = f" it contains {', '.join(seen)} characters;" if seen else ""
    return ImportIssue(
        file=file, line=1, value=shorten(header.strip()),
        message=f"wrong delimiter? the header reads as a single column;{hint} "
        "use comma-, semicolon-, tab- or pipe-separated values")


def _width_issue(file: str, row: int, line: int, cells: list[str], width: int, delimiter: str) -> ImportIssue:
    if len(cells) == 1 and any(char in cells[0] for char in CSV_DELIMITERS if char != delimiter):
        message = (f"wrong delimiter? the row reads as one field but the header is separated by "
                   f"{_DELIMITER_NAMES[delimiter]}s ({width} columns)")
    elif len(cells) < width:
        message = (f"has {len(cells)} fields but the header has {width}; the row is cut short "
                   "(a file cut mid-row, or a missing delimiter)")
    else:
        message = (f"has {len(cells)} fields but the header has {width}; "
                   "quote values that contain the delimiter")
    return ImportIssue(file=file, row=row, line=line, value=shorten(delimiter.join(cells)), message=message)


# --- JSON lines ------------------------------------------------------------------------------


def _flat(value: object) -> bool:
    """A JSONL cell is a scalar or a list of scalars (video product ids); nothing nests deeper."""
    if isinstance(value, dict):
        return False
    if isinstance(value, list):
        return all(not isinstance(item, dict | list) for item in value)
    return True


class JsonlSource(_TextSource):
    """One JSON object per line. Row numbers are line numbers (there is no header)."""

    format = "jsonl"
    header_line = None

    def __init__(self, path: Path, *, file: str) -> None:
        self._open_text(path, file=file, newline=None)
        # Columns come from the first object that parses; lines before it are reported as rows.
        self._pending: list[RawRow | ImportIssue] = []
        self.columns = []
        for text in self._iter:
            item = self._parse(self._lines.line, text)
            if item is None:
                continue
            self._pending.append(item)
            if isinstance(item, RawRow):
                self.columns = list(item.values)
                break
        self.labels = list(self.columns)
        if not self.columns and not self._pending:
            self.close()
            raise FileProblem(ImportIssue(file=file, message="the file is empty: expected one JSON object per line"))

    def _parse(self, line: int, text: str) -> RawRow | ImportIssue | None:
        if not text.strip():
            return None

        def issue(message: str) -> ImportIssue:
            return ImportIssue(file=self.file, row=line, line=line, value=shorten(text.strip()), message=message)

        if len(text) > MAX_JSON_LINE_CHARS:
            return issue(f"the line is {len(text):,} characters long; the limit is {MAX_JSON_LINE_CHARS:,}")
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            return issue(f"not valid JSON ({exc.msg} at character {exc.pos + 1})")
        except RecursionError:
            return issue("the JSON nests too deeply; expected one flat object per line")
        if not isinstance(value, dict):
            return issue(f"expected a JSON object per line, got {type(value).__name__}")
        if len(value) > MAX_COLUMNS:
            return issue(f"the object has {len(value):,} keys; the limit is {MAX_COLUMNS:,}")
        nested = next((key for key, item in value.items() if not _flat(item)), None)
        if nested is not None:
            return ImportIssue(file=self.file, row=line, line=line, column=normalise_column(nested),
                               value=shorten(json.dumps(value[nested], ensure_ascii=False)),
                               message="a nested object or list; every value must be a plain value")
        return RawRow(line, line, {normalise_column(k): v for k, v in value.items() if v is not None and v != ""})

    def _read(self) -> Iterator[RawRow | ImportIssue]:
        kept = self.kept
        for item in self._all():
            if kept is not None and type(item) is RawRow:
                item = RawRow(item.row, item.line, {kept[name]: value for name, value in item.values.items() if name in kept})
            yield item

    def _all(self) -> Iterator[RawRow | ImportIssue]:
        yield from self._pending
        self._pending = []
        for text in self._iter:
            item = self._parse(self._lines.line, text)
            if item is not None:
                yield item


# --- Parquet ---------------------------------------------------------------------------------


class ParquetSource(Source):
    """Read through an in-memory DuckDB connection (no pyarrow needed), in batches."""

    format = "parquet"
    header_line = None

    def __init__(self, path: Path, *, file: str) -> None:
        import duckdb

        self.file = file
        self.notices = []
        self._con = duckdb.connect()
        try:
            self._total = int(self._con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchall()[0][0])
            self._cursor = self._con.execute("SELECT * FROM read_parquet(?)", [str(path)])
        except duckdb.Error as exc:
            self.close()
            raise FileProblem(ImportIssue(file=file, message=f"not a readable Parquet file: {exc}")) from None
        self.labels = [str(column[0]) for column in self._cursor.description]
        self.columns = [normalise_column(label) for label in self.labels]
        _check_header_or_close(self, file)
        self._done = 0

    def _read(self) -> Iterator[RawRow | ImportIssue]:
        wanted = self._wanted()
        while batch := self._cursor.fetchmany(_PARQUET_BATCH):
            for values in batch:
                self._done += 1
                yield RawRow(self._done, None, {
                    name: values[index] for index, name in wanted if values[index] is not None and values[index] != ""
                })

    def fraction_done(self) -> float:
        return self._done / self._total if self._total else 1.0

    def close(self) -> None:
        self._con.close()


# --- XLSX ------------------------------------------------------------------------------------


def cell_text(value: Any) -> str | None:
    """A spreadsheet cell as the text a seller sees. Whole numbers lose the '.0' Excel gives them
    (an order id stored as a number stays an id); times keep their wall-clock value."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return repr(value)
        if value.is_integer() and abs(value) >= _EXACT_FLOAT:
            raise ValueError("a number too long for a spreadsheet to keep exactly (an id stored as a number loses "
                             "its last digits); format the column as Text and export again")
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


def _header_text(value: Any) -> str:
    try:
        return cell_text(value) or ""
    except ValueError:
        return ""


def _inexact(value: Any) -> bool:
    return isinstance(value, float) and value.is_integer() and abs(value) >= _EXACT_FLOAT


@dataclass
class _Sheet:
    title: str
    header_row: int  # 1-based sheet row of the (last) header row
    labels: list[str]
    score: int


def _find_header(rows: list[tuple[Any, ...]], known: frozenset[str]) -> tuple[int, list[str], int] | None:
    """The header among the first rows: the row whose cells match most known column names. A group
    row stacked above it (spread over its merged cells) is joined to a cell when that makes a known
    name ("Order" over "ID" → "Order ID"). Title and note rows above the header are skipped."""
    best: tuple[int, list[str], int] | None = None
    for index, row in enumerate(rows):
        cells = [_header_text(value) for value in row]
        if sum(bool(cell) for cell in cells) < 2:
            continue
        upper: list[str] = []
        if index > 0:
            last = ""
            above = [_header_text(value) for value in rows[index - 1]]
            for position in range(len(cells)):
                last = (above[position] if position < len(above) else "") or last
                upper.append(last)
        labels = []
        for position, cell in enumerate(cells):
            top = upper[position] if upper else ""
            joined = f"{top} {cell}".strip() if top and cell else (cell or top if top and not cell and upper else cell)
            labels.append(joined if joined != cell and normalise_column(joined) in known
                          and normalise_column(cell) not in known else cell)
        score = sum(normalise_column(label) in known for label in labels if label)
        if best is None or score > best[2]:
            best = (index, labels, score)
    return best


class XlsxSource(Source):
    format = "xlsx"

    def __init__(self, workbook: Any, sheet: _Sheet, *, file: str, qualify: bool) -> None:
        self.file = f"{file}[{sheet.title}]" if qualify else file
        self.notices = []
        self._workbook = workbook
        self._sheet = sheet
        width = len(sheet.labels)
        while width and not sheet.labels[width - 1]:
            width -= 1
        self.labels = [label.strip() for label in sheet.labels[:width]]
        self.columns = [normalise_column(label) for label in self.labels]
        self.header_line = sheet.header_row
        self._total = 1
        self._done = 0
        _check_header(self.file, self.columns, self.header_line)
        if sheet.header_row > 1:
            self.notices.append(f"{self.file}: the header is on row {sheet.header_row}; rows above it were skipped")

    def _read(self) -> Iterator[RawRow | ImportIssue]:
        worksheet = self._workbook[self._sheet.title]
        self._total = max(worksheet.max_row or 1, 1)
        width = len(self.columns)
        wanted = self._wanted()
        for number, values in enumerate(worksheet.iter_rows(min_row=self._sheet.header_row + 1, values_only=True),
                                        start=self._sheet.header_row + 1):
            self._done = number
            row = number - self._sheet.header_row
            try:
                cells = [cell_text(value) for value in values[:width]]
                extra = [value for value in values[width:] if cell_text(value) is not None]
            except ValueError as exc:
                bad = next(position for position, value in enumerate(values) if _inexact(value))
                yield ImportIssue(file=self.file, row=row, line=number, value=shorten(repr(values[bad])),
                                  column=self.labels[bad] if bad < len(self.labels) else None, message=str(exc))
                continue
            if not any(cell is not None for cell in cells) and not extra:
                continue
            if extra:
                yield ImportIssue(file=self.file, row=row, line=number, value=shorten(cell_text(extra[0])),
                                  message=f"has values beyond the header's {width} columns")
                continue
            yield RawRow(row, number, {name: cell.strip() for index, name in wanted
                                       if index < len(cells) and (cell := cells[index]) is not None and cell.strip()})

    def fraction_done(self) -> float:
        return min(self._done / self._total, 1.0)

    def close(self) -> None:
        pass


def open_workbook(path: Path, *, file: str, known: frozenset[str]) -> list[Source]:
    """Each sheet whose header matches known columns (or the first sheet when none does)."""
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileProblem(ImportIssue(file=file, message=f"not a readable XLSX workbook ({exc})")) from None
    sheets: list[_Sheet] = []
    for worksheet in workbook.worksheets:
        worksheet.reset_dimensions()  # the declared size is often wrong; read what is there
        head = []
        for values in worksheet.iter_rows(max_row=MAX_HEADER_SCAN_ROWS, values_only=True):
            head.append(values[:MAX_COLUMNS + 1])
        found = _find_header(head, known)
        if found is not None:
            index, labels, score = found
            sheets.append(_Sheet(worksheet.title, index + 1, labels, score))
    if not sheets:
        workbook.close()
        raise FileProblem(ImportIssue(file=file, message="the workbook has no sheet with a header row"))
    recognised = [sheet for sheet in sheets if sheet.score >= 2]
    chosen = recognised or sheets[:1]
    qualify = len(workbook.worksheets) > 1
    sources: list[Source] = [XlsxSource(workbook, sheet, file=file, qualify=qualify) for sheet in chosen]
    skipped = [sheet.title for sheet in sheets if sheet not in chosen]
    if skipped and sources:
        sources[0].notices.append(f"{file}: sheet(s) {', '.join(skipped)} have no recognised header and were skipped")
    return sources


def open_sources(path: Path, *, file: str, known_columns: Callable[[], frozenset[str]]) -> list[Source]:
    """Open a file for reading; raises FileProblem when its shape is wrong from the start."""
    fmt = detect_format(path)
    claimed = {".parquet": "Parquet", ".pq": "Parquet", ".xlsx": "XLSX", ".xlsm": "XLSX"}.get(path.suffix.lower())
    if claimed and fmt not in ("parquet", "xlsx"):
        raise FileProblem(ImportIssue(file=file, message=(
            f"not a readable {claimed} file: its content is not {claimed} (renamed, or cut short?)")))
    if fmt == "parquet":
        return [ParquetSource(path, file=file)]
    if fmt == "jsonl":
        return [JsonlSource(path, file=file)]
    if fmt == "xlsx":
        return open_workbook(path, file=file, known=known_columns())
    if fmt == "xls":
        raise FileProblem(ImportIssue(file=file, message=(
            "an old Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice and save as .xlsx or CSV UTF-8")))
    if fmt == "json-array":
        raise FileProblem(ImportIssue(file=file, message=(
            "a JSON array; write one JSON object per line (JSONL) instead")))
    return [CsvSource(path, file=file, known=known_columns())]


def duplicated_columns(columns: list[str]) -> list[str]:
    """Columns named more than once (linear in the number of columns)."""
    return sorted(name for name, count in Counter(columns).items() if count > 1)
