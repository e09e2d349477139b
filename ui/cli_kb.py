"""`seller-copilot kb rebuild | search QUERY | show ID`: the playbook and help knowledge base."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from tools.errors import NotFoundError
from ui.services import build_services
from vectorstore.content import COLLECTIONS

if TYPE_CHECKING:
    from vectorstore.index import KnowledgeBase, RebuildReport
    from vectorstore.retrieval import KnowledgeHit


def _knowledge_base() -> KnowledgeBase:
    from vectorstore.index import build_knowledge_base  # chromadb: loaded only when a command needs the base

    return build_knowledge_base(build_services().settings)


def render_rebuild(report: RebuildReport, console: Console) -> None:
    table = Table(title=f"Knowledge base at {report.backend} ({report.seconds:.2f} s)")
    for name in ("collection", "entries", "re-embedded", "content hash"):
        table.add_column(name, justify="right" if name == "entries" else "left")
    for item in report.collections:
        table.add_row(item.collection, str(item.entries), "yes" if item.rebuilt else "no (unchanged)", item.content_hash[:12])
    console.print(table)


def render_hits(hits: list[KnowledgeHit], console: Console) -> None:
    if not hits:
        console.print("No entry matches these filters. Try without --category or --tag.")
        return
    table = Table(show_lines=False)
    table.add_column("score", justify="right")
    table.add_column("id", no_wrap=True)
    table.add_column("title", overflow="fold")
    table.add_column("tags", overflow="fold", style="dim")
    for hit in hits:
        table.add_row(f"{hit.score:.3f}", hit.id, hit.title, ", ".join(hit.tags))
    console.print(table)


def register(app: typer.Typer) -> None:
    kb = typer.Typer(help="The knowledge base: playbook success cases and help entries.", no_args_is_help=True)
    app.add_typer(kb, name="kb")

    @kb.command("rebuild")
    def rebuild_command(
        if_changed: Annotated[bool, typer.Option(
            "--if-changed", help="re-embed only collections whose content changed")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
    ) -> None:
        """Re-embed the knowledge base from the content files."""
        report = _knowledge_base().rebuild(force=not if_changed)
        if as_json:
            typer.echo(report.model_dump_json(indent=2))
            return
        render_rebuild(report, Console())

    @kb.command("search")
    def search_command(
        query: Annotated[str, typer.Argument(help="what you want to know, in any language")],
        collection: Annotated[str, typer.Option(
            "--collection", "-c", help=f"one of {', '.join(COLLECTIONS)}")] = "playbook",
        category: Annotated[str | None, typer.Option(
            "--category", help="category name or fashion|beauty|electronics|home (entries for all categories included)")] = None,
        tags: Annotated[list[str] | None, typer.Option(
            "--tag", "-t", help="keep entries carrying any of these tags (repeatable), e.g. size_fit")] = None,
        k: Annotated[int, typer.Option("-k", min=1, max=50, help="number of entries")] = 3,
        as_json: Annotated[bool, typer.Option("--json", help="print the hits as JSON")] = False,
    ) -> None:
        """Find the entries closest in meaning to QUERY."""
        hits = _knowledge_base().search(
            query, collection=collection, category=category, tags=tags or None, k=k  # type: ignore[arg-type]
        )
        if as_json:
            typer.echo(json.dumps([h.model_dump() for h in hits], ensure_ascii=False, indent=2))
            return
        render_hits(hits, Console())

    @kb.command("show")
    def show_command(
        entry_id: Annotated[str, typer.Argument(help="an entry id, e.g. pb-fashion-not_as_described")],
        as_json: Annotated[bool, typer.Option("--json", help="print the entry as JSON")] = False,
    ) -> None:
        """Print one entry."""
        entry = _knowledge_base().get(entry_id)
        if entry is None:
            raise NotFoundError(f"no knowledge-base entry {entry_id!r}; find ids with `seller-copilot kb search`")
        if as_json:
            typer.echo(entry.model_dump_json(indent=2))
            return
        console = Console()
        console.print(f"[bold]{entry.title}[/bold]  [dim]{entry.id} · {entry.collection} · {entry.category} · "
                      f"{', '.join(entry.tags)}[/dim]")
        from rich.markdown import Markdown  # markdown-it: only for the one command that renders an entry

        console.print(Markdown(entry.body))
