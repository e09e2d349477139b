"""Output models of the VoC diagnosis. Every number a seller sees is a field here."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class VocLevel(StrEnum):
    AT_RISK = "At Risk"
    NEEDS_ATTENTION = "Needs Attention"
    MARKET_AVERAGE = "Market Average"
    BELOW_AVERAGE = "Below Average"
    NO_VERDICT = "-"


LEVEL_ORDER: tuple[VocLevel, ...] = (
    VocLevel.AT_RISK,
    VocLevel.NEEDS_ATTENTION,
    VocLevel.MARKET_AVERAGE,
    VocLevel.BELOW_AVERAGE,
    VocLevel.NO_VERDICT,
)


class NoVerdictReason(StrEnum):
    """Why a product shows "-" instead of a level."""

    FEW_ORDERS = "few_orders"
    NO_BENCHMARK = "no_benchmark"
    BEFORE_COLLECTION = "before_collection"


class Output(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Window(Output):
    start: date
    end: date
    days: int


class RateEstimate(Output):
    """Negative VoC rate of one product in one window, against its category benchmark."""

    orders: int = Field(description="n: orders placed in the window")
    negative_orders: int = Field(description="orders in the window with at least one negative feedback item")
    rate: float = Field(description="r = negative_orders / orders (0 when there are no orders)")
    interval_low: float
    interval_high: float
    product_part_rate: float = Field(description="orders with a negative item tagged with a product issue, / n")
    fulfillment_part_rate: float = Field(description="orders with a negative item tagged with a fulfillment issue, / n")
    benchmark: float | None = Field(description="b: the category's rate for the same window")
    benchmark_source: Literal["imported", "pooled", "none"]
    ratio_to_benchmark: float | None = Field(description="r / b; None when b is 0 or unknown")


class LevelVerdict(Output):
    level: VocLevel
    reason: str = Field(description="why this level, or why no verdict ('-')")


class EvidenceQuote(Output):
    item_id: str
    item_kind: Literal["review", "return"]
    created_at: str
    posted_on: date | None = Field(default=None, description="the shop-local day it was posted, as a seller reads it")
    rating: int | None
    text: str = Field(description="masked: emails and phone numbers replaced")


class IssueShare(Output):
    tag: str
    label: str
    part: Literal["product", "fulfillment"]
    count: int
    share: float = Field(description="count / negative feedback items of the product (shares can sum past 100%)")
    highlighted: bool
    evidence: list[EvidenceQuote] = Field(default_factory=list)
    previous_share: float | None = None
    share_change: float | None = None


class KeywordTrend(Output):
    keyword: str
    count: int
    previous_count: int
    change: int
    score: float = Field(description="how characteristic of this product versus its category (log-odds)")


class PreviousPeriod(Output):
    window: Window
    level: VocLevel
    rate: float
    orders: int
    rate_change: float = Field(description="current rate minus previous rate")


class DailyCount(Output):
    day: date
    count: int


class EarlyWarning(Output):
    product_id: str
    product_title: str
    tag: str
    label: str
    last_7_days: int
    previous_7_days: int
    daily_counts: list[DailyCount]
    message: str


class ProductVocRow(Output):
    """One line of the shop's product list."""

    product_id: str
    title: str
    category: str
    level: VocLevel
    level_reason: str
    no_verdict_reason: NoVerdictReason | None = Field(default=None, description='why the level is "-", when it is')
    rate: float
    benchmark: float | None
    ratio_to_benchmark: float | None
    orders: int
    negative_orders: int
    gmv_30d: float
    items_sold_30d: int
    high_gmv: bool
    top_issue: str | None
    top_issue_label: str | None = None
    early_warning: bool
    issue_mentions: int | None = Field(default=None, description="negative items naming the issue asked about")
    issue_share: float | None = Field(default=None, description="their share of the product's negative items")


class WatchItem(Output):
    """A product without a verdict that already has complaints (the data is thin: no level is implied)."""

    product_id: str
    title: str
    category: str
    orders: int
    negative_orders: int
    rate: float = Field(description="raw negative rate on few orders: noisy")
    benchmark: float | None
    shrunk_rate: float | None = Field(description="the rate pulled toward the category benchmark (empirical Bayes)")
    shrunk_ratio_to_benchmark: float | None
    prior_orders: float | None = Field(description="the benchmark's weight, in pseudo-orders")
    top_issue: str | None
    top_issue_label: str | None
    top_issue_mentions: int
    gmv_30d: float
    level_reason: str
    no_verdict_reason: NoVerdictReason | None


class PromotingVideo(Output):
    """A shop video that lists the product: where a promise buyers call misleading may have been made."""

    video_id: str
    title: str
    posted: date  # shop-local day


class ExcludedReview(Output):
    """A review posted on the product that is not about it: left out of its rate, issues and keywords."""

    review_id: str
    posted: date
    rating: int
    category: str  # the malicious-review category that excludes it: wrong_product or invalid
    preview: str  # masked one-line preview


class SummaryQuote(Output):
    """A buyer's words the summary quotes: from the product's own feedback, in its original language."""

    item_id: str
    issue_tag: str
    text: str = Field(description="as the buyer wrote it (masked), cut at a sentence or with '…'")


class ProductSummary(Output):
    """What buyers say about the product, in two to four sentences, in the seller's language."""

    text: str
    mode: Literal["offline", "model"] = "offline"
    language: str
    quotes: list[SummaryQuote] = Field(default_factory=list)
    note: str = Field(default="", description="why the offline summary stands in for a model's, when it does")


class ActionStep(Output):
    """One step of the product's action plan, filled with its own facts, citing the playbook entries behind it."""

    kind: Literal["issue", "videos", "warning", "reply", "measure", "check"]
    text: str
    playbook_ids: list[str] = Field(default_factory=list)


class ProductDiagnosis(Output):
    """The drawer: everything about one product's VoC."""

    product_id: str
    title: str
    category: str
    shop_id: str
    currency: str = ""  # the shop's currency (ISO 4217) for GMV figures
    as_of: date
    window: Window
    level: VocLevel
    level_reason: str
    no_verdict_reason: NoVerdictReason | None = None
    min_orders: int = Field(default=0, description="orders a product needs in the window for a level")
    estimate: RateEstimate
    issue_min_mentions: int = Field(default=2, description="mentions an issue needs to be listed")
    negative_items: int = Field(description="negative feedback items counted for the issue shares")
    issues: list[IssueShare]
    issues_note: str
    # When no issue is named often enough to rank: what the few buyers wrote, newest first (a long-tail product).
    unranked_evidence: list[EvidenceQuote] = Field(default_factory=list)
    keywords: list[KeywordTrend]
    previous: PreviousPeriod | None
    gmv_30d: float
    items_sold_30d: int
    high_gmv: bool
    early_warnings: list[EarlyWarning]
    # When buyers complain about misleading promotion: the shop's videos that sell the product, newest first,
    # for the seller to check their claims (empty otherwise).
    videos_to_check: list[PromotingVideo] = Field(default_factory=list)
    # Reviews on this product that the Reviews tab calls wrong product or invalid: not counted above.
    excluded: list[ExcludedReview] = Field(default_factory=list)
    # What buyers say and what to do, written from the fields above (`tools.voc.summary.explain`); empty until then.
    summary: ProductSummary | None = None
    action_plan: list[ActionStep] = Field(default_factory=list)


class LevelCount(Output):
    level: VocLevel
    products: int
    high_gmv_products: int


class ShopVocReport(Output):
    shop_id: str
    shop_name: str = ""
    currency: str = ""  # the shop's currency (ISO 4217) for GMV figures
    as_of: date
    window: Window
    benchmark_source: Literal["imported", "pooled", "mixed", "none"]
    summary: list[LevelCount]
    early_warnings: list[EarlyWarning]
    products: list[ProductVocRow]
    total_products: int = Field(description="products in the shop before filters")
    products_without_verdict: int = Field(default=0, description='products whose level is "-"')
    min_orders: int = Field(default=0, description="orders a product needs in the window for a level")
    watch_list: list[WatchItem] = Field(default_factory=list, description='"-" products with complaints, most first')
    issue: str | None = Field(default=None, description="the issue the list is about (products with complaints of it)")
    issue_label: str | None = None
    scope: str | None = Field(default=None, description="the title the listed products share, when the list is narrowed to them")
