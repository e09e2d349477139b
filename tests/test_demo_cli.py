"""`seller-copilot demo`: generates into the configured data dir; `--if-empty` never touches existing data."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tools.models import Product
from tools.store import Store
from ui.cli import build_cli


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no stray .env
    target = tmp_path / "data"
    monkeypatch.setenv("SELLER_COPILOT_DATA_DIR", str(target))
    return target


def test_if_empty_leaves_existing_data_alone(data_dir: Path) -> None:
    with Store(data_dir / "seller.duckdb") as store:
        store.upsert("products", [Product(product_id="MINE-1", shop_id="S", title="My own thing", category="Home & Kitchen", price=3)])
    result = CliRunner().invoke(build_cli(), ["demo", "--if-empty", "--scale", "small", "--end-date", "2026-11-20"])
    assert result.exit_code == 0, result.output
    assert "left it unchanged" in result.output
    with Store(data_dir / "seller.duckdb") as store:
        assert store.query("SELECT product_id FROM products") == [("MINE-1",)]
        assert store.count("orders") == 0


def test_demo_fills_an_empty_store_and_prints_counts(data_dir: Path) -> None:
    result = CliRunner().invoke(build_cli(), ["demo", "--if-empty", "--scale", "small", "--end-date", "2026-11-20", "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert "orders" in result.output and "2026-11-20" in result.output
    with Store(data_dir / "seller.duckdb") as store:
        assert store.count("orders") > 10_000
        assert store.get_meta("demo_seed") == "3"


def test_bad_end_date_is_a_usage_error(data_dir: Path) -> None:
    result = CliRunner().invoke(build_cli(), ["demo", "--end-date", "20-11-2026"])
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in result.output


def test_demo_leaves_the_store_tagged_and_assessed(data_dir: Path) -> None:
    """The first look after `demo` reads tags and verdicts instead of computing them."""
    result = CliRunner().invoke(build_cli("demo"), ["demo", "--scale", "small", "--end-date", "2026-11-20"])
    assert result.exit_code == 0, result.output
    with Store(data_dir / "seller.duckdb") as store:
        assert store.query("SELECT count(*) FROM feedback_tags")[0][0] > 0
        assert store.query("SELECT count(*) FROM review_verdicts")[0][0] > 0
