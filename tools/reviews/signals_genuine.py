"""Facts that speak for a genuine complaint: a described defect, a remedy the buyer is entitled
to, a photo of the defect, a wrong item shipped. Other detectors consult them so that an angry
buyer with a real problem is not called malicious (reference 002: "not every bad review is malicious";
eBay: a threat about an item that really is not as described is not extortion)."""

from __future__ import annotations

import re

from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.text_tools import first_match, normalise, pack_patterns, quote_around

PHOTO_HOSTS = re.compile(
    r"(imgur\.com|ibb\.co|photos\.app\.goo\.gl|photos\.google\.com|drive\.google\.com|flickr\.com|postimg\.cc|dropbox\.com)",
    re.IGNORECASE,
)


def describes_defect(text: str) -> bool:
    return first_match(pack_patterns("defects"), normalise(text)) is not None


def concrete_problem(text: str) -> str | None:
    """A quote of the specific problem with this product or order that the review describes, if any:
    a defect named beyond generic displeasure, or a wrong item shipped."""
    lowered = normalise(text)
    for pattern in pack_patterns("generic_complaints"):
        lowered = pattern.sub(lambda match: " " * len(match.group(0)), lowered)
    found = first_match(pack_patterns("defects"), lowered) or first_match(pack_patterns("wrong_item_shipped"), lowered)
    return quote_around(text, found.start(), found.end()) if found else None


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
