"""Score malicious-review triage on the labelled triage set (`evals/datasets/triage/cases.jsonl`).

The set holds reviews written by six writers (one per language) who never saw the detectors, and
real buyers' texts (`source` names where each came from; `docs/DATA.md`). Every item has a category
and a decision label. The split (`dev` / `test`) was fixed by each text's digest before any tuning;
the test split is only ever measured.

Figures: macro-F1 over the seven categories, per-language accuracy and macro-F1, decision accuracy,
how many genuine complaints get `report` and `check_first`, and how many obfuscated variants of the
reviews classified right keep their category (`evals.obfuscation`).

`python -m evals.triage [--split dev|test|all] [--show-misses]` (misses only for dev).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from evals.metrics import multiclass_scores, precision_recall
from evals.obfuscation import TRANSFORMS
from evals.results import SuiteResult
from tools.reviews.classifier import classify_malicious_review
from tools.reviews.context_loader import case_from_batch_line
from tools.reviews.evaluate import EVAL_AS_OF, ReviewEvalCase, load_eval_cases
from tools.reviews.models import Assessment, Decision, MaliciousCategory

TRIAGE_PATH = Path(__file__).resolve().parent / "datasets" / "triage" / "cases.jsonl"
GENUINE = MaliciousCategory.NOT_MALICIOUS


class TriageScores(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cases: int
    macro_f1: float
    accuracy: float
    decision_accuracy: float
    genuine: int
    genuine_reported: float  # genuine complaints with decision `report`, as a share of genuine complaints
    genuine_check_first: float
    malicious_reported: float  # labelled `report` items that got `report`
    obfuscation_variants: int
    obfuscation_kept: float  # variants of correctly classified malicious reviews that keep their category
    obfuscation_by_transform: dict[str, float]
    per_language: dict[str, dict[str, float]]
    per_class_f1: dict[str, float]
    misses: list[str]


def load_triage_cases(split: str | None = None, path: Path = TRIAGE_PATH) -> list[ReviewEvalCase]:
    return load_eval_cases(path, split=split)


def assess(case: ReviewEvalCase, text: str | None = None) -> Assessment:
    line = case if text is None else case.model_copy(update={"text": text})
    return classify_malicious_review(case_from_batch_line(line, as_of=EVAL_AS_OF, zone=ZoneInfo("UTC")))


def _share(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def evaluate_triage(cases: Sequence[ReviewEvalCase], *, obfuscate: bool = True) -> TriageScores:
    results = [(case, assess(case)) for case in cases]
    pairs = [(case.label.value, result.category.value) for case, result in results]
    overall = multiclass_scores(pairs)
    by_language: dict[str, list[tuple[ReviewEvalCase, Assessment]]] = defaultdict(list)
    for case, result in results:
        by_language[case.language or "?"].append((case, result))
    per_language = {
        language: {
            "cases": float(len(rows)),
            "accuracy": _share(sum(result.category is case.label for case, result in rows), len(rows)),
            "macro_f1": multiclass_scores([(case.label.value, result.category.value) for case, result in rows])["macro_f1"],
            "genuine_reported": _share(
                sum(result.decision is Decision.REPORT for case, result in rows if case.label is GENUINE),
                sum(case.label is GENUINE for case, _ in rows),
            ),
        }
        for language, rows in sorted(by_language.items())
    }
    genuine = [result for case, result in results if case.label is GENUINE]
    decided = [(case, result) for case, result in results if case.decision is not None]
    to_report = [result for case, result in decided if case.decision is Decision.REPORT]
    kept: dict[str, list[bool]] = defaultdict(list)
    if obfuscate:
        for case, result in results:
            if case.label is GENUINE or result.category is not case.label:
                continue
            for name, transform in TRANSFORMS.items():
                variant = transform(case.text)
                if variant != case.text:
                    kept[name].append(assess(case, variant).category is case.label)
    variants = [flag for flags in kept.values() for flag in flags]
    return TriageScores(
        cases=len(results),
        macro_f1=overall["macro_f1"],
        accuracy=overall["micro_f1"],
        decision_accuracy=_share(sum(result.decision is case.decision for case, result in decided), len(decided)),
        genuine=len(genuine),
        genuine_reported=_share(sum(result.decision is Decision.REPORT for result in genuine), len(genuine)),
        genuine_check_first=_share(sum(result.decision is Decision.CHECK_FIRST for result in genuine), len(genuine)),
        malicious_reported=_share(sum(result.decision is Decision.REPORT for result in to_report), len(to_report)),
        obfuscation_variants=len(variants),
        obfuscation_kept=_share(sum(variants), len(variants)),
        obfuscation_by_transform={name: _share(sum(flags), len(flags)) for name, flags in sorted(kept.items())},
        per_language=per_language,
        per_class_f1={
            category.value: precision_recall(
                sum(expected == predicted == category.value for expected, predicted in pairs),
                sum(predicted == category.value for _, predicted in pairs),
                sum(expected == category.value for expected, _ in pairs),
            ).f1
            for category in MaliciousCategory
        },
        misses=[
            f"{case.id} [{case.language}] expected {case.label.value}/{case.decision.value if case.decision else '-'}, "
            f"got {result.category.value}/{result.decision.value}: {case.text[:110]!r}"
            for case, result in results
            if result.category is not case.label or (case.decision is not None and result.decision is not case.decision)
        ],
    )


def run_triage_suite() -> SuiteResult:
    """The suite for the eval runner and its gate: the frozen test split's figures (gated by floors only, so
    no test case is ever read one by one), and the dev split's for comparison."""
    test = evaluate_triage(load_triage_cases("test"))
    dev = evaluate_triage(load_triage_cases("dev"), obfuscate=False)
    metrics: dict[str, float] = {
        "cases": test.cases, "macro_f1": test.macro_f1, "accuracy": test.accuracy,
        "decision_accuracy": test.decision_accuracy, "genuine_reported": test.genuine_reported,
        "genuine_check_first": test.genuine_check_first, "malicious_reported": test.malicious_reported,
        "obfuscation_kept": test.obfuscation_kept, "obfuscation_variants": test.obfuscation_variants,
        "dev_cases": dev.cases, "dev_macro_f1": dev.macro_f1, "dev_genuine_reported": dev.genuine_reported,
    }
    return SuiteResult(name="triage", metrics=metrics, per_language=test.per_language, cases=[])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    parser.add_argument("--show-misses", action="store_true", help="print the misses (dev only)")
    args = parser.parse_args(argv)
    scores = evaluate_triage(load_triage_cases(None if args.split == "all" else args.split))
    print(scores.model_dump_json(indent=2, exclude={"misses"}))
    if args.show_misses:
        if args.split != "dev":
            raise SystemExit("Misses are shown for the dev split only: the test split is measured, never read.")
        print("\n".join(scores.misses))


if __name__ == "__main__":
    main()
