"""The watch list: products without a verdict ("-", too few orders) that already have complaints.

Most real shops sell each product a few times a month, so most products show "-" as the marketplace
does. They still have complaints worth reading. A raw rate on 4 orders is noise (1 complaint = 25%),
so each product's rate is shrunk toward its category benchmark by empirical Bayes: the benchmark acts
as `m` pseudo-orders, with `m` estimated from how much products of the category really differ
(beta-binomial method of moments). Products are ranked by how many negative orders they had, then by
the shrunk rate; nothing here is a level, and the list says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.voc.models import ProductVocRow, VocLevel, WatchItem

# Bounds on the prior's weight, in pseudo-orders: at least a few (a single order never dominates),
# at most a few hundred (a product with real volume speaks for itself).
MIN_PRIOR_ORDERS = 5.0
MAX_PRIOR_ORDERS = 300.0
MIN_PRODUCTS_FOR_ESTIMATE = 5  # fewer products in a category: use the fallback weight


def prior_orders(counts: Sequence[tuple[int, int]], benchmark: float, *, fallback: float) -> float:
    """The prior's weight m for one category, from its products' (negative orders, orders).

    Method of moments for a beta-binomial: the observed spread of product rates, minus what sampling
    alone would give, is the real between-product variance tau²; then m = b(1-b)/tau² - 1. When the
    category has few products, no spread beyond sampling, or no benchmark inside (0, 1): `fallback`.
    """
    usable = [(k, n) for k, n in counts if n > 0]
    if len(usable) < MIN_PRODUCTS_FOR_ESTIMATE or not 0 < benchmark < 1:
        return fallback
    total = sum(n for _, n in usable)
    mean = sum(k for k, _ in usable) / total
    spread = sum(n * (k / n - mean) ** 2 for k, n in usable) / total
    sampling = mean * (1 - mean) * len(usable) / total
    between = spread - sampling
    if between <= 0:
        return MAX_PRIOR_ORDERS  # products differ no more than chance: lean on the benchmark
    weight = benchmark * (1 - benchmark) / between - 1
    return min(max(weight, MIN_PRIOR_ORDERS), MAX_PRIOR_ORDERS)


def shrunk_rate(negatives: int, orders: int, benchmark: float, weight: float) -> float:
    """(k + m·b) / (n + m): the product's rate pulled toward the benchmark by m pseudo-orders."""
    return (negatives + weight * benchmark) / (orders + weight)


def build_watch_list(
    rows: Sequence[ProductVocRow],
    category_counts: dict[str, list[tuple[int, int]]],
    top_issues: dict[str, tuple[str, int] | None],
    labels: dict[str, str],
    *,
    fallback_weight: float,
    limit: int | None = None,
) -> list[WatchItem]:
    """Products without a verdict that have at least one negative order, most complained-about first."""
    weights: dict[str, float] = {}
    items = []
    for row in rows:
        if row.level is not VocLevel.NO_VERDICT or row.negative_orders <= 0 or row.orders <= 0:
            continue
        shrunk = None
        if row.benchmark is not None:
            if row.category not in weights:
                weights[row.category] = prior_orders(category_counts.get(row.category, []), row.benchmark,
                                                     fallback=fallback_weight)
            shrunk = shrunk_rate(row.negative_orders, row.orders, row.benchmark, weights[row.category])
        top = top_issues.get(row.product_id)
        items.append(WatchItem(
            product_id=row.product_id, title=row.title, category=row.category, orders=row.orders,
            negative_orders=row.negative_orders, rate=row.rate, benchmark=row.benchmark, shrunk_rate=shrunk,
            prior_orders=weights.get(row.category) if shrunk is not None else None,
            shrunk_ratio_to_benchmark=(shrunk / row.benchmark) if shrunk is not None and row.benchmark else None,
            top_issue=top[0] if top else None, top_issue_label=labels.get(top[0], top[0]) if top else None,
            top_issue_mentions=top[1] if top else 0,
            gmv_30d=row.gmv_30d, level_reason=row.level_reason, no_verdict_reason=row.no_verdict_reason,
        ))
    items.sort(key=lambda item: (-item.negative_orders, -(item.shrunk_rate or 0.0), -item.gmv_30d, item.product_id))
    return items[:limit] if limit is not None else items
