"""`import_paths`: open every file, recognise what it is, convert, validate and cross-check every
row, then write all of it or nothing (or, with `dry_run`, say what would be written).

Steps, each in its own module: `sources` (formats, encodings, limits) → `adapters` (which export,
and its rows as our rows) → `validation` (the row models) → `staging` (cross-row checks, the write).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tools.errors import DataError
from tools.importing.adapters import Adapter, AdapterContext, CanonicalAdapter, Converted, Notice, adapter_named, known_columns, recognise
from tools.importing.kinds import check_header, describe_header_problem, infer_kind
from tools.importing.report import FileReport, ImportIssue, ImportReport, IssueSink
from tools.importing.sources import FileProblem, Source, duplicated_columns, open_sources
from tools.importing.staging import REFERENCES, Staging
from tools.importing.validation import load_language_detector, row_columns, validate_values
from tools.importing.values import DateOrder
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
    source: str | None = None,
    mapping: Path | None = None,
    time_zone: str | None = None,
    currency: str | None = None,
    date_order: DateOrder | str | None = None,
    allow_update: bool = False,
    dry_run: bool = False,
    errors_csv: Path | None = None,
    progress: Progress | None = None,
    max_errors_shown: int = 20,
) -> ImportReport:
    """Import seller files (CSV/TSV, XLSX, JSONL, Parquet; our columns or a recognised marketplace export).
    Every row valid, or nothing written. Problems are returned in the report (all of them in `errors_csv`),
    never raised; only unusable arguments and unreadable paths raise DataError."""
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    if not paths:
        raise DataError("No files to import; name at least one CSV, XLSX, JSONL or Parquet file.")
    forced = _forced_adapter(kind, source, mapping)
    ctx = _context(store, time_zone, date_order, currency)
    for path in paths:
        _check_readable(path)

    sink = IssueSink(keep=max_errors_shown, csv_path=errors_csv)
    report_progress = progress or (lambda label, fraction: None)
    staging = Staging(store.con)
    reports: dict[str, FileReport] = {}
    notices: list[str] = []
    opened: list[Source] = []
    try:
        groups: dict[str, tuple[Adapter, list[Source]]] = {}
        for path in paths:
            name = str(path)
            try:
                sources = open_sources(path, file=name, known_columns=known_columns)
            except FileProblem as problem:
                sink.add(problem.issue)
                reports[name] = FileReport(path=name, kind=kind, format="unknown")
                continue
            opened.extend(sources)
            for item in sources:
                if not item.columns:  # a JSONL file none of whose lines parsed: its lines say why
                    for issue in item.rows():
                        if isinstance(issue, ImportIssue):
                            sink.add(issue)
                    reports[item.file] = FileReport(path=item.file, kind=kind, format=item.format, rows=item.rows_read)
                    continue
                notices.extend(f"{item.file}: {notice}" if not notice.startswith(item.file) else notice for notice in item.notices)
                adapter = _assign(item, forced, sink)
                kind_shown = adapter.kind if isinstance(adapter, CanonicalAdapter) else None
                reports[item.file] = FileReport(path=item.file, kind=kind_shown, format=item.format,
                                                source=adapter.label if adapter else None,
                                                mapping=adapter.mapping(item) if adapter else {})
                if adapter is not None:
                    groups.setdefault(adapter.name, (adapter, []))[1].append(item)
        files = [file for file in reports]
        index_of = {file: position for position, file in enumerate(files)}
        total_groups = max(len(groups), 1)
        detector = load_language_detector()
        for done, (adapter, sources) in enumerate(groups.values()):
            label = ", ".join(Path(item.file).name for item in sources[:2]) + (" …" if len(sources) > 2 else "")
            report_progress(f"reading {label}", done / total_groups * _READ_SHARE)
            with _few_collections():
                _convert(adapter, sources, ctx, staging, sink, notices, index_of, detector)
        for item in opened:
            if item.file in reports:
                reports[item.file].rows = item.rows_read
                if item.rows_read == 0 and sink.counts.get(item.file, 0) == 0:
                    sink.add(ImportIssue(file=item.file, message="no data rows (header only); remove the file from the import "
                                                                 "if it is meant to be empty"))

        report_progress("checking ids and duplicate keys", _READ_SHARE)
        merged = staging.merge_units()
        if merged:
            notices.append(f"{merged:,} order rows repeated a line of the same order (one row per unit); "
                           "they were merged into lines with quantities")
        for staged_kind in staging.kinds():
            checks = [staging.duplicate_keys(staged_kind, files)]
            if staged_kind in REFERENCES:
                checks.append(staging.unknown_references(staged_kind, files))
            for check in checks:
                for _, issue in check:
                    sink.add(issue)
        if not allow_update:
            for _, issue in staging.reported_reviews_changed(files):
                sink.add(issue)

        error_count = sink.count
        written: dict[str, int] = {}
        new: dict[str, int] = {}
        updated: dict[str, int] = {}
        staged = {staged_kind: staging.count(staged_kind) for staged_kind in staging.kinds()}
        if error_count == 0:
            changes = staging.changes()
            new = {key: value[0] for key, value in changes.items()}
            updated = {key: value[1] for key, value in changes.items() if value[1]}
            if not dry_run:
                report_progress("writing", 0.95)
                with store.transaction() as tx:
                    written = staging.write(tx)
        report_progress("done", 1.0)
    finally:
        staging.drop()
        for item in opened:
            item.close()
        errors_path = sink.close()

    for file_report in reports.values():
        file_report.error_count = sink.counts.get(file_report.path, 0)
        file_report.errors = sorted(sink.kept.get(file_report.path, []), key=lambda issue: issue.row or 0)[:max_errors_shown]
    for file, count in sink.counts.items():  # issues of a file name no report holds (defensive)
        if file not in reports:
            reports[file] = FileReport(path=file, kind=None, format="unknown", error_count=count, errors=sink.kept.get(file, []))
    shown = [issue for file_report in reports.values() for issue in file_report.errors][:max_errors_shown]
    return ImportReport(
        files=list(reports.values()), total_rows=sum(r.rows for r in reports.values()),
        imported=error_count == 0 and not dry_run, dry_run=dry_run, written=written, staged=staged, new=new,
        updated=updated, notices=notices, error_count=error_count, shown_errors=shown,
        errors_csv=errors_path, elapsed_s=round(time.perf_counter() - started, 3))


@contextmanager
def _few_collections() -> Iterator[None]:
    """Collect garbage rarely while rows stream through: a bulk import allocates millions of short-lived,
    acyclic objects, and the default thresholds spend about a tenth of the time scanning them."""
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _forced_adapter(kind: str | None, source: str | None, mapping: Path | None) -> Adapter | None:
    if sum(option is not None for option in (kind, source, mapping)) > 1:
        raise DataError("Use only one of --kind, --source and --map.")
    if kind is not None:
        if kind not in TABLES:
            raise DataError(f"Unknown kind {kind!r}; expected one of {', '.join(TABLES)}.")
        return CanonicalAdapter(kind)
    if source is not None:
        from tools.importing.adapters import source_names

        try:
            return adapter_named(source)
        except KeyError:
            raise DataError(f"Unknown source {source!r}; expected one of {', '.join(source_names())} "
                            f"(or a table name: {', '.join(TABLES)}).") from None
    if mapping is not None:
        from tools.importing.adapters.mapping import load_mapping, mapping_adapter

        return mapping_adapter(load_mapping(Path(mapping)))
    return None


def _context(store: Store, time_zone: str | None, date_order: DateOrder | str | None, currency: str | None) -> AdapterContext:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if time_zone is not None:
        try:
            ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise DataError(f"Unknown time zone {time_zone!r}; use an IANA name such as Asia/Jakarta.") from None
    order = None
    if date_order is not None:
        try:
            order = DateOrder(date_order)
        except ValueError:
            raise DataError(f"Unknown date order {date_order!r}; use dmy, mdy or ymd.") from None
    if currency is not None and not (len(currency) == 3 and currency.isalpha()):
        raise DataError(f"Unknown currency {currency!r}; use a three-letter code such as IDR.")
    shops = store.query("SELECT shop_id, time_zone, currency FROM shops ORDER BY shop_id")
    single = shops[0] if len(shops) == 1 else None
    return AdapterContext(shop_id=single[0] if single else None, shop_zone=single[1] if single else None,
                          shop_currency=single[2] if single else None, time_zone=time_zone, date_order=order,
                          currency=currency.upper() if currency else None,
                          known_shops=frozenset(row[0] for row in shops))


def _assign(item: Source, forced: Adapter | None, sink: IssueSink) -> Adapter | None:
    """The adapter for a file: the one asked for, else our columns when the header fits a table, else
    a recognised marketplace export. None (with the problem reported) when nothing fits."""
    duplicated = duplicated_columns(item.columns)
    if forced is not None:
        adapter = forced
    else:
        check = infer_kind(item.columns)
        if check.ok:
            adapter = CanonicalAdapter(check.kind)
        else:
            recognised, _ = recognise(item.columns)
            if recognised is None:
                sink.add(_unrecognised(item, check))
                return None
            adapter = recognised
    if isinstance(adapter, CanonicalAdapter):
        check = check_header(adapter.kind, item.columns)
        if duplicated:
            sink.add(ImportIssue(file=item.file, line=item.header_line, column=duplicated[0],
                                 message=f"column(s) {', '.join(duplicated)} appear more than once in the header"))
            return None
        if not check.ok:
            sink.add(ImportIssue(file=item.file, line=item.header_line, column=",".join(check.unknown or check.missing) or None,
                                 message=describe_header_problem(check, inferred=False)))
            return None
    return adapter


def _unrecognised(item: Source, check: Any) -> ImportIssue:
    from tools.importing.adapters import export_adapters

    exports = ", ".join(f"{adapter.label} (--source {adapter.name})" for adapter in export_adapters())
    return ImportIssue(
        file=item.file, line=item.header_line, column=",".join(check.unknown or check.missing)[:200] or None,
        message=(f"{describe_header_problem(check, inferred=True)}. Nor is it an export we recognise: {exports}. "
                 "For any other export, describe its columns in a mapping file and use --map (see README)"))


def _convert(adapter: Adapter, sources: list[Source], ctx: AdapterContext, staging: Staging, sink: IssueSink,
             notices: list[str], index_of: dict[str, int], detector: Callable[[str], str] | None) -> None:
    buffers: dict[tuple[str, bool], tuple[list[Row], list[int], list[int], list[int | None]]] = {}

    def flush(kind: str, derived: bool) -> None:
        rows, files, numbers, lines = buffers.pop((kind, derived))
        staging.append(kind, row_columns(kind, rows, detect_language=detector), files=files, rows=numbers, lines=lines,
                       derived=derived)

    for item in adapter.convert(sources, ctx):
        if type(item) is not Converted:  # the rare items first by exact type: this loop runs once per row
            if isinstance(item, Notice):
                notices.append(item.message if item.message.startswith(item.file) else f"{item.file}: {item.message}")
            elif isinstance(item, ImportIssue):
                sink.add(item)
            continue
        model, issues = validate_values(item.kind, item.values, row=item.row, line=item.line, file=item.source.file)
        if model is None:
            for issue in issues:
                if issue.column in item.columns:
                    issue.column = item.columns[issue.column]
                sink.add(issue)
            _, key = TABLES[item.kind]
            staging.reject(item.kind, str(item.values.get(key[0], "")), item.source.file, item.row)
            continue
        slot = (item.kind, item.derived)
        buffer = buffers.get(slot)
        if buffer is None:
            buffer = buffers[slot] = ([], [], [], [])
        buffer[0].append(model)
        buffer[1].append(index_of[item.source.file])
        buffer[2].append(item.row)
        buffer[3].append(item.line)
        if len(buffer[0]) >= CHUNK_ROWS:
            flush(*slot)
    for slot in list(buffers):
        flush(*slot)
