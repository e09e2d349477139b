"""One chat turn, end to end: plan, run tools, retrieve playbook entries, write, remember.

Planner choice: with a model that can call tools (`settings.llm_tool_calling`), the tool-calling
planner goes first; when the model fails, or answers without tools where data was needed, the
deterministic planner's plan runs instead. Writer choice: the model's own final answer if it passes
the guard, else the model writer (guarded, regenerates once), else the offline writer. Every fallback
leaves a note; a model failure never reaches the seller as a stack trace.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from agent.domain.knowledge_tools import localized_citations
from agent.llm import build_chat_model
from agent.memory import ConversationMemory, MemoryTurn, SessionMemory, resolve_ordinal
from agent.models import OFFLINE_MODE, AgentTurn, Citation, TokenUsage, ToolCallRecord
from agent.offline.messages import answer_language, say
from agent.planning import Plan, Planner
from agent.prompts import neutralise_delimiters
from agent.retry import RetryPolicy, retry_policy_from_settings
from agent.tool_agent import ToolCallingPlanner, build_tool_calling_planner
from agent.toolbox import Toolbox
from agent.vocabulary import Vocabulary
from agent.writer import ModelWriter, OfflineWriter, Writer, check_answer, cited_ids, present_citations, with_sources
from tools.errors import ModelError
from tools.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

ENTITY_KEYS = ("product_id", "video_id", "review_id", "item_id")


class KnowledgeSource(Protocol):
    """Playbook/help retrieval (the vectorstore adapter implements this)."""

    def lookup(self, question: str, *, intent: str, tool_records: Sequence[ToolCallRecord]) -> list[Citation]: ...


EntityExtractor = Callable[[Sequence[ToolCallRecord]], list[str]]
# The one thing a turn's answer put forward, if any ("Fix first P-3002"): what "that one" means next.
LeadFinder = Callable[[Sequence[ToolCallRecord]], str | None]


def no_lead(tool_records: Sequence[ToolCallRecord]) -> str | None:
    return None


def mentioned_entities(tool_records: Sequence[ToolCallRecord]) -> list[str]:
    """Entity ids in the order the results list them (what "the second one" counts over)."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ENTITY_KEYS and isinstance(item, str) and item not in found:
                    found.append(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for record in tool_records:
        if record.ok:
            walk(record.result)
    return found


def plan_about(plan: Plan) -> list[str]:
    """The products, videos and reviews a plan's calls are about, in the order they are called."""
    return list(dict.fromkeys(value for call in plan.tool_calls for key in ("product_id", "video_id", "review_id")
                              if isinstance(value := call.arguments.get(key), str)))


def plan_subject(plan: Plan, records: Sequence[ToolCallRecord] = ()) -> str | None:
    """The one product, video or review a plan's calls are about (None for none, or for several). A video diagnosed
    beside the product it sells counts as one: the video ("that clip saying 0-100%, why is it in trouble", answered
    with the video and its charger; "the thing it's selling" then names the charger)."""
    about = plan_about(plan)
    if len(about) == 2:
        for record in records:
            video = record.arguments.get("video_id")
            if record.name != "video_diagnosis" or not record.ok or video not in about or not isinstance(record.result, dict):
                continue
            sold = record.result.get("products")
            if isinstance(sold, list) and any(isinstance(product, dict) and product.get("product_id") in about and
                                              product.get("product_id") != video for product in sold):
                return str(video)
    return about[0] if len(about) == 1 else None


class _Stopwatch:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._started = time.perf_counter()

    def lap(self, name: str, since: float) -> None:
        self.timings[name] = round(self.timings.get(name, 0.0) + (time.perf_counter() - since) * 1000.0, 3)

    def finish(self) -> dict[str, float]:
        self.timings["total_ms"] = round((time.perf_counter() - self._started) * 1000.0, 3)
        return self.timings


_HINT_ARGUMENTS = ("product_id", "video_id", "review_id", "window_days")
# Asks the first reading finds out of reach: with no tool called, only the offline answer (what the assistant can do,
# or what the seller can do instead) is given, never a model's words about something else.
_SAID_OFFLINE = ("offtopic", "out_of_scope")
# A first reading that calls no tool is a hint too: without it a model given tools tends to call one for anything
# ("what's the weather in Jakarta" got the shop's levels), and the shop's figures are then an unrelated answer.
_NO_TOOL_HINTS = {
    "offtopic": "A first reading of the question (by the offline planner) finds it is not about the shop's products, "
                "videos or reviews. Call no tool unless it clearly asks about them; say in one or two sentences "
                "what you can help with.",
    "out_of_scope": "A first reading of the question (by the offline planner) finds it asks for an action in the "
                    "marketplace that the tools cannot take (prices, ads, messages, refunds, deleting). Call no tool "
                    "unless it also asks about the shop's data; say what the seller can do instead.",
}


def plan_hint(plan: Plan) -> str | None:
    """The offline reading of the question as a hint for the model: tool names and the store ids they are
    about (ids come from the store's catalogue, never the seller's raw words, so the hint is trusted)."""
    if not plan.tool_calls:
        return _NO_TOOL_HINTS.get(plan.intent)
    calls = []
    for call in plan.tool_calls:
        arguments = ", ".join(f"{key}={call.arguments[key]!s}" for key in _HINT_ARGUMENTS if key in call.arguments)
        calls.append(f"{call.name}({arguments})")
    return ("A first reading of the question (by the offline planner) suggests: " + "; ".join(calls)
            + ". Call these unless the question clearly asks for something else.")


class AgentService:
    def __init__(
        self,
        *,
        toolbox: Toolbox,
        planner: Planner,
        offline_writer: Writer,
        tool_planner: ToolCallingPlanner | None = None,
        model_writer: ModelWriter | None = None,
        knowledge_base: KnowledgeSource | None = None,
        memory: ConversationMemory | None = None,
        entity_extractor: EntityExtractor = mentioned_entities,
        lead_finder: LeadFinder = no_lead,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.toolbox = toolbox
        self.memory = memory or ConversationMemory()
        self._planner = planner
        self._offline_writer = offline_writer
        self._tool_planner = tool_planner
        self._model_writer = model_writer
        self._knowledge_base = knowledge_base
        self._entity_extractor = entity_extractor
        self._lead_finder = lead_finder
        self._vocabulary = vocabulary

    def ask(self, question: str, *, session_id: str = "default") -> AgentTurn:
        stopwatch = _Stopwatch()
        session = self.memory.session(session_id)
        notes: list[str] = []
        usage = TokenUsage()

        started = time.perf_counter()
        plan = self._planner.plan(question, session)
        language = answer_language(question, plan)
        stopwatch.lap("plan_ms", started)

        records: list[ToolCallRecord] | None = None
        citations: list[Citation] = []
        answer: str | None = None
        mode = OFFLINE_MODE
        model_failed = False
        out_of_reach = plan.intent in _SAID_OFFLINE

        if self._tool_planner is not None:
            citations = self._lookup(question, plan, [], notes, stopwatch, language)
            started = time.perf_counter()
            try:
                result = self._tool_planner.run(
                    question,
                    requires_data=plan.requires_data,
                    history=session.turns,
                    citations=citations,
                    reference_hint="\n".join(filter(None, (reference_hint(question, session), plan_hint(plan)))),
                )
            except ModelError as exc:
                model_failed = True
                notes.append(f"{exc}; answered offline")
            else:
                usage = usage.plus(result.usage)
                if result.answered_without_data:
                    notes.append("the model answered without looking at your data; used the built-in planner")
                elif out_of_reach and not result.tool_records:
                    # A model that calls no tool for an off-topic or out-of-scope ask writes from nothing ("the weather
                    # in Manila tomorrow is expected to be cloudy"): the answer is the offline one, what we can do.
                    records = []
                    notes.append("the question is not about your shop's data; answered with what the assistant can do")
                else:
                    records = result.tool_records
                    if result.final_text and not result.hit_call_limit:
                        report = check_answer(result.final_text, question, records, citations, vocabulary=self._vocabulary,
                                              language=language, earlier=[turn.answer for turn in session.turns])
                        if report.ok:
                            answer, mode = result.final_text, self._tool_planner.model_label
            stopwatch.lap("agent_ms", started)

        if records is None:
            started = time.perf_counter()
            records = [self.toolbox.call(call.name, call.arguments) for call in plan.tool_calls]
            stopwatch.lap("tools_ms", started)
            citations = self._lookup(question, plan, records, notes, stopwatch, language)

        if answer is None:
            started = time.perf_counter()
            if self._model_writer is not None and not model_failed and not (out_of_reach and not records):
                written = self._model_writer.compose(question, plan, records, citations, session.turns)
                answer, mode = written.text, written.mode
                notes.extend(written.notes)
                usage = usage.plus(written.usage)
            else:
                answer = self._offline_writer.write(question, plan, records, citations, session.turns)
            stopwatch.lap("write_ms", started)

        if plan.declined_act and records:
            # "Refund R-1's buyer for me. Was the product bad?": the question is answered, the refund is not done.
            answer = f"{say(language, 'out_of_scope_part')}\n\n{answer}"
        if mode != OFFLINE_MODE:
            answer = with_sources(answer, citations)
        answer = present_citations(answer, citations)
        session.add(
            MemoryTurn(question=question, answer=answer, intent=plan.intent, entities=self._entity_extractor(records),
                       subject=plan_subject(plan, records), about=plan_about(plan), lead=self._lead_finder(records))
        )
        return AgentTurn(
            answer=answer,
            tool_calls=records,
            citations=(cited := cited_ids(answer, citations)),
            citation_titles=[next(c.title for c in citations if c.id == cid) for cid in cited],
            mode=mode,
            language=language,
            intent=plan.intent,
            notes=notes,
            timings=stopwatch.finish(),
            usage=usage,
        )

    def _lookup(
        self, question: str, plan: Plan, records: Sequence[ToolCallRecord], notes: list[str], stopwatch: _Stopwatch,
        language: str,
    ) -> list[Citation]:
        """The entries backing the answer, as a seller reading the answer's language is shown them."""
        if self._knowledge_base is None:
            return []
        started = time.perf_counter()
        try:
            found = self._knowledge_base.lookup(question, intent=plan.intent, tool_records=records)
            return localized_citations(found, language)
        except Exception as exc:  # the playbook is a bonus; an answer without it is still correct
            notes.append(f"playbook unavailable ({exc.__class__.__name__}); answered without success cases")
            return []
        finally:
            stopwatch.lap("knowledge_ms", started)


def reference_hint(question: str, session: SessionMemory) -> str | None:
    """A line for the model saying which listed item "the second one" means (resolved by our code)."""
    entity = resolve_ordinal(question, session)
    if entity is None:
        return None
    return f"In this question, the ordinal reference means {neutralise_delimiters(entity)[:64]} from the previous answer."


def build_agent_service(
    settings: Settings,
    *,
    toolbox: Toolbox,
    planner: Planner,
    model: BaseChatModel | None = None,
    knowledge_base: KnowledgeSource | None = None,
    offline_writer: Writer | None = None,
    retry_policy: RetryPolicy | None = None,
    memory: ConversationMemory | None = None,
    vocabulary: Vocabulary | None = None,
    entity_extractor: EntityExtractor = mentioned_entities,
    lead_finder: LeadFinder = no_lead,
) -> AgentService:
    """Wire the service: a model from settings unless one is passed; no key means fully offline."""
    chat_model = model if model is not None else build_chat_model(settings)
    policy = retry_policy or retry_policy_from_settings(settings)
    writer = offline_writer or OfflineWriter()
    tool_planner = None
    model_writer = None
    if chat_model is not None:
        if settings.llm_tool_calling:
            tool_planner = build_tool_calling_planner(settings, toolbox, model=chat_model, retry_policy=policy)
        model_writer = ModelWriter(chat_model, retry_policy=policy, fallback=writer, vocabulary=vocabulary,
                                   answer_style=settings.llm_answer_style)
    return AgentService(
        toolbox=toolbox,
        planner=planner,
        offline_writer=writer,
        tool_planner=tool_planner,
        model_writer=model_writer,
        knowledge_base=knowledge_base,
        memory=memory,
        vocabulary=vocabulary,
        entity_extractor=entity_extractor,
        lead_finder=lead_finder,
    )
