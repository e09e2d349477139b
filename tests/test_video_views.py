"""Account performance, the video list, the product split and the small pure helpers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest

from tests.test_video_builders import DAY_1, VideoWorld
from tools.errors import DataError
from tools.settings import Settings
from tools.store import Store
from tools.video import VideoStatus, account_performance, list_videos
from tools.video.benchmarks import CategoryDistribution
from tools.video.models import ProductAllocation
from tools.video.products import CatalogueProduct, products_in_video
from tools.video.window import days_elapsed, safe_ratio


@pytest.fixture
def world(store: Store) -> VideoWorld:
    built = VideoWorld(store)
    built.peers(5)
    return built


def test_account_performance_compares_with_the_previous_range(world: VideoWorld, settings: Settings) -> None:
    world.video("V-PREV", posted=datetime(2026, 10, 25, 2))
    world.day("V-PREV", date(2026, 10, 26), views=1000, gmv=100.0, sku_orders=4, units_sold=5)
    world.video("V-NOW1")
    world.video("V-NOW2", posted=datetime(2026, 11, 3, 2))
    world.day("V-NOW1", DAY_1, views=1500, gmv=150.0, sku_orders=6, units_sold=6)
    world.day("V-PREV", DAY_1 + timedelta(days=1), views=500, gmv=50.0, sku_orders=2, units_sold=2)
    world.day("V-NOW1", date(2026, 11, 8), views=9999, gmv=999.0)  # after the range
    world.video("V-PEER-SALE", shop_id="SHOP-B")
    world.day("V-PEER-SALE", DAY_1, views=7777, gmv=777.0)  # another shop: never counted
    result = account_performance(world.store, world.context(settings), start=DAY_1, end=date(2026, 11, 7))
    assert (result.previous_start, result.previous_end) == (date(2026, 10, 25), date(2026, 10, 31))
    assert (result.videos_posted.current, result.videos_posted.previous) == (2, 1)
    assert result.revenue.current == pytest.approx(200.0) and result.revenue.previous == pytest.approx(100.0)
    assert result.revenue.change_percent == pytest.approx(100.0)
    assert result.views.change_percent == pytest.approx(100.0)
    assert result.orders.change_percent == pytest.approx(100.0)
    assert result.items_sold.change_percent == pytest.approx(60.0)


def test_account_performance_without_a_previous_value_has_no_change(world: VideoWorld, settings: Settings) -> None:
    result = account_performance(world.store, world.context(settings), start=DAY_1, end=DAY_1)
    assert result.revenue.current == 0 and result.revenue.change_percent is None
    with pytest.raises(DataError):
        account_performance(world.store, world.context(settings), start=DAY_1, end=DAY_1 - timedelta(days=1))


@pytest.fixture
def listed(world: VideoWorld) -> VideoWorld:
    world.video("V-A", title="Air fryer unboxing", posted=datetime(2026, 11, 2, 2))
    world.week("V-A", first=date(2026, 11, 2), gmv=40.0, units_sold=3)  # good
    world.video("V-B", title="Kitchen knife demo", posted=datetime(2026, 11, 5, 2))
    world.week("V-B", first=date(2026, 11, 5), gmv=5.0, views=300)  # can do better, most views
    world.video("V-C", title="AIR purifier test", posted=datetime(2026, 10, 20, 2), products=[])
    world.week("V-C", first=date(2026, 10, 20), views=10)  # did not meet threshold
    return world


def test_list_sorts_by_each_key(listed: VideoWorld, settings: Settings) -> None:
    ctx = listed.context(settings)

    def ids(sort: str) -> list[str]:
        return [item.video_id for item in list_videos(listed.store, ctx, settings, sort=sort)]  # type: ignore[arg-type]

    assert ids("recent") == ["V-B", "V-A", "V-C"]
    assert ids("revenue") == ["V-A", "V-C", "V-B"]
    assert ids("views") == ["V-B", "V-A", "V-C"]
    assert ids("items_sold") == ["V-A", "V-B", "V-C"]


def test_list_searches_title_case_insensitively_or_by_id(listed: VideoWorld, settings: Settings) -> None:
    ctx = listed.context(settings)
    assert {i.video_id for i in list_videos(listed.store, ctx, settings, search="air")} == {"V-A", "V-C"}
    assert [i.video_id for i in list_videos(listed.store, ctx, settings, search="v-b")] == ["V-B"]
    assert list_videos(listed.store, ctx, settings, search="nothing like this") == []


def test_list_keeps_only_the_videos_that_sell_a_product(listed: VideoWorld, settings: Settings) -> None:
    ctx = listed.context(settings)
    assert {i.video_id for i in list_videos(listed.store, ctx, settings, product_id="P-1")} == {"V-A", "V-B"}
    assert list_videos(listed.store, ctx, settings, product_id="P-NOT-SOLD") == []


def test_list_filters_by_status_and_limits(listed: VideoWorld, settings: Settings) -> None:
    ctx = listed.context(settings)
    found = list_videos(listed.store, ctx, settings, statuses=[VideoStatus.CAN_DO_BETTER, VideoStatus.DID_NOT_MEET_THRESHOLD])
    assert {(i.video_id, i.status) for i in found} == {
        ("V-B", VideoStatus.CAN_DO_BETTER), ("V-C", VideoStatus.DID_NOT_MEET_THRESHOLD)}
    assert len(list_videos(listed.store, ctx, settings, limit=1)) == 1


def test_each_listed_video_says_what_holds_it_back_most(listed: VideoWorld, settings: Settings) -> None:
    from tools.video import SuggestionTopic

    reasons = {i.video_id: i.main_reason for i in list_videos(listed.store, listed.context(settings), settings)}
    assert reasons["V-A"] is None  # good performance: nothing holds it back
    assert reasons["V-C"] is SuggestionTopic.THRESHOLD  # the minimum comes before any funnel stage
    assert reasons["V-B"] in (SuggestionTopic.HOOK, SuggestionTopic.PRODUCT_INTEREST, SuggestionTopic.PURCHASE,
                              SuggestionTopic.ENGAGEMENT)


def test_products_split_by_price_evenly_or_whole() -> None:
    catalogue = {"A": CatalogueProduct("A", "Pan", 30.0, 0.1), "B": CatalogueProduct("B", "Lid", 10.0, 0.05)}
    by_price = products_in_video(["A", "B"], catalogue, items_sold=10, gmv=200.0)
    assert [(p.gmv, p.items_sold) for p in by_price] == [(150.0, 5.0), (50.0, 5.0)]
    assert {p.allocation for p in by_price} == {ProductAllocation.BY_PRICE}
    evenly = products_in_video(["A", "X"], catalogue, items_sold=3, gmv=90.0)
    assert [(p.gmv, p.known) for p in evenly] == [(45.0, True), (45.0, False)]
    assert evenly[0].allocation is ProductAllocation.EVENLY
    single = products_in_video(["B"], catalogue, items_sold=3, gmv=90.0)
    assert single[0].allocation is ProductAllocation.SINGLE_PRODUCT and single[0].gmv == 90.0


def test_percentile_rank_counts_ties_as_half() -> None:
    dist = CategoryDistribution("c", 4, {"finish_rate": np.array([0.1, 0.2, 0.2, 0.4])})
    assert dist.percentile_rank("finish_rate", 0.2) == pytest.approx(50.0)
    assert dist.percentile_rank("finish_rate", 0.05) == 0.0
    assert dist.percentile_rank("finish_rate", None) is None
    assert dist.median("finish_rate") == pytest.approx(0.2) and dist.median("gpm") is None


def test_window_helpers_guard_zero_and_count_elapsed_days() -> None:
    assert safe_ratio(3, 0) is None and safe_ratio(1, 4) == 0.25
    assert days_elapsed(date(2026, 11, 17), date(2026, 11, 20), 7) == 4
    assert days_elapsed(date(2026, 11, 1), date(2026, 11, 20), 7) == 7


def _distribution() -> CategoryDistribution:
    return CategoryDistribution("c", 5, {
        "finish_rate": np.array([0.1, 0.2, 0.3, 0.4, 0.5]),
        "click_through_rate": np.array([0.01, 0.02, 0.03, 0.04, 0.05]),
        "conversion_rate": np.array([0.05, 0.1, 0.1, 0.1, 0.2]),
        "interaction_rate": np.array([0.02, 0.04, 0.06, 0.08, 0.1]),
        "gpm": np.array([50.0, 80.0, 100.0, 120.0, 150.0]),
    })


def test_funnel_weak_stage_threshold_and_fallback() -> None:
    from tools.video.models import SuggestionTopic
    from tools.video.suggestions import funnel_suggestions

    rates = {"finish_rate": 0.25, "click_through_rate": 0.03, "conversion_rate": 0.1, "interaction_rate": 0.06}
    common = dict(window_gmv=100.0, views=1000, has_product=True)
    # Finish rate sits at the 40th percentile: not weak, but below the median.
    assert funnel_suggestions(rates, _distribution(), **common) == []
    fallback = funnel_suggestions(rates, _distribution(), **common, at_least_one=True)
    assert [s.topic for s in fallback] == [SuggestionTopic.HOOK]
    weak = funnel_suggestions({**rates, "interaction_rate": 0.01, "click_through_rate": 0.015}, _distribution(), **common)
    assert [s.topic for s in weak] == [SuggestionTopic.PRODUCT_INTEREST, SuggestionTopic.ENGAGEMENT]
    assert weak[0].expected_gmv_uplift == pytest.approx(100.0)  # CTR 1.5% -> 3%: GMV doubles
    assert weak[1].expected_gmv_uplift == pytest.approx(30.0 * 3)  # capped at 4x, elasticity 0.3


def test_zero_gmv_video_gets_uplift_from_median_gpm() -> None:
    from tools.video.suggestions import funnel_suggestions

    rates = {"finish_rate": 0.05, "click_through_rate": 0.03, "conversion_rate": 0.1, "interaction_rate": 0.06}
    [hook] = funnel_suggestions(rates, _distribution(), window_gmv=0.0, views=1000, has_product=True)
    assert hook.expected_gmv_uplift == pytest.approx(100.0 * 0.6 * 3)  # base = 1,000 views x GPM 100


def test_decide_status_precedence_as_a_pure_function() -> None:
    from tools.video.status import decide_status, gpm_gap, threshold_failures

    failures = threshold_failures(views=100, min_views=500, product_count=0)
    below = gpm_gap(50.0, (100.0, "imported", None))
    assert below is not None and below.gap_percent == pytest.approx(-50.0)
    assert decide_status(window_complete=False, violation_count=1, failed_requirements=failures, gap=below) is VideoStatus.IN_EVALUATION
    assert decide_status(window_complete=True, violation_count=1, failed_requirements=failures, gap=below) is VideoStatus.TRIGGER_VIOLATION
    assert decide_status(window_complete=True, violation_count=0, failed_requirements=failures, gap=below) is VideoStatus.DID_NOT_MEET_THRESHOLD
    assert decide_status(window_complete=True, violation_count=0, failed_requirements=[], gap=below) is VideoStatus.CAN_DO_BETTER
    assert decide_status(window_complete=True, violation_count=0, failed_requirements=[], gap=None) is VideoStatus.GOOD_PERFORMANCE
