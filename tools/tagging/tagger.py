"""Tag one feedback text: issue tags with their evidence, and a negative / not-negative verdict.

Negative when any of these holds (issue 3 §2, plus one documented extension):
- the rating is 1 or 2 stars;
- the text carries an issue tag (a 4–5★ review with tag words is a mixed review and still counts);
- it is a return whose reason code is a product or service problem (every code except the
  buyer-side ones in `tools.models.BUYER_SIDE_RETURN_REASONS`); a mapped code also adds its tag,
  with the evidence "return reason: CODE";
- extension: clearly negative sentiment with no specific issue ("terrible, do not buy"), unless
  the rating is 4–5★ (there such words are usually hyperbole: "worst part is waiting for sale").
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from tools.models import BUYER_SIDE_RETURN_REASONS, ReturnReason
from tools.tagging.language import detect_language
from tools.tagging.lexicon import Lexicon, load_lexicons
from tools.tagging.matcher import PhraseMatcher
from tools.tagging.negation import NegationRules
from tools.tagging.normalize import normalize_text
from tools.tagging.taxonomy import RETURN_REASON_TAGS, IssueTag

# Bump whenever a lexicon, the negation rules or the verdict rules change: cached tags are redone.
TAGGER_VERSION = "2026.11.22-3"

# Plain strings, precomputed: enum attribute access is slow enough to matter at a million items.
_ORDERED_TAGS = [(tag.value, tag) for tag in sorted(IssueTag, key=lambda tag: tag.value)]
_BUYER_SIDE_CODES = frozenset(reason.value for reason in BUYER_SIDE_RETURN_REASONS)
_DAMAGED = IssueTag.DAMAGED_OR_MISSING.value
_QUALITY = IssueTag.QUALITY_DEFECT.value
_LATIN_LANGUAGES = ("en", "id", "pt", "vi")


class FeedbackTags(BaseModel):
    """The tagger's verdict on one review or return."""

    model_config = ConfigDict(extra="forbid")

    negative: bool
    tags: list[IssueTag]
    evidence: dict[str, list[str]]
    language: str


class _Bundle:
    """Matchers and negation rules for one detected language (English is always mixed in)."""

    def __init__(self, lexicons: list[Lexicon]) -> None:
        folded = [lexicon for lexicon in lexicons if not lexicon.keep_accents]
        accented = [lexicon for lexicon in lexicons if lexicon.keep_accents]
        self.folded_matcher = PhraseMatcher(folded)
        self.accented_matcher = PhraseMatcher(accented) if accented else None
        self.lexicons = {lexicon.language: lexicon for lexicon in lexicons}
        self.negation = NegationRules(tuple(lexicons))


@cache
def _bundle(language: str) -> _Bundle:
    lexicons = load_lexicons()
    if language in lexicons:
        names = [language] if language == "en" else [language, "en"]
    else:
        names = list(_LATIN_LANGUAGES)
    return _Bundle([lexicons[name] for name in names])


def _normalise_reason(return_reason: str) -> str:
    return return_reason.strip().upper().replace(" ", "_").replace("-", "_")


def tag_parts(
    text: str, *, rating: int | None = None, return_reason: str | None = None, language: str | None = None
) -> tuple[bool, list[IssueTag], dict[str, list[str]], str]:
    """The fast core of `tag_feedback`: plain values, no model construction (used in bulk)."""
    language = language or detect_language(text)
    evidence: dict[str, list[str]] = {}
    generic_negative = False
    transit_quotes: list[str] = []
    if text:
        bundle = _bundle(language)
        normalized = normalize_text(text)
        scans = [(bundle.folded_matcher, normalized.folded)]
        if bundle.accented_matcher is not None:
            scans.append((bundle.accented_matcher, normalized.lowered))
        for matcher, view in scans:
            for hit in matcher.find(view):
                spaced = bundle.lexicons[hit.entry.language].spaced
                if bundle.negation.is_negated(view, hit.start, hit.end, spaced=spaced):
                    continue
                if hit.entry.tag is None:
                    generic_negative = True
                    continue
                quote = normalized.quote(hit.start, hit.end)
                if hit.entry.transit_damage:
                    transit_quotes.append(quote)
                    continue
                quotes = evidence.setdefault(hit.entry.tag_id, [])
                if quote not in quotes:
                    quotes.append(quote)
    problem_return = False
    if return_reason:
        code = _normalise_reason(return_reason)
        problem_return = code not in _BUYER_SIDE_CODES
        mapped = RETURN_REASON_TAGS.get(code)
        if mapped is not None:
            evidence.setdefault(mapped.value, []).append(f"return reason: {ReturnReason(code).value}")
    if transit_quotes:
        target = evidence.setdefault(_DAMAGED if _DAMAGED in evidence else _QUALITY, [])
        target.extend(quote for quote in transit_quotes if quote not in target)
    if not evidence:
        negative = (rating is not None and rating <= 2) or problem_return or (generic_negative and (rating is None or rating <= 3))
        return negative, [], {}, language
    tags = [tag for value, tag in _ORDERED_TAGS if value in evidence]
    low_rating = rating is not None and rating <= 2
    sentiment = generic_negative and (rating is None or rating <= 3)
    negative = low_rating or bool(tags) or problem_return or sentiment
    return negative, tags, {value: evidence[value] for value, _ in _ORDERED_TAGS if value in evidence}, language


def tag_feedback(
    text: str, *, rating: int | None = None, return_reason: str | None = None, language: str | None = None
) -> FeedbackTags:
    """Tag one review or return text with issue tags, their evidence and a negative verdict."""
    negative, tags, evidence, detected = tag_parts(text, rating=rating, return_reason=return_reason, language=language)
    return FeedbackTags(negative=negative, tags=tags, evidence=evidence, language=detected)
