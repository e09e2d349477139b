"""The appeals suite: draft an appeal for each demo review and check the elements a good appeal holds."""

from __future__ import annotations

from collections.abc import Sequence

from evals.cases import AppealCase
from evals.environment import EvalEnvironment
from evals.metrics import appeal_elements_present, completeness, mean, share
from evals.results import CaseResult, SuiteResult


def raw_contacts_of(text: str) -> list[str]:
    """Phone numbers and e-mails as the buyer wrote them: none may reach a draft unmasked."""
    from tools.masking import find_emails, find_phone_numbers

    return [*find_phone_numbers(text), *find_emails(text)]


def run_appeal_case(case: AppealCase, env: EvalEnvironment) -> CaseResult:
    from tools.reviews.appeal import appeal_words, category_label
    from tools.reviews.workflow import appeal_for_review

    # record=False: an eval never writes a draft into the seller's ledger
    result = appeal_for_review(env.store, env.context, env.settings, case.review_id, language=case.language, record=False)
    failures: list[str] = []
    if result.outcome.value != case.expected_outcome:
        failures.append(f"outcome: expected {case.expected_outcome}, got {result.outcome.value}")
    if case.expected_category is not None and result.assessment.category.value != case.expected_category:
        failures.append(f"category: expected {case.expected_category}, got {result.assessment.category.value}")
    present: dict[str, bool] = {}
    score = 1.0
    if result.draft is not None:
        rows = env.store.query("SELECT review_text FROM reviews WHERE review_id = ?", [case.review_id])
        raw = [*case.raw_contacts, *(raw_contacts_of(rows[0][0]) if rows else [])]
        markers = tuple(appeal_words(case.language, "phrases", key).format(review_id=case.review_id) for key in ("begin", "end"))
        present = appeal_elements_present(result.draft.text, category_labels=[category_label(result.draft.category, case.language)],
                                          review_id=case.review_id, raw_contacts=raw, block_markers=markers)
        required = [element.name for element in case.required_elements]
        score = completeness(present, required)
        failures.extend(f"appeal lacks {name}" for name in required if not present.get(name, False))
    elif case.required_elements:
        score = 0.0
        failures.append("no draft to check the required elements on")
    return CaseResult(
        suite="appeals", case_id=case.id, passed=not failures, flaky=case.flaky, language=case.language,
        metrics={"completeness": score, "outcome_correct": 1.0 if result.outcome.value == case.expected_outcome else 0.0},
        failures=failures,
        details={"review_id": case.review_id, "outcome": result.outcome.value,
                 "category": result.assessment.category.value, "elements": present},
    )


def run_appeals_suite(cases: Sequence[AppealCase], env: EvalEnvironment) -> SuiteResult:
    results = [run_appeal_case(case, env) for case in cases]
    drafted = [r for r in results if r.details.get("outcome") == "draft"]
    metrics = {
        "cases": len(results),
        "pass_rate": share(sum(1 for r in results if r.passed), len(results), empty=0.0),
        "outcome_accuracy": mean([r.metrics["outcome_correct"] for r in results]),
        "completeness": mean([r.metrics["completeness"] for r in results]),
        "draft_completeness": mean([r.metrics["completeness"] for r in drafted]),
    }
    return SuiteResult(name="appeals", metrics=metrics, cases=results)
