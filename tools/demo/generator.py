"""Writes the whole demo marketplace into a store in one transaction, product chunk by product
chunk so memory stays bounded at the large scale."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from datetime import date
from time import perf_counter
from typing import Any, Literal
from zoneinfo import ZoneInfo

import duckdb
import numpy as np
from pydantic import BaseModel, ConfigDict

from tools.clock import today_in
from tools.context import OWN_SHOP_META_KEY
from tools.demo import stories
from tools.demo.catalog import CATEGORY_ISSUE_MIX, CURRENCY, SCALES, SHOPS, STORY_ISSUE_MIX, ProductPlan, negative_rates, plan_products
from tools.demo.feedback import generate_feedback
from tools.demo.orders import DAYS, Calendar, build_buyer_pools, generate_orders, to_datetime
from tools.demo.planted import RISING_LOGISTICS_DAYS_BEFORE_END, plant_rising_logistics, planted_reviews_and_chats
from tools.demo.texts import TextComposer, TextPools
from tools.demo.videos import CHARGER_VIDEO_DAYS_BEFORE_END, generate_videos
from tools.errors import DataError
from tools.models import TABLES
from tools.store import Store

Scale = Literal["small", "default", "large"]
Progress = Callable[[str, float], None]
DATA_TABLES = tuple(TABLES)  # every seller-data table; the meta table, ledgers and tag caches are not touched
SERIAL_COMPLAINER_SHARE = 0.0015


class DemoSummary(BaseModel):
    """What `generate_demo` wrote."""

    model_config = ConfigDict(extra="forbid")

    seed: int
    scale: Scale
    end_date: date
    first_date: date
    counts: dict[str, int]
    elapsed_s: float


def _timestamps(seconds: np.ndarray) -> np.ndarray:
    out = np.asarray(seconds, dtype=np.int64).astype("datetime64[s]")
    out[np.asarray(seconds) < 0] = np.datetime64("NaT")
    return out


def _columns(rows: list[dict[str, Any]], *, time_keys: tuple[str, ...] = ("create_s",)) -> dict[str, Any]:
    """Row dicts to columns, turning epoch-second keys `x_s` into timestamp columns `x_time`."""
    if not rows:
        return {}
    data: dict[str, Any] = {key: [row[key] for row in rows] for key in rows[0]}
    return _rename_times(data, time_keys)


def _rename_times(data: dict[str, Any], time_keys: tuple[str, ...]) -> dict[str, Any]:
    for key in time_keys:
        if key in data:
            data[key.replace("_s", "_time")] = _timestamps(np.asarray(data.pop(key), dtype=np.int64))
    return data


class _Writer:
    """Counts rows as they are written through the store's fast path inside the open transaction."""

    def __init__(self, store: Store, con: duckdb.DuckDBPyConnection):
        self.store, self.con = store, con

    def write(self, kind: str, data: dict[str, Any]) -> None:
        if data and len(next(iter(data.values()))):
            self.store.upsert_columns(kind, data, con=self.con)


def _pools_of_plan(pools_for: Callable[[ProductPlan], TextPools], plans: list[ProductPlan], index: int) -> TextPools:
    return pools_for(plans[index])


def _text_pools(plans: list[ProductPlan], *, seed: int, size: int) -> Callable[[ProductPlan], TextPools]:
    cache: dict[str, TextPools] = {}

    def pools_for(plan: ProductPlan) -> TextPools:
        story = plan.product_id if plan.product_id in STORY_ISSUE_MIX else None
        key = story or plan.category
        if key not in cache:
            mix = STORY_ISSUE_MIX.get(key, CATEGORY_ISSUE_MIX[plan.category])
            composer = TextComposer(category=plan.category, story_product=story, second_tag_weights=mix,
                                    rng=random.Random(f"{seed}:{key}"))
            cache[key] = TextPools(composer, name=key, size=size)
        return cache[key]

    return pools_for


def imported_shops(store: Store) -> list[str]:
    """Shops in the store that the demo did not write: the seller's own imported data."""
    demo = {shop.shop_id for shop in SHOPS}
    return sorted(str(row[0]) for row in store.query("SELECT shop_id FROM shops") if row[0] not in demo)


def generate_demo(
    store: Store, *, seed: int = 7, scale: Scale = "default", end_date: date | None = None, progress: Progress | None = None,
    replace_imported: bool = False,
) -> DemoSummary:
    """Replace the store's seller data with a deterministic demo marketplace ending on `end_date`. A store that holds
    imported shops is refused unless `replace_imported`: regenerating the demo must never silently delete a seller's
    own data."""
    if not replace_imported and (mine := imported_shops(store)):
        raise DataError(
            f"This store holds imported data ({', '.join(mine[:3])}{' …' if len(mine) > 3 else ''}); regenerating the demo "
            "would delete it. Use another data folder for the demo (SELLER_COPILOT_DATA_DIR), or confirm that the "
            "imported data may be replaced."
        )
    started = perf_counter()
    report = progress or (lambda stage, fraction: None)
    end = end_date or today_in(ZoneInfo(stories.OWN_SHOP_TIME_ZONE))
    plan = SCALES[scale]
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(6)]
    catalog_rng, buyer_rng, order_rng, feedback_rng, video_rng, planted_rng = streams
    calendar = Calendar.ending(end)
    plans = plan_products(plan, catalog_rng)
    rates = negative_rates(plans)
    pools = build_buyer_pools(plans, buyer_rng)
    other_buyers = np.concatenate([p.ids for shop, p in sorted(pools.items()) if shop != stories.OWN_SHOP_ID])
    serial = frozenset(str(b) for b in buyer_rng.choice(other_buyers, size=max(3, int(len(other_buyers) * SERIAL_COMPLAINER_SHARE)), replace=False))
    pools_for = _text_pools(plans, seed=seed, size=plan.text_pool_size)
    boost_day = DAYS - 1 - CHARGER_VIDEO_DAYS_BEFORE_END
    boosts = {stories.CHARGER_OVERCLAIM: (boost_day, 1.8)}

    with store.transaction() as con:
        for kind in DATA_TABLES:
            con.execute(f"DELETE FROM {kind}")
        out = _Writer(store, con)
        out.write("shops", {"shop_id": [s.shop_id for s in SHOPS], "name": [s.name for s in SHOPS],
                            "time_zone": [s.time_zone for s in SHOPS], "currency": [CURRENCY] * len(SHOPS)})
        out.write("products", {
            "product_id": [p.product_id for p in plans], "shop_id": [p.shop_id for p in plans], "title": [p.title for p in plans],
            "category": [p.category for p in plans], "price": [p.price for p in plans], "currency": [CURRENCY] * len(plans),
            "commission_rate": [p.commission_rate for p in plans],
            "created_at": [to_datetime(calendar.local_epoch(p.shop_id, DAYS - 1 - p.created_days_before_end)) for p in plans],
        })
        next_order, next_review, next_return = 1, 1, 1
        chunks = range(0, len(plans), plan.chunk_products)
        for number, start in enumerate(chunks):
            chunk_plans = plans[start:start + plan.chunk_products]
            report("orders and feedback", 0.9 * number / len(chunks))
            orders = generate_orders(chunk_plans, calendar=calendar, pools=pools, rng=order_rng,
                                     first_order_number=next_order, boosts=boosts)
            feedback = generate_feedback(
                orders, chunk_plans, rates=rates[start:start + len(chunk_plans)],
                pools_of=functools.partial(_pools_of_plan, pools_for, chunk_plans), serial_buyers=serial, rng=feedback_rng,
                first_review=next_review, first_return=next_return)
            next_order += len(orders)
            next_review += len(feedback.reviews["review_id"])
            next_return += len(feedback.returns["return_id"])
            if any(p.product_id == stories.LOGISTICS_RISING for p in chunk_plans):
                count = len(RISING_LOGISTICS_DAYS_BEFORE_END)
                extra_reviews, extra_returns = plant_rising_logistics(
                    orders, feedback, chunk_plans, calendar=calendar, rng=planted_rng,
                    pools=pools_for(next(p for p in chunk_plans if p.product_id == stories.LOGISTICS_RISING)),
                    review_ids=[f"R-L{n:04d}" for n in range(count)], return_ids=[f"RT-L{n:04d}" for n in range(count)])
                out.write("reviews", _columns(extra_reviews))
                out.write("returns", _columns(extra_returns))
            out.write("orders", {
                "order_id": orders.order_id, "product_id": np.array([p.product_id for p in chunk_plans], dtype=object)[orders.product_index],
                "sku_id": orders.sku_id, "buyer_id": orders.buyer_id, "quantity": orders.quantity.astype(np.int32), "gmv": orders.gmv,
                "create_time": _timestamps(orders.create_s), "delivered_time": _timestamps(orders.delivered_s),
                "status": np.where(orders.delivered_s > 0, "COMPLETED", "SHIPPED").astype(object),
            })
            out.write("reviews", _rename_times(feedback.reviews, ("create_s",)))
            out.write("returns", _rename_times(feedback.returns, ("create_s",)))
            del orders, feedback

        report("planted stories", 0.9)
        planted = planted_reviews_and_chats(calendar, {p.product_id: p for p in plans})
        order_rows = _columns(planted.orders, time_keys=("create_s", "delivered_s"))
        order_rows["delivered_time"] = order_rows.pop("delivered_time")
        out.write("orders", order_rows)
        out.write("reviews", _columns(planted.reviews))
        out.write("chats", _columns(planted.chats))

        report("videos", 0.95)
        videos = generate_videos(plans, count=plan.videos, calendar=calendar, rng=video_rng)
        out.write("videos", videos.videos)
        out.write("video_stats", videos.stats)
        out.write("video_violations", videos.violations)

        meta = {OWN_SHOP_META_KEY: stories.OWN_SHOP_ID, "demo_end_date": end.isoformat(), "demo_seed": str(seed),
                "demo_scale": scale, "feedback_collection_start": calendar.first_day.isoformat()}
        for key, value in meta.items():
            con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])
    report("done", 1.0)
    return DemoSummary(seed=seed, scale=scale, end_date=end, first_date=calendar.first_day, counts=store.counts(),
                       elapsed_s=round(perf_counter() - started, 3))
