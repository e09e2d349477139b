"""The CI gate: metrics against `evals/thresholds.toml`, and cases against the blessed baseline.

A threshold is a floor (`min`) or, for metrics where lower is better, a ceiling (`max`). A regression is
a case that passed in `evals/baseline.json` and now fails, unless the case is marked flaky.
Thresholds start at what the system honestly achieves and only move up.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from evals.results import GateFinding, RunReport

EVALS_DIR = Path(__file__).resolve().parent
THRESHOLDS_PATH = EVALS_DIR / "thresholds.toml"
BASELINE_PATH = EVALS_DIR / "baseline.json"
# Suites over real material judged by their figures alone: with thousands of real texts, a retrained
# model fixes some and loses others, so single cases flipping is not a regression; the floors are.
METRIC_GATED_SUITES = frozenset({"tagging_real", "triage"})


class Threshold(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min: float | None = None
    max: float | None = None


class Baseline(BaseModel):
    """What a blessed offline run achieved: its metrics and which cases passed."""

    model_config = ConfigDict(extra="forbid")

    git_commit: str
    blessed_at: str
    mode: str
    metrics: dict[str, dict[str, float]] = Field(default_factory=dict)
    passed: dict[str, list[str]] = Field(default_factory=dict)


def load_thresholds(path: Path = THRESHOLDS_PATH) -> dict[str, dict[str, Threshold]]:
    """`[suite] metric = 0.9` is a floor; `metric = { max = 0.05 }` a ceiling."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    thresholds: dict[str, dict[str, Threshold]] = {}
    for suite, metrics in raw.items():
        thresholds[suite] = {
            name: Threshold.model_validate(value) if isinstance(value, dict) else Threshold(min=float(value))
            for name, value in metrics.items()
        }
    return thresholds


def load_baseline(path: Path = BASELINE_PATH) -> Baseline | None:
    return Baseline.model_validate_json(path.read_text(encoding="utf-8")) if path.exists() else None


def baseline_from_report(report: RunReport) -> Baseline:
    return Baseline(
        git_commit=report.metadata.git_commit,
        blessed_at=report.metadata.started_at,
        mode=report.metadata.mode,
        metrics={name: dict(suite.metrics) for name, suite in report.suites.items() if not suite.skipped_reason or suite.cases},
        passed={
            name: sorted({case.case_id for case in suite.cases if case.passed and not case.skipped})
            for name, suite in report.suites.items()
        },
    )


def write_baseline(report: RunReport, path: Path = BASELINE_PATH) -> Baseline:
    baseline = baseline_from_report(report)
    path.write_text(json.dumps(baseline.model_dump(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return baseline


def threshold_findings(report: RunReport, thresholds: dict[str, dict[str, Threshold]]) -> list[GateFinding]:
    findings: list[GateFinding] = []
    for suite_name, metrics in thresholds.items():
        suite = report.suites.get(suite_name)
        if suite is None:
            continue  # not selected in this run
        if suite.skipped_reason and not suite.cases:
            findings.append(GateFinding(kind="missing_suite", suite=suite_name, name="*",
                                        message=f"{suite_name} did not run: {suite.skipped_reason}"))
            continue
        for name, threshold in metrics.items():
            value = suite.metrics.get(name)
            if value is None:
                findings.append(GateFinding(kind="threshold", suite=suite_name, name=name, message=f"{name} was not measured"))
            elif threshold.min is not None and value < threshold.min:
                findings.append(GateFinding(kind="threshold", suite=suite_name, name=name,
                                            message=f"{name} = {value} is under its floor {threshold.min}"))
            elif threshold.max is not None and value > threshold.max:
                findings.append(GateFinding(kind="threshold", suite=suite_name, name=name,
                                            message=f"{name} = {value} is over its ceiling {threshold.max}"))
    return findings


def regression_findings(report: RunReport, baseline: Baseline | None) -> list[GateFinding]:
    if baseline is None:
        return []
    findings: list[GateFinding] = []
    for suite_name, suite in report.suites.items():
        if suite_name in METRIC_GATED_SUITES:
            continue
        passed_before = set(baseline.passed.get(suite_name, []))
        for case in suite.cases:
            if case.case_id in passed_before and not case.passed and not case.skipped and not case.flaky:
                findings.append(GateFinding(kind="regression", suite=suite_name, name=case.case_id,
                                            message=f"{case.case_id} passed in the baseline, now: {'; '.join(case.failures)[:300]}"))
    return findings


def check_gate(report: RunReport, *, thresholds_path: Path = THRESHOLDS_PATH, baseline_path: Path = BASELINE_PATH) -> list[GateFinding]:
    """Everything that should fail CI, regressions first."""
    return [*regression_findings(report, load_baseline(baseline_path)),
            *threshold_findings(report, load_thresholds(thresholds_path))]
