"""What an import call found and did. Returned (never raised) so a caller can show every problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict, Field

# Row numbers count data rows from 1; the CSV header is not a row. JSONL rows are its lines.
ROW_CONVENTION = "row = data row counted from 1, header excluded; line = line in the file; in JSONL they agree"


class ImportIssue(BaseModel):
    """One problem: a bad value in a row, a cross-row conflict, or a whole-file problem (row None)."""

    model_config = ConfigDict(extra="forbid")

    file: str
    row: int | None = Field(default=None, description="1-based data row, header excluded; None for the whole file")
    line: int | None = Field(default=None, description="physical line in the file where the row starts, if known")
    column: str | None = None
    value: str | None = Field(default=None, description="the offending value as text, shortened")
    message: str

    def render(self) -> str:
        """`file row N (line L): column: message`. Says "row" and "line" apart: an editor's
        `file:N` means a line, and in a CSV the data row is one less than its line."""
        where = self.file
        if self.row is not None:
            where += f" row {self.row}" + (f" (line {self.line})" if self.line is not None else "")
        elif self.line is not None:
            where += f" line {self.line}"
        column = f" {self.column}:" if self.column else ""
        return f"{where}:{column} {self.message}"


class FileReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    kind: str | None
    format: str
    source: str | None = Field(default=None, description="the export recognised (or our own columns)")
    mapping: dict[str, str] = Field(default_factory=dict, description="our column -> the file's column")
    rows: int = 0
    error_count: int = 0
    errors: list[ImportIssue] = Field(default_factory=list, description="the first errors of this file, capped")


class ImportReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: list[FileReport]
    total_rows: int
    imported: bool
    dry_run: bool = False
    written: dict[str, int] = Field(default_factory=dict, description="rows upserted per kind (empty when rejected)")
    staged: dict[str, int] = Field(default_factory=dict, description="valid rows per kind, written or not")
    new: dict[str, int] = Field(default_factory=dict, description="rows per kind not yet in the store")
    updated: dict[str, int] = Field(default_factory=dict, description="stored rows per kind whose values change")
    notices: list[str] = Field(default_factory=list, description="conversions and assumptions the seller should know")
    error_count: int
    shown_errors: list[ImportIssue]
    errors_csv: str | None = Field(default=None, description="every problem, one per line, when there were any")
    elapsed_s: float

    @property
    def hidden_error_count(self) -> int:
        return self.error_count - len(self.shown_errors)


def shorten(value: object, limit: int = 60) -> str | None:
    """A value as the user typed it, cut to fit one message line."""
    if value is None:
        return None
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class IssueSink:
    """Counts every issue per file, keeps the first `keep` of each, and writes all of them to a CSV
    (file, row, line, column, value, message) when a path is given, so a broken 1M-row file stays cheap."""

    HEADER = ("file", "row", "line", "column", "value", "message")

    def __init__(self, *, keep: int, csv_path: Path | None = None) -> None:
        self.keep = keep
        self.counts: dict[str, int] = {}
        self.kept: dict[str, list[ImportIssue]] = {}
        self._csv_path = csv_path
        self._handle: TextIO | None = None
        self._writer: Any = None

    @property
    def count(self) -> int:
        return sum(self.counts.values())

    def add(self, issue: ImportIssue) -> None:
        self.counts[issue.file] = self.counts.get(issue.file, 0) + 1
        kept = self.kept.setdefault(issue.file, [])
        if len(kept) < self.keep:
            kept.append(issue)
        if self._csv_path is not None:
            if self._writer is None:
                import csv

                self._csv_path.parent.mkdir(parents=True, exist_ok=True)
                self._handle = self._csv_path.open("w", encoding="utf-8", newline="")
                self._writer = csv.writer(self._handle)
                self._writer.writerow(self.HEADER)
            self._writer.writerow([issue.file, issue.row or "", issue.line or "", issue.column or "",
                                   issue.value or "", issue.message])

    def close(self) -> str | None:
        """Close the CSV; its path if anything was written."""
        if self._handle is not None:
            self._handle.close()
            return str(self._csv_path)
        return None
