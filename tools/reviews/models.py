"""Inputs and outputs of the malicious-review tools. Every boundary is a pydantic model."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class MaliciousCategory(StrEnum):
    """The platform's malicious-review categories (reference 002), plus `not_malicious`."""

    REPEAT_NEGATIVE = "repeat_negative"
    COERCIVE = "coercive"
    COMPETITOR = "competitor"
    TRAFFIC_DIVERSION = "traffic_diversion"
    WRONG_PRODUCT = "wrong_product"
    INVALID = "invalid"
    NOT_MALICIOUS = "not_malicious"


MALICIOUS_CATEGORIES: tuple[MaliciousCategory, ...] = tuple(
    category for category in MaliciousCategory if category is not MaliciousCategory.NOT_MALICIOUS
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PastReview(Strict):
    """Another review by the same buyer with this shop. `days_ago` counts back from the as-of day."""

    rating: int = Field(ge=1, le=5)
    days_ago: int
    review_id: str | None = None


class ChatTurn(Strict):
    sender: str = "BUYER"  # BUYER or SELLER
    text: str = ""


class CatalogueItem(Strict):
    product_id: str | None = None
    title: str
    category: str = ""


class ReviewCase(Strict):
    """Everything the classifier may look at. Built from the store or from one batch line."""

    review_id: str
    text: str = ""
    rating: int = Field(ge=1, le=5)
    days_ago: int = 0
    posted_on: date | None = None  # shop-local calendar day, for eligibility
    product_id: str | None = None
    product_title: str = ""
    product_category: str = ""
    buyer_id: str | None = None
    buyer_history: list[PastReview] = Field(default_factory=list)  # excludes this review
    buyer_order_count: int | None = None
    catalogue: list[CatalogueItem] = Field(default_factory=list)  # the shop's other listings
    chat: list[ChatTurn] = Field(default_factory=list)
    language: str | None = None


class Decision(StrEnum):
    """What the seller should do with a review (the category says what it is; this says what to do)."""

    REPORT = "report"  # a malicious category with strong evidence: a ready draft
    CHECK_FIRST = "check_first"  # a signal, but also a specific plausible problem: verify before reporting
    DO_NOT_REPORT = "do_not_report"  # a genuine complaint: fix the problem


class SignalKind(StrEnum):
    REPEAT_HISTORY = "repeat_history"
    REMOVAL_FOR_REWARD = "removal_for_reward"
    CONTACT_CHANNEL = "contact_channel"
    OTHER_SHOP_PROMOTION = "other_shop_promotion"
    SELF_STORE_CLAIM = "self_store_claim"
    DIFFERENT_PRODUCT = "different_product"
    GIBBERISH = "gibberish"
    SPAM = "spam"
    UNRELATED = "unrelated"
    RESEMBLES_LABELLED = "resembles_labelled"  # the learned reading (`learned.py`), never enough to report
    # facts that speak for a genuine complaint; shown so "not malicious" is explained too
    DEFECT_DESCRIBED = "defect_described"
    ENTITLED_REMEDY = "entitled_remedy"
    DEFECT_PHOTO_LINK = "defect_photo_link"
    WRONG_ITEM_SHIPPED = "wrong_item_shipped"


class Signal(Strict):
    kind: SignalKind
    category: MaliciousCategory  # which category this signal supports
    description: str  # a fact, e.g. "3 negative reviews by this buyer in 45 days: R1, R2, R3"
    quotes: list[str] = Field(default_factory=list)  # masked spans of the review or chat
    evidence_ids: list[str] = Field(default_factory=list)  # review ids, product ids
    weight: float = Field(ge=0, le=1)


class Assessment(Strict):
    review_id: str
    category: MaliciousCategory
    decision: Decision
    decision_reason: str  # one sentence: why report, check first, or not
    checklist: list[str] = Field(default_factory=list)  # what to verify before reporting (check_first)
    problem: str | None = None  # the specific problem the review describes, quoted (it makes a report "check first")
    secondary: list[MaliciousCategory] = Field(default_factory=list)
    confidence: float = Field(ge=0, le=1)
    # What the text hid from filters and was undone before reading it ("2 invisible characters removed").
    obfuscation: list[str] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)
    signals: list[Signal] = Field(default_factory=list)
    language: str
    notes: list[str] = Field(default_factory=list)

    @property
    def is_malicious(self) -> bool:
        return self.category is not MaliciousCategory.NOT_MALICIOUS

    def signals_for(self, category: MaliciousCategory) -> list[Signal]:
        return [signal for signal in self.signals if signal.category is category]
