"""`seller-copilot demo`: generate the deterministic demo marketplace."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ui.services import build_services


class ScaleOption(StrEnum):
    SMALL = "small"
    DEFAULT = "default"
    LARGE = "large"


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2026-11-20") from exc


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        seed: int = typer.Option(7, help="Random seed: the same seed, scale and end date give identical data."),
        scale: ScaleOption = typer.Option(ScaleOption.DEFAULT, help="small (tests), default (~50k orders) or large (1M+ feedback items)."),
        end_date: str | None = typer.Option(None, "--end-date", help="Last day of the demo (YYYY-MM-DD); default today in the shop's zone."),
        if_empty: bool = typer.Option(False, "--if-empty", help="Do nothing when the store already holds products."),
        replace_imported: bool = typer.Option(
            False, "--replace-imported", help="Also delete imported shops' data (refused without it)."),
    ) -> None:
        """Generate a demo marketplace (replaces the seller data in the store)."""
        from tools.demo import generate_demo

        console = Console()
        last_day = _parse_day(end_date)
        services = build_services()
        try:
            store = services.store
            if if_empty and not store.is_empty():
                console.print(f"The store at {store.path} already has data; left it unchanged (--if-empty).")
                return
            with Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console,
                          transient=True, disable=scale != ScaleOption.LARGE) as bar:
                task = bar.add_task("demo", total=1.0)

                def on_progress(stage: str, fraction: float) -> None:
                    bar.update(task, description=stage, completed=fraction)

                summary = generate_demo(store, seed=seed, scale=scale.value, end_date=last_day, progress=on_progress,
                                        replace_imported=replace_imported)
                # Tag the feedback and assess the 1–2★ reviews now, so the seller's first look is quick.
                from tools.voc.service import ensure_tagged

                ensure_tagged(store, services.shop(), services.settings, progress=on_progress)
        finally:
            services.close()
        table = Table(title="Demo marketplace", caption=f"{summary.scale} scale, seed {summary.seed}, "
                      f"{summary.first_date} to {summary.end_date}, {summary.elapsed_s:.1f} s")
        table.add_column("table")
        table.add_column("rows", justify="right")
        for kind, count in summary.counts.items():
            table.add_row(kind, f"{count:,}")
        console.print(table)
