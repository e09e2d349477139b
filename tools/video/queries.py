"""SQL over the store for the video diagnosis: window totals in one vectorised query.

Every video's window is aggregated in DuckDB (join on the window's date range, group by video),
so a full diagnosis of thousands of videos never loops over days in Python. Post days and
violation days are converted to each shop's own time zone (a video of another shop is judged on
that shop's calendar); a video whose shop is not in the store falls back to UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tools.store import Store
from tools.video.products import CatalogueProduct
from tools.video.window import COUNTER_COLUMNS

IMPORTED_GPM_METRIC = "video_gpm"

# Videos in scope: posted on or before as-of and within the lookback, plus (with include_all)
# every older video of the shop being diagnosed. Other shops' videos only feed the benchmarks.
_SCOPED = """
WITH vids AS (
  SELECT v.video_id, v.shop_id, v.title, v.username, v.category, v.video_post_time, v.product_ids,
         coalesce(s.time_zone, 'UTC') AS zone,
         CAST(timezone(coalesce(s.time_zone, 'UTC'), timezone('UTC', v.video_post_time)) AS DATE) AS post_day
  FROM videos v LEFT JOIN shops s USING (shop_id)
), scoped AS (
  SELECT *, least(post_day + ($window_days - 1), $as_of) AS counted_until
  FROM vids
  WHERE post_day <= $as_of
    AND (post_day > $as_of - $lookback_days OR ($include_all AND shop_id = $shop_id))
)
"""

_SUMS = ", ".join(f"sum(st.{name}) AS {name}" for name in COUNTER_COLUMNS)
_COALESCED = ", ".join(f"coalesce(t.{name}, 0) AS {name}" for name in COUNTER_COLUMNS)

_WINDOW_TOTALS = _SCOPED + f"""
, totals AS (
  SELECT sc.video_id, {_SUMS}
  FROM scoped sc JOIN video_stats st
    ON st.video_id = sc.video_id AND st.date BETWEEN sc.post_day AND sc.counted_until
  GROUP BY sc.video_id
), violations AS (
  SELECT sc.video_id, count(*) AS violation_count
  FROM scoped sc JOIN video_violations x ON x.video_id = sc.video_id
   AND CAST(timezone(sc.zone, timezone('UTC', x.create_time)) AS DATE) BETWEEN sc.post_day AND sc.counted_until
  GROUP BY sc.video_id
)
SELECT sc.video_id, sc.shop_id, sc.title, sc.username, sc.category, sc.video_post_time, sc.product_ids,
       sc.post_day, len(sc.product_ids) AS product_count,
       least($window_days, ($as_of - sc.post_day) + 1) AS days_elapsed,
       {_COALESCED}, coalesce(vx.violation_count, 0) AS violation_count
FROM scoped sc LEFT JOIN totals t USING (video_id) LEFT JOIN violations vx USING (video_id)
ORDER BY sc.video_id
"""

# One zero-filled point per elapsed window day (a day without a stats row is a zero day), built
# as DuckDB structs: the rows arrive as ready `DailyPoint` dicts, with no Python loop per day.
_DAILY = _SCOPED + """
SELECT sc.video_id, list({
    'day_number': r.n, 'date': sc.post_day + CAST(r.n - 1 AS INTEGER),
    'views': coalesce(st.views, 0), 'gmv': round(coalesce(st.gmv, 0), 2), 'orders': coalesce(st.sku_orders, 0),
    'items_sold': coalesce(st.units_sold, 0), 'finished_views': coalesce(st.finished_views, 0),
    'product_clicks': coalesce(st.product_clicks, 0),
    'interactions': coalesce(st.likes + st.comments + st.shares, 0)
  } ORDER BY r.n) AS daily
FROM scoped sc
JOIN range(1, $window_days + 1) r(n) ON sc.post_day + CAST(r.n - 1 AS INTEGER) <= sc.counted_until
LEFT JOIN video_stats st ON st.video_id = sc.video_id AND st.date = sc.post_day + CAST(r.n - 1 AS INTEGER)
WHERE sc.shop_id = $shop_id {only}
GROUP BY sc.video_id
"""

_VIOLATIONS = _SCOPED + """
SELECT x.video_id, x.create_time, x.policy, x.reason,
       CAST(timezone(sc.zone, timezone('UTC', x.create_time)) AS DATE) AS local_day, sc.post_day
FROM scoped sc JOIN video_violations x ON x.video_id = sc.video_id
WHERE sc.shop_id = $shop_id
  AND CAST(timezone(sc.zone, timezone('UTC', x.create_time)) AS DATE) BETWEEN sc.post_day AND sc.counted_until
  {only}
ORDER BY x.video_id, x.create_time, x.policy
"""


_ATTRIBUTED = _SCOPED + """
SELECT a.content_id AS video_id, coalesce(o.product_id, a.product_id) AS product_id,
       sum(a.quantity)::BIGINT AS units, sum(a.gmv) AS gmv, count(*) AS lines
FROM scoped sc JOIN attributions a ON a.content_type = 'VIDEO' AND a.content_id = sc.video_id
LEFT JOIN orders o ON o.order_id = a.order_id AND o.sku_id = a.sku_id
WHERE sc.shop_id = $shop_id
  AND CAST(timezone(sc.zone, timezone('UTC', a.create_time)) AS DATE) BETWEEN sc.post_day AND sc.counted_until
  {only}
GROUP BY 1, 2
ORDER BY 1, 4 DESC, 2
"""


@dataclass(frozen=True)
class Scope:
    shop_id: str
    as_of: date
    window_days: int
    lookback_days: int
    include_all: bool

    def params(self) -> dict[str, object]:
        return {
            "shop_id": self.shop_id, "as_of": self.as_of, "window_days": self.window_days,
            "lookback_days": self.lookback_days, "include_all": self.include_all,
        }


def _only(video_ids: Sequence[str] | None) -> tuple[str, dict[str, object]]:
    if video_ids is None:
        return "", {}
    return "AND sc.video_id IN (SELECT unnest($video_ids))", {"video_ids": list(video_ids)}


def load_window_totals(store: Store, scope: Scope) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One row per video in scope (all shops) with its window counters and violation count.

    Plain tuples (DuckDB builds the Python dates and lists natively): the rules read rows one at a
    time, the benchmarks read columns, and both are cheaper from here than from a DataFrame."""
    cursor = store.con.execute(_WINDOW_TOTALS, scope.params())
    names = [column[0] for column in cursor.description]
    return names, cursor.fetchall()


def load_daily_series(store: Store, scope: Scope, video_ids: Sequence[str] | None) -> dict[str, list[dict[str, Any]]]:
    """The shop's daily series: video id -> one `DailyPoint` dict per elapsed window day."""
    only, extra = _only(video_ids)
    rows = store.con.execute(_DAILY.replace("{only}", only), {**scope.params(), **extra}).fetchall()
    return {video_id: daily for video_id, daily in rows}


def load_window_violations(store: Store, scope: Scope, video_ids: Sequence[str] | None) -> dict[str, list[tuple[Any, ...]]]:
    """The shop's violations inside each window: video id -> (create_time, policy, reason, local day, post day)."""
    only, extra = _only(video_ids)
    rows = store.con.execute(_VIOLATIONS.replace("{only}", only), {**scope.params(), **extra}).fetchall()
    by_video: dict[str, list[tuple[Any, ...]]] = {}
    for video_id, *rest in rows:
        by_video.setdefault(video_id, []).append(tuple(rest))
    return by_video


def load_attributed_sales(store: Store, scope: Scope, video_ids: Sequence[str] | None) -> dict[str, dict[str, tuple[int, float]]]:
    """Sales an affiliate order export attributes to each video inside its window: video id -> product id ->
    (units, GMV). A line's product is the order's when the order is stored, else the export's own."""
    only, extra = _only(video_ids)
    rows = store.con.execute(_ATTRIBUTED.replace("{only}", only), {**scope.params(), **extra}).fetchall()
    by_video: dict[str, dict[str, tuple[int, float]]] = {}
    for video_id, product_id, units, gmv, _ in rows:
        by_video.setdefault(video_id, {})[product_id] = (int(units), float(gmv))
    return by_video


def load_catalogue(store: Store, shop_id: str) -> dict[str, CatalogueProduct]:
    """Products linked from the shop's videos (any shop's products: affiliates link others')."""
    rows = store.query(
        "SELECT product_id, title, price, commission_rate FROM products WHERE product_id IN "
        "(SELECT DISTINCT unnest(product_ids) FROM videos WHERE shop_id = ? UNION "
        " SELECT coalesce(o.product_id, a.product_id) FROM attributions a JOIN videos v ON a.content_id = v.video_id "
        " LEFT JOIN orders o ON o.order_id = a.order_id AND o.sku_id = a.sku_id "
        " WHERE a.content_type = 'VIDEO' AND v.shop_id = ?)",
        [shop_id, shop_id],
    )
    return {row[0]: CatalogueProduct(row[0], row[1], float(row[2]), float(row[3])) for row in rows}


def load_imported_gpm(store: Store, window_days: int) -> dict[str, float]:
    """Imported category GPM benchmarks for this window length."""
    rows = store.query(
        "SELECT category, value FROM benchmarks WHERE metric = ? AND window_days = ?",
        [IMPORTED_GPM_METRIC, window_days],
    )
    return {str(category): float(value) for category, value in rows}
