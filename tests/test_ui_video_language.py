"""The Videos tab speaks the display language: the pack's words, the marketplace's status beside the local word,
figures, money and dates in the pack's locale, and no English panel sentence or internal id left over."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tools.context import resolve_shop
from tools.demo import stories
from tools.languages import codes
from tools.settings import Settings
from tools.store import Store
from tools.video import account_performance, diagnose_video, list_videos
from ui import formatting_videos as fmt

ENGLISH_PANEL_WORDS = ("Account performance", "Weak funnel stages", "Suggestions", "Inspirations", "category median",
                       "no data", "results come after day 7", "expected +", "by @", "day 1 =", "this video",
                       "items sold", "views / 100", "not in your store")


def _panels(store: Store, settings: Settings, language: str) -> str:
    ctx = resolve_shop(store, settings)
    perf = account_performance(store, ctx, start=ctx.as_of - timedelta(days=27), end=ctx.as_of)
    listed = list_videos(store, ctx, settings, limit=20)
    shown = [fmt.account_markdown(perf, language, ctx.currency), fmt.videos_frame(listed, language, ctx.currency).to_csv()]
    for video_id in (stories.WEAK_HOOK_VIDEO, stories.IN_EVALUATION_VIDEO, stories.VIOLATION_VIDEO):
        d = diagnose_video(store, ctx, settings, video_id)
        shown += [fmt.video_header_markdown(d, language), fmt.comparisons_frame(d.comparisons, language, d.currency).to_csv(),
                  fmt.daily_plot_frame(d, language)["day"].to_csv(), fmt.daily_caption(language), fmt.suggestions_markdown(d, None, language),
                  fmt.inspirations_markdown(d, language), fmt.video_products_frame(d, language).to_csv()]
    return "\n".join(shown)


@pytest.mark.parametrize("language", [code for code in codes() if code != "en"])
def test_the_video_panels_leave_no_english_sentence(demo_store: Store, demo_settings: Settings, language: str) -> None:
    shown = _panels(demo_store, demo_settings, language)
    for words in ENGLISH_PANEL_WORDS:
        assert words not in shown, (language, words)
    assert "Can do better" in shown  # the marketplace's status stays, beside the local word
    assert "2026-11" not in shown  # dates as the language writes them, not ISO
    assert "pb-video-" not in shown and "hook/retention" not in shown  # no internal id or topic code


def test_english_panels_say_what_the_seller_reads(demo_store: Store, demo_settings: Settings) -> None:
    shown = _panels(demo_store, demo_settings, "en")
    assert "**Account performance**" in shown and "Weak funnel stages" in shown
    assert "results come after day 7" in shown  # the video in evaluation is waited for
    assert "pb-video-" not in shown and "hook/retention" not in shown


def test_video_figures_follow_the_locale(demo_store: Store, demo_settings: Settings) -> None:
    ctx = resolve_shop(demo_store, demo_settings)
    d = diagnose_video(demo_store, ctx, demo_settings, stories.WEAK_HOOK_VIDEO)
    finish = next(c for c in d.comparisons if c.metric == "finish rate")
    assert finish.value is not None
    english = fmt.comparisons_frame(d.comparisons, "en", d.currency).to_csv()
    portuguese = fmt.comparisons_frame(d.comparisons, "pt", d.currency).to_csv()
    shown = f"{finish.value * 100:.1f}%"
    assert shown in english and shown.replace(".", ",") in portuguese
    assert "taxa de visualização completa" in portuguese  # the metric by its Portuguese name


def test_status_choices_keep_the_marketplace_value() -> None:
    choices = dict((value, label) for label, value in fmt.status_choices("vi"))
    assert choices["Good performance"].startswith("Good performance (")
    assert fmt.status_label("Trigger violation", "en") == "■ Trigger violation"


def test_the_daily_chart_plots_numbers(demo_store: Store, demo_settings: Settings) -> None:
    ctx = resolve_shop(demo_store, demo_settings)
    frame = fmt.daily_plot_frame(diagnose_video(demo_store, ctx, demo_settings, stories.WEAK_HOOK_VIDEO), "th")
    assert str(frame["value"].dtype) == "float64" and set(frame["metric"]) == set(fmt.DAILY_COLOURS)
    assert fmt.daily_caption("th").startswith("กราฟรายวัน (น้ำเงิน: ยอดวิว / 100")
