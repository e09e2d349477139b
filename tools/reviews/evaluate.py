"""Score the classifier on a hand-labelled set (`evals/datasets/reviews.jsonl`, or another given on the command line).

Splits: `dev` (tuned on), `holdout` (written with dev, not inspected while tuning), `blind` (written
after the code, scored once, then tuned on), `blind2` (written after that round, scored, then tuned
on in the next). `reviews_unseen.jsonl` is a separate set written before that next round and scored
once after it: the honest figure for unseen phrasing. Label decisions: a link to a photo host next
to a described defect is evidence, not traffic diversion; naming another brand or shop as a
comparison is not competitor; a refund or replacement asked for while describing a defect is not
coercion.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field

from tools.clock import local_date
from tools.models import UtcDatetime
from tools.reviews.classifier import classify_malicious_review
from tools.reviews.context_loader import BatchReviewLine, case_from_batch_line
from tools.reviews.eligibility import IneligibleReason, check_report_eligibility
from tools.reviews.models import Decision, MaliciousCategory
from tools.settings import Settings

DATASET_PATH = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "reviews.jsonl"
# Labels use days_ago, so any fixed day works; a fixed one keeps created_at cases reproducible.
EVAL_AS_OF = date(2026, 11, 20)


class ReviewEvalCase(BatchReviewLine):
    label: MaliciousCategory
    decision: Decision | None = None  # what the seller should do; labelled in the triage set
    secondary: list[MaliciousCategory] = Field(default_factory=list)
    split: str = "dev"
    note: str = ""
    source: str = ""  # "written", or where a real text came from


class ClassScore(BaseModel):
    model_config = ConfigDict(extra="forbid")
    precision: float
    recall: float
    f1: float
    support: int


class Mistake(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    expected: MaliciousCategory
    predicted: MaliciousCategory
    language: str


class ReviewScores(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cases: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScore]
    per_language: dict[str, float]  # accuracy per language
    genuine_false_positive_rate: float  # not_malicious cases predicted malicious / not_malicious cases
    mistakes: list[Mistake]


def load_eval_cases(path: Path = DATASET_PATH, *, split: str | None = None) -> list[ReviewEvalCase]:
    cases = [ReviewEvalCase.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [case for case in cases if split is None or case.split == split]


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def evaluate_reviews(cases: Sequence[ReviewEvalCase]) -> ReviewScores:
    """Classify every case and compute macro-F1, per-class F1, per-language accuracy and genuine FPR."""
    zone = ZoneInfo("UTC")
    pairs: list[tuple[ReviewEvalCase, MaliciousCategory]] = []
    for case in cases:
        assessment = classify_malicious_review(case_from_batch_line(case, as_of=EVAL_AS_OF, zone=zone))
        pairs.append((case, assessment.category))
    per_class: dict[str, ClassScore] = {}
    for category in MaliciousCategory:
        true_pos = sum(1 for case, predicted in pairs if case.label is category and predicted is category)
        predicted_count = sum(1 for _, predicted in pairs if predicted is category)
        support = sum(1 for case, _ in pairs if case.label is category)
        if support == 0 and predicted_count == 0:
            continue
        precision, recall = _ratio(true_pos, predicted_count), _ratio(true_pos, support)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
        per_class[category.value] = ClassScore(precision=precision, recall=recall, f1=f1, support=support)
    languages = sorted({case.language or "?" for case, _ in pairs})
    per_language = {
        language: _ratio(
            sum(1 for case, predicted in pairs if (case.language or "?") == language and predicted is case.label),
            sum(1 for case, _ in pairs if (case.language or "?") == language),
        )
        for language in languages
    }
    genuine = [predicted for case, predicted in pairs if case.label is MaliciousCategory.NOT_MALICIOUS]
    return ReviewScores(
        cases=len(pairs),
        accuracy=_ratio(sum(1 for case, predicted in pairs if predicted is case.label), len(pairs)),
        macro_f1=round(sum(score.f1 for score in per_class.values()) / len(per_class), 4) if per_class else 0.0,
        per_class=per_class,
        per_language=per_language,
        genuine_false_positive_rate=_ratio(
            sum(1 for predicted in genuine if predicted is not MaliciousCategory.NOT_MALICIOUS), len(genuine)
        ),
        mistakes=[
            Mistake(id=case.id, expected=case.label, predicted=predicted, language=case.language or "?")
            for case, predicted in pairs
            if predicted is not case.label
        ],
    )


ELIGIBILITY_PATH = DATASET_PATH.with_name("eligibility.jsonl")


class EligibilityEvalCase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    note: str = ""
    rating: int
    days_ago: int | None = None
    created_at: UtcDatetime | None = None
    time_zone: str
    as_of: date
    already_reported: bool = False
    expected_eligible: bool
    expected_reasons: list[IneligibleReason]
    expected_last_reportable_day: date


class EligibilityScores(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cases: int
    correct: int
    failures: list[str]


def load_eligibility_cases(path: Path = ELIGIBILITY_PATH) -> list[EligibilityEvalCase]:
    return [EligibilityEvalCase.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_eligibility(cases: Sequence[EligibilityEvalCase], settings: Settings) -> EligibilityScores:
    """Check eligibility verdicts, reasons and window dates against the labelled cases."""
    failures = []
    for case in cases:
        zone = ZoneInfo(case.time_zone)
        posted_on = (
            local_date(case.created_at, zone) if case.created_at is not None
            else case.as_of - timedelta(days=case.days_ago or 0)
        )
        result = check_report_eligibility(
            review_id=case.id, rating=case.rating, posted_on=posted_on, as_of=case.as_of, settings=settings,
            already_reported=case.already_reported,
        )
        expected = (case.expected_eligible, case.expected_reasons, case.expected_last_reportable_day)
        actual = (result.eligible, result.reasons, result.last_reportable_day)
        if actual != expected:
            failures.append(f"{case.id}: expected {expected}, got {actual}")
    return EligibilityScores(cases=len(cases), correct=len(cases) - len(failures), failures=failures)


if __name__ == "__main__":  # python -m tools.reviews.evaluate [DATASET.jsonl]: figures per split, then overall
    import sys

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DATASET_PATH
    splits = sorted({case.split for case in load_eval_cases(path)})
    for split in (*splits, None):
        scores = evaluate_reviews(load_eval_cases(path, split=split))
        print(
            f"{split or 'all':8} n={scores.cases:3} accuracy={scores.accuracy:.3f} macro_f1={scores.macro_f1:.3f} "
            f"genuine_fpr={scores.genuine_false_positive_rate:.3f} per_language={json.dumps(scores.per_language)}"
        )
