"""The report ledger: every report drafted and filed, in the store's DuckDB, once per review.

Rules (reference 002): each review can be reported at most once, and a seller who abuses reporting
gets blocked. So: a second filing of the same review is refused; filing a review the classifier
calls `not_malicious` (or under another category than it found) needs an override reason, recorded
with who gave it; and `report_stats` warns when the shop's recent reports trend badly.
Every operation is one transaction: a crash mid-write leaves no half record.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

import duckdb
from pydantic import Field

from tools.clock import day_range_utc
from tools.context import ShopContext
from tools.errors import LedgerError
from tools.reviews.models import Assessment, MaliciousCategory, Strict
from tools.store import Store

LEDGER_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_reports (
  review_id VARCHAR PRIMARY KEY, shop_id VARCHAR NOT NULL, category VARCHAR NOT NULL,
  classified_category VARCHAR NOT NULL, confidence DOUBLE NOT NULL, reason VARCHAR NOT NULL,
  status VARCHAR NOT NULL, language VARCHAR NOT NULL, draft_text VARCHAR NOT NULL,
  override_reason VARCHAR, overridden_by VARCHAR, created_at TIMESTAMP NOT NULL,
  filed_at TIMESTAMP, decided_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS review_report_evidence (
  review_id VARCHAR NOT NULL, position INTEGER NOT NULL, description VARCHAR NOT NULL,
  PRIMARY KEY (review_id, position));
CREATE TABLE IF NOT EXISTS review_report_events (
  review_id VARCHAR NOT NULL, position INTEGER NOT NULL, happened_at TIMESTAMP NOT NULL, status VARCHAR NOT NULL,
  actor VARCHAR NOT NULL, note VARCHAR NOT NULL, PRIMARY KEY (review_id, position));
"""
STATS_WINDOW_DAYS = 30
# Warn before the platform does: a low acceptance rate over enough decisions, or repeated overrides.
WARN_MIN_DECIDED = 5
WARN_ACCEPTANCE_BELOW = 0.5
WARN_OVERRIDES_AT = 3


class ReportStatus(StrEnum):
    DRAFTED = "drafted"
    FILED = "filed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


REPORTED_STATUSES = frozenset({ReportStatus.FILED, ReportStatus.ACCEPTED, ReportStatus.REJECTED})


class ReportRecord(Strict):
    review_id: str
    shop_id: str
    category: MaliciousCategory
    classified_category: MaliciousCategory
    confidence: float
    reason: str
    status: ReportStatus
    language: str
    draft_text: str = ""
    evidence: list[str] = Field(default_factory=list)
    override_reason: str | None = None
    overridden_by: str | None = None
    created_at: datetime
    filed_at: datetime | None = None
    decided_at: datetime | None = None


class ReportStats(Strict):
    first_day: date
    last_day: date
    filed: int
    accepted: int
    rejected: int
    pending: int
    overrides: int
    acceptance_rate: float | None  # accepted / decided; None before any decision
    warning: str | None = None


_COLUMNS = (
    "review_id, shop_id, category, classified_category, confidence, reason, status, language, draft_text, "
    "override_reason, overridden_by, created_at, filed_at, decided_at"
)


def ensure_ledger(store: Store) -> None:
    """Create the ledger tables on first use."""
    with store.transaction() as con:
        con.execute(LEDGER_SCHEMA)


def _ledger_exists(store: Store) -> bool:
    rows = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'review_reports'")
    return bool(rows and rows[0][0])


def _utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _record(con: duckdb.DuckDBPyConnection, values: tuple[object, ...]) -> ReportRecord:
    record = dict(zip([name.strip() for name in _COLUMNS.split(",")], values, strict=False))
    evidence = con.execute(
        "SELECT description FROM review_report_evidence WHERE review_id = ? ORDER BY position", [record["review_id"]]
    ).fetchall()
    return ReportRecord.model_validate({**record, "evidence": [row[0] for row in evidence]})


def get_report(store: Store, review_id: str) -> ReportRecord | None:
    if not _ledger_exists(store):
        return None
    rows = store.query(f"SELECT {_COLUMNS} FROM review_reports WHERE review_id = ?", [review_id])
    return _record(store.con, rows[0]) if rows else None


def is_reported(store: Store, review_id: str) -> bool:
    record = get_report(store, review_id)
    return record is not None and record.status in REPORTED_STATUSES


def list_reports(store: Store, ctx: ShopContext) -> list[ReportRecord]:
    if not _ledger_exists(store):
        return []
    rows = store.query(
        f"SELECT {_COLUMNS} FROM review_reports WHERE shop_id = ? ORDER BY created_at, review_id", [ctx.shop_id]
    )
    return [_record(store.con, row) for row in rows]


def _insert_evidence(con: duckdb.DuckDBPyConnection, review_id: str, evidence: list[str]) -> None:
    con.execute("DELETE FROM review_report_evidence WHERE review_id = ?", [review_id])
    for position, description in enumerate(evidence, start=1):
        con.execute("INSERT INTO review_report_evidence VALUES (?, ?, ?)", [review_id, position, description])


def _add_event(con: duckdb.DuckDBPyConnection, review_id: str, at: datetime, status: ReportStatus, actor: str, note: str) -> None:
    position = con.execute("SELECT count(*) FROM review_report_events WHERE review_id = ?", [review_id]).fetchone()
    con.execute(
        "INSERT INTO review_report_events VALUES (?, ?, ?, ?, ?, ?)",
        [review_id, int(position[0]) + 1 if position else 1, at, status.value, actor, note],
    )


def _existing(con: duckdb.DuckDBPyConnection, review_id: str) -> tuple[object, ...] | None:
    return con.execute(f"SELECT {_COLUMNS} FROM review_reports WHERE review_id = ?", [review_id]).fetchone()


def _write(
    store: Store, ctx: ShopContext, *, status: ReportStatus, assessment: Assessment, category: MaliciousCategory,
    reason: str, evidence: list[str], language: str, draft_text: str, override_reason: str | None, actor: str,
    now: datetime,
) -> ReportRecord:
    ensure_ledger(store)
    with store.transaction() as con:
        existing = _existing(con, assessment.review_id)
        if existing is not None:
            previous = _record(con, existing)
            if previous.status in REPORTED_STATUSES:
                when = previous.filed_at.date().isoformat() if previous.filed_at else "earlier"
                raise LedgerError(
                    f"Review {assessment.review_id} was already reported on {when} (status: {previous.status.value}). "
                    "The platform accepts one report per review; see `seller-copilot review ledger`.",
                    refusal="already_reported", day=previous.filed_at.date() if previous.filed_at else None,
                    status=previous.status.value,
                )
        con.execute("DELETE FROM review_reports WHERE review_id = ?", [assessment.review_id])
        con.execute(
            f"INSERT INTO review_reports ({_COLUMNS}) VALUES ({', '.join('?' * 14)})",
            [assessment.review_id, ctx.shop_id, category.value, assessment.category.value, assessment.confidence,
             reason, status.value, language, draft_text, override_reason, actor if override_reason else None,
             now, now if status is ReportStatus.FILED else None, None],
        )
        _insert_evidence(con, assessment.review_id, evidence)
        note = f"override: {override_reason}" if override_reason else f"category {category.value}"
        _add_event(con, assessment.review_id, now, status, actor, note)
        return _record(con, _existing(con, assessment.review_id) or ())


def record_draft(
    store: Store, ctx: ShopContext, *, assessment: Assessment, category: MaliciousCategory, reason: str,
    evidence: list[str], language: str, draft_text: str, actor: str = "seller", now: datetime | None = None,
) -> ReportRecord:
    """Record (or replace) a drafted report. Refused once the review has been filed."""
    return _write(
        store, ctx, status=ReportStatus.DRAFTED, assessment=assessment, category=category, reason=reason,
        evidence=evidence, language=language, draft_text=draft_text, override_reason=None, actor=actor,
        now=now or _utc_now(),
    )


def file_report(
    store: Store, ctx: ShopContext, *, assessment: Assessment, category: MaliciousCategory, reason: str,
    evidence: list[str], language: str, draft_text: str, override_reason: str | None = None,
    actor: str = "seller", now: datetime | None = None,
) -> ReportRecord:
    """Record a report as filed: once per review; an override reason is required to file against the classifier."""
    override_reason = (override_reason or "").strip() or None
    category = MaliciousCategory(category)
    if category is MaliciousCategory.NOT_MALICIOUS:
        raise LedgerError("A report needs a malicious category; `not_malicious` cannot be filed.", refusal="no_category")
    disagrees = category is not assessment.category and category not in assessment.secondary
    if disagrees and override_reason is None:
        found = assessment.category.value.replace("_", " ")
        raise LedgerError(
            f"Review {assessment.review_id} was classified {found}, not {category.value}. Reporting genuine "
            "complaints gets reporting blocked; if you are sure, file again with an override reason "
            "(--override-reason), which is recorded.", refusal="category_disagrees",
            found=assessment.category.value, chosen=category.value,
        )
    return _write(
        store, ctx, status=ReportStatus.FILED, assessment=assessment, category=category, reason=reason,
        evidence=evidence, language=language, draft_text=draft_text,
        override_reason=override_reason if disagrees else None, actor=actor, now=now or _utc_now(),
    )


def record_decision(
    store: Store, *, review_id: str, accepted: bool, actor: str = "platform", note: str = "", now: datetime | None = None
) -> ReportRecord:
    """Record the platform's decision on a filed report."""
    ensure_ledger(store)
    at = now or _utc_now()
    status = ReportStatus.ACCEPTED if accepted else ReportStatus.REJECTED
    with store.transaction() as con:
        existing = _existing(con, review_id)
        if existing is None or _record(con, existing).status is not ReportStatus.FILED:
            raise LedgerError(f"Review {review_id} has no filed report awaiting a decision.", refusal="no_pending_report")
        con.execute("UPDATE review_reports SET status = ?, decided_at = ? WHERE review_id = ?", [status.value, at, review_id])
        _add_event(con, review_id, at, status, actor, note)
        return _record(con, _existing(con, review_id) or ())


def report_stats(store: Store, ctx: ShopContext) -> ReportStats:
    """Count the shop's reports filed in the last 30 days (shop time), their acceptance rate, and warn when it trends badly."""
    first_day = ctx.as_of - timedelta(days=STATS_WINDOW_DAYS - 1)
    # No upper bound: reports are stamped with the wall clock, and when the as-of day is pinned in the
    # past (the demo) a report filed "today" still belongs to the recent record.
    start, _ = day_range_utc(first_day, ctx.as_of, ctx.zone)
    filed = [
        record for record in list_reports(store, ctx)
        if record.status in REPORTED_STATUSES and record.filed_at is not None and start <= record.filed_at
    ]
    accepted = sum(1 for record in filed if record.status is ReportStatus.ACCEPTED)
    rejected = sum(1 for record in filed if record.status is ReportStatus.REJECTED)
    overrides = sum(1 for record in filed if record.override_reason)
    decided = accepted + rejected
    rate = round(accepted / decided, 3) if decided else None
    warnings = []
    if rate is not None and decided >= WARN_MIN_DECIDED and rate < WARN_ACCEPTANCE_BELOW:
        warnings.append(
            f"Only {accepted} of {decided} decided reports were accepted in the last {STATS_WINDOW_DAYS} days; "
            "the platform blocks sellers who abuse reporting. Report only reviews with clear evidence."
        )
    if overrides >= WARN_OVERRIDES_AT:
        warnings.append(
            f"{overrides} reports in the last {STATS_WINDOW_DAYS} days overrode the classifier; "
            "genuine complaints are better answered by fixing the problem."
        )
    return ReportStats(
        first_day=first_day, last_day=ctx.as_of, filed=len(filed), accepted=accepted, rejected=rejected,
        pending=len(filed) - decided, overrides=overrides, acceptance_rate=rate,
        warning=" ".join(warnings) or None,
    )
