"""Invalid reviews: gibberish, spam, or content unrelated to the purchase.

Unrelated content is only called out when it carries a clear off-topic marker (politics, greetings,
weather...) *and* no word about a purchase at all, because a short angry review ("Terrible. Never
again.") is about the purchase even when it names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from tools.languages import review_fragments
from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import describes_defect
from tools.reviews.signals_product import product_kind_mentions
from tools.reviews.text_tools import compile_all, first_match, normalise, pack_patterns, quote_around

_VOWELS = set("aeiouy")
# Syllable noise ("hahaha", "wkwkwk", "啊啊啊"); a repeated real word ("bad bad bad") is emphasis.
_REPETITION = re.compile(r"^(.{1,2}?)\1{3,}.{0,1}$")
# A number with a unit ("65w", "2 days", "10000mah"): the text is talking about a product or an order.
# The unit ends where no Latin letter follows: "5W充电器" measures, "5 was" does not.
_MEASURE = re.compile(
    r"\d+\s?(w|mah|gb|tb|ml|l|cm|mm|m|kg|g|v|hz|inch|in|\"|%|x|°c?|graus|degrees|độ|องศา|度)(?![0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF])",
    re.IGNORECASE,
)
# Singing, in any language: music notes or "la la la".
_SINGING = re.compile(r"[♪♫🎵🎶]|\b(?:la\s+){2,}la\b", re.IGNORECASE)
FILLER_PATTERNS = compile_all([r"\blorem ipsum\b", r"^\W*(test\W*)+\d*\W*$", r"^\W*(asdf|qwerty|zxcv)\w*\W*$"])
@cache
def _keyboard_rows() -> tuple[str, ...]:
    return review_fragments("keyboard_rows")


def _along_the_keys(token: str) -> bool:
    """"qwe", "asdkjh", "ฟหกด": the token starts with three keys in a row of some keyboard layout."""
    return len(token) >= 3 and any(token[:3] in row for row in _keyboard_rows())


def _is_junk_token(token: str) -> bool:
    if _along_the_keys(token):
        return True
    if not token.isascii() or not token.isalpha() or len(token) < 3:
        return False
    if len(token) < 4:
        return False
    if not _VOWELS & set(token) or re.search(r"[^aeiouy]{5,}", token) or re.search(r"(.)\1{3,}", token):
        return True
    return bool(_REPETITION.match(token))  # syllable noise such as "lololol"


def _gibberish_quote(text: str) -> str | None:
    compact = re.sub(r"[\s\W_]+", "", normalise(text))
    if len(compact) >= 6 and _REPETITION.match(compact):
        return text.strip()
    # Distinct words, so "buy buy buy" after a keyboard mash does not dilute the mash.
    tokens = sorted(set(re.findall(r"[^\W\d_]+", normalise(text))))
    junk = [token for token in tokens if _is_junk_token(token)]
    if tokens and junk and len(junk) / len(tokens) >= 0.6:
        return text.strip()
    return None


# Without an off-topic marker, "says nothing about the purchase" is a reading, not a fact: enough for
# the category, under the report threshold, so the seller checks first.
UNRELATED_WITHOUT_MARKER = 0.6


# How sure the tagger's model must be, alone, that the words are negative for them to count as an opinion of a
# purchase. Its per-language thresholds are set for telling negative reviews from positive ones; on chatter that
# is no review at all (a beer brand, a concert) it guesses, and its probability then sits well below what real
# buyers' negative reviews get (a tenth of the real corpus's negative Thai, Vietnamese and Chinese reviews that no
# lexicon word marks score under 0.7; most unrelated chatter does).
FEEDBACK_BAR = 0.7


def _reads_as_feedback(text: str) -> bool:
    """Whether the feedback tagger hears an opinion of a purchase in the text: an issue, negative words in its
    lexicon, or a clear negative reading by its model."""
    from tools.tagging.language import detect_language
    from tools.tagging.model import default_model
    from tools.tagging.reading import read_text

    language = detect_language(text)
    if read_text(text, language, None).negative_words:  # the lexicon alone: an issue phrase or a negative word
        return True
    reading = read_text(text, language, default_model())
    if reading.evidence:  # an issue the model found on its own
        return True
    return reading.negative_probability is not None and reading.negative_probability >= FEEDBACK_BAR


def names_listing(text: str, *, product_words: Sequence[str], listing: frozenset[str] = frozenset()) -> bool:
    """Whether the text names this listing's product: a word of its title, a word for its kind in any language
    ("充电器" on an English charger title), or a measure ("65W", "0 to 100%")."""
    lowered = normalise(text)
    return (
        any(word in lowered for word in product_words)
        or any(kind in listing for kind, _, _ in product_kind_mentions(text))
        or _MEASURE.search(lowered) is not None
    )


def invalid_signals(
    text: str, *, product_words: list[str], listing: frozenset[str] = frozenset(), rating: int = 1, explained: bool = False,
) -> list[Signal]:
    """`explained`: another detector already read the text as something (an ad for a WhatsApp number), so that it
    says nothing about the purchase is no reading of its own. `listing`: the listing's product kinds; a review
    that names one in any language ("充电器" on an English charger title) names the product."""
    lowered = normalise(text)
    if not lowered.strip():
        return []
    signals: list[Signal] = []
    gibberish = _gibberish_quote(text)
    filler = first_match(FILLER_PATTERNS, lowered)
    if gibberish or filler:
        signals.append(Signal(
            kind=SignalKind.GIBBERISH, category=MaliciousCategory.INVALID, weight=0.85,
            description="The review is gibberish or filler text with no opinion about the purchase.",
            quotes=[quote_around(text, 0, min(len(text), 60))],
        ))
    spam = first_match(pack_patterns("spam"), lowered)
    if spam:
        signals.append(Signal(
            kind=SignalKind.SPAM, category=MaliciousCategory.INVALID, weight=0.85,
            description="The review is spam (money-making, gambling or similar offers).",
            quotes=[quote_around(text, spam.start(), spam.end())],
        ))
    off_topic = first_match((*pack_patterns("off_topic"), _SINGING), lowered)
    mentions_purchase = (
        first_match(pack_patterns("purchase_words"), lowered) is not None
        or describes_defect(text)
        or names_listing(text, product_words=product_words, listing=listing)
    )
    if off_topic and not mentions_purchase:
        signals.append(Signal(
            kind=SignalKind.UNRELATED, category=MaliciousCategory.INVALID, weight=0.8,
            description="The review talks about something unrelated to the purchase and says nothing about it.",
            quotes=[quote_around(text, off_topic.start(), off_topic.end())],
        ))
    elif (
        not explained and rating <= 2 and not mentions_purchase and len(lowered.strip()) >= 4
        and not _reads_as_feedback(text)
    ):
        signals.append(Signal(
            kind=SignalKind.UNRELATED, category=MaliciousCategory.INVALID, weight=UNRELATED_WITHOUT_MARKER,
            description="The review names no product, order or delivery and expresses no opinion of one.",
            quotes=[quote_around(text, 0, min(len(text), 60))],
        ))
    return signals
