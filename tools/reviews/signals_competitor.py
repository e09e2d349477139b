"""Competitor reviews: the reviewer presents their own store, brand, factory or trade.

A clear claim ("my shop", "we manufacture the same", "同行", "saya reseller") decides alone. Weaker
cues — "ours don't chip", "wholesale welcome", "DM for samples" — are trade talk only together:
each one alone stays under the classification threshold, because a buyer may say "ours broke" of
the family's unit, and naming another brand as a comparison is not competition.
"""

from __future__ import annotations

from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.text_tools import compile_all, first_match, normalise, quote_around

SELF_STORE_PATTERNS = compile_all([
    r"\bmy (own )?(shop|store|brand|boutique|business|company|factory|workshop|label)\b",
    r"\bour (own )?(shop|store|shop's|store's|brand|brand's|boutique|company|products?|version|factory|warehouse|\w+ come with)\b",
    r"\b(i|we) (also )?sell\b|\bseller of [^.!?]{0,25}\bmyself\b|\bas a seller\b|\bbuy from us\b",
    r"\bi (own|run|have) an? [^.!?]{0,25}\b(store|shop|business|brand)\b|\b(come|visit)( to)? (my|our) (store|shop)\b",
    # the trade itself: making, supplying or reselling the same goods
    r"\b(we|i) (also )?(manufacture|produce|supply|distribute|wholesale|import)\b",
    r"\b(we|i) (also )?(make|stock|carry|sell) (the same|these|identical|similar|this exact)\b",
    r"\bas (a|an|someone who|somebody who|one who) (sells?|seller|supplier|manufacturer|reseller|distributor|retailer)\b",
    r"\b(i'?m|i am|we'?re|we are) (a |an |also a |also an )?(seller|supplier|manufacturer|reseller|distributor|retailer|wholesaler) of\b",
    r"\bshameless (self[- ])?plug\b",
    r"(我家店|我家的同款|我的店|我们店|本店|我店|我也是卖|我们(的)?(品牌|店铺)|来我(们)?(店|家)|做这行|干这行|我们同行|同行路过|本人同行|我们家(都|也|的货|店|卖)|我们(工厂|厂家|厂)|本厂|我们自己(做|生产))",
    r"\b(toko (saya|kami|aku|ku)|tokoku|produk kami|brand kami|saya juga jual(an)?|kami jual|jualan saya|olshop (saya|kami))\b",
    r"\b(saya|aku|kami|gue|gw) (juga )?(reseller|distributor|supplier|agen|produsen|konveksi|pabrik)\b",
    r"\b(kedai (saya|kami)|produk kami)\b|\b(minha loja|nossa loja|nossa marca)\b|\b(shop mình|bên (em|mình) (có|bán))\b",
    r"(ร้านเรา|ร้านของเรา)",
    r"\b(mi tienda|nuestra tienda|nuestra marca|mon magasin|notre boutique)\b",
])
# Each alone is ambiguous; two together (or one with a clear claim) read as a seller talking shop.
TRADE_CUE_PATTERNS = compile_all([
    r"\bours (are|is|don'?t|doesn'?t|never|last|come|have|has|won'?t)\b",
    r"\b(wholesale|bulk orders?|moq|oem|odm|samples? available|free samples?|for samples|reseller price)\b",
    r"\b(grosir|harga reseller|harga agen|open reseller|terima reseller)\b",
    r"(批发|一手货源|源头|厂家直(销|供)|工厂价|拿货|代理)",
])
CLAIM_WEIGHT = 0.8
CUE_WEIGHT = 0.4


def competitor_signals(text: str) -> list[Signal]:
    lowered = normalise(text)
    signals: list[Signal] = []
    claim = first_match(SELF_STORE_PATTERNS, lowered)
    if claim is not None:
        signals.append(Signal(
            kind=SignalKind.SELF_STORE_CLAIM, category=MaliciousCategory.COMPETITOR, weight=CLAIM_WEIGHT,
            description="The reviewer presents their own store, brand, factory or products.",
            quotes=[quote_around(text, claim.start(), claim.end())],
        ))
    cues = [match for pattern in TRADE_CUE_PATTERNS for match in pattern.finditer(lowered)]
    if cues:
        signals.append(Signal(
            kind=SignalKind.SELF_STORE_CLAIM, category=MaliciousCategory.COMPETITOR,
            weight=CUE_WEIGHT if len(cues) == 1 else 0.64,
            description="The reviewer talks like a seller of the same goods (their own products, wholesale, samples).",
            quotes=list(dict.fromkeys(quote_around(text, cue.start(), cue.end()) for cue in cues)),
        ))
    return signals
