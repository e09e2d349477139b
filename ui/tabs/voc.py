"""VoC tab: summary cards, early warnings, a filterable product list and one product's diagnosis."""

from __future__ import annotations

from typing import Any

import gradio as gr
import pandas as pd

from tools.languages import say
from tools.languages.formatting import day
from tools.voc.models import LEVEL_ORDER, VocLevel
from ui import formatting as fmt
from ui import formatting_voc as voc_fmt
from ui import frames
from ui.tabs import TabDeps, progress_callback, shows_errors

SORTS = ("gmv", "items_sold", "rate", "ratio", "level")


def sorts(language: str) -> list[tuple[str, str]]:
    return [(say(language, f"ui_sort_{key}"), key) for key in SORTS]


def level_choices(language: str) -> list[tuple[str, str]]:
    return [(voc_fmt.level_label(level.value, language), level.value) for level in LEVEL_ORDER]


def build(deps: TabDeps) -> dict[str, Any]:
    """Lay out the VoC tab and wire its events; returns the components other tabs may refresh."""
    services = deps.services
    language = services.settings.language

    with gr.Row():
        window = gr.Radio([7, 30, 90], value=services.settings.voc_window_days, label=say(language, "ui_voc_window_label"),
                          scale=1, elem_id="voc-window")
        levels = gr.CheckboxGroup(level_choices(language), value=[], label=say(language, "ui_voc_levels_label"), scale=3)
        min_gmv = gr.Number(value=None, label=say(language, "ui_voc_min_gmv"), minimum=0, scale=1)
        min_items = gr.Number(value=None, label=say(language, "ui_voc_min_items"), minimum=0, precision=0, scale=1)
        sort = gr.Dropdown(sorts(language), value="gmv", label=say(language, "ui_sort_by"), scale=1)
        refresh = gr.Button(say(language, "ui_apply"), variant="primary", scale=0, elem_id="voc-apply")
    cards = gr.HTML(elem_id="voc-cards")
    with gr.Row():  # clicking a status filters the list, as the marketplace's cards do
        level_buttons = [(gr.Button(label, size="sm", elem_id=f"voc-show-{index}"), [value])
                         for index, (label, value) in enumerate(level_choices(language))]
        show_all = gr.Button(say(language, "ui_all_levels"), size="sm", elem_id="voc-show-all")
    with gr.Accordion(say(language, "ui_card_warnings"), open=True) as warnings_box:
        warnings = gr.Markdown()
    with gr.Accordion(say(language, "ui_voc_watch_title"), open=True) as watch_box:
        watch = gr.Markdown(elem_id="voc-watch")
    table = gr.Dataframe(
        headers=voc_fmt.columns(language), interactive=False, wrap=True, max_height=360, elem_id="voc-table",
        column_widths=list(voc_fmt.VOC_COLUMN_WIDTHS),
        label=say(language, "ui_voc_table_label"), show_search="search",
    )
    product = gr.Dropdown(choices=[], value=None, label=say(language, "ui_voc_product_label"), elem_id="voc-product",
                          allow_custom_value=True)

    with gr.Column(elem_id="voc-diagnosis"):
        header = gr.Markdown(say(language, "ui_voc_pick"), elem_id="voc-header")
        with gr.Row():
            issues_plot = gr.BarPlot(
                x="issue", y="share (%)", color="highlight", color_map=fmt.ISSUE_COLOURS, sort="-y",
                title=say(language, "ui_voc_issues_plot"), y_lim=[0, 100], height=280, scale=3, x_title="", y_title="%",
                color_title="",
                label=say(language, "ui_voc_issues_caption"), elem_id="voc-issues-plot",
            )
            warning_plot = gr.LinePlot(
                x="day", y="items", color="issue", title=say(language, "ui_voc_warning_plot"), height=280,
                scale=2, label=say(language, "ui_voc_warning_plot"), elem_id="voc-warning-plot", x_label_angle=-30,
                x_title="", y_title="", color_title="",
            )
        issues = gr.Markdown(elem_id="voc-issues")
        summary = gr.Markdown(elem_id="voc-summary")
        with gr.Row():
            keywords = gr.Dataframe(headers=voc_fmt.columns(language, voc_fmt.KEYWORD_COLUMN_KEYS), interactive=False,
                                    label=say(language, "ui_voc_keywords_label"), scale=1)
            actions = gr.Markdown(elem_id="voc-actions")
        with gr.Row():  # the marketplace's own pages for this product, and its videos here
            to_videos = gr.Button(say(language, "ui_voc_to_videos"), size="sm", elem_id="voc-to-videos")
            seller_links = gr.Markdown(elem_id="voc-seller-links")
        with gr.Row():  # buyers call a promotion misleading: open a video that sells the product, to check its claims
            flagged = gr.Dropdown(choices=[], value=None, label=say(language, "ui_voc_flagged_label"), visible=False,
                                  scale=3, elem_id="voc-flagged")
            to_flagged = gr.Button(say(language, "ui_voc_open_video"), size="sm", visible=False, scale=1,
                                   elem_id="voc-to-flagged")

    @shows_errors
    def voc_overview(window_days, chosen_levels, gmv, items, sort_key, language=None, progress=gr.Progress()):
        from tools.voc.service import diagnose_shop, ensure_tagged

        language = language or services.settings.language
        ctx = services.shop()
        ensure_tagged(services.store, ctx, services.settings, progress=progress_callback(progress))
        report = diagnose_shop(
            services.store, ctx, services.settings, window_days=int(window_days or 30),
            levels=[VocLevel(v) for v in chosen_levels or []] or None,
            min_gmv=gmv if gmv not in (None, "") else None,
            min_items=int(items) if items not in (None, "") else None, sort=sort_key or "gmv", tag_first=False,
        )
        choices = [(f"{r.product_id} · {r.title} · {voc_fmt.level_label(r.level.value, language)}", r.product_id)
                   for r in report.products]
        return (voc_fmt.voc_cards_html(report, language), voc_fmt.warnings_markdown(report.early_warnings, language),
                frames.voc_products_frame(report.products, language, report.currency or None), gr.Dropdown(choices=choices),
                voc_fmt.watch_list_markdown(report, language))

    @shows_errors
    def voc_product(product_id, window_days, language=None, progress=gr.Progress()):
        from tools.voc.drawer import diagnose_product
        from vectorstore.content import playbook_titles

        language = language or services.settings.language
        if not product_id:
            empty = pd.DataFrame()
            return (say(language, "ui_voc_pick"), empty, empty, "", "", empty, "", "",
                    gr.Dropdown(choices=[], value=None, visible=False), gr.Button(visible=False))
        progress(0.1, desc="diagnosing")
        d = diagnose_product(services.store, services.shop(), services.settings, str(product_id).strip(),
                             window_days=int(window_days or 30))
        progress(0.8, desc="writing the summary and action plan")
        d = services.explain_product(d, language=language)
        warning_frame = frames.warning_plot_frame(d.early_warnings, language)
        return (voc_fmt.voc_header_markdown(d, language), frames.issues_plot_frame(d, language),
                gr.LinePlot(value=warning_frame, visible=not warning_frame.empty),
                voc_fmt.issues_markdown(d, language), voc_fmt.summary_markdown(d, language),
                frames.keywords_frame(d, language), voc_fmt.action_plan_markdown(d, playbook_titles(language), language),
                voc_fmt.seller_center_links(services.settings, d.product_id, language),
                *_flagged_videos(d, language))

    def pick_row(evt: gr.SelectData):
        row = evt.row_value or []
        return row[0] if row else gr.skip()

    shown_in = [deps.language] if deps.language is not None else []  # the app's display language
    filters = [window, levels, min_gmv, min_items, sort, *shown_in]
    opened = [product, window, *shown_in]
    overview_outputs = [cards, warnings, table, product, watch]
    product_outputs = [header, issues_plot, warning_plot, issues, summary, keywords, actions, seller_links, flagged, to_flagged]
    product.change(voc_product, opened, product_outputs, api_name="voc_product")
    # One selection drives every panel: a new window, filter or language also re-diagnoses the open product.
    refresh.click(voc_overview, filters, overview_outputs, api_name="voc_overview").then(
        voc_product, opened, product_outputs, api_visibility="private")
    for control in (window, *shown_in):
        control.change(voc_overview, filters, overview_outputs, api_visibility="private").then(
            voc_product, opened, product_outputs, api_visibility="private")
    for button, chosen in [*level_buttons, (show_all, [])]:
        button.click(lambda chosen=chosen: chosen, None, levels, api_visibility="private").then(
            voc_overview, filters, overview_outputs, api_visibility="private")
    table.select(pick_row, None, product, api_visibility="private")

    def relabel(language: str):
        """The tab's own words in the display language (its figures are redrawn by the handlers above)."""
        choices = level_choices(language)
        return (gr.Radio(label=say(language, "ui_voc_window_label")),
                gr.CheckboxGroup(choices=choices, label=say(language, "ui_voc_levels_label")),
                gr.Number(label=say(language, "ui_voc_min_gmv")), gr.Number(label=say(language, "ui_voc_min_items")),
                gr.Dropdown(choices=sorts(language), label=say(language, "ui_sort_by")), gr.Button(say(language, "ui_apply")),
                *(gr.Button(label) for label, _ in choices), gr.Button(say(language, "ui_all_levels")),
                gr.Accordion(label=say(language, "ui_card_warnings")), gr.Accordion(label=say(language, "ui_voc_watch_title")),
                gr.Dataframe(label=say(language, "ui_voc_table_label")), gr.Dropdown(label=say(language, "ui_voc_product_label")),
                gr.BarPlot(title=say(language, "ui_voc_issues_plot"), label=say(language, "ui_voc_issues_caption")),
                gr.LinePlot(title=say(language, "ui_voc_warning_plot"), label=say(language, "ui_voc_warning_plot")),
                gr.Dataframe(label=say(language, "ui_voc_keywords_label")), gr.Button(say(language, "ui_voc_to_videos")),
                gr.Dropdown(label=say(language, "ui_voc_flagged_label")), gr.Button(say(language, "ui_voc_open_video")))

    if deps.language is not None:
        deps.language.change(relabel, deps.language,
                             [window, levels, min_gmv, min_items, sort, refresh, *(button for button, _ in level_buttons),
                              show_all, warnings_box, watch_box, table, product, issues_plot, warning_plot, keywords, to_videos,
                              flagged, to_flagged],
                             api_visibility="private")
    return {"load": (voc_overview, filters, overview_outputs), "filters": {"levels": levels, "product": product},
            "links": [(to_videos, "videos", "product", product), (to_flagged, "videos", "video", flagged)]}


def _flagged_videos(d: Any, language: str) -> tuple[Any, Any]:
    """The videos to check when buyers call a promotion misleading, newest first, as a picker and a button that
    opens the chosen one in the Videos tab; hidden when there are none."""
    choices = [(f"{v.video_id} · {v.title} · {day(v.posted, language)}", v.video_id) for v in d.videos_to_check]
    shown = bool(choices)
    return (gr.Dropdown(choices=choices, value=choices[0][1] if shown else None, visible=shown),
            gr.Button(visible=shown))
