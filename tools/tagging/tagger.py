"""Tag feedback: issue tags with their evidence, and a negative / not-negative verdict.

The words are read by `tools.tagging.reading` (phrase lexicon + learned model). The verdict rules:

Negative when any of these holds:
- the rating is 1 or 2 stars;
- the text carries an issue tag (a 4–5★ review with a complaint is a mixed review and still counts);
- it is a return whose reason code is a product or service problem (every code except the
  buyer-side ones in `tools.models.BUYER_SIDE_RETURN_REASONS`); a mapped code also adds its tag,
  with the evidence "return reason: CODE";
- the words are negative without a specific issue ("terrible, do not buy"): the model's negative
  probability clears its threshold (or, without a model, a generic negative phrase is found),
  unless the rating is 4–5★ (there such words are usually hyperbole: "worst part is waiting") or
  the buyer returned it for a reason of their own.
On a 4–5★ review a tag needs a complaint phrase from the lexicon: the model does not tag alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from tools.models import BUYER_SIDE_RETURN_REASONS, ReturnReason
from tools.tagging.language import detect_language
from tools.tagging.model import default_model
from tools.tagging.reading import ReadRequest, TextReading, read_text, read_texts
from tools.tagging.refinements import Refinement, RefinementRequest, text_hash
from tools.tagging.taxonomy import RETURN_REASON_TAGS, IssueTag

# Plain strings, precomputed: enum attribute access is slow enough to matter at a million items.
_ORDERED_TAGS = [(tag.value, tag) for tag in sorted(IssueTag, key=lambda tag: tag.value)]
_TAG_BY_VALUE = {value: tag for value, tag in _ORDERED_TAGS}
_BUYER_SIDE_CODES = frozenset(reason.value for reason in BUYER_SIDE_RETURN_REASONS)
_DAMAGED = IssueTag.DAMAGED_OR_MISSING.value
_QUALITY = IssueTag.QUALITY_DEFECT.value
_NO_MODEL_TAGS = 1.01  # a floor above any probability: the model adds no tag of its own

TagParts = tuple[bool, list[IssueTag], dict[str, list[str]], str]


class FeedbackTags(BaseModel):
    """The tagger's verdict on one review or return."""

    model_config = ConfigDict(extra="forbid")

    negative: bool
    tags: list[IssueTag]
    evidence: dict[str, list[str]]
    language: str


def _normalise_reason(return_reason: str) -> str:
    return return_reason.strip().upper().replace(" ", "_").replace("-", "_")


def _place_transit(evidence: dict[str, list[str]], transit: list[str]) -> None:
    """Breakage goes to damaged-or-missing when the text reports other transit damage."""
    if transit:
        target = evidence.setdefault(_DAMAGED if _DAMAGED in evidence else _QUALITY, [])
        target.extend(quote for quote in transit if quote not in target)


def refinement_request(text: str, *, language: str | None = None) -> RefinementRequest | None:
    """The text as a request for the optional model pass, when the offline tagger is unsure of it."""
    model = default_model()
    if model is None or not text.strip():
        return None
    language = language or detect_language(text)
    reading = read_text(text, language, model, detailed=True)
    if not reading.uncertain:
        return None
    return RefinementRequest(
        text_hash=text_hash(text), text=text, language=language, offline_negative=reading.negative_words,
        offline_tags=[_TAG_BY_VALUE[value] for value in sorted(reading.evidence)], uncertain=reading.uncertain,
    )


@dataclass(frozen=True, slots=True)
class TagItem:
    """One feedback item for `tag_many` (a plain struct: it is built a million times in bulk)."""

    text: str
    rating: int | None = None
    return_reason: str | None = None
    language: str | None = None
    refinement: Refinement | None = None


def _read_request(text: str, language: str, rating: int | None) -> ReadRequest:
    happy = rating is not None and rating >= 4
    return ReadRequest(text, language, open_gate=rating is not None and rating <= 2,
                       model_only_floor=_NO_MODEL_TAGS if happy else 0.0)


def tag_many(items: Sequence[TagItem]) -> list[TagParts]:
    """`tag_parts` for many items, their texts scored by the model in one batch."""
    languages = [item.language or detect_language(item.text) for item in items]
    to_read = [row for row, item in enumerate(items) if item.refinement is None and item.text and item.text.strip()]
    readings = read_texts([_read_request(items[row].text, languages[row], items[row].rating) for row in to_read], default_model())
    by_row = dict(zip(to_read, readings, strict=True))
    return [_verdict(item, languages[row], by_row.get(row)) for row, item in enumerate(items)]


def _verdict(item: TagItem, language: str, reading: TextReading | None) -> TagParts:
    evidence: dict[str, list[str]] = {}
    transit: list[str] = []
    negative_words = False
    if item.refinement is not None:
        # An accepted model verdict on this text replaces the offline reading of the words.
        evidence = {tag: list(quotes) for tag, quotes in item.refinement.evidence.items()}
        negative_words = item.refinement.negative
    elif reading is not None:
        evidence, transit, negative_words = dict(reading.evidence), reading.transit, reading.negative_words
    problem_return = buyer_side_return = False
    if item.return_reason:
        code = _normalise_reason(item.return_reason)
        problem_return = code not in _BUYER_SIDE_CODES
        buyer_side_return = not problem_return
        mapped = RETURN_REASON_TAGS.get(code)
        if mapped is not None:
            evidence[mapped.value] = [*evidence.get(mapped.value, []), f"return reason: {ReturnReason(code).value}"]
    _place_transit(evidence, transit)
    tags = [tag for value, tag in _ORDERED_TAGS if value in evidence]
    rating = item.rating
    low_rating = rating is not None and rating <= 2
    # Sentiment without a named issue counts unless the stars say the buyer is happy overall, or the
    # buyer returned it for a reason of their own (changed mind, ordered by mistake, better price).
    sentiment = negative_words and (rating is None or rating <= 3) and not buyer_side_return
    negative = low_rating or bool(tags) or problem_return or sentiment
    return negative, tags, {value: evidence[value] for value, _ in _ORDERED_TAGS if value in evidence}, language


def tag_parts(
    text: str,
    *,
    rating: int | None = None,
    return_reason: str | None = None,
    language: str | None = None,
    refinement: Refinement | None = None,
) -> TagParts:
    """The fast core of `tag_feedback`: plain values, no result model built."""
    return tag_many([TagItem(text=text, rating=rating, return_reason=return_reason, language=language, refinement=refinement)])[0]


def tag_feedback(
    text: str, *, rating: int | None = None, return_reason: str | None = None, language: str | None = None
) -> FeedbackTags:
    """Tag one review or return text with issue tags, their evidence and a negative verdict."""
    negative, tags, evidence, detected = tag_parts(text, rating=rating, return_reason=return_reason, language=language)
    return FeedbackTags(negative=negative, tags=tags, evidence=evidence, language=detected)

