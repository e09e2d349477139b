"""Turn the tools' models into Markdown, HTML and plain text for the app and the CLI. Formatting only:
every level, rate and count shown here is a field the tools computed. The app's table and plot frames are in
`ui.frames` (pandas is imported only there, so the CLI starts without it)."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tools.context import ShopContext
    from tools.importing import ImportReport
    from tools.video.models import GpmGap

LEVEL_COLOURS = {
    "At Risk": "#d93025", "Needs Attention": "#f29900", "Market Average": "#5f6368",
    "Below Average": "#188038", "-": "#9aa0a6",
}
HIGHLIGHT, NORMAL = "over 50% of negative feedback", "other issues"
ISSUE_COLOURS = {HIGHLIGHT: "#d93025", NORMAL: "#8ab4f8"}


class Hit(Protocol):
    """A knowledge-base entry as the app shows it (vectorstore's KnowledgeHit fits)."""

    id: str
    title: str
    text: str


def pct(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value * 100:.{digits}f}%"


def count_text(value: float | None) -> str:
    """A count with thousands separators: whole numbers without decimals ("16", not "16.0"); an allocated share of
    items keeps one ("16.5")."""
    if value is None:
        return "-"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def escape(text: str) -> str:
    """Untrusted text (reviews, titles) shown inside Markdown/HTML."""
    return html.escape(text, quote=False).replace("\n", " ")


# --- shop / data ---------------------------------------------------------------------------
def shop_markdown(ctx: ShopContext | None, counts: dict[str, int] | None, error: str | None = None) -> str:
    if ctx is None:
        return f"**No active shop.** {error or ''}"
    lines = [
        f"**Active shop:** {escape(ctx.shop_name)} (`{ctx.shop_id}`) · **as of** {ctx.as_of.isoformat()} "
        f"· time zone {ctx.time_zone} · currency {ctx.currency}",
    ]
    if counts:
        lines.append(" · ".join(f"{kind}: {n:,}" for kind, n in counts.items()))
    return "\n\n".join(lines)


def import_report_markdown(report: ImportReport) -> str:
    head = (
        f"✔ **Imported {report.total_rows:,} rows** in {report.elapsed_s:.1f}s: "
        + ", ".join(f"{kind} {n:,} ({report.new.get(kind, 0):,} new, {report.updated.get(kind, 0):,} changed)"
                    for kind, n in report.written.items())
        if report.imported
        else f"✖ **Nothing was imported**: {report.error_count:,} problem(s) found. Fix them and upload again."
    )
    lines = [head, "", "| file | recognised as | format | rows | errors |", "| --- | --- | --- | ---: | ---: |"]
    for f in report.files:
        lines.append(f"| {escape(file_name(f.path))} | {escape(f.source or f.kind or '?')} | {f.format} | {f.rows:,} "
                     f"| {f.error_count:,} |")
    if report.errors_csv:
        lines += ["", f"Every problem is listed in `{escape(report.errors_csv)}`."]
    if report.notices:
        lines += ["", "**Notes**"] + [f"- {escape(_basename_in(notice))}" for notice in report.notices]
    return "\n".join(lines)


def _basename_in(notice: str) -> str:
    """A notice names its file by full path; the app shows the file's name only."""
    head, sep, rest = notice.partition(": ")
    return f"{file_name(head)}: {rest}" if sep and ("/" in head or "\\" in head) else notice


def file_name(path: str) -> str:
    """A path's last part: the app names files, not where they sat on the server."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


# --- knowledge base and videos --------------------------------------------------------------
_TAG_IN_TEXT = re.compile(r"`([a-z]+(?:_[a-z]+)+)`")


def entry_markdown(title: str, body: str) -> str:
    """A playbook or help entry as a seller reads it: its title (not our id for it), and an issue tag in its text by
    the issue's name ("`quality_defect`" reads "Quality defect")."""
    from tools.tagging.taxonomy import TAG_LABEL

    labels = {str(tag): label for tag, label in TAG_LABEL.items()}
    return f"#### {escape(title)}\n\n" + _TAG_IN_TEXT.sub(lambda found: labels.get(found.group(1), found.group(0)), body)


def gpm_benchmark_text(gap: GpmGap) -> str:
    """Where a video's GPM benchmark comes from, in words."""
    if gap.benchmark_source == "imported":
        return "the marketplace's benchmark"
    return f"median of {gap.benchmark_videos} eligible videos in your store"
