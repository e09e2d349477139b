"""Video models as tables, Markdown and plot frames (formatting only; the tools computed every figure)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from tools.video.models import VideoStatus
from ui.formatting import count_text, escape, gpm_benchmark_text, money, pct

if TYPE_CHECKING:
    from tools.video.models import AccountPerformance, MetricComparison, VideoDiagnosis, VideoListItem

STATUS_ICONS = {
    "Trigger violation": "■", "Did not meet threshold": "○", "Can do better": "◐",
    "Good performance": "●", "In evaluation": "…",
}
VIDEO_COLUMNS = ["video", "title", "status", "posted", "revenue", "views", "orders", "items sold", "GPM"]
RATE_METRICS = {"finish rate", "click-through rate", "conversion rate", "interaction rate"}


def _change(value: float | None) -> str:
    return "n/a (nothing before)" if value is None else f"{value:+.1f}%"


def account_markdown(perf: AccountPerformance) -> str:
    lines = [
        f"**Account performance** {perf.start} → {perf.end} (vs {perf.previous_start} → {perf.previous_end})", "",
        "| metric | now | before | change |", "| --- | ---: | ---: | ---: |",
    ]
    for m in (perf.videos_posted, perf.revenue, perf.views, perf.orders, perf.items_sold):
        lines.append(f"| {m.metric} | {m.current:,.0f} | {m.previous:,.0f} | {_change(m.change_percent)} |")
    return "\n".join(lines)


def videos_frame(items: Iterable[VideoListItem]) -> pd.DataFrame:
    rows = [
        {"video": v.video_id, "title": v.title, "status": f"{STATUS_ICONS.get(v.status.value, '')} {v.status.value}",
         "posted": v.video_post_time.date().isoformat(), "revenue": money(v.gmv), "views": count_text(v.views),
         "orders": count_text(v.orders), "items sold": count_text(v.items_sold), "GPM": money(v.gpm)}
        for v in items
    ]
    return pd.DataFrame(rows, columns=VIDEO_COLUMNS)


def _metric_value(metric: str, value: float | None) -> str:
    if value is None:
        return "no data"
    return pct(value) if metric in RATE_METRICS else f"{value:,.1f}" if metric == "GPM" else f"{value:,.0f}"


def comparisons_frame(comparisons: Iterable[MetricComparison]) -> pd.DataFrame:
    rows = [
        {"metric": c.metric, "this video": _metric_value(c.metric, c.value),
         "category median": _metric_value(c.metric, c.category_median),
         "vs median": "-" if c.ratio_to_median is None else f"{c.ratio_to_median:.2f}×"}
        for c in comparisons
    ]
    return pd.DataFrame(rows, columns=["metric", "this video", "category median", "vs median"])


def video_header_markdown(d: VideoDiagnosis) -> str:
    icon = STATUS_ICONS.get(d.status.value, "")
    window = f"day 1 = {d.window_first_day} → {d.window_last_day}" + ("" if d.window_complete else
                                                                      f" (day {d.days_elapsed} so far)")
    lines = [f"### {icon} {escape(d.title)} `{d.video_id}` — **{d.status.value}**",
             f"@{escape(d.username.lstrip('@'))} · {escape(d.category)} · {window}", ""]
    for failed in d.failed_requirements:
        lines.append(f"- ❗ {escape(failed.requirement)}: {escape(failed.detail)}")
    for v in d.violations:
        lines.append(f"- ■ violation on day {v.day_number} ({v.local_date}): {escape(v.policy)} — {escape(v.reason)}")
    if d.account_standing_note:
        lines.append(f"- {escape(d.account_standing_note)}")
    if d.gpm_gap is not None and d.gpm_gap.gap_percent is not None:
        lines.append(f"- GPM {money(d.gpm_gap.gpm)} vs benchmark {d.gpm_gap.benchmark_gpm:,.1f} "
                     f"({d.gpm_gap.gap_percent:+.0f}%, {escape(gpm_benchmark_text(d.gpm_gap))})")
    if d.weak_stages:
        lines.append("- Weak funnel stages: " + ", ".join(s.value for s in d.weak_stages))
    return "\n".join(lines)


DAILY_METRICS = ("views / 100", "orders", "items sold")  # the daily chart's lines
# Fixed colours, named in the chart's caption: the plot's own legend is cut off below a fixed-height chart.
DAILY_COLOURS = dict(zip(DAILY_METRICS, ("#1a73e8", "#d93025", "#188038"), strict=True))
COLOUR_NAMES = {"#1a73e8": "blue", "#d93025": "red", "#188038": "green", "#8ab4f8": "light blue", "#f29900": "orange"}


def legend_caption(colours: dict[str, str]) -> str:
    """A chart's legend in words: "blue: views / 100 · red: orders · green: items sold"."""
    return " · ".join(f"{COLOUR_NAMES.get(colour, colour)}: {name}" for name, colour in colours.items())


def daily_plot_frame(d: VideoDiagnosis) -> pd.DataFrame:
    rows = [{"day": f"day {p.day_number}", "value": v, "metric": name}
            for p in d.daily for name, v in zip(DAILY_METRICS, (p.views / 100, p.orders, p.items_sold), strict=True)]
    return pd.DataFrame(rows, columns=["day", "value", "metric"])


def suggestions_markdown(d: VideoDiagnosis, titles: dict[str, str] | None = None) -> str:
    if not d.suggestions:
        return no_suggestion_reason(d)
    lines = ["**Suggestions** (biggest expected gain first)", ""]
    for s in d.suggestions:
        gain = "" if s.expected_gmv_uplift is None else f" · expected +{money(s.expected_gmv_uplift)} GMV"
        where = "" if s.value is None else (f" · {s.metric} {pct(s.value)} vs median {pct(s.category_median)}"
                                            if s.metric in RATE_METRICS else "")
        title = (titles or {}).get(s.playbook_id)
        link = f"tutorial `{s.playbook_id}`" + (f" *{escape(title)}*" if title else "")
        lines.append(f"- **{s.topic.value}**{where}{gain}: {escape(s.advice)} — {link}")
    return "\n".join(lines)


def no_suggestion_reason(d: VideoDiagnosis) -> str:
    """Why a video has no suggestion, by its status: a video still in its 7 days is waited for, not judged."""
    if d.status is VideoStatus.IN_EVALUATION:
        return (f"No suggestions yet: results come after day 7 ({d.window_last_day}); "
                f"{d.days_elapsed} of 7 days are in so far.")
    if d.status is VideoStatus.TRIGGER_VIOLATION:
        return "No funnel suggestions: the violation above decides this status. Fix what it names before anything else."
    return "No suggestions: nothing in the funnel is below the category median."


def inspirations_markdown(d: VideoDiagnosis) -> str:
    if not d.inspirations:
        return ""
    lines = ["**Inspirations** (videos in the category that excel where this one is weak)", ""]
    for i in d.inspirations:
        lines.append(f"- `{i.video_id}` *{escape(i.title)}* by @{escape(i.username.lstrip('@'))} — {i.excels_at.value} "
                     f"{pct(i.value)} (median {pct(i.category_median)}): {escape(i.summary)}")
    return "\n".join(lines)


def video_products_frame(d: VideoDiagnosis) -> pd.DataFrame:
    rows = [{"product": p.product_id, "title": p.title if p.known else f"{p.title} (not in store)",
             "price": money(p.price), "commission": pct(p.commission_rate), "items sold": count_text(p.items_sold),
             "GMV": money(p.gmv), "allocation": p.allocation.value} for p in d.products]
    return pd.DataFrame(rows, columns=["product", "title", "price", "commission", "items sold", "GMV", "allocation"])
