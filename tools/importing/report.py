"""What an import call found and did. Returned (never raised) so a caller can show every problem."""

from __future__ import annotations

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
    rows: int = 0
    error_count: int = 0
    errors: list[ImportIssue] = Field(default_factory=list, description="the first errors of this file, capped")


class ImportReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: list[FileReport]
    total_rows: int
    imported: bool
    written: dict[str, int] = Field(default_factory=dict, description="rows upserted per kind (empty when rejected)")
    error_count: int
    shown_errors: list[ImportIssue]
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


class IssueLog:
    """Counts every issue of one file but keeps only the first `keep` (a broken 1M-row file stays cheap)."""

    def __init__(self, *, keep: int) -> None:
        self.keep = keep
        self.count = 0
        self.kept: list[ImportIssue] = []

    def add(self, issue: ImportIssue) -> None:
        self.count += 1
        if len(self.kept) < self.keep:
            self.kept.append(issue)

    def add_counted(self, issues: list[ImportIssue], total: int) -> None:
        """Issues found by a query that returned the first few and a total."""
        self.count += total
        room = self.keep - len(self.kept)
        self.kept.extend(issues[: max(room, 0)])
