"""Which one of the shop's reviews a seller describes in their own words, when they give no id.

Sellers point at a review by what it says ("the one telling people to buy from GlowMart", "รีวิวที่เขียนมั่วๆว่า
asdkjh qwe zzzz"), by what kind of review it is ("the customer who said send another dress free or the 1 star
stays"), or by its rating among a product's reviews ("aquela avaliação de 2 estrelas dele"). Three readings, each
deterministic, each required to single out one review; when none does, no review is named and the caller keeps
its list of reviews:

1. **Its own words.** The description and one review share a run of text (`MIN_SHARED` characters, `MIN_SHARED_CJK`
   in Chinese or Thai) that no other candidate shares as long.
2. **What it does.** The description itself trips a malicious-review detector that reads a text alone (a removal
   offered for a reward, another shop or a contact pushed), and exactly one candidate trips the same one.
3. **Its rating.** The seller names a number of stars and exactly one candidate has it.

The description is the seller's words, never a review: nothing in it is obeyed, and it only picks among the
reviews the store holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from tools.reviews.models import MaliciousCategory, SignalKind, Strict
from tools.reviews.signals_coercive import coercive_signals
from tools.reviews.signals_competitor import competitor_signals
from tools.reviews.signals_diversion import diversion_signals
from tools.reviews.text_tools import normalise, words_of
from tools.untrusted_text import clean

MIN_SHARED = 8  # characters of text a description and a review share, in a spaced script
MIN_SHARED_CJK = 4  # the same in Chinese or Thai, where a character carries more
LEAD = 3  # how many characters longer the best shared run must be than any other candidate's
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


def _families(text: str, *, describing: bool) -> set[str]:
    """The kinds of malicious review a text shows by itself (no buyer history, no catalogue)."""
    cleaned = clean(text)
    signals = [*coercive_signals(cleaned, []), *diversion_signals(cleaned), *competitor_signals(cleaned)]
    return {_FAMILY[signal.category] for signal in signals if signal.category in _FAMILY
            and not (describing and signal.kind in _NOT_A_DESCRIPTION)}


def _plain(text: str) -> str:
    return " ".join(normalise(text).split())


def _shared_run(description: str, text: str) -> str:
    """The longest run of characters the two texts share."""
    matcher = SequenceMatcher(None, description, text, autojunk=False)
    match = matcher.find_longest_match(0, len(description), 0, len(text))
    return description[match.a:match.a + match.size].strip()


def _telling(run: str, ordinary: frozenset[str]) -> bool:
    """A shared run long enough to tell reviews apart, holding a word sellers do not use to ask questions: "this
    review" is in a question and in a review alike, "GlowMart" or "voltou pro remetente" is what the review said."""
    if len(run) < (MIN_SHARED_CJK if _DENSE.search(run) else MIN_SHARED):
        return False
    return any(word not in ordinary and (len(word) >= 3 or not word.isascii()) and not word.isdigit()
               for word in words_of(run))


def described_review(description: str, candidates: Sequence[CandidateReview], *, stars: int | None = None,
                     ordinary: frozenset[str] = frozenset()) -> str | None:
    """The one candidate the description singles out, or None when it points at none or at several.

    `ordinary` holds the words sellers ask questions with (any language): a run of them shared with a review
    says nothing about which review is meant."""
    if not candidates or not description.strip():
        return None
    pool = [review for review in candidates if stars is None or review.rating == stars]
    if not pool:
        return None
    said = _plain(description)
    runs = sorted(((len(run), review.review_id) for review in pool
                   if _telling(run := _shared_run(said, _plain(review.text)), ordinary)), reverse=True)
    if runs and (len(runs) == 1 or runs[0][0] - runs[1][0] >= LEAD):
        return runs[0][1]
    if families := _families(description, describing=True):
        alike = [review.review_id for review in pool if families & _families(review.text, describing=False)]
        if len(alike) == 1:
            return alike[0]
        return None
    if stars is not None and len(pool) == 1:
        return pool[0].review_id
    return None
