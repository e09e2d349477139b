"""What a run produces: per-case results, per-suite metrics and the run's metadata (report.json)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

Mode = Literal["offline", "replay", "live"]
SUITES: tuple[str, ...] = ("chat", "tagging", "tagging_real", "reviews", "triage", "appeals", "summaries", "injection")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CaseResult(Strict):
    """One case (one repeat): whether it passed, its metric values, and why it failed."""

    suite: str
    case_id: str
    passed: bool
    flaky: bool = False
    skipped: bool = False
    language: str | None = None
    repeat: int = 0
    metrics: dict[str, float] = Field(default_factory=dict)
    failures: list[str] = Field(default_factory=list)
    details: dict[str, JsonValue] = Field(default_factory=dict)


class SuiteResult(Strict):
    name: str
    metrics: dict[str, float] = Field(default_factory=dict)
    per_language: dict[str, dict[str, float]] = Field(default_factory=dict)
    cases: list[CaseResult] = Field(default_factory=list)
    skipped_reason: str | None = None

    @property
    def failed_cases(self) -> list[CaseResult]:
        return [case for case in self.cases if not case.passed and not case.skipped]


class RunMetadata(Strict):
    started_at: str
    mode: Mode
    repeats: int = 1
    model: str = "offline"
    git_commit: str = "unknown"
    python: str = ""
    demo: dict[str, JsonValue] = Field(default_factory=dict)
    dataset_hashes: dict[str, str] = Field(default_factory=dict)
    elapsed_s: float = 0.0
    notes: list[str] = Field(default_factory=list)


class GateFinding(Strict):
    """A reason the gate fails: a metric under its threshold, or a case that regressed from the baseline."""

    kind: Literal["threshold", "regression", "missing_suite"]
    suite: str
    name: str
    message: str


class RunReport(Strict):
    metadata: RunMetadata
    suites: dict[str, SuiteResult] = Field(default_factory=dict)
    gate: list[GateFinding] = Field(default_factory=list)

    def metric(self, suite: str, name: str) -> float | None:
        found = self.suites.get(suite)
        return None if found is None else found.metrics.get(name)
