"""Which entities an answer listed, in the order the seller saw them (for "and the second one?")."""

from __future__ import annotations

from collections.abc import Sequence

from agent.models import ToolCallRecord
from agent.service import mentioned_entities

URGENT = ("At Risk", "Needs Attention")


def presented_entities(records: Sequence[ToolCallRecord]) -> list[str]:
    """Ids in answer order: the "fix first" list, the video list, the triage list; else every id found."""
    ordered: list[str] = []
    for record in records:
        result = record.result if record.ok and isinstance(record.result, dict) else {}
        if record.name == "voc_overview":
            rows = [r for r in result.get("products", []) if isinstance(r, dict)]
            urgent = [r for r in rows if r.get("level") in URGENT] or rows
            ordered += [str(r["product_id"]) for r in urgent]
        elif record.name == "video_overview":
            ordered += [str(v["video_id"]) for v in result.get("videos", []) if isinstance(v, dict)]
        elif record.name == "review_triage":
            for group in result.get("groups", []):
                if isinstance(group, dict) and group.get("category") != "not_malicious":
                    ordered += [str(i["review_id"]) for i in group.get("items", []) if isinstance(i, dict)]
    return ordered or mentioned_entities(records)


def presented_lead(records: Sequence[ToolCallRecord]) -> str | None:
    """The one thing an answer puts forward: the first product to fix when any needs work ("Fix first P-3002"),
    or the one review of those checked that should be reported ("R-COMP-1 and R-GENUINE-1, can I report them?",
    then "the one I can report, write the appeal")."""
    reportable: list[str] = []
    for record in records:
        result = record.result if record.ok and isinstance(record.result, dict) else {}
        if record.name == "voc_overview":
            urgent = [r for r in result.get("products", []) if isinstance(r, dict) and r.get("level") in URGENT]
            return str(urgent[0]["product_id"]) if urgent else None
        assessment = result.get("assessment")
        if record.name == "review_assess" and isinstance(assessment, dict) and assessment.get("decision") == "report" \
                and (result.get("eligibility") or {}).get("eligible", True):
            reportable.append(str(result.get("review_id")))
    return reportable[0] if len(reportable) == 1 else None
