"""`import_paths`: read, validate and cross-check every file, then write all of it or nothing."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from tools.errors import DataError
from tools.importing.kinds import check_header, describe_header_problem, infer_kind
from tools.importing.report import FileReport, ImportIssue, ImportReport, IssueLog
from tools.importing.sources import FileProblem, RawRow, Source, open_source
from tools.importing.staging import REFERENCES, Staging
from tools.importing.validation import load_language_detector, row_columns, validate_row
from tools.models import TABLES, Row
from tools.store import Store

Progress = Callable[[str, float], None]

CHUNK_ROWS = 20_000
_READ_SHARE = 0.9  # of the progress bar; checks and the write take the rest


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise DataError(f"{path}: no such file. Check the path and try again.")
    if path.is_dir():
        raise DataError(f"{path} is a folder; name the files to import (e.g. {path}/*.csv).")
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise DataError(f"{path}: cannot be read ({exc.strerror}). Check its permissions.") from exc


def import_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    kind: str | None = None,
    progress: Progress | None = None,
    max_errors_shown: int = 20,
) -> ImportReport:
    """Import seller files (CSV, JSONL, Parquet) into the store: every row valid, or nothing written.

    Validation problems are returned in the report, never raised; only unreadable paths raise DataError.
    """
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    if not paths:
        raise DataError("No files to import; name at least one CSV, JSONL or Parquet file.")
    if kind is not None and kind not in TABLES:
        raise DataError(f"Unknown kind {kind!r}; expected one of {', '.join(TABLES)}.")
    for path in paths:
        _check_readable(path)

    names = [str(path) for path in paths]
    sizes = [max(path.stat().st_size, 1) for path in paths]
    total_size = sum(sizes)
    report_progress = progress or (lambda label, fraction: None)
    detector = load_language_detector()
    staging = Staging(store.con)
    logs = [IssueLog(keep=max_errors_shown) for _ in paths]
    reports: list[FileReport] = []
    try:
        done_size = 0
        for index, path in enumerate(paths):
            def advance(fraction: float, _index: int = index, _done: int = done_size, _name: str = path.name) -> None:
                overall = (_done + fraction * sizes[_index]) / total_size
                report_progress(f"reading {_name}", overall * _READ_SHARE)

            reports.append(_stage_file(path, index, names[index], kind, staging, logs[index], detector, advance))
            done_size += sizes[index]

        report_progress("checking ids and duplicate keys", _READ_SHARE)
        for staged_kind in staging.kinds():
            checks = [staging.duplicate_keys]
            if staged_kind in REFERENCES:
                checks.append(staging.unknown_references)
            for check in checks:
                total, found = check(staged_kind, names, limit=max(max_errors_shown, 1))
                _spread(found, total, logs)

        error_count = sum(log.count for log in logs)
        written: dict[str, int] = {}
        if error_count == 0:
            report_progress("writing", 0.95)
            with store.transaction() as tx:
                written = staging.write(tx)
        report_progress("done", 1.0)
    finally:
        staging.drop()

    for file_report, log in zip(reports, logs, strict=False):
        file_report.error_count = log.count
        file_report.errors = sorted(log.kept, key=lambda issue: (issue.row or 0))[:max_errors_shown]
    shown = [issue for file_report in reports for issue in file_report.errors][:max_errors_shown]
    return ImportReport(
        files=reports, total_rows=sum(r.rows for r in reports), imported=error_count == 0, written=written,
        error_count=error_count, shown_errors=shown, elapsed_s=round(time.perf_counter() - started, 3))


def _spread(found: list[tuple[int, ImportIssue]], total: int, logs: list[IssueLog]) -> None:
    """Give each file its share of a cross-row check's issues; the uncounted rest goes to the first file."""
    per_file: dict[int, list[ImportIssue]] = {}
    for file_index, issue in found:
        per_file.setdefault(file_index, []).append(issue)
    # The query returned at most `limit` examples but counted all; attribute the remainder so
    # the grand total stays exact (the first listed file is where the reader will look first).
    first = min(per_file) if per_file else None
    for file_index, issues in per_file.items():
        extra = total - len(found) if file_index == first else 0
        logs[file_index].add_counted(issues, len(issues) + extra)


def _stage_file(path: Path, index: int, name: str, kind: str | None, staging: Staging, log: IssueLog,
                detector: Callable[[str], str] | None, advance: Callable[[float], None]) -> FileReport:
    try:
        source = open_source(path, file=name)
    except FileProblem as problem:
        log.add(problem.issue)
        return FileReport(path=name, kind=kind, format="unknown")
    try:
        check = check_header(kind, source.columns) if kind else infer_kind(source.columns)
        report = FileReport(path=name, kind=check.kind, format=source.format)
        header_issue = _header_issue(name, source, check.kind, inferred=kind is None)
        if header_issue is not None:
            log.add(header_issue)
            report.kind = kind  # an inferred kind that does not fit is only a guess
            return report
        try:
            report.rows = _stage_rows(source, check.kind, index, name, staging, log, detector, advance)
        except FileProblem as problem:
            log.add(problem.issue)
            return report
        if report.rows == 0:
            log.add(ImportIssue(file=name, message="no data rows (header only); remove the file from the import "
                                                  "if it is meant to be empty"))
        return report
    finally:
        source.close()


def _header_issue(name: str, source: Source, kind: str, *, inferred: bool) -> ImportIssue | None:
    duplicated = sorted({column for column in source.columns if source.columns.count(column) > 1})
    if duplicated:
        return ImportIssue(file=name, line=1, column=duplicated[0],
                           message=f"column(s) {', '.join(duplicated)} appear more than once in the header")
    check = check_header(kind, source.columns)
    if check.ok:
        return None
    return ImportIssue(file=name, line=1 if source.format == "csv" else None,
                       column=",".join(check.unknown or check.missing) or None,
                       message=describe_header_problem(check, inferred=inferred))


def _stage_rows(source: Source, kind: str, index: int, name: str, staging: Staging, log: IssueLog,
                detector: Callable[[str], str] | None, advance: Callable[[float], None]) -> int:
    rows_seen = 0
    valid: list[Row] = []
    positions: list[RawRow] = []

    def flush() -> None:
        staging.append(kind, row_columns(kind, valid, detect_language=detector), file_index=index,
                       rows=[raw.row for raw in positions], lines=[raw.line for raw in positions])
        valid.clear()
        positions.clear()
        advance(source.fraction_done())

    for item in source.rows():
        rows_seen += 1
        if isinstance(item, ImportIssue):
            log.add(item)
            continue
        model, issues = validate_row(kind, item, file=name)
        for issue in issues:
            log.add(issue)
        if model is not None:
            valid.append(model)
            positions.append(item)
            if len(valid) >= CHUNK_ROWS:
                flush()
    if valid:
        flush()
    advance(1.0)
    return rows_seen
