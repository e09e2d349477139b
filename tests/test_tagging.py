"""The feedback tagger: every tag in en/zh/id, negation, mixed reviews, evidence, return reasons,
language detection, and the eval-set floor."""

from __future__ import annotations

import pytest

from tools.models import BUYER_SIDE_RETURN_REASONS, ReturnReason
from tools.tagging.evaluate import evaluate_tagging, load_cases
from tools.tagging.language import detect_language
from tools.tagging.tagger import FeedbackTags, tag_feedback
from tools.tagging.taxonomy import RETURN_REASON_TAGS, TAG_LABEL, TAG_PART, IssueTag

# One short, natural sentence per (language, tag); none of them is an eval-set case.
EVERY_TAG = {
    "en": {
        "not_as_described": "the colour is way off compared to the listing photos",
        "size_fit": "these jeans run small, order a size up",
        "quality_defect": "the handle snapped on day two, cheaply made",
        "performance": "battery drains in an hour",
        "misleading_promotion": "total clickbait, the influencer oversold it",
        "counterfeit": "pretty sure this is a knockoff",
        "safety": "the adapter overheated and started to smoke",
        "price_value": "way overpriced for plastic",
        "damaged_or_missing": "two of the cups were missing from the set",
        "wrong_item": "they shipped the wrong model",
        "logistics_delay": "my parcel has been stuck in customs for weeks",
        "customer_service": "the seller is rude and unresponsive",
    },
    "zh": {
        "not_as_described": "实物和图片不一样，货不对板",
        "size_fit": "裤子偏小，穿不上",
        "quality_defect": "做工粗糙，第二天就坏了",
        "performance": "续航太短，半天就没电",
        "misleading_promotion": "典型的夸大宣传",
        "counterfeit": "这是高仿，不是正品",
        "safety": "用了过敏，脸上起疹子",
        "price_value": "太贵了，性价比很低",
        "damaged_or_missing": "外包装破了，里面少发了一个",
        "wrong_item": "卖家发错货了",
        "logistics_delay": "物流太慢，等了好久",
        "customer_service": "客服态度恶劣，拒绝退款",
    },
    "id": {
        "not_as_described": "barangnya ga sesuai foto sama sekali",
        "size_fit": "celananya kekecilan, ga muat",
        "quality_defect": "baru dipake seminggu udah sobek",
        "performance": "batrenya cepet habis",
        "misleading_promotion": "kemakan iklan, hasilnya zonk",
        "counterfeit": "ini barang palsu",
        "safety": "kulit jadi gatal dan iritasi",
        "price_value": "kemahalan buat kualitas segini",
        "damaged_or_missing": "botolnya bocor, isinya tumpah",
        "wrong_item": "seller salah kirim warna",
        "logistics_delay": "paketnya belum sampai juga",
        "customer_service": "chat ga dibalas sama seller",
    },
}


def _cases_for_every_tag() -> list[tuple[str, str, str]]:
    return [(language, tag, text) for language, texts in EVERY_TAG.items() for tag, text in texts.items()]


@pytest.mark.parametrize(("language", "tag", "text"), _cases_for_every_tag())
def test_every_tag_fires_in_english_chinese_and_indonesian(language: str, tag: str, text: str) -> None:
    result = tag_feedback(text)
    assert IssueTag(tag) in result.tags, result
    assert result.negative
    assert result.language == language


def test_taxonomy_covers_every_tag_with_a_part_and_label() -> None:
    assert {tag.value for tag in IssueTag} == {
        "not_as_described", "size_fit", "quality_defect", "performance", "misleading_promotion", "counterfeit",
        "safety", "price_value", "damaged_or_missing", "wrong_item", "logistics_delay", "customer_service",
    }
    assert set(TAG_PART) == set(IssueTag) == set(TAG_LABEL)
    fulfillment = {tag for tag, part in TAG_PART.items() if part == "fulfillment"}
    assert fulfillment == {IssueTag.DAMAGED_OR_MISSING, IssueTag.WRONG_ITEM, IssueTag.LOGISTICS_DELAY,
                           IssueTag.CUSTOMER_SERVICE}


@pytest.mark.parametrize(
    "text",
    [
        "no problems at all, works great",
        "not broken, not scratched, well packed",
        "没有色差，质量很好",
        "包装完好，没有任何破损",
        "barang tidak rusak, pengiriman cepat",
        "ga ada lecet sama sekali",
        "ไม่แตก ส่งไว",
        "hàng không bị hỏng, giao nhanh",
        "chegou sem nenhum defeito",
    ],
)
def test_negated_issue_words_do_not_tag(text: str) -> None:
    result = tag_feedback(text, rating=5)
    assert result.tags == []
    assert not result.negative


@pytest.mark.parametrize(
    "text",
    [
        "I was afraid it would arrive late but it came early",
        "担心收到会是假的，结果是正品",
        "takut barangnya rusak di jalan, ternyata aman",
        "不是假货，放心",
        "the battery life is amazing",
    ],
)
def test_hedged_or_denied_issues_do_not_tag(text: str) -> None:
    assert tag_feedback(text, rating=5).tags == []


def test_negation_stops_at_a_contrast_word() -> None:
    result = tag_feedback("not cheap, but it broke within a week", rating=2)
    assert IssueTag.QUALITY_DEFECT in result.tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("love it but it arrived late", [IssueTag.LOGISTICS_DELAY]),
        ("东西很好，就是物流太慢了", [IssueTag.LOGISTICS_DELAY]),
        ("barangnya bagus tapi pengiriman lama banget", [IssueTag.LOGISTICS_DELAY]),
    ],
)
def test_mixed_positive_review_keeps_only_the_complaint(text: str, expected: list[IssueTag]) -> None:
    result = tag_feedback(text, rating=5)
    assert result.tags == expected
    assert result.negative  # a 5-star review with an issue tag still counts as negative feedback


def test_evidence_quotes_are_substrings_of_the_input() -> None:
    texts = [*(text for texts in EVERY_TAG.values() for text in texts.values()),
             "Sooo LATEEE and the zipper BROKE", "Không giống hình, giao hàng chậm", "NÃO CHEGOU AINDA"]
    for text in texts:
        result = tag_feedback(text)
        assert result.evidence, text
        assert list(result.evidence) == [tag.value for tag in result.tags]
        for quotes in result.evidence.values():
            for quote in quotes:
                assert quote and quote in text, (quote, text)


def test_tags_are_sorted_by_id_and_evidence_names_every_tag() -> None:
    result = tag_feedback("fake, arrived late and the box was crushed; seller never replied")
    assert [tag.value for tag in result.tags] == sorted(tag.value for tag in result.tags)
    assert len(result.tags) >= 3


def test_rating_alone_makes_feedback_negative() -> None:
    assert tag_feedback("", rating=1).negative
    assert tag_feedback("meh", rating=2).negative
    assert not tag_feedback("", rating=3).negative
    assert not tag_feedback("fine", rating=5).negative


def test_generic_negative_sentiment_without_an_issue_is_negative_but_untagged() -> None:
    result = tag_feedback("terrible, do not buy")
    assert result.negative and result.tags == []
    assert not tag_feedback("not bad at all", rating=4).negative
    # On a 4-5 star review such words are hyperbole, not a verdict.
    assert not tag_feedback("the worst part is waiting for the next sale", rating=5).negative


def test_return_reason_codes_map_to_tags_with_evidence() -> None:
    result = tag_feedback("", return_reason="DAMAGED")
    assert result.tags == [IssueTag.DAMAGED_OR_MISSING]
    assert result.evidence == {"damaged_or_missing": ["return reason: DAMAGED"]}
    assert result.negative
    for code, tag in RETURN_REASON_TAGS.items():
        assert tag in tag_feedback("", return_reason=code).tags
    assert tag_feedback("", return_reason="not_received").tags == [IssueTag.LOGISTICS_DELAY]


def test_buyer_side_return_reasons_are_not_negative() -> None:
    for code in BUYER_SIDE_RETURN_REASONS:
        result = tag_feedback("changed my mind, found it elsewhere", return_reason=code)
        assert not result.negative, code
        assert result.tags == []
    assert ReturnReason.OTHER not in RETURN_REASON_TAGS
    other = tag_feedback("", return_reason="OTHER")
    assert other.negative and other.tags == []  # a product/service return, but no specific issue
    # A buyer-side code does not hide a problem the text reports.
    assert tag_feedback("it arrived broken", return_reason="CHANGED_MIND").negative


def test_return_text_and_code_combine() -> None:
    result = tag_feedback("the glass was cracked", return_reason="DAMAGED")
    assert result.tags == [IssueTag.DAMAGED_OR_MISSING]  # a crack reported with transit damage is transit damage
    assert "return reason: DAMAGED" in result.evidence["damaged_or_missing"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The delivery was fast and the quality is great", "en"),
        ("质量很好，物流也快", "zh"),
        ("barangnya bagus banget, pengiriman cepat", "id"),
        ("ของดีมาก ส่งไว", "th"),
        ("hàng đẹp, giao nhanh", "vi"),
        ("hang dep lam, giao hang nhanh", "vi"),
        ("produto muito bom, chegou rápido", "pt"),
        ("", "und"),
        ("👍👍", "und"),
        ("とても良い", "und"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_language_hint_is_respected() -> None:
    assert tag_feedback("rusak", language="id").language == "id"
    assert tag_feedback("rusak", language="id").tags == [IssueTag.QUALITY_DEFECT]


def test_result_is_a_strict_model() -> None:
    result = tag_feedback("arrived late")
    assert isinstance(result, FeedbackTags)
    with pytest.raises(ValueError):
        FeedbackTags(negative=True, tags=[], evidence={}, language="en", extra=1)  # type: ignore[call-arg]


def test_eval_set_scores_stay_above_the_floor() -> None:
    cases = load_cases()
    assert len(cases) >= 150
    scores = evaluate_tagging(cases)
    # Our own hand-written set is a regression guard, not the measure (that is the real-review corpus,
    # `evals/suite_tagging_real.py`). The lexicon-only tagger was tuned on it (F1 0.967); the tagger
    # trained on real reviews scores 0.926 overall, 0.869 on the held-out third (2026-12-01).
    assert scores.overall.micro_f1 >= 0.90
    assert scores.overall.negative_accuracy >= 0.96
    assert scores.held_out.micro_f1 >= 0.85
    assert scores.held_out.negative_accuracy >= 0.94
    for language in ("en", "zh", "id"):
        assert scores.per_language[language].micro_f1 >= 0.87, language
        assert scores.per_language[language].negative_accuracy >= 0.92, language
