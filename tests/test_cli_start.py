"""`seller-copilot --help` must not load the heavy libraries: each command imports what it uses when it runs."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pandas", "chromadb", "duckdb", "langchain", "gradio", "numpy", "openai")


def test_building_the_cli_imports_no_heavy_library() -> None:
    probe = (
        "import sys\n"
        "from ui.cli import build_cli\n"
        "build_cli()\n"
        f"print(','.join(sorted(name for name in {HEAVY!r} if name in sys.modules)))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "", f"imported at start: {loaded}"


def test_the_lazy_packages_still_export_their_names() -> None:
    from tools.importing import ImportReport, import_paths
    from tools.video import VideoStatus, diagnose_video

    assert callable(import_paths) and callable(diagnose_video)
    assert ImportReport.__name__ == "ImportReport" and VideoStatus.__name__ == "VideoStatus"


def test_voc_on_a_tagged_store_loads_neither_the_tagger_model_nor_the_classifier(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Tags and verdicts that are current are read, not recomputed: numpy (the tagger's model) and the review
    classifier load only when something changed; the model SDK never loads offline."""
    import os
    import shutil

    data = tmp_path / "data"
    shutil.copytree(demo_db, data)
    env = {**os.environ, "SELLER_COPILOT_DATA_DIR": str(data), "SELLER_COPILOT_AS_OF": "2026-11-20"}
    probe = (
        "import sys\n"
        "from ui.cli import main\n"
        "sys.argv = ['seller-copilot', 'voc']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED:' + ','.join(sorted(name for name in ('numpy', 'openai', 'tools.reviews.classifier', 'tools.tagging.tagger')"
        " if name in sys.modules)))\n"
    )
    first = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env).stdout
    again = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env).stdout
    assert "LOADED:" in first and again.rsplit("LOADED:", 1)[1].strip() == ""


def test_a_command_loads_only_its_own_module() -> None:
    probe = (
        "import sys\n"
        "from ui.cli import build_cli\n"
        "app = build_cli('voc')\n"
        "print(','.join(sorted(name for name in sys.modules if name.startswith('ui.cli_'))))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "ui.cli_voc"


def test_the_summary_writer_loads_no_model_sdk_offline() -> None:
    """`voc --product` writes its summary offline: the retry layer loads openai only when a model is called."""
    probe = "import sys\nimport agent.product_summary\nprint('openai' in sys.modules)\n"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"
