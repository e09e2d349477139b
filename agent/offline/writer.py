"""The offline writer: picks a template by tool, appends playbook actions and help links."""

from __future__ import annotations

from collections.abc import Sequence

from agent.memory import MemoryTurn
from agent.models import Citation, ToolCallRecord
from agent.offline import reviews, video, voc
from agent.offline.format import first_paragraph, help_links, suggested_actions
from agent.planning import Plan
from agent.writer import OfflineWriter

CAPABILITIES = (
    "I can answer questions about your shop's data, for example:\n"
    "- “Which products should I fix first?” / “Why is P-1001 At Risk?”\n"
    "- “Which videos underperform?” / “How do I improve video V-5004?”\n"
    "- “Which reviews can I report?” / “Is this review malicious: …” / “Draft an appeal for review R-…”\n"
    "- “How is the VoC level calculated?”"
)


class TemplateWriter(OfflineWriter):
    """Readable answers from templates; every value is copied from a tool result or a playbook entry."""

    def write(
        self,
        question: str,
        plan: Plan,
        tool_records: Sequence[ToolCallRecord],
        citations: Sequence[Citation],
        history: Sequence[MemoryTurn],
    ) -> str:
        if not tool_records and plan.intent == "unknown":
            return CAPABILITIES
        lines: list[str] = []
        for record in tool_records:
            if record.error is not None:
                lines.append(f"I could not get {record.name.replace('_', ' ')}: {record.error}")
                continue
            lines.extend(self._render(record, plan, citations))
        if any(r.ok and r.name not in ("search_playbook", "search_help") for r in tool_records):
            lines += suggested_actions(citations)
        lines += help_links(citations) if plan.intent not in ("help",) else []
        return "\n".join(lines).strip() or CAPABILITIES

    def _render(self, record: ToolCallRecord, plan: Plan, citations: Sequence[Citation]) -> list[str]:
        result = record.result if isinstance(record.result, dict) else {}
        match record.name:
            case "voc_overview":
                return voc.overview(result, warnings_only=plan.intent == "early_warnings")
            case "voc_product":
                return voc.product(result)
            case "video_overview":
                return video.overview(result)
            case "video_diagnosis":
                return video.diagnosis(result)
            case "review_assess" | "review_assess_text":
                return reviews.assessment(result)
            case "review_appeal":
                return reviews.appeal(result)
            case "review_triage":
                return reviews.triage(result)
            case "search_playbook" | "search_help":
                return _knowledge(result)
        return self.render_result(record.result)


def _knowledge(result: dict) -> list[str]:
    entries = result.get("entries", [])
    if not entries:
        return ["I found nothing on that in the knowledge base."]
    lines = []
    for entry in entries[:3]:
        citation = Citation(id=entry["id"], title=entry["title"], text=entry["text"])
        lines.append(f"**{entry['title']}** [{entry['id']}]")
        if result.get("collection") == "playbook":
            lines += [f"- {line}" for line in suggested_actions([citation], heading="Seller actions")[2:]]
        else:
            lines.append(first_paragraph(citation))
        lines.append("")
    return lines
