"""`import --map mapping.yaml`: any other export, described by the seller in a small YAML file.

    source: My marketplace          # a name for messages
    kind: orders                    # orders (products and a shop are derived), or any table name
    time_zone: Asia/Jakarta         # wall-clock times in the file are in this zone
    date_order: dmy                 # dmy | mdy | ymd, when dates are written with slashes
    columns:                        # our field: the export's column, or {column: ..., format: epoch_s | epoch_ms}
      order_id: No Pesanan
      create_time: {column: Created, format: epoch_s}
      title: Nama Produk
      quantity: Jumlah
      line_total: Subtotal          # or unit_price: Harga
    statuses: {Selesai: COMPLETED, Batal: CANCELLED}

For orders the fields are those of `order_export.Spec` (order_id, create_time, quantity, title,
product_id, sku_id, variation, category, unit_price, line_total, delivered_time, status, buyer,
currency). For any other table they are that table's columns.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tools.errors import DataError
from tools.importing.adapters.base import Adapter, AdapterContext, Converted, Item
from tools.importing.adapters.order_export import OrderExportAdapter, Spec
from tools.importing.kinds import columns_of
from tools.importing.report import ImportIssue, shorten
from tools.importing.sources import Source, normalise_column
from tools.importing.values import DateOrder, parse_epoch
from tools.models import TABLES, OrderStatus

ORDER_FIELDS = ("order_id", "create_time", "quantity", "title", "product_id", "sku_id", "variation", "seller_sku", "category",
                "unit_price", "line_total", "delivered_time", "status", "buyer", "currency")


class ColumnRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    column: str = Field(min_length=1)
    format: str | None = Field(default=None, pattern="^(epoch_s|epoch_ms)$")


class MappingFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str = "mapped export"
    kind: str
    time_zone: str | None = None
    date_order: DateOrder | None = None
    columns: dict[str, ColumnRule]
    statuses: dict[str, OrderStatus] = Field(default_factory=dict)

    @field_validator("columns", mode="before")
    @classmethod
    def _short_form(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {key: {"column": rule} if isinstance(rule, str) else rule for key, rule in value.items()}
        return value

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in TABLES:
            raise ValueError(f"kind must be one of {', '.join(TABLES)}")
        return value


def load_mapping(path: Path) -> MappingFile:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot read the mapping file ({exc})") from None
    try:
        mapping = MappingFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise DataError(f"{path}: {where}: {first['msg']}") from None
    allowed = ORDER_FIELDS if mapping.kind == "orders" else tuple(columns_of(mapping.kind))
    unknown = [name for name in mapping.columns if name not in allowed]
    if unknown:
        raise DataError(f"{path}: columns: unknown field(s) {', '.join(unknown)}; for {mapping.kind} use {', '.join(allowed)}")
    return mapping


def mapping_adapter(mapping: MappingFile) -> Adapter:
    if mapping.kind == "orders":
        fields: dict[str, Any] = {name: (normalise_column(rule.column),) for name, rule in mapping.columns.items()}
        spec = Spec(name="mapped", label=mapping.source, signature=tuple(next(iter(v)) for v in fields.values()),
                    order_id=fields.get("order_id", ()), create_time=fields.get("create_time", ()),
                    quantity=fields.get("quantity", ()), title=fields.get("title", ()),
                    **{name: value for name, value in fields.items() if name not in ("order_id", "create_time", "quantity", "title")},
                    statuses={normalise_column(word): status for word, status in mapping.statuses.items()},
                    date_order=mapping.date_order,
                    time_formats={name: rule.format for name, rule in mapping.columns.items() if rule.format})
        return OrderExportAdapter(spec)
    return RenamingAdapter(mapping)


class RenamingAdapter(Adapter):
    """Any table: the export's columns renamed to ours; epoch columns converted where declared."""

    def __init__(self, mapping: MappingFile) -> None:
        self.mapping_file = mapping
        self.name = "mapped"
        self.label = mapping.source
        self._rename = {normalise_column(rule.column): name for name, rule in mapping.columns.items()}

    def match(self, columns: list[str]) -> float:
        return sum(column in self._rename for column in columns) / max(len(self._rename), 1)

    def mapping(self, source: Source) -> dict[str, str]:
        return {ours: source.label_of(theirs) for theirs, ours in self._rename.items()}

    def convert(self, sources: list[Source], ctx: AdapterContext) -> Iterator[Item]:
        formats = {name: rule.format for name, rule in self.mapping_file.columns.items() if rule.format}
        for source in sources:
            origin = {ours: source.label_of(theirs) for theirs, ours in self._rename.items()}
            for item in source.rows():
                if isinstance(item, ImportIssue):
                    yield item
                    continue
                values = {self._rename[column]: value for column, value in item.values.items() if column in self._rename}
                bad = False
                for name, fmt in formats.items():
                    if name in values:
                        try:
                            values[name] = parse_epoch(values[name], unit="ms" if fmt == "epoch_ms" else "s")
                        except ValueError as exc:
                            bad = True
                            yield ImportIssue(file=source.file, row=item.row, line=item.line, column=origin.get(name, name),
                                              value=shorten(values[name]), message=str(exc))
                if not bad:
                    yield Converted(self.mapping_file.kind, values, source, item.row, item.line, origin)
