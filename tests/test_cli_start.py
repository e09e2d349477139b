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
