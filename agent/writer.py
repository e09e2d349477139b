"""Writers turn tool records into the answer text.

`Writer` is the offline seam (the lead adds templated writers per intent; `OfflineWriter` is the
generic base). `ModelWriter` asks the chat model, checks its text with the numeric guard, regenerates
once with the guard's findings, and otherwise falls back to an offline writer with a visible note.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from agent.compact import compact_for_model, compact_playbook_text
from agent.guard import GroundingItem, GroundingReport, check_grounding, earlier_evidence
from agent.llm import invoke_text, model_name
from agent.memory import MemoryTurn
from agent.models import KNOWLEDGE_TOOLS, OFFLINE_MODE, Citation, TokenUsage, ToolCallRecord
from agent.offline.messages import answer_language
from agent.planning import Plan
from agent.prompts import DataBlock, Trusted, render_prompt
from agent.retry import RetryPolicy
from agent.vocabulary import Vocabulary
from tools.errors import ModelError
from tools.languages import pack

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

SYSTEM_PROMPT = "system_v1"
ANSWER_PROMPT = "answer_v2"  # v2: the answer language is named (from the question's language pack)
SUMMARY_PROMPT = "summary_v2"


def language_name(code: str) -> str:
    """How a prompt names the answer language: its own name and its English one ("Tiếng Việt (Vietnamese)")."""
    from babel import Locale

    own = pack(code)
    english = Locale.parse(own.locale).get_language_name("en")
    return own.name if own.name == english else f"{own.name} ({english})"
REGENERATE_PROMPT = "regenerate_v1"
_CITED_ID = re.compile(r"\[([A-Za-z][A-Za-z0-9_.:\-]*)\]")


class Writer(Protocol):
    def write(
        self,
        question: str,
        plan: Plan,
        tool_records: Sequence[ToolCallRecord],
        citations: Sequence[Citation],
        history: Sequence[MemoryTurn],
    ) -> str: ...


class WrittenAnswer(BaseModel):
    """The text plus what the service reports about how it was written."""

    model_config = ConfigDict(extra="forbid")

    text: str
    mode: str = OFFLINE_MODE
    notes: list[str] = Field(default_factory=list)
    usage: TokenUsage = Field(default_factory=TokenUsage)


def grounding_evidence(tool_records: Sequence[ToolCallRecord], citations: Sequence[Citation]) -> list[JsonValue]:
    """What an answer may take values from: successful tool results and the cited entries' text."""
    evidence: list[JsonValue] = [record.result for record in tool_records if record.ok]
    evidence.extend(citation.model_dump(mode="json") for citation in citations)
    return evidence


def check_answer(
    text: str,
    question: str,
    tool_records: Sequence[ToolCallRecord],
    citations: Sequence[Citation],
    *,
    vocabulary: Vocabulary | None = None,
    language: str = "en",
    earlier: Sequence[str] = (),
) -> GroundingReport:
    """The numeric guard plus a citation check: bracketed ids must be entries the answer was given. `earlier`: the
    conversation's earlier answers, whose figures and labels the answer may repeat."""
    evidence = grounding_evidence(tool_records, citations) + earlier_evidence(earlier, vocabulary)
    report = check_grounding(text, evidence, question=question, vocabulary=vocabulary, language=language)
    if not written_in(text, language):
        report.unsupported.append(GroundingItem(kind="language", text=f"the answer is not written in {language_name(language)}"))
    if looks_degenerate(text):
        report.unsupported.append(GroundingItem(kind="repetition", text="the answer keeps repeating itself"))
    if (first := named_out_of_rank(text, tool_records)) is not None:
        report.unsupported.append(GroundingItem(kind="order", text=first))
    known = {citation.id for citation in citations}
    if not known & set(_CITED_ID.findall(text)) and says_nothing_found(text, report, tool_records):
        report.unsupported.append(GroundingItem(kind="empty", text="the answer states nothing the tools found"))
    for cited in _CITED_ID.findall(text):
        if cited not in known:
            report.unsupported.append(GroundingItem(kind="citation", text=f"[{cited}]"))
    return report


def _strings_at(node: JsonValue, wanted: Callable[[str], bool]) -> Iterator[str]:
    """The string values of a tool result under the keys `wanted` accepts, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and wanted(key):
                yield value.strip()
            else:
                yield from _strings_at(value, wanted)
    elif isinstance(node, list):
        for value in node:
            yield from _strings_at(value, wanted)


def named_out_of_rank(text: str, tool_records: Sequence[ToolCallRecord]) -> str | None:
    """Which product to fix first is the tools' to decide (most severe level, then highest GMV): an answer that names
    products of the shop's unfiltered ranking must name its first one first. A model listed products with early
    warnings as the ones to fix first. Returns what is wrong, or None."""
    for record in tool_records:
        result = record.result
        if record.name != "voc_overview" or record.error is not None or not isinstance(result, dict) or \
                record.arguments.get("issue") or record.arguments.get("levels"):
            continue
        ranked = [str(item["product_id"]) for item in result.get("products") or [] if isinstance(item, dict) and item.get("product_id")]
        if not ranked:
            continue
        positions = [(match.start(), product) for product in set(_strings_at(result, lambda key: key == "product_id"))
                     for match in [re.search(rf"(?<![\w-]){re.escape(product)}(?![\w-])", text, re.IGNORECASE)] if match]
        if positions and (first := min(positions)[1]) != ranked[0]:
            return f"{first} is named first, but the tools rank {ranked[0]} first"
    return None


def says_nothing_found(text: str, report: GroundingReport, tool_records: Sequence[ToolCallRecord]) -> bool:
    """A reply that states nothing the tools found ("Sorry, I can't help you with this."), to a question they answered
    from the shop's data: no number, date, label or decision the guard read, and no item of the results named (an
    answer citing an entry it was given states that entry's advice)."""
    found = [record.result for record in tool_records if record.error is None and record.name not in KNOWLEDGE_TOOLS]
    if not found or report.checked:
        return False
    lowered = text.lower()
    # What an answer about the results names: their ids and titles.
    named = _strings_at(found, lambda key: key.endswith("_id") or key == "title")
    return not any(item.lower() in lowered for item in named if len(item) >= 3)


def present_citations(text: str, citations: Sequence[Citation]) -> str:
    """Cited entries as a seller reads them: the title, linked to the entry ("[Kitchen orders delayed](#pb-…)"),
    never a bare id. Runs after the guard, which reads the bracketed ids a model writes."""
    for citation in sorted(citations, key=lambda c: len(c.id), reverse=True):
        link = f"[{citation.title}](#{citation.id})"
        text = text.replace(f"[{citation.id}] {citation.title}", link).replace(f"[{citation.id}]", link)
    return text


_HAN = re.compile(r"[\u3400-\u9fff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LETTER = re.compile(r"[^\W\d_]")
_NOT_PROSE = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|\[[^\]]*\]\([^)]*\)|\[[^\]]*\]|[A-Za-z]+-[A-Za-z0-9-]+")
MIN_OWN_SCRIPT = 0.3  # of an answer's letters, outside quotes and ids
_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n+")
MIN_READ_LETTERS = 60  # letters in sentences whose language is read, before the answer's language is judged


def written_in(text: str, language: str) -> bool:
    """Whether an answer is written in the language: Chinese and Thai answers mostly in their own script; the
    Latin-script languages' answers not mostly in Chinese or Thai, and mostly in sentences read as that language
    (quotes and ids aside). A small model answering a Thai or an Indonesian question in English fails here and
    the answer comes offline, in the seller's language."""
    prose = _NOT_PROSE.sub(" ", text)
    letters = len(_LETTER.findall(prose))
    if letters < 20:
        return True
    han, thai = len(_HAN.findall(prose)), len(_THAI.findall(prose))
    if language == "zh":
        return han / letters >= MIN_OWN_SCRIPT
    if language == "th":
        return thai / letters >= MIN_OWN_SCRIPT
    if (han + thai) / letters >= MIN_OWN_SCRIPT:
        return False
    return _latin_share(prose, language) >= MIN_OWN_SCRIPT


def _latin_share(prose: str, language: str) -> float:
    """The share of the prose's letters in sentences read as `language`, among sentences read as one of the
    Latin-script languages. A small model answering an Indonesian question in English writes sentences read as
    English; the products' titles and the marketplace's level names, in English in every answer, are too short
    to be read as any language. 1.0 when too little is read to tell."""
    from tools.tagging.language import detect_language

    counts: dict[str, int] = {}
    for sentence in _SENTENCE.split(prose):
        read = detect_language(sentence)
        if read not in ("und", "zh", "th"):
            counts[read] = counts.get(read, 0) + len(_LETTER.findall(sentence))
    total = sum(counts.values())
    return 1.0 if total < MIN_READ_LETTERS else counts.get(language, 0) / total


def cited_ids(text: str, citations: Sequence[Citation]) -> list[str]:
    """Ids of the given entries that the answer actually mentions, in the order given."""
    return [citation.id for citation in citations if citation.id in text]


_WORDS = re.compile(r"\w+", re.UNICODE)


def looks_degenerate(text: str, *, span: int = 6, repeats: int = 3) -> bool:
    """True when the same run of `span` words comes back `repeats` times: a small model in a loop."""
    words = [w.lower() for w in _WORDS.findall(text)]
    seen: dict[tuple[str, ...], int] = {}
    for start in range(len(words) - span + 1):
        key = tuple(words[start:start + span])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] >= repeats:
            return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")


def first_sentences(text: str, limit: int = 3) -> str:
    return " ".join(_SENTENCE_END.split(text.strip())[:limit])


def with_sources(text: str, citations: Sequence[Citation]) -> str:
    """Append the playbook entries an answer drew on when the model forgot to cite them.

    The model was given these entries as the only source of suggested actions, so naming them is
    accurate; small models often drop the bracketed ids.
    """
    playbook = [c for c in citations if c.id.startswith("pb-")]
    if not playbook or any(c.id in text for c in playbook):
        return text
    return text.rstrip() + "\n\nSources: " + "; ".join(f"[{c.title}](#{c.id})" for c in playbook)


class OfflineWriter:
    """Generic, readable rendering of any tool results; values are copied verbatim, so it is always grounded."""

    max_list_items = 5

    def write(
        self,
        question: str,
        plan: Plan,
        tool_records: Sequence[ToolCallRecord],
        citations: Sequence[Citation],
        history: Sequence[MemoryTurn],
    ) -> str:
        lines: list[str] = []
        if not tool_records and plan.requires_data:
            lines.append("I could not find data to answer that yet. Try naming a product, video or review id.")
        for record in tool_records:
            lines.append(f"{_humanise(record.name)}:")
            if record.error is not None:
                lines.append(f"- could not get this: {record.error}")
            else:
                lines.extend(self.render_result(record.result))
        if citations:
            lines.append("What worked for other sellers:")
            lines.extend(f"- [{citation.id}] {citation.title}" for citation in citations)
        return "\n".join(lines).strip()

    def render_result(self, result: JsonValue, *, indent: str = "") -> list[str]:
        if isinstance(result, dict):
            lines = []
            for key, value in result.items():
                if isinstance(value, dict | list) and value:
                    lines.append(f"{indent}- {_humanise(key)}:")
                    lines.extend(self.render_result(value, indent=indent + "  "))
                else:
                    lines.append(f"{indent}- {_humanise(key)}: {_scalar(value)}")
            return lines
        if isinstance(result, list):
            lines = []
            for position, item in enumerate(result[: self.max_list_items], start=1):
                if isinstance(item, dict | list):
                    lines.append(f"{indent}- item {position}:")
                    lines.extend(self.render_result(item, indent=indent + "  "))
                else:
                    lines.append(f"{indent}- {_scalar(item)}")
            if len(result) > self.max_list_items:
                lines.append(f"{indent}- and {len(result) - self.max_list_items} more")
            return lines
        return [f"{indent}- {_scalar(result)}"]


def _humanise(key: str) -> str:
    return key.replace("_", " ").strip().capitalize()


def _scalar(value: JsonValue) -> str:
    if value is None or value == [] or value == {}:
        return "-"
    return str(value)


class ModelWriter:
    """Writes with the chat model; guarded, regenerated once, and falling back to `fallback` when it must."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        retry_policy: RetryPolicy,
        fallback: Writer | None = None,
        vocabulary: Vocabulary | None = None,
        answer_style: Literal["full", "summary"] = "full",
    ) -> None:
        self._model = model
        self._retry_policy = retry_policy
        self._fallback: Writer = fallback or OfflineWriter()
        self._vocabulary = vocabulary
        self._answer_style = answer_style

    def write(
        self,
        question: str,
        plan: Plan,
        tool_records: Sequence[ToolCallRecord],
        citations: Sequence[Citation],
        history: Sequence[MemoryTurn],
    ) -> str:
        return self.compose(question, plan, tool_records, citations, history).text

    def _written(self, text, question, plan, tool_records, citations, history, usage) -> WrittenAnswer:  # type: ignore[no-untyped-def]
        if self._answer_style == "summary":
            # A weak model writes only the summary; the details come from the templates, so every
            # listed item, level and number is exactly what the tools computed.
            body = self._fallback.write(question, plan, tool_records, citations, history)
            text = f"{first_sentences(text)}\n\n{body}"
        return WrittenAnswer(text=text, mode=model_name(self._model), usage=usage)

    def compose(
        self,
        question: str,
        plan: Plan,
        tool_records: Sequence[ToolCallRecord],
        citations: Sequence[Citation],
        history: Sequence[MemoryTurn],
    ) -> WrittenAnswer:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        summary = self._answer_style == "summary"
        messages = [
            SystemMessage(render_prompt(SYSTEM_PROMPT)),
            HumanMessage(answer_prompt(question, plan, tool_records, citations, history,
                                       prompt=SUMMARY_PROMPT if summary else ANSWER_PROMPT)),
        ]
        usage = TokenUsage()
        try:
            text, spent = invoke_text(self._model, messages, self._retry_policy)
            usage = usage.plus(spent)
            report = check_answer(text, question, tool_records, citations, vocabulary=self._vocabulary,
                                  language=answer_language(question, plan), earlier=[turn.answer for turn in history])
            if report.ok:
                return self._written(text, question, plan, tool_records, citations, history, usage)
            messages += [
                AIMessage(text),
                HumanMessage(render_prompt(REGENERATE_PROMPT, findings=DataBlock("guard_findings", report.describe()))),
            ]
            text, spent = invoke_text(self._model, messages, self._retry_policy)
            usage = usage.plus(spent)
            report = check_answer(text, question, tool_records, citations, vocabulary=self._vocabulary,
                                  language=answer_language(question, plan), earlier=[turn.answer for turn in history])
            if report.ok:
                return self._written(text, question, plan, tool_records, citations, history, usage)
            unsupported = ", ".join(item.text for item in report.unsupported[:5])
            note = f"the model's answer did not pass the checks ({unsupported}); answered offline"
        except ModelError as exc:
            note = f"{exc}; answered offline"
        offline_text = self._fallback.write(question, plan, tool_records, citations, history)
        return WrittenAnswer(text=offline_text, mode=OFFLINE_MODE, notes=[note], usage=usage)


def answer_prompt(
    question: str,
    plan: Plan,
    tool_records: Sequence[ToolCallRecord],
    citations: Sequence[Citation],
    history: Sequence[MemoryTurn],
    *,
    prompt: str = ANSWER_PROMPT,
) -> str:
    """The writer's user message: every untrusted or tool-derived value inside a data block."""
    return render_prompt(
        prompt,
        intent=Trusted(plan.intent),
        answer_language=Trusted(language_name(answer_language(question, plan))),
        question=DataBlock("question", question),
        history=history_blocks(history),
        tool_results=[
            DataBlock(f"tool:{record.name}:{position}", tool_record_json(record))
            for position, record in enumerate(tool_records, start=1)
        ],
        playbook=citation_blocks(citations),
    )


def tool_record_json(record: ToolCallRecord) -> str:
    payload = {"tool": record.name, "arguments": record.arguments}
    payload |= {"error": record.error} if record.error is not None else {"result": compact_for_model(record.result)}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def history_blocks(history: Sequence[MemoryTurn]) -> list[DataBlock]:
    return [
        DataBlock(f"turn{position}", f"Seller: {turn.question}\nAssistant: {turn.answer}")
        for position, turn in enumerate(history, start=1)
    ]


def citation_blocks(citations: Sequence[Citation]) -> list[DataBlock]:
    return [DataBlock(citation.id, f"{citation.title}\n{compact_playbook_text(citation.text)}".strip()) for citation in citations]
