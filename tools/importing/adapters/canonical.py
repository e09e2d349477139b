"""Our own documented columns (one file per table; README "Import your data"). Rows pass through."""

from __future__ import annotations

from collections.abc import Iterator

from tools.importing.adapters.base import Adapter, AdapterContext, Converted, Item
from tools.importing.kinds import check_header
from tools.importing.report import ImportIssue
from tools.importing.sources import Source


class CanonicalAdapter(Adapter):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.name = kind
        self.label = f"Seller Copilot {kind} columns"

    def match(self, columns: list[str]) -> float:
        return 1.0 if check_header(self.kind, columns).ok else 0.0

    def mapping(self, source: Source) -> dict[str, str]:
        return {column: source.label_of(column) for column in source.columns}

    def convert(self, sources: list[Source], ctx: AdapterContext) -> Iterator[Item]:
        for source in sources:
            for item in source.rows():
                if isinstance(item, ImportIssue):
                    yield item
                else:
                    yield Converted(self.kind, item.values, source, item.row, item.line)
