"""Coercive reviews: removal or a better rating offered in exchange for something.

Rule (after eBay's feedback-extortion policy): the review (or the buyer's chat) links changing the
review to a reward. Gifts, money, vouchers, free goods, or a refund while keeping the item are never
owed, so they always count. A refund or replacement counts only when no defect is described: asking
for what a faulty item entitles you to, while complaining, is a genuine complaint. An offer that
came from the seller ("the seller offered me a voucher to change my review") is not the buyer's. The words are
each language pack's (`ReviewWords.review_changes`, `rewards`, `entitled_remedies`, `seller_offers`).
"""

from __future__ import annotations

from tools.reviews.models import ChatTurn, MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import describes_defect
from tools.reviews.text_tools import first_match, normalise, pack_patterns, quote_around
from tools.untrusted_text import clean


def _coercion_in(text: str, *, source: str, defect_described: bool) -> Signal | None:
    lowered = normalise(text)
    change = first_match(pack_patterns("review_changes"), lowered)
    if change is None or first_match(pack_patterns("seller_offers"), lowered):
        return None
    reward = first_match(pack_patterns("rewards"), lowered)
    weight = 0.9
    if reward is None:
        remedy = first_match(pack_patterns("entitled_remedies"), lowered)
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


def asks_owed_remedy(text: str) -> bool:
    """Whether the review asks for a refund or a replacement: coercion then turns on whether the buyer is owed
    it, which only the rules above judge (a described defect), never a resemblance to other reviews."""
    return first_match(pack_patterns("entitled_remedies"), normalise(text)) is not None


def coercive_signals(text: str, chat: list[ChatTurn]) -> list[Signal]:
    defect_described = describes_defect(text)
    signals = []
    found = _coercion_in(text, source="review", defect_described=defect_described)
    if found:
        signals.append(found)
    # Only the buyer's own words can make the review coercive; an offer often spans messages ("I can
    # delete it" ... "send $10 first"), so the buyer's messages are read as one text.
    said = "\n".join(turn.text for turn in chat if turn.sender.upper() == "BUYER")
    if said.strip():
        found = _coercion_in(
            clean(said), source="chat", defect_described=defect_described or describes_defect(said)
        )
        if found:
            signals.append(found)
    return signals
