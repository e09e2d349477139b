"""What an adapter is: it recognises a marketplace's export by its header and turns its rows into
our tables' rows, remembering where each came from so a problem names the seller's own cell."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from tools.importing.report import ImportIssue
from tools.importing.sources import Source
from tools.importing.values import DateOrder


@dataclass(slots=True)  # one per row: slots, not frozen (frozen dataclasses are slow to build)
class Converted:
    """One row for one of our tables, with the source row it came from."""

    kind: str
    values: dict[str, object]
    source: Source
    row: int
    line: int | None
    columns: dict[str, str] = field(default_factory=dict)  # our column -> the export's column (for messages)
    # Implied by an export rather than written in it (a product known only from its order lines, a shop):
    # added when new, never overwriting what the store or another file of the import says.
    derived: bool = False


@dataclass(frozen=True)
class Notice:
    """Something the seller should know that is not an error (a conversion, a merge, an assumption)."""

    file: str
    message: str


@dataclass
class AdapterContext:
    """What an adapter may need beyond the rows: the shop to attach to, time zone and date order."""

    shop_id: str | None = None
    shop_zone: str | None = None
    shop_currency: str | None = None
    time_zone: str | None = None  # from the command; wins over everything
    currency: str | None = None  # from the command; wins over what the file implies
    date_order: DateOrder | None = None
    known_shops: frozenset[str] = frozenset()

    def zone(self, currency: str | None) -> tuple[ZoneInfo, str]:
        """The zone for local times and why it was chosen."""
        from tools.importing.values import CURRENCY_ZONES

        if self.time_zone:
            return ZoneInfo(self.time_zone), "from --time-zone"
        if self.shop_zone and self.shop_zone != "UTC":
            return ZoneInfo(self.shop_zone), "the shop's time zone"
        if currency and currency in CURRENCY_ZONES:
            return ZoneInfo(CURRENCY_ZONES[currency]), f"usual for {currency} shops; set --time-zone if not"
        return ZoneInfo("UTC"), "no zone known; set --time-zone"


Item = Converted | ImportIssue | Notice


class Adapter:
    """A marketplace export (or our own documented columns). Subclasses set the names and convert."""

    name: str  # what --source takes
    label: str  # what the seller reads
    multi_file = False  # True: all its files are converted together (joins across files)

    def match(self, columns: list[str]) -> float:
        """How well a header fits, 0..1 (1: every signature column present)."""
        raise NotImplementedError

    def role(self, columns: list[str]) -> str:
        """For a multi-file adapter: which of its files this header is."""
        return self.name

    def mapping(self, source: Source) -> dict[str, str]:
        """Our column -> the export's column, for `import --dry-run`."""
        return {}

    def convert(self, sources: list[Source], ctx: AdapterContext) -> Iterator[Item]:
        raise NotImplementedError


def signature_share(columns: list[str], signature: tuple[str | tuple[str, ...], ...]) -> float:
    """Share of signature entries present; an entry may be a tuple of alternative spellings."""
    present = set(columns)
    hits = sum(any(name in present for name in ((entry,) if isinstance(entry, str) else entry)) for entry in signature)
    return hits / len(signature) if signature else 0.0
