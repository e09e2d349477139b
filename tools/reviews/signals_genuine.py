"""Facts that speak for a genuine complaint: a described defect, a remedy the buyer is entitled
to, a photo of the defect, a wrong item shipped. Other detectors consult them so that an angry
buyer with a real problem is not called malicious (reference 002: "not every bad review is malicious";
eBay: a threat about an item that really is not as described is not extortion)."""

from __future__ import annotations

import re

from tools.reviews.models import MaliciousCategory, Signal, SignalKind
from tools.reviews.text_tools import compile_all, first_match, normalise, quote_around

DEFECT_PATTERNS = compile_all([
    r"\b(broke|broken|breaks?|defect(ive)?|damaged?|crack(ed|s)?|torn|ripped|faulty|fake|counterfeit|missing|empty)\b",
    r"\b(stopped (working|charging)|not (working|charging)|doesn'?t work|does not work|won'?t (turn on|charge)|dead|died|leaks?|leaking)\b",
    r"\b(wrong size|wrong colou?r|too (small|big|tight|loose|narrow)|smaller than|not as described|nothing like|different from)\b",
    r"\b(stain(ed)?|smells?|stinks?|rash|expired|melted|peel(s|ed|ing)?|shrank|shrunk|frayed|blunt|clumps|flakes|pilled)\b",
    r"\b(gets? (really )?hot|overheat\w*|slow|loud|noisy|weak|misaligned|doesn'?t fit|never arrived|not delivered|see-through)\b",
    r"\b(burn(ed|t)?|scratch(ed|es)?|dent(ed)?|rust(y)?|fell apart|came off|loose|not received|poor quality|bad quality|misleading|drains?)\b",
    r"\b(blisters?|hurts?|irritat\w*|allerg\w*|clumps?|moldy|mouldy|dirty|used|second-hand|late)\b",
    r"(坏|破|裂|漏|假货|假的|不能用|没法用|不工作|没声音|色差|不一样|掉漆|粘锅|空的|少了|缺少|压坏|偏小|偏大|穿不下|不符|过期|怪味|线头|起球|太慢|发错|质量差|质量太差|不值|疼|烫|褪色|开线)",
    r"\b(rusak|pecah|retak|bocor|mati|tidak berfungsi|gak berfungsi|palsu|kosong|beda|tidak sesuai|gak sesuai|kekecilan|kebesaran|sobek|lepas|gosong|mengelupas|panas|penyok|hilang|tidak bunyi|cacat|luntur|bau|lama banget|telat)\b",
    r"\b(roto|rota|defectuoso|no funciona|lỗi|hỏng|cassée?|différente|abîmée?)\b",
    r"\b(won'?t|wouldn'?t|doesn'?t|didn'?t|does not|did not|can'?t|cannot|couldn'?t|never) (turn on|power on|charge|work|connect|pair|start|open|close|fit|stay|hold|heat|spin|stick)\b",
    r"\b(flicker\w*|rattl\w*|no (sound|power|signal)|chipp?(ed|ing|s)?|bent|wobbl\w*|warp(ed|s)?|unstitched|holes?|mou?ldy?|buggy|disconnects?|flimsy|thinner|scam)\b",
    # th, vi, pt, ms, tl
    r"(ไม่ตรงปก|เสีย|แตก|พัง|ชำรุด|ไม่ทำงาน|ใช้ไม่ได้|ขาด|รั่ว|สีเพี้ยน|ไม่เหมือน|ปลอม)",
    r"\b(vỡ|móp|bể|rách|hàng giả|kém chất lượng|sai (màu|size|mẫu)|không (vào|lên|chạy|hoạt động|dùng được|giống))\b",
    r"\b(quebrad[oa]|n[ãa]o (funciona|liga|carrega)|defeito|rasgad[oa]|falsificad[oa]|estragad[oa]|vazand[oa])\b",
    r"\b(rosak|tak (boleh )?(guna|berfungsi|jalan|menyala)|koyak|sira|hindi (na )?gumagana|basag|punit|peke)\b",
])

ENTITLED_REMEDY_PATTERNS = compile_all([
    r"\b(refund|replace(ment)?|new one|money back|exchange|return)\b",
    r"(退款|换货|换一个|换了|补发|退货|退.{0,4}钱)",
    r"\b(refund|pengganti|ganti baru|tukar|kembalikan uang|retur|dikembalikan|ganti rugi)\b",
    # compensation for a loss is owed too when the loss is real; without a defect it is just a price
    r"\b(compensat\w*|hoàn tiền|đổi (hàng|cái mới)|reembols\w*|troca|dinheiro de volta|bayar balik)\b|(คืนเงิน|เปลี่ยน(ใหม่|สินค้า)|赔偿|补偿)",
])

WRONG_ITEM_SHIPPED_PATTERNS = compile_all([
    r"\b(sent|shipped|received|got|delivered)\b[^.!?]{0,40}\binstead of\b",
    r"\binstead of (the|my)\b",
    r"\bwrong (item|product|one|colou?r|size|model)\b",
    r"(发错|收到的是|不是我买的|不是我订的)",
    r"\b(salah kirim|dikirim yang salah|barang salah|beda barang|bukan yang saya pesan)\b",
])

PHOTO_HOSTS = re.compile(
    r"(imgur\.com|ibb\.co|photos\.app\.goo\.gl|photos\.google\.com|drive\.google\.com|flickr\.com|postimg\.cc|dropbox\.com)",
    re.IGNORECASE,
)


def describes_defect(text: str) -> bool:
    return first_match(DEFECT_PATTERNS, normalise(text)) is not None


def genuine_signals(text: str) -> list[Signal]:
    """Signals that the review reports a real problem with the purchase."""
    lowered = normalise(text)
    signals: list[Signal] = []
    defect = first_match(DEFECT_PATTERNS, lowered)
    if defect:
        signals.append(Signal(
            kind=SignalKind.DEFECT_DESCRIBED, category=MaliciousCategory.NOT_MALICIOUS, weight=0.6,
            description="The review describes a problem with the item or the delivery.",
            quotes=[quote_around(text, defect.start(), defect.end())],
        ))
    shipped = first_match(WRONG_ITEM_SHIPPED_PATTERNS, lowered)
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
    return first_match(WRONG_ITEM_SHIPPED_PATTERNS, normalise(text)) is not None
