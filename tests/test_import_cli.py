"""`seller-copilot import`: counts on success, `file row N (line L): column: message` lines and exit 1 on rejection."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tools.importer import import_paths
from tools.store import Store
from ui.cli import build_cli

DATA = Path(__file__).parent / "data" / "import"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SELLER_COPILOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # no stray .env from the working tree
    return tmp_path / "data"


def test_cli_imports_and_prints_counts(data_dir: Path) -> None:
    result = CliRunner().invoke(build_cli(), ["import", *map(str, sorted((DATA / "good").iterdir()))])
    assert result.exit_code == 0, result.output
    assert "Imported 24 rows" in result.output and "video_stats" in result.output
    with Store(data_dir / "seller.duckdb") as store:
        assert store.count("reviews") == 3


def test_cli_rejects_with_located_errors_and_exit_1(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "orders.csv"
    rows = ["order_id,product_id,buyer_id,quantity,gmv,create_time"]
    rows += [f"o{i},p1,b1,-1,1,2026-11-01T00:00:00Z" for i in range(1, 26)]
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cli = build_cli()
    result = CliRunner().invoke(cli, ["import", str(DATA / "good" / "shops.csv"), str(DATA / "good" / "products.csv"),
                                      str(bad), "--kind", "orders"])
    assert result.exit_code == 1
    # --kind applies to every file: the shops and products files do not fit "orders".
    assert "does not fit kind 'orders'" in result.output
    result = CliRunner().invoke(cli, ["import", str(bad)])
    assert result.exit_code == 1
    assert f"{bad} row 1 (line 2): quantity: '-1': must not be negative" in result.output
    assert "... and 5 more" in result.output  # 25 negative quantities, 20 shown (invalid rows skip the id checks)
    with Store(data_dir / "seller.duckdb") as store:
        assert store.count("orders") == 0


def test_missing_language_is_detected_when_the_tagger_is_installed(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("tools.tagging.language")
    fake.detect_language = lambda text: "zh" if "的" in text else "en"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tools.tagging.language", fake)
    import_paths(store, [DATA / "good" / "shops.csv", DATA / "good" / "products.csv"])
    path = tmp_path / "reviews.csv"
    path.write_text("review_id,product_id,buyer_id,rating,review_text,create_time,language\n"
                    "r1,p1,b1,5,很好的,2026-11-05T08:00:00Z,\n"
                    "r2,p1,b2,4,fine,2026-11-05T08:00:00Z,id\n", encoding="utf-8")
    assert import_paths(store, [path]).imported
    assert {r.review_id: r.language for r in store.rows("reviews")} == {"r1": "zh", "r2": "id"}


EXPORTS = DATA / "exports"


def test_cli_dry_run_shows_source_mapping_and_counts(data_dir: Path) -> None:
    result = CliRunner().invoke(build_cli(), ["import", str(EXPORTS / "tiktok_th_orders.csv"), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "TikTok Shop order export" in result.output and "Would import 4 rows" in result.output
    assert "gmv ← SKU Subtotal After Discount" in result.output and "nothing written" in result.output
    with Store(data_dir / "seller.duckdb") as store:
        assert store.count("orders") == 0


def test_cli_writes_every_problem_to_the_errors_csv(data_dir: Path, tmp_path: Path) -> None:
    import csv

    bad = tmp_path / "reviews.csv"
    rows = ["review_id,product_id,buyer_id,rating,create_time"] + [f"r{i},p1,b1,9,2026-11-05T08:00:00Z" for i in range(30)]
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    target = tmp_path / "errors.csv"
    result = CliRunner().invoke(build_cli(), ["import", str(bad), "--errors-csv", str(target)])
    assert result.exit_code == 1
    assert f"Every problem is listed in {target}" in result.output.replace("\n", "")
    listed = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(listed) >= 30 and listed[0].keys() == {"file", "row", "line", "column", "value", "message"}
    assert sum(row["column"] == "rating" for row in listed) == 30
