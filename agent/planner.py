"""The deterministic planner: the routed question becomes tool calls, with no model involved."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pydantic import JsonValue

from agent.memory import SessionMemory, ordinal_in, resolve_ordinal
from agent.planning import Plan, PlannedToolCall
from agent.routing import Catalog, Intent, Route, named_products, route, routing_text, strip_entities, strip_marketplace_terms
from agent.understanding import ACCEPT, CUE_BONUS, OUT_OF_REACH, IntentReader
from tools.languages import joined

UNDERPERFORMING = ["Trigger violation", "Did not meet threshold", "Can do better"]
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_UNDERPERFORMING = re.compile(joined("underperforming_words"), re.IGNORECASE)


# What the meaning reader's intents are called in the router.
_READER_INTENTS: dict[str, Intent] = {
    "voc_overview": Intent.VOC_OVERVIEW, "voc_product": Intent.VOC_PRODUCT, "video_overview": Intent.VIDEO_OVERVIEW,
    "video_detail": Intent.VIDEO_DETAIL, "review_assess": Intent.REVIEW_ASSESS, "review_appeal": Intent.REVIEW_APPEAL,
    "review_triage": Intent.REVIEW_TRIAGE, "playbook": Intent.PLAYBOOK, "help": Intent.HELP,
}


_CUE_TO_READER: dict[Intent, str] = {**{intent: name for name, intent in _READER_INTENTS.items()},
                                     Intent.EARLY_WARNINGS: "voc_overview"}


class DeterministicPlanner:
    """Routes a question to the same tools a capable model would call.

    With a meaning reader (`agent.understanding`), the intents come from the nearest exemplars of each
    clause, so a compound question gets every tool it asks for and a question out of reach gets none;
    ids, titles, pasted reviews and "the second one" are still resolved by the router and the memory.
    Without one (tests of the router), the cue words decide as before.
    """

    def __init__(self, catalog: Callable[[], Catalog], *, reader: IntentReader | None = None) -> None:
        self._catalog = catalog
        self._reader = reader

    def plan(self, question: str, memory: SessionMemory) -> Plan:
        catalog = self._catalog()
        cued = _with_reference(route(question, catalog), question, memory, catalog)
        if self._reader is None:
            calls = _calls(cued, question)
            return Plan(intent=cued.intent.value, tool_calls=calls,
                        requires_data=_needs_data(cued.intent) or any(c.name == "voc_overview" for c in calls))
        cue_intent = _CUE_TO_READER.get(cued.intent)
        readings = []
        for reading in self._reader.read(strip_marketplace_terms(strip_entities(routing_text(question), catalog))):
            if cue_intent and any(word.lower() in reading.text.lower() for word in cued.matched):
                reading = reading.favouring(cue_intent, CUE_BONUS)
            if reading.score >= ACCEPT:
                readings.append(reading)
        wanted = list(dict.fromkeys(reading.intent for reading in readings))
        if not wanted:
            # Nothing read with confidence: an id or a pasted review still says what to do; otherwise say
            # what the assistant can do rather than guess.
            has_entity = bool(cued.product_id or cued.video_id or cued.review_id or cued.review_text)
            routed = cued if has_entity else replace(cued, intent=Intent.UNKNOWN)
            return Plan(intent=routed.intent.value, tool_calls=_calls(routed, question), requires_data=_needs_data(routed.intent))
        if all(intent in OUT_OF_REACH for intent in wanted):
            return Plan(intent=wanted[0], tool_calls=[], requires_data=False)
        calls: list[PlannedToolCall] = []
        first: Route | None = None
        for name in wanted:
            if name in OUT_OF_REACH:
                continue
            routed = _with_reference(route(question, catalog, intent=_READER_INTENTS[name]), question, memory, catalog)
            first = first or routed
            for call in _calls(routed, question) + _more_products(routed, question, catalog):
                if call not in calls:
                    calls.append(call)
        assert first is not None
        needs_data = any(call.name not in ("search_playbook", "search_help") for call in calls)
        return Plan(intent=first.intent.value, tool_calls=calls, requires_data=needs_data)


def _more_products(routed: Route, question: str, catalog: Catalog) -> list[PlannedToolCall]:
    """"Compare P-3002 and P-3001": a diagnosis for every product the question names, not only the first."""
    if routed.intent != Intent.VOC_PRODUCT:
        return []
    return [_call("voc_product", product_id=product_id, window_days=routed.window_days)
            for product_id in named_products(question, catalog) if product_id != routed.product_id]


def _needs_data(intent: Intent) -> bool:
    return intent not in (Intent.HELP, Intent.PLAYBOOK, Intent.UNKNOWN)


def _with_reference(routed: Route, question: str, memory: SessionMemory, catalog: Catalog) -> Route:
    """Resolve "the second one" against the entities the previous answer listed."""
    if (routed.product_id or routed.video_id or routed.review_id) and ordinal_in(question) is None:
        return routed  # "this product P-2001" names its own entity; only an ordinal overrides one
    entity = resolve_ordinal(question, memory)
    if entity is None:
        return routed
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
            return [_call("voc_overview", window_days=window, levels=list(r.levels) or None, sort="level", issue=r.issue_tag)]
        case Intent.EARLY_WARNINGS:
            return [_call("voc_overview", window_days=window, sort="level")]
        case Intent.VOC_PRODUCT:
            return [_call("voc_product", product_id=r.product_id, window_days=window)]
        case Intent.VIDEO_OVERVIEW:
            underperforming = _UNDERPERFORMING.search(question)
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
