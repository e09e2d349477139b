"""Overview tab, first: the shop at a glance, each figure a link into its tab with the filter applied."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import formatting_overview as fmt
from ui.tabs import TabDeps, shows_errors

# (button label, tab, the tab's filter to set, its value): the app wires them once every tab is built.
LINKS: tuple[tuple[str, str, str | None, Any], ...] = (
    ("At Risk products →", "voc", "levels", ["At Risk"]),
    ("Needs Attention products →", "voc", "levels", ["Needs Attention"]),
    ("Early warnings →", "voc", "levels", []),
    ("Reviews to report →", "reviews", None, None),
    ("Videos held back →", "videos", "statuses", ["Trigger violation", "Did not meet threshold"]),
)


def build(deps: TabDeps) -> dict[str, Any]:
    services = deps.services
    header = gr.Markdown("Loading the shop…", elem_id="overview-header")
    cards = gr.HTML(elem_id="overview-cards")
    with gr.Row():
        buttons = [gr.Button(label, size="sm", elem_id=f"overview-link-{index}") for index, (label, *_rest) in enumerate(LINKS)]
    fix_first = gr.Markdown(elem_id="overview-fix-first")
    details = gr.Markdown(elem_id="overview-details")

    @shows_errors
    def overview():
        from tools.overview import shop_overview
        from ui.chat import mode_label

        o = shop_overview(services.store, services.shop(), services.settings)
        return (fmt.header_markdown(o, mode_label(deps)), fmt.cards_html(o), fmt.fix_first_markdown(o),
                fmt.details_markdown(o))

    outputs = [header, cards, fix_first, details]
    return {"load": (overview, [], outputs),
            "links": [(button, tab, name, value) for button, (_, tab, name, value) in zip(buttons, LINKS, strict=True)]}
