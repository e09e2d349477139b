"""Build a `ReviewCase` from the store (a review id) or from one batch JSONL line."""

from __future__ import annotations

from collections.abc import Sequence
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
    buyer_order_count: int | None = Field(default=None, ge=1)  # all the buyer's orders with the shop, this one included
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
        product_category=line.product_category, buyer_history=history, buyer_order_count=line.buyer_order_count,
        chat=chat,
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
        return self.load_many([review_id])[0]

    def load_many(self, review_ids: Sequence[str]) -> list[ReviewCase]:
        """Review cases with their context, in four queries whatever the number of reviews (triage)."""
        if not review_ids:
            return []
        shop = self.ctx.shop_id
        rows = self.store.query(
            """SELECT r.review_id, r.order_id, r.product_id, r.buyer_id, r.rating, r.review_text, r.create_time,
                      r.language, p.title, p.category
               FROM reviews r JOIN products p USING (product_id)
               WHERE r.review_id IN (SELECT unnest($ids)) AND p.shop_id = $shop""",
            {"ids": list(review_ids), "shop": shop},
        )
        by_id = {row[0]: row for row in rows}
        buyers = sorted({row[3] for row in rows})
        histories: dict[str, list[tuple[str, int, datetime]]] = {}
        for buyer, r_id, r_rating, r_created in self.store.query(
            """SELECT r.buyer_id, r.review_id, r.rating, r.create_time FROM reviews r JOIN products p USING (product_id)
               WHERE r.buyer_id IN (SELECT unnest($buyers)) AND p.shop_id = $shop ORDER BY r.create_time""",
            {"buyers": buyers, "shop": shop},
        ):
            histories.setdefault(buyer, []).append((r_id, r_rating, r_created))
        order_counts = dict(self.store.query(
            """SELECT o.buyer_id, count(DISTINCT o.order_id) FROM orders o JOIN products p USING (product_id)
               WHERE o.buyer_id IN (SELECT unnest($buyers)) AND p.shop_id = $shop GROUP BY 1""",
            {"buyers": buyers, "shop": shop},
        ))
        chats: dict[str, list[tuple[str | None, str, str]]] = {}
        for buyer, order_id, sender, text in self.store.query(
            """SELECT buyer_id, order_id, sender, text FROM chats WHERE buyer_id IN (SELECT unnest($buyers))
               ORDER BY create_time""",
            {"buyers": buyers},
        ):
            chats.setdefault(buyer, []).append((order_id, sender, text))
        cases = []
        for review_id in review_ids:
            if review_id not in by_id:
                raise NotFoundError(
                    f"Review {review_id!r} is not a review of shop {shop}. "
                    "Check the id with `seller-copilot review triage`."
                )
            rid, order_id, product_id, buyer_id, rating, text, created, language, title, category = by_id[review_id]
            history = [
                PastReview(rating=r_rating, days_ago=self._days_ago(r_created), review_id=r_id)
                for r_id, r_rating, r_created in histories.get(buyer_id, [])
                if r_id != rid and self._days_ago(r_created) >= 0
            ]
            chat = [
                ChatTurn(sender=str(sender), text=t) for c_order, sender, t in chats.get(buyer_id, [])
                if c_order is None or order_id is None or c_order == order_id
            ]
            cases.append(ReviewCase(
                review_id=rid, text=text, rating=rating, days_ago=self._days_ago(created),
                posted_on=local_date(created, self.ctx.zone), product_id=product_id, product_title=title,
                product_category=category, buyer_id=buyer_id, buyer_history=history,
                buyer_order_count=int(order_counts.get(buyer_id, 0)), chat=chat,
                catalogue=[item for item in self.catalogue() if item.product_id != product_id], language=language,
            ))
        return cases


def load_review_case(store: Store, ctx: ShopContext, review_id: str) -> ReviewCase:
    """Read one review of the shop and its context (buyer history, catalogue, chats) from the store."""
    return StoreCaseLoader(store, ctx).load(review_id)
