"""Turn the tools' models into Markdown, HTML and plain text for the app and the CLI. Formatting only:
every level, rate and count shown here is a field the tools computed. The app's table and plot frames are in
`ui.frames` (pandas is imported only there, so the CLI starts without it)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from tools.languages import pack
from tools.languages.formatting import day

if TYPE_CHECKING:
    from tools.context import ShopContext
    from tools.importing import ImportReport
    from tools.settings import Settings
    from tools.video.models import GpmGap
    from tools.voc.models import EarlyWarning, ProductDiagnosis, ShopVocReport

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


def points(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:+.1f} pts"


def money(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def count_text(value: float | None) -> str:
    """A count with thousands separators: whole numbers without decimals ("16", not "16.0"); an allocated share of
    items keeps one ("16.5")."""
    if value is None:
        return "-"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def escape(text: str) -> str:
    """Untrusted text (reviews, titles) shown inside Markdown/HTML."""
    return html.escape(text, quote=False).replace("\n", " ")


def level_badge(level: str) -> str:
    colour = LEVEL_COLOURS.get(level, "#5f6368")
    return f'<span class="sc-badge" style="background:{colour}">{html.escape(level)}</span>'


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


# --- VoC -----------------------------------------------------------------------------------
VOC_COLUMNS = ["product", "title", "level", "negative rate", "benchmark", "r/b", "orders",
               "GMV 30d", "items 30d", "high GMV", "top issue", "warning"]


def voc_cards_html(report: ShopVocReport) -> str:
    cards = []
    for row in report.summary:
        level = row.level.value
        cards.append(
            f'<div class="sc-card" style="border-top:4px solid {LEVEL_COLOURS.get(level, "#5f6368")}">'
            f'<div class="sc-card-title">{html.escape(level if level != "-" else "- (no verdict)")}</div>'
            f'<div class="sc-card-value">{row.products}</div>'
            f'<div class="sc-card-sub">high GMV: {row.high_gmv_products}</div></div>'
        )
    warn_colour = "#f29900" if report.early_warnings else "#9aa0a6"
    cards.append(
        f'<div class="sc-card" style="border-top:4px solid {warn_colour}"><div class="sc-card-title">Early warnings</div>'
        f'<div class="sc-card-value">{len(report.early_warnings)}</div><div class="sc-card-sub">last 7 days</div></div>'
    )
    caption = (
        f'<div class="sc-caption">Shop {html.escape(report.shop_id)} · window {report.window.start} → '
        f'{report.window.end} ({report.window.days} days) · benchmark: {html.escape(benchmark_source_text(report.benchmark_source))} · '
        f'{len(report.products)} of {report.total_products} products shown</div>'
    )
    return f'<div class="sc-cards">{"".join(cards)}</div>{caption}'


def warnings_markdown(warnings: Sequence[EarlyWarning], *, limit: int = 6) -> str:
    if not warnings:
        return "No early warnings: no issue doubled in the last 7 days."
    lines = [f"- ⚠ **{escape(w.product_title)}** (`{w.product_id}`): {escape(w.message)}" for w in warnings[:limit]]
    if len(warnings) > limit:
        lines.append(f"- … and {len(warnings) - limit} more (see the ⚠ column of the table)")
    return "\n".join(lines)


BENCHMARK_SOURCE_TEXT = {"imported": "imported from the marketplace", "pooled": "your store's category average",
                         "mixed": "partly imported, partly your store's average", "none": "none available"}


def benchmark_source_text(source: str | None) -> str:
    """Where a benchmark comes from, in words (never the internal code)."""
    return BENCHMARK_SOURCE_TEXT.get(source or "none", source or "none available")


NO_VERDICT_TEXT = {"few_orders": "too few orders", "no_benchmark": "no benchmark",
                   "before_collection": "before feedback collection"}


def level_cell(level: str, reason: str | None) -> str:
    """The level as the marketplace prints it; "-" carries its reason on every row."""
    if level != "-":
        return level
    return f"- ({NO_VERDICT_TEXT.get(reason or '', 'no verdict')})"


def watch_list_markdown(report: ShopVocReport, *, limit: int = 8) -> str:
    if not report.watch_list:
        if report.products_without_verdict:
            return (f"{report.products_without_verdict} of {report.total_products} products have no level yet (each needs "
                    f"{report.min_orders} orders in the window); none of them has a complaint.")
        return "Every product has a level; nothing to watch."
    lines = [f"{report.products_without_verdict} of {report.total_products} products have no level yet (each needs "
             f"{report.min_orders} orders in the window). The data is thin: these are complaint counts, not levels. "
             "Adjusted rate = the product's rate pulled toward its category benchmark.", ""]
    for item in report.watch_list[:limit]:
        adjusted = (f" · adjusted rate {pct(item.shrunk_rate)} vs category {pct(item.benchmark)}"
                    if item.shrunk_rate is not None else "")
        issue = f" · top issue: {escape(item.top_issue_label or item.top_issue or '')}" if item.top_issue else ""
        lines.append(f"- **{escape(item.title)}** (`{item.product_id}`): {item.negative_orders} of {item.orders} orders "
                     f"negative{adjusted}{issue}")
    if len(report.watch_list) > limit:
        lines.append(f"- … and {len(report.watch_list) - limit} more")
    return "\n".join(lines)




def voc_header_markdown(d: ProductDiagnosis) -> str:
    e = d.estimate
    ratio = "" if e.ratio_to_benchmark is None else f" ({e.ratio_to_benchmark:.2f}× the benchmark)"
    lines = [
        f"### {escape(d.title)} `{d.product_id}` {level_badge(d.level.value)}",
        f"{escape(d.category)} · window {d.window.start} → {d.window.end} ({d.window.days} days) · as of {d.as_of}",
        "",
        f"**Negative VoC rate {pct(e.rate)}** vs category benchmark **{pct(e.benchmark)}**{ratio} · "
        f"95% interval {pct(e.interval_low)}–{pct(e.interval_high)} · {e.negative_orders} of {e.orders} orders "
        f"· benchmark: {benchmark_source_text(e.benchmark_source)}",
        "",
        f"> {escape(d.level_reason)}",
        "",
        f"**Split:** product part {pct(e.product_part_rate)} · fulfillment part {pct(e.fulfillment_part_rate)} "
        f"· GMV 30d {money(d.gmv_30d)} · items sold {d.items_sold_30d}"
        + (" · ★ **high GMV: fix first**" if d.high_gmv else ""),
    ]
    if d.previous is not None:
        p = d.previous
        lines += ["", f"**Previous period** {p.window.start} → {p.window.end}: {level_badge(p.level.value)} rate "
                      f"{pct(p.rate)} on {p.orders} orders (change {points(p.rate_change)})"]
    return "\n".join(lines)


def excluded_reason(category: str) -> str:
    """Why a review is left out of a product's VoC, in a seller's words."""
    return {"wrong_product": "about another product (wrong review)", "invalid": "spam or unrelated (invalid review)"}.get(
        category, category)


def excluded_markdown(d: ProductDiagnosis) -> str:
    """The reviews on this product that are not about it: shown apart, not counted."""
    if not d.excluded:
        return ""
    from tools.untrusted_text import escape_invisible

    lines = [f"**Excluded: not about this product** ({len(d.excluded)}, not counted above; the Reviews tab says whether to report each)"]
    lines += [f"- `{item.review_id}` {item.rating}★ {item.posted}: {excluded_reason(item.category)} — "
              f"“{escape(escape_invisible(item.preview))}”" for item in d.excluded[:5]]
    return "\n".join(lines)




def issues_markdown(d: ProductDiagnosis, *, limit: int = 5) -> str:
    lines = [f"**Top issues** of {d.negative_items} negative feedback items. {escape(d.issues_note)}", ""]
    for i in d.issues[:limit]:
        marker = '<span style="color:#d93025">●</span>' if i.highlighted else "○"
        change = "" if i.share_change is None else f" ({points(i.share_change)} vs previous)"
        lines.append(f"- {marker} **{escape(i.label)}** ({i.part}): {pct(i.share)} · {i.count} mentions{change}")
        for q in i.evidence[:3]:
            stars = "" if q.rating is None else f" {q.rating}★"
            lines.append(f"    - “{escape(q.text[:220])}” — {q.item_kind} `{q.item_id}`{stars}, {day(q.posted_on or q.created_at)}")
    if d.videos_to_check:  # buyers call a promotion misleading: the videos that sell the product, to check their claims
        words = pack("en").messages
        lines += ["", words["voc_videos_to_check"]]
        lines += [words["voc_video_to_check"].format(video_id=f"`{v.video_id}`", title=escape(v.title), posted=day(v.posted))
                  for v in d.videos_to_check]
    excluded = excluded_markdown(d)
    return "\n".join(lines) + (f"\n\n{excluded}" if excluded else "")


def seller_center_links(settings: Settings, product_id: str) -> str:
    """The marketplace's Refund Management and Product Rating pages for a product (configurable in settings)."""
    from urllib.parse import quote

    def url(template: str) -> str:
        return template.replace("{product_id}", quote(product_id, safe=""))

    return (f"[Refund management ↗]({url(settings.refund_page_url)}) · "
            f"[Product rating ↗]({url(settings.rating_page_url)})")


def summary_markdown(d: ProductDiagnosis) -> str:
    """What buyers say about the product (its summary), above the keywords."""
    if d.summary is None:
        return ""
    return f"**What buyers say**\n\n{escape(d.summary.text)}"


def action_plan_markdown(d: ProductDiagnosis, titles: dict[str, str]) -> str:
    """The product's action plan, each step with the playbook entries it comes from, named by their titles."""
    if not d.action_plan:
        return ""
    lines = ["**Action plan**", ""]
    for number, step in enumerate(d.action_plan, start=1):
        cited = ", ".join(f"*{escape(titles.get(entry, entry))}*" for entry in step.playbook_ids)
        lines.append(f"{number}. {escape(step.text)}" + (f" — playbook: {cited}" if cited else ""))
    return "\n".join(lines)


def _section(body: str, heading: str) -> str:
    out: list[str] = []
    inside = False
    for line in body.splitlines():
        if line.startswith("## "):
            inside = line[3:].strip().lower() == heading
            continue
        if inside:
            out.append(line)
    return "\n".join(out).strip()


def entry_markdown(entry_id: str, title: str, body: str) -> str:
    return f"#### {escape(title)} `{entry_id}`\n\n{body}"

def gpm_benchmark_text(gap: GpmGap) -> str:
    """Where a video's GPM benchmark comes from, in words."""
    if gap.benchmark_source == "imported":
        return "the marketplace's benchmark"
    return f"median of {gap.benchmark_videos} eligible videos in your store"
