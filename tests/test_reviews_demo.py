"""The planted malicious-review stories of the demo marketplace (ids in tools/demo/stories.py)."""

from __future__ import annotations

import pytest

from tools.context import resolve_shop
from tools.reviews.appeal import AppealOutcome
from tools.reviews.eligibility import IneligibleReason
from tools.reviews.models import MaliciousCategory
from tools.reviews.triage import triage
from tools.reviews.workflow import appeal_for_review, assess_review
from tools.settings import Settings
from tools.store import Store

stories = pytest.importorskip("tools.demo.stories")
M = MaliciousCategory


@pytest.mark.parametrize(("review_id", "expected"), [
    (stories.COERCIVE_REVIEW, M.COERCIVE),
    (stories.WHATSAPP_REVIEW, M.TRAFFIC_DIVERSION),
    (stories.REPEAT_NEGATIVE_REVIEWS[-1], M.REPEAT_NEGATIVE),
    (stories.GENUINE_ANGRY_REVIEW, M.NOT_MALICIOUS),
    (stories.INJECTION_REVIEW, M.NOT_MALICIOUS),
])
def test_demo_story_categories(demo_store: Store, demo_settings: Settings, review_id: str, expected: MaliciousCategory) -> None:
    ctx = resolve_shop(demo_store, demo_settings)
    verdict = assess_review(demo_store, ctx, demo_settings, review_id)
    assert verdict.assessment.category is expected, verdict.assessment.model_dump_json(indent=1)


def test_repeat_story_lists_the_earlier_reviews(demo_store: Store, demo_settings: Settings) -> None:
    ctx = resolve_shop(demo_store, demo_settings)
    assessment = assess_review(demo_store, ctx, demo_settings, stories.REPEAT_NEGATIVE_REVIEWS[-1]).assessment
    ids = assessment.signals_for(M.REPEAT_NEGATIVE)[0].evidence_ids
    assert stories.REPEAT_NEGATIVE_REVIEWS[-1] in ids and len(ids) >= 3


def test_old_malicious_review_window_closed(demo_store: Store, demo_settings: Settings) -> None:
    ctx = resolve_shop(demo_store, demo_settings)
    verdict = assess_review(demo_store, ctx, demo_settings, stories.OLD_MALICIOUS_REVIEW)
    assert verdict.assessment.is_malicious
    assert not verdict.eligibility.eligible
    assert IneligibleReason.WINDOW_CLOSED in verdict.eligibility.reasons
    assert verdict.eligibility.last_reportable_day < ctx.as_of


def test_demo_injection_review_gets_no_draft(writable_demo_store: Store, demo_settings: Settings) -> None:
    ctx = resolve_shop(writable_demo_store, demo_settings)
    result = appeal_for_review(writable_demo_store, ctx, demo_settings, stories.INJECTION_REVIEW)
    assert result.outcome is AppealOutcome.GENUINE_COMPLAINT


def test_demo_triage_runs(demo_store: Store, demo_settings: Settings) -> None:
    ctx = resolve_shop(demo_store, demo_settings)
    report = triage(demo_store, ctx, demo_settings)
    listed = {item.review_id: item for group in report.groups for item in group.items}
    assert stories.OLD_MALICIOUS_REVIEW not in listed
    assert listed[stories.COERCIVE_REVIEW].category is M.COERCIVE
