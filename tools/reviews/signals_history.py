"""Repeated malicious reviews: the same buyer buys again and again and leaves a bad review each time."""

from __future__ import annotations

from tools.reviews.models import MaliciousCategory, PastReview, ReviewCase, Signal, SignalKind

NEGATIVE_MAX_RATING = 2
# "Buys again and again and leaves a bad review each time" (reference 002): some span of
# REPEAT_WINDOW_DAYS calendar days that holds this review must hold at least REPEAT_MIN_NEGATIVE_REVIEWS
# negative reviews by the buyer (this one included), and the negatives must be most of what the buyer
# did with the shop: more than half of their orders when the order count is known (a buyer with 3 bad
# reviews on 7 orders is an unlucky customer, not a pattern), else at least REPEAT_MIN_NEGATIVE_SHARE
# of their reviews within REPEAT_WINDOW_DAYS either side. Later reviews count too: the seller reports
# with today's knowledge. Whether the review also describes a real problem is the decision's business
# (`tools.reviews.decision`): it turns the report into "check first".
REPEAT_MIN_NEGATIVE_REVIEWS = 3
REPEAT_WINDOW_DAYS = 90
REPEAT_MIN_NEGATIVE_SHARE = 0.75
REPEAT_MIN_ORDER_SHARE = 0.5  # strictly more than this share of the buyer's orders


def _negatives(reviews: list[PastReview]) -> int:
    return sum(1 for past in reviews if past.rating <= NEGATIVE_MAX_RATING)


def _most_orders_negative(case: ReviewCase) -> bool:
    """Negatives are most of the buyer's orders (when counted) or of their nearby reviews."""
    if case.buyer_order_count:
        negatives = _negatives(case.buyer_history) + 1
        orders = max(case.buyer_order_count, len(case.buyer_history) + 1)
        return orders >= REPEAT_MIN_NEGATIVE_REVIEWS and negatives / orders > REPEAT_MIN_ORDER_SHARE
    nearby = [past for past in case.buyer_history if abs(past.days_ago - case.days_ago) < REPEAT_WINDOW_DAYS]
    return (_negatives(nearby) + 1) / (len(nearby) + 1) >= REPEAT_MIN_NEGATIVE_SHARE


def _best_window(case: ReviewCase) -> list[PastReview] | None:
    """The negative past reviews of the qualifying window with the most negatives, if any."""
    if not _most_orders_negative(case):
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
    all_negatives = _negatives(case.buyer_history) + 1
    if case.buyer_order_count:
        orders = max(case.buyer_order_count, len(case.buyer_history) + 1)
        pattern = f" In all, {all_negatives} of the buyer's {orders} orders with the shop got a negative review."
    else:
        pattern = f" In all, {all_negatives} of the buyer's {len(case.buyer_history) + 1} reviews of the shop are negative."
    return [Signal(
        kind=SignalKind.REPEAT_HISTORY, category=MaliciousCategory.REPEAT_NEGATIVE,
        weight=0.9 if len(ids) > REPEAT_MIN_NEGATIVE_REVIEWS else 0.85,
        description=(
            f"{len(ids)} negative reviews (≤{NEGATIVE_MAX_RATING}★) by this buyer in {span_days} days: "
            f"{', '.join(ids)}.{pattern}"
        ),
        evidence_ids=ids,
    )]
