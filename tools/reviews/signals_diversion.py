"""Traffic diversion (links, contact handles, phone numbers, other shops) and competitor reviews
(the reviewer presents their own store or brand).

A concrete channel (link, phone, e-mail, handle, messaging app) weighs more than a vague "go to that
shop", so a review that names its own shop *and* a WhatsApp number is traffic diversion first and
competitor second, while "we sell the original, search for X" is competitor first.
Links to photo hosts next to a described defect are evidence of the complaint, not promotion.
"""

from __future__ import annotations

import re

from tools.masking import find_emails, find_phone_numbers
from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import PHOTO_HOSTS, describes_defect
from tools.reviews.text_tools import compile_all, first_match, normalise, quote_around

URL_PATTERN = re.compile(
    r"(https?://\S+|www\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co|id|io|shop|store|me|ly|cn|my|sg|link|xyz|gl)(?:\.[a-z]{2})?(?:/\S*)?)",
    re.IGNORECASE,
)
OBFUSCATED_URL_PATTERN = re.compile(r"\b[a-z0-9-]{3,}\s*[\[(]?\s*dot\s*[\])]?\s*(com|net|org|id|co|shop|store)\b", re.IGNORECASE)
# "Customer service told me to contact them on WhatsApp" reports the seller's behaviour; it advertises nothing.
SELLER_ATTRIBUTION = re.compile(
    r"\b(seller|shop|store|customer service|cs|they|agent)\b[^.!?]{0,30}\b(told|asked|wants?|wanted|made|forced|insisted)\b",
    re.IGNORECASE,
)
HANDLE_PATTERN = re.compile(r"(?<![\w.@])@[a-z0-9_][a-z0-9_.]{2,}", re.IGNORECASE)
MESSAGING_PATTERNS = compile_all([
    r"\b(whats\s?app|telegram|instagram|facebook|wechat|weixin|snapchat|signal app|kakao ?talk|zalo)\b",
    r"\b(wa|tg|ig|fb|vx|wx)\b\s*[:@]?\s*[\w+]",
    r"\bline\s*(id|@|:)|\badd me on line\b|\b(dm|inbox) me\b",
    r"(微信|加v|加微|vx号|qq号|加qq|私信我|私聊|小红书)",
])
OTHER_SHOP_PATTERNS = compile_all([
    r"\b(visit|check out|search( for)?|look for|look up|find)\b[^.!?]{0,30}\b(shop|store|page|channel|official|account)\b",
    r"\blink in (my )?bio\b|\blink bio\b|\bsubscribe to my\b|\bfollow (me|my)\b|\b(check|see|visit) my (page|profile|channel)\b",
    r"\b(toko sebelah|beli di toko|mending beli di|cek toko|cari (aja )?di toko|cek ig|follow ig)\b",
    r"(去.{0,10}(店|淘宝|拼多多|京东).{0,8}买|淘宝搜|搜.{0,8}店|关注我|看我(的)?主页|我(的)?主页|我的橱窗)",
])
SELF_STORE_PATTERNS = compile_all([
    r"\bmy (own )?(shop|store|brand|boutique|business|company|factory)\b",
    r"\bour (own )?(shop|store|brand|brand's|boutique|company|products?|version|factory|warehouse|\w+ come with)\b",
    r"\b(i|we) (also )?sell\b|\bseller of [^.!?]{0,25}\bmyself\b|\bas a seller\b|\bbuy from us\b",
    r"\bi (own|run|have) an? [^.!?]{0,25}\b(store|shop|business|brand)\b|\b(come|visit)( to)? (my|our) (store|shop)\b",
    r"(我家店|我家的同款|我的店|我们店|本店|我店|我也是卖|我们(的)?(品牌|店铺)|来我(们)?(店|家)|做这行|我们同行|我们家(都|也|的货|店|卖))",
    r"\b(toko (saya|kami|aku|ku)|tokoku|produk kami|brand kami|saya juga jual(an)?|kami jual|jualan saya|olshop (saya|kami))\b",
    r"\b(mi tienda|nuestra tienda|nuestra marca|mon magasin|notre boutique)\b",
])


def _channel_findings(text: str, *, defect_described: bool) -> list[tuple[str, str]]:
    """(what was found, quote) pairs. Phone numbers and e-mails are named, never shown."""
    lowered = normalise(text)
    findings: list[tuple[str, str]] = []
    if SELLER_ATTRIBUTION.search(lowered):
        return findings
    for phone in find_phone_numbers(text):
        start = text.find(phone)
        findings.append(("a phone number", quote_around(text, start, start + len(phone))))
    for email in find_emails(text):
        start = text.find(email)
        findings.append(("an e-mail address", quote_around(text, start, start + len(email))))
    without_emails = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", lowered)
    for match in URL_PATTERN.finditer(without_emails):
        if PHOTO_HOSTS.search(match.group(0)) and defect_described:
            continue
        findings.append(("a link", quote_around(text, match.start(), match.end())))
        break
    obfuscated = OBFUSCATED_URL_PATTERN.search(lowered)
    if obfuscated and not any(what == "a link" for what, _ in findings):
        findings.append(("a link", quote_around(text, obfuscated.start(), obfuscated.end())))
    handle = HANDLE_PATTERN.search(without_emails)
    if handle:
        findings.append(("a social-media handle", quote_around(text, handle.start(), handle.end())))
    messaging = first_match(MESSAGING_PATTERNS, lowered)
    if messaging:
        findings.append(("a messaging or social app", quote_around(text, messaging.start(), messaging.end())))
    return findings


def diversion_signals(text: str) -> list[Signal]:
    """Only the published review counts: contact details in a private chat divert no traffic."""
    defect_described = describes_defect(text)
    signals: list[Signal] = []
    findings = _channel_findings(text, defect_described=defect_described)
    if findings:
        kinds = sorted({what for what, _ in findings})
        signals.append(Signal(
            kind=SignalKind.CONTACT_CHANNEL, category=MaliciousCategory.TRAFFIC_DIVERSION, weight=0.9,
            description=f"The review advertises an outside channel: {', '.join(kinds)}.",
            quotes=list(dict.fromkeys(quote for _, quote in findings)),
        ))
    lowered = normalise(text)
    shop = first_match(OTHER_SHOP_PATTERNS, lowered)
    if shop:
        signals.append(Signal(
            kind=SignalKind.OTHER_SHOP_PROMOTION, category=MaliciousCategory.TRAFFIC_DIVERSION, weight=0.7,
            description="The review sends readers to another shop or account.",
            quotes=[quote_around(text, shop.start(), shop.end())],
        ))
    return signals


def competitor_signals(text: str) -> list[Signal]:
    lowered = normalise(text)
    claim = first_match(SELF_STORE_PATTERNS, lowered)
    if claim is None:
        return []
    return [Signal(
        kind=SignalKind.SELF_STORE_CLAIM, category=MaliciousCategory.COMPETITOR, weight=0.8,
        description="The reviewer presents their own store, brand or products.",
        quotes=[quote_around(text, claim.start(), claim.end())],
    )]
