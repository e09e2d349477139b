"""Calibrate the meaning reader on its own exemplars (leave one out), never on an evaluation set.

    python -m evals.understanding_dev

Each exemplar is read against all the others, by each encoder alone and by the combined reader. A reading
is right when its best intent is the exemplar's own and scores at least the threshold; out-of-reach
exemplars (off-topic, out of scope) are right when they read as out of reach or fall below it. For each
encoder this prints the spread of its intent scores and its threshold: USE's is `ACCEPT`; another encoder's
passes the same share of exemplars. Those are the figures `agent.understanding.CALIBRATION` holds. Then the
combined reader's accuracy.
"""

from __future__ import annotations

from collections import defaultdict

from agent.understanding import OUT_OF_REACH, Exemplar, IntentReader, load_exemplars
from tools.text_vectors import build_question_embedders


def _loo_scores(reader: IntentReader, texts: list[str]) -> list[dict[str, float]]:
    return [reader.scores([text], exclude={index})[0] for index, text in enumerate(texts)]


def _accuracy(exemplars: list[Exemplar], scored: list[dict[str, float]], threshold: float) -> dict[str, float]:
    per_language: dict[str, list[bool]] = defaultdict(list)
    for item, scores in zip(exemplars, scored, strict=True):
        intent, value = max(scores.items(), key=lambda pair: pair[1])
        if item.intent in OUT_OF_REACH:
            right = value < threshold or intent in OUT_OF_REACH
        else:
            right = intent == item.intent and value >= threshold
        per_language[item.language].append(right)
    return {language: sum(values) / len(values) for language, values in sorted(per_language.items())}


def main() -> None:
    import numpy as np

    exemplars = load_exemplars()
    texts = [item.text for item in exemplars]
    embedders = build_question_embedders()
    from agent.understanding import ACCEPT

    share = None
    for embedder in embedders:
        scored = _loo_scores(IntentReader(embedder, exemplars), texts)
        spread = float(np.mean([np.std(list(scores.values())) for scores in scored]))
        best = np.array([max(scores.values()) for scores in scored])
        if share is None:  # the first encoder's threshold is ACCEPT; the others pass the same share of exemplars
            share = float(np.mean(best >= ACCEPT))
            threshold = ACCEPT
        else:
            threshold = float(np.quantile(best, 1 - share))
        rates = _accuracy(exemplars, scored, threshold)
        print(f"{embedder.name}: spread {spread:.3f}, threshold {threshold:.3f} (passes {share:.0%} of exemplars; "
              f"leave-one-out accuracy {sum(rates.values()) / len(rates):.3f})")
    combined = _loo_scores(IntentReader(embedders, exemplars), texts)
    rates = _accuracy(exemplars, combined, ACCEPT)
    print("combined at ACCEPT: mean {:.3f} ".format(sum(rates.values()) / len(rates)) + " ".join(f"{k} {v:.3f}" for k, v in rates.items()))


if __name__ == "__main__":
    main()
