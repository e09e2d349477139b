"""One product's full VoC diagnosis (the "drawer")."""

from __future__ import annotations

from datetime import datetime

from tools.clock import day_range_utc, local_date
from tools.context import ShopContext
from tools.errors import NotFoundError
from tools.reviews.workflow import headline
from tools.settings import Settings
from tools.store import Store
from tools.voc import queries
from tools.voc.issues import SHARES_NOTE, evidence_quotes, top_issues
from tools.voc.keywords import KEYWORD_BACKGROUND_LIMIT, characteristic_keywords, document_counts
from tools.voc.models import ExcludedReview, KeywordTrend, PreviousPeriod, ProductDiagnosis, PromotingVideo
from tools.voc.queries import NegativeItem
from tools.voc.service import (
    _check_window,
    _estimate_window,
    _is_high_gmv,
    _sales,
    _taxonomy,
    _warnings,
    ensure_tagged,
    make_window,
    previous_window,
)


def diagnose_product(
    store: Store,
    ctx: ShopContext,
    settings: Settings,
    product_id: str,
    *,
    window_days: int | None = None,
    tag_first: bool = True,
) -> ProductDiagnosis:
    """Level, rate against benchmark, top issues with evidence, keywords, previous period, warnings."""
    days = window_days or settings.voc_window_days
    _check_window(days)
    found = store.query("SELECT shop_id, title, category FROM products WHERE product_id = ?", [product_id])
    if not found:
        raise NotFoundError(f"Product {product_id!r} is not in the store. List products with `seller-copilot voc`.")
    shop_id, title, category = found[0]
    if tag_first:
        ensure_tagged(store, ctx, settings)
    labels, parts = _taxonomy()
    window = make_window(ctx.as_of, days)
    before = previous_window(window)
    current = _estimate_window(store, ctx, settings, window)
    previous = _estimate_window(store, ctx, settings, before)

    start, end = day_range_utc(window.start, window.end, ctx.zone)
    items = queries.negative_items(store, window_start=start, window_end=end, feedback_cutoff=end, product_ids=[product_id])
    p_start, p_end = day_range_utc(before.start, before.end, ctx.zone)
    previous_items = queries.negative_items(
        store, window_start=p_start, window_end=p_end, feedback_cutoff=p_end, product_ids=[product_id]
    )
    issues = top_issues(
        items, labels=labels, parts=parts, min_mentions=settings.voc_issue_min_mentions, previous_items=previous_items,
        zone=ctx.zone,
    )
    keywords = _keywords(store, ctx, settings, category, items, previous_items, start, end)

    level, reason = current.verdicts[product_id]
    estimate = current.estimates[product_id]
    prev_level, _ = previous.verdicts[product_id]
    prev_estimate = previous.estimates[product_id]
    sales = _sales(store, ctx)
    gmv, sold = sales.get(product_id, (0.0, 0))
    warnings = [w for w in _warnings(store, ctx, settings, [product_id], {product_id: title})]
    if not items:
        note = "No negative feedback in this window."
    elif not issues:
        note = f"No issue was mentioned at least {settings.voc_issue_min_mentions} times. " + SHARES_NOTE
    else:
        note = SHARES_NOTE
    return ProductDiagnosis(
        product_id=product_id, title=title, category=category, shop_id=shop_id, currency=ctx.currency, as_of=ctx.as_of,
        window=window, level=level, level_reason=reason, no_verdict_reason=current.reasons[product_id],
        min_orders=settings.voc_min_orders,
        estimate=estimate, negative_items=len(items),
        issues=issues, issues_note=note, keywords=keywords, issue_min_mentions=settings.voc_issue_min_mentions,
        unranked_evidence=[] if issues else evidence_quotes(items, None, zone=ctx.zone),
        previous=PreviousPeriod(
            window=before, level=prev_level, rate=prev_estimate.rate, orders=prev_estimate.orders,
            rate_change=estimate.rate - prev_estimate.rate,
        ),
        gmv_30d=gmv, items_sold_30d=sold, high_gmv=_is_high_gmv(gmv, sold, settings), early_warnings=warnings,
        videos_to_check=_videos_to_check(store, ctx, product_id) if any(i.tag == MISLEADING for i in issues) else [],
        excluded=[
            ExcludedReview(
                review_id=item.review_id, posted=local_date(item.create_time, ctx.zone), rating=item.rating,
                category=item.category, preview=headline(item.text),
            )
            for item in queries.excluded_reviews(store, window_start=start, feedback_cutoff=end, product_ids=[product_id])
        ],
    )


MISLEADING = "misleading_promotion"
VIDEOS_TO_CHECK = 5


def _videos_to_check(store: Store, ctx: ShopContext, product_id: str) -> list[PromotingVideo]:
    """The shop's videos that list the product, newest first."""
    rows = store.query(
        "SELECT video_id, title, video_post_time FROM videos WHERE shop_id = ? AND list_contains(product_ids, ?) "
        "AND video_post_time <= ? ORDER BY video_post_time DESC, video_id LIMIT ?",
        [ctx.shop_id, product_id, day_range_utc(ctx.as_of, ctx.as_of, ctx.zone)[1], VIDEOS_TO_CHECK],
    )
    return [PromotingVideo(video_id=video_id, title=title, posted=local_date(posted, ctx.zone)) for video_id, title, posted in rows]


def _keywords(
    store: Store,
    ctx: ShopContext,
    settings: Settings,
    category: str,
    items: list[NegativeItem],
    previous_items: list[NegativeItem],
    start: datetime,
    end: datetime,
) -> list[KeywordTrend]:
    category_ids = [row[0] for row in store.query("SELECT product_id FROM products WHERE category = ?", [category])]
    background = queries.negative_items(
        store, window_start=start, window_end=end, feedback_cutoff=end, product_ids=category_ids
    )[:KEYWORD_BACKGROUND_LIMIT]
    cache_dir = settings.data_dir / "cache" / "jieba"
    texts = [item.text for item in items if item.text.strip()]
    ranked = characteristic_keywords(texts, [item.text for item in background if item.text.strip()], cache_dir=cache_dir)
    previous_counts = document_counts((item.text for item in previous_items), cache_dir=cache_dir)
    return [
        KeywordTrend(
            keyword=word, count=count, previous_count=previous_counts.get(word, 0),
            change=count - previous_counts.get(word, 0), score=score,
        )
        for word, count, score in ranked
    ]
