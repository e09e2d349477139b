"""Competitor reviews: the reviewer presents their own store, brand, factory or trade.

A clear claim ("my shop", "we manufacture the same", "同行", "saya reseller") decides alone. Weaker
cues — "ours don't chip", "wholesale welcome", "DM for samples" — are trade talk only together:
each one alone stays under the classification threshold, because a buyer may say "ours broke" of
the family's unit, and naming another brand as a comparison is not competition. The words are each
language pack's (`ReviewWords.own_store_claims`, `trade_cues`).
"""

from __future__ import annotations

from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.text_tools import first_match, normalise, pack_patterns, quote_around

CLAIM_WEIGHT = 0.8
CUE_WEIGHT = 0.4


def competitor_signals(text: str) -> list[Signal]:
    lowered = normalise(text)
    signals: list[Signal] = []
    claim = first_match(pack_patterns("own_store_claims"), lowered)
    if claim is not None:
        signals.append(Signal(
            kind=SignalKind.SELF_STORE_CLAIM, category=MaliciousCategory.COMPETITOR, weight=CLAIM_WEIGHT,
            description="The reviewer presents their own store, brand, factory or products.",
            quotes=[quote_around(text, claim.start(), claim.end())],
        ))
    cues = [match for pattern in pack_patterns("trade_cues") for match in pattern.finditer(lowered)]
    if cues:
        signals.append(Signal(
            kind=SignalKind.SELF_STORE_CLAIM, category=MaliciousCategory.COMPETITOR,
            weight=CUE_WEIGHT if len(cues) == 1 else 0.64,
            description="The reviewer talks like a seller of the same goods (their own products, wholesale, samples).",
            quotes=list(dict.fromkeys(quote_around(text, cue.start(), cue.end()) for cue in cues)),
        ))
    return signals
