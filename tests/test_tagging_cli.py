"""`seller-copilot tag`: one text (pretty or JSON), a JSONL batch, and errors that name the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tools.errors import DataError
from ui.cli import build_cli


def _run(*args: str) -> object:
    return CliRunner().invoke(build_cli(), list(args))


def test_tag_text_pretty() -> None:
    result = _run("tag", "--text", "love it but it arrived late", "--rating", "5")
    assert result.exit_code == 0, result.output
    assert "negative" in result.output
    assert "logistics_delay" in result.output and "arrived late" in result.output


def test_tag_text_json() -> None:
    result = _run("tag", "--text", "没有色差，质量很好", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"negative": False, "tags": [], "evidence": {}, "language": "zh"}


def test_tag_batch(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "a", "text": "baru dipakai seminggu udah rusak", "rating": 1}\n\n{"id": 7, "text": "mantap"}\n', encoding="utf-8")
    result = _run("tag", "--batch", str(batch))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["id"] for line in lines] == ["a", 7]
    assert lines[0]["negative"] is True and lines[0]["tags"] == ["quality_defect"]
    assert lines[0]["evidence"] == {"quality_defect": ["rusak"]}
    assert lines[1]["negative"] is False


@pytest.mark.parametrize("bad_line", ['{"id": "b"}', "not json", '{"id": "b", "text": "x", "rating": 9}'])
def test_tag_batch_malformed_line_names_the_line(tmp_path: Path, bad_line: str) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"id": "a", "text": "ok"}\n' + bad_line + "\n", encoding="utf-8")
    result = _run("tag", "--batch", str(batch))
    assert result.exit_code != 0
    assert isinstance(result.exception, DataError)
    assert "line 2" in str(result.exception)


def test_tag_needs_exactly_one_input() -> None:
    assert _run("tag").exit_code != 0
    assert _run("tag", "--text", "x", "--store").exit_code != 0
