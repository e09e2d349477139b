"""Videos tab: account performance, a searchable/sortable list, and one video's diagnosis page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import gradio as gr
import pandas as pd

from tools.languages import say
from tools.video.models import VideoStatus
from ui import formatting_videos as fmt
from ui.tabs import TabDeps, shows_errors

SORTS = ("recent", "revenue", "views", "items_sold")
RANGES = (7, 28, 90)


def sorts(language: str) -> list[tuple[str, str]]:
    return [(say(language, "ui_sort_items_sold" if key == "items_sold" else f"ui_video_sort_{key}"), key) for key in SORTS]


def ranges(language: str) -> list[tuple[str, int]]:
    return [(say(language, "ui_last_days", days=days), days) for days in RANGES]


def build(deps: TabDeps) -> dict[str, Any]:
    services = deps.services
    language = services.settings.language
    with gr.Row():
        account_range = gr.Radio(ranges(language), value=28, label=say(language, "ui_video_range_label"), scale=1)
        account = gr.Markdown(elem_id="videos-account")
    with gr.Row():
        search = gr.Textbox(label=say(language, "ui_video_search_label"),
                            placeholder=say(language, "ui_video_search_placeholder"), scale=2)
        sort = gr.Radio(sorts(language), value="recent", label=say(language, "ui_sort_by"), scale=2)
        statuses = gr.CheckboxGroup(fmt.status_choices(language), value=[], label=say(language, "ui_video_status_label"),
                                    scale=3)
        selling = gr.Textbox(label=say(language, "ui_video_selling_label"), scale=1, elem_id="videos-selling")
        apply = gr.Button(say(language, "ui_apply"), variant="primary", scale=0, elem_id="videos-apply")
    table = gr.Dataframe(headers=fmt.columns(language, fmt.VIDEO_COLUMN_KEYS), interactive=False, wrap=True,
                         max_height=320, label=say(language, "ui_video_table_label"), elem_id="videos-table")
    video = gr.Dropdown(choices=[], value=None, label=say(language, "ui_video_pick_label"), allow_custom_value=True,
                        elem_id="videos-pick")
    header = gr.Markdown(say(language, "ui_video_pick"), elem_id="videos-header")
    with gr.Row():
        comparisons = gr.Dataframe(headers=fmt.columns(language, fmt.COMPARISON_COLUMN_KEYS), interactive=False,
                                   label=say(language, "ui_video_comparisons_label"), scale=2)
        daily = gr.LinePlot(x="day", y="value", color="metric", height=340, scale=3, elem_id="videos-daily", sort="x",
                            color_title="", color_map=fmt.DAILY_COLOURS, **_daily_words(language))
    suggestions = gr.Markdown(elem_id="videos-suggestions")
    inspirations = gr.Markdown(elem_id="videos-inspirations")
    products = gr.Dataframe(headers=fmt.columns(language, fmt.PRODUCT_COLUMN_KEYS), interactive=False,
                            label=say(language, "ui_video_products_label"), elem_id="videos-products")
    with gr.Row():  # a video's product: what its buyers say, in the VoC tab
        sold = gr.Dropdown(choices=[], value=None, label=say(language, "ui_video_sold_label"), scale=2,
                           elem_id="videos-sold")
        to_product = gr.Button(say(language, "ui_video_to_product"), size="sm", scale=1, elem_id="videos-to-product")

    @shows_errors
    def account_block(days, language=None):
        from tools.video import account_performance

        language = language or services.settings.language
        ctx = services.shop()
        span = int(days or 28)
        perf = account_performance(services.store, ctx, start=ctx.as_of - timedelta(days=span - 1), end=ctx.as_of)
        return fmt.account_markdown(perf, language, ctx.currency)

    @shows_errors
    def videos_list(text, sort_key, chosen, product_id=None, language=None):
        from tools.video import list_videos

        language = language or services.settings.language
        ctx = services.shop()
        items = list_videos(services.store, ctx, services.settings, search=text or None,
                            sort=sort_key or "recent", statuses=[VideoStatus(s) for s in chosen or []] or None,
                            limit=200, product_id=(product_id or "").strip() or None)
        choices = [(f"{v.video_id} · {v.title} · {fmt.status_label(v.status.value, language)}", v.video_id) for v in items]
        return fmt.videos_frame(items, language, ctx.currency), gr.Dropdown(choices=choices)

    @shows_errors
    def video_page(video_id, language=None):
        from tools.video import diagnose_video

        language = language or services.settings.language
        if not video_id:
            empty = pd.DataFrame()
            # No video, no chart: hidden, not emptied (a chart sent an empty frame stays collapsed when data comes).
            return say(language, "ui_video_pick"), empty, gr.LinePlot(visible=False), "", "", empty, gr.Dropdown(
                choices=[], value=None)
        d = diagnose_video(services.store, services.shop(), services.settings, str(video_id).strip())
        known = [(f"{p.product_id} · {p.title}", p.product_id) for p in d.products if p.known]
        return (fmt.video_header_markdown(d, language), fmt.comparisons_frame(d.comparisons, language, d.currency),
                gr.LinePlot(value=fmt.daily_plot_frame(d, language), visible=True), fmt.suggestions_markdown(d, _tutorial_titles(deps, d, language), language),
                fmt.inspirations_markdown(d, language), fmt.video_products_frame(d, language),
                gr.Dropdown(choices=known, value=known[0][1] if known else None))

    def pick_row(evt: gr.SelectData):
        row = evt.row_value or []
        return row[0] if row else gr.skip()

    shown_in = [deps.language] if deps.language is not None else []  # the app's display language
    list_inputs = [search, sort, statuses, selling, *shown_in]
    page_outputs = [header, comparisons, daily, suggestions, inspirations, products, sold]
    account_range.change(account_block, [account_range, *shown_in], account, api_name="video_account")
    apply.click(videos_list, list_inputs, [table, video], api_name="video_list")
    search.submit(videos_list, list_inputs, [table, video], api_visibility="private")
    table.select(pick_row, None, video, api_visibility="private")
    video.change(video_page, [video, *shown_in], page_outputs, api_name="video_page")

    def load(days, text, sort_key, chosen, product_id, language=None):
        frame, choices = videos_list(text, sort_key, chosen, product_id, language)
        return account_block(days, language), frame, choices

    def relabel(language: str):
        """The tab's own words in the display language (its figures are redrawn by the handlers)."""
        return (gr.Radio(choices=ranges(language), label=say(language, "ui_video_range_label")),
                gr.Textbox(label=say(language, "ui_video_search_label"), placeholder=say(language, "ui_video_search_placeholder")),
                gr.Radio(choices=sorts(language), label=say(language, "ui_sort_by")),
                gr.CheckboxGroup(choices=fmt.status_choices(language), label=say(language, "ui_video_status_label")),
                gr.Textbox(label=say(language, "ui_video_selling_label")), gr.Button(say(language, "ui_apply")),
                gr.Dataframe(label=say(language, "ui_video_table_label")), gr.Dropdown(label=say(language, "ui_video_pick_label")),
                gr.Dataframe(label=say(language, "ui_video_comparisons_label")), gr.LinePlot(**_daily_words(language)),
                gr.Dataframe(label=say(language, "ui_video_products_label")), gr.Dropdown(label=say(language, "ui_video_sold_label")),
                gr.Button(say(language, "ui_video_to_product")))

    if deps.language is not None:
        deps.language.change(relabel, deps.language,
                             [account_range, search, sort, statuses, selling, apply, table, video, comparisons, daily,
                              products, sold, to_product], api_visibility="private")
        # One selection drives every panel: a new language redraws the list, the account block and the open video.
        deps.language.change(load, [account_range, *list_inputs], [account, table, video],
                             api_visibility="private").then(video_page, [video, *shown_in], page_outputs,
                                                            api_visibility="private")

    return {"load": (load, [account_range, *list_inputs], [account, table, video]),
            "filters": {"statuses": statuses, "product": selling, "video": video},
            "links": [(to_product, "voc", "product", sold)]}


def _daily_words(language: str) -> dict[str, Any]:
    """The daily chart's title, axes and legend caption in the display language. Its lines keep fixed names and
    colours (`fmt.DAILY_COLOURS`): a chart whose colour map changes after it has drawn stops drawing its lines."""
    return {"title": say(language, "ui_video_daily_title"), "x_title": say(language, "ui_video_daily_x"),
            "y_title": say(language, "ui_video_daily_y"), "label": fmt.daily_caption(language)}


def _tutorial_titles(deps: TabDeps, d: Any, language: str) -> dict[str, str]:
    """Each suggestion's playbook entry by its title in the display language."""
    from vectorstore.content import localized

    kb = deps.knowledge()
    if kb is None:
        return {}
    titles = {}
    for s in d.suggestions:
        entry = kb.get(s.playbook_id)
        if entry is not None:
            titles[s.playbook_id] = localized(entry, language).title
    return titles
