"""Order lines for a chunk of products, vectorised with numpy. Times are int64 UTC epoch seconds
until the writer turns them into timestamps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import numpy as np

from tools.demo import stories
from tools.demo.catalog import SHOPS, ProductPlan

DAYS = 90
DAY_S = 86_400
_VARIANTS = {
    stories.FASHION: np.array(["S", "M", "L", "XL"]), stories.BEAUTY: np.array(["50ml", "100ml"]),
    stories.ELECTRONICS: np.array(["Black", "White"]), stories.HOME: np.array(["Standard", "Large"]),
}
# Shoppers buy mostly in the evening (local time): weights per hour 0..23.
_HOUR_WEIGHTS = np.array([2, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 6, 7, 6, 5, 5, 6, 7, 8, 9, 10, 10, 8, 4], dtype=float)
_HOUR_WEIGHTS /= _HOUR_WEIGHTS.sum()


@dataclass(frozen=True)
class Calendar:
    """The demo's 90 days, per shop: local midnight of day 0 as UTC epoch seconds, and the end instant."""

    first_day: date
    end_date: date
    day0_utc: dict[str, int]
    end_utc: dict[str, int]

    @classmethod
    def ending(cls, end_date: date) -> Calendar:
        first = end_date - timedelta(days=DAYS - 1)
        day0, end = {}, {}
        for shop in SHOPS:
            zone = ZoneInfo(shop.time_zone)
            day0[shop.shop_id] = int(datetime.combine(first, datetime.min.time(), tzinfo=zone).timestamp())
            end[shop.shop_id] = int(datetime.combine(end_date + timedelta(days=1), datetime.min.time(), tzinfo=zone).timestamp())
        return cls(first, end_date, day0, end)

    def local_epoch(self, shop_id: str, day_index: int, seconds: int = 0) -> int:
        return self.day0_utc[shop_id] + day_index * DAY_S + seconds


def to_datetime(epoch_seconds: int) -> datetime:
    return datetime.fromtimestamp(epoch_seconds, tz=timezone.utc).replace(tzinfo=None)


@dataclass
class OrderChunk:
    """Columns of the order lines of a chunk, plus the per-order facts feedback needs."""

    order_id: np.ndarray
    product_index: np.ndarray  # index into the chunk's product list
    sku_id: np.ndarray
    buyer_id: np.ndarray
    buyer_language: np.ndarray
    quantity: np.ndarray
    gmv: np.ndarray
    create_s: np.ndarray
    delivered_s: np.ndarray  # -1 when not delivered by the end
    day_index: np.ndarray
    end_s: np.ndarray  # the end instant in the order's shop zone

    def __len__(self) -> int:
        return len(self.order_id)


@dataclass(frozen=True)
class BuyerPool:
    shop_id: str
    ids: np.ndarray
    languages: np.ndarray


def build_buyer_pools(plans: list[ProductPlan], rng: np.random.Generator) -> dict[str, BuyerPool]:
    """Each shop has its own customers (about 2 orders each over 90 days); language is per buyer."""
    pools = {}
    for shop in SHOPS:
        volume = sum(p.daily_orders for p in plans if p.shop_id == shop.shop_id) * DAYS
        size = max(50, int(volume / 2.0))
        code = shop.shop_id.removeprefix("SHOP-")
        langs = np.array(list(shop.language_weights))
        weights = np.array(list(shop.language_weights.values()))
        pools[shop.shop_id] = BuyerPool(
            shop.shop_id,
            np.char.add(f"B-{code}-", np.char.zfill(np.arange(size).astype(str), 6)).astype(object),
            rng.choice(langs, size=size, p=weights / weights.sum()),
        )
    return pools


def _daily_factor(plan: ProductPlan, rng: np.random.Generator, calendar: Calendar, boosts: dict[str, tuple[int, float]]) -> np.ndarray:
    weekday = np.array([(calendar.first_day + timedelta(days=d)).weekday() for d in range(DAYS)])
    factor = np.where(weekday >= 5, 1.2, 1.0) * (1.0 + rng.uniform(-0.25, 0.35) * np.linspace(-0.5, 0.5, DAYS))
    if plan.product_id in boosts:  # a creator video lifts sales for two weeks
        start, lift = boosts[plan.product_id]
        factor[start:start + 14] *= lift
    return factor


def generate_orders(
    plans: list[ProductPlan], *, calendar: Calendar, pools: dict[str, BuyerPool], rng: np.random.Generator,
    first_order_number: int, boosts: dict[str, tuple[int, float]],
) -> OrderChunk:
    """All order lines of these products over the 90 days."""
    per_product_days = [rng.poisson(p.daily_orders * _daily_factor(p, rng, calendar, boosts)) for p in plans]
    counts = np.stack(per_product_days)  # (products, days)
    product_index = np.repeat(np.arange(len(plans)), counts.sum(axis=1))
    day_index = np.concatenate([np.repeat(np.arange(DAYS), row) for row in counts]) if len(plans) else np.zeros(0, int)
    n = len(product_index)
    hour = rng.choice(24, size=n, p=_HOUR_WEIGHTS)
    seconds = hour * 3600 + rng.integers(0, 3600, size=n)

    shop_of = np.array([p.shop_id for p in plans], dtype=object)[product_index]
    day0 = np.array([calendar.day0_utc[p.shop_id] for p in plans], dtype=np.int64)[product_index]
    end_s = np.array([calendar.end_utc[p.shop_id] for p in plans], dtype=np.int64)[product_index]
    create_s = day0 + day_index.astype(np.int64) * DAY_S + seconds

    buyer_id = np.empty(n, dtype=object)
    buyer_language = np.empty(n, dtype=object)
    for shop_id in np.unique(shop_of):
        mask = shop_of == shop_id
        pool = pools[str(shop_id)]
        # Skewed draw: a core of loyal customers buys again and again.
        picks = (len(pool.ids) * rng.random(int(mask.sum())) ** 1.6).astype(np.int64)
        buyer_id[mask] = pool.ids[picks]
        buyer_language[mask] = pool.languages[picks]

    quantity = rng.choice([1, 2, 3], size=n, p=[0.85, 0.12, 0.03])
    price = np.array([p.price for p in plans])[product_index]
    discount = rng.choice([1.0, 0.9, 0.85], size=n, p=[0.6, 0.25, 0.15])
    gmv = np.round(price * quantity * discount, 2)
    sku_id = np.empty(n, dtype=object)
    for i, plan in enumerate(plans):
        mask = product_index == i
        variants = _VARIANTS[plan.category]
        sku_id[mask] = np.char.add(f"{plan.product_id}-", variants[rng.integers(0, len(variants), int(mask.sum()))])

    transit_days = rng.lognormal(np.log(3.0), 0.35, size=n)
    is_rising = np.array([p.product_id == stories.LOGISTICS_RISING for p in plans])[product_index]
    transit_days = np.where(is_rising & (day_index >= DAYS - 16), transit_days + rng.uniform(4, 8, size=n), transit_days)
    delivered_s = create_s + (transit_days * DAY_S).astype(np.int64)
    delivered_s = np.where(delivered_s < end_s, delivered_s, -1)

    numbers = np.arange(first_order_number, first_order_number + n)
    order_id = np.char.add("O-", np.char.zfill(numbers.astype(str), 8)).astype(object)
    return OrderChunk(order_id, product_index, sku_id, buyer_id, buyer_language, quantity, gmv, create_s,
                      delivered_s, day_index, end_s)
