"""The video list: search by title or id, filter by status, sort by Recent, Revenue, Views or
Items sold. Revenue, views and items sold are those of each video's diagnosis window, the same
figures its status is judged on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Literal

from tools.context import ShopContext
from tools.settings import Settings
from tools.store import Store
from tools.video.account import account_performance
from tools.video.models import VideoListItem, VideoOverview, VideoStatus
from tools.video.service import analyse_videos, main_reason, suggestions_for

VideoSort = Literal["recent", "revenue", "views", "items_sold"]
SORT_KEYS: dict[str, str] = {"recent": "video_post_time", "revenue": "gmv", "views": "views", "items_sold": "items_sold"}


def matches_search(item: VideoListItem, search: str | None) -> bool:
    """Case-insensitive title substring, or the video id (exact or substring)."""
    if not search or not search.strip():
        return True
    needle = search.strip().casefold()
    return needle in item.title.casefold() or needle in item.video_id.casefold()


def sort_videos(items: Sequence[VideoListItem], sort: VideoSort) -> list[VideoListItem]:
    """Largest (or newest) first; ties by video id so the order never depends on load order."""
    key = SORT_KEYS[sort]
    by_id = sorted(items, key=lambda item: item.video_id)
    return sorted(by_id, key=lambda item: getattr(item, key), reverse=True)


def list_videos(
    store: Store,
    ctx: ShopContext,
    settings: Settings,
    *,
    search: str | None = None,
    sort: VideoSort = "recent",
    statuses: Sequence[VideoStatus] | None = None,
    limit: int | None = 50,
    include_all: bool = False,
    product_id: str | None = None,
) -> list[VideoListItem]:
    """List the shop's videos with their status and window figures, searched, filtered and sorted; with
    `product_id`, only the videos that sell that product."""
    if sort not in SORT_KEYS:
        raise ValueError(f"sort must be one of {', '.join(SORT_KEYS)}")
    analysis = analyse_videos(store, ctx, settings, include_all=include_all)
    wanted = set(statuses) if statuses else None
    items = []
    for row in analysis.shop_rows():
        judgement = analysis.judge(row)
        if wanted is not None and judgement.status not in wanted:
            continue
        if product_id is not None and product_id not in (row["product_ids"] or ()):
            continue
        metrics = judgement.metrics
        item = VideoListItem(
            video_id=row["video_id"], title=row["title"], category=row["category"],
            video_post_time=row["video_post_time"], status=judgement.status, gmv=metrics.gmv, views=metrics.views,
            orders=metrics.orders, items_sold=metrics.items_sold, gpm=metrics.gpm,
            main_reason=main_reason(suggestions_for(judgement, row, analysis.distributions.get(row["category"]))),
        )
        if matches_search(item, search):
            items.append(item)
    ordered = sort_videos(items, sort)
    return ordered if limit is None else ordered[:limit]


def video_overview(
    store: Store,
    ctx: ShopContext,
    settings: Settings,
    *,
    search: str | None = None,
    sort: VideoSort = "recent",
    statuses: Sequence[VideoStatus] | None = None,
    limit: int | None = 50,
    account_days: int = 30,
    include_all: bool = False,
    product_id: str | None = None,
) -> VideoOverview:
    """Account performance for the last `account_days` days up to as-of, and the video list."""
    everything = list_videos(
        store, ctx, settings, search=search, sort=sort, statuses=statuses, limit=None, include_all=include_all,
        product_id=product_id,
    )
    start = ctx.as_of - timedelta(days=account_days - 1)
    return VideoOverview(
        account=account_performance(store, ctx, start=start, end=ctx.as_of),
        videos=everything if limit is None else everything[:limit],
        total_videos=len(everything),
        currency=ctx.currency,
        selling=(store.product_title(product_id) or product_id) if product_id else None,
    )
