"""Each eval metric on small hand-made inputs, including the cases where it must report a failure."""

from __future__ import annotations

import pytest

from evals.cases import ExpectedToolCall, Fact
from evals.metrics import (
    appeal_elements_present,
    argument_match,
    bracketed_ids,
    citation_validity,
    completeness,
    fact_accuracy,
    false_positive_rate,
    forbidden_facts_stated,
    groundedness_proxy,
    grounding_counts,
    leaked,
    multiclass_scores,
    multilabel_scores,
    percentile,
    tool_trajectory_f1,
)


def test_trajectory_f1_rewards_the_right_tools_and_penalises_extra_and_missing_ones() -> None:
    assert tool_trajectory_f1(["voc_product"], ["voc_product"]).f1 == 1.0
    extra = tool_trajectory_f1(["voc_product"], ["voc_product", "voc_overview"])
    assert extra.precision == 0.5 and extra.recall == 1.0 and extra.f1 == pytest.approx(0.6667, abs=1e-4)
    assert tool_trajectory_f1(["voc_product"], []).f1 == 0.0
    assert tool_trajectory_f1(["voc_product", "voc_product"], ["voc_product"]).recall == 0.5
    assert tool_trajectory_f1([], []).f1 == 1.0
    assert tool_trajectory_f1([], ["voc_overview"]).f1 == 0.0


def test_argument_match_compares_key_arguments_case_insensitively() -> None:
    expected = [ExpectedToolCall(name="voc_product", arguments={"product_id": "P-1001", "window_days": 30})]
    assert argument_match(expected, [("voc_product", {"product_id": "p-1001", "window_days": 30})]) == 1.0
    assert argument_match(expected, [("voc_product", {"product_id": "P-1002", "window_days": 30})]) == 0.5
    assert argument_match(expected, [("voc_overview", {"product_id": "P-1001"})]) == 0.0
    assert argument_match([ExpectedToolCall(name="voc_overview")], []) == 1.0


def test_fact_accuracy_accepts_any_spelling_and_whole_words_only() -> None:
    level = Fact(kind="level", value="At Risk", forms=["AT_RISK"])
    product = Fact(kind="product_id", value="P-1001")
    assert fact_accuracy("P-1001 is AT_RISK.", [level, product]) == 1.0
    assert fact_accuracy("P-10012 is at risk", [level, product]) == 0.5  # P-10012 is another id
    assert fact_accuracy("nothing here", [level]) == 0.0
    assert fact_accuracy("商品 P-1001 的等级是 At Risk", [level, product]) == 1.0
    assert fact_accuracy("anything", []) == 1.0
    assert fact_accuracy("Review R-INVALID-1 is genuine", [Fact(kind="category", value="invalid")]) == 0.0


def test_forbidden_facts_are_reported() -> None:
    wrong = Fact(kind="level", value="Below Average")
    assert forbidden_facts_stated("It is Below Average.", [wrong]) == [wrong]
    assert forbidden_facts_stated("It is At Risk.", [wrong]) == []


def test_grounding_counts_flag_numbers_not_in_the_tool_results() -> None:
    results = [{"product_id": "P-1001", "rate": 0.1234, "orders": 250, "level": "At Risk"}]
    good = grounding_counts("P-1001 is At Risk: 12.3% of 250 orders.", results)
    assert good.numbers_checked == 2 and good.numbers_supported == 2 and good.claims_supported == good.claims_checked
    bad = grounding_counts("P-1001 is Below Average: 17% of 251 orders.", results)
    assert bad.numbers_supported == 0 and bad.claims_supported < bad.claims_checked
    assert any("251" in item for item in bad.unsupported)


def test_citation_validity_needs_the_id_to_exist_and_to_have_been_retrieved() -> None:
    known = {"PB-COLOUR-01", "HELP-LEVELS"}
    assert citation_validity(["PB-COLOUR-01"], retrieved=["PB-COLOUR-01"], known=known) == 1.0
    assert citation_validity(["PB-COLOUR-01"], retrieved=[], known=known) == 0.0
    assert citation_validity(["PB-MADE-UP"], retrieved=["PB-MADE-UP"], known=known) == 0.0
    assert citation_validity([], retrieved=[], known=known) == 1.0
    assert bracketed_ids("Do this [PB-COLOUR-01] and [help-levels], not [x]") == ["PB-COLOUR-01", "help-levels"]


def test_groundedness_proxy_drops_without_data_or_with_unsupported_claims() -> None:
    counts = grounding_counts("It is At Risk.", [{"level": "At Risk"}])
    assert groundedness_proxy(counts, 1.0, answered_from_tools=True) == 1.0
    assert groundedness_proxy(counts, 1.0, answered_from_tools=False) < 0.7
    wrong = grounding_counts("It is Below Average.", [{"level": "At Risk"}])
    assert groundedness_proxy(wrong, 1.0, answered_from_tools=True) < 1.0


def test_multiclass_scores_and_false_positive_rate() -> None:
    pairs = [("coercive", "coercive"), ("not_malicious", "coercive"), ("not_malicious", "not_malicious"), ("invalid", "invalid")]
    scores = multiclass_scores(pairs)
    assert scores["micro_f1"] == 0.75
    assert scores["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1.0) / 3, abs=1e-3)
    assert false_positive_rate(pairs, negative_label="not_malicious") == 0.5
    assert false_positive_rate([("coercive", "coercive")], negative_label="not_malicious") == 0.0


def test_multilabel_scores() -> None:
    pairs = [(frozenset({"size_fit", "quality_defect"}), frozenset({"size_fit"})), (frozenset(), frozenset({"logistics_delay"}))]
    scores = multilabel_scores(pairs)
    assert scores["micro_f1"] == pytest.approx(0.5)  # p = 1/2, r = 1/2
    assert scores["macro_f1"] == pytest.approx(1 / 3, abs=1e-3)  # size_fit 1, quality 0, logistics 0


def test_appeal_elements_detect_missing_parts_and_unmasked_contacts() -> None:
    draft = "Report R-1\nCategory: Coercive review\nEvidence:\n1. asks for a gift\nAttachments:\n[x] Chat screenshots\n--- BEGIN ---\n> text\n--- END ---"
    present = appeal_elements_present(draft, category_labels=["Coercive review"], review_id="R-1",
                                      raw_contacts=["+62 812 3456 7890"], block_markers=("--- BEGIN", "--- END"))
    assert all(present.values())
    bare = appeal_elements_present("Please remove R-1. Call +62 812 3456 7890", category_labels=["Coercive review"],
                                   review_id="R-1", raw_contacts=["+62 812 3456 7890"], block_markers=("--- BEGIN", "--- END"))
    assert not bare["masked_contacts"] and not bare["numbered_evidence"] and not bare["quoted_review_block"]
    assert completeness(bare, ["review_id", "category"]) == 0.5


def test_leaks_are_found_regardless_of_case_and_spacing() -> None:
    assert leaked("my key is OPENAI_API_KEY=sk-x", ["openai api key", "sk-canary"]) == ["openai api key"]
    assert leaked("nothing to see", ["OPENAI_API_KEY"]) == []


def test_percentile_is_nearest_rank() -> None:
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 0.5) == 3.0
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 0.95) == 5.0
    assert percentile([], 0.5) == 0.0
