"""Each video-diagnosis rule, pinned with hand-built rows (see test_video_builders)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.test_video_builders import CATEGORY, DAY_1, OTHER_CATEGORY, PEER, VideoWorld
from tools.errors import NotFoundError
from tools.settings import Settings
from tools.store import Store
from tools.video import SuggestionTopic, VideoStatus, diagnose_video, diagnose_videos


@pytest.fixture
def world(store: Store) -> VideoWorld:
    built = VideoWorld(store)
    built.peers(5)
    return built


def diagnose(world: VideoWorld, settings: Settings, video_id: str):
    return diagnose_video(world.store, world.context(settings), settings, video_id)


def test_violation_beats_threshold_and_gpm(world: VideoWorld, settings: Settings) -> None:
    world.video("V-BAD", products=[])
    world.week("V-BAD", views=10, gmv=0.0, sku_orders=0, units_sold=0)
    world.violation("V-BAD", datetime(2026, 11, 3, 4), policy="Misleading claims", reason="overclaimed speed")
    result = diagnose(world, settings, "V-BAD")
    assert result.status is VideoStatus.TRIGGER_VIOLATION
    assert [(v.policy, v.reason, v.day_number) for v in result.violations] == [("Misleading claims", "overclaimed speed", 3)]
    assert result.account_standing_note and "Account Standing" in result.account_standing_note
    assert [s.playbook_id for s in result.suggestions] == ["pb-video-violation"]


def test_threshold_beats_gpm_and_lists_each_failed_requirement(world: VideoWorld, settings: Settings) -> None:
    world.video("V-LOW", products=[])
    world.week("V-LOW", views=50, gmv=0.0, sku_orders=0, units_sold=0, product_clicks=0)
    result = diagnose(world, settings, "V-LOW")
    assert result.status is VideoStatus.DID_NOT_MEET_THRESHOLD
    assert [f.requirement for f in result.failed_requirements] == ["minimum views", "product linked"]
    assert result.failed_requirements[0].actual == 350 and result.failed_requirements[0].required == 500
    assert result.suggestions[0].playbook_id == "pb-video-threshold"
    assert result.gpm_gap is not None and result.gpm_gap.gpm == 0.0  # below, but the threshold comes first


def test_not_shoppable_gets_no_click_or_purchase_advice(world: VideoWorld, settings: Settings) -> None:
    world.video("V-NOLINK", products=[])
    world.week("V-NOLINK", product_clicks=0, sku_orders=0, units_sold=0, gmv=0.0, finished_views=10)
    result = diagnose(world, settings, "V-NOLINK")
    assert result.status is VideoStatus.DID_NOT_MEET_THRESHOLD
    assert [f.requirement for f in result.failed_requirements] == ["product linked"]
    assert result.products == []
    topics = [s.topic for s in result.suggestions]
    assert topics[0] is SuggestionTopic.THRESHOLD and SuggestionTopic.HOOK in topics
    assert SuggestionTopic.PRODUCT_INTEREST not in topics and SuggestionTopic.PURCHASE not in topics


def test_can_do_better_says_by_how_much(world: VideoWorld, settings: Settings) -> None:
    world.video("V-MEH")
    world.week("V-MEH", gmv=11.6)  # GPM 58 vs the peers' 100
    result = diagnose(world, settings, "V-MEH")
    assert result.status is VideoStatus.CAN_DO_BETTER
    assert result.gpm_gap is not None
    assert result.gpm_gap.benchmark_gpm == pytest.approx(100.0)
    assert result.gpm_gap.gap_percent == pytest.approx(-42.0)
    assert result.gpm_gap.benchmark_source == "store_median" and result.gpm_gap.benchmark_videos


def test_imported_benchmark_wins_over_store_median(world: VideoWorld, settings: Settings) -> None:
    world.video("V-OK")
    world.week("V-OK")  # GPM 100, equal to the store median: good
    assert diagnose(world, settings, "V-OK").status is VideoStatus.GOOD_PERFORMANCE
    world.benchmark(CATEGORY, 150.0)
    result = diagnose(world, settings, "V-OK")
    assert result.status is VideoStatus.CAN_DO_BETTER
    assert result.gpm_gap is not None and result.gpm_gap.benchmark_source == "imported"
    assert result.gpm_gap.gap_percent == pytest.approx(-100 / 3)


def test_good_performance_has_no_suggestions_and_no_inspirations(world: VideoWorld, settings: Settings) -> None:
    world.video("V-STAR")
    world.week("V-STAR", gmv=40.0, finished_views=120)
    result = diagnose(world, settings, "V-STAR")
    assert result.status is VideoStatus.GOOD_PERFORMANCE
    assert result.suggestions == [] and result.inspirations == [] and result.weak_stages == []
    assert [p.product_id for p in result.products] == ["P-1"]
    assert result.products[0].gmv == pytest.approx(280.0) and result.products[0].commission_rate == 0.1


def test_a_sale_on_day_eight_does_not_count(world: VideoWorld, settings: Settings) -> None:
    world.video("V-LATE")
    world.week("V-LATE")
    world.day("V-LATE", DAY_1 + timedelta(days=7), views=9999, gmv=5000.0, sku_orders=99, units_sold=99)
    result = diagnose(world, settings, "V-LATE")
    assert result.metrics.gmv == pytest.approx(140.0) and result.metrics.views == 1400
    assert len(result.daily) == 7 and result.window_last_day == date(2026, 11, 7)


def test_a_violation_on_day_eight_local_time_does_not_trigger(world: VideoWorld, settings: Settings) -> None:
    world.video("V-V8")
    world.week("V-V8")
    # 2026-11-07 17:00 UTC is 2026-11-08 01:00 in Singapore: day 8.
    world.violation("V-V8", datetime(2026, 11, 7, 17, 0))
    assert diagnose(world, settings, "V-V8").status is VideoStatus.GOOD_PERFORMANCE
    # 15:00 UTC is 23:00 local on day 7: inside the window.
    world.violation("V-V8", datetime(2026, 11, 7, 15, 0), policy="Prohibited content")
    result = diagnose(world, settings, "V-V8")
    assert result.status is VideoStatus.TRIGGER_VIOLATION
    assert [(v.policy, v.day_number) for v in result.violations] == [("Prohibited content", 7)]


def test_post_day_is_the_shop_local_day(world: VideoWorld, settings: Settings) -> None:
    # 2026-10-31 20:00 UTC is 2026-11-01 04:00 in Singapore: day 1 is Nov 1.
    world.video("V-NIGHT", posted=datetime(2026, 10, 31, 20, 0))
    world.week("V-NIGHT")
    world.day("V-NIGHT", date(2026, 10, 31), views=5000)  # the UTC day before: not in the window
    result = diagnose(world, settings, "V-NIGHT")
    assert result.window_first_day == DAY_1 and result.metrics.views == 1400


def test_young_video_is_in_evaluation_with_partial_metrics(world: VideoWorld, settings: Settings) -> None:
    world.video("V-NEW", posted=datetime(2026, 11, 17, 2, 0))  # local Nov 17; as-of Nov 20 = day 4
    world.week("V-NEW", first=date(2026, 11, 17), days=4, finished_views=0)
    world.violation("V-NEW", datetime(2026, 11, 18, 3, 0))
    result = diagnose(world, settings, "V-NEW")
    assert result.status is VideoStatus.IN_EVALUATION
    assert not result.window_complete and result.days_elapsed == 4 and len(result.daily) == 4
    assert result.metrics.views == 800
    assert result.suggestions == [] and result.inspirations == [] and result.gpm_gap is None
    assert len(result.violations) == 1  # shown, but no status until the window is over


def test_missing_days_count_as_zero(world: VideoWorld, settings: Settings) -> None:
    world.video("V-GAPS")
    world.day("V-GAPS", DAY_1, views=400, gmv=60.0, sku_orders=2, units_sold=3, product_clicks=20, finished_views=120)
    world.day("V-GAPS", DAY_1 + timedelta(days=2), views=300, gmv=40.0, sku_orders=1, units_sold=1, product_clicks=10,
              finished_views=90)
    result = diagnose(world, settings, "V-GAPS")
    assert [p.views for p in result.daily] == [400, 0, 300, 0, 0, 0, 0]
    assert result.metrics.views == 700 and result.metrics.gmv == pytest.approx(100.0)
    assert result.metrics.items_sold == 4
    assert result.status is not VideoStatus.IN_EVALUATION


def test_zero_views_give_no_rates_not_errors(world: VideoWorld, settings: Settings) -> None:
    world.video("V-EMPTY")  # no stats rows at all
    result = diagnose(world, settings, "V-EMPTY")
    assert result.metrics.views == 0 and result.metrics.finish_rate is None and result.metrics.gpm is None
    assert result.status is VideoStatus.DID_NOT_MEET_THRESHOLD
    assert all(point.views == 0 for point in result.daily) and len(result.daily) == 7


def test_suggestions_are_ordered_by_expected_gmv_uplift(world: VideoWorld, settings: Settings) -> None:
    # Conversion at 1/4 of the median (3x GMV, capped) outweighs finish rate at 1/2 (0.6 x 1x GMV).
    world.video("V-FUNNEL")
    world.week("V-FUNNEL", finished_views=30, product_clicks=40, sku_orders=1, gmv=15.0)
    result = diagnose(world, settings, "V-FUNNEL")
    assert result.status is VideoStatus.CAN_DO_BETTER
    topics = [s.topic for s in result.suggestions]
    assert topics == [SuggestionTopic.PURCHASE, SuggestionTopic.HOOK]
    uplifts = [s.expected_gmv_uplift for s in result.suggestions]
    assert uplifts == sorted(uplifts, reverse=True)
    assert result.suggestions[0].playbook_id == "pb-video-conversion"
    assert result.suggestions[1].playbook_id == "pb-video-hook"
    assert result.weak_stages == topics
    assert all(s.percentile_rank is not None and s.percentile_rank < 40 for s in result.suggestions)


def test_inspirations_are_same_category_best_rates_excluding_self(world: VideoWorld, settings: Settings) -> None:
    world.video("PEER-HOOK", shop_id=PEER)
    world.week("PEER-HOOK", finished_views=150)  # finish rate 75% vs median 30%
    world.video("PEER-CONV", shop_id=PEER)
    world.week("PEER-CONV", sku_orders=2, gmv=40.0)  # conversion 20% vs 10%
    world.video("PEER-OTHERCAT", shop_id=PEER, category=OTHER_CATEGORY)
    world.week("PEER-OTHERCAT", finished_views=190)
    world.video("PEER-INELIGIBLE", shop_id=PEER)
    world.week("PEER-INELIGIBLE", views=20, finished_views=19)  # under the minimum views
    world.video("V-MEH")
    world.week("V-MEH", gmv=10.0)
    result = diagnose(world, settings, "V-MEH")
    assert result.status is VideoStatus.CAN_DO_BETTER
    assert [(i.video_id, i.excels_at.value) for i in result.inspirations] == [
        ("PEER-HOOK", "finish rate"), ("PEER-CONV", "conversion rate")]
    first = result.inspirations[0]
    assert first.multiple_of_median == pytest.approx(2.5)
    assert first.summary == "finish rate 75% vs category median 30%, 2.5×"


def test_lookback_limits_the_list_unless_asked(world: VideoWorld, settings: Settings) -> None:
    world.video("V-OLD", posted=datetime(2026, 7, 1, 2, 0))
    world.week("V-OLD", first=date(2026, 7, 1))
    ctx = world.context(settings)
    assert "V-OLD" not in {d.video_id for d in diagnose_videos(world.store, ctx, settings)}
    assert "V-OLD" in {d.video_id for d in diagnose_videos(world.store, ctx, settings, include_all=True)}
    assert diagnose(world, settings, "V-OLD").metrics.views == 1400  # an explicit id is always diagnosed


def test_diagnose_videos_covers_only_our_shop(world: VideoWorld, settings: Settings) -> None:
    world.video("V-1")
    world.week("V-1")
    assert [d.video_id for d in diagnose_videos(world.store, world.context(settings), settings)] == ["V-1"]


def test_unknown_or_foreign_video_is_a_helpful_not_found(world: VideoWorld, settings: Settings) -> None:
    with pytest.raises(NotFoundError, match="seller-copilot videos"):
        diagnose(world, settings, "V-NOPE")
    with pytest.raises(NotFoundError, match="belongs to shop"):
        diagnose(world, settings, "PEER-Home-0")


def test_in_evaluation_compares_rates_but_not_partial_totals(world: VideoWorld, settings: Settings) -> None:
    world.video("V-NEW", posted=datetime(2026, 11, 18, 2, 0))
    world.week("V-NEW", first=date(2026, 11, 18), days=3)
    medians = {c.metric: c.category_median for c in diagnose(world, settings, "V-NEW").comparisons}
    assert medians["GMV"] is None and medians["views"] is None
    assert medians["finish rate"] == pytest.approx(0.3)


def test_can_do_better_always_has_a_suggestion(world: VideoWorld, settings: Settings) -> None:
    # Every rate equals the median, but each order is worth less: GPM 75 < 100.
    world.video("V-CHEAP")
    world.week("V-CHEAP", gmv=15.0, finished_views=59)
    result = diagnose(world, settings, "V-CHEAP")
    assert result.status is VideoStatus.CAN_DO_BETTER
    assert [s.topic for s in result.suggestions] == [SuggestionTopic.HOOK]
