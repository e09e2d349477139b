"""Diagnose the shop's videos over the store: load once with SQL, judge with the pure rules."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from tools.context import ShopContext
from tools.errors import NotFoundError
from tools.settings import Settings
from tools.store import Store
from tools.video import queries
from tools.video.benchmarks import CategoryDistribution, build_category_distributions, eligible_mask
from tools.video.inspirations import inspirations_for, rank_category_inspirations
from tools.video.models import (
    FailedRequirement,
    GpmGap,
    Inspiration,
    Suggestion,
    SuggestionTopic,
    VideoDiagnosis,
    VideoStatus,
    ViolationRecord,
    WindowMetrics,
)
from tools.video.products import CatalogueProduct, products_in_video
from tools.video.status import ACCOUNT_STANDING_NOTE, decide_status, gpm_gap, threshold_failures
from tools.video.suggestions import funnel_suggestions, threshold_suggestion, violation_suggestion
from tools.video.window import RATE_COLUMNS, add_rate_columns, day_number, window_bounds, window_metrics

# (label shown to the seller, frame column of the category median, WindowMetrics field)
COMPARED_METRICS = (
    ("GMV", "gmv", "gmv"), ("views", "views", "views"), ("orders", "sku_orders", "orders"),
    ("items sold", "units_sold", "items_sold"), ("finish rate", "finish_rate", "finish_rate"),
    ("click-through rate", "click_through_rate", "click_through_rate"),
    ("conversion rate", "conversion_rate", "conversion_rate"),
    ("interaction rate", "interaction_rate", "interaction_rate"), ("GPM", "gpm", "gpm"),
)
STATUSES_WITH_INSPIRATIONS = frozenset(
    {VideoStatus.TRIGGER_VIOLATION, VideoStatus.DID_NOT_MEET_THRESHOLD, VideoStatus.CAN_DO_BETTER}
)


@dataclass(frozen=True)
class Judgement:
    status: VideoStatus
    metrics: WindowMetrics
    failed_requirements: list[FailedRequirement]
    gap: GpmGap | None


@dataclass
class VideoAnalysis:
    """Every video in scope (all shops) with window totals, rates and eligibility, plus the
    category distributions built from them."""

    scope: queries.Scope
    frame: pd.DataFrame
    rows: list[dict[str, Any]]
    distributions: dict[str, CategoryDistribution]
    min_views: int
    currency: str = ""  # the diagnosed shop's
    _ranked: dict[str, list[Inspiration]] = field(default_factory=dict)

    def shop_rows(self) -> list[dict[str, Any]]:
        """The diagnosed shop's videos, by id."""
        return [row for row in self.rows if row["shop_id"] == self.scope.shop_id]

    def ranked_inspirations(self, category: str) -> list[Inspiration]:
        if category not in self._ranked:
            distribution = self.distributions.get(category)
            eligible = self.frame[self.frame["eligible"] & (self.frame["category"] == category)]
            self._ranked[category] = [] if distribution is None else rank_category_inspirations(eligible, distribution)
        return self._ranked[category]

    def judge(self, row: Mapping[str, Any]) -> Judgement:
        """The status of one video row, with what decided it."""
        metrics = window_metrics(row)
        complete = int(row["days_elapsed"]) >= self.scope.window_days
        failures = threshold_failures(views=metrics.views, min_views=self.min_views, product_count=int(row["product_count"]))
        distribution = self.distributions.get(row["category"])
        benchmark = distribution.gpm_benchmark() if distribution is not None else None
        gap = gpm_gap(metrics.gpm, benchmark) if complete else None
        status = decide_status(
            window_complete=complete, violation_count=int(row["violation_count"]), failed_requirements=failures, gap=gap
        )
        return Judgement(status=status, metrics=metrics, failed_requirements=failures, gap=gap)


def analyse_videos(store: Store, ctx: ShopContext, settings: Settings, *, include_all: bool = False) -> VideoAnalysis:
    """Load every video in scope and build the category benchmarks (one SQL pass)."""
    scope = queries.Scope(
        shop_id=ctx.shop_id, as_of=ctx.as_of, window_days=settings.video_window_days,
        lookback_days=settings.video_lookback_days, include_all=include_all,
    )
    names, records = queries.load_window_totals(store, scope)
    rows = [dict(zip(names, record, strict=False)) for record in records]
    frame = pd.DataFrame.from_records(records, columns=names)
    frame["window_complete"] = frame["days_elapsed"] >= settings.video_window_days
    frame["has_product"] = frame["product_count"] > 0
    frame["has_violation"] = frame["violation_count"] > 0
    add_rate_columns(frame)
    frame["eligible"] = eligible_mask(frame, min_views=settings.video_min_views)
    distributions = build_category_distributions(frame, imported_gpm=queries.load_imported_gpm(store, scope.window_days))
    return VideoAnalysis(
        scope=scope, frame=frame, rows=rows, distributions=distributions, min_views=settings.video_min_views,
        currency=ctx.currency,
    )


def _comparisons(
    metrics: WindowMetrics, distribution: CategoryDistribution | None, *, window_complete: bool
) -> list[dict[str, Any]]:
    """`MetricComparison` fields as dicts, validated once with the diagnosis (10,000 videos in < 2 s).

    A partial window is compared on rates only: its totals cover fewer days than the medians'."""
    found = []
    for label, column, attribute in COMPARED_METRICS:
        value = getattr(metrics, attribute)
        comparable = window_complete or column in RATE_COLUMNS
        median = distribution.median(column) if distribution is not None and comparable else None
        ratio = None if value is None or median is None or median == 0 else float(value) / median
        found.append({"metric": label, "value": value, "category_median": median, "ratio_to_median": ratio})
    return found


def weak_stages(suggestions: Sequence[Suggestion]) -> list[SuggestionTopic]:
    """The funnel stages the suggestions are about, biggest impact first."""
    return [s.topic for s in suggestions if s.percentile_rank is not None]


def main_reason(suggestions: Sequence[Suggestion]) -> SuggestionTopic | None:
    """What holds a video back most: a violation or a missed minimum comes first, then the weakest stage."""
    return suggestions[0].topic if suggestions else None


def suggestions_for(judgement: Judgement, row: Mapping[str, Any], distribution: CategoryDistribution | None) -> list[Suggestion]:
    """The advice a video's status calls for: its violation, the minimum it missed, then its weak funnel stages."""
    if judgement.status is VideoStatus.TRIGGER_VIOLATION:
        return [violation_suggestion()]
    if judgement.status not in (VideoStatus.DID_NOT_MEET_THRESHOLD, VideoStatus.CAN_DO_BETTER):
        return []
    metrics = judgement.metrics
    funnel = funnel_suggestions(
        {column: getattr(metrics, column) for column in RATE_COLUMNS}, distribution, window_gmv=metrics.gmv, views=metrics.views,
        has_product=int(row["product_count"]) > 0,
        # GPM is below the benchmark, so something is off: never leave a Can do better without advice.
        at_least_one=judgement.status is VideoStatus.CAN_DO_BETTER,
    )
    if judgement.status is VideoStatus.DID_NOT_MEET_THRESHOLD:
        return [threshold_suggestion(judgement.failed_requirements), *funnel]
    return funnel


def _diagnosis(
    analysis: VideoAnalysis,
    row: Mapping[str, Any],
    *,
    daily: list[dict[str, Any]],
    violation_rows: Sequence[tuple[Any, ...]],
    catalogue: Mapping[str, CatalogueProduct],
    attributed: Mapping[str, tuple[int, float]] | None = None,
) -> VideoDiagnosis:
    judgement = analysis.judge(row)
    complete = judgement.status is not VideoStatus.IN_EVALUATION
    distribution = analysis.distributions.get(row["category"])
    post_day: date = row["post_day"]
    first, last = window_bounds(post_day, analysis.scope.window_days)
    suggestions = suggestions_for(judgement, row, distribution)
    violations = [
        ViolationRecord(policy=policy, reason=reason, create_time=created, local_date=local_day,
                        day_number=day_number(post_day, local_day))
        for created, policy, reason, local_day, _ in violation_rows
    ]
    inspirations = (
        inspirations_for(row["video_id"], analysis.ranked_inspirations(row["category"]))
        if judgement.status in STATUSES_WITH_INSPIRATIONS else []
    )
    return VideoDiagnosis.model_validate({
        "video_id": row["video_id"], "shop_id": row["shop_id"], "currency": analysis.currency, "title": row["title"],
        "username": row["username"],
        "category": row["category"], "video_post_time": row["video_post_time"],
        "window_first_day": first, "window_last_day": last, "days_elapsed": int(row["days_elapsed"]),
        "window_complete": complete, "status": judgement.status, "metrics": judgement.metrics,
        "comparisons": _comparisons(judgement.metrics, distribution, window_complete=complete),
        "daily": daily,
        "violations": violations,
        "account_standing_note": ACCOUNT_STANDING_NOTE if judgement.status is VideoStatus.TRIGGER_VIOLATION else None,
        "failed_requirements": judgement.failed_requirements, "gpm_gap": judgement.gap,
        "weak_stages": weak_stages(suggestions),
        "suggestions": suggestions, "inspirations": inspirations,
        "products": products_in_video(
            list(row["product_ids"]), catalogue, items_sold=judgement.metrics.items_sold, gmv=judgement.metrics.gmv,
            attributed=attributed,
        ),
    })


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Building thousands of diagnoses allocates ~20 objects each and no reference cycles, yet
    the cyclic collector rescans the growing result again and again (more than half the time
    for 10,000 videos). Pause it for the build and restore whatever state the caller had."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _diagnose_rows(store: Store, analysis: VideoAnalysis, rows: list[dict[str, Any]], *, only: Sequence[str] | None) -> list[VideoDiagnosis]:
    daily = queries.load_daily_series(store, analysis.scope, only)
    violations = queries.load_window_violations(store, analysis.scope, only)
    catalogue = queries.load_catalogue(store, analysis.scope.shop_id)
    attributed = queries.load_attributed_sales(store, analysis.scope, only)
    with _cyclic_gc_paused():
        return [
            _diagnosis(analysis, row, daily=daily.get(row["video_id"], []),
                       violation_rows=violations.get(row["video_id"], []), catalogue=catalogue,
                       attributed=attributed.get(row["video_id"]))
            for row in rows
        ]


def diagnose_videos(store: Store, ctx: ShopContext, settings: Settings, *, include_all: bool = False) -> list[VideoDiagnosis]:
    """Diagnose every video of the shop posted in the lookback period (all of them with include_all)."""
    analysis = analyse_videos(store, ctx, settings, include_all=include_all)
    return _diagnose_rows(store, analysis, analysis.shop_rows(), only=None)


def diagnose_video(store: Store, ctx: ShopContext, settings: Settings, video_id: str) -> VideoDiagnosis:
    """Diagnose one video of the shop: status, key metrics, suggestions, inspirations, products."""
    wanted = video_id.strip()
    found = store.query("SELECT shop_id FROM videos WHERE video_id = ?", [wanted])
    if not found:
        raise NotFoundError(
            f"Video {wanted!r} is not in the store. List your videos with `seller-copilot videos` "
            "(or search with --search TEXT) and use an id from the list."
        )
    if found[0][0] != ctx.shop_id:
        raise NotFoundError(f"Video {wanted!r} belongs to shop {found[0][0]!r}, not to {ctx.shop_id!r}.")
    # An explicit request is diagnosed however old the video is.
    analysis = analyse_videos(store, ctx, settings, include_all=True)
    rows = [row for row in analysis.shop_rows() if row["video_id"] == wanted]
    if not rows:
        raise NotFoundError(f"Video {wanted!r} was posted after {ctx.as_of}; there is nothing to diagnose as of that day.")
    return _diagnose_rows(store, analysis, rows, only=[wanted])[0]
