"""Word segmentation, whole-word matching and negation inside gap patterns (issue 11's failure list)."""

from __future__ import annotations

import pytest

from tools.segmentation import segment, word_boundaries
from tools.tagging.lexicon import load_lexicons
from tools.tagging.matcher import PhraseMatcher
from tools.tagging.negation import NegationRules
from tools.tagging.normalize import normalize_text
from tools.tagging.reading import _bundle, read_lexicon


@pytest.mark.parametrize("segmenter, text", [
    ("jieba", "质量太差，线都开了!! ok  good"),
    ("jieba", "做工不差 售后也不错\n是不是正品"),
    ("pythainlp", "สินค้าดีมากคับ  เสียงดีมาก abc 123"),
    ("pythainlp", "คลองแสนแสบ แพงมาก กำแพง"),
])
def test_segments_concatenate_back_to_the_text(segmenter: str, text: str) -> None:
    assert "".join(segment(text, segmenter)) == text  # type: ignore[arg-type]
    boundaries = word_boundaries(text, segmenter)  # type: ignore[arg-type]
    assert 0 in boundaries and len(text) in boundaries


def _lexicon_tags(text: str, language: str) -> set[str]:
    return set(read_lexicon(_bundle(language), normalize_text(text)).evidence)


@pytest.mark.parametrize("text, absent", [
    ("เสียงดีมาก", "quality_defect"),   # เสีย "broken" inside เสียง "voice"
    ("กำแพงสูงมาก", "price_value"),      # แพง "expensive" inside กำแพง "wall"
])
def test_thai_phrases_never_match_inside_a_word(text: str, absent: str) -> None:
    assert absent not in _lexicon_tags(text, "th")


def test_thai_phrase_still_matches_as_a_word() -> None:
    assert "price_value" in _lexicon_tags("ของแพงมาก", "th")
    assert "quality_defect" in _lexicon_tags("ใช้ไปสองวันก็เสียแล้ว", "th")


def test_chinese_question_is_not_a_counterfeit_claim() -> None:
    assert "counterfeit" not in _lexicon_tags("是不是正品不知道，味道还行", "zh")
    assert "counterfeit" in _lexicon_tags("这个不是正品", "zh")


@pytest.mark.parametrize("text, tag", [
    ("做工不差，挺好", "quality_defect"),
    ("售后也不错", "customer_service"),
])
def test_negator_inside_a_gap_pattern_cancels_it(text: str, tag: str) -> None:
    assert tag not in _lexicon_tags(text, "zh")


def test_gap_pattern_without_negator_still_fires() -> None:
    assert "quality_defect" in _lexicon_tags("做工很差", "zh")


def test_negated_inside_counts_only_extra_negators() -> None:
    lexicons = load_lexicons()
    rules = NegationRules((lexicons["zh"],))
    assert rules.negated_inside("做工不差", "做工~差", spaced=False)
    assert not rules.negated_inside("颜色完全不一样", "颜色~不一样", spaced=False)
    assert PhraseMatcher([lexicons["zh"]]).find("做工不差")  # the pattern itself still matches
