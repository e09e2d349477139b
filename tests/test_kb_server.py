"""The knowledge base against a real Chroma server (`chroma run` on loopback), set up via settings."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.settings import load_settings
from tools.text_vectors import build_embedder
from vectorstore.embeddings import CHROMA_EMBEDDING_FUNCTION_NAME
from vectorstore.index import build_knowledge_base

SERVER_START_TIMEOUT_S = 60.0


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _chroma_executable() -> str:
    beside_python = Path(sys.executable).with_name("chroma")
    found = str(beside_python) if beside_python.exists() else shutil.which("chroma")
    if not found:
        pytest.skip("the `chroma` command is not installed")
    return found


def _heartbeat_ok(port: int) -> bool:
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
    try:
        with direct.open(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1.0) as response:
            return bool(response.status == 200)
    except OSError:
        return False


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    port = _free_loopback_port()
    process = subprocess.Popen(
        [_chroma_executable(), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Bounded poll on the heartbeat: the condition we wait for, not a fixed sleep.
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        pause = threading.Event()
        while not _heartbeat_ok(port):
            if process.poll() is not None:
                pytest.fail(f"chroma run exited early with code {process.returncode}")
            if time.monotonic() > deadline:
                pytest.fail(f"chroma run did not answer its heartbeat within {SERVER_START_TIMEOUT_S:.0f} s")
            pause.wait(0.05)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


@pytest.mark.slow
def test_http_client_path_via_settings(chroma_server: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(chroma_server))
    settings = load_settings(data_dir=tmp_path / "data", _env_file=None)
    assert settings.chroma_host == "127.0.0.1" and settings.chroma_port == chroma_server

    embedder = build_embedder()
    first = build_knowledge_base(settings, embedder=embedder)
    assert first.backend == f"http://127.0.0.1:{chroma_server}"
    assert first.rebuild().rebuilt
    assert not settings.chroma_path.exists()  # nothing was written locally

    hits = first.search("perfume bottle arrived empty", category="beauty", k=2)
    assert hits[0].id == "pb-beauty-damaged_or_missing"

    # A second app instance shares the server's index: nothing to re-embed.
    second = build_knowledge_base(settings, embedder=embedder)
    assert not second.rebuild().rebuilt
    tagged = second.search("creator promised too much", tags=["misleading_promotion"], category="electronics", k=1)
    assert [h.id for h in tagged] == ["pb-electronics-misleading_promotion"]

    import chromadb
    from chromadb.config import Settings as ChromaSettings

    raw = chromadb.HttpClient(host="127.0.0.1", port=chroma_server, settings=ChromaSettings(anonymized_telemetry=False))
    collection = raw.get_collection("help")
    assert collection.configuration_json["embedding_function"]["name"] == CHROMA_EMBEDDING_FUNCTION_NAME
    assert collection.count() == len(second.entries("help"))
