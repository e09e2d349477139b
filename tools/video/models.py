"""Output models of the video diagnosis: what the CLI, the app and the agent read.

Rates are fractions (0.42 = 42%). A rate whose denominator is zero is `None` ("no data"), never 0,
so a video without views or clicks is not judged weak on a rate it could not have.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict


class Output(BaseModel):
    model_config = ConfigDict(extra="forbid")


class VideoStatus(StrEnum):
    TRIGGER_VIOLATION = "Trigger violation"
    DID_NOT_MEET_THRESHOLD = "Did not meet threshold"
    CAN_DO_BETTER = "Can do better"
    GOOD_PERFORMANCE = "Good performance"
    IN_EVALUATION = "In evaluation"


class SuggestionTopic(StrEnum):
    """The four funnel stages, plus the two blockers that come before any funnel advice."""

    HOOK = "hook/retention"
    PRODUCT_INTEREST = "product interest"
    PURCHASE = "purchase"
    ENGAGEMENT = "engagement"
    THRESHOLD = "minimum for evaluation"
    VIOLATION = "policy violation"


class InspirationMetric(StrEnum):
    INTERACTION_RATE = "interaction rate"
    CONVERSION_RATE = "conversion rate"
    FINISH_RATE = "finish rate"


class ProductAllocation(StrEnum):
    """How a video's GMV and items sold are split across its products (stats are per video)."""

    # As if each linked product sold the same units: units split evenly, GMV in proportion to price.
    BY_PRICE = "equal units per linked product, GMV split in proportion to price"
    EVENLY = "units and GMV split evenly across linked products (a price is missing)"
    SINGLE_PRODUCT = "the video's only linked product"
    # Per product, from order lines an affiliate order export attributes to this video (measured, not split).
    ATTRIBUTED = "measured from order lines attributed to this video"


class WindowMetrics(Output):
    """Totals and rates over the diagnosis window (or the part of it elapsed so far)."""

    gmv: float
    views: int
    orders: int
    items_sold: int
    likes: int
    comments: int
    shares: int
    finished_views: int
    product_clicks: int
    finish_rate: float | None
    click_through_rate: float | None
    conversion_rate: float | None
    interaction_rate: float | None
    gpm: float | None  # GMV per 1,000 views


class MetricComparison(Output):
    metric: str
    value: float | None
    category_median: float | None
    ratio_to_median: float | None  # value / median; None when either is missing or the median is 0


class DailyPoint(Output):
    day_number: int  # 1 = the shop-local day of posting
    date: date
    views: int
    gmv: float
    orders: int
    items_sold: int
    finished_views: int
    product_clicks: int
    interactions: int


class ViolationRecord(Output):
    policy: str
    reason: str
    create_time: datetime  # UTC
    local_date: date
    day_number: int


class FailedRequirement(Output):
    requirement: str  # "minimum views" | "product linked"
    detail: str
    actual: float
    required: float


class GpmGap(Output):
    gpm: float | None
    benchmark_gpm: float
    benchmark_source: Literal["imported", "store_median"]  # the marketplace's figure, or the store's category median
    benchmark_videos: int | None = None  # how many eligible videos the store median is taken over
    gap_percent: float | None  # (gpm / benchmark - 1) * 100, e.g. -42.0


class Suggestion(Output):
    topic: SuggestionTopic
    metric: str | None
    value: float | None
    category_median: float | None
    percentile_rank: float | None  # 0-100 within the category's eligible videos
    # Window GMV gained if this rate reached the category median, the rest held (see suggestions.py);
    # None for the blockers (threshold, violation), which come first whatever their size.
    expected_gmv_uplift: float | None
    advice: str
    playbook_id: str


class Inspiration(Output):
    video_id: str
    shop_id: str
    title: str
    username: str
    excels_at: InspirationMetric
    value: float
    category_median: float
    multiple_of_median: float | None  # None when the median is 0
    summary: str


class ProductInVideo(Output):
    product_id: str
    title: str
    known: bool  # False when the product id is not in the store
    price: float | None
    commission_rate: float | None
    items_sold: float
    gmv: float
    allocation: ProductAllocation


class VideoDiagnosis(Output):
    video_id: str
    shop_id: str
    currency: str = ""  # the shop's currency (ISO 4217) for revenue and GPM
    title: str
    username: str
    category: str
    video_post_time: datetime  # UTC
    window_first_day: date  # shop-local day of posting = day 1
    window_last_day: date
    days_elapsed: int
    window_complete: bool
    status: VideoStatus
    metrics: WindowMetrics
    comparisons: list[MetricComparison]
    daily: list[DailyPoint]
    violations: list[ViolationRecord]
    account_standing_note: str | None
    failed_requirements: list[FailedRequirement]
    gpm_gap: GpmGap | None
    weak_stages: list[SuggestionTopic]  # funnel stages that got a suggestion, biggest impact first
    suggestions: list[Suggestion]
    inspirations: list[Inspiration]
    products: list[ProductInVideo]


class VideoListItem(Output):
    video_id: str
    title: str
    category: str
    video_post_time: datetime
    status: VideoStatus
    gmv: float
    views: int
    orders: int
    items_sold: int
    gpm: float | None
    # What holds the video back most: its policy violation, the minimum for evaluation, or its weakest funnel
    # stage against the category (None when nothing does, or while it is still in evaluation).
    main_reason: SuggestionTopic | None = None


class MetricChange(Output):
    metric: str
    current: float
    previous: float
    change_percent: float | None  # None when the previous range was 0


class AccountPerformance(Output):
    shop_id: str
    start: date
    end: date
    previous_start: date
    previous_end: date
    videos_posted: MetricChange
    revenue: MetricChange
    views: MetricChange
    orders: MetricChange
    items_sold: MetricChange


class VideoOverview(Output):
    """The video page: account performance over the recent range, then the video list."""

    account: AccountPerformance
    videos: list[VideoListItem]
    currency: str = ""  # the shop's currency (ISO 4217) for revenue and GPM
    total_videos: int  # matching the search and filters, before the limit
    selling: str | None = None  # the list keeps only the videos that sell this product (its title)
