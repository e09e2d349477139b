"""Shopify admin Orders → Export. One row per line item; an order's statuses, totals and currency are
filled only on its first row, so they are carried forward within the order (never summed).
Times carry their offset (`2021-12-30 20:44:42 -0800`); buyer emails are pseudonymised."""

from __future__ import annotations

from tools.importing.adapters.order_export import Spec
from tools.models import OrderStatus as S

SHOPIFY = Spec(
    name="shopify-orders",
    label="Shopify order export",
    signature=("name", "financial status", "lineitem quantity", "lineitem name", "lineitem price", "created at"),
    order_id=("name",),
    create_time=("created at",),
    quantity=("lineitem quantity",),
    title=("lineitem name",),
    seller_sku=("lineitem sku",),
    sku_id=("lineitem sku",),
    unit_price=("lineitem price",),
    status=("financial status",),
    delivered_time=("fulfilled at",),
    buyer=("email",),
    currency=("currency",),
    cancel_flag=("cancelled at", "canceled at"),
    carry_forward=("financial status", "fulfilled at", "currency", "cancelled at", "canceled at", "email"),
    product_prefix="shopify",
    times_have_offset=True,
    statuses={"paid": S.COMPLETED, "pending": S.PENDING, "authorized": S.PROCESSING, "partially_paid": S.PROCESSING,
              "partially paid": S.PROCESSING, "refunded": S.RETURNED, "partially_refunded": S.COMPLETED,
              "partially refunded": S.COMPLETED, "voided": S.CANCELLED, "expired": S.CANCELLED},
)
