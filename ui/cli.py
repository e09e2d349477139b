"""The `seller-copilot` command. Each command group lives in its own `ui/cli_*.py` module."""

from __future__ import annotations

import sys

import typer

from tools.errors import AppError

# One module per command group, each exposing `register(app)`.
COMMAND_MODULES = (
    "cli_demo", "cli_import", "cli_tag", "cli_voc", "cli_video", "cli_reviews",
    "cli_kb", "cli_agent", "cli_app", "cli_eval",
)


def build_cli() -> typer.Typer:
    app = typer.Typer(
        name="seller-copilot",
        help="Seller Copilot: what your customers are unhappy about, which videos underperform, which bad reviews to appeal.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    for name in COMMAND_MODULES:
        try:
            module = __import__(f"ui.{name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"ui.{name}":
                raise
            continue
        module.register(app)
    return app


def main() -> None:
    app = build_cli()
    try:
        # Without standalone mode, click returns a `typer.Exit(code)` as the value instead of raising it.
        code = app(standalone_mode=False)
    except AppError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(1)
    except Exception as exc:  # usage errors arrive here in standalone_mode=False
        # Typer ships its own copy of click; accept either copy's usage errors.
        show = getattr(exc, "show", None)
        exit_code = getattr(exc, "exit_code", None)
        if callable(show) and isinstance(exit_code, int) and type(exc).__name__.endswith(("Exception", "Error", "Parameter", "Usage", "Option", "Argument")):
            show()
            sys.exit(exit_code)
        raise
    if isinstance(code, int) and code:
        sys.exit(code)


if __name__ == "__main__":
    main()
