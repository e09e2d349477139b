"""The Chroma embedding function over our encoders (`tools.text_vectors`).

The knowledge base embeds with USE multilingual v3 (`build_embedder`); a test can pass any
`TextEmbedder`, a deterministic fake included.

Chroma stores the name and config of a collection's embedding function; reopening the collection in
a new client rebuilds it from that config, which only works for a class registered with
`@register_embedding_function`.
"""

from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from tools.errors import ConfigError
from tools.text_vectors import USE_MULTILINGUAL_NAME, TextEmbedder, build_embedder

CHROMA_EMBEDDING_FUNCTION_NAME = "seller_copilot_use_m3"

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
