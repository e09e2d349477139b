"""TikTok Shop Seller Center → Orders → Export. One row per SKU line; the order's amounts (Order
Amount, shipping, taxes) repeat on every line and are never read. Ids and times may end in a tab
(TikTok's guard against Excel), a row of column descriptions may follow the header, dates may be
DD/MM/YYYY or MM/DD/YYYY with a 12-hour clock, money may carry its currency (`BRL 19,90`).

Column names come from real exports and from parsers of them (provenance in docs/DATA.md). TikTok's
order export has no product id column: a product is its Seller SKU, else its name.
"""

from __future__ import annotations

from tools.importing.adapters.order_export import Spec
from tools.models import OrderStatus as S

TIKTOK = Spec(
    name="tiktok-orders",
    label="TikTok Shop order export",
    # English headers (every locale we have seen but Japan), then the Japanese export's own.
    signature=(("order id", "注文id"), "sku id", ("product name", "商品名"), ("quantity", "数量"),
               ("sku subtotal after discount", "sku unit original price", "sku小計（割引後）", "skuの元の価格"),
               ("created time", "注文作成時刻")),
    order_id=("order id", "注文id"),
    create_time=("created time", "注文作成時刻"),
    quantity=("quantity", "数量"),
    title=("product name", "商品名"),
    sku_id=("sku id",),
    seller_sku=("seller sku", "セラーsku"),
    variation=("variation", "バリエーション"),
    category=("product category", "商品カテゴリー"),
    line_total=("sku subtotal after discount", "sku小計（割引後）"),
    unit_price=("sku unit original price", "skuの元の価格"),
    status=("order status", "注文状況"),
    delivered_time=("delivered time", "配達日時"),
    buyer=("buyer username", "カスタマーのユーザー名"),
    returned_quantity=("sku quantity of return", "返品済みのsku数"),
    cancel_flag=("cancelation/return type", "キャンセル/返品のタイプ"),
    country=("country", "国"),
    product_prefix="tiktok",
    currency_by_column={"注文id": "JPY"},
    # The English header is shared by every region; localised status words tell the region.
    currency_by_status={**{word: "THB" for word in ("ยังไม่ชำระเงิน", "ที่จะจัดส่ง", "ที่ต้องจัดส่ง", "จัดส่งแล้ว", "จัดส่งสำเร็จ",
                                                   "เสร็จสมบูรณ์", "ยกเลิกแล้ว")},
                        **{word: "IDR" for word in ("belum dibayar", "perlu dikirim", "dikirim", "terkirim", "selesai", "dibatalkan")},
                        **{word: "VND" for word in ("chờ thanh toán", "chờ giao hàng", "chờ lấy hàng", "đang giao", "đã giao",
                                                   "hoàn thành", "đã hủy")},
                        **{word: "BRL" for word in ("não pago", "a enviar", "enviado", "entregue", "concluído", "cancelado")}},
    statuses={
        "unpaid": S.PENDING, "on hold": S.PENDING, "awaiting shipment": S.PROCESSING, "to ship": S.PROCESSING,
        "awaiting collection": S.PROCESSING, "ready to ship": S.PROCESSING, "partially shipping": S.SHIPPED,
        "in transit": S.SHIPPED, "shipped": S.SHIPPED, "delivered": S.DELIVERED, "completed": S.COMPLETED,
        "cancelled": S.CANCELLED, "canceled": S.CANCELLED,
        "awaiting_shipment": S.PROCESSING, "awaiting_collection": S.PROCESSING, "in_transit": S.SHIPPED,
        # th
        "ยังไม่ชำระเงิน": S.PENDING, "ที่จะจัดส่ง": S.PROCESSING, "ที่ต้องจัดส่ง": S.PROCESSING, "จัดส่งแล้ว": S.SHIPPED,
        "จัดส่งสำเร็จ": S.DELIVERED, "เสร็จสมบูรณ์": S.COMPLETED, "ยกเลิกแล้ว": S.CANCELLED,
        # id
        "belum dibayar": S.PENDING, "perlu dikirim": S.PROCESSING, "dikirim": S.SHIPPED, "terkirim": S.DELIVERED,
        "selesai": S.COMPLETED, "dibatalkan": S.CANCELLED,
        # vi
        "chờ thanh toán": S.PENDING, "chờ giao hàng": S.PROCESSING, "chờ lấy hàng": S.PROCESSING, "đang giao": S.SHIPPED,
        "đã giao": S.DELIVERED, "hoàn thành": S.COMPLETED, "đã hủy": S.CANCELLED,
        # pt / es
        "não pago": S.PENDING, "a enviar": S.PROCESSING, "enviado": S.SHIPPED, "entregue": S.DELIVERED,
        "concluído": S.COMPLETED, "cancelado": S.CANCELLED, "no pagado": S.PENDING, "por enviar": S.PROCESSING,
        "entregado": S.DELIVERED, "completado": S.COMPLETED,
        # ja
        "未払い": S.PENDING, "未発送": S.PROCESSING, "発送済み": S.SHIPPED, "配達済み": S.DELIVERED, "完了": S.COMPLETED,
        "キャンセル済み": S.CANCELLED, "キャンセル": S.CANCELLED,
    },
)
