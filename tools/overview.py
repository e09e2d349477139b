"""The shop at a glance: what a seller's morning starts with.

One deterministic summary built from the same services the tabs use, so every figure here is the figure the
tab it links to shows: products per VoC level and the high-GMV ones to fix first, early warnings, products
with no verdict and why, video statuses, reviews that can still be reported and the nearest deadline, and how
fresh the data is (the latest order, review, return and video in the store).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from pydantic import Field

from tools.clock import local_date
from tools.context import ShopContext
from tools.reviews.models import Decision
from tools.settings import Settings
from tools.store import Store
from tools.voc.models import LevelCount, Output, VocLevel
from tools.voc.summary import first_action

FIX_FIRST_LEVELS = (VocLevel.AT_RISK, VocLevel.NEEDS_ATTENTION)
FIX_FIRST_LIMIT = 5


class Freshness(Output):
    """The latest day (shop time) of each kind of data in the store: how current the figures are."""

    latest_order: date | None = None
    latest_review: date | None = None
    latest_return: date | None = None
    latest_video: date | None = None


class FixFirstItem(Output):
    product_id: str
    title: str
    level: VocLevel
    gmv_30d: float
    top_issue: str | None = Field(default=None, description="the top issue's tag, for its name in the seller's language")
    top_issue_label: str | None = None
    early_warning: bool = False
    high_gmv: bool = False
    first_step: str | None = Field(default=None, description="what to do first: the first step of its action plan")


class ShopOverview(Output):
    shop_id: str
    shop_name: str
    currency: str
    as_of: date
    window_days: int
    freshness: Freshness
    levels: list[LevelCount]
    fix_first: list[FixFirstItem] = Field(description="At Risk and Needs Attention products, high GMV first, then by GMV")
    early_warnings: int
    early_warning_products: list[str]
    products: int
    without_verdict: int
    without_verdict_reasons: dict[str, int] = Field(description="why products have no level: reason -> products")
    min_orders: int
    video_statuses: dict[str, int] = Field(description="status -> videos of the last 90 days")
    reportable: int = Field(description="reviews decided 'report' that can still be reported")
    check_first: int = Field(description="reviews to check before reporting, still inside the window")
    nearest_deadline: date | None = Field(description="the last day to report the most urgent of those")


def _freshness(store: Store, ctx: ShopContext) -> Freshness:
    def latest(sql: str) -> date | None:
        rows = store.query(sql, [ctx.shop_id])
        value = rows[0][0] if rows else None
        return local_date(value, ctx.zone) if isinstance(value, datetime) else None

    own = "JOIN products p USING (product_id) WHERE p.shop_id = ?"
    return Freshness(
        latest_order=latest(f"SELECT max(o.create_time) FROM orders o {own}"),
        latest_review=latest(f"SELECT max(r.create_time) FROM reviews r {own}"),
        latest_return=latest(f"SELECT max(r.create_time) FROM returns r {own}"),
        latest_video=latest("SELECT max(video_post_time) FROM videos WHERE shop_id = ?"),
    )


def shop_overview(store: Store, ctx: ShopContext, settings: Settings) -> ShopOverview:
    """Everything the overview shows, computed by the tools the tabs use."""
    from tools.reviews.triage import triage
    from tools.video.listing import list_videos
    from tools.voc.service import diagnose_shop

    voc = diagnose_shop(store, ctx, settings)
    fix_first = sorted(
        (row for row in voc.products if row.level in FIX_FIRST_LEVELS), key=lambda row: (not row.high_gmv, -row.gmv_30d),
    )[:FIX_FIRST_LIMIT]
    reasons = Counter(row.no_verdict_reason.value for row in voc.products if row.no_verdict_reason is not None)
    videos = list_videos(store, ctx, settings, limit=None)
    reviews = triage(store, ctx, settings)
    open_items = [item for group in reviews.groups for item in group.items if item.eligible and not item.report_status]
    reportable = [item for item in open_items if item.decision is Decision.REPORT]
    to_check = [item for item in open_items if item.decision is Decision.CHECK_FIRST]
    return ShopOverview(
        shop_id=ctx.shop_id, shop_name=ctx.shop_name, currency=ctx.currency, as_of=ctx.as_of, window_days=voc.window.days,
        freshness=_freshness(store, ctx),
        levels=voc.summary,
        fix_first=[FixFirstItem(product_id=row.product_id, title=row.title, level=row.level, gmv_30d=row.gmv_30d,
                                top_issue=row.top_issue, top_issue_label=row.top_issue_label,
                                early_warning=row.early_warning, high_gmv=row.high_gmv,
                                first_step=first_action(row.top_issue))
                   for row in fix_first],
        early_warnings=len(voc.early_warnings),
        early_warning_products=list(dict.fromkeys(warning.product_id for warning in voc.early_warnings)),
        products=voc.total_products,
        without_verdict=voc.products_without_verdict,
        without_verdict_reasons=dict(reasons),
        min_orders=voc.min_orders,
        video_statuses=dict(Counter(item.status.value for item in videos)),
        reportable=len(reportable),
        check_first=len(to_check),
        nearest_deadline=min((item.last_reportable_day for item in [*reportable, *to_check]), default=None),
    )
