"""The layout is the architecture: arrows point inward (ui -> agent -> tools), and tools/ stays pure."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_tools_import_no_llm_library_and_nothing_from_outer_layers() -> None:
    forbidden = {"langchain", "langchain_core", "langchain_openai", "langgraph", "openai", "gradio", "chromadb",
                 "agent", "ui", "vectorstore", "evals"}
    offenders = {str(p.relative_to(ROOT)): sorted(imported_modules(p) & forbidden) for p in python_files("tools")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_agent_and_vectorstore_never_import_the_ui() -> None:
    for folder in ("agent", "vectorstore"):
        offenders = [str(p.relative_to(ROOT)) for p in python_files(folder) if imported_modules(p) & {"ui", "gradio"}]
        assert offenders == [], folder


def test_gradio_is_imported_only_by_the_web_app() -> None:
    allowed = {"ui/app.py", "ui/cli_app.py", "ui/chat.py"}
    users = {str(p.relative_to(ROOT)) for folder in ("tools", "agent", "ui", "vectorstore", "evals")
             for p in python_files(folder) if "gradio" in imported_modules(p)}
    assert {u for u in users if u not in allowed and not u.startswith("ui/tabs/")} == set()


def test_only_the_settings_module_reads_the_environment() -> None:
    readers = []
    for folder in ("tools", "agent", "vectorstore", "evals"):
        for path in python_files(folder):
            if path.name == "settings.py" and folder == "tools":
                continue
            if "os.environ" in path.read_text(encoding="utf-8") or "os.getenv" in path.read_text(encoding="utf-8"):
                readers.append(str(path.relative_to(ROOT)))
    assert readers == []
