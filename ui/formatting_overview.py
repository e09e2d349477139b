"""The Overview tab's text: the shop at a glance, from `tools.overview.ShopOverview`, in the app's display
language (words from the language packs' `ui_*` messages, labels from their glossaries, figures formatted by the
pack's locale). Formatting only."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from tools.languages import gloss, pack, say
from tools.languages.formatting import day, money, number
from tools.voc.summary import first_action
from ui.formatting import LEVEL_COLOURS, escape

if TYPE_CHECKING:
    from tools.overview import ShopOverview

NO_VERDICT_REASONS = ("few_orders", "no_benchmark", "before_collection")
VIDEO_COLOURS = {
    "Trigger violation": "#d93025", "Did not meet threshold": "#f29900", "Can do better": "#8ab4f8",
    "Good performance": "#188038", "In evaluation": "#9aa0a6",
}


def link_labels(language: str = "en") -> list[str]:
    """The Overview's link buttons, in the order of `ui.tabs.overview.LINKS`."""
    return [say(language, "ui_link_level", level=gloss(language, "At Risk")),
            say(language, "ui_link_level", level=gloss(language, "Needs Attention")),
            say(language, "ui_link_warnings"), say(language, "ui_link_reviews"), say(language, "ui_link_held_back")]


def header_markdown(o: ShopOverview, mode: str, language: str = "en") -> str:
    fresh = o.freshness
    latest = say(language, "ui_overview_latest", orders=day(fresh.latest_order, language),
                 reviews=day(fresh.latest_review, language), returns=day(fresh.latest_return, language),
                 videos=day(fresh.latest_video, language), days=number(o.window_days, language))
    mode_line = (say(language, "ui_mode_offline") if mode == "offline"
                 else say(language, "ui_mode_model", model=escape(mode)))
    title = say(language, "ui_overview_title", shop=escape(o.shop_name or o.shop_id), day=day(o.as_of, language))
    return "\n".join([f"### {title}", latest, "", mode_line])


def _card(title: str, value: object, sub: str, colour: str) -> str:
    return (f'<div class="sc-card" style="border-top:4px solid {colour}"><div class="sc-card-title">{html.escape(title)}</div>'
            f'<div class="sc-card-value">{html.escape(str(value))}</div><div class="sc-card-sub">{html.escape(sub)}</div></div>')


def cards_html(o: ShopOverview, language: str = "en") -> str:
    by_level = {row.level.value: row for row in o.levels}
    cards = []
    for level in ("At Risk", "Needs Attention"):
        row = by_level.get(level)
        cards.append(_card(gloss(language, level), number(row.products if row else 0, language),
                           say(language, "ui_card_high_gmv", count=number(row.high_gmv_products if row else 0, language)),
                           LEVEL_COLOURS[level]))
    cards.append(_card(say(language, "ui_card_warnings"), number(o.early_warnings, language),
                       say(language, "ui_card_warnings_sub", count=number(len(o.early_warning_products), language)),
                       "#f29900" if o.early_warnings else "#9aa0a6"))
    sub = say(language, "ui_card_check_first", count=number(o.check_first, language))
    if o.nearest_deadline:
        sub += " · " + say(language, "ui_card_deadline", day=day(o.nearest_deadline, language))
    cards.append(_card(say(language, "ui_card_reportable"), number(o.reportable, language), sub,
                       "#1a73e8" if o.reportable else "#9aa0a6"))
    weak = o.video_statuses.get("Trigger violation", 0) + o.video_statuses.get("Did not meet threshold", 0)
    cards.append(_card(say(language, "ui_card_held_back"), number(weak, language), say(language, "ui_card_held_back_sub"),
                       "#d93025" if weak else "#9aa0a6"))
    return f'<div class="sc-cards">{"".join(cards)}</div>'


def fix_first_markdown(o: ShopOverview, language: str = "en") -> str:
    levels = {"at_risk": gloss(language, "At Risk"), "needs_attention": gloss(language, "Needs Attention")}
    if not o.fix_first:
        return say(language, "ui_fix_first_none", **levels)
    lines = [say(language, "ui_fix_first_title", **levels), ""]
    for item in o.fix_first:
        parts = [gloss(language, item.level.value),
                 say(language, "ui_gmv_30d", money=money(item.gmv_30d, o.currency, language)) + (" ★" if item.high_gmv else "")]
        if item.top_issue:
            name = pack(language).glossary.get(item.top_issue) or item.top_issue_label or item.top_issue
            parts.append(say(language, "ui_top_issue", issue=escape(name)))
        if item.early_warning:
            parts.append(say(language, "ui_early_warning"))
        lines.append(f"- **{escape(item.title)}** (`{item.product_id}`) {' · '.join(parts)}")
        if step := first_action(item.top_issue, language):
            lines.append(f"    - {say(language, 'ui_first_step', step=escape(step))}")
    return "\n".join(lines)


def details_markdown(o: ShopOverview, language: str = "en") -> str:
    lines = []
    if o.without_verdict:
        reasons = sorted(o.without_verdict_reasons.items(), key=lambda pair: -pair[1])
        why = "; ".join(say(language, "ui_no_verdict_reason", count=number(count, language), reason=say(
                            language, f"voc_no_verdict_reason_{reason}", min_orders=number(o.min_orders, language))
                            if reason in NO_VERDICT_REASONS else reason)
                        for reason, count in reasons)
        lines.append("- " + say(language, "ui_no_verdict", count=number(o.without_verdict, language),
                                total=number(o.products, language), why=why))
    statuses = [f"{gloss(language, status)} {number(count, language)}"
                for status in VIDEO_COLOURS if (count := o.video_statuses.get(status, 0))]
    if statuses:
        lines.append("- " + say(language, "ui_videos_90d", statuses=" · ".join(statuses)))
    return "\n".join(lines)
