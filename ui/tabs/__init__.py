"""One module per tab of the Gradio app; each exposes `build(deps)` called inside its `gr.Tab`."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import gradio as gr

from tools.errors import AppError
from ui.services import Services

log = logging.getLogger("seller_copilot.app")
F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class TabDeps:
    """What the tabs share: the services, and lazily built extras (knowledge base, agent)."""

    services: Services
    knowledge_factory: Callable[[], Any] | None = None
    agent_factory: Callable[[], Any] | None = None
    # The app's display-language picker (a gr.Dropdown of pack codes), set before the tabs are built: tabs that
    # speak the seller's language take it as an input and refresh when it changes.
    language: Any = None
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def knowledge(self) -> Any | None:
        """The knowledge base, or None when it cannot be built (the app still works without it)."""
        return self._lazy("knowledge", self.knowledge_factory)

    def agent(self) -> Any | None:
        return self._lazy("agent", self.agent_factory)

    def _lazy(self, name: str, factory: Callable[[], Any] | None) -> Any | None:
        if name not in self._cache:
            try:
                self._cache[name] = factory() if factory else None
            except Exception:  # an optional extra must never take the app down
                log.exception("could not build the %s", name)
                self._cache[name] = None
        return self._cache[name]


def shows_errors(fn: F) -> F:
    """Turn our errors into a message in the page; anything else into a short message too
    (the traceback goes to the server log, never to the seller)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except AppError as exc:
            raise gr.Error(str(exc), print_exception=False) from exc
        except Exception as exc:
            log.exception("handler %s failed", fn.__name__)
            raise gr.Error(f"Something went wrong ({type(exc).__name__}: {exc}). See the server log.",
                           print_exception=False) from exc

    return wrapper  # type: ignore[return-value]


def progress_callback(progress: gr.Progress) -> Callable[[str, float], None]:
    """Adapt a tools-style `(label, fraction)` progress callback to Gradio's progress bar."""

    def report(label: str, fraction: float) -> None:
        progress(max(0.0, min(1.0, fraction)), desc=label)

    return report
