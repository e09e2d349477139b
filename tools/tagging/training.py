"""Train the learned half of the tagger on labelled texts (scikit-learn, used only here).

    make train-tagger        # evals/train_tagger.py: the corpus's train split -> tools/tagging/weights/

Per label (12 tags + "negative") a logistic regression over the features of `features.py`. Its
decision threshold is chosen on out-of-fold predictions of the training data (k-fold), for the
combined decision the tagger actually makes:
- negative: per language, recall >= 0.85 and specificity >= the floor where reachable;
- a tag the model adds alone (on items read as negative; lexicon hits always count): the threshold
  with the best F1 whose precision reaches the floor (0.75).
The same folds give the cross-validated figures printed by the training script; the corpus's frozen
test split is never passed in here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from tools.tagging.features import FeatureConfig, text_features
from tools.tagging.model import NEGATIVE, LinearTagModel, ModelCard
from tools.tagging.normalize import normalize_text
from tools.tagging.reading import _bundle, lexicon_flags, model_view, read_lexicon
from tools.tagging.taxonomy import IssueTag

LABELS = [tag.value for tag in sorted(IssueTag, key=lambda tag: tag.value)] + [NEGATIVE]
_THRESHOLD_GRID = np.round(np.concatenate([np.arange(0.005, 0.05, 0.005), np.arange(0.05, 0.951, 0.01)]), 3)


@dataclass(frozen=True)
class Example:
    text: str
    language: str
    tags: frozenset[str]
    negative: bool


@dataclass
class Featurised:
    features: list[set[str]]
    lexicon_tags: list[set[str]]
    targets: np.ndarray  # items x labels, 0/1
    languages: list[str]


@dataclass
class CrossValidation:
    probabilities: np.ndarray  # out-of-fold, items x labels
    thresholds: np.ndarray
    negative_thresholds: dict[str, float]


@dataclass
class WeakNegatives:
    """Texts with only a negative / not-negative label from the source's own stars or polarity label.

    They train the negative verdict alone (never a tag), down-weighted: stars disagree with the
    words often enough that the hand-labelled items must dominate.
    """

    data: Featurised
    weight: float = 0.3


def featurise(examples: Sequence[Example], config: FeatureConfig) -> Featurised:
    features: list[set[str]] = []
    lexicon_tags: list[set[str]] = []
    targets = np.zeros((len(examples), len(LABELS)), dtype=np.int8)
    for row, example in enumerate(examples):
        bundle = _bundle(example.language)
        normalized = normalize_text(example.text)
        reading = read_lexicon(bundle, normalized)
        features.append(text_features(model_view(bundle, normalized), bundle.primary, config, lexicon_flags=lexicon_flags(reading)))
        lexicon_tags.append(set(reading.evidence))
        for column, label in enumerate(LABELS):
            targets[row, column] = example.negative if label == NEGATIVE else label in example.tags
    return Featurised(features, lexicon_tags, targets, [example.language for example in examples])


def _vocabulary(features: Sequence[set[str]], min_count: int) -> list[str]:
    counts = Counter(feature for item in features for feature in item)
    return sorted(feature for feature, count in counts.items() if count >= min_count or feature[:2] in ("L:", "N:"))


def _matrix(features: Sequence[set[str]], index: dict[str, int]) -> Any:  # scipy.sparse.csr_matrix (scipy has no type stubs)
    from scipy.sparse import csr_matrix

    rows, columns = [], []
    for row, item in enumerate(features):
        for feature in item:
            column = index.get(feature)
            if column is not None:
                rows.append(row)
                columns.append(column)
    data = np.ones(len(rows), dtype=np.float32)
    return csr_matrix((data, (rows, columns)), shape=(len(features), len(index)))


def _log_count_ratio(matrix: Any, y: np.ndarray, alpha: float = 1.0) -> npt.NDArray[np.float32]:
    """Naive-Bayes feature scaling (Wang & Manning 2012): how much more often a feature occurs in
    positives than in negatives. Scaling features by it before the regression helps on small data."""
    positive = alpha + np.asarray(matrix[y == 1].sum(axis=0)).ravel()
    negative = alpha + np.asarray(matrix[y == 0].sum(axis=0)).ravel()
    return cast(npt.NDArray[np.float32], np.log((positive / positive.sum()) / (negative / negative.sum())).astype(np.float32))


def _fit(matrix: Any, targets: np.ndarray, c: float, *, weak: tuple[Any, np.ndarray, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per label, a logistic regression on NB-scaled features; returns the effective weights.

    `weak`: (matrix, labels, weight) of extra rows for the negative label only.
    """
    from scipy.sparse import vstack
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((matrix.shape[1], targets.shape[1]), dtype=np.float32)
    bias = np.full(targets.shape[1], -6.0, dtype=np.float32)  # a label never seen: never predicted
    negative_column = LABELS.index(NEGATIVE) if targets.shape[1] == len(LABELS) else -1
    for column in range(targets.shape[1]):
        x, y, sample_weight = matrix, targets[:, column], None
        if column == negative_column and weak is not None:
            x = vstack([matrix, weak[0]]).tocsr()
            y = np.concatenate([y, weak[1]])
            sample_weight = np.concatenate([np.ones(matrix.shape[0]), np.full(weak[0].shape[0], weak[2])])
        if y.min() == y.max():
            continue
        ratio = _log_count_ratio(x, y)
        classifier = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
        classifier.fit(x.multiply(ratio).tocsr(), y, sample_weight=sample_weight)
        weights[:, column] = classifier.coef_[0] * ratio
        bias[column] = classifier.intercept_[0]
    return weights, bias


def _probabilities(matrix: Any, weights: np.ndarray, bias: np.ndarray) -> npt.NDArray[np.float32]:
    logits = matrix @ weights + bias
    return cast(npt.NDArray[np.float32], 1.0 / (1.0 + np.exp(-np.asarray(logits))))


def _f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    true_positive = float(np.sum(truth & predicted))
    denominator = float(np.sum(truth) + np.sum(predicted))
    return 2 * true_positive / denominator if denominator else 1.0


def negative_predictions(probabilities: np.ndarray, languages: Sequence[str], thresholds: np.ndarray,
                         negative_thresholds: dict[str, float]) -> np.ndarray:
    column = LABELS.index(NEGATIVE)
    per_item = np.array([negative_thresholds.get(language, float(thresholds[column])) for language in languages])
    return probabilities[:, column] >= per_item


def negated_flags(data: Featurised) -> np.ndarray:
    """Items x labels: the lexicon found the tag's phrase but negated or hedged it (`N:tag`)."""
    return np.array([[f"N:{label}" in features for label in LABELS] for features in data.features], dtype=bool)


def predicted_tags(probabilities: np.ndarray, lexicon: np.ndarray, negated: np.ndarray, thresholds: np.ndarray,
                   negative: np.ndarray) -> npt.NDArray[np.bool_]:
    """Items x tags as the tagger emits them: every lexicon hit, and, on items read as negative, the
    model alone above its threshold (never for a tag whose phrase the text negates or hedges)."""
    model_only = (probabilities[:, :-1] >= thresholds[:-1]) & ~negated[:, :-1] & negative[:, None]
    return cast(npt.NDArray[np.bool_], model_only | lexicon[:, :-1])


def _negative_threshold(probabilities: np.ndarray, truth: np.ndarray, *, min_recall: float, min_specificity: float) -> float:
    """Both targets if some threshold meets them (then the best sum); else recall first."""
    scored = []
    for threshold in _THRESHOLD_GRID:
        predicted = probabilities >= threshold
        recall = float(np.sum(truth & predicted)) / max(1, int(np.sum(truth)))
        specificity = float(np.sum(~truth & ~predicted)) / max(1, int(np.sum(~truth)))
        scored.append((recall >= min_recall and specificity >= min_specificity, recall >= min_recall, recall + specificity, float(threshold)))
    return max(scored)[3]


def choose_thresholds(
    probabilities: np.ndarray,
    data: Featurised,
    *,
    min_specificity: float,
    min_recall: float = 0.85,
    min_precision: float = 0.75,
) -> tuple[np.ndarray, dict[str, float]]:
    """Thresholds from out-of-fold predictions.

    The negative verdict first, per language: recall and specificity targets when reachable, else
    recall first. Then per tag the threshold at which the model tags alone (on items read as
    negative; lexicon hits always count): the one with the best F1 among those whose precision
    reaches `min_precision` (the most precise if none does): a tag the seller reads must usually be right.
    """
    thresholds = np.full(len(LABELS), 0.5, dtype=np.float32)
    column = LABELS.index(NEGATIVE)
    truth = data.targets[:, column].astype(bool)
    languages = np.array(data.languages)
    thresholds[column] = _negative_threshold(probabilities[:, column], truth, min_recall=min_recall, min_specificity=min_specificity)
    negative_thresholds = {
        str(language): _negative_threshold(probabilities[languages == language, column], truth[languages == language],
                                           min_recall=min_recall, min_specificity=min_specificity)
        for language in sorted(set(data.languages))
    }
    negative = negative_predictions(probabilities, data.languages, thresholds, negative_thresholds)
    lexicon = np.array([[label in tags for label in LABELS] for tags in data.lexicon_tags], dtype=bool)
    negated = negated_flags(data)
    for tag_column, label in enumerate(LABELS):
        if label == NEGATIVE:
            continue
        tag_truth = data.targets[:, tag_column].astype(bool)
        column_probabilities = probabilities[:, tag_column]
        best: tuple[tuple[bool, float], float] | None = None
        for threshold in _THRESHOLD_GRID:
            predicted = ((column_probabilities >= threshold) & ~negated[:, tag_column] & negative) | lexicon[:, tag_column]
            true_positive = float(np.sum(predicted & tag_truth))
            precision = true_positive / max(1, int(np.sum(predicted)))
            key = (precision >= min_precision, _f1(tag_truth, predicted) if precision >= min_precision else precision)
            if best is None or key > best[0]:
                best = (key, float(threshold))
        assert best is not None
        thresholds[tag_column] = best[1]
    return thresholds, negative_thresholds


def cross_validate(
    data: Featurised,
    *,
    folds: int,
    c: float,
    min_count: int,
    min_specificity: float,
    min_precision: float = 0.75,
    weak: WeakNegatives | None = None,
    seed: int = 7,
) -> CrossValidation:
    order = np.random.default_rng(seed).permutation(len(data.features))
    out_of_fold = np.zeros(data.targets.shape, dtype=np.float32)
    for fold in range(folds):
        held = order[fold::folds]
        kept = np.setdiff1d(order, held)
        kept_features = [data.features[i] for i in kept]
        vocabulary = _vocabulary(kept_features + (weak.data.features if weak else []), min_count)
        index = {feature: column for column, feature in enumerate(vocabulary)}
        weak_rows = (_matrix(weak.data.features, index), weak.data.targets[:, -1], weak.weight) if weak else None
        weights, bias = _fit(_matrix(kept_features, index), data.targets[kept], c, weak=weak_rows)
        out_of_fold[held] = _probabilities(_matrix([data.features[i] for i in held], index), weights, bias)
    thresholds, negative_thresholds = choose_thresholds(out_of_fold, data, min_specificity=min_specificity, min_precision=min_precision)
    return CrossValidation(out_of_fold, thresholds, negative_thresholds)


def train_model(
    data: Featurised,
    thresholds: np.ndarray,
    *,
    config: FeatureConfig,
    c: float,
    min_count: int,
    card: ModelCard,
    weak: WeakNegatives | None = None,
) -> LinearTagModel:
    vocabulary = _vocabulary(data.features + (weak.data.features if weak else []), min_count)
    index = {feature: column for column, feature in enumerate(vocabulary)}
    weak_rows = (_matrix(weak.data.features, index), weak.data.targets[:, -1], weak.weight) if weak else None
    weights, bias = _fit(_matrix(data.features, index), data.targets, c, weak=weak_rows)
    # Drop features whose weights all round to zero: a smaller file and vocabulary, same model.
    keep = np.abs(weights).max(axis=1) >= 1e-3
    vocabulary = [feature for feature, kept in zip(vocabulary, keep, strict=True) if kept]
    return LinearTagModel(
        labels=LABELS, vocabulary=vocabulary, weights=weights[keep], bias=bias, thresholds=thresholds, config=config, card=card
    )
