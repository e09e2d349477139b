"""Open one seller file (CSV, JSONL or Parquet) as a header plus a stream of raw rows.

Only the shape of the file is checked here (encoding, delimiter, JSON syntax); values are
validated later against the row models. Empty cells and JSON nulls are dropped so that the
models' defaults apply and a missing required value reads as "missing", not "invalid".
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tools.importing.report import ImportIssue, shorten

CSV_DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_PARQUET_BATCH = 10_000


@dataclass(frozen=True)
class RawRow:
    row: int  # 1-based data row, header excluded
    line: int | None  # physical line where the row starts (None for Parquet)
    values: dict[str, object]


class FileProblem(Exception):
    """The file as a whole cannot be read further; carries the issue to report."""

    def __init__(self, issue: ImportIssue) -> None:
        super().__init__(issue.message)
        self.issue = issue


def detect_format(path: Path) -> str:
    """csv, jsonl or parquet: by extension, else by the first bytes."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    with path.open("rb") as handle:
        head = handle.read(64)
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.lstrip(_UTF8_BOM).lstrip().startswith(b"{"):
        return "jsonl"
    return "csv"


def _normalise_column(name: str) -> str:
    return name.strip().lower()


class _LineDecoder:
    """Strict UTF-8, line by line, remembering where it is so a bad byte can be located exactly."""

    def __init__(self, handle: BinaryIO, *, file: str) -> None:
        self._handle = handle
        self._file = file
        self.line = 0  # physical lines handed out so far
        self.bytes_read = 0
        self._saw_non_ascii = False
        self.data_row_in_progress: int | None = None  # set by the reader, used in the error

    def __iter__(self) -> Iterator[str]:
        for raw in self._handle:
            self.line += 1
            if self.line == 1:
                if raw.startswith(_UTF16_BOMS):
                    raise FileProblem(ImportIssue(
                        file=self._file, line=1,
                        message="the file is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel) and import again"))
                if raw.startswith(_UTF8_BOM):  # Excel's "CSV UTF-8" writes one; it is not part of the header
                    self.bytes_read += len(_UTF8_BOM)
                    raw = raw[len(_UTF8_BOM):]
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise FileProblem(self._encoding_issue(raw, exc)) from None
            if not self._saw_non_ascii and not raw.isascii():
                self._saw_non_ascii = True
            self.bytes_read += len(raw)
            yield text

    def _encoding_issue(self, raw: bytes, exc: UnicodeDecodeError) -> ImportIssue:
        offset = self.bytes_read + exc.start
        bad = raw[exc.start: exc.start + 4].hex(" ")
        # Earlier non-ASCII text decoded fine as UTF-8, so this file mixes encodings: no single
        # codec can read it honestly, and guessing would corrupt one half of the text.
        if self._saw_non_ascii:
            why = "mixed encodings: earlier rows are UTF-8 but this one is not (often rows pasted from another export)"
        else:
            why = "the file is not UTF-8 (perhaps Windows-1252 or Latin-1); save it as UTF-8 and import again"
        return ImportIssue(
            file=self._file, row=self.data_row_in_progress, line=self.line,
            value=shorten(raw.decode("utf-8", errors="replace").strip()),
            message=f"undecodable byte(s) {bad} at byte offset {offset}: {why}")


class Source:
    """A file's columns and raw rows. `fraction_done` drives the progress bar."""

    format: str
    columns: list[str]

    def rows(self) -> Iterator[RawRow | ImportIssue]:
        raise NotImplementedError

    def fraction_done(self) -> float:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def _open_lines(self, path: Path, *, file: str) -> None:
        """Open a line-oriented file (CSV, JSONL) for decoding with row-precise encoding errors."""
        self._file = file
        self._size = max(path.stat().st_size, 1)
        self._handle = path.open("rb")
        self._decoder = _LineDecoder(self._handle, file=file)
        self._lines = iter(self._decoder)


class CsvSource(Source):
    format = "csv"

    def __init__(self, path: Path, *, file: str) -> None:
        self._open_lines(path, file=file)
        first = next(self._lines, None)
        if first is None or not first.strip():
            self.close()
            raise FileProblem(ImportIssue(file=file, message="the file is empty: expected a header line and data rows"))
        self.delimiter = _pick_delimiter(first)
        header_cells = next(csv.reader([first], delimiter=self.delimiter))
        if len(header_cells) == 1:
            self.close()
            raise FileProblem(_single_column_issue(file, header_cells[0]))
        self.columns = [_normalise_column(cell) for cell in header_cells]
        self._header_line = first

    def rows(self) -> Iterator[RawRow | ImportIssue]:
        # The header was consumed already; csv.reader continues on the same line stream so
        # quoted fields spanning lines keep working.
        reader = csv.reader(self._lines, delimiter=self.delimiter)
        width = len(self.columns)
        data_row = 0
        self._decoder.data_row_in_progress = 1
        start_line = self._decoder.line + 1
        for cells in _guarded(reader, self._file, self._decoder):
            data_row += 1
            line = start_line
            start_line = self._decoder.line + 1
            self._decoder.data_row_in_progress = data_row + 1
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue  # blank line: counted as a row so numbers match what a spreadsheet shows
            if len(cells) != width:
                yield _width_issue(self._file, data_row, line, cells, width, self.delimiter)
                continue
            yield RawRow(data_row, line, {
                name: cell for name, cell in zip(self.columns, cells, strict=False) if cell and not cell.isspace()
            })

    def fraction_done(self) -> float:
        return min(self._decoder.bytes_read / self._size, 1.0)

    def close(self) -> None:
        self._handle.close()


def _guarded(reader: Iterator[list[str]], file: str, decoder: _LineDecoder) -> Iterator[list[str]]:
    """csv.Error (a NUL byte, an unterminated quote at end of file) ends the file with its row named."""
    try:
        yield from reader
    except csv.Error as exc:
        raise FileProblem(ImportIssue(file=file, row=decoder.data_row_in_progress, line=decoder.line,
                                      message=f"cannot parse CSV here: {exc}")) from None


def _pick_delimiter(header: str) -> str:
    """The delimiter whose header cells look most like our column names (then: the most cells)."""
    from tools.models import TABLES

    known = {name for model, _ in TABLES.values() for name in model.model_fields}

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([header], delimiter=delimiter))
        return sum(_normalise_column(cell) in known for cell in cells), len(cells)

    return max(CSV_DELIMITERS, key=score)


def _single_column_issue(file: str, header: str) -> ImportIssue:
    seen = [name for char, name in _DELIMITER_NAMES.items() if char in header]
    hint = f" it contains {', '.join(seen)} characters;" if seen else ""
    return ImportIssue(
        file=file, line=1, value=shorten(header.strip()),
        message=f"wrong delimiter? the header reads as a single column;{hint} "
        "use comma-, semicolon- or tab-separated values")


def _width_issue(file: str, row: int, line: int, cells: list[str], width: int, delimiter: str) -> ImportIssue:
    if len(cells) == 1 and any(char in cells[0] for char in CSV_DELIMITERS if char != delimiter):
        message = (f"wrong delimiter? the row reads as one field but the header is separated by "
                   f"{_DELIMITER_NAMES[delimiter]}s ({width} columns)")
    else:
        message = (f"has {len(cells)} fields but the header has {width}; "
                   "quote values that contain the delimiter")
    return ImportIssue(file=file, row=row, line=line, value=shorten(delimiter.join(cells)), message=message)


class JsonlSource(Source):
    """One JSON object per line. Row numbers are line numbers (there is no header)."""

    format = "jsonl"

    def __init__(self, path: Path, *, file: str) -> None:
        self._open_lines(path, file=file)
        # Columns come from the first object that parses; lines before it are reported as rows.
        self._pending: list[RawRow | ImportIssue] = []
        self.columns = []
        for text in self._lines:
            self._decoder.data_row_in_progress = self._decoder.line
            item = self._parse(self._decoder.line, text)
            if item is None:
                continue
            self._pending.append(item)
            if isinstance(item, RawRow):
                self.columns = list(item.values)
                break
        if not self.columns and not self._pending:
            self.close()
            raise FileProblem(ImportIssue(file=file, message="the file is empty: expected one JSON object per line"))

    def _parse(self, line: int, text: str) -> RawRow | ImportIssue | None:
        if not text.strip():
            return None
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            return ImportIssue(file=self._file, row=line, line=line, value=shorten(text.strip()),
                               message=f"not valid JSON ({exc.msg} at character {exc.pos + 1})")
        if not isinstance(value, dict):
            return ImportIssue(file=self._file, row=line, line=line, value=shorten(text.strip()),
                               message=f"expected a JSON object per line, got {type(value).__name__}")
        return RawRow(line, line, {_normalise_column(k): v for k, v in value.items() if v is not None and v != ""})

    def rows(self) -> Iterator[RawRow | ImportIssue]:
        yield from self._pending
        self._pending = []
        for text in self._lines:
            self._decoder.data_row_in_progress = self._decoder.line
            item = self._parse(self._decoder.line, text)
            if item is not None:
                yield item

    def fraction_done(self) -> float:
        return min(self._decoder.bytes_read / self._size, 1.0)

    def close(self) -> None:
        self._handle.close()


class ParquetSource(Source):
    """Read through an in-memory DuckDB connection (no pyarrow needed), in batches."""

    format = "parquet"

    def __init__(self, path: Path, *, file: str) -> None:
        import duckdb

        self._file = file
        self._con = duckdb.connect()
        try:
            self._total = int(self._con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchall()[0][0])
            self._cursor = self._con.execute("SELECT * FROM read_parquet(?)", [str(path)])
        except duckdb.Error as exc:
            self.close()
            raise FileProblem(ImportIssue(file=file, message=f"not a readable Parquet file: {exc}")) from None
        self.columns = [_normalise_column(column[0]) for column in self._cursor.description]
        self._done = 0

    def rows(self) -> Iterator[RawRow | ImportIssue]:
        while batch := self._cursor.fetchmany(_PARQUET_BATCH):
            for values in batch:
                self._done += 1
                yield RawRow(self._done, None, {
                    name: value for name, value in zip(self.columns, values, strict=False)
                    if value is not None and value != ""
                })

    def fraction_done(self) -> float:
        return self._done / self._total if self._total else 1.0

    def close(self) -> None:
        self._con.close()


def open_source(path: Path, *, file: str) -> Source:
    """Open a file for reading; raises FileProblem when its shape is wrong from the start."""
    fmt = detect_format(path)
    if fmt == "parquet":
        return ParquetSource(path, file=file)
    if fmt == "jsonl":
        return JsonlSource(path, file=file)
    return CsvSource(path, file=file)
