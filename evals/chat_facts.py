"""Facts an answer must (and must not) state, read from a real tool result.

`evals/build_chat_cases.py` runs each case's expected tool on the pinned demo and passes the JSON
result here; nothing in the chat dataset's facts is typed by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from evals.cases import Fact

VOC_LEVELS = ("At Risk", "Needs Attention", "Market Average", "Below Average")
VIDEO_STATUSES = ("Trigger violation", "Did not meet threshold", "Can do better", "Good performance", "In evaluation")
MALICIOUS = ("repeat_negative", "coercive", "competitor", "traffic_diversion", "wrong_product", "invalid")

Result = dict[str, Any]
FactPair = tuple[list[Fact], list[Fact]]


def _level(value: str, source: str) -> Fact:
    return Fact(kind="level", value=value, forms=[value.upper().replace(" ", "_")], source=source)


def _category(value: str, source: str) -> Fact:
    forms = ["genuine complaint"] if value == "not_malicious" else [value.replace("_", " ")]
    return Fact(kind="category", value=value, forms=forms, source=source)


def voc_product_facts(result: Result) -> FactPair:
    source = f"voc_product({result['product_id']})"
    must = [Fact(kind="product_id", value=result["product_id"], source=f"{source}.product_id"),
            Fact(kind="product_title", value=result["title"], source=f"{source}.title")]
    if result["level"] != "-":
        must.append(_level(result["level"], f"{source}.level"))
    top = next((issue for issue in result["issues"] if issue.get("highlighted")), None)
    if top is not None:
        must.append(Fact(kind="issue", value=top["label"], forms=[top["tag"]], source=f"{source}.issues[highlighted].label"))
    previous = (result.get("previous") or {}).get("level")
    warned = {warning.get("label") for warning in result.get("early_warnings", [])}
    allowed = {result["level"], previous}
    must_not = [_level(level, f"{source}: neither current nor previous level") for level in VOC_LEVELS if level not in allowed]
    return must, [fact for fact in must_not if fact.value not in warned]


def voc_overview_facts(result: Result, *, top: int = 3) -> FactPair:
    rows = result["products"][:top]
    must = [Fact(kind="product_id", value=row["product_id"], source=f"voc_overview.products[{n}].product_id") for n, row in enumerate(rows)]
    must += [_level(level, "voc_overview.products[*].level") for level in dict.fromkeys(row["level"] for row in rows) if level != "-"]
    return must, []


def early_warning_facts(result: Result) -> FactPair:
    warnings = result["early_warnings"][:2]
    must = [Fact(kind="product_id", value=w["product_id"], source=f"voc_overview.early_warnings[{n}].product_id") for n, w in enumerate(warnings)]
    must += [Fact(kind="issue", value=w["label"], forms=[w["tag"]], source=f"voc_overview.early_warnings[{n}].label") for n, w in enumerate(warnings)]
    return must, []


def healthy_excluded(all_products: list[Result]) -> list[Fact]:
    """Below-Average products must not appear in a "fix first" answer."""
    return [Fact(kind="product_id", value=row["product_id"], source="voc_overview(all).level == Below Average")
            for row in all_products if row["level"] == "Below Average"][:3]


def video_diagnosis_facts(result: Result) -> FactPair:
    source = f"video_diagnosis({result['video_id']})"
    must = [Fact(kind="video_id", value=result["video_id"], source=f"{source}.video_id"),
            Fact(kind="status", value=result["status"], source=f"{source}.status")]
    must_not = [Fact(kind="status", value=status, source=f"{source}: another status")
                for status in VIDEO_STATUSES if status != result["status"]]
    return must, must_not


def video_overview_facts(result: Result, *, top: int = 3) -> FactPair:
    rows = result["videos"][:top]
    must = [Fact(kind="video_id", value=row["video_id"], source=f"video_overview.videos[{n}].video_id") for n, row in enumerate(rows)]
    must += [Fact(kind="status", value=s, source="video_overview.videos[*].status") for s in dict.fromkeys(row["status"] for row in rows)]
    return must, []


def review_assess_facts(result: Result) -> FactPair:
    assessment, eligibility = result["assessment"], result["eligibility"]
    source = f"review_assess({result['review_id']})"
    category = assessment["category"]
    must = [Fact(kind="review_id", value=result["review_id"], source=f"{source}.review_id"), _category(category, f"{source}.assessment.category")]
    if category != "not_malicious":
        must.append(Fact(kind="eligibility", value=eligibility["last_reportable_day"], source=f"{source}.eligibility.last_reportable_day"))
    must_not = [_category(other, f"{source}: another category") for other in (*MALICIOUS, "not_malicious")
                if other != category and other not in assessment.get("secondary", [])]
    return must, must_not


def review_text_facts(result: Result) -> FactPair:
    category = result["category"]
    must = [_category(category, "review_assess_text.category")]
    must_not = [_category(other, "review_assess_text: another category") for other in MALICIOUS
                if other != category and other not in result.get("secondary", [])]
    return must, must_not


def review_appeal_facts(result: Result) -> FactPair:
    source = f"review_appeal({result['review_id']})"
    outcome = result["outcome"]
    must = [Fact(kind="review_id", value=result["review_id"], source=f"{source}.review_id")]
    if outcome == "draft":
        must.append(_category(result["draft"]["category"], f"{source}.draft.category"))
        return must, [_category("not_malicious", f"{source}: drafted, so not genuine")]
    if outcome == "genuine_complaint":
        return [*must, _category("not_malicious", f"{source}.outcome")], [_category(c, f"{source}: genuine") for c in MALICIOUS]
    last_day = result["eligibility"]["last_reportable_day"]
    return [*must, Fact(kind="eligibility", value=last_day, source=f"{source}.eligibility.last_reportable_day")], []


def review_triage_facts(result: Result) -> FactPair:
    groups = [group for group in result["groups"] if group["category"] != "not_malicious" and group["count"] > 0]
    must = [_category(group["category"], "review_triage.groups[*].category") for group in groups]
    return must, []


def knowledge_facts(result: Result) -> FactPair:
    entries = result["entries"][:1]
    return [Fact(kind="text", value=entry["id"], source=f"search_{result['collection']}.entries[0].id") for entry in entries], []


FACTS_BY_TOOL: dict[str, Callable[[Result], FactPair]] = {
    "voc_product": voc_product_facts,
    "voc_overview": voc_overview_facts,
    "video_diagnosis": video_diagnosis_facts,
    "video_overview": video_overview_facts,
    "review_assess": review_assess_facts,
    "review_assess_text": review_text_facts,
    "review_appeal": review_appeal_facts,
    "review_triage": review_triage_facts,
    "search_help": knowledge_facts,
    "search_playbook": knowledge_facts,
}
