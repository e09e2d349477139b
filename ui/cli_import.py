"""`seller-copilot import PATH... [--source NAME | --kind KIND | --map FILE] [--dry-run]`: load seller files
or marketplace exports, all-or-nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tools.models import TABLES
from ui.services import build_services

if TYPE_CHECKING:
    from tools.importing.report import ImportReport


def render_report(report: ImportReport, console: Console) -> None:
    if report.error_count == 0:
        verb = "Would import" if report.dry_run else "Imported"
        table = Table(title=f"{verb} {report.total_rows:,} rows in {report.elapsed_s:.1f} s")
        for name in ("file", "recognised as", "format", "rows"):
            table.add_column(name, justify="right" if name == "rows" else "left")
        for file in report.files:
            table.add_row(file.path, file.source or file.kind or "?", file.format, f"{file.rows:,}")
        console.print(table)
        if report.dry_run:
            for file in report.files:
                if file.mapping:
                    console.print(f"[bold]{file.path}[/bold] mapping (ours ← file):", highlight=False)
                    for ours, theirs in file.mapping.items():
                        console.print(f"  {ours} ← {theirs}", markup=False, highlight=False)
        counts = Table(title="rows per table" + (" (nothing written: dry run)" if report.dry_run else ""))
        for name in ("table", "rows", "new", "updated"):
            counts.add_column(name, justify="left" if name == "table" else "right")
        for kind, rows in report.staged.items():
            counts.add_row(kind, f"{rows:,}", f"{report.new.get(kind, 0):,}", f"{report.updated.get(kind, 0):,}")
        console.print(counts)
    else:
        verb = "Dry run found" if report.dry_run else "Import rejected:"
        console.print(f"[red]{verb} {report.error_count:,} problem(s); nothing was written.[/red]")
        for issue in report.shown_errors:
            console.print(issue.render(), markup=False, highlight=False, soft_wrap=True)
        if report.hidden_error_count:
            console.print(f"... and {report.hidden_error_count:,} more")
        if report.errors_csv:
            console.print(f"Every problem is listed in {report.errors_csv}", markup=False, highlight=False)
        from tools.importing.report import ROW_CONVENTION

        console.print(f"[dim]({ROW_CONVENTION})[/dim]")
    for notice in report.notices:
        console.print(f"note: {notice}", markup=False, highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_command(
        paths: Annotated[list[Path], typer.Argument(help="CSV/TSV, XLSX, JSONL or Parquet files (our columns or a marketplace export)")],
        kind: Annotated[str | None, typer.Option(
            "--kind", help=f"table of every file, in our columns: {', '.join(TABLES)} (default: told from each header)")] = None,
        source: Annotated[str | None, typer.Option(
            "--source", help="the export every file is: tiktok-orders, shopee-orders, shopify-orders, olist "
                             "(default: recognised by header)")] = None,
        mapping: Annotated[Path | None, typer.Option("--map", help="a mapping file (YAML) for any other export")] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="check and show what would be written; write nothing")] = False,
        time_zone: Annotated[str | None, typer.Option("--time-zone", help="zone of the export's local times, e.g. Asia/Jakarta")] = None,
        currency: Annotated[str | None, typer.Option("--currency", help="currency of amounts written without one, e.g. IDR")] = None,
        date_order: Annotated[str | None, typer.Option("--date-order", help="dmy or mdy, for dates written with slashes")] = None,
        allow_update: Annotated[bool, typer.Option(
            "--allow-update", help="let the import change reviews already reported (their reported text is kept in history)")] = False,
        errors_csv: Annotated[Path | None, typer.Option(
            "--errors-csv", help="where to list every problem (default: the data folder's import-errors/)")] = None,
    ) -> None:
        """Import seller data files or marketplace exports; every row must be valid or nothing is written."""
        services = build_services()
        console = Console()
        target = errors_csv or services.settings.data_dir / "import-errors" / f"{datetime.now():%Y%m%d-%H%M%S}.csv"
        try:
            with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                          TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
                task = bar.add_task("reading", total=1.0)
                from tools.importer import import_paths  # pandas and the readers: loaded for an import only

                report = import_paths(
                    services.store, paths, kind=kind, source=source, mapping=mapping, dry_run=dry_run,
                    time_zone=time_zone, currency=currency, date_order=date_order, allow_update=allow_update,
                    errors_csv=target,
                    progress=lambda label, fraction: bar.update(task, description=label, completed=fraction))
        finally:
            services.close()
        render_report(report, console)
        if report.error_count:
            raise typer.Exit(1)
