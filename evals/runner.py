"""Run the selected suites in one mode and collect a `RunReport` (the CLI and the gate test call this)."""

from __future__ import annotations

import platform
import subprocess
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from evals.answerer import Answerer, AnswererUnavailable, build_answerer, model_label
from evals.cases import DATASETS_DIR, AppealCase, CaseT, ChatCase, InjectionCase, dataset_hash, load_cases
from evals.environment import EvalEnvironment, build_eval_environment
from evals.judge import RubricJudge, build_judge_model
from evals.results import SUITES, Mode, RunMetadata, RunReport, SuiteResult
from evals.suite_appeals import run_appeals_suite
from evals.suite_chat import run_chat_suite
from evals.suite_classify import run_reviews_suite, run_tagging_suite
from evals.suite_injection import run_injection_suite
from tools.settings import Settings

DATASET_FILES = {
    "chat": ("chat.jsonl",),
    "tagging": ("tagging.jsonl",),
    "tagging_real": ("tagging_real/items.jsonl",),
    "reviews": ("reviews.jsonl", "eligibility.jsonl", "reviews_unseen.jsonl"),
    "triage": ("triage/cases.jsonl",),
    "appeals": ("appeals.jsonl",),
    "injection": ("injection.jsonl",),
    "summaries": (),  # the demo and the committed Olist fixture (tests/data/import/exports/olist)
}
# Suites that never touch a model: they run the same in every mode, so repeats add nothing.
DETERMINISTIC_SUITES = frozenset({"tagging", "tagging_real", "reviews", "triage", "appeals", "summaries"})


def git_commit() -> str:
    try:
        found = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5,
                               cwd=Path(__file__).resolve().parent)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return found.stdout.strip() or "unknown"


def warm_up(env: EvalEnvironment) -> None:
    """Load the embedder and open the index before any turn is timed (latency is a warm-start figure)."""
    try:
        env.knowledge_base.search("warm up", collection="help", k=1)
    except Exception:  # a missing knowledge base shows up in the cases; warming is only for timing
        pass


def spread_sample(cases: Sequence[CaseT], size: int | None) -> list[CaseT]:
    """Every k-th case, so a small live run still spans the languages and areas the file interleaves."""
    if size is None or size >= len(cases):
        return list(cases)
    step = len(cases) / size
    return [cases[int(index * step)] for index in range(size)]


def _chat_suite(env: EvalEnvironment, mode: Mode, repeats: int, judge: RubricJudge | None, sample: int | None) -> SuiteResult:
    cases = spread_sample(load_cases(DATASETS_DIR / "chat.jsonl", ChatCase), sample)
    warm_up(env)
    try:
        if mode == "replay":
            from evals.replay import build_replay_model

            replayable = [case for case in cases if case.replay]
            return run_chat_suite(replayable, lambda case: build_answerer(env, mode, model=build_replay_model(case.replay)),
                                  repeats=repeats, judge=judge)
        shared = build_answerer(env, mode)
        return run_chat_suite(cases, lambda case: shared, repeats=repeats, judge=judge)
    except AnswererUnavailable as exc:
        return SuiteResult(name="chat", skipped_reason=str(exc))


def _injection_answerer(env: EvalEnvironment, mode: Mode) -> tuple[Answerer | None, str | None]:
    if mode == "replay":
        return None, "replay has no scripted turns for injections: tools checked, agent not"
    try:
        return build_answerer(env, mode), None
    except AnswererUnavailable as exc:
        return None, f"agent not checked: {exc}"


def run_suite(name: str, env: EvalEnvironment, *, mode: Mode, repeats: int, judge: RubricJudge | None,
              sample: int | None = None) -> SuiteResult:
    if name == "chat":
        return _chat_suite(env, mode, repeats, judge, sample)
    if name == "tagging":
        return run_tagging_suite()
    if name == "tagging_real":
        from evals.suite_tagging_real import run_tagging_real_suite

        # Committed texts only, so the figures are the same on every machine and in CI.
        return run_tagging_real_suite(split="test", committed_only=True)
    if name == "reviews":
        return run_reviews_suite(env.settings)
    if name == "triage":
        from evals.triage import run_triage_suite

        return run_triage_suite()
    if name == "appeals":
        return run_appeals_suite(load_cases(DATASETS_DIR / "appeals.jsonl", AppealCase), env)
    if name == "summaries":
        from evals.suite_summaries import run_summaries_suite

        return run_summaries_suite(env)
    if name == "injection":
        answerer, note = _injection_answerer(env, mode)
        cases = spread_sample(load_cases(DATASETS_DIR / "injection.jsonl", InjectionCase), sample)
        return run_injection_suite(cases, env, answerer, repeats=repeats if mode == "live" else 1, note=note)
    raise ValueError(f"unknown suite {name!r}; choose from {', '.join(SUITES)}")


def run_evals(
    *,
    suites: Sequence[str] = SUITES,
    mode: Mode = "offline",
    repeats: int = 1,
    base_settings: Settings | None = None,
    demo_dir: Path | None = None,
    kb_dir: Path | None = None,
    use_judge: bool = False,
    sample: int | None = None,
) -> RunReport:
    """Run `suites` on a private copy of the pinned demo; never touches the seller's data directory."""
    started = time.perf_counter()
    unknown = [name for name in suites if name not in SUITES]
    if unknown:
        raise ValueError(f"unknown suite(s) {', '.join(unknown)}; choose from {', '.join(SUITES)}")
    env = build_eval_environment(base_settings=base_settings, demo_dir=demo_dir, kb_dir=kb_dir)
    judge = None
    if use_judge or mode == "live":
        judge_model = build_judge_model(env.settings) if mode == "live" else None
        judge = RubricJudge(model=judge_model, model_label=env.settings.llm_model if judge_model else "")
    try:
        metadata = RunMetadata(
            started_at=datetime.now(UTC).isoformat(timespec="seconds"),
            mode=mode,
            repeats=repeats,
            model=model_label(env, mode),
            git_commit=git_commit(),
            python=platform.python_version(),
            demo=dict(env.describe()),
            dataset_hashes={
                file: dataset_hash(DATASETS_DIR / file) for name in suites for file in DATASET_FILES[name]
            },
        )
        results = {
            name: run_suite(name, env, mode=mode, repeats=1 if name in DETERMINISTIC_SUITES else repeats, judge=judge,
                            sample=sample)
            for name in suites
        }
    finally:
        if judge is not None:
            judge.save()
        env.close()
    metadata.elapsed_s = round(time.perf_counter() - started, 2)
    metadata.notes = [f"{name}: {result.skipped_reason}" for name, result in results.items() if result.skipped_reason]
    if sample is not None:
        metadata.notes.append(f"sampled: at most {sample} chat and injection cases (a partial run; not comparable to the baseline)")
    return RunReport(metadata=metadata, suites=results)
