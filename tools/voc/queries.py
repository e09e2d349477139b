"""SQL over the store for the VoC diagnosis. Returns plain rows; the rules live elsewhere.

Feedback items are reviews and returns joined with their cached tags (`feedback_tags`, filled by
`tools.tagging.cache.tag_store`). Orders with status CANCELLED are not counted. A review the malicious-review
classifier calls wrong_product or invalid (`review_verdicts`, `tools.reviews.verdicts`) is not about the
product: it is left out here and listed apart (`excluded_reviews`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tools.reviews.verdicts import EXCLUDED_FROM_VOC
from tools.store import Store

EXCLUDED_CATEGORIES = tuple(category.value for category in EXCLUDED_FROM_VOC)
FEEDBACK_ITEMS_SQL = f"""
SELECT 'review' AS item_kind, r.review_id AS item_id, r.order_id, r.product_id, r.create_time,
       r.rating, r.review_text AS text, t.tags, t.negative
FROM reviews r JOIN feedback_tags t ON t.item_kind = 'review' AND t.item_id = r.review_id
LEFT JOIN review_verdicts v ON v.review_id = r.review_id
WHERE v.category IS NULL OR v.category NOT IN {EXCLUDED_CATEGORIES}
UNION ALL
SELECT 'return', x.return_id, x.order_id, x.product_id, x.create_time,
       NULL, x.return_reason_text, t.tags, t.negative
FROM returns x JOIN feedback_tags t ON t.item_kind = 'return' AND t.item_id = x.return_id
"""


@dataclass(frozen=True)
class ProductCounts:
    product_id: str
    shop_id: str
    title: str
    category: str
    orders: int
    negative_orders: int
    product_part_orders: int
    fulfillment_part_orders: int


def product_counts(
    store: Store,
    *,
    window_start: datetime,
    window_end: datetime,
    feedback_cutoff: datetime,
    product_tags: list[str],
    fulfillment_tags: list[str],
) -> list[ProductCounts]:
    """Per product (every shop): orders placed in [start, end) and those with negative feedback by the cutoff."""
    sql = f"""
    WITH fb AS ({FEEDBACK_ITEMS_SQL}),
    window_orders AS (
        SELECT DISTINCT product_id, order_id FROM orders
        WHERE create_time >= $start AND create_time < $end AND status <> 'CANCELLED'),
    negative_orders AS (
        SELECT fb.product_id, fb.order_id,
               bool_or(list_has_any(fb.tags, $product_tags)) AS has_product,
               bool_or(list_has_any(fb.tags, $fulfillment_tags)) AS has_fulfillment
        FROM fb JOIN window_orders w ON w.product_id = fb.product_id AND w.order_id = fb.order_id
        WHERE fb.negative AND fb.create_time >= $start AND fb.create_time < $cutoff
        GROUP BY 1, 2),
    per_product AS (
        SELECT w.product_id, count(*) AS n, count(n.order_id) AS k,
               count(*) FILTER (WHERE n.has_product) AS kp,
               count(*) FILTER (WHERE n.has_fulfillment) AS kf
        FROM window_orders w LEFT JOIN negative_orders n
          ON n.product_id = w.product_id AND n.order_id = w.order_id
        GROUP BY 1)
    SELECT p.product_id, p.shop_id, p.title, p.category,
           coalesce(pp.n, 0), coalesce(pp.k, 0), coalesce(pp.kp, 0), coalesce(pp.kf, 0)
    FROM products p LEFT JOIN per_product pp ON pp.product_id = p.product_id
    ORDER BY p.product_id
    """
    rows = store.query(
        sql,
        {
            "start": window_start, "end": window_end, "cutoff": feedback_cutoff,
            "product_tags": product_tags, "fulfillment_tags": fulfillment_tags,
        },
    )
    return [ProductCounts(*(row[:4]), *(int(v) for v in row[4:])) for row in rows]


@dataclass(frozen=True)
class NegativeItem:
    item_kind: str
    item_id: str
    product_id: str
    create_time: datetime
    rating: int | None
    text: str
    tags: tuple[str, ...]


def _window_items_sql(columns: str, *, product_filter: bool, tail: str = "") -> str:
    """Negative items on the window's orders, plus unlinked items created in the window."""
    restrict = "AND fb.product_id IN (SELECT unnest($product_ids))" if product_filter else ""
    return f"""
    WITH fb AS ({FEEDBACK_ITEMS_SQL}),
    window_orders AS (
        SELECT DISTINCT product_id, order_id FROM orders
        WHERE create_time >= $start AND create_time < $end AND status <> 'CANCELLED'),
    items AS (
        SELECT fb.* FROM fb
        LEFT JOIN window_orders w ON w.product_id = fb.product_id AND w.order_id = fb.order_id
        -- Feedback on an order cannot predate the order, so nothing before the window start qualifies;
        -- saying so lets DuckDB skip most rows before the joins.
        WHERE fb.negative AND fb.create_time >= $start AND fb.create_time < $cutoff {restrict}
          AND (w.order_id IS NOT NULL
               OR (fb.create_time < $end AND NOT EXISTS (
                   SELECT 1 FROM orders o WHERE o.order_id = fb.order_id AND o.product_id = fb.product_id))))
    SELECT {columns} FROM items {tail}
    """


def _window_params(start: datetime, end: datetime, cutoff: datetime, product_ids: list[str] | None) -> dict[str, object]:
    params: dict[str, object] = {"start": start, "end": end, "cutoff": cutoff}
    if product_ids is not None:
        params["product_ids"] = product_ids
    return params


def negative_items(
    store: Store,
    *,
    window_start: datetime,
    window_end: datetime,
    feedback_cutoff: datetime,
    product_ids: list[str] | None = None,
) -> list[NegativeItem]:
    """Negative items on the window's orders, plus unlinked items created in the window, newest first."""
    sql = _window_items_sql(
        "item_kind, item_id, product_id, create_time, rating, text, tags",
        product_filter=product_ids is not None, tail="ORDER BY create_time DESC, item_id",
    )
    rows = store.query(sql, _window_params(window_start, window_end, feedback_cutoff, product_ids))
    return [
        NegativeItem(kind, item_id, pid, created, rating, text or "", tuple(tags or ()))
        for kind, item_id, pid, created, rating, text, tags in rows
    ]


@dataclass(frozen=True)
class ExcludedItem:
    review_id: str
    product_id: str
    create_time: datetime
    rating: int
    text: str
    category: str


def excluded_reviews(
    store: Store, *, window_start: datetime, feedback_cutoff: datetime, product_ids: list[str]
) -> list[ExcludedItem]:
    """Reviews posted in the window that the classifier found are not about the product, newest first."""
    rows = store.query(
        f"""SELECT r.review_id, r.product_id, r.create_time, r.rating, coalesce(r.review_text, ''), v.category
            FROM reviews r JOIN review_verdicts v ON v.review_id = r.review_id
            WHERE v.category IN {EXCLUDED_CATEGORIES} AND r.product_id IN (SELECT unnest($ids))
              AND r.create_time >= $start AND r.create_time < $cutoff
            ORDER BY r.create_time DESC, r.review_id""",
        {"ids": product_ids, "start": window_start, "cutoff": feedback_cutoff},
    )
    return [ExcludedItem(*row) for row in rows]


def issue_counts(
    store: Store,
    *,
    window_start: datetime,
    window_end: datetime,
    feedback_cutoff: datetime,
    product_ids: list[str],
) -> dict[str, tuple[int, dict[str, int]]]:
    """Per product: how many negative items, and how many carry each tag (the shop list needs no texts)."""
    sql = _window_items_sql(
        "product_id, count(*) AS items, list(tags) AS tag_lists", product_filter=True, tail="GROUP BY product_id"
    )
    counts: dict[str, tuple[int, dict[str, int]]] = {}
    for product_id, items, tag_lists in store.query(sql, _window_params(window_start, window_end, feedback_cutoff, product_ids)):
        per_tag: dict[str, int] = {}
        for tags in tag_lists:
            for tag in set(tags or ()):
                per_tag[tag] = per_tag.get(tag, 0) + 1
        counts[product_id] = (int(items), per_tag)
    return counts


def recent_negative_tag_times(
    store: Store, *, since: datetime, until: datetime, product_ids: list[str]
) -> list[tuple[str, str, datetime]]:
    """(product_id, tag, create_time) of every negative item created in [since, until)."""
    sql = f"""
    WITH fb AS ({FEEDBACK_ITEMS_SQL})
    SELECT fb.product_id, unnest(fb.tags) AS tag, fb.create_time FROM fb
    WHERE fb.negative AND fb.create_time >= $since AND fb.create_time < $until
      AND fb.product_id IN (SELECT unnest($product_ids))
    """
    rows = store.query(sql, {"since": since, "until": until, "product_ids": product_ids})
    return [(pid, tag, created) for pid, tag, created in rows]


def sales_by_product(store: Store, *, start: datetime, end: datetime) -> dict[str, tuple[float, int]]:
    """GMV and items sold per product for orders placed in [start, end)."""
    rows = store.query(
        """SELECT product_id, sum(gmv), sum(quantity) FROM orders
           WHERE create_time >= $start AND create_time < $end AND status <> 'CANCELLED' GROUP BY 1""",
        {"start": start, "end": end},
    )
    return {pid: (float(gmv or 0.0), int(items or 0)) for pid, gmv, items in rows}


def imported_benchmarks(store: Store, *, window_days: int) -> dict[str, float]:
    rows = store.query(
        "SELECT category, value FROM benchmarks WHERE metric = 'negative_voc_rate' AND window_days = ?",
        [window_days],
    )
    return {category: float(value) for category, value in rows}


def earliest_data_time(store: Store) -> datetime | None:
    """The first order, review or return in the store: the default start of feedback collection."""
    row = store.query(
        "SELECT min(t) FROM (SELECT min(create_time) t FROM orders UNION ALL SELECT min(create_time) FROM reviews"
        " UNION ALL SELECT min(create_time) FROM returns)"
    )
    return row[0][0] if row and row[0][0] is not None else None
