"""Account performance of the shop's videos over a date range, against the range just before it.

Unlike the per-video diagnosis (each video's own 7-day window), this adds up every daily stats
row of the shop's videos dated inside the range, whenever the video was posted: it answers
"how did my videos sell this month", not "how good was each video".
"""

from __future__ import annotations

from datetime import date, timedelta

from tools.context import ShopContext
from tools.errors import DataError
from tools.store import Store
from tools.video.models import AccountPerformance, MetricChange

_TOTALS = """
WITH own AS (
  SELECT v.video_id,
         CAST(timezone(coalesce(s.time_zone, 'UTC'), timezone('UTC', v.video_post_time)) AS DATE) AS post_day
  FROM videos v LEFT JOIN shops s USING (shop_id) WHERE v.shop_id = $shop_id
)
SELECT
  (SELECT count(*) FROM own WHERE post_day BETWEEN $first AND $last) AS videos_posted,
  coalesce(sum(st.gmv), 0), coalesce(sum(st.views), 0), coalesce(sum(st.sku_orders), 0), coalesce(sum(st.units_sold), 0)
FROM own JOIN video_stats st ON st.video_id = own.video_id AND st.date BETWEEN $first AND $last
"""


def change_percent(current: float, previous: float) -> float | None:
    """Relative change in percent; None when there is nothing to compare with (previous = 0)."""
    if not previous:
        return None
    return (current - previous) / previous * 100.0


def _totals(store: Store, shop_id: str, first: date, last: date) -> tuple[float, ...]:
    row = store.con.execute(_TOTALS, {"shop_id": shop_id, "first": first, "last": last}).fetchone()
    assert row is not None  # an aggregate always returns one row
    return tuple(float(value) for value in row)


def account_performance(store: Store, ctx: ShopContext, *, start: date, end: date) -> AccountPerformance:
    """Sum the shop's video results over start..end (shop-local days) and compare with the previous range."""
    if end < start:
        raise DataError(f"The range ends ({end}) before it starts ({start}); swap the dates.")
    length = (end - start).days + 1
    previous_end = start - timedelta(days=1)
    previous_start = previous_end - timedelta(days=length - 1)
    current = _totals(store, ctx.shop_id, start, end)
    previous = _totals(store, ctx.shop_id, previous_start, previous_end)
    changes = [
        MetricChange(metric=name, current=now, previous=before, change_percent=change_percent(now, before))
        for name, now, before in zip(("videos posted", "revenue", "views", "orders", "items sold"), current, previous, strict=False)
    ]
    return AccountPerformance(
        shop_id=ctx.shop_id, start=start, end=end, previous_start=previous_start, previous_end=previous_end,
        videos_posted=changes[0], revenue=changes[1], views=changes[2], orders=changes[3], items_sold=changes[4],
    )
