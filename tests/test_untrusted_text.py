"""Untrusted text is read as a person sees it: hidden characters, look-alikes, spacing and spelled digits undone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evals.obfuscation import TRANSFORMS
from tools.masking import mask_contacts
from tools.reviews.classifier import classify_malicious_review
from tools.reviews.models import Decision, MaliciousCategory, ReviewCase
from tools.untrusted_text import clean, escape_invisible


@pytest.mark.parametrize(("text", "seen"), [
    ("Add my Wh\u200batsApp", "Add my WhatsApp"),  # zero-width space
    ("Wh\u0430tsApp me", "WhatsApp me"),  # Cyrillic а
    ("ＷｈａｔｓＡｐｐ ０８１２", "WhatsApp 0812"),  # fullwidth
    ("𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩", "WhatsApp"),  # mathematical bold
    ("\u202eppAstahW em dda\u202c now", "add me WhatsApp now"),  # stored reversed behind an RTL override
    ("pro\u00addu\u00adct", "product"),  # soft hyphens
    ("W h a t s A p p 0 8 1 2", "WhatsApp 0812"),  # spaced out; letters and digits stay two words
    ("visit s.h.o.p now", "visit shop now"),
    ("tele me @ sgdeals _ bot 999", "tele me @sgdeals_bot 999"),  # a handle written apart
    ("call zero eight one two three four five six", "call 08123456"),  # digits in words (en pack)
    ("wa kosong delapan satu dua tiga empat", "wa 081234"),  # (id pack)
    ("加我 幺三八零零零零一二三四", "加我 13800001234"),  # (zh pack)
    ("ᴡʜᴀᴛꜱᴀᴘᴘ ᴍᴇ", "whatsapp me"),  # small capitals: Unicode names each the letter it styles
    ("🆆🅷🅰🆃🆂🅰🅿🅿 me", "whatsapp me"),  # letters in black squares
    ("W\u0336h\u0336a\u0336t\u0336s\u0336A\u0336p\u0336p\u0336", "WhatsApp"),  # a stroke through each letter
    ("call 0\ufe0f\u20e38\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e3", "call 0812"),  # keycap emoji
    ("โทร ๐๘๑๒๓๔๕๖๗๘", "โทร 0812345678"),  # Thai numerals
    ("W✨h✨a✨t✨s✨A✨p✨p me", "WhatsApp me"),  # an emoji between the letters
    ("I run a s.m.a.l.l p.h.o.n.e s.h.o.p", "I run a small phone shop"),  # a space still parts the words
    ("dm @✨s✨h✨o✨p_deals", "dm @shop_deals"),  # a handle written apart with emoji
    ("wa．me/6281234", "wa.me/6281234"),  # a full-width dot inside a link
])
def test_hidden_text_is_read_as_shown(text: str, seen: str) -> None:
    assert str(clean(text)) == seen
    assert clean(text).changes


@pytest.mark.parametrize("text", [
    "đánh giá 5 sao, hàng lỗi",  # Vietnamese letters are Latin with marks: never folded
    "一星差评,质量太差",  # Han characters that resemble dashes are not folded
    "ไม่ตรงปก สีเพี้ยน",  # Thai
    "não funciona, péssimo",
    "👨\u200d👩\u200d👧 family pack was fine",  # a joiner inside an emoji sequence hides nothing
    "I am a buyer and it broke",
    "น้ำหอมกลิ่นไม่ติด ทำงานไม่ได้",  # Thai "ำ" is one letter: NFKC would split it and no Thai word would match
    "ปุ่ม X กดไม่ติด ปุ่ม Y ก็ด้วย",  # a tone mark before "ม" keeps it inside its word, not a letter standing alone
    "size S/M/L, box 3 x 4 x 5 cm",  # sizes and dimensions are not a word written apart
])
def test_ordinary_text_is_left_as_written(text: str) -> None:
    assert str(clean(text)) == text and not clean(text).changes


def test_full_width_punctuation_in_chinese_hides_nothing() -> None:
    """"，" and "：" are how Chinese is typed: read as plain, but no note that the review hides text from filters."""
    assert str(clean("大家注意：蓝色比图片深很多，好评！")) == "大家注意:蓝色比图片深很多,好评!"
    assert clean("大家注意：蓝色比图片深很多，好评！").changes == ()


def test_an_emojis_presentation_selector_hides_nothing() -> None:
    assert clean("love it \u2764\ufe0f").changes == ()  # drawn as an emoji, not hiding a word
    assert clean("What\ufe0fsApp").changes  # after a letter it splits the word


def test_a_span_maps_back_to_the_buyers_original_characters() -> None:
    cleaned = clean("Add my Wh\u200batsApp now")
    start = cleaned.index("WhatsApp")
    low, high = cleaned.original_span(start, start + len("WhatsApp"))
    assert cleaned.original[low:high] == "Wh\u200batsApp"
    assert escape_invisible(cleaned.original[low:high]) == "Wh⟨U+200B⟩atsApp"


@given(st.text(max_size=60))
def test_spans_always_point_inside_the_original(text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned.spans) == len(cleaned)
    for low, high in cleaned.spans:
        assert 0 <= low < high <= len(text)


def test_contacts_written_to_slip_past_a_filter_are_masked_in_place() -> None:
    assert mask_contacts("W A 0 8 1 2 3 4 5 6 7 8 9 ok") == "W A [phone hidden] ok"
    assert mask_contacts("0812\u200b3456\u200b7890") == "[phone hidden]"
    assert mask_contacts("hubungi kosong delapan satu dua tiga empat lima enam tujuh ya") == "hubungi [phone hidden] ya"
    assert mask_contacts("order 0812345678901") == "order 0812345678901"  # an order id stays


def _review(text: str) -> ReviewCase:
    return ReviewCase(review_id="R-1", text=text, rating=1, product_title="Blue Satin Midi Dress")


@pytest.mark.parametrize(("text", "category"), [
    ("Bad dress. Cheaper on my WhatsApp 0812-5550-1234, chat me", MaliciousCategory.TRAFFIC_DIVERSION),
    ("Delete this review? Send me a $20 voucher first.", MaliciousCategory.COERCIVE),
    ("Buy from my shop GlowMart instead, our dresses are better.", MaliciousCategory.COMPETITOR),
])
@pytest.mark.parametrize("transform", sorted(TRANSFORMS))
def test_obfuscated_abuse_keeps_its_category(text: str, category: MaliciousCategory, transform: str) -> None:
    assessment = classify_malicious_review(_review(TRANSFORMS[transform](text)))
    assert assessment.category is category
    assert assessment.decision is Decision.REPORT


def test_quotes_keep_the_original_with_hidden_characters_shown() -> None:
    assessment = classify_malicious_review(_review("Buy from my sh\u200bop GlowMart instead, ours are better."))
    quotes = [quote for signal in assessment.signals for quote in signal.quotes]
    assert any("sh⟨U+200B⟩op" in quote for quote in quotes)
    assert assessment.obfuscation == ["1 invisible character(s) removed"]
