"""`seller-copilot eval`: run the eval suites, write the report, optionally bless the baseline."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        suite: Annotated[
            list[str] | None,
            typer.Option("--suite", help="chat, tagging, tagging_real, reviews, appeals or injection (repeatable); default all."),
        ] = None,
        mode: Annotated[
            str,
            typer.Option("--mode", help="offline (deterministic, what CI runs), replay (scripted model turns) or live (the model in your settings)."),
        ] = "offline",
        repeats: Annotated[int, typer.Option("--repeats", min=1, max=20, help="Run the model-dependent suites N times (live mode).")] = 1,
        bless: Annotated[bool, typer.Option("--bless", help="Write this run as evals/baseline.json (offline runs only).")] = False,
        sample: Annotated[
            int | None,
            typer.Option("--sample", min=1, help="Only N chat and injection cases, spread over languages and areas (slow live models)."),
        ] = None,
        judge: Annotated[bool, typer.Option("--judge", help="Add rubric verdicts from evals/judge_cache.json (live mode also asks the model).")] = False,
    ) -> None:
        """Score the assistant on the eval datasets and write evals/runs/<timestamp>/report.md."""
        from evals.gate import check_gate, write_baseline
        from evals.report import write_report
        from evals.results import SUITES
        from evals.runner import run_evals
        from tools.errors import ConfigError
        from tools.settings import load_settings

        if mode not in ("offline", "replay", "live"):
            raise ConfigError(f"--mode must be offline, replay or live, not {mode!r}")
        if bless and mode != "offline":
            raise ConfigError("--bless records the offline baseline the CI gate compares against; run it with --mode offline")
        if bless and (sample is not None or suite):
            raise ConfigError("--bless needs a full run: drop --sample and --suite")
        report = run_evals(suites=suite or SUITES, mode=mode, repeats=repeats, base_settings=load_settings(),  # type: ignore[arg-type]
                           use_judge=judge, sample=sample)
        report.gate = check_gate(report) if mode == "offline" and sample is None else []
        target = write_report(report)
        for name, result in report.suites.items():
            shown = ", ".join(f"{key} {value:g}" for key, value in result.metrics.items() if key != "cases")
            typer.echo(f"{name:10} {shown or result.skipped_reason}")
        for finding in report.gate:
            typer.secho(f"gate: {finding.suite}: {finding.message}", fg=typer.colors.RED, err=True)
        typer.echo(f"report: {target / 'report.md'}")
        if bless:
            write_baseline(report)
            typer.echo("baseline written to evals/baseline.json")
        elif report.gate:
            raise typer.Exit(1)
