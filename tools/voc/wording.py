"""A VoC result's words in a language: why a product has its level (or none), an early warning, a watch-list row.
The chat's offline answers and the app's panels both say them, so they read the same; results are mappings (a
tool's JSON or a model's `model_dump()`), words come from the language packs."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from tools.languages import issue_label, say
from tools.languages.formatting import percent, ratio

REASON_KEYS = {
    "At Risk": "voc_reason_at_risk", "Needs Attention": "voc_reason_needs_attention",
    "Market Average": "voc_reason_market_average", "Below Average": "voc_reason_below_average",
}
_GROWTH = re.compile(r"\((\d+(?:\.\d+)?x) the week before\)")


def watch_line(position: int, item: Mapping[str, Any], language: str) -> str:
    """One product of the watch list (no level yet, complaints already): counts, the adjusted rate, its top issue."""
    issue = (say(language, "voc_row_issue", issue=issue_label(language, item.get("top_issue_label") or item["top_issue"],
                                                               item["top_issue"])) if item.get("top_issue") else "")
    common = dict(position=position, product_id=item["product_id"], title=item["title"], negative=item["negative_orders"],
                  orders=item["orders"], issue=issue)
    if item.get("shrunk_rate") is None or item.get("benchmark") is None:
        return say(language, "voc_watch_row_no_benchmark", **common)
    return say(language, "voc_watch_row", shrunk=percent(item["shrunk_rate"], language), benchmark=percent(item["benchmark"], language), **common)


def no_verdict_reason(result: Mapping[str, Any], language: str, *, min_orders: object = None) -> str | None:
    """Why a product has "-", in the seller's language (None when it has a level)."""
    code = result.get("no_verdict_reason")
    if not code:
        return None
    return say(language, f"voc_no_verdict_reason_{code}", min_orders=min_orders if min_orders is not None else "")


def level_reason(result: Mapping[str, Any], language: str) -> str:
    """Why the product has its level: the tool's sentence in English, rebuilt from the estimate otherwise."""
    estimate = result.get("estimate", {})
    if language != "en" and result.get("no_verdict_reason"):
        return str(no_verdict_reason(result, language, min_orders=result.get("min_orders")))
    key = REASON_KEYS.get(str(result.get("level")))
    if language == "en" or key is None or estimate.get("benchmark") is None or estimate.get("interval_low") is None:
        return str(result.get("level_reason", ""))  # no verdict: the tool's reason names its own thresholds
    ratio_to_benchmark = estimate.get("ratio_to_benchmark")
    ratio_text = "" if ratio_to_benchmark is None else say(language, "voc_reason_ratio", ratio=ratio(ratio_to_benchmark, language))
    return say(language, "voc_reason", rate=percent(estimate.get("rate"), language), benchmark=percent(estimate.get("benchmark"), language),
               ratio=ratio_text, low=percent(estimate.get("interval_low"), language), high=percent(estimate.get("interval_high"), language),
               explanation=say(language, key))


def level_explanation(result: Mapping[str, Any], language: str) -> str:
    """What the level means for this product, without the figures (a panel shows them beside it): "significantly
    above the benchmark (the whole interval is above it)"; a product without a level, why it has none."""
    key = REASON_KEYS.get(str(result.get("level")))
    if key is None or result.get("estimate", {}).get("interval_low") is None:
        return level_reason(result, language)
    return say(language, key)


def warning_message(warning: Mapping[str, Any], language: str) -> str:
    """An early warning in words, from its counts; the growth factor is copied from the tool's message."""
    if "last_7_days" not in warning or "previous_7_days" not in warning:
        return str(warning.get("message", ""))
    if warning["previous_7_days"] == 0:
        growth = say(language, "voc_warning_new")
    else:
        found = _GROWTH.search(str(warning.get("message", "")))
        growth = say(language, "voc_warning_growth", growth=found.group(1)) if found else ""
    return say(language, "voc_warning", label=issue_label(language, warning.get("label"), warning.get("tag")),
               last=warning["last_7_days"], previous=warning["previous_7_days"], growth=growth)
