"""Facts that speak for a genuine complaint: a described defect, a remedy the buyer is entitled
to, a photo of the defect, a wrong item shipped. Other detectors consult them so that an angry
buyer with a real problem is not called malicious (reference 002: "not every bad review is malicious";
eBay: a threat about an item that really is not as described is not extortion)."""

from __future__ import annotations

import re
from functools import cache

from tools.languages import review_fragments
from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.text_tools import blank_links, first_match, guess_language, normalise, on_word_edges, pack_patterns, quote_around
from tools.tagging.lexicon import load_lexicons

# A link to a picture: a photo host, an image file, or a path that says it holds photos.
PHOTO_HOSTS = re.compile(
    r"(imgur\.com|ibb\.co|photos\.app\.goo\.gl|photos\.google\.com|drive\.google\.com|flickr\.com|postimg\.cc|dropbox\.com"
    r"|pan\.baidu\.com|\.(jpe?g|png|webp|heic|gif|mp4|mov)\b|[/.](photos?|img|images?|pics?|videos?)[/.])",
    re.IGNORECASE,
)




@cache
def photo_words() -> re.Pattern[str]:
    """"Here is the photo/video" in any pack's words: a picture link said to be one is evidence whatever it shows."""
    return re.compile("|".join(review_fragments("photo_words")) or "(?!)", re.IGNORECASE)


def describes_defect(text: str) -> bool:
    return first_match(pack_patterns("defects"), blank_links(normalise(text))) is not None


@cache
def _negator_before(language: str) -> re.Pattern[str]:
    """A negator of the language's feedback lexicon ending right before a phrase ("never peel", "ไม่เสีย")."""
    lexicon = load_lexicons().get(language)
    words = sorted(lexicon.negators, key=len, reverse=True) if lexicon else []
    if not words:
        return re.compile(r"(?!)")
    alternation = "|".join(re.escape(word) for word in words)
    if lexicon is not None and lexicon.spaced:
        return re.compile(rf"(?:^|[^\w'])(?:{alternation})\s+$", re.IGNORECASE)
    return re.compile(rf"(?:{alternation})\s*$")  # Chinese and Thai: "都不发黄", "ไม่เสีย"


def concrete_problem(text: str) -> str | None:
    """A quote of the specific problem with this product or order that the review describes, if any:
    a defect named beyond generic displeasure and not negated ("ours never peel" names none), or a wrong
    item shipped."""
    lowered = blank_links(normalise(text))
    for pattern in pack_patterns("generic_complaints"):
        lowered = pattern.sub(lambda match: " " * len(match.group(0)), lowered)
    negator = _negator_before(guess_language(text))
    for patterns in (pack_patterns("defects"), pack_patterns("wrong_item_shipped")):
        for pattern in patterns:
            for found in pattern.finditer(lowered):
                if on_word_edges(found, lowered) and not negator.search(lowered[max(0, found.start() - 20) : found.start()]):
                    return quote_around(text, found.start(), found.end())
    return None


# Issues that name a specific problem with the product or the order; "too expensive" is an opinion.
_SPECIFIC_ISSUES = frozenset({
    "not_as_described", "size_fit", "quality_defect", "performance", "misleading_promotion", "counterfeit", "safety",
    "damaged_or_missing", "wrong_item", "logistics_delay", "customer_service",
})


def tagged_problem(text: str) -> str | None:
    """A quote of the specific issue the feedback tagger finds in the text (the one VoC would count it under),
    if any: a wider net than `concrete_problem` for reviews whose only evidence is the buyer's history."""
    from tools.tagging.tagger import tag_parts

    _, tags, evidence, _ = tag_parts(str(text))
    for tag in tags:
        for quote in evidence.get(str(tag), []) if str(tag) in _SPECIFIC_ISSUES else []:
            if not _only_displeasure(quote):
                return quote
    return None


def _only_displeasure(quote: str) -> bool:
    """Whether a quote says nothing but generic displeasure ("bad quality as usual", "decepcionado")."""
    rest = normalise(quote)
    for pattern in (*pack_patterns("generic_complaints"), _fillers()):
        rest = pattern.sub(" ", rest)
    return not re.search(r"\w{3,}", rest)


@cache
def _fillers() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in review_fragments("filler_words")) or "(?!)"
    return re.compile(rf"\b({words})\b", re.IGNORECASE)


def genuine_signals(text: str) -> list[Signal]:
    """Signals that the review reports a real problem with the purchase."""
    lowered = normalise(text)
    signals: list[Signal] = []
    defect = first_match(pack_patterns("defects"), lowered)
    if defect:
        signals.append(Signal(
            kind=SignalKind.DEFECT_DESCRIBED, category=MaliciousCategory.NOT_MALICIOUS, weight=0.6,
            description="The review describes a problem with the item or the delivery.",
            quotes=[quote_around(text, defect.start(), defect.end())],
        ))
    shipped = first_match(pack_patterns("wrong_item_shipped"), lowered)
    if shipped:
        signals.append(Signal(
            kind=SignalKind.WRONG_ITEM_SHIPPED, category=MaliciousCategory.NOT_MALICIOUS, weight=0.7,
            description="The buyer says a wrong item was shipped: a fulfilment complaint, not a wrong review.",
            quotes=[quote_around(text, shipped.start(), shipped.end())],
        ))
    photo = PHOTO_HOSTS.search(lowered)
    if photo and defect:
        signals.append(Signal(
            kind=SignalKind.DEFECT_PHOTO_LINK, category=MaliciousCategory.NOT_MALICIOUS, weight=0.5,
            description="The link points to a photo host next to a described defect: evidence, not promotion.",
            quotes=[quote_around(text, photo.start(), photo.end())],
        ))
    return signals


def wrong_item_shipped(text: str) -> bool:
    return first_match(pack_patterns("wrong_item_shipped"), normalise(text)) is not None
