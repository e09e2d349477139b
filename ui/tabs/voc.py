"""VoC tab: summary cards, early warnings, a filterable product list and one product's diagnosis."""

from __future__ import annotations

from typing import Any

import gradio as gr
import pandas as pd

from tools.voc.models import LEVEL_ORDER, VocLevel
from ui import formatting as fmt
from ui import frames
from ui.tabs import TabDeps, progress_callback, shows_errors

SORTS = [("GMV", "gmv"), ("Items sold", "items_sold"), ("Negative rate", "rate"),
         ("Rate / benchmark", "ratio"), ("Level (worst first)", "level")]
LEVEL_CHOICES = [(level.value if level != VocLevel.NO_VERDICT else "- (no verdict)", level.value) for level in LEVEL_ORDER]


def build(deps: TabDeps) -> dict[str, Any]:
    """Lay out the VoC tab and wire its events; returns the components other tabs may refresh."""
    services = deps.services

    with gr.Row():
        window = gr.Radio([7, 30, 90], value=services.settings.voc_window_days, label="Window (days)", scale=1,
                          elem_id="voc-window")
        levels = gr.CheckboxGroup(LEVEL_CHOICES, value=[], label="Levels (none = all)", scale=3)
        min_gmv = gr.Number(value=None, label="Min GMV (30d)", minimum=0, scale=1)
        min_items = gr.Number(value=None, label="Min items sold (30d)", minimum=0, precision=0, scale=1)
        sort = gr.Dropdown(SORTS, value="gmv", label="Sort by", scale=1)
        refresh = gr.Button("Apply", variant="primary", scale=0, elem_id="voc-apply")
    cards = gr.HTML(elem_id="voc-cards")
    with gr.Row():  # clicking a status filters the list, as the marketplace's cards do
        level_buttons = [(gr.Button(label, size="sm", elem_id=f"voc-show-{index}"), [value])
                         for index, (label, value) in enumerate(LEVEL_CHOICES)]
        show_all = gr.Button("All levels", size="sm", elem_id="voc-show-all")
    with gr.Accordion("Early warnings", open=True):
        warnings = gr.Markdown()
    with gr.Accordion("Watch list: complaints on products without a level yet", open=True):
        watch = gr.Markdown(elem_id="voc-watch")
    table = gr.Dataframe(
        headers=fmt.VOC_COLUMNS, interactive=False, wrap=True, max_height=360, elem_id="voc-table",
        label="Products (click a row to open its diagnosis)", show_search="search",
    )
    product = gr.Dropdown(choices=[], value=None, label="Product", elem_id="voc-product", allow_custom_value=True)

    with gr.Column(elem_id="voc-diagnosis"):
        header = gr.Markdown("Pick a product to open its diagnosis.", elem_id="voc-header")
        with gr.Row():
            issues_plot = gr.BarPlot(
                x="issue", y="share (%)", color="highlight", color_map=fmt.ISSUE_COLOURS, sort="-y",
                title="Top 5 issues (share of negative feedback)", y_lim=[0, 100], height=280, scale=3,
                label="Top issues", elem_id="voc-issues-plot",
            )
            warning_plot = gr.LinePlot(
                x="day", y="items", color="issue", title="Early warning: negative items per day", height=280,
                scale=2, label="Early-warning daily counts", elem_id="voc-warning-plot",
            )
        issues = gr.Markdown(elem_id="voc-issues")
        summary = gr.Markdown(elem_id="voc-summary")
        with gr.Row():
            keywords = gr.Dataframe(headers=["keyword", "mentions", "previous", "change"], interactive=False,
                                    label="Keywords (vs previous period)", scale=1)
            actions = gr.Markdown(elem_id="voc-actions")
        with gr.Row():  # the marketplace's own pages for this product, and its videos here
            to_videos = gr.Button("Videos selling this product", size="sm", elem_id="voc-to-videos")
            seller_links = gr.Markdown(elem_id="voc-seller-links")

    @shows_errors
    def voc_overview(window_days, chosen_levels, gmv, items, sort_key, progress=gr.Progress()):
        from tools.voc.service import diagnose_shop, ensure_tagged

        ctx = services.shop()
        ensure_tagged(services.store, ctx, services.settings, progress=progress_callback(progress))
        report = diagnose_shop(
            services.store, ctx, services.settings, window_days=int(window_days or 30),
            levels=[VocLevel(v) for v in chosen_levels or []] or None,
            min_gmv=gmv if gmv not in (None, "") else None,
            min_items=int(items) if items not in (None, "") else None, sort=sort_key or "gmv", tag_first=False,
        )
        choices = [(f"{r.product_id} · {r.title} · {r.level.value}", r.product_id) for r in report.products]
        return (fmt.voc_cards_html(report), fmt.warnings_markdown(report.early_warnings),
                frames.voc_products_frame(report.products), gr.Dropdown(choices=choices), fmt.watch_list_markdown(report))

    @shows_errors
    def voc_product(product_id, window_days, progress=gr.Progress()):
        from tools.voc.drawer import diagnose_product
        from vectorstore.content import playbook_titles

        if not product_id:
            empty = pd.DataFrame()
            return "Pick a product to open its diagnosis.", empty, empty, "", "", empty, "", ""
        progress(0.1, desc="diagnosing")
        d = diagnose_product(services.store, services.shop(), services.settings, str(product_id).strip(),
                             window_days=int(window_days or 30))
        progress(0.8, desc="writing the summary and action plan")
        d = services.explain_product(d)
        warning_frame = frames.warning_plot_frame(d.early_warnings)
        return (fmt.voc_header_markdown(d), frames.issues_plot_frame(d),
                gr.LinePlot(value=warning_frame, visible=not warning_frame.empty),
                fmt.issues_markdown(d), fmt.summary_markdown(d), frames.keywords_frame(d),
                fmt.action_plan_markdown(d, playbook_titles()), fmt.seller_center_links(services.settings, d.product_id))

    def pick_row(evt: gr.SelectData):
        row = evt.row_value or []
        return row[0] if row else gr.skip()

    filters = [window, levels, min_gmv, min_items, sort]
    overview_outputs = [cards, warnings, table, product, watch]
    product_outputs = [header, issues_plot, warning_plot, issues, summary, keywords, actions, seller_links]
    product.change(voc_product, [product, window], product_outputs, api_name="voc_product")
    # One selection drives every panel: a new window or filter also re-diagnoses the open product.
    refresh.click(voc_overview, filters, overview_outputs, api_name="voc_overview").then(
        voc_product, [product, window], product_outputs, api_visibility="private")
    window.change(voc_overview, filters, overview_outputs, api_visibility="private").then(
        voc_product, [product, window], product_outputs, api_visibility="private")
    for button, chosen in [*level_buttons, (show_all, [])]:
        button.click(lambda chosen=chosen: chosen, None, levels, api_visibility="private").then(
            voc_overview, filters, overview_outputs, api_visibility="private")
    table.select(pick_row, None, product, api_visibility="private")
    return {"load": (voc_overview, filters, overview_outputs), "filters": {"levels": levels, "product": product},
            "links": [(to_videos, "videos", "product", product)]}
