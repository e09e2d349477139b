"""`seller-copilot videos`: account performance and the video list, or one video's diagnosis."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from tools.video.models import MetricChange, VideoDiagnosis, VideoOverview, VideoStatus
from ui.formatting import gpm_benchmark_text
from ui.services import build_services

STATUS_STYLE = {
    VideoStatus.TRIGGER_VIOLATION: "bold red", VideoStatus.DID_NOT_MEET_THRESHOLD: "yellow",
    VideoStatus.CAN_DO_BETTER: "cyan", VideoStatus.GOOD_PERFORMANCE: "green", VideoStatus.IN_EVALUATION: "dim",
}
SORTS = ("recent", "revenue", "views", "items_sold")
RATE_METRICS = {"finish rate", "click-through rate", "conversion rate", "interaction rate"}
MONEY_METRICS = {"GMV", "GPM"}


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def number(value: float | None, digits: int = 0) -> str:
    """The shared formatter's English figures: grouped, at most `digits` decimals ("487", "16.5", "10,911.51")."""
    from tools.languages.formatting import number as formatted

    return formatted(value, "en", digits=digits)


def parse_status(name: str) -> VideoStatus:
    from tools.errors import DataError

    wanted = name.strip().lower().replace("_", " ").replace("-", " ")
    for status in VideoStatus:
        if wanted in (status.value.lower(), status.name.lower().replace("_", " ")):
            return status
    raise DataError(f"Unknown status {name!r}; use one of: {', '.join(repr(s.value) for s in VideoStatus)}")


def register(app: typer.Typer) -> None:
    @app.command("videos")
    def videos(
        video: Annotated[str | None, typer.Option("--video", help="One video's full diagnosis.")] = None,
        search: Annotated[str | None, typer.Option("--search", help="Title text or video id.")] = None,
        sort: Annotated[str, typer.Option("--sort", help="recent, revenue, views or items_sold.")] = "recent",
        status: Annotated[
            list[str] | None,
            typer.Option("--status", help="Filter by status (repeatable): 'Trigger violation', 'Did not meet threshold', 'Can do better', 'Good"
                " performance', 'In evaluation'."),
        ] = None,
        as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY-MM-DD; default today.")] = None,
        limit: Annotated[int, typer.Option("--limit", help="Rows in the list.")] = 50,
        include_all: Annotated[bool, typer.Option("--all", help="Also list videos older than the lookback (90 days).")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Emit the pydantic models as JSON.")] = False,
    ) -> None:
        """Show account performance and the video list, or one video's diagnosis."""
        from tools.errors import DataError
        from tools.video.listing import video_overview
        from tools.video.service import diagnose_video

        if sort not in SORTS:
            raise DataError(f"--sort must be one of {', '.join(SORTS)}, got {sort!r}")
        try:
            day = date.fromisoformat(as_of) if as_of else None
        except ValueError as exc:
            raise DataError(f"--as-of must be YYYY-MM-DD, got {as_of!r}") from exc
        services = build_services()
        try:
            ctx = services.shop(as_of=day)
            if video:
                diagnosis = diagnose_video(services.store, ctx, services.settings, video)
                print(diagnosis.model_dump_json(indent=2)) if as_json else print_diagnosis(diagnosis, ctx.currency)
                return
            statuses = [parse_status(name) for name in status or []]
            overview = video_overview(
                services.store, ctx, services.settings, search=search, sort=sort,  # type: ignore[arg-type]
                statuses=statuses or None, limit=limit, include_all=include_all,
            )
            print(overview.model_dump_json(indent=2)) if as_json else print_overview(overview, ctx.currency)
        finally:
            services.close()


def _change(change: MetricChange, digits: int = 0) -> str:
    delta = "n/a" if change.change_percent is None else f"{change.change_percent:+.1f}%"
    return f"{change.current:,.{digits}f} ({delta})"


def print_overview(overview: VideoOverview, currency: str) -> None:
    console = Console()
    account = overview.account
    console.print(f"[bold]Account performance[/] {account.start} → {account.end} "
                  f"(vs {account.previous_start} → {account.previous_end})")
    summary = Table("Videos", f"Revenue ({currency})", "Views", "Orders", "Items sold")
    summary.add_row(_change(account.videos_posted), _change(account.revenue), _change(account.views),
                    _change(account.orders), _change(account.items_sold))
    console.print(summary)
    table = Table("Video", "Title", "Posted", "Status", "Revenue 7d", "Views 7d", "Orders", "Items sold", "GPM")
    for item in overview.videos:
        table.add_row(
            item.video_id, item.title[:36], item.video_post_time.strftime("%Y-%m-%d"),
            f"[{STATUS_STYLE[item.status]}]{item.status.value}[/]", number(item.gmv), number(item.views),
            number(item.orders), number(item.items_sold), number(item.gpm, 1),
        )
    console.print(table)
    console.print(f"{len(overview.videos)} of {overview.total_videos} videos shown. "
                  "Details: seller-copilot videos --video ID")


def print_diagnosis(d: VideoDiagnosis, currency: str) -> None:
    console = Console()
    console.print(f"[bold]{d.video_id} {d.title}[/] ({d.category}, {d.username}) — "
                  f"[{STATUS_STYLE[d.status]}]{d.status.value}[/]")
    length = (d.window_last_day - d.window_first_day).days + 1
    console.print(f"  window {d.window_first_day} → {d.window_last_day} (shop days), {d.days_elapsed} of {length} days"
                  + ("" if d.window_complete else " so far: partial metrics, no status yet"))
    for violation in d.violations:
        console.print(f"  [red]Violation[/] day {violation.day_number}: {violation.policy} — {violation.reason}")
    if d.account_standing_note:
        console.print(f"  {d.account_standing_note}")
    for failure in d.failed_requirements:
        console.print(f"  [yellow]Not met[/] {failure.requirement}: {failure.detail}")
    if d.gpm_gap is not None and d.gpm_gap.gap_percent is not None:
        console.print(f"  GPM {number(d.gpm_gap.gpm, 1)} vs benchmark {number(d.gpm_gap.benchmark_gpm, 1)} "
                      f"({d.gpm_gap.gap_percent:+.0f}%; {gpm_benchmark_text(d.gpm_gap)})")
    metrics = Table("Key metric", "Video", "Category median", "× median")
    for row in d.comparisons:
        digits = 1 if row.metric in MONEY_METRICS else 0
        show = pct if row.metric in RATE_METRICS else (lambda v, digits=digits: number(v, digits))
        ratio = "-" if row.ratio_to_median is None else f"{row.ratio_to_median:.2f}"
        label = f"{row.metric} ({currency})" if row.metric == "GMV" else row.metric
        metrics.add_row(label, show(row.value), show(row.category_median), ratio)
    console.print(metrics)
    daily = Table("Day", "Date", "Views", "GMV", "Orders", "Items", "Finished", "Clicks")
    for point in d.daily:
        daily.add_row(str(point.day_number), str(point.date), number(point.views), number(point.gmv, 2),
                      number(point.orders), number(point.items_sold), number(point.finished_views), number(point.product_clicks))
    console.print(daily)
    if d.suggestions:
        from vectorstore.content import playbook_titles

        titles = playbook_titles()
        console.print("[bold]Suggestions[/] (biggest expected impact first)")
        for index, suggestion in enumerate(d.suggestions, 1):
            impact = "" if suggestion.expected_gmv_uplift is None else f", ≈ +{suggestion.expected_gmv_uplift:,.0f} {currency}"
            where = "" if suggestion.value is None or suggestion.category_median is None else (
                f" — {pct(suggestion.value)} vs median {pct(suggestion.category_median)}")
            tutorial = titles.get(suggestion.playbook_id)  # the entry by its title, never our id for it
            console.print(f" {index}. [bold]{suggestion.topic.value}[/]{where}{impact}"
                          + (f" [dim](playbook: “{tutorial}”)[/]" if tutorial else ""))
            console.print(f"    {suggestion.advice}")
    if d.inspirations:
        console.print("[bold]Inspirations[/]")
        for item in d.inspirations:
            console.print(f"  {item.video_id} {item.title[:40]} ({item.username}): {item.summary}")
    if d.products:
        products = Table("Product", "Title", "Commission", "Items sold", f"GMV ({currency})")
        for product in d.products:
            products.add_row(product.product_id, product.title[:40], pct(product.commission_rate),
                             number(product.items_sold, 1), number(product.gmv, 2))
        console.print(products)
        console.print(f"  [dim]Per-product figures: {d.products[0].allocation.value}.[/]")
    else:
        console.print("  No product linked.")
