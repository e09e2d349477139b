"""The demo's planted video stories come out as the issue promises."""

from __future__ import annotations

import pytest

from tools.context import resolve_shop
from tools.demo import stories
from tools.settings import Settings
from tools.store import Store
from tools.video import SuggestionTopic, VideoStatus, diagnose_video, diagnose_videos, list_videos


def diagnose(store: Store, settings: Settings, video_id: str):
    return diagnose_video(store, resolve_shop(store, settings), settings, video_id)


def test_violation_video_triggers_violation(demo_store: Store, demo_settings: Settings) -> None:
    result = diagnose(demo_store, demo_settings, stories.VIOLATION_VIDEO)
    assert result.status is VideoStatus.TRIGGER_VIOLATION
    assert result.violations and all(1 <= v.day_number <= 7 for v in result.violations)
    assert result.account_standing_note
    assert [s.playbook_id for s in result.suggestions] == ["pb-video-violation"]


@pytest.mark.parametrize(
    ("video_id", "requirement"),
    [(stories.UNDER_THRESHOLD_VIDEO, "minimum views"), (stories.NOT_SHOPPABLE_VIDEO, "product linked")],
)
def test_threshold_videos(demo_store: Store, demo_settings: Settings, video_id: str, requirement: str) -> None:
    result = diagnose(demo_store, demo_settings, video_id)
    assert result.status is VideoStatus.DID_NOT_MEET_THRESHOLD
    assert requirement in [f.requirement for f in result.failed_requirements]
    assert result.suggestions[0].playbook_id == "pb-video-threshold"


def test_weak_hook_video_can_do_better_with_hook_advice(demo_store: Store, demo_settings: Settings) -> None:
    result = diagnose(demo_store, demo_settings, stories.WEAK_HOOK_VIDEO)
    assert result.status is VideoStatus.CAN_DO_BETTER
    assert result.gpm_gap is not None and result.gpm_gap.gap_percent is not None and result.gpm_gap.gap_percent < 0
    assert SuggestionTopic.HOOK in result.weak_stages
    assert "pb-video-hook" in [s.playbook_id for s in result.suggestions]
    assert result.inspirations and all(i.video_id != stories.WEAK_HOOK_VIDEO for i in result.inspirations)


def test_good_video_has_no_suggestions(demo_store: Store, demo_settings: Settings) -> None:
    result = diagnose(demo_store, demo_settings, stories.GOOD_VIDEO)
    assert result.status is VideoStatus.GOOD_PERFORMANCE
    assert result.suggestions == [] and result.inspirations == []
    assert result.products


def test_young_video_is_in_evaluation(demo_store: Store, demo_settings: Settings) -> None:
    result = diagnose(demo_store, demo_settings, stories.IN_EVALUATION_VIDEO)
    assert result.status is VideoStatus.IN_EVALUATION
    assert not result.window_complete and len(result.daily) == result.days_elapsed < 7


def test_whole_demo_shop_diagnoses_and_lists(demo_store: Store, demo_settings: Settings) -> None:
    ctx = resolve_shop(demo_store, demo_settings)
    diagnoses = {d.video_id: d.status for d in diagnose_videos(demo_store, ctx, demo_settings)}
    assert diagnoses[stories.GOOD_VIDEO] is VideoStatus.GOOD_PERFORMANCE
    listed = list_videos(demo_store, ctx, demo_settings, search=stories.WEAK_HOOK_VIDEO, limit=None)
    assert [item.video_id for item in listed] == [stories.WEAK_HOOK_VIDEO]


def test_a_video_without_suggestions_is_told_why_by_its_status(demo_store: Store, demo_settings: Settings) -> None:
    from ui.formatting_videos import suggestions_markdown

    waiting = suggestions_markdown(diagnose(demo_store, demo_settings, stories.IN_EVALUATION_VIDEO))
    assert "results come after day 7" in waiting and "median" not in waiting
    good = suggestions_markdown(diagnose(demo_store, demo_settings, stories.GOOD_VIDEO))
    assert "nothing in the funnel is below the category median" in good
