"""Batch triage: every negative review of the last 30 days, grouped by category, with days left to report."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from pydantic import Field

from tools.clock import day_range_utc
from tools.context import ShopContext
from tools.reviews.appeal import genuine_complaint_advice
from tools.reviews.classifier import PRIORITY, classify_malicious_review
from tools.reviews.context_loader import StoreCaseLoader
from tools.reviews.eligibility import check_report_eligibility
from tools.reviews.learned import prime
from tools.reviews.ledger import ReportStats, list_reports, report_stats
from tools.reviews.models import Decision, MaliciousCategory, Strict
from tools.reviews.workflow import headline
from tools.settings import Settings
from tools.store import Store


class TriageItem(Strict):
    review_id: str
    product_id: str | None
    product_title: str
    rating: int
    posted_on: date
    category: MaliciousCategory
    decision: Decision
    decision_reason: str
    checklist: list[str] = Field(default_factory=list)
    secondary: list[MaliciousCategory]
    confidence: float
    obfuscation: list[str] = Field(default_factory=list)
    eligible: bool
    ineligible_reasons: list[str]
    days_left: int
    last_reportable_day: date
    report_status: str | None = None
    issue_tags: list[str] = Field(default_factory=list)  # VoC issues, for genuine complaints
    preview: str


class TriageGroup(Strict):
    category: MaliciousCategory
    count: int
    items: list[TriageItem]


class TriageReport(Strict):
    shop_id: str
    as_of: date
    first_day: date
    negative_reviews: int
    groups: list[TriageGroup]
    genuine_issue_counts: dict[str, int]
    tagger_available: bool
    stats: ReportStats
    product_id: str | None = None  # only this product's reviews, when the seller asked about one
    product_title: str | None = None


def triage(store: Store, ctx: ShopContext, settings: Settings, *, product_id: str | None = None) -> TriageReport:
    """Classify all negative reviews still inside the report window (of one product, if given) and group them
    by category."""
    first_day = ctx.as_of - timedelta(days=settings.report_window_days - 1)
    start, end = day_range_utc(first_day, ctx.as_of, ctx.zone)
    review_ids = [row[0] for row in store.query(
        """SELECT r.review_id FROM reviews r JOIN products p USING (product_id)
           WHERE p.shop_id = ? AND r.rating <= ? AND r.create_time >= ? AND r.create_time < ?
             AND (CAST(? AS VARCHAR) IS NULL OR r.product_id = ?)
           ORDER BY r.create_time, r.review_id""",
        [ctx.shop_id, settings.report_max_rating, start, end, product_id, product_id],
    )]
    statuses = {record.review_id: record.status for record in list_reports(store, ctx)}
    loader = StoreCaseLoader(store, ctx)
    items: list[TriageItem] = []
    issue_counts: Counter[str] = Counter()
    tagger_available = True
    cases = loader.load_many(review_ids)
    prime([case.text for case in cases])  # the learned reading in batches, not one review at a time
    for case in cases:
        review_id = case.review_id
        assessment = classify_malicious_review(case)
        status = statuses.get(review_id)
        eligibility = check_report_eligibility(
            review_id=review_id, rating=case.rating, posted_on=case.posted_on or ctx.as_of, as_of=ctx.as_of,
            settings=settings, already_reported=status is not None and status.value != "drafted",
        )
        tags: list[str] = []
        if not assessment.is_malicious:
            advice = genuine_complaint_advice(case, assessment)
            tags, tagger_available = advice.issue_tags, tagger_available and advice.tagger_available
            issue_counts.update(tags)
        items.append(TriageItem(
            review_id=review_id, product_id=case.product_id, product_title=case.product_title, rating=case.rating,
            posted_on=eligibility.posted_on, category=assessment.category, decision=assessment.decision,
            decision_reason=assessment.decision_reason, checklist=assessment.checklist,
            obfuscation=assessment.obfuscation, secondary=assessment.secondary,
            confidence=assessment.confidence, eligible=eligibility.eligible,
            ineligible_reasons=[reason.value for reason in eligibility.reasons], days_left=eligibility.days_left,
            last_reportable_day=eligibility.last_reportable_day, report_status=status.value if status else None,
            issue_tags=tags, preview=headline(case.text),
        ))
    groups = []
    for category in (*PRIORITY, MaliciousCategory.NOT_MALICIOUS):
        members = sorted(
            (item for item in items if item.category is category), key=lambda item: (item.days_left, -item.confidence)
        )
        if members:
            groups.append(TriageGroup(category=category, count=len(members), items=members))
    return TriageReport(
        shop_id=ctx.shop_id, as_of=ctx.as_of, first_day=first_day, negative_reviews=len(items), groups=groups,
        genuine_issue_counts=dict(issue_counts.most_common()), tagger_available=tagger_available,
        stats=report_stats(store, ctx), product_id=product_id,
        product_title=store.product_title(product_id) if product_id else None,
    )

