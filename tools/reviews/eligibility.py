"""Can a review still be reported? (reference 002: only negative reviews posted within the last
30 calendar days, each reported at most once.)

The window, precisely: a review posted on shop-local day D can be reported on days D through
D + report_window_days - 1 (with 30 days: D .. D+29). On day D+30 the window has closed.
`days_left` counts today: 1 on the last reportable day, 0 once closed.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from pydantic import Field

from tools.reviews.models import Strict
from tools.settings import Settings


class IneligibleReason(StrEnum):
    RATING_TOO_HIGH = "rating_too_high"
    WINDOW_CLOSED = "window_closed"
    ALREADY_REPORTED = "already_reported"


class Eligibility(Strict):
    review_id: str
    eligible: bool
    reasons: list[IneligibleReason] = Field(default_factory=list)
    messages: list[str] = Field(default_factory=list)
    posted_on: date
    last_reportable_day: date
    days_left: int


def last_reportable_day(posted_on: date, window_days: int) -> date:
    return posted_on + timedelta(days=window_days - 1)


def check_report_eligibility(
    *,
    review_id: str,
    rating: int,
    posted_on: date,
    as_of: date,
    settings: Settings,
    already_reported: bool,
) -> Eligibility:
    """Say whether a review can be reported today, and exactly which condition fails if not."""
    last_day = last_reportable_day(posted_on, settings.report_window_days)
    days_left = max(0, (last_day - as_of).days + 1)
    reasons: list[IneligibleReason] = []
    messages: list[str] = []
    if rating > settings.report_max_rating:
        reasons.append(IneligibleReason.RATING_TOO_HIGH)
        messages.append(
            f"Rated {rating}★: only reviews of {settings.report_max_rating}★ or less can be reported."
        )
    if as_of > last_day:
        reasons.append(IneligibleReason.WINDOW_CLOSED)
        messages.append(
            f"Posted on {posted_on.isoformat()}: the {settings.report_window_days}-day reporting window "
            f"closed after {last_day.isoformat()}."
        )
    if already_reported:
        reasons.append(IneligibleReason.ALREADY_REPORTED)
        messages.append("This review has already been reported; each review can be reported only once.")
    if not reasons:
        messages.append(
            f"Reportable until {last_day.isoformat()} (shop time), {days_left} day(s) left including today."
        )
    return Eligibility(
        review_id=review_id, eligible=not reasons, reasons=reasons, messages=messages,
        posted_on=posted_on, last_reportable_day=last_day, days_left=days_left,
    )
