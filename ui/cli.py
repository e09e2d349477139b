"""The `seller-copilot` command. Each command group lives in its own `ui/cli_*.py` module."""

from __future__ import annotations

import sys

import typer

from tools.errors import AppError

# One module per command group, each exposing `register(app)`, and the commands each registers.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "cli_demo": ("demo",), "cli_import": ("import",), "cli_tag": ("tag",), "cli_voc": ("voc",),
    "cli_video": ("videos",), "cli_reviews": ("review",), "cli_kb": ("kb",), "cli_agent": ("ask", "chat"),
    "cli_app": ("serve",), "cli_eval": ("eval",),
}


def build_cli(command: str | None = None) -> typer.Typer:
    """The whole command; given the command about to run, only its module is loaded (help and unknown
    commands load every module, so they list everything)."""
    app = typer.Typer(
        name="seller-copilot",
        help="Seller Copilot: what your customers are unhappy about, which videos underperform, which bad reviews to appeal.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    # A group even when one command is loaded: Typer would otherwise run that command with no name.
    app.callback()(lambda: None)
    wanted = [name for name, commands in COMMAND_MODULES.items() if command in commands] or list(COMMAND_MODULES)
    for name in wanted:
        try:
            module = __import__(f"ui.{name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"ui.{name}":
                raise
            continue
        module.register(app)
    return app


def main() -> None:
    app = build_cli(sys.argv[1] if len(sys.argv) > 1 else None)
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
