"""The overview's figures are the tabs' figures: same VoC levels, same reviews to report, same video statuses."""

from __future__ import annotations

from tools.context import resolve_shop
from tools.overview import shop_overview
from tools.reviews.models import Decision
from tools.reviews.triage import triage
from tools.settings import Settings
from tools.store import Store
from tools.video.listing import list_videos
from tools.voc.models import VocLevel
from tools.voc.service import diagnose_shop
from ui.formatting_overview import cards_html, fix_first_markdown, header_markdown


def test_the_overview_agrees_with_every_tab(writable_demo_store: Store, demo_settings: Settings) -> None:
    store, settings = writable_demo_store, demo_settings
    ctx = resolve_shop(store, settings)
    overview = shop_overview(store, ctx, settings)
    voc = diagnose_shop(store, ctx, settings)
    assert overview.levels == voc.summary and overview.without_verdict == voc.products_without_verdict
    assert overview.early_warnings == len(voc.early_warnings)
    at_risk = {row.product_id for row in voc.products if row.level in (VocLevel.AT_RISK, VocLevel.NEEDS_ATTENTION)}
    assert {item.product_id for item in overview.fix_first} <= at_risk and overview.fix_first
    assert overview.fix_first[0].high_gmv or not any(item.high_gmv for item in overview.fix_first)
    reviews = [item for group in triage(store, ctx, settings).groups for item in group.items
               if item.eligible and not item.report_status]
    assert overview.reportable == sum(item.decision is Decision.REPORT for item in reviews)
    assert overview.nearest_deadline == min(item.last_reportable_day for item in reviews
                                            if item.decision is not Decision.DO_NOT_REPORT)
    assert sum(overview.video_statuses.values()) == len(list_videos(store, ctx, settings, limit=None))
    assert overview.freshness.latest_order == ctx.as_of


def test_the_overview_reads_as_a_seller_expects(writable_demo_store: Store, demo_settings: Settings) -> None:
    overview = shop_overview(writable_demo_store, resolve_shop(writable_demo_store, demo_settings), demo_settings)
    header = header_markdown(overview, "offline")
    assert "Lumen Lane Official" in header and "Latest data: orders Nov 20, 2026" in header and "Mode: offline" in header
    assert "Reviews you can report" in cards_html(overview)
    assert "$" in fix_first_markdown(overview)  # GMV in the shop's currency


def test_the_overview_speaks_the_display_language(writable_demo_store: Store, demo_settings: Settings) -> None:
    """Every panel word from the language's pack, levels with the marketplace term and the local word, figures and
    dates in the pack's locale, and no English sentence left over."""
    import re

    from tools.languages import codes
    from ui.formatting_overview import details_markdown, link_labels

    overview = shop_overview(writable_demo_store, resolve_shop(writable_demo_store, demo_settings), demo_settings)
    english = [header_markdown(overview, "offline"), cards_html(overview), fix_first_markdown(overview),
               details_markdown(overview)]
    zh = [header_markdown(overview, "offline", "zh"), cards_html(overview, "zh"), fix_first_markdown(overview, "zh"),
          details_markdown(overview, "zh")]
    assert "可举报的评价" in zh[1] and "At Risk（高风险）" in zh[1]
    assert "优先处理" in zh[2] and "第一步" in zh[2] and "2026年11月20日" in zh[0]
    assert "暂无结论" in zh[3]
    for sentence in ("Latest data", "Reviews you can report", "Fix first", "top issue", "First:", "No verdict yet",
                     "Videos of the last 90 days"):
        assert sentence in "".join(english) and sentence not in "".join(zh)
    for code in codes():
        assert len(set(link_labels(code))) == 5
        if code != "en":
            assert not re.search(r"\bhigh GMV\b|\bearly warning\b", cards_html(overview, code) + fix_first_markdown(overview, code))


def test_the_display_language_is_a_known_pack() -> None:
    import pytest
    from pydantic import ValidationError

    assert Settings(language="VI").language == "vi"
    with pytest.raises(ValidationError, match="SELLER_COPILOT_LANGUAGE"):
        Settings(language="fr")


def test_evidence_quotes_carry_the_shop_local_day(writable_demo_store: Store, demo_settings: Settings) -> None:
    """Quotes are dated as the seller's calendar reads them, not by UTC timestamp ("2026-11-17T12:16")."""
    from datetime import datetime

    from tools.clock import local_date
    from tools.voc.drawer import diagnose_product
    from ui.formatting_voc import issues_markdown

    ctx = resolve_shop(writable_demo_store, demo_settings)
    diagnosis = diagnose_product(writable_demo_store, ctx, demo_settings, "P-1001")
    quotes = [quote for issue in diagnosis.issues for quote in issue.evidence]
    assert quotes and all(q.posted_on == local_date(datetime.fromisoformat(q.created_at), ctx.zone) for q in quotes)
    shown = issues_markdown(diagnosis)
    assert "T0" not in shown and "T1" not in shown and "T2" not in shown  # no ISO timestamps
