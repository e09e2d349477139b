"""Pydantic models of the seller data, one per table. Field names follow the marketplace's
partner API where one exists, so real exports map with little renaming.

All timestamps are UTC (naive datetimes mean UTC); calendar days are computed in the shop's
time zone by the functions that need them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

# Timestamps are accepted only as ISO 8601 (date, or date and time with an optional zone). A bare
# run of digits is refused: "20261128" is a date to one system and epoch seconds to another, and
# guessing stores a wrong day silently. Epoch values are converted by an adapter or a mapping
# file that declares the column as epoch (`tools.importing.values.parse_epoch`).
_ISO_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?", re.IGNORECASE)
EARLIEST = datetime(2000, 1, 1)
LATEST = datetime(2100, 1, 1)
TIME_FORMAT_HINT = "expected ISO 8601 such as 2026-11-20T08:30:00Z or 2026-11-20 08:30 (UTC when no zone is given)"


def _plausible(value: datetime) -> datetime:
    if not EARLIEST <= value < LATEST:
        raise ValueError(f"{value:%Y-%m-%d} is outside the plausible range {EARLIEST:%Y}–{LATEST:%Y}")
    return value


def _to_utc_naive(value: object) -> object:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return _plausible(value)
    if isinstance(value, date):
        return _plausible(datetime(value.year, value.month, value.day))
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError("empty timestamp")
        if text.isdigit():
            raise ValueError("a bare number is not a date; write ISO 8601 (2026-11-28), or declare the column "
                             "as epoch seconds in a mapping file (import --map)")
        if not _ISO_TIMESTAMP.fullmatch(text):
            raise ValueError(TIME_FORMAT_HINT)
        normalised = text.replace(",", ".").replace("z", "Z").replace("Z", "+00:00").replace(" +", "+").replace(" -", "-")
        try:
            parsed = datetime.fromisoformat(normalised)
        except ValueError as exc:
            raise ValueError(f"not a real date or time ({exc})") from None
        return _to_utc_naive(parsed)
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("a number is not a date; declare the column as epoch seconds in a mapping file (import --map)")
    return value


UtcDatetime = Annotated[datetime, BeforeValidator(_to_utc_naive)]


def _split_ids(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.replace(";", ",").replace("|", ",").split(",") if part.strip()]
    return value


IdList = Annotated[list[str], BeforeValidator(_split_ids)]


# Tab and newline are text; every other control character (NUL, escape, C1 codes that betray a wrong
# decoding) is corruption and is never stored. The importer checks every value of a row with one
# search (`tools.importing.validation.validate_values`) before the row model sees it.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def control_character(text: str) -> str | None:
    """The first forbidden control character in a text, as U+XXXX, or None."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


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


class OrderStatus(StrEnum):
    """An order line's state. CANCELLED lines are not sales; every other state counts."""

    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    RETURNED = "RETURNED"


class ReturnStatus(StrEnum):
    REQUESTED = "REQUESTED"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    REFUNDED = "REFUNDED"
    REPLACED = "REPLACED"
    CLOSED = "CLOSED"
    CANCELLED = "CANCELLED"


# Spellings marketplaces use for the same states (compared lower-case, spaces and dashes as "_").
# Marketplace-specific and localised words live in that marketplace's adapter (tools/importing/adapters/).
_STATUS_SYNONYMS: dict[str, str] = {
    "canceled": "CANCELLED", "cancel": "CANCELLED", "unavailable": "CANCELLED", "voided": "CANCELLED",
    "unpaid": "PENDING", "awaiting_payment": "PENDING", "created": "PENDING", "pending_payment": "PENDING",
    "paid": "PROCESSING", "approved": "PROCESSING", "invoiced": "PROCESSING", "to_ship": "PROCESSING",
    "awaiting_shipment": "PROCESSING", "awaiting_collection": "PROCESSING", "ready_to_ship": "PROCESSING",
    "in_transit": "SHIPPED", "shipping": "SHIPPED", "complete": "COMPLETED", "fulfilled": "COMPLETED",
    "refunded": "RETURNED",
}
_RETURN_STATUS_SYNONYMS: dict[str, str] = {
    "pending": "REQUESTED", "open": "REQUESTED", "requested": "REQUESTED", "completed": "REFUNDED",
    "declined": "REJECTED", "canceled": "CANCELLED", "cancelled": "CANCELLED", "closed": "CLOSED",
}


def _code(value: object) -> object:
    return value.strip().lower().replace(" ", "_").replace("-", "_") if isinstance(value, str) else value


def _enum_reader(enum: type[StrEnum], synonyms: dict[str, str]) -> BeforeValidator:
    members = {member.value.lower(): member.value for member in enum}

    def read(value: object) -> object:
        code = _code(value)
        if isinstance(code, str):
            return members.get(code) or synonyms.get(code) or value
        return value

    return BeforeValidator(read)


OrderStatusField = Annotated[OrderStatus, _enum_reader(OrderStatus, _STATUS_SYNONYMS)]
ReturnStatusField = Annotated[ReturnStatus, _enum_reader(ReturnStatus, _RETURN_STATUS_SYNONYMS)]
ReturnReasonField = Annotated[ReturnReason, _enum_reader(ReturnReason, {})]
ReturnTypeField = Annotated[ReturnType, _enum_reader(ReturnType, {"return_&_refund": "RETURN_AND_REFUND", "refund_only": "REFUND"})]


BUYER_SIDE_RETURN_REASONS = frozenset(
    {ReturnReason.CHANGED_MIND, ReturnReason.ORDERED_BY_MISTAKE, ReturnReason.BETTER_PRICE}
)


UNCATEGORISED = "Uncategorised"  # a product whose export names no category


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
    category: str = Field(default=UNCATEGORISED, min_length=1)
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
    status: OrderStatusField = OrderStatus.COMPLETED


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
    return_type: ReturnTypeField
    return_reason: ReturnReasonField
    return_reason_text: str = ""
    create_time: UtcDatetime
    return_status: ReturnStatusField = ReturnStatus.REQUESTED


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


class ContentType(StrEnum):
    VIDEO = "VIDEO"
    LIVE = "LIVE"
    SHOWCASE = "SHOWCASE"
    OTHER = "OTHER"


ContentTypeField = Annotated[ContentType, _enum_reader(ContentType, {"product_card": "SHOWCASE", "product_cards": "SHOWCASE",
                                                                     "livestream": "LIVE", "live_stream": "LIVE"})]


class OrderAttribution(Row):
    """An order line sold through a piece of content (a TikTok Shop affiliate order export): which video or
    live sold it, by which creator, with the line's units and amount as that export counts them."""

    order_id: str = Field(min_length=1)
    sku_id: str = Field(min_length=1)
    product_id: str = Field(min_length=1)
    content_type: ContentTypeField
    content_id: str | None = None
    creator: str = ""
    quantity: int = Field(ge=0)
    gmv: float = Field(ge=0)
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
    "attributions": (OrderAttribution, ("order_id", "sku_id")),
}
