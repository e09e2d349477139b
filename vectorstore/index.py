"""The knowledge base: content files indexed in Chroma, rebuilt only when the content changes.

Local by default (`chromadb.PersistentClient` in `<data_dir>/chroma`); with `CHROMA_HOST` set, the
same code talks to a Chroma server so several app instances share one index.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from tools.errors import ConfigError, NotFoundError
from tools.settings import Settings
from tools.text_vectors import TextEmbedder, build_embedder
from vectorstore.content import (
    COLLECTIONS,
    CollectionName,
    KnowledgeEntry,
    load_entries,
    normalise_category,
)
from vectorstore.embeddings import SellerCopilotEmbeddingFunction
from vectorstore.retrieval import KnowledgeHit, build_where, entry_metadata, query_collection

# Bump when the way entries are turned into vectors or metadata changes: it forces a rebuild.
INDEX_FORMAT_VERSION = 1
HASH_KEY = "content_hash"
EMBEDDER_KEY = "embedder"


class CollectionRebuild(BaseModel):
    model_config = ConfigDict(extra="forbid")

    collection: CollectionName
    entries: int
    rebuilt: bool
    content_hash: str


class RebuildReport(BaseModel):
    """What `rebuild` did: per collection, whether it re-embedded, and how long it took."""

    model_config = ConfigDict(extra="forbid")

    collections: list[CollectionRebuild]
    seconds: float
    backend: str

    @property
    def rebuilt(self) -> bool:
        return any(c.rebuilt for c in self.collections)


def content_hash(entries: Sequence[KnowledgeEntry], *, embedder: TextEmbedder) -> str:
    """Fingerprint of the entries and of how they are embedded; a change means re-index."""
    digest = hashlib.sha256()
    digest.update(f"format={INDEX_FORMAT_VERSION};embedder={embedder.name};dim={embedder.dimensions}\n".encode())
    for entry in sorted(entries, key=lambda e: e.id):
        digest.update(json.dumps(entry.model_dump(mode="json"), sort_keys=True, ensure_ascii=False).encode())
        digest.update(b"\n")
    return digest.hexdigest()


class KnowledgeBase:
    """Playbook and help entries, searchable by meaning with category and tag filters.

    The index is checked (and built if missing or stale) on first use, once per instance.
    """

    def __init__(
        self,
        *,
        client_factory: Callable[[], Any],
        embedder: TextEmbedder,
        content_dir: Path | None = None,
        backend: str,
    ) -> None:
        self._client_factory = client_factory
        self._client_instance: Any = None
        self._embedder = embedder
        self._embedding_function = SellerCopilotEmbeddingFunction(embedder)
        self._content_dir = content_dir
        self._backend = backend
        self._entries: list[KnowledgeEntry] | None = None
        self._collections: dict[str, Any] = {}
        self._lock = threading.Lock()

    @property
    def _client(self) -> Any:
        if self._client_instance is None:
            self._client_instance = self._client_factory()
        return self._client_instance

    @property
    def backend(self) -> str:
        """Where the index lives: a local directory or 'http://host:port'."""
        return self._backend

    # --- content (the files are the source of truth) ----------------------------------------
    def _all_entries(self) -> list[KnowledgeEntry]:
        if self._entries is None:
            self._entries = load_entries(self._content_dir)
        return self._entries

    def entries(self, collection: CollectionName) -> list[KnowledgeEntry]:
        """Every entry of one collection, sorted by id."""
        _check_collection(collection)
        return [e for e in self._all_entries() if e.collection == collection]

    def get(self, entry_id: str) -> KnowledgeEntry | None:
        """The entry with this id, or None."""
        return next((e for e in self._all_entries() if e.id == entry_id), None)

    def require(self, entry_id: str) -> KnowledgeEntry:
        """The entry with this id; NotFoundError naming the id otherwise."""
        entry = self.get(entry_id)
        if entry is None:
            raise NotFoundError(f"no knowledge-base entry {entry_id!r}; try `seller-copilot kb search`")
        return entry

    # --- index --------------------------------------------------------------------------------
    def rebuild(self, *, force: bool = False) -> RebuildReport:
        """Re-embed every collection whose content hash changed (all of them with `force`)."""
        with self._lock:
            return self._rebuild_locked(force=force)

    def _rebuild_locked(self, *, force: bool) -> RebuildReport:
        started = time.perf_counter()
        if force:
            self._entries = None
        reports = [self._sync_collection(name, force=force) for name in COLLECTIONS]
        return RebuildReport(
            collections=reports, seconds=round(time.perf_counter() - started, 3), backend=self._backend
        )

    def _sync_collection(self, name: CollectionName, *, force: bool) -> CollectionRebuild:
        entries = self.entries(name)
        wanted_hash = content_hash(entries, embedder=self._embedder)
        collection = self._open_collection(name)
        metadata = collection.metadata or {}
        if not force and metadata.get(HASH_KEY) == wanted_hash and collection.count() == len(entries):
            self._collections[name] = collection
            return CollectionRebuild(collection=name, entries=len(entries), rebuilt=False, content_hash=wanted_hash)

        if metadata.get(EMBEDDER_KEY) not in (None, self._embedder.name):
            # Another model's vectors (maybe another dimension) cannot be mixed with ours.
            self._client.delete_collection(name)
            collection = self._open_collection(name)
        # Upsert then prune rather than drop-and-create, so other instances sharing a server
        # never see an empty collection mid-rebuild.
        vectors = self._embedder.embed([e.retrieval_text() for e in entries])
        collection.upsert(
            ids=[e.id for e in entries],
            embeddings=vectors,
            documents=[e.body for e in entries],
            metadatas=[entry_metadata(e) for e in entries],
        )
        wanted_ids = {e.id for e in entries}
        stale = [i for i in collection.get(include=[])["ids"] if i not in wanted_ids]
        if stale:
            collection.delete(ids=stale)
        collection.modify(metadata={HASH_KEY: wanted_hash, EMBEDDER_KEY: self._embedder.name})
        self._collections[name] = collection
        return CollectionRebuild(collection=name, entries=len(entries), rebuilt=True, content_hash=wanted_hash)

    def _open_collection(self, name: CollectionName) -> Any:
        return self._client.get_or_create_collection(
            name=name,
            embedding_function=self._embedding_function,
            configuration={"hnsw": {"space": "cosine"}},
        )

    def _collection(self, name: CollectionName) -> Any:
        with self._lock:
            if not self._collections:
                self._rebuild_locked(force=False)
            return self._collections[name]

    # --- retrieval ----------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        collection: CollectionName = "playbook",
        category: str | None = None,
        tags: Sequence[str] | None = None,
        k: int = 3,
    ) -> list[KnowledgeHit]:
        """The `k` entries closest in meaning to `query`, restricted to a category (entries for all
        categories included) and to entries carrying any of `tags`."""
        _check_collection(collection)
        where = build_where(category=normalise_category(category), tags=tags)
        chroma_collection = self._collection(collection)
        query_embedding = self._embedder.embed([query])[0]
        return query_collection(chroma_collection, query_embedding=query_embedding, where=where, k=k)


def _check_collection(name: str) -> None:
    if name not in COLLECTIONS:
        raise ConfigError(f"unknown knowledge-base collection {name!r}; use one of {', '.join(COLLECTIONS)}")


def build_chroma_client(settings: Settings) -> Any:
    """A Chroma client from settings: a server when `chroma_host` is set, else a local directory."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        except Exception as exc:  # chromadb raises plain ValueError/ConnectionError when the server is down
            raise ConfigError(
                f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({exc}); "
                "start it (`chroma run --path DIR --host HOST --port PORT`) or unset CHROMA_HOST to use a local index"
            ) from exc
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


def chroma_location(settings: Settings) -> str:
    """Where the index lives, for messages: 'http://host:port' or the local directory."""
    if settings.chroma_host:
        return f"http://{settings.chroma_host}:{settings.chroma_port}"
    return str(settings.chroma_path)


def build_knowledge_base(
    settings: Settings,
    *,
    embedder: TextEmbedder | None = None,
    client: Any = None,
    content_dir: Path | None = None,
) -> KnowledgeBase:
    """The knowledge base for these settings. Cheap: no connection, no file read and no embedding
    happens until first use. Pass `embedder` or `client` to substitute fakes in tests."""
    if client is not None:
        return KnowledgeBase(
            client_factory=lambda: client, embedder=embedder or build_embedder(),
            content_dir=content_dir, backend=type(client).__name__,
        )
    return KnowledgeBase(
        client_factory=lambda: build_chroma_client(settings),
        embedder=embedder or build_embedder(),
        content_dir=content_dir,
        backend=chroma_location(settings),
    )
