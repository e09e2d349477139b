"""`seller-copilot ask` and `seller-copilot chat`: the agent from the terminal."""

from __future__ import annotations

import uuid
from typing import Annotated

import typer
from rich.console import Console
from rich.markdown import Markdown

from ui.services import build_services


def print_turn(console: Console, turn) -> None:  # turn: agent.models.AgentTurn
    for call in turn.tool_calls:
        status = "error: " + call.error if call.error else "ok"
        console.print(f"[dim]· {call.name}({', '.join(f'{k}={v}' for k, v in call.arguments.items())}) → {status}[/]")
    console.print(Markdown(turn.answer))
    footer = f"mode: {turn.mode}"
    if turn.citations:
        footer += " · sources: " + "; ".join(title for title, _ in turn.cited_entries())
    console.print(f"[dim]{footer}[/]")
    for note in turn.notes:
        console.print(f"[yellow]note: {note}[/]")


def register(app: typer.Typer) -> None:
    @app.command("ask")
    def ask(
        question: Annotated[str, typer.Argument(help="Your question, in your own words, in any of the app's six languages.")],
        as_json: Annotated[bool, typer.Option("--json", help="Emit the AgentTurn as JSON.")] = False,
    ) -> None:
        """Ask the assistant one question about your shop."""
        turn = build_services().agent.ask(question, session_id="cli")
        if as_json:
            print(turn.model_dump_json(indent=2))
        else:
            print_turn(Console(), turn)

    @app.command("chat")
    def chat() -> None:
        """Talk with the assistant in the terminal (empty line or Ctrl-D to quit)."""
        console = Console()
        services = build_services()
        session = uuid.uuid4().hex
        console.print("[bold]Seller Copilot[/] — ask about products, videos or reviews. Empty line to quit.")
        while True:
            try:
                question = console.input("[bold cyan]you>[/] ").strip()
            except (EOFError, KeyboardInterrupt):
                break
            if not question:
                break
            print_turn(console, services.agent.ask(question, session_id=session))
