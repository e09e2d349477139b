"""The CI gate: the offline eval suites against evals/thresholds.toml and the blessed baseline.

The full offline run reuses the session's demo and a knowledge-base index kept in pytest's cache
(content-hash gated, so a content change rebuilds it). The gate's own logic is tested on small reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.cases import DATASETS_DIR, ChatCase, InjectionCase, load_cases
from evals.gate import Baseline, Threshold, check_gate, regression_findings, threshold_findings
from evals.results import CaseResult, RunMetadata, RunReport, SuiteResult


@pytest.fixture(scope="module")
def offline_report(demo_db: Path, request: pytest.FixtureRequest) -> RunReport:
    from evals.runner import run_evals

    kb_dir = Path(request.config.cache.mkdir("seller-copilot-eval-kb"))
    return run_evals(mode="offline", demo_dir=demo_db, kb_dir=kb_dir)


def test_offline_evals_pass_the_gate(offline_report: RunReport) -> None:
    findings = check_gate(offline_report)
    hint = ("\nIf a tool change moved the demo's facts on purpose, regenerate them with "
            "`python -m evals.build_chat_cases`, review the diff, and bless: `seller-copilot eval --bless`.")
    assert not findings, "eval gate failed:\n" + "\n".join(f"- [{f.kind}] {f.suite}: {f.message}" for f in findings) + hint


def test_every_suite_ran_and_the_agent_was_checked(offline_report: RunReport) -> None:
    assert set(offline_report.suites) == {"chat", "tagging", "tagging_real", "reviews", "triage", "appeals", "summaries", "injection"}
    assert all(not suite.skipped_reason for suite in offline_report.suites.values()), offline_report.metadata.notes
    assert offline_report.metric("injection", "agent_checked") == 1.0
    assert all(digest != "missing" for digest in offline_report.metadata.dataset_hashes.values())


def test_datasets_cover_the_required_questions() -> None:
    chat = load_cases(DATASETS_DIR / "chat.jsonl", ChatCase)
    assert len(chat) >= 60
    assert {case.language for case in chat} == {"en", "zh", "id"}
    assert {case.area for case in chat} == {"voc", "video", "reviews", "appeals", "how_it_works"}
    assert all(case.expected_tools and case.must_state for case in chat)
    assert all(fact.source for case in chat for fact in case.must_state), "facts must name the tool result they came from"
    assert len(load_cases(DATASETS_DIR / "injection.jsonl", InjectionCase)) >= 20


def _report(cases: list[CaseResult], metrics: dict[str, float] | None = None) -> RunReport:
    return RunReport(
        metadata=RunMetadata(started_at="2026-11-20T00:00:00+00:00", mode="offline"),
        suites={"chat": SuiteResult(name="chat", metrics=metrics or {}, cases=cases)},
    )


def test_a_case_that_passed_in_the_baseline_and_now_fails_is_a_regression() -> None:
    baseline = Baseline(git_commit="x", blessed_at="t", mode="offline", passed={"chat": ["chat-a", "chat-b", "chat-c"]})
    report = _report([
        CaseResult(suite="chat", case_id="chat-a", passed=False, failures=["does not state level 'At Risk'"]),
        CaseResult(suite="chat", case_id="chat-b", passed=False, flaky=True),
        CaseResult(suite="chat", case_id="chat-c", passed=True),
        CaseResult(suite="chat", case_id="chat-new", passed=False),
    ])
    findings = regression_findings(report, baseline)
    assert [finding.name for finding in findings] == ["chat-a"]
    assert "At Risk" in findings[0].message


def test_thresholds_are_floors_or_ceilings_and_missing_metrics_fail() -> None:
    report = _report([], {"fact_accuracy": 0.8, "leaks": 1.0})
    thresholds = {"chat": {"fact_accuracy": Threshold(min=0.9), "leaks": Threshold(max=0), "tool_f1": Threshold(min=0.5)}}
    messages = [finding.message for finding in threshold_findings(report, thresholds)]
    assert any("under its floor" in m for m in messages)
    assert any("over its ceiling" in m for m in messages)
    assert any("not measured" in m for m in messages)
    assert threshold_findings(_report([], {"fact_accuracy": 0.95, "leaks": 0.0, "tool_f1": 0.5}), thresholds) == []


def test_a_skipped_suite_fails_the_gate() -> None:
    report = RunReport(metadata=RunMetadata(started_at="t", mode="offline"),
                       suites={"chat": SuiteResult(name="chat", skipped_reason="no agent")})
    findings = threshold_findings(report, {"chat": {"pass_rate": Threshold(min=0.5)}})
    assert [finding.kind for finding in findings] == ["missing_suite"]


def test_replay_mode_drives_the_tool_calling_planner_with_scripted_turns(demo_db: Path, request: pytest.FixtureRequest) -> None:
    from evals.answerer import build_answerer
    from evals.environment import build_eval_environment
    from evals.replay import build_replay_model
    from evals.suite_chat import run_chat_suite

    cases = {case.id: case for case in load_cases(DATASETS_DIR / "chat.jsonl", ChatCase)}
    chosen = [cases["chat-dress-why-en"], cases["chat-second-zh"], cases["chat-hook-id"]]
    env = build_eval_environment(demo_dir=demo_db, kb_dir=Path(request.config.cache.mkdir("seller-copilot-eval-kb")))
    try:
        suite = run_chat_suite(chosen, lambda case: build_answerer(env, "replay", model=build_replay_model(case.replay)))
    finally:
        env.close()
    assert suite.metrics["tool_f1"] == 1.0 and suite.metrics["fact_accuracy"] == 1.0, [c.failures for c in suite.cases]
    assert suite.metrics["model_calls_per_turn"] >= 2 and suite.metrics["prompt_tokens_per_turn"] > 0
    assert {case.details["mode"] for case in suite.cases} <= {"replay-model", "offline"}
