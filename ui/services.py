"""What a user interface needs, built once from settings: a factory, not import-time objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tools.context import ShopContext, resolve_shop
from tools.settings import Settings, load_settings
from tools.store import Store, build_store


@dataclass
class Services:
    settings: Settings
    _store: Store | None = field(default=None, repr=False)
    _knowledge_base: Any | None = field(default=None, repr=False)
    _agent: Any | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = build_store(self.settings)
        return self._store

    @property
    def knowledge_base(self) -> Any:
        """The Chroma knowledge base (built lazily; indexes itself on first search)."""
        if self._knowledge_base is None:
            from vectorstore import build_knowledge_base

            self._knowledge_base = build_knowledge_base(self.settings)
        return self._knowledge_base

    @property
    def agent(self) -> Any:
        """The chat agent (`agent.service.AgentService`), built once and shared by sessions."""
        if self._agent is None:
            from agent.factory import build_agent

            self._agent = build_agent(self.settings, store=self.store, knowledge_base=self.knowledge_base)
        return self._agent

    def shop(self, *, as_of: date | None = None) -> ShopContext:
        return resolve_shop(self.store, self.settings, as_of=as_of)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def build_services(settings: Settings | None = None, *, store: Store | None = None) -> Services:
    return Services(settings=settings or load_settings(), _store=store)
