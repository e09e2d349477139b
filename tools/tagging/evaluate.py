"""Score the tagger on hand-labelled cases: micro-F1 over tags, negative accuracy, per language.

Cases whose number is divisible by 3 (t003, t006, ...) are the held-out third: lexicons were tuned
looking only at the other cases, so the held-out scores are the honest ones.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from tools.tagging.tagger import tag_feedback
from tools.tagging.taxonomy import IssueTag

DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "tagging.jsonl"


class TaggingCase(BaseModel):
    """One hand-labelled feedback item."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    rating: int | None = Field(default=None, ge=1, le=5)
    return_reason: str | None = None
    language: str
    negative: bool
    tags: list[IssueTag]

    @property
    def held_out(self) -> bool:
        digits = "".join(char for char in self.id if char.isdigit())
        return bool(digits) and int(digits) % 3 == 0


class ScoreBlock(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cases: int
    precision: float
    recall: float
    micro_f1: float
    negative_accuracy: float


class CaseError(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    language: str
    text: str
    expected_tags: list[str]
    predicted_tags: list[str]
    expected_negative: bool
    predicted_negative: bool
    evidence: dict[str, list[str]]


class TaggingScores(BaseModel):
    """Overall, per-language and held-out scores, plus the cases the tagger got wrong."""

    model_config = ConfigDict(extra="forbid")

    overall: ScoreBlock
    held_out: ScoreBlock
    tuned: ScoreBlock
    per_language: dict[str, ScoreBlock]
    errors: list[CaseError]


def load_cases(path: Path = DEFAULT_DATASET) -> list[TaggingCase]:
    with path.open(encoding="utf-8") as handle:
        return [TaggingCase.model_validate_json(line) for line in handle if line.strip()]


def _block(results: list[tuple[set[str], set[str], bool, bool]]) -> ScoreBlock:
    true_positive = sum(len(expected & predicted) for expected, predicted, _, _ in results)
    predicted_count = sum(len(predicted) for _, predicted, _, _ in results)
    expected_count = sum(len(expected) for expected, _, _, _ in results)
    precision = true_positive / predicted_count if predicted_count else 1.0
    recall = true_positive / expected_count if expected_count else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    correct = sum(1 for _, _, expected_neg, predicted_neg in results if expected_neg == predicted_neg)
    return ScoreBlock(
        cases=len(results),
        precision=round(precision, 4),
        recall=round(recall, 4),
        micro_f1=round(f1, 4),
        negative_accuracy=round(correct / len(results), 4) if results else 1.0,
    )


def evaluate_tagging(cases: Iterable[TaggingCase]) -> TaggingScores:
    """Run the tagger over labelled cases and score it (tags: micro-F1; verdict: accuracy)."""
    everything: list[tuple[set[str], set[str], bool, bool]] = []
    held_out: list[tuple[set[str], set[str], bool, bool]] = []
    tuned: list[tuple[set[str], set[str], bool, bool]] = []
    by_language: dict[str, list[tuple[set[str], set[str], bool, bool]]] = {}
    errors: list[CaseError] = []
    for case in cases:
        result = tag_feedback(case.text, rating=case.rating, return_reason=case.return_reason)
        expected = {tag.value for tag in case.tags}
        predicted = {tag.value for tag in result.tags}
        row = (expected, predicted, case.negative, result.negative)
        everything.append(row)
        (held_out if case.held_out else tuned).append(row)
        by_language.setdefault(case.language, []).append(row)
        if expected != predicted or case.negative != result.negative:
            errors.append(
                CaseError(
                    id=case.id, language=case.language, text=case.text, expected_tags=sorted(expected),
                    predicted_tags=sorted(predicted), expected_negative=case.negative,
                    predicted_negative=result.negative, evidence=result.evidence,
                )
            )
    return TaggingScores(
        overall=_block(everything),
        held_out=_block(held_out),
        tuned=_block(tuned),
        per_language={language: _block(rows) for language, rows in sorted(by_language.items())},
        errors=errors,
    )


def main() -> None:  # pragma: no cover - a convenience for `python -m tools.tagging.evaluate`
    import sys

    scores = evaluate_tagging(load_cases())
    show_held_out = "--show-held-out" in sys.argv
    print(json.dumps(scores.model_dump(exclude={"errors"}), indent=1))
    for error in scores.errors:
        held = int("".join(c for c in error.id if c.isdigit())) % 3 == 0
        if held and not show_held_out:
            continue
        print(error.id, error.text, "| exp", error.expected_tags, error.expected_negative,
              "| got", error.predicted_tags, error.predicted_negative, error.evidence)


if __name__ == "__main__":  # pragma: no cover
    main()
