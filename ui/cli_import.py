"""`seller-copilot import PATH... [--kind KIND]`: load seller files, all-or-nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tools.importer import ROW_CONVENTION, ImportReport, import_paths
from tools.models import TABLES
from ui.services import build_services


def render_report(report: ImportReport, console: Console) -> None:
    if report.imported:
        table = Table(title=f"Imported {report.total_rows:,} rows in {report.elapsed_s:.1f} s")
        for name in ("file", "kind", "format", "rows"):
            table.add_column(name, justify="right" if name == "rows" else "left")
        for file in report.files:
            table.add_row(file.path, file.kind or "?", file.format, f"{file.rows:,}")
        console.print(table)
        return
    console.print(f"[red]Import rejected: {report.error_count:,} problem(s); nothing was written.[/red]")
    for issue in report.shown_errors:
        console.print(issue.render(), markup=False, highlight=False, soft_wrap=True)
    if report.hidden_error_count:
        console.print(f"... and {report.hidden_error_count:,} more")
    console.print(f"[dim]({ROW_CONVENTION})[/dim]")


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_command(
        paths: Annotated[list[Path], typer.Argument(help="CSV, JSONL or Parquet files")],
        kind: Annotated[str | None, typer.Option(
            "--kind", help=f"table of every file: {', '.join(TABLES)} (default: told from each header)")] = None,
    ) -> None:
        """Import seller data files; every row must be valid or nothing is written."""
        services = build_services()
        console = Console()
        try:
            with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                          TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
                task = bar.add_task("reading", total=1.0)
                report = import_paths(
                    services.store, paths, kind=kind,
                    progress=lambda label, fraction: bar.update(task, description=label, completed=fraction))
        finally:
            services.close()
        render_report(report, console)
        if not report.imported:
            raise typer.Exit(1)
