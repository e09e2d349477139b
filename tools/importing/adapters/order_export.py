"""The engine behind every one-table order export (TikTok Shop, Shopee, Shopify, a mapping file).

A `Spec` names, for each of our fields, the export's column spellings, and the export's status words.
The engine reads a file's rows once, in order, and yields order lines; products and the shop are
derived from them and yielded at the end. Order-level amounts (order total, shipping) are never read:
they repeat on every SKU line and summing them would count an order several times.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from typing import Any, cast

from tools.importing.adapters.base import Adapter, AdapterContext, Converted, Item, Notice, signature_share
from tools.importing.report import ImportIssue, shorten
from tools.importing.sources import RawRow, Source, normalise_column
from tools.importing.values import COUNTRY_CURRENCIES, DateOrder, currency_of, decide_date_order, digest_id, parse_local_time, parse_money, pseudonym
from tools.models import UNCATEGORISED, OrderStatus

_LOOKAHEAD_ROWS = 500
_CANCELLED, _COMPLETED = OrderStatus.CANCELLED.value, OrderStatus.COMPLETED.value
_TEXT_FORMATS = frozenset({"csv", "tsv", "xlsx"})  # sources whose values are already trimmed text  # rows read ahead to decide a file's date order and currency

Aliases = tuple[str, ...]


@dataclass(frozen=True)
class Spec:
    name: str
    label: str
    signature: tuple[str | Aliases, ...]  # columns that identify the export (normalised)
    order_id: Aliases
    create_time: Aliases
    quantity: Aliases
    title: Aliases
    product_id: Aliases = ()
    sku_id: Aliases = ()
    variation: Aliases = ()
    seller_sku: Aliases = ()
    category: Aliases = ()
    unit_price: Aliases = ()
    line_total: Aliases = ()
    delivered_time: Aliases = ()
    status: Aliases = ()
    buyer: Aliases = ()
    currency: Aliases = ()
    returned_quantity: Aliases = ()
    country: Aliases = ()
    content_type: Aliases = ()  # affiliate exports: what sold the line (video, live, showcase) ...
    content_id: Aliases = ()  # ... which one ...
    creator: Aliases = ()  # ... and whose
    orders_are_attributions: bool = False  # the lines are attributions only (the order export has the orders)
    shop_key: str | None = None  # the derived shop's id stem, shared by exports of one marketplace
    statuses: dict[str, OrderStatus] = field(default_factory=dict)  # normalised word -> status
    cancel_flag: Aliases = ()  # a non-empty value here that is not a return means the line was cancelled
    carry_forward: Aliases = ()  # order-level columns filled only on an order's first line (Shopify)
    product_prefix: str = "p"
    default_currency: str | None = None
    date_order: DateOrder | None = None  # fixed by the export (ISO-like dates need none)
    time_formats: dict[str, str] = field(default_factory=dict)  # field -> "epoch_s" | "epoch_ms" (mapping files)
    times_have_offset: bool = False  # every time carries its UTC offset (Shopify)
    # When the file names no currency: the currency its language implies, told by the header spelling
    # of the order id column or by the status words (a Vietnamese Shopee export is in VND).
    currency_by_column: dict[str, str] = field(default_factory=dict)
    currency_by_status: dict[str, str] = field(default_factory=dict)

    def fields(self) -> dict[str, Aliases]:
        names = ("order_id", "create_time", "quantity", "title", "product_id", "sku_id", "variation", "seller_sku",
                 "category", "unit_price", "line_total", "delivered_time", "status", "buyer", "currency",
                 "returned_quantity", "cancel_flag", "country", "content_type", "content_id", "creator")
        return {name: getattr(self, name) for name in names}


def _first_present(columns: list[str], aliases: Aliases) -> str | None:
    present = set(columns)
    return next((alias for alias in aliases if alias in present), None)


class OrderExportAdapter(Adapter):
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        # Status words as plain strings (an enum member's .value is a slow property on a per-row path).
        self._statuses = {word: status.value for word, status in spec.statuses.items()}
        self.name = spec.name
        self.label = spec.label

    def match(self, columns: list[str]) -> float:
        return signature_share(columns, self.spec.signature)

    def resolve(self, columns: list[str]) -> dict[str, str]:
        found = {name: _first_present(columns, aliases) for name, aliases in self.spec.fields().items()}
        return {name: column for name, column in found.items() if column is not None}

    def mapping(self, source: Source) -> dict[str, str]:
        resolved = self.resolve(source.columns)
        shown = {"order_id": "order_id", "create_time": "create_time", "quantity": "quantity", "title": "product title",
                 "product_id": "product_id", "sku_id": "sku_id", "category": "category", "line_total": "gmv",
                 "unit_price": "unit price (× quantity = gmv)", "status": "status", "buyer": "buyer_id (pseudonymised)",
                 "delivered_time": "delivered_time", "content_type": "content_type", "content_id": "content_id",
                 "creator": "creator"}
        return {ours: source.label_of(resolved[key]) for key, ours in shown.items() if key in resolved}

    def convert(self, sources: list[Source], ctx: AdapterContext) -> Iterator[Item]:
        products: dict[str, dict[str, Any]] = {}
        shop_id = ctx.shop_id or f"{self.spec.shop_key or self.spec.name}-shop"
        currencies: set[str] = set()
        zones: set[str] = set()
        for source in sources:
            yield from self._convert_file(source, ctx, shop_id, products, currencies, zones)
        currency = next(iter(sorted(currencies)), None) or ctx.shop_currency or "USD"
        if shop_id not in ctx.known_shops and sources:
            yield Converted("shops", {"shop_id": shop_id, "name": self.spec.label.replace(" order export", ""),
                                      "time_zone": next(iter(sorted(zones)), "UTC"), "currency": currency},
                            sources[0], 0, None, derived=True)
            yield Notice(sources[0].file, f"these orders go to a new shop {shop_id!r} (time zone {next(iter(sorted(zones)), 'UTC')}, "
                                          f"currency {currency}); set SELLER_COPILOT_SHOP_ID to make it yours")
        for product_id, product in products.items():
            source, row, line = product.pop("_where")
            origin = product.pop("_columns", {})
            yield Converted("products", {"product_id": product_id, "shop_id": shop_id, **product}, source, row, line, origin,
                            derived=True)
        if products and sources:
            uncategorised = sum(product.get("category") == UNCATEGORISED for product in products.values())
            yield Notice(sources[0].file, f"derived {len(products):,} product(s) from the order lines"
                         + (f"; {uncategorised:,} without a category are filed under {UNCATEGORISED!r}" if uncategorised else ""))

    # --- one file -------------------------------------------------------------------------------
    def _convert_file(self, source: Source, ctx: AdapterContext, shop_id: str, products: dict[str, dict[str, Any]],
                      currencies: set[str], zones: set[str]) -> Iterator[Item]:
        spec = self.spec
        labels = self.resolve(source.columns)  # our field -> the export's column
        missing = [name for name in ("order_id", "create_time", "quantity", "title") if name not in labels]
        if "line_total" not in labels and "unit_price" not in labels:
            missing.append("line total or unit price")
        if missing:
            yield ImportIssue(file=source.file, line=source.header_line, message=(
                f"looks like a {spec.label} but has no column for {', '.join(missing)}; "
                f"expected one of: " + "; ".join(" / ".join(spec.fields().get(name, ())) for name in missing if name in spec.fields())))
            return
        # Rows carry each column read once, under the first field that reads it (Shopify's SKU column is both
        # the SKU and the seller SKU); `columns` then says where each field's value is in a row.
        keys: dict[str, str] = {}
        for field_name, column in labels.items():
            keys.setdefault(column, field_name)
        for column in spec.carry_forward:
            if column in source.columns:
                keys.setdefault(column, column)
        source.keep(keys)
        columns = {field_name: keys[column] for field_name, column in labels.items()}
        shared = [(field_name, key) for field_name, key in columns.items() if field_name != key]
        carry = [keys[column] for column in spec.carry_forward if column in keys]
        rows = source.rows()
        head = list(islice(rows, _LOOKAHEAD_ROWS))
        head_rows = [item for item in head if isinstance(item, RawRow)]
        skip_first = bool(head_rows) and self._is_description_row(head_rows[0], columns)
        if skip_first:
            yield Notice(source.file, "row 1 describes the columns (as TikTok Shop exports do); it was skipped")
        currency = self._currency(head_rows, columns, labels, ctx)
        if currency:
            currencies.add(currency)
        zone, why = ctx.zone(currency)
        if not spec.times_have_offset or ctx.time_zone:
            zones.add(str(zone.key))
        order = spec.date_order or ctx.date_order
        time_columns = [columns[name] for name in ("create_time", "delivered_time") if name in columns]
        samples = [str(row.values[column]) for row in head_rows[1 if skip_first else 0:] for column in time_columns
                   if column in row.values]
        if order is None:
            decided, twelve_hour = decide_date_order(samples)
            if decided is not None:
                order = decided
            elif any("/" in sample for sample in samples):
                # Every date is ambiguous (day ≤ 12): a 12-hour clock or US dollars mean the US order.
                order = DateOrder.MONTH_FIRST if twelve_hour or currency == "USD" else DateOrder.DAY_FIRST
                why_order = ("a 12-hour clock" if twelve_hour else "a US-dollar shop") if order is DateOrder.MONTH_FIRST \
                    else f"usual for {currency or 'non-US'} shops"
                yield Notice(source.file, f"dates such as {samples[0].strip()!r} could be read either way; read as "
                             f"{'MM/DD/YYYY' if order is DateOrder.MONTH_FIRST else 'DD/MM/YYYY'} ({why_order}). "
                             "Use --date-order to change")
            else:
                order = DateOrder.YEAR_FIRST
        if spec.times_have_offset:
            yield Notice(source.file, "times carry their UTC offset" + (
                "" if ctx.time_zone or ctx.shop_zone not in (None, "UTC") else
                "; calendar days are counted in UTC until you set the shop's zone with --time-zone"))
        elif samples and spec.time_formats.get("create_time") is None:
            yield Notice(source.file, f"times read as local time in {zone.key} ({why})")
        mapped = {"order_id": "order_id", "product_id": "product_id", "sku_id": "sku_id", "quantity": "quantity",
                  "line_total": "gmv", "create_time": "create_time", "status": "status", "buyer": "buyer_id",
                  "delivered_time": "delivered_time", "content_type": "content_type", "content_id": "content_id",
                  "creator": "creator"}
        origin = {ours: source.label_of(labels[key]) for key, ours in mapped.items() if key in labels}
        if "line_total" not in labels and "unit_price" in labels:
            origin["gmv"] = source.label_of(labels["unit_price"])
        carried: dict[str, object] = {}
        last_order: object = None
        for index, item in enumerate(chain(head, rows)):
            if isinstance(item, ImportIssue):
                yield item
                continue
            if index == 0 and skip_first:
                continue
            values = item.values
            for field_name, key in shared:  # a field reading a column another field already carries
                if key in values:
                    values[field_name] = values[key]
            if carry:
                order_value = values.get(columns["order_id"])
                if order_value != last_order:
                    carried = {key: values[key] for key in carry if key in values}
                    last_order = order_value
                else:
                    for column, value in carried.items():
                        values.setdefault(column, value)
            converted = self._line(source, item, labels, origin, zone, order, currency, products)
            if isinstance(converted, list):
                yield from converted
            else:
                yield converted

    def _is_description_row(self, row: RawRow, columns: dict[str, str]) -> bool:
        """TikTok Shop puts a row of column descriptions under the header: its quantity is prose."""
        quantity = str(row.values.get(columns["quantity"], "")).strip()
        order_id = str(row.values.get(columns["order_id"], "")).strip()
        return bool(quantity) and not quantity.replace(".", "", 1).isdigit() and " " in order_id

    def _currency(self, rows: list[RawRow], columns: dict[str, str], labels: dict[str, str], ctx: AdapterContext) -> str | None:
        if ctx.currency:
            return ctx.currency
        if "currency" in columns:
            for row in rows:
                value = str(row.values.get(columns["currency"], "")).strip().upper()
                if len(value) == 3 and value.isalpha():
                    return value
        money = [columns[name] for name in ("line_total", "unit_price") if name in columns]
        for row in rows:
            for column in money:
                if column in row.values and (code := currency_of(str(row.values[column]))):
                    return code
        if ctx.currency:
            return ctx.currency
        for column, code in self.spec.currency_by_column.items():
            if column == labels.get("order_id"):
                return code
        if "country" in columns:
            for row in rows:
                country = normalise_column(row.values.get(columns["country"], ""))
                if country in COUNTRY_CURRENCIES:
                    return COUNTRY_CURRENCIES[country]
        if "status" in columns:
            for row in rows:
                word = normalise_column(row.values.get(columns["status"], ""))
                if word in self.spec.currency_by_status:
                    return self.spec.currency_by_status[word]
        return self.spec.default_currency or ctx.shop_currency

    def _line(self, source: Source, raw: RawRow, labels: dict[str, str], origin: dict[str, str], zone: Any,
              order: DateOrder, currency: str | None, products: dict[str, dict[str, Any]]) -> Converted | list[ImportIssue]:
        """One export row as an order line, or the problems that stop it. Runs once per row: a plain call,
        straight-line reads, and helpers only on the rare paths (errors, epoch columns, odd money)."""
        spec = self.spec
        values = raw.values  # keyed by our field names (see `Source.keep`), trimmed text from CSV and XLSX
        cells = cast(dict[str, str], values) if source.format in _TEXT_FORMATS else {
            name: str(value).strip() for name, value in values.items()}
        get = cells.get
        problems: list[ImportIssue] = []
        quantity_text = get("quantity", "")
        quantity: int | None = None
        if quantity_text.isdigit():
            quantity = int(quantity_text)
        else:
            quantity = self._whole_number(quantity_text)
            if quantity is None:
                problems.append(self._issue(source, raw, labels, "quantity", f"{quantity_text!r}: not a whole number of units"))
        line_total = self._money(get("line_total", ""), currency, source, raw, labels, "line_total", problems)
        title = get("title", "")
        product_id = get("product_id", "") or digest_id(spec.product_prefix, get("seller_sku", "") or title)
        # The unit price is read only when the amount needs it or a new product's price does.
        unit_price = (self._money(get("unit_price", ""), currency, source, raw, labels, "unit_price", problems)
                      if line_total is None or product_id not in products else None)
        if line_total is None and unit_price is not None and quantity is not None:
            line_total = round(unit_price * quantity, 2)
        created = self._time(get("create_time", ""), zone, order, source, raw, labels, "create_time", problems)
        if created is None and not get("create_time", ""):
            problems.append(self._issue(source, raw, labels, "create_time", "missing: every order line needs its order date"))
        delivered = self._time(get("delivered_time", ""), zone, order, source, raw, labels, "delivered_time", problems)
        status = _COMPLETED if spec.orders_are_attributions else self._status(
            get("status", ""), cells, lambda name, message: problems.append(self._issue(source, raw, labels, name, message)))
        if not title:
            problems.append(self._issue(source, raw, labels, "title", "missing product name"))
        if problems:
            return problems
        # Without a SKU column value, a line is its product (and variation): never one shared "default",
        # which would make two products of one order collide.
        variation = get("variation", "")
        sku_id = get("sku_id", "") or (digest_id("sku", product_id, variation) if variation else product_id)
        buyer = get("buyer", "")
        order_id = get("order_id", "")
        if spec.orders_are_attributions:
            content_type = get("content_type", "")
            converted = Converted("attributions", {
                "order_id": order_id, "sku_id": sku_id, "product_id": product_id,
                "content_type": content_type or "OTHER", "content_id": get("content_id", "") or None,
                "creator": get("creator", ""), "quantity": quantity,
                "gmv": line_total if line_total is not None else 0.0, "create_time": created,
            }, source, raw.row, raw.line, origin)
        else:
            converted = Converted("orders", {
                "order_id": order_id, "product_id": product_id, "sku_id": sku_id,
                "buyer_id": pseudonym("buyer", buyer) if buyer else pseudonym("buyer", f"{spec.name}:{order_id}"),
                "quantity": quantity, "gmv": line_total if line_total is not None else 0.0, "create_time": created,
                "delivered_time": delivered, "status": status,
            }, source, raw.row, raw.line, origin)
        if product_id not in products:
            price = (unit_price if unit_price is not None
                     else (line_total / quantity if line_total is not None and quantity else 0.0))
            products[product_id] = {"title": title, "category": get("category", "") or UNCATEGORISED,
                                    "price": round(price, 2), "currency": currency or "USD",
                                    "_where": (source, raw.row, raw.line),
                                    "_columns": {"title": source.label_of(labels["title"])}}
        return converted

    @staticmethod
    def _whole_number(text: str) -> int | None:
        """`2`, `2.0`, `1,000` as a count of units; None for anything else (negative, fractional, words)."""
        if not text:
            return 0
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            return None
        return int(number) if number >= 0 and number == int(number) else None

    @staticmethod
    def _issue(source: Source, raw: RawRow, labels: dict[str, str], name: str, message: str) -> ImportIssue:
        """A problem with one field, named by the export's own column."""
        return ImportIssue(file=source.file, row=raw.row, line=raw.line, column=source.label_of(labels.get(name, name)),
                           value=shorten(raw.values.get(name)), message=message)

    def _money(self, value: str, currency: str | None, source: Source, raw: RawRow, labels: dict[str, str], name: str,
               problems: list[ImportIssue]) -> float | None:
        if not value:
            return None
        try:
            amount = parse_money(value, currency=currency)
        except ValueError as exc:
            problems.append(self._issue(source, raw, labels, name, f"{value!r}: {exc}"))
            return None
        if amount < 0:
            problems.append(self._issue(source, raw, labels, name, f"{value!r}: must not be negative"))
            return None
        return amount

    def _time(self, value: str, zone: Any, order: DateOrder, source: Source, raw: RawRow, labels: dict[str, str], name: str,
              problems: list[ImportIssue]) -> datetime | None:
        if not value:
            return None
        fmt = self.spec.time_formats.get(name)
        try:
            if fmt in ("epoch_s", "epoch_ms"):
                from tools.importing.values import parse_epoch

                return parse_epoch(value, unit="ms" if fmt == "epoch_ms" else "s")
            return parse_local_time(value, zone=zone, order=order)
        except ValueError as exc:
            problems.append(self._issue(source, raw, labels, name, f"{value!r}: {exc}"))
            return None

    def _status(self, value: str, cells: dict[str, str], issue: Any) -> str:
        flag = cells.get("cancel_flag", "").lower()
        if flag and not any(word in flag for word in ("return", "refund", "返品", "คืน")):
            return _CANCELLED
        if not value:
            return _COMPLETED
        known = self._statuses.get(value) or self._statuses.get(normalise_column(value))
        if known is not None:
            return known
        key = normalise_column(value).upper().replace(" ", "_")
        if key in OrderStatus.__members__:
            return key
        words = sorted(self.spec.statuses)
        issue("status", f"{value!r}: not a {self.spec.label} order status we know ({', '.join(words[:12])}"
                        f"{', …' if len(words) > 12 else ''}); check the file is not cut short")
        return _COMPLETED
