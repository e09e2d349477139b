"""Pydantic models of the seller data, one per table. Field names follow the marketplace's
partner API where one exists, so real exports map with little renaming.

All timestamps are UTC (naive datetimes mean UTC); calendar days are computed in the shop's
time zone by the functions that need them.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator


def _to_utc_naive(value: object) -> object:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(timezone.utc).replace(tzinfo=None)
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError("empty timestamp")
        if text.isdigit():  # epoch seconds, as the partner API sends them
            return datetime.fromtimestamp(int(text), tz=timezone.utc).replace(tzinfo=None)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return _to_utc_naive(parsed)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=timezone.utc).replace(tzinfo=None)
    return value


UtcDatetime = Annotated[datetime, BeforeValidator(_to_utc_naive)]


def _split_ids(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.replace(";", ",").replace("|", ",").split(",") if part.strip()]
    return value


IdList = Annotated[list[str], BeforeValidator(_split_ids)]


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ReturnType(StrEnum):
    REFUND = "REFUND"
    RETURN_AND_REFUND = "RETURN_AND_REFUND"
    REPLACEMENT = "REPLACEMENT"


class AccountType(StrEnum):
    OFFICIAL = "OFFICIAL"
    MARKETING = "MARKETING"
    AFFILIATE = "AFFILIATE"


class ChatSender(StrEnum):
    BUYER = "BUYER"
    SELLER = "SELLER"


class ReturnReason(StrEnum):
    """Return/refund reason codes. Product and service problems count as negative feedback;
    the last three (buyer-side reasons) do not."""

    NOT_AS_DESCRIBED = "NOT_AS_DESCRIBED"
    SIZE_ISSUE = "SIZE_ISSUE"
    QUALITY_ISSUE = "QUALITY_ISSUE"
    DEFECTIVE = "DEFECTIVE"
    DAMAGED = "DAMAGED"
    MISSING_ITEMS = "MISSING_ITEMS"
    WRONG_ITEM = "WRONG_ITEM"
    COUNTERFEIT = "COUNTERFEIT"
    NOT_RECEIVED = "NOT_RECEIVED"
    LATE_DELIVERY = "LATE_DELIVERY"
    SELLER_UNRESPONSIVE = "SELLER_UNRESPONSIVE"
    OTHER = "OTHER"
    CHANGED_MIND = "CHANGED_MIND"
    ORDERED_BY_MISTAKE = "ORDERED_BY_MISTAKE"
    BETTER_PRICE = "BETTER_PRICE"


BUYER_SIDE_RETURN_REASONS = frozenset(
    {ReturnReason.CHANGED_MIND, ReturnReason.ORDERED_BY_MISTAKE, ReturnReason.BETTER_PRICE}
)


class Shop(Row):
    shop_id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    time_zone: str = "UTC"
    currency: str = "USD"

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value


class Product(Row):
    product_id: str = Field(min_length=1)
    shop_id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    category: str = Field(min_length=1)
    price: float = Field(ge=0)
    currency: str = "USD"
    commission_rate: float = Field(default=0.0, ge=0, le=1)
    created_at: UtcDatetime | None = None


class OrderLine(Row):
    order_id: str = Field(min_length=1)
    product_id: str = Field(min_length=1)
    sku_id: str = Field(default="default", min_length=1)
    buyer_id: str = Field(min_length=1)
    quantity: int = Field(ge=0)
    gmv: float = Field(ge=0)
    create_time: UtcDatetime
    delivered_time: UtcDatetime | None = None
    status: str = "COMPLETED"


class Review(Row):
    review_id: str = Field(min_length=1)
    order_id: str | None = None
    product_id: str = Field(min_length=1)
    buyer_id: str = Field(min_length=1)
    rating: int = Field(ge=1, le=5)
    review_text: str = ""
    create_time: UtcDatetime
    language: str | None = None


class ReturnRequest(Row):
    return_id: str = Field(min_length=1)
    order_id: str | None = None
    product_id: str = Field(min_length=1)
    buyer_id: str = Field(min_length=1)
    return_type: ReturnType
    return_reason: str = Field(min_length=1)
    return_reason_text: str = ""
    create_time: UtcDatetime
    return_status: str = "REQUESTED"


class Video(Row):
    video_id: str = Field(min_length=1)
    shop_id: str = Field(min_length=1)
    title: str = ""
    username: str = ""
    account_type: AccountType = AccountType.OFFICIAL
    category: str = Field(min_length=1)
    video_post_time: UtcDatetime
    duration_s: float = Field(default=0.0, ge=0)
    product_ids: IdList = Field(default_factory=list)


class VideoDailyStat(Row):
    video_id: str = Field(min_length=1)
    date: date
    views: int = Field(default=0, ge=0)
    likes: int = Field(default=0, ge=0)
    comments: int = Field(default=0, ge=0)
    shares: int = Field(default=0, ge=0)
    finished_views: int = Field(default=0, ge=0)
    product_clicks: int = Field(default=0, ge=0)
    sku_orders: int = Field(default=0, ge=0)
    units_sold: int = Field(default=0, ge=0)
    gmv: float = Field(default=0.0, ge=0)


class VideoViolation(Row):
    video_id: str = Field(min_length=1)
    create_time: UtcDatetime
    policy: str = Field(min_length=1)
    reason: str = ""


class CategoryBenchmark(Row):
    category: str = Field(min_length=1)
    metric: str = Field(min_length=1)
    window_days: int = Field(gt=0)
    value: float


class ChatMessage(Row):
    conversation_id: str = Field(min_length=1)
    buyer_id: str = Field(min_length=1)
    order_id: str | None = None
    sender: ChatSender
    text: str = ""
    create_time: UtcDatetime


# kind name -> (model, primary key columns). The importer and the store both read this table.
TABLES: dict[str, tuple[type[Row], tuple[str, ...]]] = {
    "shops": (Shop, ("shop_id",)),
    "products": (Product, ("product_id",)),
    "orders": (OrderLine, ("order_id", "sku_id")),
    "reviews": (Review, ("review_id",)),
    "returns": (ReturnRequest, ("return_id",)),
    "videos": (Video, ("video_id",)),
    "video_stats": (VideoDailyStat, ("video_id", "date")),
    "video_violations": (VideoViolation, ("video_id", "create_time", "policy")),
    "benchmarks": (CategoryBenchmark, ("category", "metric", "window_days")),
    "chats": (ChatMessage, ("conversation_id", "create_time", "sender")),
}
