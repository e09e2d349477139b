"""Repeated malicious reviews: the same buyer buys again and again and leaves a bad review each time."""

from __future__ import annotations

from tools.reviews.models import MaliciousCategory, PastReview, ReviewCase, Signal, SignalKind
from tools.reviews.signals_genuine import describes_defect
from tools.reviews.text_tools import compile_all, normalise

# Generic displeasure names no concrete defect ("bad quality again", "not as expected").
GENERIC_COMPLAINTS = compile_all([
    r"\b(bad|poor|low|cheap|terrible) quality\b|\bnot as expected\b",
    r"\b(tidak|gak|nggak|ga) sesuai harapan\b|\bkualitas (jelek|rendah|buruk)\b",
    r"质量(差|一般|不好|太差)",
])


def _describes_concrete_defect(text: str) -> bool:
    stripped = normalise(text)
    for pattern in GENERIC_COMPLAINTS:
        stripped = pattern.sub(" ", stripped)
    return describes_defect(stripped)

NEGATIVE_MAX_RATING = 2
# "Again and again ... each time": some span of REPEAT_WINDOW_DAYS calendar days that holds this
# review must hold at least REPEAT_MIN_NEGATIVE_REVIEWS negative reviews by the buyer (this one
# included), and negatives must be most of the buyer's reviews within REPEAT_WINDOW_DAYS of this one,
# either side (a loyal buyer with one bad month is not a repeat offender). Later reviews count too:
# the seller reports with today's knowledge.
REPEAT_MIN_NEGATIVE_REVIEWS = 3
REPEAT_WINDOW_DAYS = 90
REPEAT_MIN_NEGATIVE_SHARE = 0.75
# A review that describes a concrete defect reads as a genuine complaint from an unlucky buyer; the
# history alone decides only with one more negative review. Below that the fact is still shown, with
# a weight under the classification threshold, so the seller sees it without being told to report.
REPEAT_MIN_NEGATIVE_WITH_DEFECT = 4
INFORMATIONAL_WEIGHT = 0.45


def _best_window(case: ReviewCase) -> list[PastReview] | None:
    """The negative past reviews of the qualifying window with the most negatives, if any."""
    nearby = [past for past in case.buyer_history if abs(past.days_ago - case.days_ago) < REPEAT_WINDOW_DAYS]
    nearby_negatives = sum(1 for past in nearby if past.rating <= NEGATIVE_MAX_RATING) + 1
    if nearby_negatives / (len(nearby) + 1) < REPEAT_MIN_NEGATIVE_SHARE:
        return None
    best: list[PastReview] | None = None
    starts = {case.days_ago, *(past.days_ago for past in case.buyer_history)}
    for oldest in sorted(starts, reverse=True):  # window covers days_ago in (oldest - WINDOW, oldest]
        if not oldest - REPEAT_WINDOW_DAYS < case.days_ago <= oldest:
            continue
        inside = [past for past in case.buyer_history if oldest - REPEAT_WINDOW_DAYS < past.days_ago <= oldest]
        negatives = [past for past in inside if past.rating <= NEGATIVE_MAX_RATING]
        count = len(negatives) + 1
        if count >= REPEAT_MIN_NEGATIVE_REVIEWS and (best is None or len(negatives) > len(best)):
            best = negatives
    return best


def repeat_negative_signals(case: ReviewCase) -> list[Signal]:
    if case.rating > NEGATIVE_MAX_RATING:
        return []
    negatives = _best_window(case)
    if negatives is None:
        return []
    dated = sorted(
        [*((past.days_ago, past.review_id or f"a review {past.days_ago} days ago") for past in negatives),
         (case.days_ago, case.review_id)],
        key=lambda item: (-item[0], item[1]),
    )
    ids = [review_id for _, review_id in dated]
    span_days = dated[0][0] - dated[-1][0] + 1
    orders = f" The buyer has {case.buyer_order_count} orders with the shop." if case.buyer_order_count else ""
    weight = 0.9 if len(ids) > REPEAT_MIN_NEGATIVE_REVIEWS else 0.85
    caveat = ""
    if len(ids) < REPEAT_MIN_NEGATIVE_WITH_DEFECT and _describes_concrete_defect(case.text):
        weight = INFORMATIONAL_WEIGHT
        caveat = " This review describes a concrete defect, so the history alone does not make it malicious."
    return [Signal(
        kind=SignalKind.REPEAT_HISTORY, category=MaliciousCategory.REPEAT_NEGATIVE,
        weight=weight,
        description=(
            f"{len(ids)} negative reviews (≤{NEGATIVE_MAX_RATING}★) by this buyer in {span_days} days: "
            f"{', '.join(ids)}.{orders}{caveat}"
        ),
        evidence_ids=ids,
    )]
