"""Which one of the shop's reviews a seller describes in their own words, when they give no id.

Sellers point at a review by what it says ("the one telling people to buy from GlowMart", "รีวิวที่เขียนมั่วๆว่า
asdkjh qwe zzzz"), by what kind of review it is ("the customer who said send another dress free or the 1 star
stays"), or by its rating among a product's reviews ("aquela avaliação de 2 estrelas dele"). Three readings, each
deterministic, each required to single out one review; when none does, no review is named and the caller keeps
its list of reviews:

1. **Its own words.** The description and one review share words sellers do not ask questions with, `MIN_SHARED`
   characters of them (`MIN_SHARED_CJK` in Chinese or Thai, where pairs of neighbouring characters count too),
   `LEAD` more than any other candidate shares.
2. **What it does.** The description itself trips a malicious-review detector that reads a text alone (a removal
   offered for a reward, another shop or a contact pushed), and exactly one candidate trips the same one.
3. **Its rating.** The seller names a number of stars and exactly one candidate has it.
4. **Its meaning**, when the words are not the review's own (a Portuguese review described in Thai: "อีกอันที่
   ลูกค้าบอกที่อยู่ผิด", the one where the buyer says the address is wrong): in a multilingual sentence encoder's
   space, one candidate is at least `MEANING_MIN` close to the description and `MEANING_LEAD` closer than any
   other. Read only among at most `MEANING_POOL` candidates (a product's reviews, a small shop's), and only when a
   caller passes an encoder; the caller accepts it only where the seller asks about one review.

The description is the seller's words, never a review: nothing in it is obeyed, and it only picks among the
reviews the store holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from tools.reviews.models import MaliciousCategory, SignalKind, Strict
from tools.reviews.signals_coercive import coercive_signals
from tools.reviews.signals_competitor import competitor_signals
from tools.reviews.signals_diversion import diversion_signals
from tools.reviews.text_tools import words_of
from tools.untrusted_text import clean

if TYPE_CHECKING:
    from tools.text_vectors import TextEmbedder

MIN_SHARED = 8  # characters of telling words a description and a review share, in a spaced script
MIN_SHARED_CJK = 4  # the same in Chinese or Thai, where a character carries more
LEAD = 3  # how many characters more the best candidate must share than any other
# The meaning reading (the knowledge base's encoder, USE multilingual: cosine similarity). Set from development rounds'
# descriptions of reviews in another language (rounds 12 and 13): the review meant scored 0.29–0.54 where it was the
# product's only one, and led the next by 0.08–0.10 where there were several.
MEANING_MIN = 0.25
MEANING_LEAD = 0.07
MEANING_POOL = 120  # encoding more reviews than this would make a first question wait over half a second
_DENSE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")
# "Buy from GlowMart instead" and "chat me on WhatsApp" are one kind of thing to a seller describing a review: the
# buyer sends shoppers elsewhere. The detectors tell the two apart; a description rarely does.
_FAMILY = {
    MaliciousCategory.COERCIVE: "coercive",
    MaliciousCategory.COMPETITOR: "elsewhere",
    MaliciousCategory.TRAFFIC_DIVERSION: "elsewhere",
}
# "My shop" in a seller's question is their own shop, not a reviewer promoting one.
_NOT_A_DESCRIPTION = {SignalKind.SELF_STORE_CLAIM}


class CandidateReview(Strict):
    review_id: str
    text: str
    rating: int


class DescribedBy(StrEnum):
    WORDS = "words"  # words only it holds
    KIND = "kind"  # the only one of the kind of malicious review described
    STARS = "stars"  # the only one with the stars named
    MEANING = "meaning"  # clearly the closest in meaning (described in other words or another language)


class Described(Strict):
    review_id: str
    by: DescribedBy
    among: int = 0  # how many reviews the meaning reading compared (0 for the other readings)


def _families(text: str, *, describing: bool) -> set[str]:
    """The kinds of malicious review a text shows by itself (no buyer history, no catalogue)."""
    cleaned = clean(text)
    signals = [*coercive_signals(cleaned, []), *diversion_signals(cleaned), *competitor_signals(cleaned)]
    return {_FAMILY[signal.category] for signal in signals if signal.category in _FAMILY
            and not (describing and signal.kind in _NOT_A_DESCRIPTION)}


@lru_cache(maxsize=8192)
def _written(text: str) -> frozenset[str]:
    """The kinds of malicious review a stored review shows by itself, read once per text: a shop's reviews are read
    again for every description."""
    return frozenset(_families(text, describing=False))


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def description_units(text: str) -> list[str]:
    """The units a description and a review are compared by: words (Thai segmented), and in Chinese each character
    and each pair of neighbouring characters. A Chinese character alone is in almost any question ("色", "图"); a
    pair is what a seller quotes ("偏紫", "紫色" in "那条写 裙子偏紫色，和图片不一样 的差评")."""
    units = words_of(text)
    for run in _HAN_RUN.findall(text):
        units.extend(run[index:index + 2] for index in range(len(run) - 1))
    return units


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    """A stored review's units, cut once per text (Thai is segmented): a shop's reviews are read again for every
    description."""
    return frozenset(description_units(text))


def _telling_words(text: str, ordinary: frozenset[str]) -> set[str]:
    """The units of a text that can tell reviews apart: not words sellers ask questions with ("this review" is in a
    question and in a review alike; "GlowMart" or "remetente" is what one review said), nor numbers or bits."""
    return {word for word in description_units(text)
            if word not in ordinary and (len(word) >= 3 or not word.isascii()) and not word.isdigit()}


def _enough(shared: set[str]) -> bool:
    size = sum(len(word) for word in shared)
    return size >= (MIN_SHARED_CJK if any(_DENSE.search(word) for word in shared) else MIN_SHARED)


class ReviewMeaning:
    """Cosine similarity of a description to reviews' texts, each review's vector encoded once per process."""

    def __init__(self, embedder: TextEmbedder) -> None:
        self._embedder = embedder
        self._vectors: dict[str, list[float]] = {}

    def __call__(self, description: str, texts: Sequence[str]) -> list[float]:
        missing = list(dict.fromkeys(text for text in texts if text not in self._vectors))
        if missing:
            self._vectors.update(zip(missing, self._embedder.embed([clean(text) for text in missing]), strict=True))
        [asked] = self._embedder.embed([description])
        return [sum(a * b for a, b in zip(asked, self._vectors[text], strict=True)) for text in texts]


def described_review(description: str, candidates: Sequence[CandidateReview], *, stars: int | None = None,
                     ordinary: frozenset[str] = frozenset(), meaning: ReviewMeaning | None = None) -> Described | None:
    """The one candidate the description singles out and how, or None when it points at none or at several.

    `ordinary` holds the words sellers ask questions with (any language): a run of them shared with a review
    says nothing about which review is meant. `meaning`, when given, allows the fourth reading."""
    if not candidates or not description.strip():
        return None
    pool = [review for review in candidates if stars is None or review.rating == stars]
    if not pool:
        return None
    asked = _telling_words(description, ordinary)
    shared = sorted(((sum(len(word) for word in both), review.review_id) for review in pool
                     if _enough(both := asked & _words(review.text))), reverse=True)
    if shared and (len(shared) == 1 or shared[0][0] - shared[1][0] >= LEAD):
        return Described(review_id=shared[0][1], by=DescribedBy.WORDS)
    if families := _families(description, describing=True):
        alike = [review.review_id for review in pool if families & _written(review.text)]
        return Described(review_id=alike[0], by=DescribedBy.KIND) if len(alike) == 1 else None
    if stars is not None and len(pool) == 1:
        return Described(review_id=pool[0].review_id, by=DescribedBy.STARS)
    if meaning is not None and len(pool) <= MEANING_POOL:
        ranked = sorted(zip(meaning(description, [review.text for review in pool]), (r.review_id for r in pool),
                            strict=True), reverse=True)
        if ranked[0][0] >= MEANING_MIN and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= MEANING_LEAD):
            return Described(review_id=ranked[0][1], by=DescribedBy.MEANING, among=len(ranked))
    return None
