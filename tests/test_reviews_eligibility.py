"""Report eligibility: each condition, the window's boundary days, and the labelled cases."""

from __future__ import annotations

from datetime import date

from tools.reviews.eligibility import IneligibleReason, check_report_eligibility
from tools.reviews.evaluate import evaluate_eligibility, load_eligibility_cases
from tools.settings import Settings

AS_OF = date(2026, 11, 20)


def check(settings: Settings, *, rating: int = 1, posted_on: date, reported: bool = False):  # type: ignore[no-untyped-def]
    return check_report_eligibility(
        review_id="R-1", rating=rating, posted_on=posted_on, as_of=AS_OF, settings=settings, already_reported=reported
    )


def test_last_reportable_day_is_posting_day_plus_29(settings: Settings) -> None:
    result = check(settings, posted_on=date(2026, 10, 22))
    assert result.eligible and result.reasons == []
    assert result.last_reportable_day == AS_OF and result.days_left == 1
    assert "2026-11-20" in result.messages[0]


def test_window_closed_the_day_after(settings: Settings) -> None:
    result = check(settings, posted_on=date(2026, 10, 21))
    assert not result.eligible and result.reasons == [IneligibleReason.WINDOW_CLOSED]
    assert result.last_reportable_day == date(2026, 11, 19) and result.days_left == 0
    assert "closed after 2026-11-19" in result.messages[0]


def test_posted_today_has_thirty_days(settings: Settings) -> None:
    result = check(settings, posted_on=AS_OF)
    assert result.eligible and result.days_left == 30 and result.last_reportable_day == date(2026, 12, 19)


def test_rating_boundary(settings: Settings) -> None:
    assert check(settings, rating=2, posted_on=AS_OF).eligible
    result = check(settings, rating=3, posted_on=AS_OF)
    assert result.reasons == [IneligibleReason.RATING_TOO_HIGH] and "2★ or less" in result.messages[0]


def test_already_reported(settings: Settings) -> None:
    result = check(settings, posted_on=AS_OF, reported=True)
    assert result.reasons == [IneligibleReason.ALREADY_REPORTED] and "only once" in result.messages[0]


def test_every_failing_condition_is_named(settings: Settings) -> None:
    result = check(settings, rating=5, posted_on=date(2026, 9, 1), reported=True)
    assert result.reasons == [
        IneligibleReason.RATING_TOO_HIGH, IneligibleReason.WINDOW_CLOSED, IneligibleReason.ALREADY_REPORTED
    ]


def test_settings_change_the_rules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tools.settings import load_settings

    strict = load_settings(data_dir=tmp_path, report_window_days=7, report_max_rating=1, _env_file=None)
    assert check(strict, rating=2, posted_on=AS_OF).reasons == [IneligibleReason.RATING_TOO_HIGH]
    assert check(strict, posted_on=date(2026, 11, 13)).reasons == [IneligibleReason.WINDOW_CLOSED]
    assert check(strict, posted_on=date(2026, 11, 14)).eligible


def test_labelled_eligibility_cases(settings: Settings) -> None:
    cases = load_eligibility_cases()
    assert len(cases) >= 15
    scores = evaluate_eligibility(cases, settings)
    assert scores.failures == []
