"""`seller-copilot videos`: list with account block, one diagnosis, JSON output, helpful errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_video_builders import OWN, PEER, VideoWorld
from tools.store import Store
from ui.cli import build_cli


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "cli-data"
    with Store(target / "seller.duckdb") as store:
        world = VideoWorld(store)
        world.peers(5)
        world.video("PEER-HOOK", shop_id=PEER)
        world.week("PEER-HOOK", finished_views=150)
        world.video("V-WEAK", title="Air fryer wings")
        world.week("V-WEAK", finished_views=20, gmv=10.0)
        world.video("V-BAD")
        world.week("V-BAD")
        world.violation("V-BAD", datetime(2026, 11, 3))
        store.set_meta("own_shop_id", OWN)
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("SELLER_COPILOT_DATA_DIR", str(target))
    monkeypatch.setenv("SELLER_COPILOT_AS_OF", "2026-11-20")
    return target


def run(*args: str):
    return CliRunner().invoke(build_cli(), ["videos", *args], env={"COLUMNS": "160"})


def test_list_shows_account_block_and_statuses(data_dir: Path) -> None:
    result = run()
    assert result.exit_code == 0, result.output
    assert "Account performance" in result.output
    assert "V-WEAK" in result.output and "Can do better" in result.output and "Trigger violation" in result.output


def test_list_json_filters_by_status(data_dir: Path) -> None:
    result = run("--status", "trigger violation", "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [v["video_id"] for v in payload["videos"]] == ["V-BAD"]
    assert payload["account"]["videos_posted"]["current"] == 2


def test_one_video_diagnosis_text_and_json(data_dir: Path) -> None:
    text = run("--video", "V-WEAK")
    assert text.exit_code == 0, text.output
    # The suggestion names its playbook entry by title, never by our id for it.
    from vectorstore.content import playbook_titles

    assert "hook/retention" in text.output and "PEER-HOOK" in text.output
    assert playbook_titles()["pb-video-hook"] in " ".join(text.output.split()) and "pb-video-hook" not in text.output
    payload = json.loads(run("--video", "V-WEAK", "--json").output)
    assert payload["status"] == "Can do better" and len(payload["daily"]) == 7


def test_unknown_video_and_bad_options_are_app_errors(data_dir: Path) -> None:
    unknown = run("--video", "V-NOPE")
    assert unknown.exit_code != 0 and "not in the store" in str(unknown.exception)
    assert run("--sort", "likes").exit_code != 0
    assert run("--status", "famous").exit_code != 0
