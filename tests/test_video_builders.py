"""Hand-built video rows for the video diagnosis tests (helpers only; no tests here).

Our shop is in Asia/Singapore (UTC+8). `POSTED` is 2026-11-01 10:00 local, so the window is
Nov 1 (day 1) .. Nov 7 (day 7); the settings fixture's as-of day is 2026-11-20.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from tools.context import ShopContext, resolve_shop
from tools.models import CategoryBenchmark, Product, Shop, Video, VideoDailyStat, VideoViolation
from tools.settings import Settings
from tools.store import Store

OWN = "SHOP-A"
PEER = "SHOP-B"
ZONE = "Asia/Singapore"
CATEGORY = "Home & Kitchen"
OTHER_CATEGORY = "Beauty & Perfume"
POSTED = datetime(2026, 11, 1, 2, 0)  # UTC; local 2026-11-01 10:00
DAY_1 = date(2026, 11, 1)

# A typical day: 200 views, 30% finish, 5% CTR, 10% conversion, 6.5% interaction, GPM 100.
TYPICAL_DAY = dict(views=200, likes=10, comments=2, shares=1, finished_views=60, product_clicks=10,
                   sku_orders=1, units_sold=1, gmv=20.0)


class VideoWorld:
    """A tiny marketplace: our shop, a peer shop, products and videos written straight to the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        store.upsert("shops", [Shop(shop_id=OWN, name="Our shop", time_zone=ZONE),
                               Shop(shop_id=PEER, name="Peer shop", time_zone=ZONE)])
        self.product("P-1", price=20.0, commission_rate=0.1)

    def context(self, settings: Settings) -> ShopContext:
        return resolve_shop(self.store, settings, shop_id=OWN)

    def product(self, product_id: str, *, price: float = 20.0, commission_rate: float = 0.1,
                title: str | None = None, category: str = CATEGORY) -> None:
        self.store.upsert("products", [Product(product_id=product_id, shop_id=OWN, title=title or f"Product {product_id}",
                                               category=category, price=price, commission_rate=commission_rate)])

    def video(self, video_id: str, *, shop_id: str = OWN, category: str = CATEGORY, posted: datetime = POSTED,
              products: Sequence[str] = ("P-1",), title: str | None = None) -> None:
        self.store.upsert("videos", [Video(video_id=video_id, shop_id=shop_id, title=title or f"Video {video_id}",
                                           username=f"@{shop_id.lower()}", category=category, video_post_time=posted,
                                           product_ids=list(products))])

    def day(self, video_id: str, day: date, **counters: float) -> None:
        self.store.upsert("video_stats", [VideoDailyStat(video_id=video_id, date=day, **counters)])

    def week(self, video_id: str, *, first: date = DAY_1, days: int = 7, **overrides: float) -> None:
        """`days` identical days from `first`: the typical day with `overrides`."""
        counters = {**TYPICAL_DAY, **overrides}
        self.store.upsert("video_stats", [VideoDailyStat(video_id=video_id, date=first + timedelta(days=k), **counters)
                                          for k in range(days)])

    def violation(self, video_id: str, create_time: datetime, *, policy: str = "Misleading claims",
                  reason: str = "overclaimed charging speed") -> None:
        self.store.upsert("video_violations", [VideoViolation(video_id=video_id, create_time=create_time,
                                                              policy=policy, reason=reason)])

    def benchmark(self, category: str, gpm: float, *, window_days: int = 7) -> None:
        self.store.upsert("benchmarks", [CategoryBenchmark(category=category, metric="video_gpm",
                                                           window_days=window_days, value=gpm)])

    def peers(self, count: int = 5, *, category: str = CATEGORY, **overrides: float) -> list[str]:
        """`count` eligible typical videos of the peer shop (the category benchmark population)."""
        ids = []
        for index in range(count):
            video_id = f"PEER-{category[:4]}-{index}"
            self.video(video_id, shop_id=PEER, category=category)
            self.week(video_id, **overrides)
            ids.append(video_id)
        return ids
