"""The demo's planted VoC stories come out as a seller would expect."""

from __future__ import annotations

import pytest

from tools.context import resolve_shop
from tools.demo import stories
from tools.settings import Settings
from tools.store import Store
from tools.voc.drawer import diagnose_product
from tools.voc.models import VocLevel
from tools.voc.service import diagnose_shop


@pytest.fixture
def shop_report(writable_demo_store: Store, demo_settings: Settings):
    ctx = resolve_shop(writable_demo_store, demo_settings)
    return writable_demo_store, ctx, diagnose_shop(writable_demo_store, ctx, demo_settings)


def _issue(diagnosis, tag):
    return next((issue for issue in diagnosis.issues if issue.tag == tag), None)


def test_colour_mismatch_dress(shop_report, demo_settings: Settings) -> None:
    store, ctx, _ = shop_report
    d = diagnose_product(store, ctx, demo_settings, stories.COLOUR_MISMATCH_DRESS)
    top = _issue(d, "not_as_described")
    assert top is not None and top.share > 0.5 and top.highlighted
    assert d.issues[0].tag == "not_as_described"
    assert d.level in (VocLevel.AT_RISK, VocLevel.NEEDS_ATTENTION)
    assert top.evidence and all(q.item_id for q in top.evidence)


def test_perfume_bottles_and_longevity(shop_report, demo_settings: Settings) -> None:
    store, ctx, _ = shop_report
    d = diagnose_product(store, ctx, demo_settings, stories.PERFUME_EMPTY_BOTTLES)
    listed = [issue.tag for issue in d.issues]
    assert "damaged_or_missing" in listed[:3] and "performance" in listed[:3]


def test_charger_overclaim(shop_report, demo_settings: Settings) -> None:
    store, ctx, _ = shop_report
    d = diagnose_product(store, ctx, demo_settings, stories.CHARGER_OVERCLAIM)
    listed = [issue.tag for issue in d.issues]
    assert "misleading_promotion" in listed and "performance" in listed


def test_misleading_promotion_complaints_point_to_the_videos_that_sell_the_product(shop_report, demo_settings: Settings) -> None:
    store, ctx, _ = shop_report
    charger = diagnose_product(store, ctx, demo_settings, stories.CHARGER_OVERCLAIM)
    assert _issue(charger, "misleading_promotion") is not None
    listed = [video.video_id for video in charger.videos_to_check]
    assert listed and all(stories.CHARGER_OVERCLAIM in store.query(
        "SELECT product_ids FROM videos WHERE video_id = ?", [video_id])[0][0] for video_id in listed)
    assert [v.posted for v in charger.videos_to_check] == sorted((v.posted for v in charger.videos_to_check), reverse=True)
    dress = diagnose_product(store, ctx, demo_settings, stories.COLOUR_MISMATCH_DRESS)
    assert _issue(dress, "misleading_promotion") is None and dress.videos_to_check == []


def test_rising_logistics_gets_an_early_warning(shop_report) -> None:
    _, _, report = shop_report
    warned = {(w.product_id, w.tag) for w in report.early_warnings}
    assert (stories.LOGISTICS_RISING, "logistics_delay") in warned


def test_tiny_products_have_no_verdict(shop_report) -> None:
    _, _, report = shop_report
    rows = {row.product_id: row for row in report.products}
    for product_id in stories.TINY_PRODUCTS:
        assert rows[product_id].level is VocLevel.NO_VERDICT
        assert "orders in the window" in rows[product_id].level_reason


def test_high_gmv_at_risk_and_all_levels_present(shop_report) -> None:
    _, _, report = shop_report
    rows = {row.product_id: row for row in report.products}
    star = rows[stories.HIGH_GMV_AT_RISK]
    assert star.level is VocLevel.AT_RISK and star.high_gmv
    assert rows[stories.HEALTHY_BESTSELLER].level is VocLevel.BELOW_AVERAGE
    present = {row.level for row in report.products}
    assert present == set(VocLevel)
