"""`seller-copilot serve`: the Gradio app on loopback (APP_HOST/APP_PORT/APP_AUTH settings)."""

from __future__ import annotations

import os
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: Annotated[str | None, typer.Option("--host", help="Bind address (default APP_HOST, 127.0.0.1).")] = None,
        port: Annotated[int | None, typer.Option("--port", help="Port (default APP_PORT, 7860).")] = None,
    ) -> None:
        """Open the Seller Copilot app in the browser at http://HOST:PORT."""
        os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported
        from ui.app import launch_app
        from ui.services import build_services

        services = build_services()
        overrides: dict[str, object] = {}
        if host:
            overrides["server_name"] = host
        if port:
            overrides["server_port"] = port
        shown_host = host or services.settings.app_host
        typer.echo(f"Seller Copilot on http://{shown_host}:{port or services.settings.app_port} (Ctrl+C to stop)")
        launch_app(services, **overrides)
