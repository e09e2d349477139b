"""The rubric judge: cached verdicts are reused; offline, a cache miss is skipped, never passed."""

from __future__ import annotations

from pathlib import Path

from langchain_core.messages import AIMessage

from evals.judge import RubricJudge, parse_verdict


class OneReplyModel:
    def __init__(self, text: str) -> None:
        self.text = text
        self.prompts: list[str] = []

    def invoke(self, messages: list) -> AIMessage:
        self.prompts.append(messages[0].content)
        return AIMessage(content=self.text)


def test_offline_cache_miss_is_skipped(tmp_path: Path) -> None:
    judge = RubricJudge(cache_path=tmp_path / "cache.json")
    assert judge.judge("chat-x", "q?", "states the level", "It is At Risk.")[0] == "skipped"


def test_a_verdict_is_cached_and_reused_offline(tmp_path: Path) -> None:
    cache = tmp_path / "cache.json"
    model = OneReplyModel("FAIL: does not name the main issue")
    live = RubricJudge(cache_path=cache, model=model, model_label="m")
    assert live.judge("chat-x", "q?", "names the main issue", "It is At Risk.") == ("fail", "does not name the main issue")
    live.save()
    assert "<<<DATA id=answer>>>" in model.prompts[0]  # the answer is data, not instructions
    offline = RubricJudge(cache_path=cache)
    assert offline.judge("chat-x", "q?", "names the main issue", "It is At Risk.")[0] == "fail"
    assert offline.judge("chat-x", "q?", "names the main issue", "A different answer.")[0] == "skipped"


def test_an_unreadable_verdict_fails() -> None:
    assert parse_verdict("PASS: fine")[0] == "pass"
    assert parse_verdict("Looks good to me")[0] == "fail"
    assert parse_verdict("")[0] == "fail"
