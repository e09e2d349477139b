"""Data tab: which shop and as-of day are active, upload exports, regenerate the demo marketplace."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import gradio as gr

from tools.errors import AppError, DataError
from tools.languages import say
from tools.languages.formatting import number
from tools.models import TABLES
from ui import formatting_data as fmt
from ui import frames
from ui.tabs import TabDeps, progress_callback, shows_errors

UPLOAD_TYPES = [".csv", ".tsv", ".txt", ".xlsx", ".jsonl", ".json", ".parquet"]
SCALES = ("small", "default", "large")


def build(deps: TabDeps) -> dict[str, Any]:
    services = deps.services
    shown = services.settings.language
    shop = gr.Markdown(elem_id="data-shop")

    with gr.Row():
        with gr.Column(scale=3):
            upload_title = gr.Markdown(say(shown, "ui_data_upload_title"))
            files = gr.File(file_count="multiple", file_types=UPLOAD_TYPES, label=say(shown, "ui_data_files_label"),
                            elem_id="data-files")
            upload = gr.Button(say(shown, "ui_data_import"), variant="primary", elem_id="data-import")
            report = gr.Markdown(elem_id="data-report")
            errors = gr.Dataframe(headers=frames.import_errors_frame_headers(shown), interactive=False, wrap=True,
                                  column_widths=["17%", "10%", "13%", "14%", "10%", "36%"],  # headers never break mid-word
                                  label=say(shown, "ui_data_errors_label"), elem_id="data-errors")
            with gr.Accordion(say(shown, "ui_data_expected_title"), open=False) as expected_box:
                expected = gr.Markdown(fmt.expected_markdown(shown), elem_id="data-expected")
                with gr.Row():
                    template_kind = gr.Dropdown(_kinds(shown), value="reviews", label=say(shown, "ui_data_template_for"),
                                                scale=2)
                    template = gr.File(label=say(shown, "ui_data_template_label"), interactive=False, scale=3,
                                       elem_id="data-template")
        with gr.Column(scale=2):
            demo_title = gr.Markdown(say(shown, "ui_data_demo_title"))
            seed = gr.Number(value=7, precision=0, label=say(shown, "ui_data_seed"))
            scale = gr.Radio(_scales(shown), value="default", label=say(shown, "ui_data_scale"))
            end_date = gr.Textbox(value="", label=say(shown, "ui_data_last_day"))
            confirmed = gr.Checkbox(value=False, label=say(shown, "ui_data_confirm"), elem_id="data-demo-confirm")
            replace_imported = gr.Checkbox(value=False, label=say(shown, "ui_data_also_imported"), elem_id="data-demo-imported")
            regenerate = gr.Button(say(shown, "ui_data_regenerate"), variant="secondary", elem_id="data-demo")
            demo_status = gr.Markdown(elem_id="data-demo-status")
    last_import = gr.State(None)  # the last import's report, so a new display language says it again

    def data_status(shown=None):
        shown = shown or services.settings.language
        try:
            ctx = services.shop()
        except AppError as exc:
            return fmt.shop_markdown(None, None, str(exc), shown)
        return fmt.shop_markdown(ctx, services.store.counts(), language=shown)

    @shows_errors
    def import_files(paths, shown=None, progress=gr.Progress()):
        from tools.importer import import_paths

        shown = shown or services.settings.language
        if not paths:
            raise DataError(say(shown, "ui_data_need_files"))
        chosen = [Path(p if isinstance(p, str) else p.name) for p in (paths if isinstance(paths, list) else [paths])]
        errors_csv = services.settings.data_dir / "import-errors" / f"{datetime.now():%Y%m%d-%H%M%S}.csv"
        result = import_paths(services.store, chosen, progress=progress_callback(progress), errors_csv=errors_csv)
        if result.imported:
            gr.Info(say(shown, "ui_data_imported_toast", rows=number(result.total_rows, shown)))
        else:
            gr.Warning(say(shown, "ui_data_rejected_toast", problems=number(result.error_count, shown)))
        return (fmt.import_report_markdown(result, shown), frames.import_errors_frame(result, shown),
                data_status(shown), result.model_dump(mode="json"))

    @shows_errors
    def regenerate_demo(seed_value, scale_value, end_text, sure, also_imported, shown=None, progress=gr.Progress()):
        from tools.demo import generate_demo

        shown = shown or services.settings.language
        if not sure:  # destructive: asked for outright, never on a stray click
            return say(shown, "ui_data_confirm_first", confirm=say(shown, "ui_data_confirm")), gr.skip()
        try:
            end = date.fromisoformat(end_text.strip()) if end_text and end_text.strip() else None
        except ValueError as exc:
            raise DataError(say(shown, "ui_data_bad_day", value=repr(end_text))) from exc
        kwargs: dict[str, Any] = {"seed": int(seed_value or 7), "scale": scale_value or "default",
                                  "progress": progress_callback(progress)}
        if end is not None:
            kwargs["end_date"] = end
        summary = generate_demo(services.store, replace_imported=bool(also_imported), **kwargs)
        return fmt.demo_summary(summary, shown), data_status(shown)

    def template_file(kind):
        from tools.importing.kinds import template_csv

        folder = services.settings.data_dir / "templates"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{kind}.csv"
        path.write_text(template_csv(kind), encoding="utf-8")
        return str(path)

    shown_in = [deps.language] if deps.language is not None else []  # the app's display language
    template_kind.change(template_file, template_kind, template, api_name="import_template")
    upload.click(import_files, [files, *shown_in], [report, errors, shop, last_import], api_name="import_files")
    regenerate.click(regenerate_demo, [seed, scale, end_date, confirmed, replace_imported, *shown_in], [demo_status, shop],
                     api_name="regenerate_demo")

    def relabel(shown: str, imported: dict[str, Any] | None) -> tuple[Any, ...]:
        """The tab's own words in the display language, and the last import's outcome said again in it."""
        from tools.importing import ImportReport

        if imported:
            result = ImportReport.model_validate(imported)
            outcome, problems = fmt.import_report_markdown(result, shown), frames.import_errors_frame(result, shown)
        else:
            outcome, problems = gr.skip(), frames.import_errors_frame(None, shown)
        return (data_status(shown), say(shown, "ui_data_upload_title"), gr.File(label=say(shown, "ui_data_files_label")),
                gr.Button(say(shown, "ui_data_import")), outcome,
                gr.Dataframe(value=problems, label=say(shown, "ui_data_errors_label")),
                gr.Accordion(label=say(shown, "ui_data_expected_title")), fmt.expected_markdown(shown),
                gr.Dropdown(choices=_kinds(shown), label=say(shown, "ui_data_template_for")),
                gr.File(label=say(shown, "ui_data_template_label")), say(shown, "ui_data_demo_title"),
                gr.Number(label=say(shown, "ui_data_seed")), gr.Radio(choices=_scales(shown), label=say(shown, "ui_data_scale")),
                gr.Textbox(label=say(shown, "ui_data_last_day")), gr.Checkbox(label=say(shown, "ui_data_confirm")),
                gr.Checkbox(label=say(shown, "ui_data_also_imported")), gr.Button(say(shown, "ui_data_regenerate")))

    if deps.language is not None:
        deps.language.change(relabel, [deps.language, last_import],
                             [shop, upload_title, files, upload, report, errors, expected_box, expected, template_kind, template,
                              demo_title, seed, scale, end_date, confirmed, replace_imported, regenerate],
                             api_visibility="private")
    return {"load": (data_status, shown_in, [shop])}


def _kinds(shown: str) -> list[tuple[str, str]]:
    """The file kinds a template exists for, by their names in the display language."""
    return [(fmt.table_label(kind, shown), kind) for kind in TABLES]


def _scales(shown: str) -> list[tuple[str, str]]:
    return [(say(shown, f"ui_data_scale_{scale}"), scale) for scale in SCALES]
