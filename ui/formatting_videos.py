"""The Videos tab's text and frames in a display language: words from the language packs (the chat's `video_*`
messages where they fit, `ui_video_*` for the tab's own), statuses with the marketplace's term beside the local word,
figures, money and dates in the pack's locale. Formatting only: the tools computed every figure. Text the tools
write in English (a violation's reason, a playbook's advice) is quoted as it is, as the chat quotes it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from tools.languages import gloss, say
from tools.languages.formatting import day, money, number, percent, ratio, signed
from tools.video.models import VideoStatus
from tools.video.wording import metric_label, topic_label
from ui.formatting import escape

if TYPE_CHECKING:
    from tools.video.models import AccountPerformance, MetricComparison, VideoDiagnosis, VideoListItem

STATUS_ICONS = {
    "Trigger violation": "■", "Did not meet threshold": "○", "Can do better": "◐",
    "Good performance": "●", "In evaluation": "…",
}
# Table columns, as keys of `ui_col_<key>` messages.
VIDEO_COLUMN_KEYS = ("video", "title", "status", "posted", "revenue", "views", "orders", "items_sold", "gpm")
COMPARISON_COLUMN_KEYS = ("metric", "this_video", "median", "vs_median")
PRODUCT_COLUMN_KEYS = ("product", "title", "price", "commission", "items_sold", "video_gmv", "allocation")
ACCOUNT_COLUMN_KEYS = ("metric", "now", "before", "change")
RATE_METRICS = {"finish rate", "click-through rate", "conversion rate", "interaction rate"}
MONEY_METRICS = {"GMV", "GPM", "revenue"}
ALLOCATION_KEYS = {
    "equal units per linked product, GMV split in proportion to price": "by_price",
    "units and GMV split evenly across linked products (a price is missing)": "evenly",
    "the video's only linked product": "single_product",
    "measured from order lines attributed to this video": "attributed",
}


def columns(language: str, keys: Iterable[str]) -> list[str]:
    return [say(language, f"ui_col_{key}") for key in keys]


def status_label(status: str, language: str = "en") -> str:
    """A status as the marketplace prints it, with its icon and the local word."""
    return f"{STATUS_ICONS.get(status, '')} {gloss(language, status)}".strip()


def status_choices(language: str) -> list[tuple[str, str]]:
    return [(gloss(language, status.value), status.value) for status in VideoStatus]


def _value(metric: str, value: float | None, language: str, currency: str | None) -> str:
    if value is None:
        return say(language, "ui_video_no_data")
    if metric in RATE_METRICS:
        return percent(value, language)
    if metric in MONEY_METRICS:
        return money(value, currency, language)
    return _count(value, language)


def _count(value: float, language: str) -> str:
    """A count: whole ("16"), or an allocated share of items with one decimal rounded ("16.5")."""
    return number(value, language, digits=1)


def account_markdown(perf: AccountPerformance, language: str = "en", currency: str | None = None) -> str:
    head = say(language, "ui_video_account", now=f"{day(perf.start, language)} → {day(perf.end, language)}",
               before=f"{day(perf.previous_start, language)} → {day(perf.previous_end, language)}")
    lines = [head, "", "| " + " | ".join(columns(language, ACCOUNT_COLUMN_KEYS)) + " |", "| --- | ---: | ---: | ---: |"]
    for m in (perf.videos_posted, perf.revenue, perf.views, perf.orders, perf.items_sold):
        change = say(language, "ui_video_nothing_before") if m.change_percent is None else f"{signed(m.change_percent, language)}%"
        lines.append(f"| {metric_label(language, m.metric)} | {_value(m.metric, m.current, language, currency)} "
                     f"| {_value(m.metric, m.previous, language, currency)} | {change} |")
    return "\n".join(lines)


def videos_frame(items: Iterable[VideoListItem], language: str = "en", currency: str | None = None) -> pd.DataFrame:
    headers = columns(language, VIDEO_COLUMN_KEYS)
    rows = [
        dict(zip(headers, (
            v.video_id, v.title, status_label(v.status.value, language), day(v.video_post_time.date(), language),
            money(v.gmv, currency, language), number(v.views, language), number(v.orders, language),
            number(v.items_sold, language), money(v.gpm, currency, language)), strict=True))
        for v in items
    ]
    return pd.DataFrame(rows, columns=headers)


def comparisons_frame(comparisons: Iterable[MetricComparison], language: str = "en",
                      currency: str | None = None) -> pd.DataFrame:
    headers = columns(language, COMPARISON_COLUMN_KEYS)
    rows = [
        dict(zip(headers, (
            metric_label(language, c.metric), _value(c.metric, c.value, language, currency),
            _value(c.metric, c.category_median, language, currency),
            "-" if c.ratio_to_median is None else ratio(c.ratio_to_median, language)), strict=True))
        for c in comparisons
    ]
    return pd.DataFrame(rows, columns=headers)


def video_header_markdown(d: VideoDiagnosis, language: str = "en") -> str:
    window = say(language, "ui_video_window", first=day(d.window_first_day, language), last=day(d.window_last_day, language))
    if not d.window_complete:
        window += say(language, "ui_video_so_far", day=number(d.days_elapsed, language))
    lines = [f"### {escape(d.title)} `{d.video_id}` — **{escape(status_label(d.status.value, language))}**",
             f"@{escape(d.username.lstrip('@'))} · {escape(d.category)} · {window}", ""]
    for failed in d.failed_requirements:
        lines.append(say(language, "video_not_evaluated", detail=escape(failed.detail)))
    for v in d.violations:
        lines.append(say(language, "video_violation", day=number(v.day_number, language),
                         policy=escape(v.policy), reason=escape(v.reason)) + f" ({day(v.local_date, language)})")
    if d.account_standing_note:
        lines.append(f"- {escape(d.account_standing_note)}")
    gap = d.gpm_gap
    if gap is not None and gap.gap_percent is not None:
        source = say(language, f"video_benchmark_{gap.benchmark_source}", count=number(gap.benchmark_videos, language))
        lines.append(say(language, "ui_video_gpm", gpm=money(gap.gpm, d.currency, language),
                         benchmark=money(gap.benchmark_gpm, d.currency, language),
                         gap=signed(gap.gap_percent, language, 0), source=source))
    if d.weak_stages:
        lines.append(say(language, "ui_video_weak", stages="; ".join(topic_label(language, s) for s in d.weak_stages)))
    return "\n".join(lines)


# The daily chart's lines: fixed names and colours, whatever the display language (the chart cannot change its colour
# map once drawn); the caption names each colour in the display language (the plot's own legend is cut off below a
# fixed-height chart).
DAILY_METRICS = ("views / 100", "orders", "items sold")
DAILY_KEYS = ("views", "orders", "items_sold")  # their `ui_video_daily_<key>` messages
DAILY_COLOURS = dict(zip(DAILY_METRICS, ("#1a73e8", "#d93025", "#188038"), strict=True))
COLOUR_KEYS = {"#1a73e8": "blue", "#d93025": "red", "#188038": "green"}


def daily_caption(language: str = "en") -> str:
    """The daily chart's legend in words: "Daily chart (blue: views / 100 · red: orders · green: items sold)"."""
    legend = " · ".join(f"{say(language, 'ui_colour_' + COLOUR_KEYS[colour])}: {say(language, f'ui_video_daily_{key}')}"
                        for key, colour in zip(DAILY_KEYS, DAILY_COLOURS.values(), strict=True))
    return say(language, "ui_video_daily_label", legend=legend)


def daily_plot_frame(d: VideoDiagnosis, language: str = "en") -> pd.DataFrame:
    rows = [{"day": say(language, "ui_video_day", day=p.day_number), "value": v, "metric": name}
            for p in d.daily for name, v in zip(DAILY_METRICS, (p.views / 100, p.orders, p.items_sold), strict=True)]
    return pd.DataFrame(rows, columns=["day", "value", "metric"])


def suggestions_markdown(d: VideoDiagnosis, titles: dict[str, str] | None = None, language: str = "en") -> str:
    if not d.suggestions:
        return no_suggestion_reason(d, language)
    lines = [say(language, "video_suggestions_heading"), ""]
    for s in d.suggestions:
        gain = ("" if s.expected_gmv_uplift is None
                else say(language, "ui_video_gain", money=money(s.expected_gmv_uplift, d.currency, language)))
        where = ("" if s.value is None or s.metric not in RATE_METRICS else say(
            language, "ui_video_where", metric=metric_label(language, s.metric), value=percent(s.value, language),
            median=percent(s.category_median, language)))
        title = (titles or {}).get(s.playbook_id)
        link = say(language, "ui_video_tutorial", title=escape(title)) if title else ""
        lines.append(f"- **{escape(topic_label(language, s.topic))}**{where}{gain}: {escape(s.advice)}{link}")
    return "\n".join(lines)


def no_suggestion_reason(d: VideoDiagnosis, language: str = "en") -> str:
    """Why a video has no suggestion, by its status: a video still in its 7 days is waited for, not judged."""
    if d.status is VideoStatus.IN_EVALUATION:
        return say(language, "ui_video_wait", last=day(d.window_last_day, language), days=number(d.days_elapsed, language))
    if d.status is VideoStatus.TRIGGER_VIOLATION:
        return say(language, "ui_video_violation_first")
    return say(language, "ui_video_nothing_below")


def inspirations_markdown(d: VideoDiagnosis, language: str = "en") -> str:
    if not d.inspirations:
        return ""
    lines = [say(language, "ui_video_inspirations"), ""]
    for i in d.inspirations:
        lines.append(say(language, "video_inspiration", video_id=i.video_id, title=escape(i.title),
                         user=escape(i.username.lstrip("@")), metric=metric_label(language, i.excels_at.value),
                         value=percent(i.value, language), median=percent(i.category_median, language),
                         multiple="-" if i.multiple_of_median is None else ratio(i.multiple_of_median, language)))
    return "\n".join(lines)


def video_products_frame(d: VideoDiagnosis, language: str = "en") -> pd.DataFrame:
    headers = columns(language, PRODUCT_COLUMN_KEYS)
    rows = [
        dict(zip(headers, (
            p.product_id, p.title if p.known else say(language, "ui_video_not_in_store", title=p.title),
            money(p.price, d.currency, language), percent(p.commission_rate, language),
            _count(p.items_sold, language),
            money(p.gmv, d.currency, language),
            say(language, f"ui_video_allocation_{ALLOCATION_KEYS.get(p.allocation.value, 'evenly')}")), strict=True))
        for p in d.products
    ]
    return pd.DataFrame(rows, columns=headers)
