"""Classification suites: the issue tagger and the malicious-review classifier (plus report eligibility).

They reuse the owners' datasets and evaluate functions (`tools/tagging/evaluate.py`,
`tools/reviews/evaluate.py`) and add per-case results so the gate can spot regressions.
"""

from __future__ import annotations

from collections import defaultdict

from evals.metrics import false_positive_rate, multiclass_scores, multilabel_scores, share
from evals.results import CaseResult, SuiteResult
from tools.settings import Settings


def run_tagging_suite() -> SuiteResult:
    from tools.tagging.evaluate import evaluate_tagging, load_cases
    from tools.tagging.tagger import tag_feedback

    cases = load_cases()
    scores = evaluate_tagging(cases)
    results: list[CaseResult] = []
    pairs: list[tuple[frozenset[str], frozenset[str]]] = []
    by_language: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    for case in cases:
        tagged = tag_feedback(case.text, rating=case.rating, return_reason=case.return_reason)
        expected = frozenset(tag.value for tag in case.tags)
        predicted = frozenset(tag.value for tag in tagged.tags)
        pairs.append((expected, predicted))
        by_language[case.language].append((expected, predicted))
        failures = []
        if expected != predicted:
            failures.append(f"tags: expected {sorted(expected)}, got {sorted(predicted)}")
        if case.negative != tagged.negative:
            failures.append(f"negative: expected {case.negative}, got {tagged.negative}")
        results.append(CaseResult(suite="tagging", case_id=case.id, passed=not failures, language=case.language,
                                  failures=failures, details={"text": case.text, "held_out": case.held_out}))
    overall = multilabel_scores(pairs)
    metrics = {
        "cases": len(cases),
        "pass_rate": share(sum(1 for r in results if r.passed), len(results), empty=0.0),
        "micro_f1": overall["micro_f1"],
        "macro_f1": overall["macro_f1"],
        "precision": scores.overall.precision,
        "recall": scores.overall.recall,
        "negative_accuracy": scores.overall.negative_accuracy,
        "held_out_micro_f1": scores.held_out.micro_f1,
    }
    per_language = {
        language: {**multilabel_scores(rows), "negative_accuracy": scores.per_language[language].negative_accuracy}
        for language, rows in sorted(by_language.items())
    }
    return SuiteResult(name="tagging", metrics=metrics, per_language=per_language, cases=results)


UNSEEN_REVIEWS_FILE = "reviews_unseen.jsonl"


def _score_reviews(cases: list, *, prefix: str = "") -> tuple[list[CaseResult], list[tuple[str, str]]]:
    from tools.reviews.evaluate import evaluate_reviews

    mistakes = {mistake.id: mistake for mistake in evaluate_reviews(cases).mistakes}
    results: list[CaseResult] = []
    pairs: list[tuple[str, str]] = []
    for case in cases:
        mistake = mistakes.get(case.id)
        predicted = mistake.predicted.value if mistake else case.label.value
        pairs.append((case.label.value, predicted))
        failures = [f"category: expected {case.label.value}, got {predicted}"] if mistake else []
        results.append(CaseResult(suite="reviews", case_id=f"{prefix}{case.id}", passed=not failures, language=case.language or "?",
                                  failures=failures, details={"split": case.split, "text": case.text[:300]}))
    return results, pairs


def run_reviews_suite(settings: Settings) -> SuiteResult:
    """reviews.jsonl (tuned on) gives the headline figures; reviews_unseen.jsonl the honest unseen ones."""
    from tools.reviews.evaluate import DATASET_PATH, evaluate_eligibility, load_eligibility_cases, load_eval_cases

    cases = load_eval_cases()
    results, pairs = _score_reviews(cases)
    eligibility_cases = load_eligibility_cases()
    eligibility = evaluate_eligibility(eligibility_cases, settings)
    failed_ids = {failure.split(":", 1)[0]: failure for failure in eligibility.failures}
    for case in eligibility_cases:
        failure = failed_ids.get(case.id)
        results.append(CaseResult(suite="reviews", case_id=f"eligibility:{case.id}", passed=failure is None,
                                  failures=[failure] if failure else [], details={"note": case.note}))
    overall = multiclass_scores(pairs)
    metrics = {
        "cases": len(cases),
        "micro_f1": overall["micro_f1"],
        "macro_f1": overall["macro_f1"],
        "genuine_false_positive_rate": false_positive_rate(pairs, negative_label="not_malicious"),
        "eligibility_accuracy": share(eligibility.correct, eligibility.cases),
    }
    unseen_path = DATASET_PATH.with_name(UNSEEN_REVIEWS_FILE)
    if unseen_path.exists():
        unseen_results, unseen_pairs = _score_reviews(load_eval_cases(unseen_path), prefix="unseen:")
        results.extend(unseen_results)
        unseen = multiclass_scores(unseen_pairs)
        metrics |= {"unseen_cases": len(unseen_pairs), "unseen_micro_f1": unseen["micro_f1"], "unseen_macro_f1": unseen["macro_f1"],
                    "unseen_genuine_false_positive_rate": false_positive_rate(unseen_pairs, negative_label="not_malicious")}
    by_language: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair, case in zip(pairs, cases, strict=True):
        by_language[case.language or "?"].append(pair)
    per_language = {
        language: {**multiclass_scores(rows), "genuine_false_positive_rate": false_positive_rate(rows, negative_label="not_malicious")}
        for language, rows in sorted(by_language.items())
    }
    return SuiteResult(name="reviews", metrics=metrics, per_language=per_language, cases=results)
