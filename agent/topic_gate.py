"""Whether a whole question is off-topic: a second opinion beside the exemplar reader.

The exemplar reader (`agent.understanding`) scores each clause by its nearest exemplars. An unrelated ask wrapped
in shop words ("the earbuds vid flopped, tell me a funny story about it", "ยอดขายเดือนนี้ตก ดูดวงให้หน่อย": sales
fell, read my fortune) sits about as near a shop request as an off-topic one there, and got the shop's figures.
This gate reads the question as a whole with a logistic regression over the two encoders' sentence vectors,
trained by `evals/train_topic_gate.py` on the packs' exemplars and the read development rounds' questions (never
the frozen test split, never the unread tenth round), its strength and threshold chosen by cross-validation with
each writing round held out whole.

It can only take a tool away: the planner asks it only when the question names nothing by id, pastes no review and
does not follow an answer about one of the shop's things, and answers "off-topic" only when the reader, too, found an
off-topic reading close to the best in some clause (`agent.planner._off_topic_as_a_whole`).

The weights file (`weights/topic_gate.npz`) holds the coefficient vector (float32), the intercept, the encoder
names in order and the probability the gate needs.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from tools.text_vectors import TextEmbedder, build_question_embedders

DEFAULT_GATE_WEIGHTS = Path(__file__).resolve().parent / "weights" / "topic_gate.npz"
_KEPT = 2_000  # probabilities kept per process (a turn asks about one text, sometimes twice)


class TopicGate:
    """Logistic regression over concatenated sentence vectors; numpy only at inference."""

    def __init__(self, *, coef: np.ndarray, intercept: float, encoders: Sequence[TextEmbedder], threshold: float) -> None:
        dimensions = sum(encoder.dimensions for encoder in encoders)
        if coef.shape != (dimensions,):
            raise ValueError(f"topic gate weights {coef.shape} do not fit the encoders ({dimensions} dimensions)")
        self.coef = coef.astype(np.float32)
        self.intercept = float(intercept)
        self.encoders = list(encoders)
        self.threshold = threshold
        self._kept: dict[str, float] = {}
        self._lock = threading.Lock()  # the app's sessions share one gate

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """The probability each text is off-topic (not about the seller's shop, its reviews, videos or rules)."""
        vectors = np.hstack([np.asarray(encoder.embed(list(texts)), dtype=np.float32) for encoder in self.encoders])
        return np.asarray(1.0 / (1.0 + np.exp(-(vectors @ self.coef + self.intercept))))

    def probability(self, text: str) -> float:
        with self._lock:
            if text not in self._kept:
                if len(self._kept) >= _KEPT:
                    self._kept.clear()
                self._kept[text] = float(self.probabilities([text])[0])
            return self._kept[text]

    def off_topic(self, text: str) -> bool:
        return bool(text.strip()) and self.probability(text) >= self.threshold


def load_gate(path: Path = DEFAULT_GATE_WEIGHTS, encoders: Sequence[TextEmbedder] | None = None) -> TopicGate:
    """The gate from a weights file, over the product's encoders (or the given ones, by name)."""
    with np.load(path, allow_pickle=False) as data:
        names = [str(name) for name in data["encoders"]]
        by_name = {encoder.name: encoder for encoder in (encoders if encoders is not None else build_question_embedders())}
        missing = [name for name in names if name not in by_name]
        if missing:
            raise ValueError(f"topic gate weights {path.name} need encoders {missing}")
        return TopicGate(coef=data["coef"], intercept=float(data["intercept"]),
                         encoders=[by_name[name] for name in names], threshold=float(data["threshold"]))


@cache
def shared_topic_gate() -> TopicGate:
    """The product's gate: the shipped weights over the product's encoders."""
    return load_gate()
