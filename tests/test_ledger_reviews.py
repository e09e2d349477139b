"""The report ledger: once per review across restarts, atomic writes under SIGKILL, the abuse guard."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.test_reviews_fixtures import shop_context
from tools.errors import LedgerError
from tools.reviews.ledger import (
    ReportStatus,
    file_report,
    get_report,
    is_reported,
    list_reports,
    record_decision,
    record_draft,
    report_stats,
)
from tools.reviews.models import Assessment, Decision, MaliciousCategory
from tools.store import Store

REPO = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 20, 4, 0)


def assessment(review_id: str, category: MaliciousCategory = MaliciousCategory.COERCIVE) -> Assessment:
    decision = Decision.DO_NOT_REPORT if category is MaliciousCategory.NOT_MALICIOUS else Decision.REPORT
    return Assessment(
        review_id=review_id, category=category, decision=decision, decision_reason="", confidence=0.9, language="en"
    )


def file(store: Store, review_id: str, category: MaliciousCategory = MaliciousCategory.COERCIVE, **extra: object):  # type: ignore[no-untyped-def]
    return file_report(
        store, shop_context(), assessment=assessment(review_id, category), category=extra.pop("as_category", category),  # type: ignore[arg-type]
        reason="coercive", evidence=["1. offers removal for a gift"], language="en", draft_text="draft",
        now=extra.pop("now", NOW), **extra,  # type: ignore[arg-type]
    )


def test_filed_once_only_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "seller.duckdb"
    with Store(path) as store:
        record = file(store, "R-1")
        assert record.status is ReportStatus.FILED and record.evidence == ["1. offers removal for a gift"]
    with Store(path) as reopened:
        assert is_reported(reopened, "R-1")
        with pytest.raises(LedgerError, match=r"R-1 was already reported on 2026-11-20 \(status: filed\)"):
            file(reopened, "R-1")
        with pytest.raises(LedgerError, match="already reported"):
            record_draft(reopened, shop_context(), assessment=assessment("R-1"), category=MaliciousCategory.COERCIVE,
                         reason="r", evidence=[], language="en", draft_text="d")
        assert len(list_reports(reopened, shop_context())) == 1


def test_drafts_can_be_redrafted_then_filed(store: Store) -> None:
    ctx = shop_context()
    for text in ("first", "second"):
        draft = record_draft(store, ctx, assessment=assessment("R-2"), category=MaliciousCategory.COERCIVE,
                             reason="r", evidence=["a", "b"], language="en", draft_text=text, now=NOW)
    assert draft.status is ReportStatus.DRAFTED and draft.draft_text == "second" and not is_reported(store, "R-2")
    assert file(store, "R-2").status is ReportStatus.FILED


def test_filing_a_genuine_complaint_needs_an_override_reason(store: Store) -> None:
    with pytest.raises(LedgerError, match="override reason"):
        file(store, "R-3", MaliciousCategory.NOT_MALICIOUS, as_category=MaliciousCategory.INVALID)
    assert get_report(store, "R-3") is None
    record = file(store, "R-3", MaliciousCategory.NOT_MALICIOUS, as_category=MaliciousCategory.INVALID,
                  override_reason="buyer admitted in chat it was a joke", actor="alice")
    assert record.override_reason == "buyer admitted in chat it was a joke" and record.overridden_by == "alice"
    assert record.classified_category is MaliciousCategory.NOT_MALICIOUS and record.category is MaliciousCategory.INVALID


def test_not_malicious_is_never_a_report_category(store: Store) -> None:
    with pytest.raises(LedgerError, match="needs a malicious category"):
        file(store, "R-4", MaliciousCategory.NOT_MALICIOUS, override_reason="x")


def test_decisions_and_stats_warn_when_acceptance_is_low(store: Store) -> None:
    for index in range(6):
        file(store, f"R-S{index}", now=NOW - timedelta(days=index))
        record_decision(store, review_id=f"R-S{index}", accepted=index < 2, now=NOW)
    file(store, "R-OLD", now=NOW - timedelta(days=40))  # outside the 30-day window
    stats = report_stats(store, shop_context())
    assert (stats.filed, stats.accepted, stats.rejected, stats.pending) == (6, 2, 4, 0)
    assert stats.acceptance_rate == pytest.approx(0.333, abs=0.001)
    assert stats.warning is not None and "2 of 6" in stats.warning
    with pytest.raises(LedgerError, match="no filed report"):
        record_decision(store, review_id="R-S0", accepted=True)


def test_stats_warn_on_repeated_overrides(store: Store) -> None:
    for index in range(3):
        file(store, f"R-O{index}", MaliciousCategory.NOT_MALICIOUS, as_category=MaliciousCategory.INVALID,
             override_reason="sure")
    stats = report_stats(store, shop_context())
    assert stats.overrides == 3 and stats.warning is not None and "overrode the classifier" in stats.warning
    assert stats.acceptance_rate is None


CHILD = textwrap.dedent("""
    import sys
    from tests.test_reviews_fixtures import shop_context
    from tools.reviews import ledger
    from tools.reviews.models import Assessment, Decision, MaliciousCategory
    from tools.store import Store

    store = Store(sys.argv[1])
    original = ledger._insert_evidence

    def insert_then_wait(con, review_id, evidence):
        original(con, review_id, evidence)  # every evidence row is written inside the open transaction
        print("WRITTEN", flush=True)
        sys.stdin.readline()  # the parent kills us here, before COMMIT

    ledger._insert_evidence = insert_then_wait
    ledger.file_report(
        store, shop_context(), assessment=Assessment(
            review_id="R-CRASH", category="coercive", decision="report", decision_reason="", confidence=0.9, language="en"
        ),
        category=MaliciousCategory.COERCIVE, reason="r", evidence=[f"evidence {i}" for i in range(500)], language="en", draft_text="d",
    )
    print("COMMITTED", flush=True)
""")


def test_a_writer_killed_mid_write_leaves_no_half_record(tmp_path: Path) -> None:
    path = tmp_path / "seller.duckdb"
    with Store(path) as store:
        file(store, "R-KEPT")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "WRITTEN", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    with Store(path) as reopened:
        assert get_report(reopened, "R-CRASH") is None
        orphans = reopened.query("SELECT count(*) FROM review_report_evidence WHERE review_id = 'R-CRASH'")
        events = reopened.query("SELECT count(*) FROM review_report_events WHERE review_id = 'R-CRASH'")
        assert orphans[0][0] == 0 and events[0][0] == 0
        kept = get_report(reopened, "R-KEPT")
        assert kept is not None and kept.evidence == ["1. offers removal for a gift"]
        assert file(reopened, "R-CRASH").status is ReportStatus.FILED  # the review can still be reported
