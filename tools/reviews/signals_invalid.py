"""Invalid reviews: gibberish, spam, or content unrelated to the purchase.

Unrelated content is only called out when it carries a clear off-topic marker (politics, greetings,
weather...) *and* no word about a purchase at all, because a short angry review ("Terrible. Never
again.") is about the purchase even when it names nothing.
"""

from __future__ import annotations

import re

from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.signals_genuine import describes_defect
from tools.reviews.text_tools import compile_all, first_match, normalise, quote_around

_VOWELS = set("aeiouy")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Syllable noise ("hahaha", "wkwkwk", "啊啊啊"); a repeated real word ("bad bad bad") is emphasis.
_REPETITION = re.compile(r"^(.{1,2}?)\1{3,}.{0,1}$")
FILLER_PATTERNS = compile_all([r"\blorem ipsum\b", r"^\W*(test\W*)+\d*\W*$", r"^\W*(asdf|qwerty|zxcv)\w*\W*$"])
SPAM_PATTERNS = compile_all([
    r"\b(earn \$?\d+|work(ing)? from home|make money|no experience needed|crypto|bitcoin|forex|investment opportunit\w*)\b",
    r"\b(casino|betting|slots?|lottery|loans?|free followers|buy followers|click here|giveaway|sugar daddy)\b",
    r"(兼职|刷单|日赚|赚钱|贷款|博彩|彩票|加群|网赌)",
    r"\b(slot|gacor|judi|togel|pinjol|pinjaman online|maxwin|investasi bodong|cuan)\b",
    # job and side-income bait
    r"\b(hiring now|we are hiring|side hustle|passive income|part[- ]?time job|daily pay|earn from (home|your phone)|referral code)\b",
    r"\b(loker|lowongan( kerja)?|kerja (dari|di) rumah|gaji \d+\s?(jt|juta|rb)?|penghasilan tambahan|kode referral|dibayar harian)\b",
    r"(招聘|招人|在家(工作|赚)|宝妈兼职|副业|手机赚|高薪|日结)",
])
OFF_TOPIC_PATTERNS = compile_all([
    r"\b(who else is (watching|here)|anyone else here|first!|election|vote for|candidate|president|politics?|taxes|happy birthday|love you|football|horoscope|weather|first comment|lyrics)\b",
    r"(天气|公园|散步|选举|生日快乐|足球|星座)",
    r"\b(selamat ulang tahun|pemilu|cuaca|pacar|nyapres)\b",
    # the writer's own idle state or small talk, not the purchase
    r"\b(bored|boring day|nothing to do|just (passing|testing|chilling|saying hi)|test(ing)? (review|comment)|random (comment|review)|hello (everyone|guys)|good (morning|night) (everyone|guys|all))\b",
    r"\b(gabut|iseng( aja)?|lagi bosen|bosan|numpang lewat|halo semua|selamat (pagi|siang|malam) semua)\b",
    r"(无聊|路过打卡|打卡|凑字数|大家好|早上好|晚安)",
])
PURCHASE_WORDS = compile_all([
    r"\b(item|product|quality|deliver\w*|shipping|shipped|package|parcel|seller|shop|store|size|colou?r|price|order\w*|bought|buy|refund|return\w*|stars?|review|box)\b",
    r"(商品|质量|快递|发货|卖家|客服|尺码|颜色|价格|东西|买|退|包装|店)",
    r"\b(barang|produk|kualitas|kirim|pengiriman|penjual|ukuran|warna|harga|beli|paket)\b",
])


def _is_junk_token(token: str) -> bool:
    if not token.isascii() or not token.isalpha() or len(token) < 3:
        return False
    if any(token[:3] in row for row in _KEYBOARD_ROWS):  # "qwe", "asdkjh": a hand run along the keys
        return True
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


def invalid_signals(text: str, *, product_words: list[str]) -> list[Signal]:
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
    spam = first_match(SPAM_PATTERNS, lowered)
    if spam:
        signals.append(Signal(
            kind=SignalKind.SPAM, category=MaliciousCategory.INVALID, weight=0.85,
            description="The review is spam (money-making, gambling or similar offers).",
            quotes=[quote_around(text, spam.start(), spam.end())],
        ))
    off_topic = first_match(OFF_TOPIC_PATTERNS, lowered)
    mentions_purchase = (
        first_match(PURCHASE_WORDS, lowered) is not None
        or describes_defect(text)
        or any(word in lowered for word in product_words)
    )
    if off_topic and not mentions_purchase:
        signals.append(Signal(
            kind=SignalKind.UNRELATED, category=MaliciousCategory.INVALID, weight=0.8,
            description="The review talks about something unrelated to the purchase and says nothing about it.",
            quotes=[quote_around(text, off_topic.start(), off_topic.end())],
        ))
    return signals
