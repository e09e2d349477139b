"""Choose the meaning reader's threshold on its own exemplars (leave one out), never on an evaluation set.

    python -m evals.understanding_dev

Each exemplar is read against all the others; a reading is right when its best intent is the exemplar's
own and scores at least the threshold. Out-of-reach exemplars (off-topic, out of scope) are right when
they read as out of reach or fall below the threshold. Prints accuracy per language for a range of
thresholds and the one that maximises the mean over languages.
"""

from __future__ import annotations

from collections import defaultdict

from agent.understanding import OUT_OF_REACH, load_exemplars, shared_reader


def main() -> None:
    reader = shared_reader()
    exemplars = load_exemplars()
    texts = [item.text.replace("{product}", " ").replace("{video}", " ").replace("{review}", " ") for item in exemplars]
    scored = []
    for index in range(0, len(texts), 200):
        batch = list(range(index, min(index + 200, len(texts))))
        for position, scores in zip(batch, [reader.scores([texts[i]], exclude={i})[0] for i in batch], strict=True):
            scored.append((position, scores))
    thresholds = [round(0.30 + 0.02 * step, 2) for step in range(16)]
    best = None
    for threshold in thresholds:
        per_language: dict[str, list[bool]] = defaultdict(list)
        for position, scores in scored:
            item = exemplars[position]
            intent, value = max(scores.items(), key=lambda pair: pair[1])
            if item.intent in OUT_OF_REACH:
                right = value < threshold or intent in OUT_OF_REACH
            else:
                right = intent == item.intent and value >= threshold
            per_language[item.language].append(right)
        rates = {language: sum(values) / len(values) for language, values in sorted(per_language.items())}
        mean = sum(rates.values()) / len(rates)
        print(f"threshold {threshold:.2f}: mean {mean:.3f} " + " ".join(f"{k} {v:.3f}" for k, v in rates.items()))
        if best is None or mean > best[0]:
            best = (mean, threshold)
    assert best is not None
    print(f"best threshold {best[1]:.2f} (mean leave-one-out accuracy {best[0]:.3f})")


if __name__ == "__main__":
    main()
