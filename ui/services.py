"""What a user interface needs, built once from settings: a factory, not import-time objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tools.context import ShopContext, resolve_shop
from tools.settings import Settings, load_settings
from tools.store import Store, build_store


@dataclass
class Services:
    settings: Settings
    _store: Store | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = build_store(self.settings)
        return self._store

    def shop(self, *, as_of: date | None = None) -> ShopContext:
        return resolve_shop(self.store, self.settings, as_of=as_of)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def build_services(settings: Settings | None = None, *, store: Store | None = None) -> Services:
    return Services(settings=settings or load_settings(), _store=store)
