"""The `tagging_real` suite: the tagger on real buyers' reviews (`evals/tagging_corpus.py`).

Scored on the frozen test split only. Two verdicts per item:
- tags: micro precision / recall / F1 over the 12 issue tags, overall, per language and per tag;
- negative from the words alone (no rating passed): recall and specificity per language.
Items whose text is not committed count only where the local rebuild supplies them
(`python -m evals.tagging_corpus rebuild`); the report says how many were scored.

    python -m evals.suite_tagging_real [--split test|train] [--errors N]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from evals.metrics import precision_recall, share
from evals.results import CaseResult, SuiteResult
from evals.tagging_corpus import LOCAL_TEXTS_FILE, CorpusItem, Split, load_items, with_texts

TagFunction = Callable[[str], tuple[bool, set[str]]]


def default_tag_function() -> TagFunction:
    from tools.tagging.tagger import tag_parts

    def tag(text: str) -> tuple[bool, set[str]]:
        negative, tags, _, _ = tag_parts(text)
        return negative, {tag.value for tag in tags}

    return tag


def _block(rows: Sequence[tuple[set[str], set[str], bool, bool]]) -> dict[str, float]:
    true_positive = sum(len(expected & predicted) for expected, predicted, _, _ in rows)
    scores = precision_recall(
        true_positive, sum(len(predicted) for _, predicted, _, _ in rows), sum(len(expected) for expected, _, _, _ in rows)
    )
    negatives = [predicted for _, _, expected, predicted in rows if expected]
    positives = [predicted for _, _, expected, predicted in rows if not expected]
    return {
        "items": len(rows),
        "precision": scores.precision,
        "recall": scores.recall,
        "micro_f1": scores.f1,
        "negative_recall": share(sum(negatives), len(negatives)),
        "negative_specificity": share(sum(1 for predicted in positives if not predicted), len(positives)),
    }


def score_items(items: Sequence[CorpusItem], tag: TagFunction) -> SuiteResult:
    """Score `tag` on items that carry their text."""
    rows_by_language: dict[str, list[tuple[set[str], set[str], bool, bool]]] = defaultdict(list)
    per_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # true positive, predicted, actual
    cases: list[CaseResult] = []
    for item in items:
        assert item.text is not None
        predicted_negative, predicted = tag(item.text)
        expected = {tag.value for tag in item.tags}
        rows_by_language[item.lang].append((expected, predicted, item.negative, predicted_negative))
        for name in expected | predicted:
            counts = per_tag[name]
            counts[0] += name in expected and name in predicted
            counts[1] += name in predicted
            counts[2] += name in expected
        failures = []
        if expected != predicted:
            failures.append(f"tags: expected {sorted(expected)}, got {sorted(predicted)}")
        if item.negative != predicted_negative:
            failures.append(f"negative: expected {item.negative}, got {predicted_negative}")
        cases.append(CaseResult(suite="tagging_real", case_id=item.id, passed=not failures, language=item.lang,
                                failures=failures, details={"split": item.split}))
    every_row = [row for rows in rows_by_language.values() for row in rows]
    metrics = _block(every_row)
    per_language = {language: _block(rows) for language, rows in sorted(rows_by_language.items())}
    for language, block in per_language.items():  # per-language floors live in thresholds.toml
        for name in ("micro_f1", "precision", "negative_recall", "negative_specificity"):
            metrics[f"{name}.{language}"] = block[name]
    if per_language:
        metrics["min_language_micro_f1"] = min(block["micro_f1"] for block in per_language.values())
        metrics["min_language_negative_recall"] = min(block["negative_recall"] for block in per_language.values())
        metrics["min_language_negative_specificity"] = min(block["negative_specificity"] for block in per_language.values())
    for name, (true_positive, predicted_count, actual) in sorted(per_tag.items()):
        scores = precision_recall(true_positive, predicted_count, actual)
        metrics[f"tag_f1.{name}"] = scores.f1
        metrics[f"tag_recall.{name}"] = scores.recall
    return SuiteResult(name="tagging_real", metrics=metrics, per_language=per_language, cases=cases)


def run_tagging_real_suite(*, split: Split = "test", tag: TagFunction | None = None, committed_only: bool = False) -> SuiteResult:
    """Score the tagger on one split; `committed_only` ignores texts rebuilt locally."""
    items = [item for item in load_items(local_texts=None if committed_only else LOCAL_TEXTS_FILE) if item.split == split]
    scored = with_texts(items)
    result = score_items(scored, tag or default_tag_function())
    result.metrics["items_without_text"] = len(items) - len(scored)
    return result


def format_report(result: SuiteResult) -> str:
    lines = ["language  items  precision  recall  micro_f1  neg_recall  neg_specificity"]
    blocks = [*result.per_language.items(), ("all", result.metrics)]
    for language, block in blocks:
        lines.append(
            f"{language:8} {int(block['items']):6}  {block['precision']:9.3f}  {block['recall']:6.3f}  {block['micro_f1']:8.3f}"
            f"  {block['negative_recall']:10.3f}  {block['negative_specificity']:15.3f}"
        )
    tags = sorted(name.split(".", 1)[1] for name in result.metrics if name.startswith("tag_f1."))
    lines.append("")
    lines.append("tag                     f1     recall")
    lines += [f"{name:22} {result.metrics['tag_f1.' + name]:6.3f} {result.metrics['tag_recall.' + name]:6.3f}" for name in tags]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - a reporting convenience
    import argparse

    parser = argparse.ArgumentParser(description="Score the tagger on the real-review corpus.")
    parser.add_argument("--split", choices=("test", "train"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="print this many mistakes (train split only)")
    parser.add_argument("--committed-only", action="store_true", help="ignore texts rebuilt locally (as CI sees it)")
    args = parser.parse_args(argv)
    result = run_tagging_real_suite(split=args.split, committed_only=args.committed_only)
    print(format_report(result))
    print(f"\nitems without text (not rebuilt locally): {int(result.metrics['items_without_text'])}")
    if args.errors and args.split == "train":
        texts = {item.id: item.text for item in load_items()}
        for case in result.failed_cases[: args.errors]:
            print(case.case_id, "|", (texts[case.case_id] or "")[:160].replace("\n", " "), "|", "; ".join(case.failures))


if __name__ == "__main__":  # pragma: no cover
    main()
