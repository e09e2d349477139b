"""Data tab: which shop and as-of day are active, upload exports, regenerate the demo marketplace."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import gradio as gr

from tools.errors import AppError, DataError
from tools.models import TABLES
from ui import formatting as fmt
from ui import frames
from ui.tabs import TabDeps, progress_callback, shows_errors

UPLOAD_TYPES = [".csv", ".tsv", ".txt", ".xlsx", ".jsonl", ".json", ".parquet"]


def build(deps: TabDeps) -> dict[str, Any]:
    services = deps.services
    shop = gr.Markdown(elem_id="data-shop")

    with gr.Row():
        with gr.Column(scale=3):
            gr.Markdown("### Upload your exports\nCSV, JSONL or Parquet: shops, products, orders, reviews, returns, "
                        "videos, video stats, video violations, benchmarks, chats. Every row is checked; if any row "
                        "is wrong nothing is written, and the problems are listed by file, row and column.")
            files = gr.File(file_count="multiple", file_types=UPLOAD_TYPES, label="Export files", elem_id="data-files")
            upload = gr.Button("Import", variant="primary", elem_id="data-import")
            report = gr.Markdown(elem_id="data-report")
            errors = gr.Dataframe(headers=["file", "row", "line", "column", "value", "problem"], interactive=False,
                                  wrap=True, label="Problems (first ones)", elem_id="data-errors")
            with gr.Accordion("What files the import reads: expected columns and templates", open=False):
                gr.Markdown(_expected_markdown(), elem_id="data-expected")
                with gr.Row():
                    template_kind = gr.Dropdown(list(TABLES), value="reviews", label="Template for", scale=2)
                    template = gr.File(label="Template (header row, our columns)", interactive=False, scale=3,
                                       elem_id="data-template")
        with gr.Column(scale=2):
            gr.Markdown("### Demo marketplace\nRegenerate the demo data. It replaces the demo shops' data; a store that "
                        "holds your imported data is refused unless you allow it below.")
            seed = gr.Number(value=7, precision=0, label="Seed")
            scale = gr.Radio(["small", "default", "large"], value="default", label="Scale")
            end_date = gr.Textbox(value="", label="Last day (YYYY-MM-DD, empty = today)")
            confirmed = gr.Checkbox(value=False, label="Yes, replace the demo data now", elem_id="data-demo-confirm")
            replace_imported = gr.Checkbox(value=False, label="Also delete my imported data", elem_id="data-demo-imported")
            regenerate = gr.Button("Regenerate demo data", variant="secondary", elem_id="data-demo")
            demo_status = gr.Markdown(elem_id="data-demo-status")

    def data_status():
        try:
            ctx = services.shop()
        except AppError as exc:
            return fmt.shop_markdown(None, None, str(exc))
        return fmt.shop_markdown(ctx, services.store.counts())

    @shows_errors
    def import_files(paths, progress=gr.Progress()):
        from tools.importer import import_paths

        if not paths:
            raise DataError("Choose at least one export file (CSV, XLSX, JSONL or Parquet) first.")
        chosen = [Path(p if isinstance(p, str) else p.name) for p in (paths if isinstance(paths, list) else [paths])]
        errors_csv = services.settings.data_dir / "import-errors" / f"{datetime.now():%Y%m%d-%H%M%S}.csv"
        result = import_paths(services.store, chosen, progress=progress_callback(progress), errors_csv=errors_csv)
        if result.imported:
            gr.Info(f"Imported {result.total_rows:,} rows.")
        else:
            gr.Warning(f"Nothing imported: {result.error_count:,} problem(s).")
        return fmt.import_report_markdown(result), frames.import_errors_frame(result), data_status()

    @shows_errors
    def regenerate_demo(seed_value, scale_value, end_text, sure, also_imported, progress=gr.Progress()):
        from tools.demo import generate_demo

        if not sure:  # destructive: asked for outright, never on a stray click
            return "Tick *Yes, replace the demo data now* first: regenerating deletes the current demo rows.", gr.skip()

        try:
            end = date.fromisoformat(end_text.strip()) if end_text and end_text.strip() else None
        except ValueError as exc:
            raise DataError(f"The last day must be YYYY-MM-DD, got {end_text!r}.") from exc
        kwargs: dict[str, Any] = {"seed": int(seed_value or 7), "scale": scale_value or "default",
                                  "progress": progress_callback(progress)}
        if end is not None:
            kwargs["end_date"] = end
        summary = generate_demo(services.store, replace_imported=bool(also_imported), **kwargs)
        return f"✔ Demo data regenerated. {_summary_text(summary)}", data_status()

    def template_file(kind):
        from tools.importing.kinds import template_csv

        folder = services.settings.data_dir / "templates"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{kind}.csv"
        path.write_text(template_csv(kind), encoding="utf-8")
        return str(path)

    template_kind.change(template_file, template_kind, template, api_name="import_template")
    upload.click(import_files, files, [report, errors, shop], api_name="import_files")
    regenerate.click(regenerate_demo, [seed, scale, end_date, confirmed, replace_imported], [demo_status, shop],
                     api_name="regenerate_demo")
    return {"load": (data_status, [], [shop])}


def _summary_text(summary: object) -> str:
    """Whatever the generator returns (a model with counts, or nothing), as one line."""
    if summary is None:
        return ""
    counts = getattr(summary, "counts", {}) or {}
    days = f"{getattr(summary, 'first_date', '')} → {getattr(summary, 'end_date', '')}"
    return f"Days {days}; " + ", ".join(f"{kind} {n:,}" for kind, n in counts.items())


def _expected_markdown() -> str:
    """Every table's columns (required in bold) and the marketplace exports recognised by their headers."""
    from tools.importing.adapters import export_adapters
    from tools.importing.kinds import columns_of, required_columns

    lines = ["Files in **our columns** (one table per file; CSV, TSV, XLSX, JSONL or Parquet; required columns in bold):", ""]
    for kind in TABLES:
        required = set(required_columns(kind))
        lines.append(f"- **{kind}**: " + ", ".join(f"**{name}**" if name in required else name for name in columns_of(kind)))
    labels = ", ".join(adapter.label for adapter in export_adapters())
    lines += ["", f"**Marketplace exports** recognised by their header, as downloaded: {labels}."]
    return "\n".join(lines) + "\n"
