"""Videos tab: account performance, a searchable/sortable list, and one video's diagnosis page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import gradio as gr
import pandas as pd

from tools.video.models import VideoStatus
from ui import formatting_videos as fmt
from ui.tabs import TabDeps, shows_errors

SORTS = [("Recent", "recent"), ("Revenue", "revenue"), ("Views", "views"), ("Items sold", "items_sold")]
RANGES = [("Last 7 days", 7), ("Last 28 days", 28), ("Last 90 days", 90)]


def build(deps: TabDeps) -> dict[str, Any]:
    services = deps.services
    with gr.Row():
        account_range = gr.Radio(RANGES, value=28, label="Account performance range", scale=1)
        account = gr.Markdown(elem_id="videos-account")
    with gr.Row():
        search = gr.Textbox(label="Search title or id", placeholder="e.g. charger or V-3001", scale=2)
        sort = gr.Radio(SORTS, value="recent", label="Sort", scale=2)
        statuses = gr.CheckboxGroup([s.value for s in VideoStatus], value=[], label="Status (none = all)", scale=3)
        selling = gr.Textbox(label="Selling product id (empty = all)", scale=1, elem_id="videos-selling")
        apply = gr.Button("Apply", variant="primary", scale=0, elem_id="videos-apply")
    table = gr.Dataframe(headers=fmt.VIDEO_COLUMNS, interactive=False, wrap=True, max_height=320,
                         label="Videos (click a row to open it)", elem_id="videos-table")
    video = gr.Dropdown(choices=[], value=None, label="Video", allow_custom_value=True, elem_id="videos-pick")
    header = gr.Markdown("Pick a video to open its page.", elem_id="videos-header")
    with gr.Row():
        comparisons = gr.Dataframe(headers=["metric", "this video", "category median", "vs median"],
                                   interactive=False, label="Key metrics vs category median", scale=2)
        daily = gr.LinePlot(x="day", y="value", color="metric", title="Daily results in the window", height=340,
                            scale=3, label=f"Daily chart ({fmt.legend_caption(fmt.DAILY_COLOURS)})", elem_id="videos-daily",
                            sort="x", x_title="day of the window", y_title="value", color_map=fmt.DAILY_COLOURS,
                            color_title="")
    suggestions = gr.Markdown(elem_id="videos-suggestions")
    inspirations = gr.Markdown(elem_id="videos-inspirations")
    products = gr.Dataframe(headers=["product", "title", "price", "commission", "items sold", "GMV", "allocation"],
                            interactive=False, label="Products in this video", elem_id="videos-products")
    with gr.Row():  # a video's product: what its buyers say, in the VoC tab
        sold = gr.Dropdown(choices=[], value=None, label="Product sold", scale=2, elem_id="videos-sold")
        to_product = gr.Button("Customer feedback on this product", size="sm", scale=1, elem_id="videos-to-product")

    @shows_errors
    def account_block(days):
        from tools.video import account_performance

        ctx = services.shop()
        span = int(days or 28)
        perf = account_performance(services.store, ctx, start=ctx.as_of - timedelta(days=span - 1), end=ctx.as_of)
        return fmt.account_markdown(perf)

    @shows_errors
    def videos_list(text, sort_key, chosen, product_id=None):
        from tools.video import list_videos

        items = list_videos(services.store, services.shop(), services.settings, search=text or None,
                            sort=sort_key or "recent", statuses=[VideoStatus(s) for s in chosen or []] or None,
                            limit=200, product_id=(product_id or "").strip() or None)
        choices = [(f"{v.video_id} · {v.title} · {v.status.value}", v.video_id) for v in items]
        return fmt.videos_frame(items), gr.Dropdown(choices=choices)

    @shows_errors
    def video_page(video_id):
        from tools.video import diagnose_video

        if not video_id:
            empty = pd.DataFrame()
            return "Pick a video to open its page.", empty, empty, "", "", empty, gr.Dropdown(choices=[], value=None)
        d = diagnose_video(services.store, services.shop(), services.settings, str(video_id).strip())
        known = [(f"{p.product_id} · {p.title}", p.product_id) for p in d.products if p.known]
        return (fmt.video_header_markdown(d), fmt.comparisons_frame(d.comparisons), fmt.daily_plot_frame(d),
                fmt.suggestions_markdown(d, _tutorial_titles(deps, d)), fmt.inspirations_markdown(d),
                fmt.video_products_frame(d), gr.Dropdown(choices=known, value=known[0][1] if known else None))

    def pick_row(evt: gr.SelectData):
        row = evt.row_value or []
        return row[0] if row else gr.skip()

    account_range.change(account_block, account_range, account, api_name="video_account")
    list_inputs = [search, sort, statuses, selling]
    apply.click(videos_list, list_inputs, [table, video], api_name="video_list")
    search.submit(videos_list, list_inputs, [table, video], api_visibility="private")
    table.select(pick_row, None, video, api_visibility="private")
    video.change(video_page, video, [header, comparisons, daily, suggestions, inspirations, products, sold],
                 api_name="video_page")

    def load(days, text, sort_key, chosen, product_id):
        frame, choices = videos_list(text, sort_key, chosen, product_id)
        return account_block(days), frame, choices

    return {"load": (load, [account_range, *list_inputs], [account, table, video]),
            "filters": {"statuses": statuses, "product": selling},
            "links": [(to_product, "voc", "product", sold)]}


def _tutorial_titles(deps: TabDeps, d: Any) -> dict[str, str]:
    kb = deps.knowledge()
    if kb is None:
        return {}
    titles = {}
    for s in d.suggestions:
        entry = kb.get(s.playbook_id)
        if entry is not None:
            titles[s.playbook_id] = entry.title
    return titles
