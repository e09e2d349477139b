"""`seller-copilot tag`: tag one text, a JSONL batch, or every review and return in the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rich.console import Console

from tools.errors import DataError


class BatchLine(BaseModel):
    """One input line of `tag --batch`."""

    model_config = ConfigDict(extra="forbid")

    id: str | int
    text: str
    rating: int | None = Field(default=None, ge=1, le=5)
    return_reason: str | None = None
    language: str | None = None


def _parse_line(line: str, number: int, source: str) -> BatchLine:
    try:
        return BatchLine.model_validate_json(line)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]) or "line"
        raise DataError(
            f"{source} line {number}: {where}: {problem['msg']}. "
            'Each line must be a JSON object like {"id": "r1", "text": "...", "rating": 4}.'
        ) from exc


def _run_batch(path: Path) -> None:
    from tools.tagging.tagger import tag_feedback

    source = "stdin" if str(path) == "-" else str(path)
    if source != "stdin" and not path.exists():
        raise DataError(f"{path} does not exist; pass a JSONL file with one feedback item per line.")
    handle = typer.get_text_stream("stdin") if source == "stdin" else path.open(encoding="utf-8")
    try:
        # Validate everything first, so a bad line 900 does not leave half an output behind.
        lines = [(number, raw) for number, raw in enumerate(handle, 1) if raw.strip()]
        items = [_parse_line(raw, number, source) for number, raw in lines]
    finally:
        if source != "stdin":
            handle.close()
    for item in items:
        result = tag_feedback(item.text, rating=item.rating, return_reason=item.return_reason, language=item.language)
        output = {"id": item.id, "negative": result.negative, "tags": [tag.value for tag in result.tags],
                  "evidence": result.evidence, "language": result.language}
        typer.echo(json.dumps(output, ensure_ascii=False))


def _print_pretty(text: str, rating: int | None, return_reason: str | None, language: str | None) -> None:
    from tools.tagging.tagger import tag_feedback
    from tools.tagging.taxonomy import TAG_LABEL, TAG_PART

    result = tag_feedback(text, rating=rating, return_reason=return_reason, language=language)
    console = Console()
    verdict = "[bold red]negative[/]" if result.negative else "[bold green]not negative[/]"
    console.print(f"{verdict}  (language: {result.language})")
    if not result.tags:
        reason = "rating or overall tone" if result.negative else "no issue words found"
        console.print(f"  no issue tags ({reason})")
    for tag in result.tags:
        quotes = ", ".join(f'"{quote}"' for quote in result.evidence[tag.value])
        console.print(f"  [bold]{tag.value}[/] — {TAG_LABEL[tag]} ({TAG_PART[tag]}): {quotes}", highlight=False)


def _run_store() -> None:
    from tools.tagging.cache import tag_store
    from ui.services import build_services

    services = build_services()
    try:
        stats = tag_store(services.store)
    finally:
        services.close()
    Console().print(
        f"{stats.items_seen:,} feedback items: {stats.items_tagged:,} tagged, {stats.items_cached:,} already cached "
        f"({stats.elapsed_s:.2f} s)"
    )


def _run_model_pass(limit: int | None) -> None:
    from agent.llm import build_chat_model
    from agent.tag_refiner import run_model_pass
    from ui.services import build_services

    services = build_services()
    try:
        model = build_chat_model(services.settings)
        if model is None:
            raise DataError("the model pass needs a model: set OPENAI_API_KEY (and OPENAI_BASE_URL for a local server).")
        report = run_model_pass(services.store, services.settings, model, limit=limit)
    finally:
        services.close()
    cost = f", about {report.estimated_cost:.4f} in your currency" if report.estimated_cost is not None else ""
    Console().print(
        f"{report.requested:,} unsure items: {report.from_cache:,} answered from the cache, {report.sent:,} sent to "
        f"{report.model}; {report.accepted:,} verdicts accepted, {report.rejected:,} rejected (evidence not in the text), "
        f"{report.failed_calls:,} failed calls. {report.model_calls:,} calls, {report.prompt_tokens:,} prompt + "
        f"{report.completion_tokens:,} completion tokens{cost}, {report.seconds:.1f} s."
    )


def register(app: typer.Typer) -> None:
    @app.command("tag")
    def tag(
        text: Annotated[str | None, typer.Option("--text", help="One review or return text to tag.")] = None,
        rating: Annotated[int | None, typer.Option("--rating", min=1, max=5, help="Star rating of the review (1–5).")] = None,
        return_reason: Annotated[str | None, typer.Option("--return-reason", help="Return reason code, e.g. DAMAGED.")] = None,
        language: Annotated[str | None, typer.Option("--language", help="Skip detection: en, zh, id, th, vi or pt.")] = None,
        batch: Annotated[Path | None, typer.Option("--batch", help='JSONL file ("-" for stdin) of {"id", "text", "rating"?} lines.')] = None,
        store: Annotated[bool, typer.Option("--store", help="Tag every new or changed review and return in the store.")] = False,
        model_pass: Annotated[
            bool,
            typer.Option("--model-pass", help="Ask the configured model about stored feedback the offline tagger is unsure of."),
        ] = False,
        limit: Annotated[int | None, typer.Option("--limit", min=0, help="With --model-pass: at most this many items.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    ) -> None:
        """Tag feedback with issue tags, the words that triggered them, and a negative verdict."""
        chosen = sum(option is not None and option is not False for option in (text, batch, store or None, model_pass or None))
        if chosen != 1:
            raise typer.BadParameter("give exactly one of --text, --batch, --store or --model-pass")
        if model_pass:
            _run_model_pass(limit)
        elif batch is not None:
            _run_batch(batch)
        elif store:
            _run_store()
        elif as_json:
            from tools.tagging.tagger import tag_feedback

            result = tag_feedback(text or "", rating=rating, return_reason=return_reason, language=language)
            typer.echo(result.model_dump_json())
        else:
            _print_pretty(text or "", rating, return_reason, language)
