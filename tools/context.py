"""Which shop we are looking at and "as of" which day: passed to every tool, never global."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from tools.clock import today_in
from tools.errors import DataError, NotFoundError
from tools.settings import Settings
from tools.store import Store

OWN_SHOP_META_KEY = "own_shop_id"


@dataclass(frozen=True)
class ShopContext:
    shop_id: str
    shop_name: str
    zone: ZoneInfo
    currency: str
    as_of: date

    @property
    def time_zone(self) -> str:
        return self.zone.key


def resolve_shop(store: Store, settings: Settings, *, as_of: date | None = None, shop_id: str | None = None) -> ShopContext:
    """The active shop: explicit id, else the setting, else the demo's own shop, else the only shop."""
    wanted = shop_id or settings.shop_id or store.get_meta(OWN_SHOP_META_KEY)
    if wanted is None:
        ids = [row[0] for row in store.query("SELECT shop_id FROM shops ORDER BY shop_id")]
        if not ids:
            raise DataError("The store has no shops yet. Run `seller-copilot demo` or import your data first.")
        if len(ids) > 1:
            raise DataError(f"Several shops are loaded ({', '.join(ids[:5])}...); set SELLER_COPILOT_SHOP_ID.")
        wanted = ids[0]
    found = store.query("SELECT shop_id, name, time_zone, currency FROM shops WHERE shop_id = ?", [wanted])
    if not found:
        raise NotFoundError(f"Shop {wanted!r} is not in the store. Check SELLER_COPILOT_SHOP_ID or import the shop.")
    sid, name, zone_name, currency = found[0]
    zone = ZoneInfo(zone_name)
    day = as_of or settings.as_of or today_in(zone)
    return ShopContext(shop_id=sid, shop_name=name, zone=zone, currency=currency, as_of=day)
