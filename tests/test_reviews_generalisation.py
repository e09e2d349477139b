"""Phrasings beyond the labelled set: obfuscated channels and slang, conditional coercion, trade talk,
and the near-misses that must stay genuine complaints (who gave the contact, platform reports)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tools.reviews.classifier import classify_malicious_review
from tools.reviews.evaluate import DATASET_PATH, load_eval_cases
from tools.reviews.models import MALICIOUS_CATEGORIES, MaliciousCategory, ReviewCase

M = MaliciousCategory
UNSEEN_PATH: Path = DATASET_PATH.with_name("reviews_unseen.jsonl")


def category_of(text: str, title: str) -> MaliciousCategory:
    return classify_malicious_review(ReviewCase(review_id="P", text=text, rating=1, product_title=title)).category


@pytest.mark.parametrize(("text", "title", "expected"), [
    # traffic diversion: spelled-out links, slang ids, invitations
    ("cheaper stuff on my tele channel, t . me/dealsbox", "65W USB-C Fast Charger", M.TRAFFIC_DIVERSION),
    ("visit shopgood dot com for better ones", "LED Desk Lamp", M.TRAFFIC_DIVERSION),
    ("mau murah? cek ig kami @grosirhp.id", "Phone Case", M.TRAFFIC_DIVERSION),
    ("加v：kk5566 有同款便宜", "Cotton Oversized T-Shirt", M.TRAFFIC_DIVERSION),
    ("hmu on snap for the real ones", "Running Shoes Men", M.TRAFFIC_DIVERSION),
    # coercion: conditional offers, store credit, passive "review nya aku hapus", other languages
    ("Give me RM20 and I'll change it to 5 stars", "Personal Blender 600W", M.COERCIVE),
    ("Send me a voucher and this one-star goes away", "Ceramic Coffee Mug Set", M.COERCIVE),
    ("返50元红包立刻删评", "Personal Blender 600W", M.COERCIVE),
    ("transfer 30rb, nanti review nya aku hapus", "Cotton Oversized T-Shirt", M.COERCIVE),
    # competitor: the trade, not only "my shop"
    ("We supply the same model to retailers for half this price", "Personal Blender 600W", M.COMPETITOR),
    ("I'm a reseller of this brand, this listing is a fake copy", "Eau de Parfum Rose 50ml", M.COMPETITOR),
    ("我们厂做的比这个好多了", "Ceramic Coffee Mug Set", M.COMPETITOR),
    # wrong product and invalid beyond the first lexicons
    ("The baby bottle nipple leaks", "Running Shoes Men", M.WRONG_PRODUCT),
    ("lowongan kerja online gaji 5jt per bulan minat chat", "Personal Blender 600W", M.INVALID),
])
def test_unseen_phrasings_of_each_category(text: str, title: str, expected: MaliciousCategory) -> None:
    assert category_of(text, title) is expected


@pytest.mark.parametrize(("text", "title"), [
    ("Bluetooth v5.3 keeps dropping, the line 3.5mm jack also crackles", "Wireless Earbuds Pro"),
    ("I messaged them on WhatsApp twice, no reply. Heel came off.", "Running Shoes Men"),
    ("Seller gave me their Line id to process the return, never answered. Strap broke", "Sport Smartwatch X2"),
    ("客服一直让我去微信联系,东西坏了", "Wireless Earbuds Pro"),
    ("Paket telat, admin nyuruh chat WA tapi gak dibales", "Personal Blender 600W"),
    ("Saw this on Instagram, total waste of money", "Matte Lipstick Ruby Red"),
    ("Will report this seller to Shopee, fake product", "Matte Lipstick Ruby Red"),
    ("Please contact me about my refund, the bottle leaks", "Insulated Tumbler 900ml"),
    ("Broke. Me and my wife are disappointed", "Ceramic Coffee Mug Set"),
    ("We make smoothies every morning and the jar cracked after a week", "Personal Blender 600W"),
    ("Ours broke after a week, the kids are sad", "Personal Blender 600W"),
    ("Update my review once you refund, the screen is cracked", "Sport Smartwatch X2"),
    ("Kalau barang pengganti bagus nanti bintang 5 deh, sekarang masih rusak", "Personal Blender 600W"),
    ("my son loves it but the paint chipped already", "Ceramic Coffee Mug Set"),
])
def test_near_misses_stay_genuine_complaints(text: str, title: str) -> None:
    assert category_of(text, title) is M.NOT_MALICIOUS


def test_unseen_set_shape() -> None:
    """The held-out set written before this round of changes; scored, never tuned on."""
    cases = load_eval_cases(UNSEEN_PATH)
    labels = Counter(case.label for case in cases)
    assert len(cases) >= 60 and len({case.id for case in cases}) == len(cases)
    assert labels[M.NOT_MALICIOUS] * 2 >= len(cases)
    assert all(labels[category] >= 4 for category in MALICIOUS_CATEGORIES)
    assert {"en", "zh", "id", "th", "vi", "pt", "ms"} <= {case.language for case in cases}
