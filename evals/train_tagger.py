"""Train the tagger's learned half on the corpus's train split and write the weights file.

    make train-tagger            # = python -m evals.train_tagger
    python -m evals.train_tagger --cv-only --c 0.5      # compare settings by cross-validation only

Only the train split is read. Items whose text is not committed need the local rebuild first
(`python -m evals.tagging_corpus rebuild --mirrors DIR`); the script says how many it could use.
Cross-validated figures (k folds over the train split) are printed per language, so settings are
chosen without ever touching the frozen test split.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

from evals.tagging_corpus import CORPUS_DIR, load_items, weak_negative_examples, with_texts
from tools.tagging.features import FeatureConfig
from tools.tagging.model import DEFAULT_WEIGHTS, ModelCard
from tools.tagging.training import (
    LABELS,
    CrossValidation,
    Example,
    Featurised,
    WeakNegatives,
    cross_validate,
    featurise,
    negated_flags,
    negative_predictions,
    predicted_tags,
    train_model,
)

WEAK_CACHE = CORPUS_DIR / "weak_negatives.local.jsonl"


def _weak_examples(mirrors: Path | None, exclusions: Path | None) -> list[Example]:
    """The weak negative pool: rebuilt from git snapshots when given, else the local cache."""
    if mirrors is not None:
        excluded = set()
        if exclusions is not None:
            excluded = {line.strip() for line in exclusions.read_text().splitlines() if line.strip() and not line.startswith("#")}
        rows = weak_negative_examples(mirrors, exclusions=excluded)
        WEAK_CACHE.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    if not WEAK_CACHE.exists():
        return []
    rows = [json.loads(line) for line in WEAK_CACHE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Example(text, language, frozenset(), negative) for language, text, negative in rows]


def _report(examples: list[Example], data: Featurised, validation: CrossValidation) -> None:
    probabilities, thresholds = validation.probabilities, validation.thresholds
    lexicon = np.array([[label in tags for label in LABELS] for tags in data.lexicon_tags], dtype=bool)
    negative = negative_predictions(probabilities, data.languages, thresholds, validation.negative_thresholds)
    tags = predicted_tags(probabilities, lexicon, negated_flags(data), thresholds, negative)
    negative = negative | tags.any(axis=1)
    truth_tags = data.targets[:, :-1].astype(bool)
    truth_negative = data.targets[:, -1].astype(bool)
    print("cross-validated (train split): language  items  precision  recall  micro_f1  neg_recall  neg_specificity")
    for language in sorted({example.language for example in examples}) + ["all"]:
        rows = np.array([language in ("all", example.language) for example in examples])
        true_positive = int((truth_tags[rows] & tags[rows]).sum())
        precision = true_positive / max(1, int(tags[rows].sum()))
        recall = true_positive / max(1, int(truth_tags[rows].sum()))
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        negative_recall = (truth_negative[rows] & negative[rows]).sum() / max(1, truth_negative[rows].sum())
        specificity = (~truth_negative[rows] & ~negative[rows]).sum() / max(1, (~truth_negative[rows]).sum())
        print(f"  {language:8} {int(rows.sum()):6}  {precision:9.3f}  {recall:6.3f}  {f1:8.3f}  {negative_recall:10.3f}  {specificity:15.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--min-count", type=int, default=2, help="keep features seen in at least this many texts")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-precision", type=float, default=0.75, help="precision floor for each tag's threshold")
    parser.add_argument("--min-specificity", type=float, default=0.9)
    parser.add_argument("--char-ngrams", default="3,4")
    parser.add_argument("--cv-only", action="store_true", help="print cross-validated figures, write nothing")
    parser.add_argument("--weak-mirrors", type=Path, help="rebuild the weak negative pool from git snapshots in this folder")
    parser.add_argument("--exclusions", type=Path, help="sha256 list of texts never to use (acceptance texts)")
    parser.add_argument("--weak-weight", type=float, default=0.3, help="weight of a weak example (0: do not use them)")
    args = parser.parse_args(argv)

    items = [item for item in load_items() if item.split == "train"]
    usable = with_texts(items)
    print(f"train split: {len(items)} items, {len(usable)} with text ({len(items) - len(usable)} need the local rebuild)")
    examples = [Example(item.text or "", item.lang, frozenset(tag.value for tag in item.tags), item.negative) for item in usable]
    config = FeatureConfig(char_ngrams=tuple(int(n) for n in args.char_ngrams.split(",") if n))
    data = featurise(examples, config)
    weak_examples = _weak_examples(args.weak_mirrors, args.exclusions) if args.weak_weight > 0 else []
    weak = WeakNegatives(featurise(weak_examples, config), args.weak_weight) if weak_examples else None
    print(f"weak negative examples: {len(weak_examples)}")
    validation = cross_validate(
        data, folds=args.folds, c=args.c, min_count=args.min_count, min_precision=args.min_precision,
        min_specificity=args.min_specificity, weak=weak,
    )
    _report(examples, data, validation)
    print("thresholds:", {label: round(float(value), 2) for label, value in zip(LABELS, validation.thresholds, strict=True)})
    print("negative thresholds per language:", validation.negative_thresholds)
    if args.cv_only:
        return
    card = ModelCard(
        trained_on=f"evals/datasets/tagging_real train split, {date.today().isoformat()}",
        items=len(examples),
        per_language=dict(sorted(Counter(example.language for example in examples).items())),
        negative_thresholds=validation.negative_thresholds,
        notes=(f"C={args.c}, min_count={args.min_count}, folds={args.folds}, min_specificity={args.min_specificity}, "
               f"weak negatives={len(weak_examples)} x {args.weak_weight}"),
    )
    model = train_model(data, validation.thresholds, config=config, c=args.c, min_count=args.min_count, card=card, weak=weak)
    model.save(DEFAULT_WEIGHTS)
    print(f"wrote {DEFAULT_WEIGHTS} ({DEFAULT_WEIGHTS.stat().st_size / 1e6:.2f} MB, {len(model.index):,} features)")


if __name__ == "__main__":
    main()
