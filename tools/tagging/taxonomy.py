"""The issue taxonomy shared by the tagger, the VoC diagnosis and the UI."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from tools.models import ReturnReason


class IssueTag(StrEnum):
    NOT_AS_DESCRIBED = "not_as_described"
    SIZE_FIT = "size_fit"
    QUALITY_DEFECT = "quality_defect"
    PERFORMANCE = "performance"
    MISLEADING_PROMOTION = "misleading_promotion"
    COUNTERFEIT = "counterfeit"
    SAFETY = "safety"
    PRICE_VALUE = "price_value"
    DAMAGED_OR_MISSING = "damaged_or_missing"
    WRONG_ITEM = "wrong_item"
    LOGISTICS_DELAY = "logistics_delay"
    CUSTOMER_SERVICE = "customer_service"


IssuePart = Literal["product", "fulfillment"]

_FULFILLMENT = {
    IssueTag.DAMAGED_OR_MISSING,
    IssueTag.WRONG_ITEM,
    IssueTag.LOGISTICS_DELAY,
    IssueTag.CUSTOMER_SERVICE,
}

TAG_PART: dict[IssueTag, IssuePart] = {
    tag: ("fulfillment" if tag in _FULFILLMENT else "product") for tag in IssueTag
}

TAG_LABEL: dict[IssueTag, str] = {
    IssueTag.NOT_AS_DESCRIBED: "Not as described",
    IssueTag.SIZE_FIT: "Size / fit",
    IssueTag.QUALITY_DEFECT: "Quality defect",
    IssueTag.PERFORMANCE: "Below-expectation performance",
    IssueTag.MISLEADING_PROMOTION: "Misleading promotion",
    IssueTag.COUNTERFEIT: "Counterfeit",
    IssueTag.SAFETY: "Safety",
    IssueTag.PRICE_VALUE: "Price / value",
    IssueTag.DAMAGED_OR_MISSING: "Damaged or missing",
    IssueTag.WRONG_ITEM: "Wrong item",
    IssueTag.LOGISTICS_DELAY: "Logistics delay",
    IssueTag.CUSTOMER_SERVICE: "Customer service",
}


def tag_label(tag: object) -> str:
    """An issue tag's English label ("quality_defect" -> "Quality defect"); an unknown tag as written."""
    try:
        return TAG_LABEL[IssueTag(str(tag))]
    except ValueError:
        return str(tag)


# Only reason codes that name one issue unambiguously. OTHER says nothing about the issue, and
# buyer-side reasons (changed mind, ordered by mistake, better price) are not product problems.
RETURN_REASON_TAGS: dict[str, IssueTag] = {
    ReturnReason.NOT_AS_DESCRIBED: IssueTag.NOT_AS_DESCRIBED,
    ReturnReason.SIZE_ISSUE: IssueTag.SIZE_FIT,
    ReturnReason.QUALITY_ISSUE: IssueTag.QUALITY_DEFECT,
    ReturnReason.DEFECTIVE: IssueTag.QUALITY_DEFECT,
    ReturnReason.DAMAGED: IssueTag.DAMAGED_OR_MISSING,
    ReturnReason.MISSING_ITEMS: IssueTag.DAMAGED_OR_MISSING,
    ReturnReason.WRONG_ITEM: IssueTag.WRONG_ITEM,
    ReturnReason.COUNTERFEIT: IssueTag.COUNTERFEIT,
    ReturnReason.NOT_RECEIVED: IssueTag.LOGISTICS_DELAY,
    ReturnReason.LATE_DELIVERY: IssueTag.LOGISTICS_DELAY,
    ReturnReason.SELLER_UNRESPONSIVE: IssueTag.CUSTOMER_SERVICE,
}
