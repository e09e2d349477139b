"""Short videos with daily stats and violations: many ordinary ones across shops and categories,
plus the planted videos of our shop (ids from `stories`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import numpy as np

from tools.demo import stories
from tools.demo.catalog import SHOPS, ProductPlan
from tools.demo.orders import DAY_S, DAYS, Calendar, to_datetime

_POLICIES = (
    ("Misleading or false claims", "Exaggerated product effect claims"),
    ("Unoriginal content", "Reposted footage without meaningful edits"),
    ("Minor safety", "Dangerous stunt shown without warning"),
    ("Intellectual property", "Unlicensed music in the background"),
)
_TITLES = ("{title} try-on haul", "Unboxing the {title}", "3 ways to use the {title}", "Is the {title} worth it?",
           "Honest review: {title}", "{title} under $50?!", "Why everyone is buying the {title}")
_UNLINKED_TITLES = ("Behind the scenes at our warehouse", "Packing orders with me", "Morning routine vlog", "Q&A with our team")
_CREATORS = ("@techreview.sam", "@glowwithmaya", "@dapurrina", "@styledbyjun", "@nguyen.unbox", "@fitwithara", "@home.hacks.ph")
WINDOW_DAYS = 7
CHARGER_VIDEO_DAYS_BEFORE_END = 40


@dataclass
class VideoTables:
    videos: dict[str, list[Any]] = field(default_factory=lambda: {k: [] for k in (
        "video_id", "shop_id", "title", "username", "account_type", "category", "video_post_time", "duration_s", "product_ids")})
    stats: dict[str, list[Any]] = field(default_factory=lambda: {k: [] for k in (
        "video_id", "date", "views", "likes", "comments", "shares", "finished_views", "product_clicks", "sku_orders",
        "units_sold", "gmv")})
    violations: dict[str, list[Any]] = field(default_factory=lambda: {k: [] for k in ("video_id", "create_time", "policy", "reason")})


@dataclass(frozen=True)
class Funnel:
    finish_rate: float
    click_rate: float
    conversion: float
    engagement: float


def _add_video(tables: VideoTables, *, video_id: str, shop_id: str, title: str, username: str, account_type: str,
               category: str, post_s: int, duration_s: float, products: list[ProductPlan]) -> None:
    row = dict(video_id=video_id, shop_id=shop_id, title=title, username=username, account_type=account_type,
               category=category, video_post_time=to_datetime(post_s), duration_s=duration_s,
               product_ids=[p.product_id for p in products])
    for key, value in row.items():
        tables.videos[key].append(value)


def _add_stats(tables: VideoTables, *, video_id: str, calendar: Calendar, post_day: int, views: np.ndarray, funnel: Funnel,
               products: list[ProductPlan], rng: np.random.Generator, keep: np.ndarray | None = None) -> None:
    price = float(np.mean([p.price for p in products])) if products else 0.0
    for offset, day_views in enumerate(views):
        day = post_day + offset
        if day >= DAYS or (keep is not None and not keep[offset]):
            continue
        v = int(day_views)
        clicks = int(rng.binomial(v, funnel.click_rate)) if products else 0
        orders = int(rng.binomial(clicks, funnel.conversion))
        units = orders + int(rng.binomial(orders, 0.15))
        values = dict(
            video_id=video_id, date=calendar.first_day + timedelta(days=day), views=v,
            likes=int(rng.binomial(v, funnel.engagement * 0.85)), comments=int(rng.binomial(v, funnel.engagement * 0.1)),
            shares=int(rng.binomial(v, funnel.engagement * 0.05)), finished_views=int(rng.binomial(v, funnel.finish_rate)),
            product_clicks=clicks, sku_orders=orders, units_sold=units, gmv=round(units * price * float(rng.uniform(0.85, 1.0)), 2),
        )
        for key, value in values.items():
            tables.stats[key].append(value)


def _planted(tables: VideoTables, calendar: Calendar, by_id: dict[str, ProductPlan], rng: np.random.Generator) -> None:
    own = stories.OWN_SHOP_ID
    handle = "@lumenlane.official"
    typical = Funnel(0.26, 0.04, 0.06, 0.06)
    specs = [
        # id, title, user, type, category, days before end, products, daily views, funnel
        (stories.CHARGER_OVERCLAIM_VIDEO, "This charger fills your phone 0-100% in 15 minutes?!", "@techreview.sam", "AFFILIATE",
         stories.ELECTRONICS, CHARGER_VIDEO_DAYS_BEFORE_END, [stories.CHARGER_OVERCLAIM],
         [42000, 30000, 18000, 9000, 5000, 3000, 2000, 1200, 800, 500], Funnel(0.32, 0.05, 0.08, 0.09)),
        (stories.VIOLATION_VIDEO, "Leggings that slim your legs in 7 days", handle, "OFFICIAL", stories.FASHION, 20,
         [stories.HEALTHY_BESTSELLER], [8000, 5200, 3100, 1900, 1200, 700, 400, 250], typical),
        (stories.UNDER_THRESHOLD_VIDEO, "Rose lip oil swatch", handle, "OFFICIAL", stories.BEAUTY, 15,
         [stories.TINY_PRODUCTS[1]], [150, 90, 60, 40, 25, 15, 10, 6], typical),
        (stories.NOT_SHOPPABLE_VIDEO, "Behind the scenes: packing 500 orders", "@lumenlane.deals", "MARKETING", stories.HOME, 25,
         [], [5200, 3300, 2100, 1300, 800, 500, 300], typical),
        (stories.WEAK_HOOK_VIDEO, "Our blue satin midi dress collection", handle, "OFFICIAL", stories.FASHION, 18,
         [stories.COLOUR_MISMATCH_DRESS], [30000, 18000, 10000, 6000, 3500, 2000, 1200, 700], Funnel(0.04, 0.006, 0.02, 0.015)),
        (stories.GOOD_VIDEO, "How I style my yoga leggings for every day", "@fitwithara", "AFFILIATE", stories.FASHION, 30,
         [stories.HEALTHY_BESTSELLER], [9000, 6000, 4000, 2500, 1500, 900, 600, 400], Funnel(0.45, 0.09, 0.15, 0.11)),
        (stories.IN_EVALUATION_VIDEO, "Earbuds battery test, day 1", handle, "OFFICIAL", stories.ELECTRONICS, 3,
         [stories.HIGH_GMV_AT_RISK], [6000, 4500, 3000, 2000], typical),
    ]
    for video_id, title, user, account, category, days_before, product_ids, views, funnel in specs:
        post_day = DAYS - 1 - days_before
        products = [by_id[p] for p in product_ids]
        post_s = calendar.local_epoch(own, post_day, 10 * 3600 + 30 * 60)
        _add_video(tables, video_id=video_id, shop_id=own, title=title, username=user, account_type=account,
                   category=category, post_s=post_s, duration_s=float(rng.integers(15, 60)), products=products)
        _add_stats(tables, video_id=video_id, calendar=calendar, post_day=post_day, views=np.array(views), funnel=funnel,
                   products=products, rng=rng)
    violation_day = DAYS - 1 - 20 + 2
    tables.violations["video_id"].append(stories.VIOLATION_VIDEO)
    tables.violations["create_time"].append(to_datetime(calendar.local_epoch(own, violation_day, 15 * 3600)))
    tables.violations["policy"].append(_POLICIES[0][0])
    tables.violations["reason"].append("Claims the leggings are 'medically proven' to slim legs in 7 days")


def generate_videos(plans: list[ProductPlan], *, count: int, calendar: Calendar, rng: np.random.Generator) -> VideoTables:
    """Planted videos first, then ordinary ones whose 7-day windows are complete."""
    tables = VideoTables()
    by_id = {p.product_id: p for p in plans}
    _planted(tables, calendar, by_id, rng)
    shop_weights = np.array([0.3 if s.shop_id == stories.OWN_SHOP_ID else 0.175 for s in SHOPS])
    for number in range(1, count - len(tables.videos["video_id"]) + 1):
        shop = SHOPS[rng.choice(len(SHOPS), p=shop_weights / shop_weights.sum())]
        category = stories.CATEGORIES[number % len(stories.CATEGORIES)]
        candidates = [p for p in plans if p.shop_id == shop.shop_id and p.category == category]
        linked = rng.random() > 0.05 and bool(candidates)
        products = [candidates[i] for i in rng.choice(len(candidates), size=min(len(candidates), int(rng.integers(1, 3))), replace=False)] if linked else []
        account = str(rng.choice(["OFFICIAL", "MARKETING", "AFFILIATE"], p=[0.45, 0.2, 0.35]))
        handle = "@" + shop.name.lower().replace(" ", "").replace("&", "")[:14]
        username = str(rng.choice(_CREATORS)) if account == "AFFILIATE" else handle + (".deals" if account == "MARKETING" else "")
        title_template = str(rng.choice(_TITLES)) if products else str(rng.choice(_UNLINKED_TITLES))
        title = title_template.format(title=products[0].title) if products else title_template
        post_day = int(rng.integers(0, DAYS - WINDOW_DAYS))
        video_id = f"V-{shop.shop_id.removeprefix('SHOP-')}-{number:05d}"
        post_s = calendar.local_epoch(shop.shop_id, post_day, int(rng.integers(8 * 3600, 22 * 3600)))
        _add_video(tables, video_id=video_id, shop_id=shop.shop_id, title=title, username=username, account_type=account,
                   category=category, post_s=post_s, duration_s=round(float(rng.uniform(8, 90)), 1), products=products)
        lifetime = min(28, DAYS - post_day)
        start_views = rng.lognormal(np.log(2500), 1.1)
        views = start_views * rng.uniform(0.45, 0.8) ** np.arange(lifetime) * rng.lognormal(0, 0.3, lifetime)
        funnel = Funnel(float(np.clip(rng.normal(0.26, 0.08), 0.03, 0.7)), float(np.clip(rng.normal(0.04, 0.015), 0.004, 0.12)),
                        float(np.clip(rng.normal(0.06, 0.025), 0.005, 0.2)), float(np.clip(rng.normal(0.06, 0.02), 0.01, 0.15)))
        keep = rng.random(lifetime) > 0.1
        keep[0] = True
        _add_stats(tables, video_id=video_id, calendar=calendar, post_day=post_day, views=views, funnel=funnel,
                   products=products, rng=rng, keep=keep)
        violation_s = post_s + int(rng.integers(1, 20)) * DAY_S
        if rng.random() < 0.03 and violation_s < calendar.end_utc[shop.shop_id]:
            policy, reason = _POLICIES[int(rng.integers(len(_POLICIES)))]
            tables.violations["video_id"].append(video_id)
            tables.violations["create_time"].append(to_datetime(violation_s))
            tables.violations["policy"].append(policy)
            tables.violations["reason"].append(reason)
    return tables
