"""Train the accent model of a pack that sellers type without accents (`tools/accents.py`), and measure it.

    make train-accents      # = python -m evals.train_accents --mirrors /work/.mirror

The model is word and word-pair counts of real accented text. Sources (`SOURCES`, provenance and licences in
`docs/DATA.md`) are read from local snapshots of their repositories at the pinned commit
(`<mirrors>/<owner>+<name>/repo`); the pack's own exemplars are added. Texts reserved for acceptance checks,
and the frozen test splits of the real-review and triage sets, are left out; so is every line whose digest
falls in the held-out tenth, on which the restorer is measured: each line's accents are taken off and put
back, and every word is compared with the original. The chat's development questions typed with accents are
measured the same way. Only counts are written (`tools/languages/<code>/accents.npz`), never a text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict

from evals.export_fixtures import DEFAULT_EXCLUSIONS, excluded, load_exclusions
from tools.accents import MODEL_FILE, AccentRestorer, word_runs
from tools.languages import pack, without_accents

ROOT = Path(__file__).resolve().parents[1]
MIN_COUNT = 1  # every form and pair seen is kept: pruning those seen once cost two points of accuracy
HELD_OUT = 10  # one line in this many (by digest) is held out for measuring


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    repo: str
    commit: str
    paths: tuple[str, ...]
    shape: str  # how lines are read: csv-content, conllu-text, tsv-first
    licence: str


SOURCES: dict[str, tuple[Source, ...]] = {
    "vi": (
        Source(name="tiki", repo="phamdanganuit/AspectSent-for-Tiki", commit="5b798ed68715ca67409f66c2de49e05998052995",
               paths=("data/Bronze/raw_reviews.csv",), shape="csv-content", licence="MIT"),
        Source(name="ud-vtb", repo="UniversalDependencies/UD_Vietnamese-VTB", commit="e8fa54835582fb5d0c767f19f0992675726fa084",
               paths=("vi_vtb-ud-train.conllu", "vi_vtb-ud-dev.conllu", "vi_vtb-ud-test.conllu"),
               shape="conllu-text", licence="CC BY-SA 4.0"),
        Source(name="xed", repo="Helsinki-NLP/XED", commit="76666d251f147cf518071bef4f8415dab6b96115",
               paths=("Projections/vi-projections.tsv",), shape="tsv-first", licence="CC BY 4.0"),
    ),
}
_UI_TAIL = re.compile(r"\s*Thu gọn\s*$")  # the review page's "collapse" link, scraped with the text


def _show(mirrors: Path, source: Source, path: str) -> str:
    git_dir = mirrors / source.repo.replace("/", "+") / "repo"
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{source.commit}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8", errors="replace")


def source_lines(mirrors: Path, source: Source) -> Iterator[str]:
    for path in source.paths:
        raw = _show(mirrors, source, path)
        if source.shape == "csv-content":
            for row in csv.DictReader(io.StringIO(raw)):
                yield _UI_TAIL.sub("", row.get("content") or "")
        elif source.shape == "conllu-text":
            yield from (line.split("=", 1)[1] for line in raw.splitlines() if line.startswith("# text ="))
        elif source.shape == "tsv-first":
            yield from (line.split("\t", 1)[0] for line in raw.splitlines())
        else:
            raise ValueError(f"unknown shape {source.shape!r}")


def own_lines(code: str) -> Iterator[str]:
    """The pack's exemplar questions typed with accents."""
    for line in pack(code).exemplars.read_text(encoding="utf-8").splitlines():
        text = json.loads(line).get("text", "") if line.strip() else ""
        if text and without_accents(text) != text:
            yield text


def reserved_texts() -> set[str]:
    """Texts of the frozen test splits (real reviews, triage): never trained on."""
    found: set[str] = set()
    for path in (ROOT / "evals/datasets/tagging_real/items.jsonl", ROOT / "evals/datasets/triage/cases.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("split") == "test" and item.get("text"):
                found.add(item["text"].strip())
    return found


def held_out(text: str) -> bool:
    return int(hashlib.sha1(text.strip().encode("utf-8")).hexdigest(), 16) % HELD_OUT == 0


def count(lines: list[str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    forms: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for line in lines:
        for words in word_runs(line):
            forms.update(words)
            pairs.update(zip(words, words[1:], strict=False))
    return forms, pairs


def write_model(forms: Counter[str], pairs: Counter[tuple[str, str]], out: Path) -> tuple[int, int]:
    kept = sorted(form for form, seen in forms.items() if seen >= MIN_COUNT)
    index = {form: position for position, form in enumerate(kept)}
    size = len(kept)
    keys = sorted(index[a] * size + index[b] for (a, b), seen in pairs.items()
                  if seen >= MIN_COUNT and a in index and b in index)
    pair_counts = [pairs[(kept[key // size], kept[key % size])] for key in keys]
    np.savez_compressed(out, forms=np.array(kept), counts=np.array([forms[form] for form in kept], dtype=np.int32),
                        pair_keys=np.array(keys, dtype=np.int64), pair_counts=np.array(pair_counts, dtype=np.int32))
    return size, len(keys)


def accuracy(restorer: AccentRestorer, lines: list[str]) -> dict[str, float]:
    """Share of words restored exactly; of words whose accents matter (the unaccented spelling differs); and
    what leaving the text unaccented would score."""
    words = right = marked = marked_right = 0
    for line in lines:
        original = [word for run in word_runs(line) for word in run]
        restored = [word for run in word_runs(restorer.restore(without_accents(line))) for word in run]
        if len(original) != len(restored):
            continue
        for want, got in zip(original, restored, strict=True):
            words += 1
            right += want == got
            if without_accents(want) != want:
                marked += 1
                marked_right += want == got
    return {"lines": float(len(lines)), "words": float(words), "word_accuracy": round(right / max(words, 1), 4),
            "accented_words": float(marked), "accented_accuracy": round(marked_right / max(marked, 1), 4),
            "unaccented_baseline": round((words - marked) / max(words, 1), 4)}


def dev_questions(code: str) -> list[str]:
    """The chat's development questions in this language typed with accents (the test split is never read)."""
    found = []
    for folder in sorted((ROOT / "evals/datasets").glob("chat_dev*")):
        path = folder / f"questions_{code}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                turns = json.loads(line).get("turns", []) if line.strip() else []
                found.extend(text for text in turns if without_accents(text) != text)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", default="vi")
    parser.add_argument("--mirrors", type=Path, required=True, help="folder of repository snapshots (owner+name/repo)")
    parser.add_argument("--exclusions", type=Path, default=DEFAULT_EXCLUSIONS)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    digests = load_exclusions(args.exclusions)
    reserved = reserved_texts()
    train: list[str] = []
    measure: list[str] = []
    for source in SOURCES[args.code]:
        lines = [line.strip() for line in source_lines(args.mirrors, source) if line.strip()]
        usable = [line for line in lines if line not in reserved and not excluded(line, digests)]
        print(f"{source.name}: {len(lines)} lines, {len(lines) - len(usable)} reserved or excluded")
        for line in usable:
            (measure if held_out(line) else train).append(line)
    train.extend(own_lines(args.code))
    forms, pairs = count(train)
    out = args.out or pack(args.code).folder / MODEL_FILE
    size, kept_pairs = write_model(forms, pairs, out)
    print(f"trained on {len(train)} lines: {size} forms, {kept_pairs} pairs -> {out} ({out.stat().st_size // 1024} KB)")
    restorer = AccentRestorer(out)
    print("held-out lines:", json.dumps(accuracy(restorer, measure)))
    print("dev questions:", json.dumps(accuracy(restorer, dev_questions(args.code))))


if __name__ == "__main__":
    main()
