"""The Olist Brazilian e-commerce public dataset as published (Kaggle / GitHub copies):
`olist_orders_dataset.csv`, `olist_order_items_dataset.csv`, `olist_order_reviews_dataset.csv`,
`olist_products_dataset.csv`, `olist_sellers_dataset.csv`, imported together in one command.

Olist writes one item row per unit (`order_item_id` 1, 2, …); units of the same product in an order
become one order line with a quantity. Reviews are per order; an order with several products gives
each product the review. Sellers become shops. Times are São Paulo local time. Products have no title
in the dataset, so a product's title is its category and a short id.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from tools.importing.adapters.base import Adapter, AdapterContext, Converted, Item, Notice
from tools.importing.report import ImportIssue, shorten
from tools.importing.sources import RawRow, Source
from tools.importing.values import DateOrder, parse_local_time, parse_money
from tools.models import UNCATEGORISED

ZONE = ZoneInfo("America/Sao_Paulo")
ROLES: dict[str, frozenset[str]] = {
    "orders": frozenset({"order_id", "customer_id", "order_status", "order_purchase_timestamp"}),
    "items": frozenset({"order_id", "order_item_id", "product_id", "seller_id", "price"}),
    "reviews": frozenset({"review_id", "order_id", "review_score", "review_creation_date"}),
    "products": frozenset({"product_id", "product_category_name"}),
    "sellers": frozenset({"seller_id", "seller_zip_code_prefix", "seller_city", "seller_state"}),
}
READ_ORDER = ("sellers", "products", "orders", "items", "reviews")


class OlistAdapter(Adapter):
    name = "olist"
    label = "Olist public dataset"
    multi_file = True

    def match(self, columns: list[str]) -> float:
        present = set(columns)
        return max(len(signature & present) / len(signature) for signature in ROLES.values())

    def role(self, columns: list[str]) -> str:
        present = set(columns)
        return max(ROLES, key=lambda role: (len(ROLES[role] & present) / len(ROLES[role]), len(ROLES[role])))

    def mapping(self, source: Source) -> dict[str, str]:
        return {"orders": "olist_orders + olist_order_items (units → quantity)", "reviews": "olist_order_reviews",
                "products": "olist_products (+ item price)", "shops": "olist_sellers"}

    def convert(self, sources: list[Source], ctx: AdapterContext) -> Iterator[Item]:
        by_role: dict[str, Source] = {}
        for source in sources:
            role = self.role(source.columns)
            if role in by_role:
                yield ImportIssue(file=source.file, message=f"a second Olist {role} file in one import "
                                                           f"(the first is {by_role[role].file}); import one of each")
                continue
            by_role[role] = source
        if "items" not in by_role:
            first = sources[0].file if sources else "?"
            yield ImportIssue(file=first, message="Olist files need olist_order_items_dataset.csv in the same import "
                                                  "(it links orders to products and sellers)")
            return
        if "orders" not in by_role:
            yield ImportIssue(file=by_role["items"].file, message="olist_order_items needs olist_orders_dataset.csv in the "
                                                                  "same import (order times, buyers and statuses)")
            return
        state = _State()
        for role in READ_ORDER:
            if role in by_role:
                yield from getattr(self, f"_{role}")(by_role[role], state)
        yield from self._emit(by_role, state)

    # Each reader keeps what later files need; rows become our rows in `_emit` and `_reviews`.
    def _sellers(self, source: Source, state: _State) -> Iterator[Item]:
        for item in source.rows():
            if isinstance(item, ImportIssue):
                yield item
            elif seller := _text(item, "seller_id"):
                state.sellers.setdefault(seller, (source, item))

    def _products(self, source: Source, state: _State) -> Iterator[Item]:
        for item in source.rows():
            if isinstance(item, ImportIssue):
                yield item
            elif product := _text(item, "product_id"):
                category = _text(item, "product_category_name").replace("_", " ") or UNCATEGORISED
                state.categories.setdefault(product, category)

    def _orders(self, source: Source, state: _State) -> Iterator[Item]:
        for item in source.rows():
            if isinstance(item, ImportIssue):
                yield item
                continue
            order_id = _text(item, "order_id")
            created = _time(source, item, "order_purchase_timestamp", required=True)
            delivered = _time(source, item, "order_delivered_customer_date", required=False)
            problems = [problem for problem in (created, delivered) if isinstance(problem, ImportIssue)]
            if problems or not order_id:
                yield from problems
                if not order_id:
                    yield _issue(source, item, "order_id", "missing order id")
                state.rejected_orders[order_id] = (source.file, item.row)
                continue
            state.orders[order_id] = (_text(item, "customer_id"), _text(item, "order_status"), created, delivered,
                                      source, item.row, item.line)

    def _items(self, source: Source, state: _State) -> Iterator[Item]:
        for item in source.rows():
            if isinstance(item, ImportIssue):
                yield item
                continue
            order_id, product_id = _text(item, "order_id"), _text(item, "product_id")
            try:
                price = parse_money(_text(item, "price"), currency="USD")  # Olist writes 58.90
            except ValueError:
                yield _issue(source, item, "price", "not an amount of money")
                continue
            if order_id not in state.orders:
                where = state.rejected_orders.get(order_id)
                yield _issue(source, item, "order_id", (
                    f"order {order_id!r} was rejected at {where[0]} row {where[1]} (see that error)" if where
                    else f"unknown order id {order_id!r}: not in olist_orders_dataset.csv"))
                continue
            key = (order_id, product_id)
            line = state.lines.get(key)
            if line is None:
                state.lines[key] = [1, price, _text(item, "seller_id"), source, item.row, item.line]
            else:
                line[0] += 1
                line[1] += price
                state.merged_units += 1
            products = state.order_products.setdefault(order_id, [])
            if product_id not in products:
                products.append(product_id)
            if product_id not in state.product_seller:
                state.product_seller[product_id] = (_text(item, "seller_id"), price)

    def _reviews(self, source: Source, state: _State) -> Iterator[Item]:
        seen: set[str] = set()
        for item in source.rows():
            if isinstance(item, ImportIssue):
                yield item
                continue
            review_id, order_id = _text(item, "review_id"), _text(item, "order_id")
            products = state.order_products.get(order_id)
            if not products:
                where = state.rejected_orders.get(order_id)
                if where:
                    yield _issue(source, item, "order_id", f"order {order_id!r} was rejected at {where[0]} row {where[1]} "
                                                           "(see that error)")
                else:
                    state.reviews_without_items += 1  # Olist: orders that never shipped an item have reviews
                continue
            created = _time(source, item, "review_creation_date", required=True)
            if isinstance(created, ImportIssue):
                yield created
                continue
            customer = state.orders[order_id][0]
            title, message = _text(item, "review_comment_title"), _text(item, "review_comment_message")
            text = f"{title}. {message}" if title and message else (title or message)
            # Olist reuses a review id across orders now and then; the order (and, when the order holds
            # several products, the product) makes each of our review ids unique.
            base = review_id if review_id not in seen else f"{review_id}-{order_id}"
            seen.add(base)
            for product_id in products:
                key = f"{base}-{product_id}" if len(products) > 1 else base
                if len(products) > 1:
                    state.reviews_split += 1
                yield Converted("reviews", {"review_id": key, "order_id": order_id, "product_id": product_id,
                                            "buyer_id": customer or f"olist-{order_id[:12]}",
                                            "rating": _text(item, "review_score"), "review_text": text,
                                            "create_time": created, "language": "pt"},
                                source, item.row, item.line, {"rating": "review_score", "create_time": "review_creation_date"})

    def _emit(self, by_role: dict[str, Source], state: _State) -> Iterator[Item]:
        items = by_role["items"]
        shops = {seller for seller, _ in state.product_seller.values()}
        for seller in sorted(shops):
            where = state.sellers.get(seller)
            source, row = (where[0], where[1].row) if where else (items, 0)
            yield Converted("shops", {"shop_id": seller, "name": f"Olist seller {seller[:8]}",
                                      "time_zone": ZONE.key, "currency": "BRL"}, source, row, None, derived=True)
        for product_id, (seller, price) in state.product_seller.items():
            category = state.categories.get(product_id, UNCATEGORISED)
            yield Converted("products", {"product_id": product_id, "shop_id": seller,
                                         "title": f"{category.capitalize()} {product_id[:6]}", "category": category,
                                         "price": price, "currency": "BRL"}, items, 0, None)
        for (order_id, product_id), (units, total, _seller, source, row, line) in state.lines.items():
            customer, status, created, delivered, *_ = state.orders[order_id]
            yield Converted("orders", {"order_id": order_id, "product_id": product_id, "sku_id": product_id,
                                       "buyer_id": customer or f"olist-{order_id[:12]}", "quantity": units,
                                       "gmv": round(total, 2), "create_time": created, "delivered_time": delivered,
                                       "status": status}, source, row, line, {"status": "order_status"})
        first = items.file
        if state.merged_units:
            yield Notice(first, f"{state.merged_units:,} item rows were further units of a product already in the same "
                                "order (Olist writes one row per unit); they became quantities")
        uncategorised = sum(product not in state.categories or state.categories[product] == UNCATEGORISED
                            for product in state.product_seller)
        if uncategorised:
            yield Notice(first, f"{uncategorised:,} products have no category; filed under {UNCATEGORISED!r}")
        if state.reviews_split:
            yield Notice(first, f"{state.reviews_split:,} reviews were of orders with several products; each product got "
                                "the review")
        if state.reviews_without_items:
            yield Notice(first, f"{state.reviews_without_items:,} reviews are of orders with no items (never shipped); "
                                "they were left out")
        yield Notice(first, f"times read as local time in {ZONE.key} (Olist's)")


class _State:
    def __init__(self) -> None:
        self.sellers: dict[str, tuple[Source, RawRow]] = {}
        self.categories: dict[str, str] = {}
        self.orders: dict[str, tuple[Any, ...]] = {}
        self.rejected_orders: dict[str, tuple[str, int]] = {}
        self.lines: dict[tuple[str, str], list[Any]] = {}
        self.order_products: dict[str, list[str]] = {}
        self.product_seller: dict[str, tuple[str, float]] = {}
        self.merged_units = 0
        self.reviews_split = 0
        self.reviews_without_items = 0


def _text(item: RawRow, column: str) -> str:
    value = item.values.get(column)
    return str(value).strip() if value is not None else ""


def _issue(source: Source, item: RawRow, column: str, message: str) -> ImportIssue:
    return ImportIssue(file=source.file, row=item.row, line=item.line, column=column,
                       value=shorten(item.values.get(column)), message=message)


def _time(source: Source, item: RawRow, column: str, *, required: bool) -> Any:
    value = _text(item, column)
    if not value:
        return _issue(source, item, column, "missing required field") if required else None
    try:
        return parse_local_time(value, zone=ZONE, order=DateOrder.YEAR_FIRST)
    except ValueError as exc:
        return _issue(source, item, column, f"{value!r}: {exc}")
