"""TikTok Shop affiliate orders export (Affiliate Center → Orders → Export): which video or live sold each
order line, by which creator. Imported as attributions (`attributions` table): the orders themselves come
from the order export, so this file never overwrites an order's amount or status. Products it names are
added when the store does not have them yet.

No public sample of this export was found; the column names come from code that parses it (provenance in
docs/DATA.md) and are tested on a file built from them, not on a real one.
"""

from __future__ import annotations

from tools.importing.adapters.order_export import Spec

TIKTOK_AFFILIATE = Spec(
    name="tiktok-affiliate-orders",
    label="TikTok Shop affiliate orders export",
    signature=("order id", ("content type",), ("content id",), ("creator username", "creator name", "creator handle"),
               ("time created", "order date", "created time")),
    order_id=("order id",),
    create_time=("time created", "order date", "created time"),
    quantity=("quantity", "items sold"),
    title=("product name",),
    product_id=("product id",),
    sku_id=("sku id",),
    unit_price=("price",),
    line_total=("payment amount", "gmv"),
    status=("order status", "order settlement status"),
    content_type=("content type",),
    content_id=("content id",),
    creator=("creator username", "creator name", "creator handle"),
    product_prefix="tiktok",
    shop_key="tiktok-orders",
    orders_are_attributions=True,
    statuses={},
)
