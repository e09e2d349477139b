"""The Overview tab's text: the shop at a glance, from `tools.overview.ShopOverview`. Formatting only."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from tools.languages.formatting import day, money
from ui.formatting import LEVEL_COLOURS, escape

if TYPE_CHECKING:
    from tools.overview import ShopOverview

NO_VERDICT_REASONS = {
    "few_orders": "fewer orders in the window than a level needs",
    "no_benchmark": "no category benchmark to compare with",
    "before_collection": "the window starts before feedback was collected",
}
VIDEO_COLOURS = {
    "Trigger violation": "#d93025", "Did not meet threshold": "#f29900", "Can do better": "#8ab4f8",
    "Good performance": "#188038", "In evaluation": "#9aa0a6",
}


def header_markdown(o: ShopOverview, mode: str) -> str:
    fresh = o.freshness
    parts = [f"orders {day(fresh.latest_order)}", f"reviews {day(fresh.latest_review)}",
             f"returns {day(fresh.latest_return)}", f"videos {day(fresh.latest_video)}"]
    if mode == "offline":
        mode_line = ("**Mode: offline.** Every figure and answer comes from your data and the built-in templates; "
                     "nothing leaves this machine. Set `OPENAI_API_KEY` (and `OPENAI_BASE_URL` for another "
                     "OpenAI-compatible server) to let a model write the chat's answers; see *Settings* in the README.")
    else:
        mode_line = (f"**Mode: model ({escape(mode)}).** A model writes the chat's answers around figures computed "
                     "from your data; an answer that fails the checks is replaced by the built-in one.")
    return "\n".join([
        f"### {escape(o.shop_name or o.shop_id)} · as of {day(o.as_of)}",
        f"Latest data: {' · '.join(parts)}. VoC figures cover the last {o.window_days} days.",
        "",
        mode_line,
    ])


def _card(title: str, value: object, sub: str, colour: str) -> str:
    return (f'<div class="sc-card" style="border-top:4px solid {colour}"><div class="sc-card-title">{html.escape(title)}</div>'
            f'<div class="sc-card-value">{html.escape(str(value))}</div><div class="sc-card-sub">{html.escape(sub)}</div></div>')


def cards_html(o: ShopOverview) -> str:
    by_level = {row.level.value: row for row in o.levels}
    cards = []
    for level in ("At Risk", "Needs Attention"):
        row = by_level.get(level)
        cards.append(_card(level, row.products if row else 0, f"high GMV: {row.high_gmv_products if row else 0}",
                           LEVEL_COLOURS[level]))
    cards.append(_card("Early warnings", o.early_warnings, f"on {len(o.early_warning_products)} products",
                       "#f29900" if o.early_warnings else "#9aa0a6"))
    cards.append(_card("Reviews you can report", o.reportable,
                       f"+{o.check_first} to check first" + (f" · nearest deadline {day(o.nearest_deadline)}"
                                                              if o.nearest_deadline else ""),
                       "#1a73e8" if o.reportable else "#9aa0a6"))
    weak = o.video_statuses.get("Trigger violation", 0) + o.video_statuses.get("Did not meet threshold", 0)
    cards.append(_card("Videos held back", weak, "violation or below the threshold", "#d93025" if weak else "#9aa0a6"))
    return f'<div class="sc-cards">{"".join(cards)}</div>'


def fix_first_markdown(o: ShopOverview) -> str:
    if not o.fix_first:
        return "**Fix first:** no product is At Risk or Needs Attention."
    lines = ["**Fix first** (At Risk and Needs Attention, high GMV first)", ""]
    for item in o.fix_first:
        issue = f" · top issue: {escape(item.top_issue_label)}" if item.top_issue_label else ""
        warning = " · ⚠ early warning" if item.early_warning else ""
        gmv = f" · GMV 30d {money(item.gmv_30d, o.currency)}" + (" ★" if item.high_gmv else "")
        lines.append(f"- **{escape(item.title)}** (`{item.product_id}`) {item.level.value}{gmv}{issue}{warning}")
        if item.first_step:
            lines.append(f"    - First: {escape(item.first_step)}.")
    return "\n".join(lines)


def details_markdown(o: ShopOverview) -> str:
    lines = []
    if o.without_verdict:
        why = "; ".join(f"{count} with {NO_VERDICT_REASONS.get(reason, reason)}"
                        for reason, count in sorted(o.without_verdict_reasons.items(), key=lambda pair: -pair[1]))
        lines.append(f"- **No verdict yet:** {o.without_verdict} of {o.products} products ({why}; a level needs "
                     f"{o.min_orders} orders in the window).")
    statuses = [f"{status} {count}" for status in VIDEO_COLOURS if (count := o.video_statuses.get(status, 0))]
    if statuses:
        lines.append(f"- **Videos of the last 90 days:** {' · '.join(statuses)}.")
    return "\n".join(lines)
