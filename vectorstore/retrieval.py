"""Search one Chroma collection of the knowledge base, with category and tag filters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from vectorstore.content import CATEGORY_ALL, CollectionName, KnowledgeEntry

# Chroma 1.5 stores list metadata and filters it with `$contains`, so tags are kept as a list.
TAGS_FIELD = "tags"
CATEGORY_FIELD = "category"


class KnowledgeHit(BaseModel):
    """One retrieved entry, with its cosine similarity to the query (1 = identical)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    collection: CollectionName
    category: str
    tags: list[str]
    text: str
    score: float


def entry_metadata(entry: KnowledgeEntry) -> dict[str, Any]:
    """What Chroma stores beside an entry's vector (the full body goes in as the document)."""
    return {
        "title": entry.title,
        "collection": entry.collection,
        CATEGORY_FIELD: entry.category,
        TAGS_FIELD: list(entry.tags),
        "language": entry.language,
    }


def build_where(*, category: str | None, tags: Sequence[str] | None) -> dict[str, Any] | None:
    """A Chroma `where` filter: the category's entries plus those for every category, and entries
    carrying any one of `tags`. None when nothing is filtered."""
    clauses: list[dict[str, Any]] = []
    if category is not None and category != CATEGORY_ALL:
        clauses.append({CATEGORY_FIELD: {"$in": [category, CATEGORY_ALL]}})
    unique_tags = list(dict.fromkeys(tags or ()))
    if len(unique_tags) == 1:
        clauses.append({TAGS_FIELD: {"$contains": unique_tags[0]}})
    elif unique_tags:
        clauses.append({"$or": [{TAGS_FIELD: {"$contains": t}} for t in unique_tags]})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def hits_from_query(result: Mapping[str, Any]) -> list[KnowledgeHit]:
    """Turn a single-query Chroma result (cosine distances) into hits, best first."""
    ids = (result.get("ids") or [[]])[0]
    documents = (result.get("documents") or [[]])[0]
    metadatas = (result.get("metadatas") or [[]])[0]
    distances = (result.get("distances") or [[]])[0]
    hits = []
    for entry_id, document, metadata, distance in zip(ids, documents, metadatas, distances, strict=True):
        hits.append(
            KnowledgeHit(
                id=entry_id,
                title=str(metadata["title"]),
                collection=metadata["collection"],
                category=str(metadata[CATEGORY_FIELD]),
                tags=[str(t) for t in metadata.get(TAGS_FIELD) or []],
                text=document or "",
                score=round(1.0 - float(distance), 4),
            )
        )
    return hits


def query_collection(
    collection: Any, *, query_embedding: Sequence[float], where: dict[str, Any] | None, k: int
) -> list[KnowledgeHit]:
    """Nearest entries to an already-embedded query."""
    if k <= 0:
        return []
    result = collection.query(
        query_embeddings=[list(query_embedding)],
        n_results=k,
        where=where,
        include=["documents", "metadatas", "distances"],
    )
    return hits_from_query(result)
