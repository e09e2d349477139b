"""Shared fixtures. Tests are offline and deterministic: any connection that leaves loopback fails."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tools.settings import Settings, load_settings
from tools.store import Store

# Every demo-based test pins the demo's last day, so results never depend on today's date.
DEMO_END_DATE = date(2026, 11, 20)
DEMO_SEED = 7

_real_connect = socket.socket.connect


def _is_local(address: object) -> bool:
    if isinstance(address, str | bytes):  # unix socket path
        return True
    if isinstance(address, tuple) and address:
        host = address[0]
        if host in ("localhost",):
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return False


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if a test reaches past loopback (a real model, a hub, analytics)."""

    def guarded_connect(self: socket.socket, address: object) -> object:
        if not _is_local(address):
            raise RuntimeError(f"test tried to reach the network: {address!r}")
        return _real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CHROMA_HOST", "SELLER_COPILOT_OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(data_dir=tmp_path / "data", as_of=DEMO_END_DATE, _env_file=None)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = Store(settings.db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo marketplace generated once per test session (copy it before writing)."""
    from tools.demo import generate_demo

    data_dir = tmp_path_factory.mktemp("demo")
    with Store(data_dir / "seller.duckdb") as s:
        generate_demo(s, seed=DEMO_SEED, scale="small", end_date=DEMO_END_DATE)
    return data_dir


@pytest.fixture
def demo_settings(demo_db: Path) -> Settings:
    return load_settings(data_dir=demo_db, as_of=DEMO_END_DATE, _env_file=None)


@pytest.fixture
def demo_store(demo_settings: Settings) -> Iterator[Store]:
    """The shared demo store, read-mostly. Tests that write use `writable_demo_store`."""
    s = Store(demo_settings.db_path)
    yield s
    s.close()


@pytest.fixture
def writable_demo_store(demo_db: Path, tmp_path: Path) -> Iterator[Store]:
    import shutil

    target = tmp_path / "copy"
    shutil.copytree(demo_db, target)
    s = Store(target / "seller.duckdb")
    yield s
    s.close()
