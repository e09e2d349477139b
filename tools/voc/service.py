"""The VoC diagnosis of a shop (summary + product list) and of one product (the drawer)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from tools.clock import day_range_utc, day_start_utc, local_date
from tools.context import ShopContext
from tools.errors import DataError
from tools.settings import Settings
from tools.store import Store
from tools.voc import queries
from tools.voc.issues import top_issue_tag
from tools.voc.models import (
    LEVEL_ORDER,
    EarlyWarning,
    LevelCount,
    NoVerdictReason,
    ProductVocRow,
    RateEstimate,
    ShopVocReport,
    VocLevel,
    Window,
)
from tools.voc.stats import classify_level, wilson_interval
from tools.voc.warnings import daily_tag_counts, early_warnings
from tools.voc.watchlist import build_watch_list

SortKey = Literal["gmv", "items_sold", "rate", "ratio", "level"]
ALLOWED_WINDOWS = (7, 30, 90)
HIGH_GMV_DAYS = 30


def _taxonomy() -> tuple[dict[str, str], dict[str, str]]:
    from tools.tagging.taxonomy import TAG_LABEL, TAG_PART

    return {str(k): v for k, v in TAG_LABEL.items()}, {str(k): v for k, v in TAG_PART.items()}


def ensure_tagged(
    store: Store, ctx: ShopContext, settings: Settings, *, progress: Callable[[str, float], None] | None = None
) -> None:
    """Tag every feedback item not tagged yet, and classify every 1–2★ review whose case changed, so VoC
    leaves out the reviews the Reviews tab calls wrong product or invalid (both incremental)."""
    from tools.reviews.verdicts import classifier_version, refresh_verdicts
    from tools.tagging.version import tagger_version

    # Nothing written since the last refresh for this shop and day, and the same tagger and classifier:
    # nothing to do (every command and tab asks first; the full check costs about 0.1 s on the demo).
    done_key = f"voc_inputs_checked:{ctx.shop_id}"
    state = f"{ctx.as_of}|{ctx.time_zone}|{settings.report_max_rating}|{tagger_version()}|{classifier_version()}"
    if store.get_meta(done_key) == f"{store.data_version()}|{state}":
        return
    from tools.tagging.cache import tag_store

    tag_store(store, progress=progress)
    refresh_verdicts(store, ctx, settings)
    store.set_meta(done_key, f"{store.data_version()}|{state}")


def make_window(as_of: date, days: int) -> Window:
    if days <= 0:
        raise DataError(f"The window must be a positive number of days, got {days}.")
    return Window(start=as_of - timedelta(days=days - 1), end=as_of, days=days)


def previous_window(window: Window) -> Window:
    end = window.start - timedelta(days=1)
    return Window(start=end - timedelta(days=window.days - 1), end=end, days=window.days)


def collection_start(store: Store, ctx: ShopContext, settings: Settings) -> date | None:
    if settings.voc_collection_start is not None:
        return settings.voc_collection_start
    meta = store.get_meta("feedback_collection_start")
    if meta:
        return date.fromisoformat(meta)
    earliest = queries.earliest_data_time(store)
    return None if earliest is None else local_date(earliest, ctx.zone)


@dataclass(frozen=True)
class _Estimates:
    window: Window
    counts: dict[str, queries.ProductCounts]
    estimates: dict[str, RateEstimate]
    verdicts: dict[str, tuple[VocLevel, str]]
    reasons: dict[str, NoVerdictReason | None]
    benchmark_sources: set[str]


def _estimate_window(store: Store, ctx: ShopContext, settings: Settings, window: Window) -> _Estimates:
    labels, parts = _taxonomy()
    start, end = day_range_utc(window.start, window.end, ctx.zone)
    product_tags = [tag for tag, part in parts.items() if part == "product"]
    fulfillment_tags = [tag for tag, part in parts.items() if part == "fulfillment"]
    rows = queries.product_counts(
        store, window_start=start, window_end=end, feedback_cutoff=end,
        product_tags=product_tags, fulfillment_tags=fulfillment_tags,
    )
    imported = queries.imported_benchmarks(store, window_days=window.days)
    pooled: dict[str, list[int]] = {}
    for row in rows:
        totals = pooled.setdefault(row.category, [0, 0])
        totals[0] += row.negative_orders
        totals[1] += row.orders
    started = collection_start(store, ctx, settings)
    counts, estimates, verdicts, sources = {}, {}, {}, set()
    reasons: dict[str, NoVerdictReason | None] = {}
    for row in rows:
        if row.category in imported:
            benchmark, source = imported[row.category], "imported"
        elif pooled[row.category][1] > 0:
            benchmark, source = pooled[row.category][0] / pooled[row.category][1], "pooled"
        else:
            benchmark, source = None, "none"
        n, k = row.orders, row.negative_orders
        rate = k / n if n else 0.0
        low, high = wilson_interval(k, n)
        estimate = RateEstimate(
            orders=n, negative_orders=k, rate=rate, interval_low=low, interval_high=high,
            product_part_rate=row.product_part_orders / n if n else 0.0,
            fulfillment_part_rate=row.fulfillment_part_orders / n if n else 0.0,
            benchmark=benchmark, benchmark_source=source,  # type: ignore[arg-type]
            ratio_to_benchmark=(rate / benchmark) if benchmark else None,
        )
        counts[row.product_id] = row
        estimates[row.product_id] = estimate
        verdicts[row.product_id] = _verdict(estimate, window, started, settings)
        reasons[row.product_id] = no_verdict_reason(estimate, window, started, settings)
        if row.shop_id == ctx.shop_id:
            sources.add(source)
    return _Estimates(window, counts, estimates, verdicts, reasons, sources)


def _pct(value: float) -> str:
    return f"{value * 100:.1f}%"


def no_verdict_reason(estimate: RateEstimate, window: Window, started: date | None, settings: Settings) -> NoVerdictReason | None:
    """Why a product gets "-" rather than a level, or None when it gets a level."""
    if started is not None and window.start < started:
        return NoVerdictReason.BEFORE_COLLECTION
    if estimate.orders < settings.voc_min_orders:
        return NoVerdictReason.FEW_ORDERS
    if estimate.benchmark is None:
        return NoVerdictReason.NO_BENCHMARK
    return None


def _verdict(estimate: RateEstimate, window: Window, started: date | None, settings: Settings) -> tuple[VocLevel, str]:
    reason = no_verdict_reason(estimate, window, started, settings)
    if reason is NoVerdictReason.BEFORE_COLLECTION:
        return VocLevel.NO_VERDICT, (
            f"Feedback collection began on {started.isoformat() if started else '?'}, after the window's start "
            f"({window.start.isoformat()}); choose a later date or a shorter window."
        )
    if reason is NoVerdictReason.FEW_ORDERS:
        return VocLevel.NO_VERDICT, (
            f"Only {estimate.orders} orders in the window; at least {settings.voc_min_orders} "
            "are needed for a statistically reliable verdict."
        )
    if reason is NoVerdictReason.NO_BENCHMARK or estimate.benchmark is None:
        return VocLevel.NO_VERDICT, "No category benchmark is available for this window."
    level = classify_level(estimate.rate, estimate.benchmark, estimate.interval_low, settings)
    interval = f"95% interval {_pct(estimate.interval_low)}–{_pct(estimate.interval_high)}"
    comparison = f"{_pct(estimate.rate)} negative vs category benchmark {_pct(estimate.benchmark)}"
    ratio = f" ({estimate.ratio_to_benchmark:.2f}x)" if estimate.ratio_to_benchmark is not None else ""
    explanation = {
        VocLevel.AT_RISK: "significantly above the benchmark (the whole interval is above it)",
        VocLevel.NEEDS_ATTENTION: "slightly above the benchmark",
        VocLevel.MARKET_AVERAGE: "in line with the benchmark",
        VocLevel.BELOW_AVERAGE: "below the benchmark",
    }[level]
    return level, f"{comparison}{ratio}, {interval}: {explanation}."


def _sales(store: Store, ctx: ShopContext) -> dict[str, tuple[float, int]]:
    start, end = day_range_utc(ctx.as_of - timedelta(days=HIGH_GMV_DAYS - 1), ctx.as_of, ctx.zone)
    return queries.sales_by_product(store, start=start, end=end)


def _is_high_gmv(gmv: float, items: int, settings: Settings) -> bool:
    return gmv >= settings.high_gmv_threshold or items >= settings.high_items_threshold


def _warnings(store: Store, ctx: ShopContext, settings: Settings, product_ids: list[str], titles: dict[str, str]) -> list[EarlyWarning]:
    labels, _ = _taxonomy()
    since = day_start_utc(ctx.as_of - timedelta(days=13), ctx.zone)
    until = day_start_utc(ctx.as_of + timedelta(days=1), ctx.zone)
    times = queries.recent_negative_tag_times(store, since=since, until=until, product_ids=product_ids)
    counts = daily_tag_counts(times, as_of=ctx.as_of, zone=ctx.zone)
    return early_warnings(
        counts, as_of=ctx.as_of, titles=titles, labels=labels,
        min_items=settings.early_warning_min_items, factor=settings.early_warning_factor,
    )


def _check_window(days: int) -> None:
    if days not in ALLOWED_WINDOWS:
        raise DataError(f"The VoC window must be one of {', '.join(map(str, ALLOWED_WINDOWS))} days, got {days}.")


def diagnose_shop(
    store: Store,
    ctx: ShopContext,
    settings: Settings,
    *,
    window_days: int | None = None,
    levels: Sequence[VocLevel] | None = None,
    min_gmv: float | None = None,
    min_items: int | None = None,
    sort: SortKey = "gmv",
    tag_first: bool = True,
    issue: str | None = None,
    product_ids: Sequence[str] | None = None,
) -> ShopVocReport:
    """Summarise every product of the shop by level, with early warnings and a filterable list. With `issue`
    (a tag such as logistics_delay), the list is the products whose negative feedback names that issue, most
    mentions first, with each one's share, and only that issue's early warnings. With `product_ids`, only those
    products (a group the seller names, such as every product an export titles by one category)."""
    days = window_days or settings.voc_window_days
    _check_window(days)
    if tag_first:
        ensure_tagged(store, ctx, settings)
    current = _estimate_window(store, ctx, settings, make_window(ctx.as_of, days))
    only = set(product_ids) if product_ids is not None else None
    own = [row for row in current.counts.values() if row.shop_id == ctx.shop_id and (only is None or row.product_id in only)]
    sales = _sales(store, ctx)
    titles = {row.product_id: row.title for row in own}
    warnings = _warnings(store, ctx, settings, list(titles), titles)
    warned = {w.product_id for w in warnings}
    start, end = day_range_utc(current.window.start, current.window.end, ctx.zone)
    issue_counts = queries.issue_counts(
        store, window_start=start, window_end=end, feedback_cutoff=end, product_ids=list(titles)
    )
    rows = []
    for row in own:
        estimate = current.estimates[row.product_id]
        level, reason = current.verdicts[row.product_id]
        gmv, sold = sales.get(row.product_id, (0.0, 0))
        _, tag_counts = issue_counts.get(row.product_id, (0, {}))
        top = top_issue_tag(tag_counts, min_mentions=settings.voc_issue_min_mentions)
        rows.append(ProductVocRow(
            product_id=row.product_id, title=row.title, category=row.category, level=level, level_reason=reason,
            rate=estimate.rate, benchmark=estimate.benchmark, ratio_to_benchmark=estimate.ratio_to_benchmark,
            orders=estimate.orders, negative_orders=estimate.negative_orders, gmv_30d=gmv, items_sold_30d=sold,
            high_gmv=_is_high_gmv(gmv, sold, settings), top_issue=top, top_issue_label=_taxonomy()[0].get(top) if top else None,
            early_warning=row.product_id in warned, no_verdict_reason=current.reasons[row.product_id],
        ))
    summary = [
        LevelCount(level=level, products=sum(r.level == level for r in rows),
                   high_gmv_products=sum(r.level == level and r.high_gmv for r in rows))
        for level in LEVEL_ORDER
    ]
    filtered = filter_products(rows, levels=levels, min_gmv=min_gmv, min_items=min_items, sort=sort)
    labels_by_tag, _ = _taxonomy()
    if issue is not None:
        if issue not in labels_by_tag:
            raise DataError(f"Unknown issue {issue!r}; use one of {', '.join(sorted(labels_by_tag))}.")
        mentioned: list[ProductVocRow] = []
        for listed in filtered:
            items, tags = issue_counts.get(listed.product_id, (0, {}))
            if tags.get(issue):
                mentioned.append(listed.model_copy(update={"issue_mentions": tags[issue],
                                                           "issue_share": tags[issue] / items if items else None}))
        filtered = sorted(mentioned, key=lambda r: (-(r.issue_mentions or 0), -r.gmv_30d, r.product_id))
        warnings = [warning for warning in warnings if warning.tag == issue]
    category_counts: dict[str, list[tuple[int, int]]] = {}
    for counted in current.counts.values():
        category_counts.setdefault(counted.category, []).append((counted.negative_orders, counted.orders))
    thin_top = {product_id: _top_with_count(tags) for product_id, (_, tags) in issue_counts.items()}
    labels, _ = _taxonomy()
    watch = build_watch_list(rows, category_counts, thin_top, labels, fallback_weight=float(settings.voc_min_orders))
    sources = current.benchmark_sources - {"none"}
    source = "none" if not sources else (sources.pop() if len(sources) == 1 else "mixed")
    return ShopVocReport(
        shop_id=ctx.shop_id, shop_name=ctx.shop_name, currency=ctx.currency, as_of=ctx.as_of, window=current.window,
        benchmark_source=source,  # type: ignore[arg-type]
        summary=summary, early_warnings=warnings, products=filtered, total_products=len(rows),
        products_without_verdict=sum(r.level is VocLevel.NO_VERDICT for r in rows), min_orders=settings.voc_min_orders,
        watch_list=watch, issue=issue, issue_label=labels_by_tag.get(issue) if issue else None,
    )


def _top_with_count(tag_counts: dict[str, int]) -> tuple[str, int] | None:
    """The most mentioned issue even on one mention (thin data: the watch list shows what there is)."""
    tag = top_issue_tag(tag_counts, min_mentions=1)
    return (tag, tag_counts[tag]) if tag is not None else None


def filter_products(
    rows: Sequence[ProductVocRow],
    *,
    levels: Sequence[VocLevel] | None = None,
    min_gmv: float | None = None,
    min_items: int | None = None,
    sort: SortKey = "gmv",
) -> list[ProductVocRow]:
    """Filter by one or several levels, minimum GMV and items sold; sort descending by the key."""
    chosen = [
        r for r in rows
        if (not levels or r.level in levels)
        and (min_gmv is None or r.gmv_30d >= min_gmv)
        and (min_items is None or r.items_sold_30d >= min_items)
    ]
    severity = {level: index for index, level in enumerate(LEVEL_ORDER)}
    keys: dict[str, Callable[[ProductVocRow], tuple[Any, ...]]] = {
        "gmv": lambda r: (-r.gmv_30d, r.product_id),
        "items_sold": lambda r: (-r.items_sold_30d, r.product_id),
        "rate": lambda r: (-r.rate, r.product_id),
        "ratio": lambda r: (-(r.ratio_to_benchmark if r.ratio_to_benchmark is not None else -1.0), r.product_id),
        "level": lambda r: (severity[r.level], -r.gmv_30d, r.product_id),
    }
    if sort not in keys:
        raise DataError(f"Unknown sort key {sort!r}; use one of {', '.join(keys)}.")
    return sorted(chosen, key=keys[sort])
