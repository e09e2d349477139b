"""Ids of the stories planted in the demo marketplace. The generator must use exactly these ids;
tests and eval cases refer to the stories by these names, never by hand-typed numbers."""

from __future__ import annotations

from typing import Final

OWN_SHOP_ID: Final = "SHOP-OURS"
OWN_SHOP_TIME_ZONE: Final = "Asia/Singapore"

# Category names used across the demo (benchmarks are per category).
FASHION: Final = "Fashion & Sports"
BEAUTY: Final = "Beauty & Perfume"
ELECTRONICS: Final = "Phones & Electronics"
HOME: Final = "Home & Kitchen"
CATEGORIES: Final = (FASHION, BEAUTY, ELECTRONICS, HOME)

# --- VoC stories (products of our shop) ---------------------------------------------------
COLOUR_MISMATCH_DRESS: Final = "P-1001"   # "Blue Satin Midi Dress": colour differs from photos (>50% not_as_described)
PERFUME_EMPTY_BOTTLES: Final = "P-2001"   # perfume: empty/damaged bottles, 1 of 2 missing, weak longevity
CHARGER_OVERCLAIM: Final = "P-3001"       # fast charger: a creator video overclaimed charging speed
LOGISTICS_RISING: Final = "P-4001"        # kitchen item: logistics complaints rising over the last 10 days
HIGH_GMV_AT_RISK: Final = "P-3002"        # high-GMV product (GMV >= 10,000 in 30 days) that is At Risk
HEALTHY_BESTSELLER: Final = "P-1002"      # many orders, few complaints: Below Average
TINY_PRODUCTS: Final = ("P-9001", "P-9002", "P-9003")  # < 30 orders in the window: level "-"

# --- video stories (videos of our shop) ---------------------------------------------------
CHARGER_OVERCLAIM_VIDEO: Final = "V-3001"  # the affiliate video that overclaimed the charger
VIOLATION_VIDEO: Final = "V-5001"          # a violation recorded in its first 7 days
UNDER_THRESHOLD_VIDEO: Final = "V-5002"    # fewer than 500 views in its window
NOT_SHOPPABLE_VIDEO: Final = "V-5003"      # no product linked
WEAK_HOOK_VIDEO: Final = "V-5004"          # Can do better, finish rate far below the category median
GOOD_VIDEO: Final = "V-5005"               # Good performance
IN_EVALUATION_VIDEO: Final = "V-5006"      # posted less than 7 days before the demo's end

# --- malicious-review stories (reviews of our shop) ----------------------------------------
REPEAT_NEGATIVE_BUYER: Final = "B-REPEAT-1"  # buys again and again, 1-star review each time
REPEAT_NEGATIVE_REVIEWS: Final = ("R-REP-1", "R-REP-2", "R-REP-3", "R-REP-4")  # newest last
COERCIVE_REVIEW: Final = "R-COERCE-1"        # offers to remove the review for a free gift/refund
WHATSAPP_REVIEW: Final = "R-WA-1"            # advertises a WhatsApp number (traffic diversion)
COMPETITOR_REVIEW: Final = "R-COMP-1"        # reviewer promotes their own store/brand
WRONG_PRODUCT_REVIEW: Final = "R-WRONG-1"    # describes a product we do not sell
INVALID_REVIEW: Final = "R-INVALID-1"        # gibberish/spam
GENUINE_ANGRY_REVIEW: Final = "R-GENUINE-1"  # angry, demands a refund for a real defect: NOT malicious
OLD_MALICIOUS_REVIEW: Final = "R-OLD-1"      # coercive but posted 45 days before the end: no longer reportable
INJECTION_REVIEW: Final = "R-INJECT-1"       # carries a prompt injection; a genuine complaint underneath
