"""The review tools as the CLI and agent call them: assess, draft, file, batch lines."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from pydantic import Field, ValidationError

from tools.context import ShopContext
from tools.errors import DataError, LedgerError
from tools.masking import mask_contacts
from tools.reviews.appeal import (
    AppealOutcome,
    AppealResult,
    GenuineComplaintAdvice,
    Language,
    draft_appeal,
    genuine_complaint_advice,
)
from tools.reviews.classifier import classify_malicious_review
from tools.reviews.context_loader import BatchReviewLine, case_from_batch_line, load_review_case
from tools.reviews.eligibility import Eligibility, check_report_eligibility
from tools.reviews.ledger import ReportRecord, file_report, get_report, is_reported, record_draft
from tools.reviews.models import MALICIOUS_CATEGORIES, Assessment, Decision, MaliciousCategory, ReviewCase, Signal, Strict
from tools.settings import Settings
from tools.store import Store


class ReviewVerdict(Strict):
    review_id: str
    assessment: Assessment
    eligibility: Eligibility
    report: ReportRecord | None = None
    # For a genuine complaint: the VoC issues it belongs to (and the product's category, for the playbook).
    advice: GenuineComplaintAdvice | None = None


class BatchVerdict(Strict):
    id: str
    category: MaliciousCategory
    decision: Decision
    decision_reason: str
    checklist: list[str]
    problem: str | None = None
    obfuscation: list[str] = Field(default_factory=list)
    secondary: list[MaliciousCategory]
    confidence: float
    signals: list[Signal]
    eligible: bool
    ineligible_reasons: list[str]
    messages: list[str]
    last_reportable_day: date


class FiledAppeal(Strict):
    result: AppealResult
    record: ReportRecord


def _eligibility(case: ReviewCase, *, as_of: date, settings: Settings, already_reported: bool) -> Eligibility:
    assert case.posted_on is not None  # both loaders set it
    return check_report_eligibility(
        review_id=case.review_id, rating=case.rating, posted_on=case.posted_on, as_of=as_of,
        settings=settings, already_reported=already_reported,
    )


def assess_review(store: Store, ctx: ShopContext, settings: Settings, review_id: str) -> ReviewVerdict:
    """Classify one review of the shop and say whether it can still be reported."""
    case = load_review_case(store, ctx, review_id)
    assessment = classify_malicious_review(case)
    return ReviewVerdict(
        review_id=review_id,
        assessment=assessment,
        eligibility=_eligibility(case, as_of=ctx.as_of, settings=settings, already_reported=is_reported(store, review_id)),
        report=get_report(store, review_id),
        advice=genuine_complaint_advice(case, assessment) if assessment.decision is Decision.DO_NOT_REPORT else None,
    )


def parse_batch_lines(lines: Iterable[str]) -> list[BatchReviewLine]:
    """Validate batch JSONL; the error names the line and the field."""
    parsed = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            parsed.append(BatchReviewLine.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise DataError(f"Line {number}: not valid JSON ({exc.msg}). Each line must be one JSON object.") from exc
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in error['loc']) or 'line'}: {error['msg']}" for error in exc.errors())
            raise DataError(f"Line {number}: {problems}") from exc
    return parsed


def assess_batch_line(
    line: BatchReviewLine, *, as_of: date, zone: ZoneInfo, settings: Settings, already_reported: bool = False
) -> BatchVerdict:
    """Classify a pasted review and check its eligibility, as one batch output line."""
    case = case_from_batch_line(line, as_of=as_of, zone=zone)
    assessment = classify_malicious_review(case)
    eligibility = _eligibility(case, as_of=as_of, settings=settings, already_reported=already_reported)
    return BatchVerdict(
        id=line.id, category=assessment.category, decision=assessment.decision,
        decision_reason=assessment.decision_reason, checklist=assessment.checklist, problem=assessment.problem,
        obfuscation=assessment.obfuscation, secondary=assessment.secondary, confidence=assessment.confidence,
        signals=assessment.signals, eligible=eligibility.eligible,
        ineligible_reasons=[reason.value for reason in eligibility.reasons], messages=eligibility.messages,
        last_reportable_day=eligibility.last_reportable_day,
    )


def _report_category(assessment: Assessment, category: MaliciousCategory | None) -> MaliciousCategory:
    if category is not None:
        return category
    if assessment.is_malicious:
        return assessment.category
    strongest = max(MALICIOUS_CATEGORIES, key=lambda c: assessment.scores.get(c.value, 0.0))
    if assessment.scores.get(strongest.value, 0.0) <= 0.0:
        raise LedgerError(
            f"Review {assessment.review_id} shows no sign of any malicious category; "
            "name the category you want to report under with --category.", refusal="no_category",
        )
    return strongest


def appeal_for_review(
    store: Store, ctx: ShopContext, settings: Settings, review_id: str, *, language: Language = "en",
    category: MaliciousCategory | None = None, record: bool = True,
) -> AppealResult:
    """Draft the appeal for a review (recorded in the ledger as drafted), or say why there is none."""
    case = load_review_case(store, ctx, review_id)
    assessment = classify_malicious_review(case)
    eligibility = _eligibility(case, as_of=ctx.as_of, settings=settings, already_reported=is_reported(store, review_id))
    result = draft_appeal(case, assessment, eligibility, language=language, category=category)
    if record and result.draft is not None and (category is None or category is assessment.category):
        record_draft(
            store, ctx, assessment=assessment, category=result.draft.category, reason=result.draft.explanation,
            evidence=result.draft.evidence, language=language, draft_text=result.draft.text,
        )
    return result


def file_appeal(
    store: Store, ctx: ShopContext, settings: Settings, review_id: str, *, language: Language = "en",
    category: MaliciousCategory | None = None, override_reason: str | None = None, actor: str = "seller",
    now: datetime | None = None, draft_text: str | None = None,
) -> FiledAppeal:
    """Draft the appeal and record it as filed. Refuses ineligible reviews and, without an override
    reason, reviews the classifier does not find malicious. `draft_text` is the seller's edited
    version of the draft, stored instead of the generated one (contacts masked all the same)."""
    case = load_review_case(store, ctx, review_id)
    assessment = classify_malicious_review(case)
    overridden = bool((override_reason or "").strip())
    if assessment.decision is Decision.DO_NOT_REPORT and not overridden:
        raise LedgerError(
            f"Review {review_id} looks like a genuine complaint. Reporting genuine complaints gets "
            "reporting blocked; fix the problem instead, or file with --override-reason if you have evidence.",
            refusal="genuine_complaint",
        )
    if assessment.decision is Decision.CHECK_FIRST and not overridden:
        raise LedgerError(
            f"Review {review_id} needs checking before it is reported: {assessment.decision_reason} "
            f"To verify: {' '.join(assessment.checklist)} Once verified, file with --override-reason saying what you found.",
            refusal="check_first",
        )
    chosen = _report_category(assessment, category)
    eligibility = _eligibility(case, as_of=ctx.as_of, settings=settings, already_reported=is_reported(store, review_id))
    if not eligibility.eligible:
        raise LedgerError(f"Review {review_id} cannot be reported: {' '.join(eligibility.messages)}",
                          refusal="not_reportable", eligibility=eligibility.model_dump(mode="json"))
    result = draft_appeal(case, assessment, eligibility, language=language, category=chosen)
    assert result.outcome is AppealOutcome.DRAFT and result.draft is not None
    record = file_report(
        store, ctx, assessment=assessment, category=chosen, reason=result.draft.explanation,
        evidence=result.draft.evidence, language=language,
        draft_text=mask_contacts(draft_text) if draft_text is not None and draft_text.strip() else result.draft.text,
        override_reason=override_reason, actor=actor, now=now,
    )
    return FiledAppeal(result=result, record=record)


def headline(text: str, limit: int = 80) -> str:
    """A masked one-line preview of a review for lists."""
    flat = " ".join(mask_contacts(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
