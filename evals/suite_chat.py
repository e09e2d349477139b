"""The chat suite: ask every question through the agent and score tools, facts, grounding and citations."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence

from pydantic import JsonValue

from agent.models import AgentTurn
from evals.answerer import Answerer
from evals.cases import ChatCase
from evals.judge import RubricJudge
from evals.metrics import (
    argument_match,
    bracketed_ids,
    citation_validity,
    fact_accuracy,
    forbidden_facts_stated,
    groundedness_proxy,
    grounding_counts,
    mean,
    percentile,
    share,
    tool_trajectory_f1,
)
from evals.results import CaseResult, SuiteResult

AnswererForCase = Callable[[ChatCase], Answerer]
ANSWER_EXCERPT_CHARS = 1200


def knowledge_entries() -> dict[str, str]:
    """Every knowledge-base id with its title and text (what a cited entry may back)."""
    from vectorstore.content import load_entries

    return {entry.id: f"{entry.title}\n{entry.body}" for entry in load_entries()}


def labels_in(text: str) -> list[str]:
    """Levels, statuses and categories a help or playbook entry names in its prose.

    The guard backs a label only with a whole result string (a status in a suggestion sentence is not
    the video's status); an entry that explains "Can do better" does back an answer quoting it.
    """
    from agent.vocabulary import default_vocabulary

    return [term.label for term in default_vocabulary().terms if any(p.search(text) for p in term.mention_patterns())]


def score_turn(case: ChatCase, turn: AgentTurn, *, latency_ms: float, knowledge: dict[str, str]) -> CaseResult:
    """Every deterministic metric of one answered case, and the reasons it failed."""
    called = [(call.name, call.arguments) for call in turn.tool_calls]
    trajectory = tool_trajectory_f1([call.name for call in case.expected_tools], [name for name, _ in called])
    arguments = argument_match(case.expected_tools, called)
    facts = fact_accuracy(turn.answer, case.must_state)
    forbidden = forbidden_facts_stated(turn.answer, case.must_not_state)
    cited = list(dict.fromkeys([*turn.citations, *bracketed_ids(turn.answer)]))
    # An id counts as retrieved when the knowledge base returned it or a tool result carries it (video suggestions).
    from_results = {item for item in knowledge if any(item in json.dumps(call.result, ensure_ascii=False) for call in turn.tool_calls if call.ok)}
    citations = citation_validity(cited, retrieved={*turn.citations, *from_results}, known=knowledge)
    evidence: list[JsonValue] = [call.result for call in turn.tool_calls if call.ok]
    evidence.extend({"id": item, "text": knowledge[item], "labels": labels_in(knowledge[item])}
                    for item in turn.citations if item in knowledge)
    counts = grounding_counts(turn.answer, evidence, question=case.question)
    used_data = any(call.ok for call in turn.tool_calls) or not case.expected_tools
    groundedness = groundedness_proxy(counts, citations, answered_from_tools=used_data)

    failures: list[str] = []
    if trajectory.recall < 1.0:
        failures.append(f"missing tools: expected {[c.name for c in case.expected_tools]}, called {[n for n, _ in called]}")
    if arguments < 1.0:
        failures.append(f"arguments differ: expected {[c.model_dump() for c in case.expected_tools]}")
    failures.extend(f"does not state {fact.kind} {fact.value!r}" for fact in case.must_state if fact_accuracy(turn.answer, [fact]) < 1)
    failures.extend(f"states forbidden {fact.kind} {fact.value!r}" for fact in forbidden)
    failures.extend(f"unsupported {item}" for item in counts.unsupported)
    if citations < 1.0:
        failures.append(f"invalid citations among {cited}")
    failures.extend(f"tool {call.name} failed: {call.error}" for call in turn.tool_calls if not call.ok)

    return CaseResult(
        suite="chat",
        case_id=case.id,
        passed=not failures,
        flaky=case.flaky,
        language=case.language,
        metrics={
            "tool_precision": trajectory.precision,
            "tool_recall": trajectory.recall,
            "tool_f1": trajectory.f1,
            "argument_match": arguments,
            "fact_accuracy": facts,
            "no_forbidden_facts": 0.0 if forbidden else 1.0,
            "numbers_checked": counts.numbers_checked,
            "numbers_supported": counts.numbers_supported,
            "claims_checked": counts.claims_checked,
            "claims_supported": counts.claims_supported,
            "citations": len(cited),
            "citation_validity": citations,
            "groundedness_proxy": groundedness,
            "latency_ms": round(latency_ms, 3),
            "model_calls": turn.usage.model_calls,
            "prompt_tokens": turn.usage.prompt_tokens,
            "completion_tokens": turn.usage.completion_tokens,
        },
        failures=failures,
        details={
            "area": case.area,
            "question": case.question,
            "answer": turn.answer[:ANSWER_EXCERPT_CHARS],
            "tools": [{"name": name, "arguments": dict(arguments)} for name, arguments in called],
            "citations": cited,
            "mode": turn.mode,
            "notes": list(turn.notes),
        },
    )


def run_chat_case(case: ChatCase, answerer: Answerer, *, repeat: int, knowledge: dict[str, str]) -> CaseResult:
    session_id = f"eval-{case.id}-{repeat}"
    for earlier in case.setup_questions:
        answerer(earlier, session_id)
    started = time.perf_counter()
    turn = answerer(case.question, session_id)
    latency_ms = (time.perf_counter() - started) * 1000.0
    result = score_turn(case, turn, latency_ms=latency_ms, knowledge=knowledge)
    return result.model_copy(update={"repeat": repeat})


def apply_judge(result: CaseResult, case: ChatCase, judge: RubricJudge) -> CaseResult:
    """Add the rubric verdict; a skipped verdict is recorded but neither passes nor fails the case."""
    verdict, reason = judge.judge(case.id, case.question, case.rubric, str(result.details.get("answer", "")))
    details = {**result.details, "judge": verdict, "judge_reason": reason}
    failures = [*result.failures, f"judge: {reason}"] if verdict == "fail" else result.failures
    return result.model_copy(update={"details": details, "failures": failures, "passed": result.passed and verdict != "fail"})


def _micro(cases: Sequence[CaseResult], numerator: str, denominator: str) -> float:
    return share(sum(c.metrics[numerator] for c in cases), sum(c.metrics[denominator] for c in cases))


def summarise_chat(results: Sequence[CaseResult]) -> SuiteResult:
    scored = [case for case in results if not case.skipped]
    metrics = _chat_metrics(scored)
    judged = [case for case in scored if case.details.get("judge") in ("pass", "fail")]
    metrics["judge_judged"] = len(judged)
    metrics["judge_skipped"] = sum(1 for case in scored if case.details.get("judge") == "skipped")
    if judged:
        metrics["judge_pass_rate"] = share(sum(1 for c in judged if c.details["judge"] == "pass"), len(judged))
    by_language: dict[str, list[CaseResult]] = defaultdict(list)
    for case in scored:
        by_language[case.language or "?"].append(case)
    per_language = {
        language: {key: value for key, value in _chat_metrics(cases).items() if not key.startswith(("latency", "model", "prompt", "completion"))}
        for language, cases in sorted(by_language.items())
    }
    return SuiteResult(name="chat", metrics=metrics, per_language=per_language, cases=list(results))


def _chat_metrics(cases: Sequence[CaseResult]) -> dict[str, float]:
    latencies = [case.metrics["latency_ms"] for case in cases]
    return {
        "cases": len(cases),
        "pass_rate": share(sum(1 for case in cases if case.passed), len(cases), empty=0.0),
        "tool_f1": mean([case.metrics["tool_f1"] for case in cases]),
        "argument_match": mean([case.metrics["argument_match"] for case in cases]),
        "fact_accuracy": mean([case.metrics["fact_accuracy"] for case in cases]),
        "no_forbidden_facts": mean([case.metrics["no_forbidden_facts"] for case in cases]),
        "numeric_grounding": _micro(cases, "numbers_supported", "numbers_checked"),
        "claim_grounding": _micro(cases, "claims_supported", "claims_checked"),
        "citation_validity": mean([case.metrics["citation_validity"] for case in cases]),
        "groundedness_proxy": mean([case.metrics["groundedness_proxy"] for case in cases]),
        "latency_p50_ms": percentile(latencies, 0.5),
        "latency_p95_ms": percentile(latencies, 0.95),
        "model_calls_per_turn": mean([case.metrics["model_calls"] for case in cases]),
        "prompt_tokens_per_turn": mean([case.metrics["prompt_tokens"] for case in cases]),
        "completion_tokens_per_turn": mean([case.metrics["completion_tokens"] for case in cases]),
    }


def run_chat_suite(cases: Sequence[ChatCase], answerer_for: AnswererForCase, *, repeats: int = 1,
                   judge: RubricJudge | None = None) -> SuiteResult:
    knowledge = knowledge_entries()
    results = []
    for repeat in range(repeats):
        for case in cases:
            result = run_chat_case(case, answerer_for(case), repeat=repeat, knowledge=knowledge)
            results.append(apply_judge(result, case, judge) if judge is not None else result)
    return summarise_chat(results)
