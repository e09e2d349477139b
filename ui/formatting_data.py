"""The Data tab's words: the active shop, an import's outcome, the expected columns and the demo's summary, in
the display language. Formatting only; the counts and problems come from the store and the importer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from tools.languages import say
from tools.languages.formatting import day, number
from ui.formatting import escape, file_name

if TYPE_CHECKING:
    from tools.context import ShopContext
    from tools.importing import ImportReport
    from tools.importing.report import FileReport


def table_label(kind: str | None, language: str = "en") -> str:
    """A table (file kind) as a seller names it ("order lines"), never our table name."""
    return say(language, f"ui_table_{kind}") if kind else "?"


def counts_text(counts: Mapping[str, int], language: str = "en") -> str:
    return " · ".join(f"{table_label(kind, language)}: {number(n, language)}" for kind, n in counts.items())


def shop_markdown(ctx: ShopContext | None, counts: Mapping[str, int] | None, error: str | None = None,
                  language: str = "en") -> str:
    if ctx is None:
        return say(language, "ui_data_no_shop", why=escape(error or ""))
    lines = [say(language, "ui_data_shop", name=escape(ctx.shop_name), day=day(ctx.as_of, language),
                 zone=ctx.time_zone, currency=ctx.currency)]
    if counts:
        lines.append(counts_text(counts, language))
    return "\n\n".join(lines)


def _recognised(report: FileReport, language: str) -> str:
    """What the file was read as: the table, and the marketplace export when it was one (its own name)."""
    from tools.importing.adapters.canonical import CanonicalAdapter

    table = table_label(report.kind, language)
    if report.source is None or report.kind is None or report.source == CanonicalAdapter(report.kind).label:
        return table
    return f"{table} · {escape(report.source)}"


def import_report_markdown(report: ImportReport, language: str = "en") -> str:
    if report.imported:
        written = ", ".join(
            say(language, "ui_data_written", kind=table_label(kind, language), rows=number(n, language),
                new=number(report.new.get(kind, 0), language), changed=number(report.updated.get(kind, 0), language))
            for kind, n in report.written.items())
        head = say(language, "ui_data_imported", rows=number(report.total_rows, language),
                   seconds=number(report.elapsed_s, language, digits=1), written=written)
    else:
        head = say(language, "ui_data_rejected", problems=number(report.error_count, language))
    columns = [say(language, f"ui_col_{key}") for key in ("file", "recognised", "format", "rows", "problems")]
    lines = [head, "", "| " + " | ".join(columns) + " |", "| --- | --- | --- | ---: | ---: |"]
    for f in report.files:
        lines.append(f"| {escape(file_name(f.path))} | {_recognised(f, language)} | {f.format} | {number(f.rows, language)} "
                     f"| {number(f.error_count, language)} |")
    if report.errors_csv:
        lines += ["", say(language, "ui_data_errors_csv", path=f"`{escape(report.errors_csv)}`")]
    if report.notices:
        lines += ["", f"**{say(language, 'ui_data_notes')}**"] + [f"- {escape(_basename_in(notice))}" for notice in report.notices]
    return "\n".join(lines)


def _basename_in(notice: str) -> str:
    """A notice names its file by full path; the app shows the file's name only."""
    head, sep, rest = notice.partition(": ")
    return f"{file_name(head)}: {rest}" if sep and ("/" in head or "\\" in head) else notice


def expected_markdown(language: str = "en") -> str:
    """Every table's columns (required in bold; the names are the header a file must carry, so they stay as
    they are) and the marketplace exports recognised by their headers."""
    from tools.importing.adapters import export_adapters
    from tools.importing.kinds import columns_of, required_columns
    from tools.models import TABLES

    lines = [say(language, "ui_data_expected_intro"), ""]
    for kind in TABLES:
        required = set(required_columns(kind))
        columns = ", ".join(f"**{name}**" if name in required else name for name in columns_of(kind))
        lines.append(f"- {table_label(kind, language)}: {columns}")
    labels = ", ".join(adapter.label for adapter in export_adapters())
    lines += ["", say(language, "ui_data_expected_exports", labels=labels)]
    return "\n".join(lines) + "\n"


def demo_summary(summary: object, language: str = "en") -> str:
    """The demo generator's summary (its days and rows per table) as the one message after regenerating."""
    counts = getattr(summary, "counts", {}) or {}
    return say(language, "ui_data_regenerated", first=day(getattr(summary, "first_date", None), language),
               last=day(getattr(summary, "end_date", None), language), counts=counts_text(counts, language))
