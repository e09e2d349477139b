"""Appeal drafts for eligible malicious reviews, or a "genuine complaint: fix it" result.

The review text is untrusted: it is masked and quoted inside a delimited block and never read as
instructions. Nothing in it can change the category, the evidence or the verdict.
"""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import Field

from tools.languages import FALLBACK, pack
from tools.masking import mask_contacts
from tools.reviews.eligibility import Eligibility
from tools.reviews.models import Assessment, Decision, MaliciousCategory, ReviewCase, Signal, SignalKind, Strict

Language = str  # a language pack's code; a language without appeal wording is drafted in English

ATTACHMENT_KEYS = ("chat_screenshots", "habitual_proof", "competitor_proof", "other_proof")


def appeal_words(language: Language, field: str, key: str) -> str:
    """One piece of the appeal's wording in `language`, English when its pack lacks it."""
    local: str | None = getattr(pack(language).appeal, field).get(key)
    return local or str(getattr(pack(FALLBACK).appeal, field)[key])


def category_label(category: MaliciousCategory | str, language: Language = "en") -> str:
    """A category as the marketplace's help page names it, in `language` ("Coercive review", "胁迫性评价")."""
    return appeal_words(language, "categories", MaliciousCategory(category).value)


def _phrase(language: Language, key: str) -> str:
    return appeal_words(language, "phrases", key)


class AppealOutcome(StrEnum):
    DRAFT = "draft"
    CHECK_FIRST = "check_first"  # no draft until the seller has verified the checklist
    GENUINE_COMPLAINT = "genuine_complaint"
    INELIGIBLE = "ineligible"


class AttachmentItem(Strict):
    key: str
    label: str
    available: bool
    recommended: bool


class AppealDraft(Strict):
    review_id: str
    language: Language
    category: MaliciousCategory
    title: str
    explanation: str
    evidence: list[str]
    attachments: list[AttachmentItem]
    quoted_review: str
    text: str


class GenuineComplaintAdvice(Strict):
    review_id: str
    message: str
    issue_tags: list[str] = Field(default_factory=list)
    tag_evidence: dict[str, list[str]] = Field(default_factory=dict)
    tagger_available: bool = True
    defect_quotes: list[str] = Field(default_factory=list)
    product_category: str = ""  # the marketplace category, for the playbook entries of the issues


class AppealResult(Strict):
    review_id: str
    outcome: AppealOutcome
    assessment: Assessment
    eligibility: Eligibility
    draft: AppealDraft | None = None
    advice: GenuineComplaintAdvice | None = None


RECOMMENDED_ATTACHMENTS: dict[MaliciousCategory, frozenset[str]] = {
    MaliciousCategory.REPEAT_NEGATIVE: frozenset({"habitual_proof", "chat_screenshots"}),
    MaliciousCategory.COERCIVE: frozenset({"chat_screenshots", "other_proof"}),
    MaliciousCategory.COMPETITOR: frozenset({"competitor_proof", "other_proof"}),
    MaliciousCategory.TRAFFIC_DIVERSION: frozenset({"other_proof"}),
    MaliciousCategory.WRONG_PRODUCT: frozenset({"other_proof", "chat_screenshots"}),
    MaliciousCategory.INVALID: frozenset({"other_proof"}),
}


def quote_untrusted(text: str, review_id: str, language: Language) -> str:
    """The review as a delimited, masked quote that cannot forge its own end marker."""
    safe = re.sub(r"-{3,}", "—", mask_contacts(text)).strip() or _phrase(language, "empty")
    body = "\n".join(f"> {line}" for line in safe.splitlines())
    return "\n".join([_phrase(language, "begin").format(review_id=review_id), body, _phrase(language, "end").format(review_id=review_id)])


def _attachments(case: ReviewCase, assessment: Assessment, category: MaliciousCategory, language: Language) -> list[AttachmentItem]:
    kinds = {signal.kind for signal in assessment.signals}
    earlier_negatives = sum(1 for past in case.buyer_history if past.rating <= 2)
    available = {
        "chat_screenshots": any(turn.sender.upper() == "SELLER" for turn in case.chat),
        "habitual_proof": SignalKind.REPEAT_HISTORY in kinds or earlier_negatives >= 2,
        "competitor_proof": SignalKind.SELF_STORE_CLAIM in kinds,
        "other_proof": any(signal.quotes for signal in assessment.signals if signal.category is not MaliciousCategory.NOT_MALICIOUS),
    }
    recommended = RECOMMENDED_ATTACHMENTS.get(category, frozenset())
    return [
        AttachmentItem(key=key, label=appeal_words(language, "attachments", key), available=available[key], recommended=key in recommended)
        for key in ATTACHMENT_KEYS
    ]


def _evidence_line(signal: Signal, language: Language) -> str:
    """One numbered fact: the pack's sentence for its kind (the detector's own words when the pack has none),
    the quotes that show it, and the related ids."""
    words = pack(language)
    template = words.appeal.evidence.get(signal.kind.value) or (words.glossary.get(signal.kind.value) if words.code != FALLBACK else None)
    sentence = template.format(count=len(signal.evidence_ids)) if template else signal.description
    chinese_quotes = words.code == "zh"
    quotes = "".join(f" 「{mask_contacts(quote)}」" if chinese_quotes else f' "{mask_contacts(quote)}"' for quote in signal.quotes)
    ids = f" ({_phrase(language, 'related_ids')}: {', '.join(signal.evidence_ids)})" if signal.evidence_ids else ""
    return mask_contacts(sentence) + quotes + ids


def build_appeal_draft(
    case: ReviewCase, assessment: Assessment, *, category: MaliciousCategory, language: Language = "en"
) -> AppealDraft:
    """Assemble the draft: title, category, explanation, numbered evidence, attachment checklist, quote."""
    label = category_label(category, language)
    explanation = appeal_words(language, "explanations", category.value)
    # A model's resemblance is not a fact about the review: it never goes to the platform as evidence.
    facts = [signal for signal in assessment.signals if signal.kind is not SignalKind.RESEMBLES_LABELLED]
    supporting = [signal for signal in facts if signal.category is category]
    others = [signal for signal in facts if signal.category not in (category, MaliciousCategory.NOT_MALICIOUS)]
    evidence = [_evidence_line(signal, language) for signal in [*supporting, *others]]
    attachments = _attachments(case, assessment, category, language)
    quoted = quote_untrusted(case.text, case.review_id, language)
    title = _phrase(language, "title").format(label=label, review_id=case.review_id)
    lines = [
        title, "",
        f"{_phrase(language, 'category')}: {label}", "",  # the platform reads the label; the internal id stays ours
        f"{_phrase(language, 'why')}:", explanation, "",
        f"{_phrase(language, 'evidence')}:",
        *[f"{number}. {line}" for number, line in enumerate(evidence, start=1)], "",
        f"{_phrase(language, 'attachments')}:",
        *[
            f"[{'x' if item.available else ' '}] {item.label} ({_phrase(language, 'have' if item.available else 'missing')})"
            for item in attachments if item.recommended or item.available
        ], "",
        _phrase(language, "quote_intro"), quoted,
    ]
    return AppealDraft(
        review_id=case.review_id, language=pack(language).code, category=category, title=title,
        explanation=explanation, evidence=evidence, attachments=attachments,
        quoted_review=quoted, text="\n".join(lines),
    )


def genuine_complaint_advice(case: ReviewCase, assessment: Assessment, language: Language = "en") -> GenuineComplaintAdvice:
    """Point the seller at the VoC issues behind a genuine complaint instead of a report."""
    tags: list[str] = []
    tag_evidence: dict[str, list[str]] = {}
    tagger_available = True
    try:
        from tools.tagging.tagger import tag_feedback  # another module; optional at this layer

        tagged = tag_feedback(case.text, rating=case.rating, language=case.language)
        tags = [str(getattr(tag, "value", tag)) for tag in tagged.tags]
        tag_evidence = {str(key): [mask_contacts(str(q)) for q in quotes] for key, quotes in tagged.evidence.items()}
    except Exception:  # the tagger is optional here: degrade to our own defect quotes
        tagger_available = False
    defect_quotes = [
        quote for signal in assessment.signals if signal.category is MaliciousCategory.NOT_MALICIOUS for quote in signal.quotes
    ]
    return GenuineComplaintAdvice(
        review_id=case.review_id, message=_phrase(language, "genuine"), issue_tags=tags,
        tag_evidence=tag_evidence, tagger_available=tagger_available, defect_quotes=defect_quotes,
        product_category=case.product_category,
    )


def draft_appeal(
    case: ReviewCase, assessment: Assessment, eligibility: Eligibility, *, language: Language = "en",
    category: MaliciousCategory | None = None,
) -> AppealResult:
    """Draft an appeal for an eligible malicious review; otherwise say why not.

    A review to check first gets its checklist, not a draft. `category` lets a seller who overrides
    the classifier (having checked) name the category to report under; recording that override (with
    its reason) is the ledger's job.
    """
    chosen = category or assessment.category
    if category is None and assessment.decision is Decision.CHECK_FIRST:
        # Verify first: a ready-to-file draft would invite reporting a complaint that may be real.
        return AppealResult(
            review_id=case.review_id, outcome=AppealOutcome.CHECK_FIRST, assessment=assessment, eligibility=eligibility
        )
    if chosen is MaliciousCategory.NOT_MALICIOUS:
        return AppealResult(
            review_id=case.review_id, outcome=AppealOutcome.GENUINE_COMPLAINT, assessment=assessment,
            eligibility=eligibility, advice=genuine_complaint_advice(case, assessment, language),
        )
    if not eligibility.eligible:
        return AppealResult(
            review_id=case.review_id, outcome=AppealOutcome.INELIGIBLE, assessment=assessment, eligibility=eligibility
        )
    return AppealResult(
        review_id=case.review_id, outcome=AppealOutcome.DRAFT, assessment=assessment, eligibility=eligibility,
        draft=build_appeal_draft(case, assessment, category=chosen, language=language),
    )
