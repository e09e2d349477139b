"""Classify a review as one malicious category or `not_malicious`, with the signals behind it.

Pure and deterministic: the same `ReviewCase` always gives the same `Assessment`. Each detector
emits weighted signals; a category's score is 1 - Π(1 - weight) over its signals; categories
scoring at least `CATEGORY_THRESHOLD` are candidates, the highest is the primary category (ties
broken by `PRIORITY`), the rest are secondary. Nothing in the review text is ever obeyed.
"""

from __future__ import annotations

from tools.reviews.decision import decide
from tools.reviews.models import (
    MALICIOUS_CATEGORIES,
    Assessment,
    MaliciousCategory,
    ReviewCase,
    Signal,
)
from tools.reviews.signals_coercive import coercive_signals
from tools.reviews.signals_competitor import competitor_signals
from tools.reviews.signals_diversion import diversion_signals
from tools.reviews.signals_genuine import concrete_problem, genuine_signals, tagged_problem
from tools.reviews.signals_history import repeat_negative_signals
from tools.reviews.signals_invalid import invalid_signals, names_listing
from tools.reviews.signals_product import listing_kinds, wrong_product_signals
from tools.reviews.text_tools import first_match, guess_language, normalise, pack_patterns, words_of
from tools.untrusted_text import clean

CATEGORY_THRESHOLD = 0.5
# Evidence the platform can verify from the text alone first; inferred categories last.
PRIORITY: tuple[MaliciousCategory, ...] = (
    MaliciousCategory.COERCIVE,
    MaliciousCategory.TRAFFIC_DIVERSION,
    MaliciousCategory.COMPETITOR,
    MaliciousCategory.REPEAT_NEGATIVE,
    MaliciousCategory.WRONG_PRODUCT,
    MaliciousCategory.INVALID,
)
def _score(signals: list[Signal]) -> float:
    remaining = 1.0
    for signal in signals:
        remaining *= 1.0 - signal.weight
    return round(1.0 - remaining, 3)


def _candidates(scores: dict[str, float]) -> list[MaliciousCategory]:
    candidates = [category for category in PRIORITY if scores[category.value] >= CATEGORY_THRESHOLD]
    candidates.sort(key=lambda category: -scores[category.value])  # stable: ties keep PRIORITY order
    return candidates


def _scores(signals: list[Signal]) -> dict[str, float]:
    return {
        category.value: _score([signal for signal in signals if signal.category is category])
        for category in MALICIOUS_CATEGORIES
    }


def classify_malicious_review(case: ReviewCase, *, learned: bool = True) -> Assessment:
    """Classify one review into a malicious category or `not_malicious`, explaining why.

    When no rule finds a category, the learned reading (`learned.py`) may still raise a weak one, so the
    review is *check first*; `learned=False` gives the rules' verdict alone (for measuring them)."""
    # Every detector reads the text as a person sees it; quotes still come from the buyer's original words.
    text, title = clean(case.text), clean(case.product_title)
    chat = [turn.model_copy(update={"text": clean(turn.text)}) for turn in case.chat]
    title_words = [word for word in words_of(title) if len(word) > 3 or not word.isascii()]
    signals: list[Signal] = [
        *repeat_negative_signals(case),
        *coercive_signals(text, chat),
        *diversion_signals(text),
        *competitor_signals(text),
        *wrong_product_signals(text, title=title, category=case.product_category, catalogue=case.catalogue),
    ]
    listing = frozenset(listing_kinds(title, case.product_category))
    signals += invalid_signals(text, product_words=title_words, listing=listing, rating=case.rating, explained=bool(signals))
    genuine = genuine_signals(text)
    scores = _scores(signals)
    candidates = _candidates(scores)
    if not candidates and learned:
        from tools.reviews.learned import default_reader, may_speak  # numpy and an encoder only when the rules found nothing

        reader = default_reader()
        resemblance = reader.signal(text) if reader is not None else None
        if resemblance is not None and may_speak(
                resemblance.category, text, names_listing=names_listing(text, product_words=title_words, listing=listing)):
            signals.append(resemblance)
            scores = _scores(signals)
            # Weak rule signals under the threshold must not lift a resemblance to a report: capped, it stays
            # "check first".
            scores[resemblance.category.value] = min(scores[resemblance.category.value], resemblance.weight)
            candidates = _candidates(scores)
    notes: list[str] = []
    if first_match(pack_patterns("instructions"), normalise(text)):
        notes.append("The review contains instruction-like text; it was treated as quoted data and changed nothing.")
    if candidates:
        primary = candidates[0]
        confidence = scores[primary.value]
        secondary = candidates[1:]
    else:
        primary, secondary = MaliciousCategory.NOT_MALICIOUS, []
        strongest = max(scores.values(), default=0.0)
        # A described defect makes "genuine complaint" the confident reading, not merely the default.
        confidence = (1.0 - strongest) * (0.95 if genuine else 0.8)
        confidence = max(0.5, confidence)
        if genuine:
            notes.append("Genuine complaint: fix the problem instead of reporting it.")
    scores[MaliciousCategory.NOT_MALICIOUS.value] = round(1.0 - max(scores.values(), default=0.0), 3)
    problem = concrete_problem(text)
    if problem is None and primary is MaliciousCategory.REPEAT_NEGATIVE:
        # The history is the only evidence: any specific issue in the buyer's words asks for a check.
        problem = tagged_problem(text)
    outcome = decide(
        primary, score=scores[primary.value] if primary is not MaliciousCategory.NOT_MALICIOUS else 0.0, problem=problem,
    )
    if text.changes:
        notes.append(f"The review hides text from filters ({'; '.join(text.changes)}); it was read as a person sees it.")
    return Assessment(
        review_id=case.review_id,
        category=primary,
        decision=outcome.decision,
        decision_reason=outcome.reason,
        checklist=outcome.checklist,
        problem=outcome.problem,
        obfuscation=list(text.changes),
        secondary=secondary,
        confidence=round(confidence, 2),
        scores=scores,
        signals=[*signals, *genuine],
        language=case.language or guess_language(text),
        notes=notes,
    )
