"""Write a run to `evals/runs/<timestamp>/report.json` and `report.md` (tables; regressions first)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from evals.results import CaseResult, RunReport

RUNS_DIR = Path(__file__).resolve().parent / "runs"
MAX_FAILED_ROWS = 40


def _cell(value: object) -> str:
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join("---" for _ in headers) + " |"]
    lines.extend("| " + " | ".join(_cell(value) for value in row) + " |" for row in rows)
    return lines


def _failed_rows(cases: list[CaseResult]) -> list[list[object]]:
    failed = [case for case in cases if not case.passed and not case.skipped]
    rows: list[list[object]] = [
        [case.case_id, case.language or "", "yes" if case.flaky else "", "; ".join(case.failures)[:240]]
        for case in failed[:MAX_FAILED_ROWS]
    ]
    if len(failed) > MAX_FAILED_ROWS:
        rows.append([f"... and {len(failed) - MAX_FAILED_ROWS} more", "", "", ""])
    return rows


def render_markdown(report: RunReport) -> str:
    meta = report.metadata
    lines = [
        f"# Eval run {meta.started_at} ({meta.mode})", "",
        f"model `{meta.model}` · commit `{meta.git_commit}` · repeats {meta.repeats} · {meta.elapsed_s} s · "
        f"demo seed {meta.demo.get('seed')} scale {meta.demo.get('scale')} end {meta.demo.get('end_date')}", "",
    ]
    regressions = [finding for finding in report.gate if finding.kind == "regression"]
    others = [finding for finding in report.gate if finding.kind != "regression"]
    lines += ["## Regressions", ""]
    lines += [f"- **{f.suite}/{f.name}**: {f.message}" for f in regressions] or ["None against the blessed baseline."]
    lines += ["", "## Gate", ""]
    lines += [f"- {f.suite}: {f.message}" for f in others] or ["All thresholds met."]
    for note in meta.notes:
        lines.append(f"- note: {note}")
    lines += ["", "## Metrics", ""]
    rows = [[suite, name, value] for suite, result in report.suites.items() for name, value in result.metrics.items()]
    lines += _table(["suite", "metric", "value"], rows)
    for suite, result in report.suites.items():
        if result.per_language:
            names = sorted({name for scores in result.per_language.values() for name in scores})
            lines += ["", f"### {suite} by language", ""]
            lines += _table(["language", *names], [[lang, *[scores.get(n, "") for n in names]] for lang, scores in result.per_language.items()])
    for suite, result in report.suites.items():
        failed = _failed_rows(result.cases)
        if failed:
            lines += ["", f"## Failed cases: {suite}", ""]
            lines += _table(["case", "lang", "flaky", "why"], failed)
    lines += ["", "## Datasets", ""]
    lines += _table(["file", "sha256[:16]"], [[name, digest] for name, digest in meta.dataset_hashes.items()])
    return "\n".join(lines) + "\n"


def write_report(report: RunReport, *, runs_dir: Path = RUNS_DIR) -> Path:
    """Write both files into a new timestamped directory and return it."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = runs_dir / f"{stamp}-{report.metadata.mode}"
    suffix = 1
    while target.exists():
        suffix += 1
        target = runs_dir / f"{stamp}-{report.metadata.mode}-{suffix}"
    target.mkdir(parents=True)
    (target / "report.json").write_text(report.model_dump_json(indent=1), encoding="utf-8")
    (target / "report.md").write_text(render_markdown(report), encoding="utf-8")
    return target
