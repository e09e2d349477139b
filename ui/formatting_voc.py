"""The VoC panels' text (the app's VoC tab and the CLI's `voc`), in a display language: words from the language
packs (the chat's `voc_*` messages where they fit, `ui_*` for the panels' own), labels with the marketplace's term
beside the local word, figures and dates in the pack's locale. Formatting only: every level, rate and count is a
field the tools computed."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tools.languages import gloss, issue_label, local_name, say
from tools.languages.formatting import day, money, number, percent, ratio, signed
from tools.voc.wording import level_explanation, warning_message, watch_line
from ui.formatting import LEVEL_COLOURS, escape

if TYPE_CHECKING:
    from tools.settings import Settings
    from tools.voc.models import EarlyWarning, ProductDiagnosis, ShopVocReport

# The product table's columns, as keys of `ui_col_<key>` messages.
VOC_COLUMN_KEYS = ("product", "title", "level", "rate", "benchmark", "ratio", "orders", "gmv", "items", "high_gmv",
                   "top_issue", "warning")
KEYWORD_COLUMN_KEYS = ("keyword", "mentions", "previous", "change")
# Room per column, so a header wraps between words, never inside one ("benchm ark"): the title and level take most.
VOC_COLUMN_WIDTHS = ("8%", "16%", "14%", "7%", "9%", "5%", "6%", "9%", "6%", "5%", "9%", "6%")


def columns(language: str, keys: Sequence[str] = VOC_COLUMN_KEYS) -> list[str]:
    return [say(language, f"ui_col_{key}") for key in keys]


def level_label(level: str, language: str = "en") -> str:
    """A level as the marketplace prints it with the local word; "-" says it has no verdict."""
    return gloss(language, level) if level != "-" else f"- ({local_name(language, '-')})"


def badge(level: str, language: str = "en") -> str:
    colour = LEVEL_COLOURS.get(level, "#5f6368")
    return f'<span class="sc-badge" style="background:{colour}">{html.escape(level_label(level, language))}</span>'


def benchmark_source_text(source: str | None, language: str = "en") -> str:
    """Where a benchmark comes from, in words (never the internal code)."""
    return say(language, f"ui_benchmark_{source if source in ('imported', 'pooled', 'mixed') else 'none'}")


def level_cell(level: str, reason: str | None, language: str = "en") -> str:
    """The level as the marketplace prints it; "-" carries its reason on every row."""
    if level != "-" or reason not in ("few_orders", "no_benchmark", "before_collection"):
        return level_label(level, language)
    return f"- ({say(language, f'ui_cell_{reason}')})"


def _range(start: object, end: object, language: str) -> str:
    return f"{day(start, language)} → {day(end, language)}"


def voc_cards_html(report: ShopVocReport, language: str = "en") -> str:
    cards = []
    for row in report.summary:
        level = row.level.value
        cards.append(
            f'<div class="sc-card" style="border-top:4px solid {LEVEL_COLOURS.get(level, "#5f6368")}">'
            f'<div class="sc-card-title">{html.escape(level_label(level, language))}</div>'
            f'<div class="sc-card-value">{number(row.products, language)}</div>'
            f'<div class="sc-card-sub">{html.escape(say(language, "ui_card_high_gmv", count=number(row.high_gmv_products, language)))}</div></div>'
        )
    warn_colour = "#f29900" if report.early_warnings else "#9aa0a6"
    cards.append(
        f'<div class="sc-card" style="border-top:4px solid {warn_colour}"><div class="sc-card-title">'
        f'{html.escape(say(language, "ui_card_warnings"))}</div><div class="sc-card-value">'
        f'{number(len(report.early_warnings), language)}</div><div class="sc-card-sub">'
        f'{html.escape(say(language, "ui_voc_last_7_days"))}</div></div>'
    )
    caption = say(language, "ui_voc_caption", window=_range(report.window.start, report.window.end, language),
                  days=number(report.window.days, language), benchmark=benchmark_source_text(report.benchmark_source, language),
                  shown=number(len(report.products), language), total=number(report.total_products, language))
    return f'<div class="sc-cards">{"".join(cards)}</div><div class="sc-caption">{html.escape(caption)}</div>'


def warnings_markdown(warnings: Sequence[EarlyWarning], language: str = "en", *, limit: int = 6) -> str:
    if not warnings:
        return say(language, "voc_no_warnings")
    lines = [f"- ⚠ **{escape(w.product_title)}** (`{w.product_id}`): {escape(warning_message(w.model_dump(), language))}"
             for w in warnings[:limit]]
    if len(warnings) > limit:
        lines.append(f"- {say(language, 'ui_more_warnings', count=number(len(warnings) - limit, language))}")
    return "\n".join(lines)


def watch_list_markdown(report: ShopVocReport, language: str = "en", *, limit: int = 8) -> str:
    thin = say(language, "voc_thin_data", count=number(report.products_without_verdict, language),
               total=number(report.total_products, language), min_orders=number(report.min_orders, language))
    if not report.watch_list:
        if report.products_without_verdict:
            return f"{thin} {say(language, 'voc_watch_none')}"
        return say(language, "ui_watch_all_levelled")
    lines = [f"{thin} {say(language, 'ui_watch_adjusted_note')}", ""]
    lines += [escape(watch_line(position, item.model_dump(), language))
              for position, item in enumerate(report.watch_list[:limit], start=1)]
    if len(report.watch_list) > limit:
        lines.append(say(language, "ui_more", count=number(len(report.watch_list) - limit, language)))
    return "\n".join(lines)


def voc_header_markdown(d: ProductDiagnosis, language: str = "en") -> str:
    e = d.estimate
    result = d.model_dump(mode="json")
    window = say(language, "ui_voc_window", category=escape(d.category), window=_range(d.window.start, d.window.end, language),
                 days=number(d.window.days, language), as_of=day(d.as_of, language))
    figures = say(language, "ui_voc_figures", rate=percent(e.rate, language), benchmark=percent(e.benchmark, language),
                  low=percent(e.interval_low, language), high=percent(e.interval_high, language),
                  negative=number(e.negative_orders, language), orders=number(e.orders, language),
                  source=benchmark_source_text(e.benchmark_source, language))
    if e.ratio_to_benchmark is not None:
        figures += " · " + say(language, "ui_voc_ratio", ratio=ratio(e.ratio_to_benchmark, language))
    split = say(language, "ui_voc_split", product=percent(e.product_part_rate, language),
                fulfillment=percent(e.fulfillment_part_rate, language), gmv=money(d.gmv_30d, d.currency or None, language),
                items=number(d.items_sold_30d, language))
    if d.high_gmv:
        split += " · " + say(language, "ui_voc_high_gmv")
    lines = [f"### {escape(d.title)} `{d.product_id}` {badge(d.level.value, language)}", window, "", figures, "",
             f"> {escape(_sentence(level_explanation(result, language)))}", "", split]
    if d.previous is not None:
        p = d.previous
        lines += ["", say(language, "ui_voc_previous", window=_range(p.window.start, p.window.end, language),
                          level=badge(p.level.value, language), rate=percent(p.rate, language),
                          orders=number(p.orders, language), change=signed(_points(p.rate_change), language))]
    return "\n".join(lines)


def _sentence(text: str) -> str:
    """A clause shown on its own, starting with a capital letter."""
    return text[:1].upper() + text[1:]


def _points(share_change: float | None) -> float | None:
    """A change of a rate or share in percentage points."""
    return None if share_change is None else share_change * 100


def excluded_reason(category: str, language: str = "en") -> str:
    """Why a review is left out of a product's VoC, in a seller's words."""
    return say(language, f"ui_excluded_{category}") if category in ("wrong_product", "invalid") else category


def excluded_markdown(d: ProductDiagnosis, language: str = "en") -> str:
    """The reviews on this product that are not about it: shown apart, not counted."""
    if not d.excluded:
        return ""
    from tools.untrusted_text import escape_invisible

    lines = [say(language, "ui_excluded_title", count=number(len(d.excluded), language))]
    lines += [f"- `{item.review_id}` {item.rating}★ {day(item.posted, language)}: {excluded_reason(item.category, language)} — "
              f"“{escape(escape_invisible(item.preview))}”" for item in d.excluded[:5]]
    return "\n".join(lines)


def _issues_note(d: ProductDiagnosis, language: str) -> str:
    if not d.negative_items:
        return say(language, "voc_no_feedback")
    shares = say(language, "voc_shares_note")
    if not d.issues:
        return f"{say(language, 'ui_no_issue_ranked', min=number(d.issue_min_mentions, language))} {shares}"
    return shares


def issues_markdown(d: ProductDiagnosis, language: str = "en", *, limit: int = 5) -> str:
    lines = [say(language, "ui_issues_title", count=number(d.negative_items, language), note=_issues_note(d, language)), ""]
    for i in d.issues[:limit]:
        marker = '<span style="color:#d93025">●</span>' if i.highlighted else "○"
        change = "" if i.share_change is None else say(language, "ui_issue_change", change=signed(_points(i.share_change), language))
        lines.append("- " + marker + " " + say(language, "ui_issue_line", label=escape(issue_label(language, i.label, i.tag)),
                                               part=say(language, f"ui_part_{i.part}"), share=percent(i.share, language),
                                               count=number(i.count, language), change=change))
        for q in i.evidence[:3]:
            stars = "" if q.rating is None else f" {q.rating}★"
            lines.append(f"    - “{escape(q.text[:220])}” — {say(language, f'ui_kind_{q.item_kind}')} `{q.item_id}`{stars}, "
                         f"{day(q.posted_on or q.created_at, language)}")
    if d.videos_to_check:  # buyers call a promotion misleading: the videos that sell the product, to check their claims
        lines += ["", say(language, "voc_videos_to_check")]
        lines += [say(language, "voc_video_to_check", video_id=f"`{v.video_id}`", title=escape(v.title), posted=day(v.posted, language))
                  for v in d.videos_to_check]
    excluded = excluded_markdown(d, language)
    return "\n".join(lines) + (f"\n\n{excluded}" if excluded else "")


def seller_center_links(settings: Settings, product_id: str, language: str = "en") -> str:
    """The marketplace's Refund Management and Product Rating pages for a product (configurable in settings)."""
    from urllib.parse import quote

    def url(template: str) -> str:
        return template.replace("{product_id}", quote(product_id, safe=""))

    return (f"[{say(language, 'ui_refund_page')}]({url(settings.refund_page_url)}) · "
            f"[{say(language, 'ui_rating_page')}]({url(settings.rating_page_url)})")


def summary_markdown(d: ProductDiagnosis, language: str = "en") -> str:
    """What buyers say about the product (its summary), above the keywords."""
    if d.summary is None:
        return ""
    return f"{say(language, 'ui_what_buyers_say')}\n\n{escape(d.summary.text)}"


def action_plan_markdown(d: ProductDiagnosis, titles: dict[str, str], language: str = "en") -> str:
    """The product's action plan, each step with the playbook entries it comes from, named by their titles."""
    if not d.action_plan:
        return ""
    lines = [say(language, "ui_action_plan"), ""]
    for position, step in enumerate(d.action_plan, start=1):
        cited = ", ".join(f"*{escape(titles.get(entry, entry))}*" for entry in step.playbook_ids)
        lines.append(f"{position}. {escape(step.text)}" + (" — " + say(language, "ui_playbook", titles=cited) if cited else ""))
    return "\n".join(lines)
