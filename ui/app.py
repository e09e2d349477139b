"""The Gradio app: `build_app(services)` lays out the tabs; `launch_app` serves it on loopback by default."""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable
from typing import Any

# Set before gradio is imported anywhere, so nothing leaves the machine.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from tools.errors import ConfigError  # noqa: E402
from tools.languages import packs, say  # noqa: E402
from tools.settings import Settings  # noqa: E402
from ui.services import Services  # noqa: E402
from ui.tabs import TabDeps, log  # noqa: E402

TABS = ("overview", "chat", "voc", "videos", "reviews", "data")  # in order; labels: the packs' `ui_tab_<name>`

APP_CSS = """
.sc-cards {display:flex; gap:12px; flex-wrap:wrap; margin:4px 0;}
.sc-card {flex:1 1 120px; background:var(--block-background-fill); border:1px solid var(--border-color-primary);
  border-radius:8px; padding:10px 14px;}
.sc-card-title {font-size:0.85em; color:var(--body-text-color-subdued);}
.sc-card-value {font-size:1.8em; font-weight:700;}
.sc-card-sub {font-size:0.8em; color:var(--body-text-color-subdued);}
.sc-caption {font-size:0.8em; color:var(--body-text-color-subdued); margin-top:6px;}
.sc-badge {color:#fff; border-radius:10px; padding:1px 9px; font-size:0.8em; font-weight:600; white-space:nowrap;}
#sc-mode {text-align:right;}
#voc-table thead *, #videos-table thead * {word-break:keep-all !important; overflow-wrap:normal !important; hyphens:none;}
"""


def build_app(
    services: Services,
    *,
    knowledge_factory: Callable[[], Any] | None = None,
    agent_factory: Callable[[], Any] | None = None,
) -> gr.Blocks:
    """The whole app for these services. Pass factories to substitute fakes in tests."""
    deps = TabDeps(
        services=services,
        knowledge_factory=knowledge_factory or (lambda: services.knowledge_base),
        agent_factory=agent_factory or (lambda: services.agent),
    )
    loaders: list[tuple[Callable[..., Any], list[Any], list[Any]]] = []
    with gr.Blocks(title="Seller Copilot", fill_width=True, analytics_enabled=False) as app:
        language = services.settings.language
        with gr.Row():
            title = gr.Markdown(_title(language), elem_id="sc-title")
            with gr.Column(scale=0, min_width=220):
                mode = gr.Markdown(elem_id="sc-mode")
                deps.language = _language_picker(services.settings.language)
        built: dict[str, dict[str, Any]] = {}
        tab_blocks = []
        with gr.Tabs() as tabs:
            for name in TABS:
                with gr.Tab(say(language, f"ui_tab_{name}"), id=name, elem_id=f"tab-{name}") as tab:
                    built[name] = _build_tab(name, deps) or {}
                    if "load" in built[name]:
                        loaders.append(built[name]["load"])
                tab_blocks.append(tab)
        _link_tabs(tabs, built)

        def mode_badge(language: str | None = None) -> str:
            from ui.chat import mode_label

            language = language or services.settings.language
            mode = mode_label(deps)
            shown = say(language, "ui_mode_offline_badge") if mode == "offline" else mode
            return f"**{say(language, 'ui_mode')}** <span class='sc-badge' style='background:#1a73e8'>{shown}</span>"

        def relabel(language: str) -> tuple[Any, ...]:
            """The app's own words (title, mode, tab names) in the display language."""
            return (_title(language), mode_badge(language), *(gr.Tab(label=say(language, f"ui_tab_{name}")) for name in TABS))

        app.load(mode_badge, deps.language, mode, api_visibility="private")
        deps.language.change(relabel, deps.language, [title, mode, *tab_blocks], api_visibility="private")
        for fn, inputs, outputs in loaders:
            app.load(_quiet(fn, len(outputs)), inputs, outputs, api_visibility="private")
    return app


def _title(language: str) -> str:
    return f"## Seller Copilot\n{say(language, 'ui_tagline')}"


def _language_picker(default: str) -> gr.Dropdown:
    """The display language of the panels, each language by its own name; the settings' one first."""
    return gr.Dropdown(choices=[(item.name, code) for code, item in packs().items()], value=default,
                       show_label=False, container=False, elem_id="sc-language", interactive=True)


def _link_tabs(tabs: gr.Tabs, built: dict[str, dict[str, Any]]) -> None:
    """Links across screens: each tab's `links` are (button, target tab, the target's filter, value), the value a
    constant (the overview's "At Risk") or a component of the source tab (the open video's product). A click opens
    the target tab with its filter set, then refreshes the target's list; a filter that opens an item (the VoC
    tab's product) opens it by its own change event."""
    for source in built.values():
        for button, tab, filter_name, value in source.get("links", []):
            target = built.get(tab, {})
            control = target.get("filters", {}).get(filter_name) if filter_name else None
            dynamic = isinstance(value, gr.components.Component)

            def open_tab(*given: Any, tab: str = tab, value: Any = value, with_filter: bool = control is not None,
                         dynamic: bool = dynamic) -> Any:
                chosen = given[0] if dynamic else value
                return (gr.Tabs(selected=tab), chosen) if with_filter else gr.Tabs(selected=tab)

            event = button.click(open_tab, [value] if dynamic else None,
                                 [tabs, control] if control is not None else [tabs], api_visibility="private")
            if "load" in target:
                fn, inputs, outputs = target["load"]
                event.then(fn, inputs, outputs, api_visibility="private")


def _quiet(fn: Callable[..., Any], outputs: int) -> Callable[..., Any]:
    """A page-load handler that leaves its outputs alone when the data is not there yet (an empty
    store is explained in the Data tab, not by an error toast on every load)."""

    @functools.wraps(fn)
    def on_load(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            return gr.skip() if outputs == 1 else tuple(gr.skip() for _ in range(outputs))

    return on_load


def _build_tab(name: str, deps: TabDeps) -> dict[str, Any] | None:
    try:
        module = importlib.import_module(f"ui.tabs.{name}")
    except ImportError as exc:  # a tool the tab needs has not landed: say so instead of failing the app
        log.warning("tab %s unavailable: %s", name, exc)
        gr.Markdown(f"This tab is not available in this build ({exc}).")
        return None
    return module.build(deps)


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """`APP_AUTH=user:password` → ("user", "password")."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("APP_AUTH must look like user:password (both parts non-empty).")
    return user, password


def launch_kwargs(settings: Settings) -> dict[str, Any]:
    """Everything `launch()` needs from the settings: host, port, auth, upload limit, look."""
    return {
        "server_name": settings.app_host,
        "server_port": settings.app_port,
        "auth": parse_auth(settings.app_auth),
        "max_file_size": f"{settings.upload_max_mb}mb",
        "css": APP_CSS,
        "theme": gr.themes.Soft(),
        "footer_links": [],
        "show_error": False,
    }


def launch_app(services: Services, **overrides: Any) -> tuple[gr.Blocks, str]:
    """Build and serve the app; keyword overrides win over the settings (tests pass a free port)."""
    app = build_app(services)
    kwargs = launch_kwargs(services.settings) | overrides
    _, local_url, _ = app.queue(default_concurrency_limit=4).launch(**kwargs)
    return app, local_url
