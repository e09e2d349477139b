"""Shopee Seller Centre order export (My Orders → Export, `Order.all.*.xlsx`), in the languages its
Seller Centre writes. One row per item; order-level amounts repeat on every row and are not read.

Column names come from a real Vietnamese export (tested on it) and from code that parses the Traditional
Chinese, Portuguese, Indonesian, English and Thai exports; those spellings are not yet checked against a
real file of each (provenance in docs/DATA.md). Shopee has no product id column: a product is its parent
SKU, else its name.
"""

from __future__ import annotations

from tools.importing.adapters.order_export import Spec
from tools.models import OrderStatus as S

SHOPEE = Spec(
    name="shopee-orders",
    label="Shopee order export",
    signature=(
        ("mã đơn hàng", "id do pedido", "no. pesanan", "order id", "หมายเลขคำสั่งซื้อ", "訂單編號"),
        ("ngày đặt hàng", "data de criação do pedido", "waktu pesanan dibuat", "order creation date", "วันที่ทำการสั่งซื้อ", "訂單成立日期"),
        ("tên sản phẩm", "nome do produto", "nama produk", "product name", "ชื่อสินค้า", "商品名稱"),
        ("số lượng", "quantidade", "jumlah", "quantity", "จำนวน", "數量"),
        ("giá ưu đãi", "preço acordado", "harga setelah diskon", "deal price", "ราคาขาย", "商品活動價格"),
    ),
    order_id=("mã đơn hàng", "id do pedido", "no. pesanan", "order id", "หมายเลขคำสั่งซื้อ", "訂單編號"),
    create_time=("ngày đặt hàng", "data de criação do pedido", "waktu pesanan dibuat", "order creation date",
                 "วันที่ทำการสั่งซื้อ", "訂單成立日期"),
    quantity=("số lượng", "quantidade", "jumlah", "quantity", "จำนวน", "數量"),
    title=("tên sản phẩm", "nome do produto", "nama produk", "product name", "ชื่อสินค้า", "商品名稱"),
    seller_sku=("sku sản phẩm", "mã sku cha", "nº de referência do sku principal", "sku induk", "parent sku reference no.",
                "เลขอ้างอิง parent sku", "主商品貨號"),
    sku_id=("sku phân loại hàng", "número de referência sku", "no. referensi sku", "sku reference no.",
            "เลขอ้างอิง sku (sku reference no.)", "商品選項貨號"),
    variation=("tên phân loại hàng", "nome da variação", "nama variasi", "variation name", "ชื่อตัวเลือก", "商品選項名稱"),
    unit_price=("giá ưu đãi", "preço acordado", "harga setelah diskon", "deal price", "ราคาขาย", "商品活動價格"),
    line_total=("tổng giá bán (sản phẩm)", "subtotal do produto", "total harga produk", "product subtotal"),
    status=("trạng thái đơn hàng", "status do pedido", "status pesanan", "order status", "สถานะการสั่งซื้อ", "訂單狀態"),
    delivered_time=("thời gian hoàn thành đơn hàng", "hora completa do pedido", "waktu pesanan selesai", "order complete time",
                    "เวลาที่ทำการสั่งซื้อสำเร็จ", "訂單完成時間"),
    buyer=("người mua", "nome de usuário (comprador)", "username (pembeli)", "username (buyer)", "ชื่อผู้ใช้ (ผู้ซื้อ)", "買家帳號"),
    country=("quốc gia", "país", "negara", "country", "ประเทศ"),
    product_prefix="shopee",
    currency_by_column={"mã đơn hàng": "VND", "id do pedido": "BRL", "no. pesanan": "IDR", "หมายเลขคำสั่งซื้อ": "THB",
                        "訂單編號": "TWD"},
    statuses={
        # vi
        "hoàn thành": S.COMPLETED, "đã hủy": S.CANCELLED, "đang giao": S.SHIPPED, "đã giao": S.DELIVERED,
        "chờ xác nhận": S.PENDING, "chờ lấy hàng": S.PROCESSING, "chờ giao hàng": S.PROCESSING, "trả hàng/hoàn tiền": S.RETURNED,
        # pt
        "concluído": S.COMPLETED, "cancelado": S.CANCELLED, "enviado": S.SHIPPED, "a enviar": S.PROCESSING,
        "a pagar": S.PENDING, "não pago": S.PENDING, "entregue": S.DELIVERED, "devolução/reembolso": S.RETURNED,
        # id
        "selesai": S.COMPLETED, "batal": S.CANCELLED, "dibatalkan": S.CANCELLED, "sedang dikirim": S.SHIPPED,
        "dikirim": S.SHIPPED, "perlu dikirim": S.PROCESSING, "belum bayar": S.PENDING, "telah dikirim": S.DELIVERED,
        "pengembalian": S.RETURNED,
        # en
        "completed": S.COMPLETED, "cancelled": S.CANCELLED, "shipping": S.SHIPPED, "to ship": S.PROCESSING,
        "unpaid": S.PENDING, "delivered": S.DELIVERED, "return/refund": S.RETURNED,
        # th
        "สำเร็จแล้ว": S.COMPLETED, "ยกเลิกแล้ว": S.CANCELLED, "การจัดส่ง": S.SHIPPED, "ที่ต้องจัดส่ง": S.PROCESSING,
        "ที่ต้องชำระ": S.PENDING, "จัดส่งสำเร็จ": S.DELIVERED,
        # zh-TW
        "已完成": S.COMPLETED, "不成立": S.CANCELLED, "已取消": S.CANCELLED, "運送中": S.SHIPPED, "待出貨": S.PROCESSING,
        "尚未付款": S.PENDING, "已送達": S.DELIVERED,
    },
)
