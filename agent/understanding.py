"""Reading what a question asks for by meaning: nearest exemplars in the multilingual embedding space.

Exemplars are example questions per intent and language (`tools/languages/<lang>/exemplars.jsonl`, written apart
from every evaluation set). A question is split into clauses ("why is X at risk" / "and what should I
do"); each clause is embedded with the same multilingual encoder the knowledge base uses and scored
against each intent as the mean similarity of its nearest exemplars. A clause whose best score is below
the threshold asks for nothing we can name; a question none of whose clauses reaches it is out of reach,
and the assistant says what it can do instead of guessing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tools.languages import joined, packs

if TYPE_CHECKING:
    from vectorstore.embeddings import TextEmbedder

NEAREST = 3  # exemplars averaged per intent
ACCEPT = 0.40  # a clause's best intent must score at least this (`python -m evals.understanding_dev`, leave-one-out)
OUT_OF_REACH = ("offtopic", "out_of_scope")
# A marketplace word that names the request outright ("appeal", "申诉", "banding") raises its intent by this
# much in the clause that holds it: meaning decides, the word breaks near-ties (chosen on the planner's own
# chat cases and the unit tests, never on the independent set).
CUE_BONUS = 0.08

# Clause boundaries: punctuation, a spaced dash, and each language pack's words that join two requests.
_CLAUSES = re.compile(rf"\s*(?:[?？!！;；。]|\s+-\s+|{joined('clause_joiners')})\s*", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{(?:product|video|review)\}")


@dataclass(frozen=True)
class Exemplar:
    intent: str
    text: str
    language: str


@dataclass(frozen=True)
class ClauseReading:
    text: str
    intent: str
    score: float
    scores: dict[str, float] = field(default_factory=dict, compare=False)

    def favouring(self, intent: str, bonus: float) -> ClauseReading:
        """This reading with `intent` raised by `bonus` (a cue word in the clause names it outright)."""
        scores = dict(self.scores)
        if intent not in scores:
            return self
        scores[intent] += bonus
        best = max(scores, key=lambda name: scores[name])
        return ClauseReading(self.text, best, scores[best], scores)


def load_exemplars(paths: list[Path] | None = None) -> list[Exemplar]:
    """Every language pack's exemplars. A file's first line names, in that language, what an entity placeholder
    stands for ({"placeholders": {"product": "produk", ...}}): the thing's kind is part of the meaning."""
    items = []
    for path in paths if paths is not None else [pack.exemplars for pack in packs().values() if pack.exemplars.exists()]:
        words: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if "placeholders" in item:
                words = item["placeholders"]
                continue
            text = _PLACEHOLDER.sub(lambda match, names=words: names.get(match.group(0)[1:-1], " "), item["text"])
            items.append(Exemplar(item["intent"], text, path.parent.name))
    return items


def clauses(text: str) -> list[str]:
    """The requests a question joins ("why is X at risk and what should I do" → two); at least one."""
    parts = [part.strip(" ,.-") for part in _CLAUSES.split(text) if part and part.strip(" ,.-")]
    return [part for part in parts if len(part) >= 3] or [text.strip()]


class IntentReader:
    """Scores clauses against intent exemplars. Build once per process (the vectors are computed lazily)."""

    def __init__(self, embedder: TextEmbedder, exemplars: list[Exemplar]) -> None:
        self._embedder = embedder
        self._exemplars = exemplars
        self._matrix: Any = None
        self._intents: list[str] = sorted({item.intent for item in exemplars})

    @property
    def intents(self) -> list[str]:
        return list(self._intents)

    def _vectors(self) -> Any:
        if self._matrix is None:
            import numpy as np

            texts = [item.text for item in self._exemplars]
            self._matrix = np.asarray(self._embedder.embed(texts), dtype=np.float32)
        return self._matrix

    def scores(self, texts: list[str], *, exclude: set[int] | None = None) -> list[dict[str, float]]:
        """Per text, each intent's score: the mean cosine of its `NEAREST` most similar exemplars."""
        import numpy as np

        matrix = self._vectors()
        queries = np.asarray(self._embedder.embed(texts), dtype=np.float32)
        similarity = queries @ matrix.T
        if exclude:
            similarity[:, sorted(exclude)] = -1.0
        labels = np.array([item.intent for item in self._exemplars])
        result = []
        for row in similarity:
            per_intent = {}
            for intent in self._intents:
                values = np.sort(row[labels == intent])[-NEAREST:]
                per_intent[intent] = float(values.mean()) if len(values) else -1.0
            result.append(per_intent)
        return result

    def read(self, question: str) -> list[ClauseReading]:
        """Each clause's best intent with every intent's score, in the question's order."""
        parts = clauses(question)
        readings = []
        for part, scored in zip(parts, self.scores(parts), strict=True):
            best = max(scored, key=lambda name: scored[name])
            readings.append(ClauseReading(part, best, scored[best], scored))
        return readings


@cache
def shared_reader() -> IntentReader:
    """The product's reader: the shipped exemplars and the knowledge base's multilingual encoder."""
    from vectorstore.embeddings import build_embedder

    return IntentReader(build_embedder(), load_exemplars())


TITLE_ACCEPT = 0.33  # cosine between a question and the best title (set on catalogue checks in tests, not on an eval set)
TITLE_MARGIN = 0.06  # and ahead of the second title by this much: two close titles mean the question is ambiguous


class TitleMatcher:
    """Which product or video a question means by its title, in any language ("蓝色连衣裙" → "Blue Satin
    Midi Dress"), by the multilingual encoder. Titles are embedded once each; no synonym lists."""

    def __init__(self, embedder: TextEmbedder) -> None:
        self._embedder = embedder
        self._vectors: dict[str, Any] = {}

    def best(self, text: str, titles: dict[str, str]) -> str | None:
        """The id whose title is closest to some span of the text (a question's other words dilute the
        similarity, so spans of one to four words, or two to six characters in unspaced scripts, are tried)."""
        import numpy as np

        if not titles or not text.strip():
            return None
        missing = [title for title in set(titles.values()) if title not in self._vectors]
        for title, vector in zip(missing, self._embedder.embed(missing), strict=True):
            self._vectors[title] = np.asarray(vector, dtype=np.float32)
        ids = sorted(titles)
        matrix = np.stack([self._vectors[titles[item]] for item in ids])
        spans = title_spans(text)
        queries = np.asarray(self._embedder.embed(spans), dtype=np.float32)
        similarity = (matrix @ queries.T).max(axis=1)
        order = np.argsort(-similarity)
        best = float(similarity[order[0]])
        second = float(similarity[order[1]]) if len(order) > 1 else -1.0
        return ids[order[0]] if best >= TITLE_ACCEPT and best - second >= TITLE_MARGIN else None


_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]+")
_MAX_SPANS = 80


def title_spans(text: str) -> list[str]:
    """Candidate spans of a question that may name a product or video: the whole text, word n-grams (1–4)
    and, inside runs of Chinese, Japanese or Thai, character n-grams (2–6)."""
    spans = [text.strip()]
    words = text.split()
    for size in (4, 3, 2, 1):
        spans += [" ".join(words[start:start + size]) for start in range(len(words) - size + 1)]
    for run in _UNSPACED.findall(text):
        for size in range(min(6, len(run)), 1, -1):
            spans += [run[start:start + size] for start in range(len(run) - size + 1)]
    unique = [span for span in dict.fromkeys(spans) if len(span) >= 2]
    return unique[:_MAX_SPANS]


@cache
def shared_title_matcher() -> TitleMatcher:
    from vectorstore.embeddings import build_embedder

    return TitleMatcher(build_embedder())
