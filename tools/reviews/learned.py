"""The triage's learned reading: a second opinion on texts the rules call genuine.

The rules (`signals_*.py`) generalise to new writers at a macro-F1 of about 0.82: a competitor's
praise of another shop, a coupon-for-removal or an off-platform handle can be worded in more ways than
any phrase list holds. This reading compares the review's meaning with labelled reviews instead: a
multinomial logistic regression over the review's sentence vectors (by default USE multilingual alone,
`tools.text_vectors`; the weights file names its encoders), trained by `evals/train_triage_reader.py`
on the labelled set's development split plus real buyers' reviews as genuine examples.

It reads only what the text alone can show (competitor, invalid, traffic diversion, coercive). A wrong
product needs the listing and a repeat negative the buyer's history, so those stay with the rules.

Its word is weak by construction: it is asked only when no rule found a category, and its signal's
weight is capped below `decision.STRONG_EVIDENCE`, so a review it flags is *check first*, never
*report*, and never gets a ready draft.

The weights file (`weights/reader.npz`) holds the classes, the coefficient matrix (float32), the
intercepts, the encoder names in order, and the probability a class needs.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict

from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_coercive import asks_owed_remedy
from tools.reviews.signals_genuine import describes_defect
from tools.text_vectors import TextEmbedder, build_question_embedders
from tools.untrusted_text import clean

DEFAULT_READER_WEIGHTS = Path(__file__).resolve().parent / "weights" / "reader.npz"
# The categories the text alone can show: the reader's classes besides `not_malicious`.
TEXT_CATEGORIES: tuple[MaliciousCategory, ...] = (
    MaliciousCategory.COERCIVE,
    MaliciousCategory.TRAFFIC_DIVERSION,
    MaliciousCategory.COMPETITOR,
    MaliciousCategory.INVALID,
)
_BATCH = 64
_KEPT = 50_000  # readings kept per process (about 5 MB)
# Below `decision.STRONG_EVIDENCE` (0.75): a learned reading alone is always "check first".
MAX_WEIGHT = 0.7


class Reading(BaseModel):
    """The reader's verdict on one text: the likeliest class and its probability."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: MaliciousCategory
    probability: float


class LearnedReader:
    """Logistic regression over concatenated sentence vectors; numpy only at inference."""

    def __init__(
        self,
        *,
        classes: Sequence[str],
        coef: np.ndarray,
        intercept: np.ndarray,
        encoders: Sequence[TextEmbedder],
        threshold: float,
    ) -> None:
        if coef.shape != (len(classes), sum(encoder.dimensions for encoder in encoders)):
            raise ValueError(f"reader weights {coef.shape} do not fit {len(classes)} classes and the encoders")
        self.classes = [MaliciousCategory(name) for name in classes]
        self.coef, self.intercept = coef.astype(np.float32), intercept.astype(np.float32)
        self.encoders = list(encoders)
        self.threshold = threshold
        self._readings: dict[str, Reading] = {}  # by cleaned text: the triage list and the verdicts read the same
        self._lock = threading.Lock()  # the app's sessions share one reader

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities (texts × classes), in `self.classes` order."""
        vectors = np.hstack([np.asarray(encoder.embed(list(texts)), dtype=np.float32) for encoder in self.encoders])
        logits = vectors @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def read(self, texts: Sequence[str]) -> list[Reading]:
        """Each text's reading; texts read before in this process are not embedded again, the rest in batches."""
        with self._lock:
            unread = list(dict.fromkeys(text for text in texts if text not in self._readings))
            if len(self._readings) + len(unread) > _KEPT:
                self._readings.clear()
                unread = list(dict.fromkeys(texts))
            for start in range(0, len(unread), _BATCH):
                batch = unread[start : start + _BATCH]
                for text, row in zip(batch, self.probabilities(batch), strict=True):
                    index = int(row.argmax())
                    self._readings[text] = Reading(category=self.classes[index], probability=round(float(row[index]), 3))
            return [self._readings[text] for text in texts]

    def signal(self, text: str) -> Signal | None:
        """A weak signal for the category this text reads like, or None when it reads as genuine (or too close
        to call: the likeliest class under the threshold)."""
        if not text.strip():
            return None
        reading = self.read([text])[0]
        if reading.category is MaliciousCategory.NOT_MALICIOUS or reading.probability < self.threshold:
            return None
        return Signal(
            kind=SignalKind.RESEMBLES_LABELLED,
            category=reading.category,
            weight=min(reading.probability, MAX_WEIGHT),
            description=(
                "No rule matched, but the wording reads like labelled reviews of this kind "
                f"({reading.probability:.0%} by a model trained on them); verify before reporting."
            ),
        )


def load_reader(path: Path = DEFAULT_READER_WEIGHTS, encoders: Sequence[TextEmbedder] | None = None) -> LearnedReader:
    """The reader from a weights file, over the product's encoders (or the given ones, by name)."""
    with np.load(path, allow_pickle=False) as data:
        names = [str(name) for name in data["encoders"]]
        chosen = list(encoders) if encoders is not None else build_question_embedders()
        by_name = {encoder.name: encoder for encoder in chosen}
        missing = [name for name in names if name not in by_name]
        if missing:
            raise ValueError(f"reader weights {path.name} need encoders {missing}")
        return LearnedReader(
            classes=[str(name) for name in data["classes"]], coef=data["coef"], intercept=data["intercept"],
            encoders=[by_name[name] for name in names], threshold=float(data["threshold"]),
        )


def may_speak(category: MaliciousCategory, text: str, *, names_listing: bool = False) -> bool:
    """Whether a resemblance to `category` may stand for this text. Some calls are the rules' alone:
    - coercion: whether what the buyer asks for is owed turns on a refund or replacement being asked for and
      on a defect being described, which the rules judge (`signals_coercive`); a model's resemblance may
      only add coercion worded in ways the rules miss, never where those facts are in play;
    - a review that describes a defect, or names the listing's product (`signals_invalid.names_listing`: "The
      video said 0 to 100% in 15 minutes, total lie" measures the charger, and read as 79% invalid), says
      something about a product, so it is not *invalid*. Broad purchase words ("works", "ใช้") do not count
      here: the reader is there for the off-topic posts they let through.
    Neither gate changed a flag in the grouped cross-validation; both came from genuine complaints that the
    reader alone misread (our own near-miss tests and a demo review, "差评！不值这个钱太失望了")."""
    if category is MaliciousCategory.COERCIVE:
        return not (asks_owed_remedy(text) or describes_defect(text))
    if category is MaliciousCategory.INVALID:
        return not (describes_defect(text) or names_listing)
    return True


def prime(texts: Sequence[str]) -> None:
    """Read many reviews' texts in batches before classifying them one by one (the verdicts' refresh, the
    triage list): embedding one text at a time costs several times more."""
    reader = default_reader()
    if reader is not None:
        reader.read([str(clean(text)) for text in texts if text.strip()])


@cache
def default_reader() -> LearnedReader | None:
    """The shipped reader, loaded once; None when no weights ship (the rules then decide alone)."""
    return load_reader() if DEFAULT_READER_WEIGHTS.exists() else None
