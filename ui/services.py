"""What a user interface needs, built once from settings: a factory, not import-time objects.

The settings, the store and the shop context are imported when services are built, not when a command
module imports this one: `seller-copilot --help` loads no settings, database or model code."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tools.context import ShopContext
    from tools.settings import Settings
    from tools.store import Store
    from tools.voc.models import ProductDiagnosis


_UNSET = object()


@dataclass
class Services:
    settings: Settings
    _store: Store | None = field(default=None, repr=False)
    _knowledge_base: Any | None = field(default=None, repr=False)
    _agent: Any | None = field(default=None, repr=False)
    _summary_writer: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._summary_writer = _UNSET

    @property
    def store(self) -> Store:
        if self._store is None:
            from tools.store import build_store

            self._store = build_store(self.settings)
        return self._store

    @property
    def knowledge_base(self) -> Any:
        """The Chroma knowledge base (built lazily; indexes itself on first search)."""
        if self._knowledge_base is None:
            from vectorstore.index import build_knowledge_base

            self._knowledge_base = build_knowledge_base(self.settings)
        return self._knowledge_base

    @property
    def agent(self) -> Any:
        """The chat agent (`agent.service.AgentService`), built once and shared by sessions."""
        if self._agent is None:
            from agent.factory import build_agent

            self._agent = build_agent(self.settings, store=self.store, knowledge_base=self.knowledge_base)
        return self._agent

    def explain_product(self, diagnosis: ProductDiagnosis, *, language: str = "en") -> ProductDiagnosis:
        """The diagnosis with its summary and action plan in `language`, citing the playbook of its category."""
        from tools.voc.summary import explain
        from vectorstore.content import playbook_for

        explained = explain(diagnosis, playbook=playbook_for(diagnosis.category), language=language)
        if self.summary_writer is None:
            return explained
        from agent.product_summary import rewrite_plan

        return explained.model_copy(update={
            "summary": self.summary_writer.write(diagnosis, language=language),
            "action_plan": rewrite_plan(self.summary_writer, diagnosis, explained.action_plan, language=language)})

    @property
    def summary_writer(self) -> Any:
        """The model that writes product summaries (`agent.product_summary`), or None offline; built once."""
        if self._summary_writer is _UNSET:
            from agent.product_summary import build_summary_writer

            self._summary_writer = build_summary_writer(self.settings)
        return self._summary_writer

    def shop(self, *, as_of: date | None = None) -> ShopContext:
        from tools.context import resolve_shop

        return resolve_shop(self.store, self.settings, as_of=as_of)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def build_services(settings: Settings | None = None, *, store: Store | None = None) -> Services:
    from tools.settings import load_settings

    return Services(settings=settings or load_settings(), _store=store)
