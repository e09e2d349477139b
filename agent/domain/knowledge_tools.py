"""Knowledge-base tools (playbook success cases and help pages) and the agent's citation source."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from agent.domain.deps import ToolDeps
from agent.models import KNOWLEDGE_TOOLS, Citation, ToolCallRecord


class KnowledgeSearchArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(description="what to look for, in the seller's words")
    category: str | None = Field(default=None, description="product category, e.g. 'Fashion & Sports'")
    tags: list[str] | None = Field(default=None, description="VoC issue ids or video stages, e.g. ['size_fit']")
    k: int = Field(default=3, ge=1, le=8)
    language: str = Field(default="en", description="the answer's language code (en, zh, id, th, vi, pt): entries "
                                                    "come back written in it")


class KnowledgeEntryOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    category: str
    tags: list[str]
    text: str
    score: float | None = None


class KnowledgeResults(BaseModel):
    model_config = ConfigDict(extra="forbid")

    collection: Literal["playbook", "help"]
    entries: list[KnowledgeEntryOut]


def _search(deps: ToolDeps, collection: Literal["playbook", "help"], args: KnowledgeSearchArgs) -> KnowledgeResults:
    if deps.knowledge_base is None:
        raise RuntimeError("the knowledge base is not available")
    hits = deps.knowledge_base.search(args.query, collection=collection, category=args.category, tags=args.tags, k=args.k)
    # Found by the English entries' meaning, returned as the answer's language pack writes them.
    shown = localized_citations([Citation(id=h.id, title=h.title, text=h.text) for h in hits], args.language)
    return KnowledgeResults(
        collection=collection,
        entries=[KnowledgeEntryOut(id=h.id, title=entry.title, category=h.category, tags=list(h.tags), text=entry.text,
                                   score=h.score) for h, entry in zip(hits, shown, strict=True)],
    )


def build_knowledge_tools(deps: ToolDeps) -> list:
    def search_playbook(args: KnowledgeSearchArgs) -> KnowledgeResults:
        """Find success cases: what other sellers did about an issue, and what it changed."""
        return _search(deps, "playbook", args)

    def search_help(args: KnowledgeSearchArgs) -> KnowledgeResults:
        """Find how Seller Copilot's levels, statuses, report rules and appeals work."""
        return _search(deps, "help", args)

    return [search_playbook, search_help]


CATEGORY_SLUGS = {
    "Fashion & Sports": "fashion", "Beauty & Perfume": "beauty",
    "Phones & Electronics": "electronics", "Home & Kitchen": "home",
}
HELP_FOR_INTENT = {
    "voc_overview": ["help-voc-levels"], "voc_product": ["help-voc-levels", "help-voc-top-issues"], "early_warnings": ["help-early-warnings"],
    "video_overview": ["help-video-statuses"], "video_detail": ["help-video-statuses"],
    "review_assess": ["help-malicious-review-categories", "help-report-eligibility"],
    "review_appeal": ["help-appeal-evidence"], "review_triage": ["help-report-eligibility"],
}


def localized_citations(citations: Sequence[Citation], language: str) -> list[Citation]:
    """Each cited entry in `language` when its pack translates it (`vectorstore.content.localized`); an entry the
    product does not ship (a test's) stays as it is."""
    from vectorstore.content import localized_by_id

    shown = []
    for citation in citations:
        entry = localized_by_id(citation.id, language)
        shown.append(citation if entry is None else Citation(id=entry.id, title=entry.title, text=entry.body))
    return shown


class PlaybookCitations:
    """The agent's `KnowledgeSource`: which entries back an answer, chosen from the tool results."""

    def __init__(self, knowledge_base: Any, *, max_citations: int = 3) -> None:
        self._kb = knowledge_base
        self._max = max_citations

    def _entry(self, entry_id: str) -> Citation | None:
        entry = self._kb.get(entry_id)
        if entry is None:
            return None
        return Citation(id=entry.id, title=entry.title, text=entry.body)

    def lookup(self, question: str, *, intent: str, tool_records: Sequence[ToolCallRecord]) -> list[Citation]:
        ids: list[str] = []
        for record in tool_records:
            if record.ok:
                ids.extend(_ids_from_result(record.name, record.result))
        if not ids and intent in ("playbook", "help") and not tool_records:
            collection: Literal["playbook", "help"] = "help" if intent == "help" else "playbook"
            ids = [hit.id for hit in self._kb.search(question, collection=collection, k=self._max)]
        if not ids or intent in ("review_assess", "review_appeal"):
            ids += HELP_FOR_INTENT.get(intent, [])
        citations, seen = [], set()
        for entry_id in ids:
            if entry_id in seen:
                continue
            seen.add(entry_id)
            citation = self._entry(entry_id)
            if citation is not None:
                citations.append(citation)
            if len(citations) == self._max:
                break
        return citations


def _ids_from_result(tool: str, result: JsonValue) -> list[str]:
    """Playbook ids a result points at: a product's top issues in its category, a video's suggestions."""
    if not isinstance(result, dict):
        return []
    if tool in KNOWLEDGE_TOOLS:
        return [str(e["id"]) for e in result.get("entries", []) if isinstance(e, dict)]
    if tool == "voc_product":
        slug = CATEGORY_SLUGS.get(str(result.get("category")))
        issues = [i for i in result.get("issues", []) if isinstance(i, dict)]
        chosen = [i for i in issues if i.get("highlighted")] + [i for i in issues if not i.get("highlighted")]
        return [f"pb-{slug}-{i['tag']}" for i in chosen[:2]] if slug else []
    if tool == "voc_overview":
        rows = [r for r in result.get("products", []) if isinstance(r, dict) and r.get("top_issue")]
        urgent = [r for r in rows if r.get("level") in ("At Risk", "Needs Attention")] or rows
        ids = []
        for row in urgent[:3]:
            slug = CATEGORY_SLUGS.get(str(row.get("category")))
            if slug:
                ids.append(f"pb-{slug}-{row['top_issue']}")
        return ids
    if tool in ("review_assess", "review_appeal"):
        advice = result.get("advice")
        if isinstance(advice, dict):
            slug = CATEGORY_SLUGS.get(str(advice.get("product_category")))
            return [f"pb-{slug}-{tag}" for tag in list(advice.get("issue_tags") or [])[:2]] if slug else []
        return []
    if tool == "video_diagnosis":
        return [str(s["playbook_id"]) for s in result.get("suggestions", []) if isinstance(s, dict) and s.get("playbook_id")]
    return []
