"""Coercive reviews: removal or a better rating offered in exchange for something.

Rule (after eBay's feedback-extortion policy): the review (or the buyer's chat) links changing the
review to a reward. Gifts, money, vouchers, free goods, or a refund while keeping the item are never
owed, so they always count. A refund or replacement counts only when no defect is described: asking
for what a faulty item entitles you to, while complaining, is a genuine complaint. An offer that
came from the seller ("the seller offered me a voucher to change my review") is not the buyer's.
"""

from __future__ import annotations

from tools.reviews.models import ChatTurn, MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import ENTITLED_REMEDY_PATTERNS, describes_defect
from tools.reviews.text_tools import compile_all, first_match, normalise, quote_around

REVIEW_CHANGE_PATTERNS = compile_all([
    r"\b(delete|remove|withdraw|change|update|edit|revise|upgrade|raise|modify)\b[^.!?]{0,30}\b(review|rating|stars?|comment|feedback)\b",
    r"\btake\b[^.!?]{0,20}\b(review|rating|comment)\b[^.!?]{0,10}\b(down|off)\b",
    # an offer in the first person ("I'll delete this", "happy to take it down"), not a description
    r"\b(i'?ll|i will|i'?d|will|gonna|happy to|glad to)\s+(delete|remove|take down|take)\s+(this|it)\b(\s+(down|off))?",
    r"\b(review|rating|stars?|comment)\b[^.!?]{0,10}\b(goes|go|will go) away\b",
    r"\b(review|rating|1[- ]?star|one[- ]star|comment)\b[^.!?]{0,25}\b(gone|disappears?|removed|deleted|stays?|remains?)\b",
    r"\b(change|switch|upgrade|turn|give|leave)\b[^.!?]{0,20}\b(5|five)[- ]?stars?\b",
    r"(差评(就)?(一直)?挂着|差评不删|删评|删差评|删除(评价|差评)|差评.{0,6}删|删掉评价|改评|改(成|为)?(五星|好评)|追加好评|给(你)?(个)?好评|五星好评|撤(回|销)评价)",
    r"\b(hapus|ubah|ganti|revisi|naikin|edit)\b[^.!?]{0,15}\b(ulasan|review|komen|komentar|bintang|rating)(nya)?\b",
    r"\bbintang\s*(5|lima)\b",
    r"\b(quitar|borrar|cambiar)\w*\b[^.!?]{0,20}\b(reseña|opinión|estrellas)\b",
])

REWARD_PATTERNS = compile_all([
    r"\b(free|gifts?|gift ?cards?|vouchers?|coupons?|discount codes?|cash|paypal|bonus|samples?|extra)\b",
    r"\b(pay me|paypal me|venmo me|transfer me|send me money|\d+\s*more|\d+\s*bucks|throw in)\b",
    r"\$\s?\d+|\b\d+\s?(usd|dollars|rb|ribu|k)\b",
    r"\b(let me )?keep (it|them|the item|the product)\b|\bwithout return(ing)?\b|\bdouble refund\b",
    r"(赠品|礼物|红包|返现|小样|优惠券|代金券|免费|送我|再送|现金|转账|\d+元|退款不退货)",
    r"\b(gratis|hadiah|voucher|uang|transfer|tanpa retur|cashback)\b",
])

OFFER_FROM_SELLER_PATTERNS = compile_all([
    r"\b(seller|shop|store|they|customer service|cs)\b[^.!?]{0,10}\b(offered|promised|asked me|tried|wants? me|wanted me|bribe\w*)\b",
    r"(卖家|商家|客服)(说|让|要|给|提出)",
    r"\b(penjual|seller|toko)\b[^.!?]{0,10}\b(menawarkan|nawarin|minta|suruh)\b",
])


def _coercion_in(text: str, *, source: str, defect_described: bool) -> Signal | None:
    lowered = normalise(text)
    change = first_match(REVIEW_CHANGE_PATTERNS, lowered)
    if change is None or first_match(OFFER_FROM_SELLER_PATTERNS, lowered):
        return None
    reward = first_match(REWARD_PATTERNS, lowered)
    weight = 0.9
    if reward is None:
        remedy = first_match(ENTITLED_REMEDY_PATTERNS, lowered)
        if remedy is None or defect_described:
            return None  # nothing asked for, or a remedy the buyer is owed for a real defect
        reward, weight = remedy, 0.75
    prefix = "" if source == "review" else f"{source}: "
    quotes = [prefix + quote_around(text, change.start(), change.end())]
    reward_quote = prefix + quote_around(text, reward.start(), reward.end())
    if reward_quote not in quotes:
        quotes.append(reward_quote)
    where = "In the review" if source == "review" else "In a chat message"
    return Signal(
        kind=SignalKind.REMOVAL_FOR_REWARD, category=MaliciousCategory.COERCIVE, weight=weight,
        description=f"{where}, the buyer offers to remove or change the review in exchange for something they are not owed.",
        quotes=quotes,
    )


def coercive_signals(text: str, chat: list[ChatTurn]) -> list[Signal]:
    defect_described = describes_defect(text)
    signals = []
    found = _coercion_in(text, source="review", defect_described=defect_described)
    if found:
        signals.append(found)
    for turn in chat:
        if turn.sender.upper() != "BUYER":
            continue  # only the buyer's own words can make the review coercive
        found = _coercion_in(turn.text, source="chat", defect_described=defect_described or describes_defect(turn.text))
        if found:
            signals.append(found)
            break
    return signals
