"""User interfaces: the Typer CLI and the Gradio app. Thin: they format, they compute nothing."""
