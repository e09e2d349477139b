"""What every domain tool needs, passed in (never global): the store, settings and knowledge base."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tools.context import ShopContext, resolve_shop
from tools.settings import Settings
from tools.store import Store


@dataclass
class ToolDeps:
    store: Store
    settings: Settings
    knowledge_base: Any | None = None  # vectorstore.KnowledgeBase; optional so tools run without it
    as_of: date | None = None

    def shop(self) -> ShopContext:
        return resolve_shop(self.store, self.settings, as_of=self.as_of)
