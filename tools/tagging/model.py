"""The learned half of the tagger: one logistic regression per tag, plus one for the negative verdict.

Weights ship in the repo (`tools/tagging/weights/tagger.npz`, written by `tools/tagging/train.py`)
and load offline with numpy alone. Each label has its own decision threshold, chosen on
cross-validated predictions of the training split; the frozen test split is never seen.

A file holds: the feature vocabulary, a weight matrix (features × labels, float16), biases, the
thresholds, the feature configuration and a short training record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from tools.tagging.features import FeatureConfig
from tools.tagging.version import DEFAULT_WEIGHTS

NEGATIVE = "negative"


class ModelCard(BaseModel):
    """What the weights were trained on, and the thresholds that are not one per label."""

    model_config = ConfigDict(extra="forbid")

    trained_on: str
    items: int
    per_language: dict[str, int]
    # A label is "unsure" when its log-odds are within this distance of its threshold's (1.0: odds
    # within e times; about one item in nine of the train split); an optional model pass reads those.
    uncertainty_margin: float = 1.0
    # The negative verdict's threshold per language (chosen like the others); a language missing
    # here uses the label's global threshold.
    negative_thresholds: dict[str, float] = Field(default_factory=dict)
    notes: str = ""


class LinearTagModel:
    """Per-label logistic regressions over sparse binary features."""

    def __init__(
        self,
        *,
        labels: list[str],
        vocabulary: list[str],
        weights: np.ndarray,
        bias: np.ndarray,
        thresholds: np.ndarray,
        config: FeatureConfig,
        card: ModelCard,
        digest: str = "",
    ) -> None:
        self.labels = labels
        self.label_index = {label: index for index, label in enumerate(labels)}
        self.index = {feature: row for row, feature in enumerate(vocabulary)}
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.thresholds = thresholds.astype(np.float32)
        self.config = config
        self.card = card
        self.digest = digest
        # The per-tag decision inputs as plain Python values (numpy scalars are slow in a hot loop):
        # (label, column, threshold at which the model tags alone), negative label excluded.
        self.tag_rules = [
            (label, column, float(self.thresholds[column]))
            for label, column in self.label_index.items()
            if label != NEGATIVE
        ]

    def rows(self, features: Iterable[str]) -> list[int]:
        rows = list(map(self.index.get, features))
        return [row for row in rows if row is not None]

    def probabilities(self, features: Iterable[str]) -> np.ndarray:
        """P(label | text) for every label, in `self.labels` order."""
        rows = self.rows(features)
        logits = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        return 1.0 / (1.0 + np.exp(-logits))

    def probabilities_batch(self, feature_sets: list[set[str]]) -> np.ndarray:
        """The same for many texts at once (one gather and one segmented sum)."""
        rows_per_text = [self.rows(features) for features in feature_sets]
        lengths = np.fromiter((len(rows) for rows in rows_per_text), dtype=np.int64, count=len(rows_per_text))
        logits = np.tile(self.bias, (len(rows_per_text), 1))
        if lengths.sum():
            flat = np.fromiter((row for rows in rows_per_text for row in rows), dtype=np.int64, count=int(lengths.sum()))
            gathered = self.weights[flat]
            non_empty = lengths > 0
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[non_empty]
            logits[non_empty] += np.add.reduceat(gathered, starts, axis=0)
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        vocabulary = [""] * len(self.index)
        for feature, row in self.index.items():
            vocabulary[row] = feature
        with path.open("wb") as handle:
            np.savez_compressed(
                handle,
                labels=np.array(self.labels),
                vocabulary=np.array(vocabulary),
                weights=self.weights.astype(np.float16),
                bias=self.bias,
                thresholds=self.thresholds,
                config=np.array(self.config.model_dump_json()),
                card=np.array(self.card.model_dump_json()),
            )


def load_model(path: Path = DEFAULT_WEIGHTS) -> LinearTagModel:
    """Read a weights file (no pickle: every array is numeric or text)."""
    raw = path.read_bytes()
    import io

    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return LinearTagModel(
            labels=[str(label) for label in data["labels"]],
            vocabulary=[str(feature) for feature in data["vocabulary"]],
            weights=data["weights"],
            bias=data["bias"],
            thresholds=data["thresholds"],
            config=FeatureConfig.model_validate(json.loads(str(data["config"]))),
            card=ModelCard.model_validate(json.loads(str(data["card"]))),
            digest=hashlib.sha256(raw).hexdigest()[:12],
        )


@cache
def default_model() -> LinearTagModel | None:
    """The shipped model, loaded once per process; None when no weights file is present."""
    if not DEFAULT_WEIGHTS.exists():
        return None
    return load_model(DEFAULT_WEIGHTS)
