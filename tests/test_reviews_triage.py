"""Batch triage on a small hand-built store, and the `review` CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_reviews_fixtures import (
    AS_OF,
    COERCIVE,
    GENUINE,
    INJECTION,
    OLD_COERCIVE,
    POSITIVE,
    REPEATS,
    WHATSAPP,
    WRONG,
    build_review_store,
)
from tools.reviews.models import MaliciousCategory
from tools.reviews.triage import triage
from tools.settings import Settings
from tools.store import Store

M = MaliciousCategory


def test_triage_groups_recent_negative_reviews(store: Store, settings: Settings) -> None:
    ctx = build_review_store(store)
    report = triage(store, ctx, settings)
    by_category = {group.category: [item.review_id for item in group.items] for group in report.groups}
    listed = {rid for ids in by_category.values() for rid in ids}
    assert OLD_COERCIVE not in listed and POSITIVE not in listed and REPEATS[0] not in listed  # outside window / positive
    assert by_category[M.COERCIVE] == [COERCIVE]
    assert by_category[M.TRAFFIC_DIVERSION] == [WHATSAPP]
    assert by_category[M.WRONG_PRODUCT] == [WRONG]
    assert by_category[M.REPEAT_NEGATIVE] == [REPEATS[1], REPEATS[2]]  # fewest days left first
    assert set(by_category[M.NOT_MALICIOUS]) == {GENUINE, INJECTION}
    assert [group.category for group in report.groups][-1] is M.NOT_MALICIOUS  # genuine complaints last
    coercive = report.groups[0].items[0]
    assert coercive.eligible and coercive.days_left == 27 and coercive.confidence >= 0.5
    genuine = next(item for group in report.groups for item in group.items if item.review_id == GENUINE)
    assert genuine.issue_tags or not report.tagger_available
    assert report.negative_reviews == 7 and report.as_of == AS_OF


@pytest.fixture
def cli_env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    with Store(settings.db_path) as store:
        build_review_store(store)
        store.set_meta("own_shop_id", "SHOP-T")
    monkeypatch.setenv("SELLER_COPILOT_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("SELLER_COPILOT_AS_OF", AS_OF.isoformat())
    monkeypatch.chdir(settings.data_dir)  # no stray .env
    return settings


def run(*args: str):  # type: ignore[no-untyped-def]
    from ui.cli import build_cli

    return CliRunner().invoke(build_cli(), list(args))


def test_cli_assess_appeal_file_and_ledger(cli_env: Settings) -> None:
    result = run("review", "assess", "--review-id", COERCIVE, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["assessment"]["category"] == "coercive"
    assessed = run("review", "assess", "--review-id", COERCIVE).output
    assert "Coercive review" in assessed and "What to do: Report" in assessed and "coercive" not in assessed
    appeal = run("review", "appeal", COERCIVE, "--lang", "zh")
    assert appeal.exit_code == 0 and "胁迫性评价" in appeal.output
    filed = run("review", "appeal", COERCIVE, "--file")
    assert filed.exit_code == 0 and "Recorded as filed" in filed.output
    again = run("review", "appeal", COERCIVE, "--file")
    assert again.exit_code != 0 and "already been reported" in str(again.exception)
    ledger = json.loads(run("review", "ledger", "--json").output)
    assert [r["status"] for r in ledger["reports"]] == ["filed"] and ledger["stats"]["filed"] == 1
    genuine = run("review", "appeal", GENUINE)
    assert "genuine complaint" in genuine.output
    assessed_genuine = run("review", "assess", "--review-id", GENUINE).output
    for shown in (genuine.output, assessed_genuine):
        # What to fix instead: the VoC issue by its label and the playbook entry for it, never our tag ids.
        assert "VoC issues: Quality defect" in shown and "What worked for other sellers: “" in shown
        assert "quality_defect" not in shown
    refused = run("review", "appeal", GENUINE, "--file")
    assert refused.exit_code != 0 and "--override-reason" in str(refused.exception)


def test_cli_triage(cli_env: Settings) -> None:
    result = run("review", "triage", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["negative_reviews"] == 7
    output = run("review", "triage").output
    assert "Coercive review (1)" in output and "Report: " in output


def test_cli_batch(cli_env: Settings, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "a", "text": "WhatsApp me +62 812-3456-7890", "rating": 1, "product_title": "Dress", "days_ago": 3}),
        json.dumps({"id": "b", "text": "Broken on arrival", "rating": 1, "product_title": "Kettle",
                    "created_at": "2026-10-01T00:00:00Z"}),
        json.dumps({"id": "c", "text": "Bad again", "rating": 1, "product_title": "Kettle", "days_ago": 1,
                    "buyer_history": [{"rating": 1, "days_ago": 10}, {"rating": 2, "days_ago": 20}],
                    "chat": ["hello"]}),
    ]), encoding="utf-8")
    result = run("review", "assess", "--batch", str(batch))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(line["id"], line["category"], line["eligible"]) for line in lines] == [
        ("a", "traffic_diversion", True), ("b", "not_malicious", False), ("c", "repeat_negative", True)
    ]
    assert lines[1]["ineligible_reasons"] == ["window_closed"]
    assert {"id", "category", "secondary", "confidence", "signals", "eligible", "ineligible_reasons"} <= set(lines[0])
    assert "7890" not in result.output


def test_cli_batch_bad_line_names_the_line(cli_env: Settings, tmp_path: Path) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": "a", "text": "ok", "rating": 1, "days_ago": 1}\n{"id": "b", "rating": 9, "days_ago": 1}\n')
    result = run("review", "assess", "--batch", str(batch))
    assert result.exit_code != 0 and "Line 2: rating" in str(result.exception)
    batch.write_text('{"id": "a", "rating": 1}\nnot json\n')
    assert "Line 1:" in str(run("review", "assess", "--batch", str(batch)).exception)


def test_a_genuine_complaints_playbook_line_is_for_the_app_not_the_chat() -> None:
    """The chat cites the playbook entries in full after its answer; the Reviews tab names them in the verdict."""
    from agent.offline.reviews import assessment

    result = {"review_id": "R-1", "assessment": {"category": "not_malicious", "confidence": 0.9, "signals": []},
              "advice": {"issue_tags": ["quality_defect"], "product_category": "Phones & Electronics"}}
    app = "\n".join(assessment(result, language="zh", playbook=True))
    chat = "\n".join(assessment(result, language="zh"))
    assert "质量缺陷" in app and "质量缺陷" in chat and "quality_defect" not in app + chat
    # Named by its title as the zh pack writes it (the entry's translation), and only in the app's verdict.
    from vectorstore.content import playbook_for, playbook_titles

    title = playbook_titles("zh")[playbook_for("Phones & Electronics")["quality_defect"]]
    assert f"“{title}”" in app and title not in chat and "Device stops working" not in app + chat
