"""Review-triage models as tables and Markdown (formatting only; categories and dates come from the tools)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from tools.languages import pack, say
from tools.languages.formatting import day, number, percent
from tools.reviews.labels import category_label, category_name, decision_label
from ui.formatting import escape, pct

if TYPE_CHECKING:
    from tools.reviews.eligibility import Eligibility
    from tools.reviews.ledger import ReportRecord, ReportStats
    from tools.reviews.models import Assessment, Signal
    from tools.reviews.triage import TriageReport
    from tools.reviews.workflow import BatchVerdict

# The triage table's columns, as keys of `ui_col_<key>` messages.
TRIAGE_COLUMN_KEYS = ("review", "decision", "category", "confidence", "rating", "posted", "eligible", "closes", "days_left",
                      "status", "product", "preview")


def triage_columns(language: str = "en") -> list[str]:
    return [say(language, f"ui_col_{key}") for key in TRIAGE_COLUMN_KEYS]


def _visible(text: str) -> str:
    from tools.untrusted_text import escape_invisible

    return escape_invisible(text)
# The ledger's columns, as keys of `ui_col_<key>` messages.
LEDGER_COLUMN_KEYS = ("review", "category", "classified", "status", "filed", "decided", "override", "reason")


def ledger_columns(language: str = "en") -> list[str]:
    return [say(language, f"ui_col_{key}") for key in LEDGER_COLUMN_KEYS]


def report_status(status: object, language: str = "en") -> str:
    """A report's state in the ledger (drafted, filed, accepted, rejected) in words; none is an empty cell."""
    value = getattr(status, "value", status)
    return say(language, f"ui_report_status_{value}") if value else ""


def triage_markdown(report: TriageReport, language: str = "en") -> str:
    s = report.stats
    categories = " · ".join(f"{category_name(g.category, language)}: {number(g.count, language)}" for g in report.groups)
    decisions: dict[str, int] = {}
    for group in report.groups:
        for item in group.items:
            label = decision_label(item.decision, language)
            decisions[label] = decisions.get(label, 0) + 1
    counts = " · ".join(f"**{label}: {number(count, language)}**" for label, count in decisions.items())
    lines = [
        say(language, "ui_reviews_summary", count=number(report.negative_reviews, language),
            first=day(report.first_day, language), last=day(report.as_of, language)) + f" {counts}  \n{categories}",
        "",
        stats_markdown(s, language),
    ]
    if not report.tagger_available:
        lines.append("\n" + say(language, "ui_reviews_no_tagger"))
    return "\n".join(lines)


def stats_markdown(s: ReportStats, language: str = "en") -> str:
    line = say(language, "ui_reviews_stats", first=day(s.first_day, language), last=day(s.last_day, language),
               filed=number(s.filed, language), accepted=number(s.accepted, language), rejected=number(s.rejected, language),
               pending=number(s.pending, language), overrides=number(s.overrides, language),
               rate=percent(s.acceptance_rate, language, 0))
    return line + (f"\n\n⚠ {escape(s.warning)}" if s.warning else "")


def triage_frame(report: TriageReport, language: str = "en") -> pd.DataFrame:
    headers = triage_columns(language)
    rows = [
        dict(zip(headers, (
            i.review_id, decision_label(i.decision, language), category_name(i.category, language),
            percent(i.confidence, language, 0), i.rating, day(i.posted_on, language),
            say(language, "ui_yes" if i.eligible else "ui_no"), day(i.last_reportable_day, language), i.days_left,
            report_status(i.report_status, language), i.product_id or "", _visible(i.preview)), strict=True))
        for group in report.groups for i in group.items
    ]
    return pd.DataFrame(rows, columns=headers)


def _signal_lines(signals: Sequence[Signal]) -> list[str]:
    lines = []
    for s in signals:
        quotes = "; ".join(f"“{escape(_visible(q))}”" for q in s.quotes[:2])
        ids = f" ({', '.join(s.evidence_ids[:4])})" if s.evidence_ids else ""
        lines.append(f"- {category_label(s.category)}: {escape(s.description)}{ids}" + (f" — {quotes}" if quotes else ""))
    return lines


def decision_markdown(decision: object, reason: str, checklist: Sequence[str], obfuscation: Sequence[str]) -> list[str]:
    """What to do, why, what to verify first, and what the text hid."""
    lines = [f"**What to do: {decision_label(decision)}.** {escape(reason)}"]
    lines += [f"- [ ] {escape(item)}" for item in checklist]
    if obfuscation:
        lines.append(f"_The review hides text from filters ({escape('; '.join(obfuscation))}); it was read as a person sees it._")
    return lines


def assessment_markdown(a: Assessment, e: Eligibility | None, record: ReportRecord | None = None) -> str:
    secondary = f" (also: {', '.join(category_label(c) for c in a.secondary)})" if a.secondary else ""
    lines = [f"### Review `{a.review_id}`: **{category_label(a.category)}**{secondary}",
             f"confidence {pct(a.confidence, 0)} · language {a.language}",
             *decision_markdown(a.decision, a.decision_reason, a.checklist, a.obfuscation), "", "**Signals**"]
    lines += _signal_lines(a.signals) or ["- none found"]
    if e is not None:
        lines += ["", eligibility_markdown(e)]
    if record is not None:
        lines += ["", f"**Ledger:** {report_status(record.status)} as {category_label(record.category)}"
                      + (f", filed {record.filed_at:%Y-%m-%d %H:%M} UTC" if record.filed_at else "")]
    lines += [f"\n_{escape(n)}_" for n in a.notes]
    return "\n".join(lines)


def eligibility_markdown(e: Eligibility) -> str:
    left = "1 day left" if e.days_left == 1 else f"{e.days_left} days left"
    head = (f"**Reportable** until **{day(e.last_reportable_day)}** ({left})" if e.eligible
            else f"**Not reportable** (window closes {day(e.last_reportable_day)})")
    return head + "".join(f"\n- {escape(m)}" for m in e.messages)


def batch_verdict_markdown(v: BatchVerdict) -> str:
    secondary = f" (also: {', '.join(category_label(c) for c in v.secondary)})" if v.secondary else ""
    lines = [f"### Pasted review: **{category_label(v.category)}**{secondary}", f"confidence {pct(v.confidence, 0)}",
             *decision_markdown(v.decision, v.decision_reason, v.checklist, v.obfuscation), "",
             "**Signals**", *(_signal_lines(v.signals) or ["- none found"]), "",
             (f"**Reportable** until **{day(v.last_reportable_day)}**" if v.eligible
              else f"**Not reportable** (window closes {day(v.last_reportable_day)})"),
             *(f"- {escape(m)}" for m in v.messages),
             "", "_Drafts and filing work on reviews of your store: pick one from the triage list._"]
    return "\n".join(lines)


def ledger_frame(records: Iterable[ReportRecord], language: str = "en") -> pd.DataFrame:
    """The report ledger; the reason is the appeal's own explanation, in the language it was drafted in."""
    headers = ledger_columns(language)
    rows = [
        dict(zip(headers, (
            r.review_id, category_name(r.category, language), category_name(r.classified_category, language),
            report_status(r.status, language), f"{day(r.filed_at.date(), language)} {r.filed_at:%H:%M}" if r.filed_at else "",
            day(r.decided_at.date(), language) if r.decided_at else "", _visible(r.override_reason or ""), r.reason),
            strict=True))
        for r in records
    ]
    return pd.DataFrame(rows, columns=headers)


def filing_done(record: ReportRecord, language: str = "en") -> str:
    """The one message after a report is marked as filed."""
    key = "ui_filing_done_override" if record.override_reason else "ui_filing_done"
    return say(language, key, review=f"`{record.review_id}`", category=category_name(record.category, language),
               reason=escape(_visible(record.override_reason or "")))


def filing_refused(review_id: str, refusal: str, details: Mapping[str, Any], fallback: str, language: str = "en") -> str:
    """The one message when a filing is refused: the ledger rule that refused it, in the seller's words (the
    CLI's wording, which names its flags, only for a rule without words of its own)."""
    from agent.offline.reviews import ineligible_reasons

    facts: dict[str, object] = {}
    if refusal == "not_reportable":
        eligibility = details.get("eligibility")
        facts["reasons"] = ineligible_reasons(eligibility if isinstance(eligibility, Mapping) else {}, language)
    elif refusal == "already_reported":
        facts |= {"day": day(details.get("day"), language), "status": report_status(details.get("status"), language)}
    elif refusal == "category_disagrees":
        facts |= {"found": category_name(str(details.get("found")), language),
                  "chosen": category_name(str(details.get("chosen")), language)}
    key = f"ui_refused_{refusal}"
    why = say(language, key, **facts) if refusal and key in pack("en").messages else escape(fallback)
    return say(language, "ui_filing_refused", review=f"`{review_id}`", why=why)


def assessment_in(language: str, result: Mapping[str, Any]) -> str:
    """A review's assessment in a language other than English, in the chat's words for it (a `ReviewVerdict` or
    `BatchVerdict` as JSON): the category with the local word, what to do, the signals, whether it can be reported."""
    from agent.offline.reviews import assessment

    return "\n".join(assessment(_shown_safely(result), language=language, playbook=True))


_QUOTED_KEYS = frozenset({"quotes", "problem", "preview", "text"})


def _shown_safely(value: Any, quoted: bool = False) -> Any:
    """The result with the buyer's words (quotes, the problem, previews) escaped for Markdown and their invisible
    characters shown, as the English panel shows them: a review is data, never markup."""
    if isinstance(value, Mapping):
        return {key: _shown_safely(item, quoted or key in _QUOTED_KEYS) for key, item in value.items()}
    if isinstance(value, list):
        return [_shown_safely(item, quoted) for item in value]
    return escape(_visible(value)) if quoted and isinstance(value, str) else value
