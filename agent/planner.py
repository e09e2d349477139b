"""The deterministic planner: the routed question becomes tool calls, with no model involved."""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import JsonValue

from agent.memory import SessionMemory, resolve_ordinal
from agent.planning import Plan, PlannedToolCall
from agent.routing import Catalog, Intent, Route, route

UNDERPERFORMING = ["Trigger violation", "Did not meet threshold", "Can do better"]
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


class DeterministicPlanner:
    """Routes a question to the same tools a capable model would call."""

    def __init__(self, catalog: Callable[[], Catalog]) -> None:
        self._catalog = catalog

    def plan(self, question: str, memory: SessionMemory) -> Plan:
        catalog = self._catalog()
        routed = _with_reference(route(question, catalog), question, memory, catalog)
        return Plan(intent=routed.intent.value, tool_calls=_calls(routed, question), requires_data=_needs_data(routed.intent))


def _needs_data(intent: Intent) -> bool:
    return intent not in (Intent.HELP, Intent.PLAYBOOK, Intent.UNKNOWN)


def _with_reference(routed: Route, question: str, memory: SessionMemory, catalog: Catalog) -> Route:
    """Resolve "the second one" against the entities the previous answer listed."""
    entity = resolve_ordinal(question, memory)
    if entity is None:
        return routed
    from dataclasses import replace

    if entity in catalog.products:
        intent = routed.intent if routed.intent in (Intent.VOC_PRODUCT,) else Intent.VOC_PRODUCT
        return replace(routed, intent=intent, product_id=entity)
    if entity in catalog.videos:
        return replace(routed, intent=Intent.VIDEO_DETAIL, video_id=entity)
    if entity in catalog.review_ids:
        intent = routed.intent if routed.intent in (Intent.REVIEW_APPEAL, Intent.REVIEW_ASSESS) else Intent.REVIEW_ASSESS
        return replace(routed, intent=intent, review_id=entity)
    return routed


def _call(name: str, **arguments: JsonValue) -> PlannedToolCall:
    return PlannedToolCall(name=name, arguments={k: v for k, v in arguments.items() if v is not None})


def _calls(r: Route, question: str) -> list[PlannedToolCall]:
    window = r.window_days
    match r.intent:
        case Intent.VOC_OVERVIEW:
            return [_call("voc_overview", window_days=window, levels=list(r.levels) or None, sort="level")]
        case Intent.EARLY_WARNINGS:
            return [_call("voc_overview", window_days=window, sort="level")]
        case Intent.VOC_PRODUCT:
            return [_call("voc_product", product_id=r.product_id, window_days=window)]
        case Intent.VIDEO_OVERVIEW:
            underperforming = re.search(r"under|worst|poor|bad|weak|差|不好|buruk|jelek|kurang", question.lower())
            return [_call("video_overview", statuses=UNDERPERFORMING if underperforming else None,
                          sort="revenue" if underperforming else "recent")]
        case Intent.VIDEO_DETAIL:
            if r.video_id is None:
                return [_call("video_overview")]
            return [_call("video_diagnosis", video_id=r.video_id)]
        case Intent.REVIEW_ASSESS:
            if r.review_id:
                return [_call("review_assess", review_id=r.review_id)]
            if r.review_text:
                return [_call("review_assess_text", text=r.review_text)]
            return [_call("review_triage")]
        case Intent.REVIEW_APPEAL:
            if r.review_id:
                language = "zh" if _CHINESE.search(question) else "en"
                return [_call("review_appeal", review_id=r.review_id, language=language)]
            if r.review_text:
                return [_call("review_assess_text", text=r.review_text)]
            return [_call("review_triage")]
        case Intent.REVIEW_TRIAGE:
            return [_call("review_triage")]
        case Intent.PLAYBOOK:
            return [_call("search_playbook", query=question, tags=[r.issue_tag] if r.issue_tag else None)]
        case Intent.HELP:
            return [_call("search_help", query=question)]
        case Intent.UNKNOWN:
            return []
    return []
