"""Overview tab, first: the shop at a glance, each figure a link into its tab with the filter applied."""

from __future__ import annotations

from typing import Any

import gradio as gr

from tools.languages import say
from ui import formatting_overview as fmt
from ui.tabs import TabDeps, shows_errors

# (tab, the tab's filter to set, its value) per link button (labels: `fmt.link_labels`, in the same order): the app
# wires them once every tab is built.
LINKS: tuple[tuple[str, str | None, Any], ...] = (
    ("voc", "levels", ["At Risk"]),
    ("voc", "levels", ["Needs Attention"]),
    ("voc", "levels", []),
    ("reviews", None, None),
    ("videos", "statuses", ["Trigger violation", "Did not meet threshold"]),
)


def build(deps: TabDeps) -> dict[str, Any]:
    services = deps.services
    language = services.settings.language
    header = gr.Markdown(say(language, "ui_loading"), elem_id="overview-header")
    cards = gr.HTML(elem_id="overview-cards")
    with gr.Row():
        buttons = [gr.Button(label, size="sm", elem_id=f"overview-link-{index}")
                   for index, label in enumerate(fmt.link_labels(language))]
    fix_first = gr.Markdown(elem_id="overview-fix-first")
    details = gr.Markdown(elem_id="overview-details")

    @shows_errors
    def overview(language: str | None = None):
        from tools.overview import shop_overview
        from ui.chat import mode_label

        language = language or services.settings.language
        o = shop_overview(services.store, services.shop(), services.settings)
        return (fmt.header_markdown(o, mode_label(deps), language), fmt.cards_html(o, language),
                fmt.fix_first_markdown(o, language), fmt.details_markdown(o, language),
                *(gr.Button(value=label) for label in fmt.link_labels(language)))

    outputs = [header, cards, fix_first, details, *buttons]
    inputs = [deps.language] if deps.language is not None else []
    if deps.language is not None:
        deps.language.change(overview, inputs, outputs, api_visibility="private")
    return {"load": (overview, inputs, outputs),
            "links": [(button, tab, name, value) for button, (tab, name, value) in zip(buttons, LINKS, strict=True)]}
