"""Chroma knowledge base: playbook (success cases) and help entries, embedded offline."""

from __future__ import annotations

from vectorstore.content import KnowledgeEntry, load_entries
from vectorstore.embeddings import TextEmbedder, build_embedder
from vectorstore.index import KnowledgeBase, RebuildReport, build_knowledge_base
from vectorstore.retrieval import KnowledgeHit

__all__ = [
    "KnowledgeBase", "KnowledgeEntry", "KnowledgeHit", "RebuildReport", "TextEmbedder",
    "build_embedder", "build_knowledge_base", "load_entries",
]
