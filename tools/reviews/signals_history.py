"""Repeated malicious reviews: the same buyer buys again and again and leaves a bad review each time."""

from __future__ import annotations

from tools.reviews.models import MaliciousCategory, ReviewCase, Signal, SignalKind

NEGATIVE_MAX_RATING = 2
# "Again and again ... each time": at least this many negative reviews, this review included,
# posted within this many calendar days up to this review, and making up most of the buyer's
# reviews in that span (a loyal buyer with one bad month is not a repeat offender).
REPEAT_MIN_NEGATIVE_REVIEWS = 3
REPEAT_WINDOW_DAYS = 90
REPEAT_MIN_NEGATIVE_SHARE = 0.75


def repeat_negative_signals(case: ReviewCase) -> list[Signal]:
    if case.rating > NEGATIVE_MAX_RATING:
        return []
    in_window = [past for past in case.buyer_history if 0 <= past.days_ago - case.days_ago < REPEAT_WINDOW_DAYS]
    negatives = [past for past in in_window if past.rating <= NEGATIVE_MAX_RATING]
    negative_count = len(negatives) + 1
    share = negative_count / (len(in_window) + 1)
    if negative_count < REPEAT_MIN_NEGATIVE_REVIEWS or share < REPEAT_MIN_NEGATIVE_SHARE:
        return []
    oldest = max(past.days_ago for past in negatives)
    span_days = oldest - case.days_ago + 1
    ids = [past.review_id or f"a review {past.days_ago} days ago" for past in sorted(negatives, key=lambda p: -p.days_ago)]
    ids.append(case.review_id)
    orders = f" The buyer has {case.buyer_order_count} orders with the shop." if case.buyer_order_count else ""
    return [Signal(
        kind=SignalKind.REPEAT_HISTORY, category=MaliciousCategory.REPEAT_NEGATIVE,
        weight=0.9 if negative_count > REPEAT_MIN_NEGATIVE_REVIEWS else 0.85,
        description=(
            f"{negative_count} negative reviews (≤{NEGATIVE_MAX_RATING}★) by this buyer in {span_days} days: "
            f"{', '.join(ids)}.{orders}"
        ),
        evidence_ids=ids,
    )]
