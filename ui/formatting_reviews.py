"""Review-triage models as tables and Markdown (formatting only; categories and dates come from the tools)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from tools.languages.formatting import day
from tools.reviews.labels import category_label, decision_label
from ui.formatting import escape, pct

if TYPE_CHECKING:
    from tools.reviews.eligibility import Eligibility
    from tools.reviews.ledger import ReportRecord, ReportStats
    from tools.reviews.models import Assessment, Signal
    from tools.reviews.triage import TriageReport
    from tools.reviews.workflow import BatchVerdict

TRIAGE_COLUMNS = ["review", "what to do", "category", "confidence", "rating", "posted", "eligible", "closes",
                  "days left", "status", "product", "preview"]


def _visible(text: str) -> str:
    from tools.untrusted_text import escape_invisible

    return escape_invisible(text)
LEDGER_COLUMNS = ["review", "category", "classified", "status", "filed", "decided", "override", "reason"]


def triage_markdown(report: TriageReport) -> str:
    s = report.stats
    groups = " · ".join(f"{category_label(g.category)}: {g.count}" for g in report.groups)
    decisions: dict[str, int] = {}
    for group in report.groups:
        for item in group.items:
            decisions[decision_label(item.decision)] = decisions.get(decision_label(item.decision), 0) + 1
    groups = " · ".join(f"**{label}: {count}**" for label, count in decisions.items()) + "  \n" + groups
    lines = [
        f"**{report.negative_reviews} negative reviews** posted {day(report.first_day)} → {day(report.as_of)} "
        f"(still inside the report window). {groups}",
        "",
        stats_markdown(s),
    ]
    if not report.tagger_available:
        lines.append("\n_The feedback tagger is unavailable, so genuine complaints carry no issue tags._")
    return "\n".join(lines)


def stats_markdown(s: ReportStats) -> str:
    line = (f"**Reports** {day(s.first_day)} → {day(s.last_day)}: filed {s.filed} · accepted {s.accepted} · "
            f"rejected {s.rejected} · pending {s.pending} · overrides {s.overrides} · acceptance rate "
            f"{pct(s.acceptance_rate, 0)}")
    return line + (f"\n\n⚠ {escape(s.warning)}" if s.warning else "")


def triage_frame(report: TriageReport) -> pd.DataFrame:
    rows = [
        {"review": i.review_id, "what to do": decision_label(i.decision), "category": category_label(i.category),
         "confidence": pct(i.confidence, 0), "rating": i.rating,
         "posted": day(i.posted_on), "eligible": "yes" if i.eligible else "no",
         "closes": day(i.last_reportable_day), "days left": i.days_left, "status": i.report_status or "",
         "product": i.product_id or "", "preview": _visible(i.preview)}
        for group in report.groups for i in group.items
    ]
    return pd.DataFrame(rows, columns=TRIAGE_COLUMNS)


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
        lines += ["", f"**Ledger:** {record.status.value} as {category_label(record.category)}"
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


def ledger_frame(records: Iterable[ReportRecord]) -> pd.DataFrame:
    rows = [
        {"review": r.review_id, "category": category_label(r.category), "classified": category_label(r.classified_category),
         "status": r.status.value, "filed": f"{r.filed_at:%Y-%m-%d %H:%M}" if r.filed_at else "",
         "decided": f"{r.decided_at:%Y-%m-%d}" if r.decided_at else "", "override": r.override_reason or "",
         "reason": r.reason}
        for r in records
    ]
    return pd.DataFrame(rows, columns=LEDGER_COLUMNS)
