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


def test_no_genuine_complaint_the_demo_can_write_is_to_be_reported() -> None:
    """Every kind of genuine complaint the demo generator writes, in every language and category: never
    `report` (the generator's words are never tuned on; this only checks the outcome)."""
    import random

    import numpy as np

    from tools.demo.texts import BANKS, ISSUE_TAGS, TextComposer
    from tools.reviews.classifier import classify_malicious_review
    from tools.reviews.models import Decision, ReviewCase

    reported, total = [], 0
    for language, bank in BANKS.items():
        for category in bank.ITEMS:
            composer = TextComposer(
                category=category, story_product=None, second_tag_weights=np.ones(len(ISSUE_TAGS)), rng=random.Random(14)
            )
            for tag in ISSUE_TAGS:
                for kind in (f"neg:{tag}", f"mixed:{tag}", f"ret:{tag}"):
                    for _ in range(3):
                        text = composer.compose(kind, language)
                        total += 1
                        case = ReviewCase(review_id="R", text=text, rating=1, product_title=category, language=language)
                        if classify_malicious_review(case).decision is Decision.REPORT:
                            reported.append(f"{language} {kind}: {text}")
    assert total > 2000
    assert reported == []


def test_voc_and_reviews_agree_on_every_review(writable_demo_store: Store, demo_settings: Settings) -> None:
    """A review the Reviews tab calls wrong product or invalid is left out of the product's VoC and listed
    apart; every other negative review is counted."""
    from tools.reviews.verdicts import EXCLUDED_FROM_VOC
    from tools.voc.drawer import diagnose_product
    from tools.voc.service import ensure_tagged

    ctx = resolve_shop(writable_demo_store, demo_settings)
    ensure_tagged(writable_demo_store, ctx, demo_settings)
    report = triage(writable_demo_store, ctx, demo_settings)
    items = [item for group in report.groups for item in group.items]
    excluded_ids = {item.review_id for item in items if item.category in EXCLUDED_FROM_VOC}
    assert stories.WRONG_PRODUCT_REVIEW in excluded_ids
    products = {item.product_id for item in items if item.product_id}
    for product_id in sorted(products):
        diagnosis = diagnose_product(writable_demo_store, ctx, demo_settings, product_id, tag_first=False)
        listed = {excluded.review_id for excluded in diagnosis.excluded}
        wanted = {item.review_id for item in items if item.product_id == product_id and item.review_id in excluded_ids}
        assert wanted <= listed, product_id
        quoted = {quote.item_id for issue in diagnosis.issues for quote in issue.evidence}
        assert not (quoted & excluded_ids), product_id
        assert not (listed - excluded_ids), product_id  # nothing else is left out


def test_voc_inputs_are_checked_again_only_after_a_write_or_a_new_day(
    writable_demo_store: Store, demo_settings: Settings, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every command and tab asks for current tags and verdicts first; with nothing written since, the answer
    is read from the store, and any committed write (or another day) makes it look again."""
    from dataclasses import replace
    from datetime import timedelta

    import tools.reviews.verdicts as verdicts
    from tools.models import Review
    from tools.voc.service import ensure_tagged

    store = writable_demo_store
    ctx = resolve_shop(store, demo_settings)
    refreshed: list[int] = []
    real = verdicts.refresh_verdicts
    monkeypatch.setattr(verdicts, "refresh_verdicts", lambda *a, **k: refreshed.append(real(*a, **k)) or refreshed[-1])
    ensure_tagged(store, ctx, demo_settings)
    ensure_tagged(store, ctx, demo_settings)
    assert len(refreshed) == 1

    product_id, order_id, buyer_id, created = store.query(
        "SELECT product_id, order_id, buyer_id, create_time FROM reviews r JOIN products p USING (product_id) "
        "WHERE p.shop_id = ? AND r.order_id IS NOT NULL ORDER BY review_id LIMIT 1", [ctx.shop_id])[0]
    store.upsert("reviews", [Review(review_id="R-NEW-1", order_id=order_id, product_id=product_id, buyer_id=buyer_id,
                                    rating=1, review_text="Arrived broken, the lid is cracked.", create_time=created)])
    ensure_tagged(store, ctx, demo_settings)
    assert refreshed[-1] == 1 and len(refreshed) == 2
    assert store.query("SELECT count(*) FROM review_verdicts WHERE review_id = 'R-NEW-1'")[0][0] == 1
    assert store.query("SELECT count(*) FROM feedback_tags WHERE item_id = 'R-NEW-1'")[0][0] >= 1

    ensure_tagged(store, ctx, demo_settings)
    assert len(refreshed) == 2
    ensure_tagged(store, replace(ctx, as_of=ctx.as_of + timedelta(days=1)), demo_settings)
    assert len(refreshed) == 3 and refreshed[-1] == 0  # looked again; a new day alone changes no verdict
