"""Build a `ReviewCase` from the store (a review id) or from one batch JSONL line."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import Field, model_validator

from tools.clock import local_date
from tools.context import ShopContext
from tools.errors import NotFoundError
from tools.models import UtcDatetime
from tools.reviews.models import CatalogueItem, ChatTurn, PastReview, ReviewCase, Strict
from tools.store import Store


class BatchHistoryItem(Strict):
    rating: int = Field(ge=1, le=5)
    days_ago: int | None = None
    created_at: UtcDatetime | None = None
    id: str | None = None

    @model_validator(mode="after")
    def _has_time(self) -> BatchHistoryItem:
        if self.days_ago is None and self.created_at is None:
            raise ValueError("each buyer_history item needs days_ago or created_at")
        return self


class BatchReviewLine(Strict):
    """One line of `review assess --batch`: a pasted review and whatever context the seller has."""

    id: str = Field(min_length=1)
    text: str = ""
    rating: int = Field(ge=1, le=5)
    product_title: str = ""
    product_category: str = ""
    days_ago: int | None = Field(default=None, ge=0)
    created_at: UtcDatetime | None = None
    buyer_history: list[BatchHistoryItem] = Field(default_factory=list)
    chat: list[ChatTurn | str] | str | None = None  # plain strings are the buyer's messages
    catalogue: list[str] = Field(default_factory=list)  # titles of the shop's other listings
    language: str | None = None

    @model_validator(mode="after")
    def _has_time(self) -> BatchReviewLine:
        if self.days_ago is None and self.created_at is None:
            raise ValueError("give days_ago or created_at")
        return self


def _days_ago(days_ago: int | None, created_at: datetime | None, *, as_of: date, zone: ZoneInfo) -> int:
    if days_ago is not None:
        return days_ago
    assert created_at is not None  # guaranteed by the validators
    return (as_of - local_date(created_at, zone)).days


def case_from_batch_line(line: BatchReviewLine, *, as_of: date, zone: ZoneInfo) -> ReviewCase:
    """Map a batch line onto a `ReviewCase`, counting days back from the shop-local `as_of` day."""
    days_ago = _days_ago(line.days_ago, line.created_at, as_of=as_of, zone=zone)
    chat_items = [line.chat] if isinstance(line.chat, str) else (line.chat or [])
    chat = [ChatTurn(sender="BUYER", text=item) if isinstance(item, str) else item for item in chat_items]
    history = [
        PastReview(
            rating=item.rating,
            days_ago=_days_ago(item.days_ago, item.created_at, as_of=as_of, zone=zone),
            review_id=item.id,
        )
        for item in line.buyer_history
    ]
    return ReviewCase(
        review_id=line.id, text=line.text, rating=line.rating, days_ago=days_ago,
        posted_on=as_of - timedelta(days=days_ago), product_title=line.product_title,
        product_category=line.product_category, buyer_history=history, chat=chat,
        catalogue=[CatalogueItem(title=title) for title in line.catalogue], language=line.language,
    )


class StoreCaseLoader:
    """Loads review cases of one shop; the catalogue is read once per loader."""

    def __init__(self, store: Store, ctx: ShopContext) -> None:
        self.store = store
        self.ctx = ctx
        self._catalogue: list[CatalogueItem] | None = None

    def catalogue(self) -> list[CatalogueItem]:
        if self._catalogue is None:
            rows = self.store.query(
                "SELECT product_id, title, category FROM products WHERE shop_id = ? ORDER BY product_id", [self.ctx.shop_id]
            )
            self._catalogue = [CatalogueItem(product_id=pid, title=title, category=cat) for pid, title, cat in rows]
        return self._catalogue

    def _days_ago(self, created: datetime) -> int:
        return (self.ctx.as_of - local_date(created, self.ctx.zone)).days

    def load(self, review_id: str) -> ReviewCase:
        found = self.store.query(
            """SELECT r.review_id, r.order_id, r.product_id, r.buyer_id, r.rating, r.review_text, r.create_time,
                      r.language, p.title, p.category
               FROM reviews r JOIN products p USING (product_id)
               WHERE r.review_id = ? AND p.shop_id = ?""",
            [review_id, self.ctx.shop_id],
        )
        if not found:
            raise NotFoundError(
                f"Review {review_id!r} is not a review of shop {self.ctx.shop_id}. "
                "Check the id with `seller-copilot review triage`."
            )
        rid, order_id, product_id, buyer_id, rating, text, created, language, title, category = found[0]
        history_rows = self.store.query(
            """SELECT r.review_id, r.rating, r.create_time FROM reviews r JOIN products p USING (product_id)
               WHERE r.buyer_id = ? AND p.shop_id = ? AND r.review_id <> ? ORDER BY r.create_time""",
            [buyer_id, self.ctx.shop_id, rid],
        )
        history = [
            PastReview(rating=r_rating, days_ago=self._days_ago(r_created), review_id=r_id)
            for r_id, r_rating, r_created in history_rows
            if self._days_ago(r_created) >= 0  # nothing after the as-of day
        ]
        order_count = self.store.query(
            """SELECT count(DISTINCT o.order_id) FROM orders o JOIN products p USING (product_id)
               WHERE o.buyer_id = ? AND p.shop_id = ?""",
            [buyer_id, self.ctx.shop_id],
        )[0][0]
        chat_rows = self.store.query(
            """SELECT sender, text FROM chats WHERE buyer_id = ? AND (order_id IS NULL OR ? IS NULL OR order_id = ?)
               ORDER BY create_time""",
            [buyer_id, order_id, order_id],
        )
        days_ago = self._days_ago(created)
        return ReviewCase(
            review_id=rid, text=text, rating=rating, days_ago=days_ago,
            posted_on=local_date(created, self.ctx.zone), product_id=product_id, product_title=title,
            product_category=category, buyer_id=buyer_id, buyer_history=history,
            buyer_order_count=int(order_count), chat=[ChatTurn(sender=str(s), text=t) for s, t in chat_rows],
            catalogue=[item for item in self.catalogue() if item.product_id != product_id], language=language,
        )


def load_review_case(store: Store, ctx: ShopContext, review_id: str) -> ReviewCase:
    """Read one review of the shop and its context (buyer history, catalogue, chats) from the store."""
    return StoreCaseLoader(store, ctx).load(review_id)
