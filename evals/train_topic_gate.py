"""Train the chat's off-topic gate (`agent/topic_gate.py`) and write its weights.

    make train-topic-gate          # = python -m evals.train_topic_gate
    python -m evals.train_topic_gate --cv-only --c 100 --threshold 0.8

Training data, all outside the frozen test split and the unread tenth and thirteenth rounds:
- every language pack's intent exemplars (`tools/languages/<lang>/exemplars.jsonl`): off-topic ones are positive,
  every other intent negative;
- the read development rounds' questions (`evals/datasets/chat_dev…`, every round but the held-back ones), last turn of each: off-topic
  questions positive, everything else (shop requests, follow-ups, out-of-scope acts) negative.
Texts reserved for acceptance checks are dropped, and so is any text the held-back sets also ask word for word.
Each text is prepared as the planner reads a question (look-alike letters folded, accents restored where the pack
has a model, instructions and quotes taken out, chat abbreviations spelled out) and embedded with the product's two
question encoders.

Settings are judged by cross-validation grouped by writing round (each round held out whole, as a new writer's
questions would be; the exemplars always train): per language, how many off-topic questions the gate catches and
how many other questions it would take a tool from.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from agent.topic_gate import DEFAULT_GATE_WEIGHTS
from agent.understanding import load_exemplars, spelled_out
from evals.chat_understanding import DATASETS, HELD_BACK, LANGUAGES, load_cases
from evals.export_fixtures import DEFAULT_EXCLUSIONS, excluded, load_exclusions
from tools.text_vectors import build_question_embedders

EXEMPLARS = "exemplars"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


@dataclass(frozen=True)
class Item:
    group: str  # a writing round, or the exemplars
    language: str
    kind: str  # the question's kind in its round ("offtopic", "out_of_scope", "compound"…), or the exemplar's intent
    text: str

    @property
    def off_topic(self) -> bool:
        return self.kind == "offtopic"


def gate_text(question: str) -> str:
    """A question as the planner hands it to the gate (`DeterministicPlanner.plan`)."""
    from agent.planner import readable
    from agent.routing import routing_text

    return spelled_out(routing_text(readable(question)))


def load_items() -> list[Item]:
    digests = load_exclusions(DEFAULT_EXCLUSIONS)
    items = [Item(EXEMPLARS, exemplar.language, exemplar.intent, exemplar.text)
             for exemplar in load_exemplars() if not exemplar.unaccented]
    for split in sorted(DATASETS):
        if split in HELD_BACK:
            continue
        items += [Item(split, case.language, case.kind, case.turns[-1]) for case in load_cases(split=split)]
    # Writers in different rounds sometimes ask in the same words ("tell me a joke"): a text the held-back sets ask
    # too is left out, so they stay unseen.
    held_back = {_same(turn) for split in HELD_BACK for case in load_cases(split=split) for turn in case.turns}
    return [item for item in items if not excluded(item.text, digests) and _same(item.text) not in held_back]


def _same(text: str) -> str:
    return " ".join(text.casefold().split())


def features(items: list[Item]) -> np.ndarray:
    texts = [gate_text(item.text) for item in items]
    return np.hstack([np.asarray(encoder.embed(texts), dtype=np.float32) for encoder in build_question_embedders()])


def _model(c: float):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced")


def cross_validated(items: list[Item], vectors: np.ndarray, c: float) -> np.ndarray:
    """Each round's probabilities from a gate trained without that round."""
    labels = np.array([item.off_topic for item in items])
    groups = np.array([item.group for item in items])
    held = np.zeros(len(items))
    for group in sorted(set(groups) - {EXEMPLARS}):
        train = groups != group
        held[groups == group] = _model(c).fit(vectors[train], labels[train]).predict_proba(vectors[groups == group])[:, 1]
    return held


def report(items: list[Item], held: np.ndarray) -> None:
    rounds = [k for k, item in enumerate(items) if item.group != EXEMPLARS]
    print("held-out rounds: off-topic caught / other questions given no tool (out-of-scope acts apart)")
    print(f"{'threshold':>9}  " + "  ".join(f"{language:>18}" for language in (*LANGUAGES, "all")))
    for threshold in THRESHOLDS:
        cells: dict[str, Counter[str]] = defaultdict(Counter)
        for k in rounds:
            item, fires = items[k], held[k] >= threshold
            for key in (item.language, "all"):
                sort = "off" if item.off_topic else "oos" if item.kind == "out_of_scope" else "on"
                cells[key][sort] += 1
                cells[key][f"{sort}_fired"] += int(fires)
        row = [f"{c['off_fired']}/{c['off']} {c['on_fired']}/{c['on']} {c['oos_fired']}" for c in
               (cells[key] for key in (*LANGUAGES, "all"))]
        print(f"{threshold:>9}  " + "  ".join(f"{cell:>18}" for cell in row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--c", type=float, default=100.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.8, help="probability the gate needs")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation and write nothing")
    args = parser.parse_args()
    items = load_items()
    print(f"{len(items)} texts: " + ", ".join(f"{group} {n}" for group, n in sorted(Counter(i.group for i in items).items())))
    vectors = features(items)
    report(items, cross_validated(items, vectors, args.c))
    if args.cv_only:
        return
    model = _model(args.c).fit(vectors, np.array([item.off_topic for item in items]))
    DEFAULT_GATE_WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        DEFAULT_GATE_WEIGHTS, coef=model.coef_[0].astype(np.float32), intercept=np.float32(model.intercept_[0]),
        encoders=np.array([encoder.name for encoder in build_question_embedders()]), threshold=np.float32(args.threshold),
    )
    print(f"wrote {DEFAULT_GATE_WEIGHTS} (C={args.c}, threshold {args.threshold})")


if __name__ == "__main__":
    main()
