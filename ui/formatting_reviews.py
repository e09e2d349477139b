"""Review-triage models as tables and Markdown (formatting only; categories and dates come from the tools)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from ui.formatting import escape, pct

if TYPE_CHECKING:
    from tools.reviews.eligibility import Eligibility
    from tools.reviews.ledger import ReportRecord, ReportStats
    from tools.reviews.models import Assessment, Signal
    from tools.reviews.triage import TriageReport
    from tools.reviews.workflow import BatchVerdict

TRIAGE_COLUMNS = ["review", "category", "confidence", "rating", "posted", "eligible", "closes", "days left",
                  "status", "product", "preview"]
LEDGER_COLUMNS = ["review", "category", "classified", "status", "filed", "decided", "override", "reason"]


def triage_markdown(report: TriageReport) -> str:
    s = report.stats
    groups = " · ".join(f"{g.category.value}: {g.count}" for g in report.groups)
    lines = [
        f"**{report.negative_reviews} negative reviews** posted {report.first_day} → {report.as_of} "
        f"(still inside the report window). {groups}",
        "",
        stats_markdown(s),
    ]
    if not report.tagger_available:
        lines.append("\n_The feedback tagger is unavailable, so genuine complaints carry no issue tags._")
    return "\n".join(lines)


def stats_markdown(s: ReportStats) -> str:
    line = (f"**Reports** {s.first_day} → {s.last_day}: filed {s.filed} · accepted {s.accepted} · "
            f"rejected {s.rejected} · pending {s.pending} · overrides {s.overrides} · acceptance rate "
            f"{pct(s.acceptance_rate, 0)}")
    return line + (f"\n\n⚠ {escape(s.warning)}" if s.warning else "")


def triage_frame(report: TriageReport) -> pd.DataFrame:
    rows = [
        {"review": i.review_id, "category": i.category.value, "confidence": pct(i.confidence, 0), "rating": i.rating,
         "posted": i.posted_on.isoformat(), "eligible": "yes" if i.eligible else "no",
         "closes": i.last_reportable_day.isoformat(), "days left": i.days_left, "status": i.report_status or "",
         "product": i.product_id or "", "preview": i.preview}
        for group in report.groups for i in group.items
    ]
    return pd.DataFrame(rows, columns=TRIAGE_COLUMNS)


def _signal_lines(signals: Sequence[Signal]) -> list[str]:
    lines = []
    for s in signals:
        quotes = "; ".join(f"“{escape(q)}”" for q in s.quotes[:2])
        ids = f" ({', '.join(s.evidence_ids[:4])})" if s.evidence_ids else ""
        lines.append(f"- `{s.kind.value}` → {s.category.value}: {escape(s.description)}{ids}"
                     + (f" — {quotes}" if quotes else ""))
    return lines


def assessment_markdown(a: Assessment, e: Eligibility | None, record: ReportRecord | None = None) -> str:
    secondary = f" (also: {', '.join(c.value for c in a.secondary)})" if a.secondary else ""
    verdict = "⚑ malicious" if a.is_malicious else "✔ looks like a genuine complaint"
    lines = [f"### Review `{a.review_id}`: **{a.category.value}**{secondary}",
             f"{verdict} · confidence {pct(a.confidence, 0)} · language {a.language}", "", "**Signals**"]
    lines += _signal_lines(a.signals) or ["- none found"]
    if e is not None:
        lines += ["", eligibility_markdown(e)]
    if record is not None:
        lines += ["", f"**Ledger:** {record.status.value} as {record.category.value}"
                      + (f", filed {record.filed_at:%Y-%m-%d %H:%M} UTC" if record.filed_at else "")]
    lines += [f"\n_{escape(n)}_" for n in a.notes]
    return "\n".join(lines)


def eligibility_markdown(e: Eligibility) -> str:
    head = (f"**Reportable** until **{e.last_reportable_day}** ({e.days_left} days left)" if e.eligible
            else f"**Not reportable** (window closes {e.last_reportable_day})")
    return head + "".join(f"\n- {escape(m)}" for m in e.messages)


def batch_verdict_markdown(v: BatchVerdict) -> str:
    secondary = f" (also: {', '.join(c.value for c in v.secondary)})" if v.secondary else ""
    lines = [f"### Pasted review: **{v.category.value}**{secondary}", f"confidence {pct(v.confidence, 0)}", "",
             "**Signals**", *(_signal_lines(v.signals) or ["- none found"]), "",
             (f"**Reportable** until **{v.last_reportable_day}**" if v.eligible
              else f"**Not reportable** (window closes {v.last_reportable_day})"),
             *(f"- {escape(m)}" for m in v.messages),
             "", "_Drafts and filing work on reviews of your store: pick one from the triage list._"]
    return "\n".join(lines)


def ledger_frame(records: Iterable[ReportRecord]) -> pd.DataFrame:
    rows = [
        {"review": r.review_id, "category": r.category.value, "classified": r.classified_category.value,
         "status": r.status.value, "filed": f"{r.filed_at:%Y-%m-%d %H:%M}" if r.filed_at else "",
         "decided": f"{r.decided_at:%Y-%m-%d}" if r.decided_at else "", "override": r.override_reason or "",
         "reason": r.reason}
        for r in records
    ]
    return pd.DataFrame(rows, columns=LEDGER_COLUMNS)
