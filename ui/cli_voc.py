"""`seller-copilot voc`: the shop's VoC summary and list, or one product's diagnosis."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from tools.languages.formatting import day
from tools.untrusted_text import escape_invisible
from tools.voc.models import ProductDiagnosis, ShopVocReport, VocLevel
from ui.formatting_voc import benchmark_source_text, excluded_reason, level_cell, watch_list_markdown
from ui.services import build_services

LEVEL_STYLE = {
    VocLevel.AT_RISK: "bold red", VocLevel.NEEDS_ATTENTION: "yellow", VocLevel.MARKET_AVERAGE: "white",
    VocLevel.BELOW_AVERAGE: "green", VocLevel.NO_VERDICT: "dim",
}


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def register(app: typer.Typer) -> None:
    @app.command("voc")
    def voc(
        product: Annotated[str | None, typer.Option(
            "--product", help="One product's full diagnosis: its id, the id's first 6+ characters, or words of its title.")] = None,
        as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY-MM-DD; default today.")] = None,
        window: Annotated[int | None, typer.Option("--window", help="7, 30 or 90 days.")] = None,
        level: Annotated[
            list[str] | None,
            typer.Option("--level", help="Filter by level (repeatable): 'At Risk', 'Needs Attention', 'Market Average', 'Below Average', '-'."),
        ] = None,
        min_gmv: Annotated[float | None, typer.Option("--min-gmv")] = None,
        min_items: Annotated[int | None, typer.Option("--min-items")] = None,
        sort: Annotated[str, typer.Option("--sort", help="gmv, items_sold, rate, ratio or level.")] = "gmv",
        as_json: Annotated[bool, typer.Option("--json", help="Emit the pydantic models as JSON.")] = False,
        language: Annotated[str, typer.Option(
            "--language", help="The product summary's and action plan's language: en, zh, id, th, vi or pt.")] = "en",
    ) -> None:
        """Show the VoC diagnosis summary and product list, or one product's diagnosis."""
        from tools.errors import DataError
        from tools.voc.service import diagnose_shop

        services = build_services()
        try:
            day = date.fromisoformat(as_of) if as_of else None
        except ValueError as exc:
            raise DataError(f"--as-of must be YYYY-MM-DD, got {as_of!r}") from exc
        ctx = services.shop(as_of=day)
        if product:  # one product's diagnosis; its modules load only here
            from tools.voc.drawer import diagnose_product
            from vectorstore.content import playbook_titles

            product_id = services.store.find_product(ctx.shop_id, product)
            diagnosis = diagnose_product(services.store, ctx, services.settings, product_id, window_days=window)
            diagnosis = services.explain_product(diagnosis, language=parse_language(language))
            print(diagnosis.model_dump_json(indent=2)) if as_json else print_product(diagnosis, playbook_titles(parse_language(language)))
            return
        levels = [parse_level(name) for name in level or []]
        report = diagnose_shop(
            services.store, ctx, services.settings, window_days=window, levels=levels or None,
            min_gmv=min_gmv, min_items=min_items, sort=sort,  # type: ignore[arg-type]
        )
        print(report.model_dump_json(indent=2)) if as_json else print_shop(report)


def parse_language(code: str) -> str:
    from tools.errors import DataError
    from tools.languages import codes

    if code not in codes():
        raise DataError(f"--language must be one of {', '.join(codes())}, got {code!r}")
    return code


def parse_level(name: str) -> VocLevel:
    from tools.errors import DataError

    wanted = name.strip().lower().replace("_", " ")
    for level in VocLevel:
        if level.value.lower() == wanted or level.name.lower().replace("_", " ") == wanted:
            return level
    raise DataError(f"Unknown level {name!r}; use one of: {', '.join(level.value for level in VocLevel)}")


def print_shop(report: ShopVocReport) -> None:
    console = Console(highlight=False)  # colours mean levels here; rich's guessing at numbers and ids costs ~0.1 s
    console.print(f"[bold]VoC diagnosis[/] {report.shop_name or report.shop_id}, {day(report.window.start)} → {day(report.window.end)} "
                  f"({report.window.days} days), benchmark: {benchmark_source_text(report.benchmark_source)}")
    summary = Table("Level", "Products", "High GMV")
    for row in report.summary:
        summary.add_row(f"[{LEVEL_STYLE[row.level]}]{row.level.value}[/]", str(row.products), str(row.high_gmv_products))
    console.print(summary)
    for warning in report.early_warnings:
        console.print(f"[bold yellow]Early warning[/] {warning.product_id} {warning.product_title}: {warning.message}")
    table = Table("Product", "Title", "Level", "Rate", "Benchmark", "r/b", "Orders", "GMV 30d", "Items 30d", "Top issue")
    table.columns[0].no_wrap = True  # an id is never cut by the terminal's width: long ones are shortened on purpose
    for row in report.products:
        level = level_cell(row.level.value, row.no_verdict_reason.value if row.no_verdict_reason else None)
        table.add_row(
            short_id(row.product_id) + (" ★" if row.high_gmv else ""), row.title[:32], f"[{LEVEL_STYLE[row.level]}]{level}[/]",
            pct(row.rate), pct(row.benchmark), "-" if row.ratio_to_benchmark is None else f"{row.ratio_to_benchmark:.2f}",
            str(row.orders), f"{row.gmv_30d:,.0f}", str(row.items_sold_30d), row.top_issue_label or row.top_issue or "",
        )
    console.print(table)
    console.print(f"{len(report.products)} of {report.total_products} products shown; ★ = high GMV (fix first)."
                  + (" Long ids show their first 8 characters; `voc --product` accepts them."
                     if any(len(row.product_id) > SHORT_ID for row in report.products) else ""))
    console.print("[bold]Watch list[/] (no level yet, complaints):")
    console.print(watch_list_markdown(report), markup=False, highlight=False, soft_wrap=True)


SHORT_ID = 12


def short_id(item_id: str) -> str:
    """An id as a narrow table shows it: whole up to 12 characters, else its first 8 and an ellipsis (a unique start
    that `voc --product` accepts), so a terminal never cuts it to "a929…"."""
    return item_id if len(item_id) <= SHORT_ID else f"{item_id[:8]}…"


def print_product(d: ProductDiagnosis, titles: dict[str, str] | None = None) -> None:
    console = Console()
    e = d.estimate
    console.print(f"[bold]{d.product_id} {d.title}[/] ({d.category}) — [{LEVEL_STYLE[d.level]}]{d.level.value}[/]")
    console.print(f"  {d.level_reason}")
    console.print(f"  Negative orders {e.negative_orders} of {e.orders}; product part {pct(e.product_part_rate)}, "
                  f"fulfillment part {pct(e.fulfillment_part_rate)}; benchmark: {benchmark_source_text(e.benchmark_source)}")
    if d.previous:
        console.print(f"  Previous period ({d.previous.window.start} → {d.previous.window.end}): {d.previous.level.value}, "
                      f"rate {pct(d.previous.rate)} (change {d.previous.rate_change * 100:+.1f} pts)")
    console.print(f"  GMV 30d {d.gmv_30d:,.0f}, items sold {d.items_sold_30d}" + ("  [bold]high GMV: fix first[/]" if d.high_gmv else ""))
    if d.summary is not None:
        console.print("[bold]What buyers say[/]")
        console.print(f"  {d.summary.text}", markup=False, highlight=False)
    console.print(f"[bold]Top issues[/] ({d.negative_items} negative items; {d.issues_note})")
    for issue in d.issues:
        marker = "[bold red]●[/]" if issue.highlighted else " "
        change = "" if issue.share_change is None else f" ({issue.share_change * 100:+.0f} pts vs previous)"
        console.print(f" {marker} {issue.label}: {pct(issue.share)} ({issue.count}){change}")
        for quote in issue.evidence:
            console.print(f"      “{quote.text[:120]}” — {quote.item_id}, {day(quote.posted_on or quote.created_at)}")
    if d.keywords:
        console.print("[bold]Keywords[/] " + ", ".join(f"{k.keyword} ({k.count}, {k.change:+d})" for k in d.keywords))
    if d.excluded:
        console.print(f"[bold]Excluded[/] ({len(d.excluded)}): not about this product, so not counted above")
        for item in d.excluded:
            console.print(f"   {item.review_id} {item.rating}★ {item.posted}: {excluded_reason(item.category)} — "
                          f"“{escape_invisible(item.preview)}”", markup=False, highlight=False)
    for warning in d.early_warnings:
        console.print(f"[bold yellow]Early warning[/] {warning.message}")
    if d.action_plan:
        console.print("[bold]Action plan[/]")
        for number, step in enumerate(d.action_plan, start=1):
            named = [f"“{(titles or {}).get(entry, entry)}”" for entry in step.playbook_ids]
            cited = f" (playbook: {', '.join(named)})" if named else ""
            console.print(f"  {number}. {step.text}{cited}", markup=False, highlight=False)
