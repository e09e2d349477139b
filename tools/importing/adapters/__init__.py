"""Marketplace export adapters, recognised by header (`--source NAME` overrides the guess)."""

from __future__ import annotations

from functools import cache

from tools.importing.adapters.base import Adapter, AdapterContext, Converted, Item, Notice
from tools.importing.adapters.canonical import CanonicalAdapter
from tools.importing.adapters.order_export import OrderExportAdapter

MATCH_THRESHOLD = 0.8  # share of an export's signature columns a header must have to be recognised


@cache
def export_adapters() -> tuple[Adapter, ...]:
    from tools.importing.adapters.olist import OlistAdapter
    from tools.importing.adapters.shopee import SHOPEE
    from tools.importing.adapters.shopify import SHOPIFY
    from tools.importing.adapters.tiktok import TIKTOK
    from tools.importing.adapters.tiktok_affiliate import TIKTOK_AFFILIATE

    return (OrderExportAdapter(TIKTOK_AFFILIATE), OrderExportAdapter(TIKTOK), OrderExportAdapter(SHOPEE),
            OrderExportAdapter(SHOPIFY), OlistAdapter())


def source_names() -> list[str]:
    return [adapter.name for adapter in export_adapters()]


def adapter_named(name: str) -> Adapter:
    from tools.models import TABLES

    if name in TABLES:
        return CanonicalAdapter(name)
    for adapter in export_adapters():
        if adapter.name == name:
            return adapter
    raise KeyError(name)


def recognise(columns: list[str]) -> tuple[Adapter | None, float]:
    """The export adapter whose signature the header fits best, if it fits well enough."""
    scored = [(adapter.match(columns), index, adapter) for index, adapter in enumerate(export_adapters())]
    score, _, best = max(scored, key=lambda item: (item[0], -item[1]))
    return (best if score >= MATCH_THRESHOLD else None), score


@cache
def known_columns() -> frozenset[str]:
    """Every column name any adapter or table knows, to find a header row and a delimiter."""
    from tools.importing.adapters.olist import ROLES
    from tools.models import TABLES

    names: set[str] = {name for model, _ in TABLES.values() for name in model.model_fields}
    for adapter in export_adapters():
        if isinstance(adapter, OrderExportAdapter):
            for aliases in adapter.spec.fields().values():
                names.update(aliases)
    for signature in ROLES.values():
        names.update(signature)
    return frozenset(names)


__all__ = ["Adapter", "AdapterContext", "CanonicalAdapter", "Converted", "Item", "MATCH_THRESHOLD", "Notice",
           "adapter_named", "export_adapters", "known_columns", "recognise", "source_names"]
