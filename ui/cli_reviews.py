"""`seller-copilot review ...`: assess, appeal, triage and the report ledger. Formatting only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from tools.clock import today_in
from tools.errors import AppError, DataError


def _services():  # type: ignore[no-untyped-def]
    from ui.services import build_services

    return build_services()


def _dump(model: object) -> str:
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2)  # type: ignore[attr-defined]


def _category(category: object) -> str:
    from tools.reviews.labels import category_label

    return category_label(category)  # type: ignore[arg-type]


def _decision(decision: object) -> str:
    from tools.reviews.labels import decision_label

    return decision_label(decision)  # type: ignore[arg-type]


def _print_signals(signals: list) -> None:  # type: ignore[type-arg]
    from tools.untrusted_text import escape_invisible

    for number, signal in enumerate(signals, start=1):
        typer.echo(f"  {number}. [{_category(signal.category)}] {signal.description}")
        for quote in signal.quotes:
            typer.echo(f'       "{escape_invisible(quote)}"')


def _issues(tags: list[str]) -> str:
    from tools.tagging.taxonomy import tag_label

    return ", ".join(tag_label(tag) for tag in tags)


def _print_what_to_fix(advice: object) -> None:
    """A genuine complaint: the VoC issues it raises and the playbook entries for them (what worked elsewhere)."""
    from vectorstore.content import issue_playbook_titles

    tags = list(advice.issue_tags)  # type: ignore[attr-defined]
    if not tags:
        return
    typer.echo(f"VoC issues: {_issues(tags)}")
    titles = issue_playbook_titles(advice.product_category or None, tags)  # type: ignore[attr-defined]
    if titles:
        typer.echo("What worked for other sellers: " + ", ".join(f"“{title}”" for title in titles))


def _print_decision(verdict: object) -> None:
    """What to do, why, and what to verify first."""
    typer.echo(f"What to do: {_decision(verdict.decision)}. {verdict.decision_reason}")  # type: ignore[attr-defined]
    for item in verdict.checklist:  # type: ignore[attr-defined]
        typer.echo(f"  [ ] {item}")
    if verdict.obfuscation:  # type: ignore[attr-defined]
        typer.echo(f"  note: the review hides text from filters ({'; '.join(verdict.obfuscation)}); "  # type: ignore[attr-defined]
                   "it was read as a person sees it.")


def assess(
    review_id: Optional[str] = typer.Option(None, "--review-id", help="A review id in the store."),
    batch: Optional[Path] = typer.Option(None, "--batch", help="A JSONL file of pasted reviews."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Classify a review (or a JSONL batch) and say whether it can still be reported."""
    from zoneinfo import ZoneInfo

    from tools.reviews.ledger import is_reported
    from tools.reviews.workflow import assess_batch_line, assess_review, parse_batch_lines

    if (review_id is None) == (batch is None):
        raise DataError("Give exactly one of --review-id ID or --batch FILE.jsonl.")
    services = _services()
    try:
        if batch is not None:
            if not batch.exists():
                raise DataError(f"Batch file {batch} does not exist.")
            lines = parse_batch_lines(batch.read_text(encoding="utf-8").splitlines())
            try:
                ctx = services.shop()
                as_of, zone = ctx.as_of, ctx.zone
            except AppError:  # no shop loaded: pasted reviews still work on the settings' calendar
                ctx, zone = None, ZoneInfo(services.settings.time_zone)
                as_of = services.settings.as_of or today_in(zone)
            for line in lines:
                verdict = assess_batch_line(
                    line, as_of=as_of, zone=zone, settings=services.settings,
                    already_reported=ctx is not None and is_reported(services.store, line.id),
                )
                typer.echo(json.dumps(verdict.model_dump(mode="json"), ensure_ascii=False))
            return
        assert review_id is not None
        verdict = assess_review(services.store, services.shop(), services.settings, review_id)
        if as_json:
            typer.echo(_dump(verdict))
            return
        assessment, eligibility = verdict.assessment, verdict.eligibility
        secondary = f" (also: {', '.join(_category(c) for c in assessment.secondary)})" if assessment.secondary else ""
        typer.echo(f"Review {review_id}: {_category(assessment.category)}{secondary}, confidence {assessment.confidence:.2f}")
        _print_decision(assessment)
        _print_signals(assessment.signals)
        for note in assessment.notes:
            typer.echo(f"  note: {note}")
        typer.echo(("Reportable. " if eligibility.eligible else "Not reportable. ") + " ".join(eligibility.messages))
        if verdict.advice is not None:
            _print_what_to_fix(verdict.advice)
    finally:
        services.close()


def appeal(
    review_id: str = typer.Argument(..., help="The review to appeal."),
    lang: str = typer.Option("en", "--lang", help="The draft's language: en, zh, id, th, vi or pt."),
    file: bool = typer.Option(False, "--file", help="Record the report as filed in the ledger."),
    override_reason: Optional[str] = typer.Option(None, "--override-reason", help="Why you report against the classifier (recorded)."),
    category: Optional[str] = typer.Option(None, "--category", help="Report under this category (an override)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Print the appeal draft for a review; --file records it as filed (once per review)."""
    from tools.languages import codes
    from tools.reviews.models import MaliciousCategory
    from tools.reviews.workflow import appeal_for_review, file_appeal
    from tools.untrusted_text import escape_invisible

    if lang not in codes():
        raise DataError(f"--lang must be one of {', '.join(codes())}.")
    chosen = None
    if category is not None:
        try:
            chosen = MaliciousCategory(category)
        except ValueError as exc:
            raise DataError(f"Unknown category {category!r}; use one of {', '.join(c.value for c in MaliciousCategory)}.") from exc
    services = _services()
    try:
        ctx = services.shop()
        if file:
            filed = file_appeal(
                services.store, ctx, services.settings, review_id, language=lang,
                category=chosen, override_reason=override_reason,
            )
            if as_json:
                typer.echo(_dump(filed))
                return
            assert filed.result.draft is not None
            typer.echo(escape_invisible(filed.result.draft.text))
            typer.echo(f"\nRecorded as filed on {filed.record.filed_at:%Y-%m-%d %H:%M} UTC.")
            return
        result = appeal_for_review(services.store, ctx, services.settings, review_id, language=lang, category=chosen)
        if as_json:
            typer.echo(_dump(result))
            return
        if result.draft is not None:
            typer.echo(escape_invisible(result.draft.text))
        elif result.outcome.value == "check_first":
            typer.echo(f"Review {review_id}: no draft yet. Check it first; report it only if what you find supports it.")
            _print_decision(result.assessment)
        elif result.advice is not None:
            typer.echo(result.advice.message)
            _print_what_to_fix(result.advice)
            for quote in result.advice.defect_quotes:
                typer.echo(f'  "{quote}"')
        else:
            typer.echo("This review cannot be reported: " + " ".join(result.eligibility.messages))
    finally:
        services.close()


def triage(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Group the negative reviews of the last 30 days by category, with days left to report."""
    from collections import Counter

    from tools.reviews.models import Decision
    from tools.reviews.triage import triage as run_triage
    from tools.untrusted_text import escape_invisible

    services = _services()
    try:
        report = run_triage(services.store, services.shop(), services.settings)
        if as_json:
            typer.echo(_dump(report))
            return
        typer.echo(f"{report.negative_reviews} negative reviews from {report.first_day} to {report.as_of}")
        decisions = Counter(item.decision for group in report.groups for item in group.items)
        typer.echo(" · ".join(f"{_decision(decision)}: {decisions[decision]}" for decision in Decision))
        for group in report.groups:
            typer.echo(f"\n{_category(group.category)} ({group.count})")
            for item in group.items:
                state = f"{item.days_left} day(s) left" if item.eligible else ", ".join(item.ineligible_reasons)
                extra = f" issues: {_issues(item.issue_tags)}" if item.issue_tags else ""
                typer.echo(f"  {item.review_id} {item.rating}★ {_decision(item.decision)} · conf {item.confidence:.2f} · "
                           f"{state}{extra} | {escape_invisible(item.preview)}")
        if report.stats.warning:
            typer.secho(f"\nwarning: {report.stats.warning}", fg=typer.colors.YELLOW)
    finally:
        services.close()


def ledger(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List drafted and filed reports and the acceptance rate of the last 30 days."""
    from tools.reviews.ledger import list_reports, report_stats

    services = _services()
    try:
        ctx = services.shop()
        reports, stats = list_reports(services.store, ctx), report_stats(services.store, ctx)
        if as_json:
            typer.echo(json.dumps(
                {"reports": [r.model_dump(mode="json") for r in reports], "stats": stats.model_dump(mode="json")},
                ensure_ascii=False, indent=2,
            ))
            return
        for record in reports:
            override = f" override by {record.overridden_by}: {record.override_reason}" if record.override_reason else ""
            typer.echo(f"{record.review_id} {record.status.value} {record.category.value} {record.created_at:%Y-%m-%d}{override}")
        rate = "n/a" if stats.acceptance_rate is None else f"{stats.acceptance_rate:.0%}"
        typer.echo(f"Last 30 days: {stats.filed} filed, {stats.accepted} accepted, {stats.rejected} rejected, acceptance {rate}")
        if stats.warning:
            typer.secho(f"warning: {stats.warning}", fg=typer.colors.YELLOW)
    finally:
        services.close()


def decide(
    review_id: str = typer.Argument(...),
    accepted: bool = typer.Option(..., "--accepted/--rejected", help="The platform's decision."),
) -> None:
    """Record the platform's decision on a filed report."""
    from tools.reviews.ledger import record_decision

    services = _services()
    try:
        record = record_decision(services.store, review_id=review_id, accepted=accepted)
        typer.echo(f"{record.review_id}: {record.status.value}")
    finally:
        services.close()


def register(app: typer.Typer) -> None:
    review = typer.Typer(help="Malicious reviews: assess, appeal, triage and the report ledger.", no_args_is_help=True)
    review.command("assess")(assess)
    review.command("appeal")(appeal)
    review.command("triage")(triage)
    review.command("ledger")(ledger)
    review.command("decide")(decide)
    app.add_typer(review, name="review")
