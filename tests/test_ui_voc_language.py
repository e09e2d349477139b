"""The VoC panels speak the display language: the pack's words, the marketplace's level beside the local word,
figures and dates in the pack's locale, and no English panel sentence left over."""

from __future__ import annotations

import pytest

from tools.context import resolve_shop
from tools.languages import codes
from tools.settings import Settings
from tools.store import Store
from tools.voc.drawer import diagnose_product
from tools.voc.service import diagnose_shop
from ui.formatting_voc import (
    columns,
    issues_markdown,
    level_cell,
    voc_cards_html,
    voc_header_markdown,
    warnings_markdown,
    watch_list_markdown,
)

ENGLISH_PANEL_WORDS = ("Negative VoC rate", "Split:", "Previous period", "Top issues", "mentions", "high GMV",
                       "last 7 days", "benchmark:", "orders negative")


@pytest.mark.parametrize("language", [code for code in codes() if code != "en"])
def test_the_voc_panels_leave_no_english_sentence(writable_demo_store: Store, demo_settings: Settings, language: str) -> None:
    ctx = resolve_shop(writable_demo_store, demo_settings)
    report = diagnose_shop(writable_demo_store, ctx, demo_settings)
    dress = diagnose_product(writable_demo_store, ctx, demo_settings, "P-1001")
    shown = "\n".join([voc_cards_html(report, language), warnings_markdown(report.early_warnings, language),
                       watch_list_markdown(report, language), voc_header_markdown(dress, language),
                       issues_markdown(dress, language), " ".join(columns(language))])
    for words in ENGLISH_PANEL_WORDS:
        assert words not in shown, (language, words)
    assert "At Risk" in shown  # the marketplace's term stays, beside the local word
    assert "T0" not in shown and "2026-11" not in shown  # dates as the language writes them, not ISO


def test_figures_follow_the_locale(writable_demo_store: Store, demo_settings: Settings) -> None:
    ctx = resolve_shop(writable_demo_store, demo_settings)
    dress = diagnose_product(writable_demo_store, ctx, demo_settings, "P-1001")
    english, portuguese = voc_header_markdown(dress, "en"), voc_header_markdown(dress, "pt")
    rate = f"{dress.estimate.rate * 100:.1f}%"
    assert rate in english and rate.replace(".", ",") in portuguese


def test_a_product_without_a_level_says_why_in_the_table() -> None:
    assert level_cell("-", "few_orders", "en") == "- (too few orders)"
    assert level_cell("-", "few_orders", "vi") == "- (quá ít đơn)"
    assert level_cell("At Risk", None, "zh") == "At Risk（高风险）"
