"""The offline writer: picks a template by tool, appends playbook actions and help links."""

from __future__ import annotations

from collections.abc import Sequence

from agent.domain.knowledge_tools import localized_citations
from agent.memory import MemoryTurn
from agent.models import KNOWLEDGE_TOOLS, Citation, ToolCallRecord
from agent.offline import reviews, video, voc
from agent.offline.format import first_paragraph, help_excerpt, help_links, suggested_actions
from agent.offline.messages import Language, answer_language, say, step_title
from agent.planning import Plan
from agent.writer import OfflineWriter


class TemplateWriter(OfflineWriter):
    """Readable answers from templates, in the question's language (any pack's; English otherwise).

    Every value is copied from a tool result or a playbook entry; playbook actions are quoted from the entry as its
    language's pack writes it (English when the pack has no translation).
    """

    def write(
        self,
        question: str,
        plan: Plan,
        tool_records: Sequence[ToolCallRecord],
        citations: Sequence[Citation],
        history: Sequence[MemoryTurn],
    ) -> str:
        language = answer_language(question, plan)
        if not tool_records and plan.intent in ("unknown", "smalltalk", "offtopic", "out_of_scope"):
            # Off-topic (a greeting included) gets what the assistant can do; a task it cannot do is said so first.
            lead = say(language, "out_of_scope") + "\n\n" if plan.intent == "out_of_scope" else ""
            if plan.declined_review:  # "delete R-1": only the platform removes a review, after a report
                lead += say(language, "out_of_scope_review", review_id=plan.declined_review) + "\n\n"
            return lead + say(language, "capabilities")
        lines: list[str] = []
        # A check answered together with its draft does not end by telling the seller to ask for the draft.
        drafted = {say(language, "review_next", review_id=r.arguments.get("review_id"))
                   for r in tool_records if r.name == "review_appeal" and r.ok}
        for record in tool_records:
            if record.error is not None:
                lines.append(_failure(record, language))
                continue
            lines.extend(line for line in self._render(record, plan, language) if line not in drafted)
        if any(r.ok and r.name not in KNOWLEDGE_TOOLS for r in tool_records):
            lines += suggested_actions(citations, language=language)
        lines += help_links(citations, language=language) if plan.intent not in ("help",) else []
        return "\n".join(lines).strip() or say(language, "capabilities")

    def _render(self, record: ToolCallRecord, plan: Plan, language: Language) -> list[str]:
        result = record.result if isinstance(record.result, dict) else {}
        match record.name:
            case "voc_overview":
                return voc.overview(result, language=language, warnings_only=plan.intent == "early_warnings")
            case "voc_product":
                return voc.product(result, language=language)
            case "video_overview":
                return video.overview(result, language=language)
            case "video_diagnosis":
                return video.diagnosis(result, language=language)
            case "review_assess" | "review_assess_text":
                return reviews.assessment(result, language=language)
            case "review_appeal":
                return reviews.appeal(result, language=language)
            case "review_triage":
                return reviews.triage(result, language=language)
            case "search_playbook" | "search_help":
                return _knowledge(result, language)
        return self.render_result(record.result)


def _knowledge(result: dict, language: Language) -> list[str]:
    entries = result.get("entries", [])
    if not entries:
        return [say(language, "knowledge_none")]
    intro = say(language, "knowledge_intro")
    lines = [intro] if intro else []
    for entry in entries[:3]:
        [citation] = localized_citations([Citation(id=entry["id"], title=entry["title"], text=entry["text"])], language)
        if result.get("collection") != "playbook":
            lines += [f"**[{citation.title}](#{citation.id})**", ""]
        if result.get("collection") == "playbook":
            lines += suggested_actions([citation], language=language, heading_key="playbook_actions_heading")[2:]
        elif entry is entries[0]:
            lines.append(help_excerpt(citation))
        else:
            lines.append(first_paragraph(citation))
        lines.append("")
    return lines


def _failure(record: ToolCallRecord, language: Language) -> str:
    """A failed call in the seller's words: an id the shop's data does not hold is said so, with what to do;
    a problem with the seller's data is said in the data check's words; anything else is ours, said as such,
    never as an exception's name or a command line."""
    if record.error and record.error.startswith("NotFoundError"):
        for kind in ("product", "video", "review"):
            if (item := record.arguments.get(f"{kind}_id")) is not None:
                return say(language, f"not_found_{kind}", id=item)
    step = step_title(language, record.name, dict(record.arguments))
    if record.error_for_seller:
        return say(language, "tool_failed", tool=step, error=record.error_for_seller)
    return say(language, "tool_failed_internal", tool=step)
