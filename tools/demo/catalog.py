"""The demo's shops and products, with each product's planned order volume, negative rate and
issue mix. Rates of our shop are set relative to the category's pooled rate so every VoC level occurs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
import numpy.typing as npt

from tools.demo import stories
from tools.demo.texts import ISSUE_TAGS

CURRENCY = "USD"


@dataclass(frozen=True)
class ShopPlan:
    shop_id: str
    name: str
    time_zone: str
    language_weights: dict[str, float]


SHOPS = (
    ShopPlan(stories.OWN_SHOP_ID, "Lumen Lane Official", stories.OWN_SHOP_TIME_ZONE,
             {"en": 0.5, "zh": 0.25, "id": 0.13, "th": 0.04, "vi": 0.04, "pt": 0.04}),
    ShopPlan("SHOP-NUSA", "Nusa Trend Store", "Asia/Jakarta", {"id": 0.6, "en": 0.25, "zh": 0.1, "pt": 0.05}),
    ShopPlan("SHOP-SIAM", "Siam Daily Mart", "Asia/Bangkok", {"th": 0.25, "en": 0.45, "zh": 0.18, "id": 0.12}),
    ShopPlan("SHOP-SAIGON", "Saigon Gadget Hub", "Asia/Ho_Chi_Minh", {"vi": 0.25, "en": 0.45, "zh": 0.18, "id": 0.12}),
    ShopPlan("SHOP-MANILA", "Manila Home & Style", "Asia/Manila", {"en": 0.6, "zh": 0.15, "id": 0.15, "pt": 0.1}),
)

# Typical share of orders with negative feedback per category (the benchmark lands near these).
CATEGORY_BASE_RATE = {stories.FASHION: 0.10, stories.BEAUTY: 0.08, stories.ELECTRONICS: 0.07, stories.HOME: 0.06}


def _weights(**shares: float) -> npt.NDArray[np.float64]:
    vector = np.array([shares.get(tag, 0.0) for tag in ISSUE_TAGS], dtype=float)
    return cast(npt.NDArray[np.float64], vector / vector.sum())


CATEGORY_ISSUE_MIX = {
    stories.FASHION: _weights(size_fit=.3, not_as_described=.2, quality_defect=.15, wrong_item=.07, damaged_or_missing=.05,
                              logistics_delay=.08, customer_service=.05, price_value=.05, counterfeit=.02,
                              misleading_promotion=.02, performance=.01),
    stories.BEAUTY: _weights(performance=.2, damaged_or_missing=.15, not_as_described=.1, counterfeit=.12, safety=.1,
                             quality_defect=.08, logistics_delay=.08, price_value=.07, customer_service=.05, wrong_item=.03,
                             misleading_promotion=.02),
    stories.ELECTRONICS: _weights(quality_defect=.25, performance=.2, not_as_described=.1, safety=.06, counterfeit=.06,
                                  damaged_or_missing=.08, logistics_delay=.08, misleading_promotion=.05,
                                  customer_service=.05, wrong_item=.04, price_value=.03),
    stories.HOME: _weights(quality_defect=.25, damaged_or_missing=.2, not_as_described=.1, logistics_delay=.1, size_fit=.05,
                           safety=.05, performance=.07, price_value=.07, customer_service=.05, wrong_item=.04,
                           misleading_promotion=.02),
}
STORY_ISSUE_MIX = {
    stories.COLOUR_MISMATCH_DRESS: _weights(not_as_described=.72, size_fit=.1, quality_defect=.08, logistics_delay=.05,
                                            customer_service=.05),
    stories.PERFUME_EMPTY_BOTTLES: _weights(damaged_or_missing=.45, performance=.35, counterfeit=.05, logistics_delay=.05,
                                            customer_service=.05, price_value=.05),
    stories.CHARGER_OVERCLAIM: _weights(misleading_promotion=.38, performance=.38, quality_defect=.05, safety=.04,
                                        damaged_or_missing=.05, customer_service=.05, logistics_delay=.05),
    # No logistics here: its planted logistics complaints start in the last 10 days only.
    stories.LOGISTICS_RISING: _weights(quality_defect=.4, damaged_or_missing=.25, not_as_described=.15, price_value=.1,
                                       customer_service=.1),
    stories.HIGH_GMV_AT_RISK: _weights(quality_defect=.45, performance=.2, not_as_described=.1, customer_service=.1,
                                       logistics_delay=.05, damaged_or_missing=.1),
}

# Planted products of our shop: id -> (title, category, price, orders per day, rate vs category benchmark).
PLANTED_PRODUCTS = {
    stories.COLOUR_MISMATCH_DRESS: ("Blue Satin Midi Dress", stories.FASHION, 29.90, 4.0, 2.6),
    stories.HEALTHY_BESTSELLER: ("Seamless High-Waist Yoga Leggings", stories.FASHION, 19.90, 9.0, 0.3),
    stories.PERFUME_EMPTY_BOTTLES: ("Velvet Oud Eau de Parfum 2 x 50ml Set", stories.BEAUTY, 39.00, 3.5, 2.4),
    stories.CHARGER_OVERCLAIM: ("SuperVolt 65W GaN Fast Charger", stories.ELECTRONICS, 24.90, 4.0, 2.2),
    stories.HIGH_GMV_AT_RISK: ("AirBeat Pro ANC Wireless Earbuds", stories.ELECTRONICS, 79.00, 6.5, 2.4),
    stories.LOGISTICS_RISING: ("Non-Stick Granite Frying Pan 28cm", stories.HOME, 22.50, 8.0, 0.65),
    stories.TINY_PRODUCTS[0]: ("Linen Bucket Hat", stories.FASHION, 12.90, 0.4, 1.0),
    stories.TINY_PRODUCTS[1]: ("Rose Lip Oil Mini", stories.BEAUTY, 9.90, 0.5, 1.0),
    stories.TINY_PRODUCTS[2]: ("Magnetic Cable Organizer", stories.HOME, 6.50, 0.3, 1.0),
}
# Ordinary products of our shop cycle through these rate multipliers: Below Average .. At Risk.
OWN_RATE_MULTIPLIERS = (0.45, 0.7, 1.0, 1.0, 1.3, 1.35, 2.3, 1.0, 0.6, 1.25)

_TITLE_PARTS = {
    stories.FASHION: (["Classic", "Oversized", "Slim-Fit", "Linen", "Pleated", "Ribbed", "Cropped", "Vintage"],
                      ["T-Shirt", "Hoodie", "Running Shorts", "Maxi Skirt", "Denim Jacket", "Sports Bra", "Sneakers", "Polo Shirt"],
                      (9.0, 45.0)),
    stories.BEAUTY: (["Hydrating", "Vitamin C", "Matte", "Rose", "Aloe", "Retinol", "Citrus", "Silk"],
                     ["Face Serum", "Lipstick", "Sunscreen SPF50", "Body Mist", "Cleanser", "Night Cream", "Hair Oil", "Eau de Toilette"],
                     (6.0, 40.0)),
    stories.ELECTRONICS: (["Magnetic", "Mini", "Pro", "Ultra", "Braided", "Smart", "Compact", "Wireless"],
                          ["Power Bank 10000mAh", "USB-C Cable", "Phone Case", "Bluetooth Speaker", "Smart Watch", "Car Mount", "Ring Light", "Earphones"],
                          (5.0, 60.0)),
    stories.HOME: (["Bamboo", "Ceramic", "Stainless", "Foldable", "Glass", "Minimalist", "Stackable", "Cotton"],
                   ["Storage Box", "Knife Set", "Water Bottle", "Dish Rack", "Cutting Board", "Table Lamp", "Bath Towel", "Food Container"],
                   (4.0, 35.0)),
}
# We sell no phone cases: the wrong-product review talks about one.
_OWN_EXCLUDED_NOUNS = ("Phone Case",)


@dataclass(frozen=True)
class ProductPlan:
    product_id: str
    shop_id: str
    title: str
    category: str
    price: float
    commission_rate: float
    created_days_before_end: int
    daily_orders: float
    rate_multiplier: float  # of the category's pooled rate for our shop; of the base rate for others
    issue_mix: np.ndarray


@dataclass(frozen=True)
class ScalePlan:
    own_products: int
    other_products_per_shop: int
    own_daily_orders: float
    other_daily_orders: float
    videos: int
    text_pool_size: int
    chunk_products: int


# Other shops carry most of each category's volume, as in a real marketplace, so the pooled
# benchmark is not dominated by our own planted products.
SCALES = {
    "small": ScalePlan(own_products=24, other_products_per_shop=12, own_daily_orders=2.2, other_daily_orders=3.0,
                       videos=64, text_pool_size=60, chunk_products=10_000),
    "default": ScalePlan(own_products=60, other_products_per_shop=60, own_daily_orders=1.35, other_daily_orders=1.35,
                         videos=400, text_pool_size=220, chunk_products=10_000),
    "large": ScalePlan(own_products=200, other_products_per_shop=600, own_daily_orders=8.0, other_daily_orders=9.0,
                       videos=1500, text_pool_size=300, chunk_products=150),
}


def _perturbed_mix(base: np.ndarray, rng: np.random.Generator) -> npt.NDArray[np.float64]:
    mix = base * rng.gamma(4.0, 0.25, size=len(base))
    return cast(npt.NDArray[np.float64], mix / mix.sum())


def plan_products(scale: ScalePlan, rng: np.random.Generator) -> list[ProductPlan]:
    """Planted products first, then ordinary ones of ours and of the other shops, all deterministic."""
    plans: list[ProductPlan] = []
    for pid, (title, category, price, daily, multiplier) in PLANTED_PRODUCTS.items():
        mix = STORY_ISSUE_MIX.get(pid, CATEGORY_ISSUE_MIX[category])
        plans.append(ProductPlan(pid, stories.OWN_SHOP_ID, title, category, price, 0.1, 120, daily, multiplier, mix))
    own_ordinary = scale.own_products - len(PLANTED_PRODUCTS)
    for shop in SHOPS:
        count = own_ordinary if shop.shop_id == stories.OWN_SHOP_ID else scale.other_products_per_shop
        code = shop.shop_id.removeprefix("SHOP-")
        used: set[str] = set()
        for i in range(count):
            category = stories.CATEGORIES[i % len(stories.CATEGORIES)]
            adjectives, nouns, (low, high) = _TITLE_PARTS[category]
            if shop.shop_id == stories.OWN_SHOP_ID:
                nouns = [n for n in nouns if n not in _OWN_EXCLUDED_NOUNS]
            title = f"{adjectives[rng.integers(len(adjectives))]} {nouns[rng.integers(len(nouns))]}"
            while title in used:
                title += f" {rng.choice(['II', 'Plus', 'Lite', 'Max', '2.0'])}"
            used.add(title)
            if shop.shop_id == stories.OWN_SHOP_ID:
                pid = f"P-{stories.CATEGORIES.index(category) + 1}{100 + i:03d}"
                multiplier = OWN_RATE_MULTIPLIERS[i % len(OWN_RATE_MULTIPLIERS)]
                daily = scale.own_daily_orders * float(rng.uniform(0.9, 2.0))
            else:
                pid = f"P-{code}-{i + 1:04d}"
                multiplier = float(np.clip(rng.lognormal(0.0, 0.35), 0.35, 2.8))
                daily = scale.other_daily_orders * float(np.clip(rng.lognormal(0.0, 0.8), 0.15, 8.0))
            price = round(float(rng.uniform(low, high)), 2) - 0.01 if rng.random() < 0.5 else round(float(rng.uniform(low, high)), 1)
            plans.append(ProductPlan(
                pid, shop.shop_id, title, category, round(max(price, 1.0), 2), round(float(rng.choice([0.05, 0.08, 0.1, 0.15])), 2),
                int(rng.integers(95, 400)), daily, multiplier, _perturbed_mix(CATEGORY_ISSUE_MIX[category], rng),
            ))
    return plans


def negative_rates(plans: list[ProductPlan]) -> np.ndarray:
    """Each product's share of orders with negative feedback. Our products get multiples of the
    category's *pooled* rate, solved so the pool (which includes them) lands where planned:
    b = S_others / (N - M_ours), with S_others = sum(n p) over others and M_ours = sum(n m) over ours."""
    rates = np.zeros(len(plans))
    for category in stories.CATEGORIES:
        idx = [i for i, p in enumerate(plans) if p.category == category]
        base = CATEGORY_BASE_RATE[category]
        volume = sum(plans[i].daily_orders for i in idx)
        others = sum(plans[i].daily_orders * base * plans[i].rate_multiplier for i in idx if plans[i].shop_id != stories.OWN_SHOP_ID)
        ours = sum(plans[i].daily_orders * plans[i].rate_multiplier for i in idx if plans[i].shop_id == stories.OWN_SHOP_ID)
        pooled = others / max(volume - ours, 1e-9)
        for i in idx:
            own = plans[i].shop_id == stories.OWN_SHOP_ID
            rates[i] = plans[i].rate_multiplier * (pooled if own else base)
    return np.clip(rates, 0.0, 0.6)
