"""The hand-labelled review set: its shape and the quality bar (macro-F1 >= 0.85, genuine FPR <= 5%)."""

from __future__ import annotations

from collections import Counter

from tools.reviews.evaluate import evaluate_reviews, load_eval_cases
from tools.reviews.models import MALICIOUS_CATEGORIES, MaliciousCategory


def test_dataset_shape() -> None:
    cases = load_eval_cases()
    labels = Counter(case.label for case in cases)
    assert len(cases) >= 120 and len({case.id for case in cases}) == len(cases)
    assert labels[MaliciousCategory.NOT_MALICIOUS] * 2 >= len(cases)
    assert all(labels[category] >= 8 for category in MALICIOUS_CATEGORIES)
    assert {"en", "zh", "id"} <= {case.language for case in cases}
    assert {"dev", "holdout", "blind", "blind2"} == {case.split for case in cases}


def test_quality_bar_overall_and_on_the_holdout() -> None:
    for split in (None, "holdout"):
        scores = evaluate_reviews(load_eval_cases(split=split))
        assert scores.macro_f1 >= 0.85, (split, scores.macro_f1, scores.mistakes)
        assert scores.genuine_false_positive_rate <= 0.05, (split, scores.mistakes)
