"""Accents put back on words typed without them ("tai nghe chong on" -> "tai nghe chống ồn").

Sellers type some languages without their diacritics (the pack says so: `ChatWords.typed_without_accents`).
The multilingual encoders learned those languages with accents, and read an unaccented question poorly: a
Vietnamese word without its marks may be any of several words. This module picks, for each unaccented word,
the accented form that a word-pair (bigram) model of real text finds likeliest in its context, by Viterbi
over the sentence.

The model is counts, learned from public text by `evals/train_accents.py` and shipped in the pack's folder
(`tools/languages/<code>/accents.npz`): every form seen, how often, and how often each pair of forms follows
each other. A word the model never saw, and any word typed with accents, is kept as typed. numpy loads only
when a text is restored.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tools.languages import pack, without_accents

MODEL_FILE = "accents.npz"
MAX_CANDIDATES = 8  # forms kept per unaccented spelling, the likeliest first
# A text most of whose words the model does not know is not in its language (a Portuguese question taken for
# Vietnamese: "vai chover em sp amanha?"): left as typed. Unaccented Vietnamese questions of the chat's
# development rounds know at least 78% of their words; the two Portuguese ones mistaken for it, 60% and 40%.
MIN_KNOWN = 2 / 3
_UNIGRAM_SHARE = 0.15  # how much of a word's probability given the word before comes from the word alone
_FLOOR = 1e-7  # a form never seen in this context and barely at all
_WORD = re.compile(r"[^\W\d_]+")
# What ends a run of words that the model reads as one context: punctuation and line ends.
_BREAK = re.compile(r"[.,;:!?()\[\]\"“”…\n]")


@dataclass(frozen=True)
class AccentModel:
    """Forms, their counts, and the counts of form pairs (as sorted int64 keys `first * size + second`)."""

    forms: tuple[str, ...]
    counts: Any  # numpy int array, one per form
    pair_keys: Any  # sorted numpy int64
    pair_counts: Any  # numpy int array aligned with pair_keys
    candidates: dict[str, tuple[int, ...]]  # unaccented spelling -> form indices, likeliest first
    total: int

    @classmethod
    def load(cls, path: Path) -> AccentModel:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            forms = tuple(str(form) for form in data["forms"])
            counts = data["counts"].astype(np.int64)
            keys = data["pair_keys"].astype(np.int64)
            pair_counts = data["pair_counts"].astype(np.int64)
        order = np.argsort(keys, kind="stable")
        grouped: dict[str, list[int]] = {}
        for index in sorted(range(len(forms)), key=lambda i: -int(counts[i])):
            grouped.setdefault(without_accents(forms[index]), []).append(index)
        return cls(forms=forms, counts=counts, pair_keys=keys[order], pair_counts=pair_counts[order],
                   candidates={plain: tuple(found[:MAX_CANDIDATES]) for plain, found in grouped.items()},
                   total=int(counts.sum()))

    def _pair(self, first: int, second: int) -> int:
        import numpy as np

        key = first * len(self.forms) + second
        at = int(np.searchsorted(self.pair_keys, key))
        return int(self.pair_counts[at]) if at < len(self.pair_keys) and int(self.pair_keys[at]) == key else 0

    def _log_probability(self, previous: int | None, form: int) -> float:
        """log P(form | previous): the pair's share of the previous form's uses, mixed with the form's own share."""
        alone = int(self.counts[form]) / self.total
        if previous is None:
            return math.log(alone + _FLOOR)
        given = self._pair(previous, form) / max(int(self.counts[previous]), 1)
        return math.log((1 - _UNIGRAM_SHARE) * given + _UNIGRAM_SHARE * alone + _FLOOR)

    def restore_words(self, words: list[str]) -> list[str]:
        """The likeliest forms of a run of lower-case words. A word with accents, or one the model does not
        know, is kept: it is fixed, and the words around it are read without it as context."""
        # Each position's options: (form index or None for a kept word, the text).
        options: list[list[tuple[int | None, str]]] = []
        for word in words:
            found = self.candidates.get(word) if word == without_accents(word) else None
            options.append([(index, self.forms[index]) for index in found] if found else [(None, word)])
        # Viterbi: best[k] = (log probability, back pointer) per option at this position.
        best: list[list[tuple[float, int]]] = []
        for position, choices in enumerate(options):
            row: list[tuple[float, int]] = []
            for index, _ in choices:
                if position == 0:
                    row.append((0.0 if index is None else self._log_probability(None, index), -1))
                    continue
                scored = []
                for back, (previous, _) in enumerate(options[position - 1]):
                    step = 0.0 if index is None else self._log_probability(previous, index)
                    scored.append((best[position - 1][back][0] + step, back))
                row.append(max(scored))
            best.append(row)
        chosen: list[str] = []
        at = max(range(len(best[-1])), key=lambda k: best[-1][k][0]) if best else -1
        for position in range(len(options) - 1, -1, -1):
            chosen.append(options[position][at][1])
            at = best[position][at][1]
        return chosen[::-1]


def _cased_like(form: str, typed: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return form.upper()
    if typed[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


class AccentRestorer:
    """Restores one language's accents; load once per process (`restorer`)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._model: AccentModel | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> AccentModel:
        with self._lock:
            if self._model is None:
                self._model = AccentModel.load(self._path)
            return self._model

    def known_share(self, text: str) -> float:
        """The share of the text's words (not parts of ids or handles) the model knows."""
        words = [match.group(0).lower() for match in _WORD.finditer(text) if _is_word(text, match)]
        candidates = self.model.candidates
        return sum(without_accents(word) in candidates for word in words) / len(words) if words else 0.0

    def accented_words(self, text: str) -> int:
        """How many of the text's words, typed without accents, the model would write with them on their own
        ("khach", "phan", "nan"; not "shop", "ok"): evidence that the text is in this language."""
        model = self.model
        count = 0
        for match in _WORD.finditer(text):
            word = match.group(0).lower()
            found = model.candidates.get(word) if _is_word(text, match) else None
            count += found is not None and model.forms[found[0]] != word
        return count

    def restore(self, text: str, keep: Sequence[tuple[int, int]] = ()) -> str:
        """The text with accents put on its unaccented words, everything else as typed. Parts of ids, handles
        and links ("V-OURS-00046", "@techreview.sam") are not words, and words inside a `keep` span (start,
        end) are left as typed: both end a run of context."""
        model = self.model
        pieces: list[str] = []
        cursor = 0
        for start, end in _segments(text, keep):
            spans = [match for match in _WORD.finditer(text, start, end) if _is_word(text, match)]
            if not spans:
                continue
            forms = model.restore_words([match.group(0).lower() for match in spans])
            for match, form in zip(spans, forms, strict=True):
                typed = match.group(0)
                pieces.append(text[cursor:match.start()])
                pieces.append(typed if form == typed.lower() else _cased_like(form, typed))
                cursor = match.end()
        pieces.append(text[cursor:])
        return "".join(pieces)


def word_runs(text: str) -> Iterator[list[str]]:
    """The text's lower-case words, in runs between punctuation: what the model's counts are made of."""
    for part in _BREAK.split(text):
        words = [word.lower() for word in _WORD.findall(part)]
        if words:
            yield words


def _segments(text: str, keep: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of each run between punctuation, outside the kept spans."""
    edges = sorted({0, len(text), *(match.end() for match in _BREAK.finditer(text)),
                    *(edge for span in keep for edge in span)})
    return [(start, end) for start, end in zip(edges, edges[1:], strict=False)
            if end > start and not any(low <= start and end <= high for low, high in keep)]


def _is_word(text: str, match: re.Match[str]) -> bool:
    """A word, not part of an id, a handle, a link or a code: nothing word-like or '-', '@', '/', '.' touches it
    (a full stop after a word ends a sentence, so only one inside a token counts)."""
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end()] if match.end() < len(text) else " "
    following = text[match.end() + 1] if match.end() + 1 < len(text) else " "
    joined_after = after in "-@/_" or (after == "." and following.isalnum())
    return not (before.isalnum() or before in "-@/._#" or after.isalnum() or joined_after)


@cache
def restorer(code: str) -> AccentRestorer | None:
    """The pack's restorer, or None when the pack ships no accent model."""
    path = pack(code).folder / MODEL_FILE
    return AccentRestorer(path) if path.is_file() else None


def with_accents(text: str, code: str, *, keep: Sequence[tuple[int, int]] = ()) -> str:
    """`text` with accents restored when its language's pack has a model and the text carries no accents at all
    (a question typed with some accents was typed with care: left as it is) and most of its words are words of
    that language (`MIN_KNOWN`). `keep`: spans left as typed."""
    found = restorer(code)
    if found is None or without_accents(text) != text or found.known_share(text) < MIN_KNOWN:
        return text
    return found.restore(text, keep)
