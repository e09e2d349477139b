"""The real-review tagging corpus: labelled buyer texts from public datasets, with provenance.

    evals/datasets/tagging_real/sources.json   one entry per source file: repository, commit, path,
                                               licence, and how to read a row's text
    evals/datasets/tagging_real/items.jsonl    one labelled item per line; `text` is null where the
                                               source's licence does not allow redistribution
    evals/datasets/tagging_real/texts.local.jsonl   (gitignored) those texts, rebuilt locally:
        python -m evals.tagging_corpus rebuild --mirrors DIR   # DIR/<owner>+<name>/repo git dirs

Every item's `sha256` is the digest of its stripped text, so a rebuilt text is checked exactly.
The split is fixed by that digest (`split_of`), never chosen by hand: "test" items are the frozen
test split, labelled before any tuning and never used to choose phrases, features or thresholds.
Labelling rules: `evals/tagging_guide.md`.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import html
import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.tagging.taxonomy import IssueTag

CORPUS_DIR = Path(__file__).resolve().parent / "datasets" / "tagging_real"
ITEMS_FILE = CORPUS_DIR / "items.jsonl"
SOURCES_FILE = CORPUS_DIR / "sources.json"
LOCAL_TEXTS_FILE = CORPUS_DIR / "texts.local.jsonl"
TEST_SHARE_PERCENT = 35
Split = Literal["train", "test"]


class Polarity(BaseModel):
    """Where a source keeps its own coarse verdict (stars or a pos/neg label), for weak labels."""

    model_config = ConfigDict(extra="forbid")

    field: str | None = None
    # stars: 1–2 negative, 5 not (3–4 skipped); zero_is_negative: 0/1 labels; label: "neg…"/"pos…";
    # stars_in_row: the row name starts with the stars ("Train/1_4037"); all_*: the whole file.
    kind: Literal["stars", "zero_is_negative", "label", "stars_in_row", "all_negative", "all_positive"]


class Source(BaseModel):
    """One source file of a public repository and how to read one row's text from it."""

    model_config = ConfigDict(extra="forbid")

    key: str
    language: str
    repo: str
    commit: str
    # A path inside the repository; "archive.zip!member" for a member of a zip archive. A path
    # with "{row}" names one file per item (the row fills it in).
    path: str
    format: Literal["csv", "tsv", "jsonl", "lines", "whole"]  # tsv: no header, `field` is a column number
    field: str | None = None
    decode: list[Literal["html", "literal_newlines", "br"]] = Field(default_factory=list)
    licence: str
    licence_evidence: str
    redistributable: bool
    description: str
    polarity: Polarity | None = None


class CorpusItem(BaseModel):
    """One labelled buyer text (labels per `evals/tagging_guide.md`)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    lang: str
    split: Split
    source: str
    row: int | str
    sha256: str
    text: str | None = None
    rating: int | None = Field(default=None, ge=1, le=5)
    negative: bool
    tags: list[IssueTag]
    spans: dict[str, list[str]] | None = None
    gloss: str = ""


def text_digest(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def split_of(text: str) -> Split:
    """The frozen split of a text, fixed by its digest (about 35% test)."""
    return "test" if int(text_digest(text)[:8], 16) % 100 < TEST_SHARE_PERCENT else "train"


def load_sources(path: Path = SOURCES_FILE) -> dict[str, Source]:
    entries = json.loads(path.read_text(encoding="utf-8"))
    return {entry["key"]: Source.model_validate(entry) for entry in entries}


def load_items(path: Path = ITEMS_FILE, *, local_texts: Path | None = LOCAL_TEXTS_FILE) -> list[CorpusItem]:
    """All items; texts that are not committed are filled in from the local rebuild when present."""
    items = [CorpusItem.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if local_texts is not None and local_texts.exists():
        local = {}
        for line in local_texts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                local[record["id"]] = record
        for item in items:
            record = local.get(item.id)
            if item.text is None and record is not None and text_digest(record["text"]) == item.sha256:
                item.text = record["text"]
                item.spans = record.get("spans")
    return items


def with_texts(items: Iterable[CorpusItem]) -> list[CorpusItem]:
    return [item for item in items if item.text is not None]


# ---- rebuilding texts that are not committed, from git snapshots of their sources ----


def _git_show(repo_dir: Path, commit: str, path: str) -> bytes:
    git_dir = repo_dir / ".git" if (repo_dir / ".git").is_dir() else repo_dir
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"], capture_output=True, check=True
    ).stdout


def _file_bytes(repo_dir: Path, source: Source, row: int | str) -> bytes:
    path = source.path.format(row=row)
    archive, _, member = path.partition("!")
    data = _git_show(repo_dir, source.commit, archive)
    if member:
        with zipfile.ZipFile(io.BytesIO(data)) as zipped:
            data = zipped.read(member)
    if archive.endswith(".gz"):
        data = gzip.decompress(data)
    return data


def _decode(text: str, steps: Iterable[str]) -> str:
    for step in steps:
        if step == "literal_newlines":
            text = text.replace("\\r\\n", "\n").replace("\\n", "\n")
        elif step == "html":  # some files escape twice (&amp;#39;): unescape until stable
            for _ in range(3):
                text, previous = html.unescape(text), text
                if text == previous:
                    break
        elif step == "br":
            text = text.replace("<br />", "\n").replace("<br/>", "\n").replace("<br>", "\n")
    return text.strip()


def _rows(data: bytes, source: Source) -> list[str]:
    content = data.decode("utf-8-sig")
    if source.format == "whole":
        return [content]
    if source.format == "lines":
        return content.split("\n")
    if source.format == "tsv":
        return [line.split("\t")[int(source.field or 0)] for line in content.split("\n")]
    if source.format == "jsonl":
        return [json.loads(line)[source.field] if line.strip() else "" for line in content.split("\n")]
    return [row.get(source.field or "") or "" for row in csv.DictReader(io.StringIO(content, newline=""))]


def source_text(source: Source, row: int | str, mirrors: Path, cache: dict[tuple[str, str], list[str]] | None = None) -> str:
    """The text of one row of a source, read from the git snapshot under `mirrors`."""
    repo_dir = mirrors / source.repo.replace("/", "+") / "repo"
    cache = {} if cache is None else cache
    key = (source.key, source.path.format(row=row))
    if key not in cache:
        cache[key] = _rows(_file_bytes(repo_dir, source, row), source)
    rows = cache[key]
    raw = rows[0] if "{row}" in source.path else rows[int(row)]
    return _decode(raw, source.decode)


def _polarity(value: str | None, row: int | str, polarity: Polarity) -> bool | None:
    kind = polarity.kind
    if kind in ("all_negative", "all_positive"):
        return kind == "all_negative"
    raw = str(row).split("/")[-1].split("_")[0] if kind == "stars_in_row" else (value or "").strip()
    if kind in ("stars", "stars_in_row"):
        try:
            stars = int(float(raw))
        except ValueError:
            return None
        return True if stars <= 2 else False if stars >= 5 else None
    if kind == "zero_is_negative":
        return {"0": True, "1": False}.get(raw)
    lowered = raw.lower()
    return True if lowered.startswith("neg") else False if lowered.startswith("pos") else None


def _rows_with_polarity(source: Source, mirrors: Path) -> Iterable[tuple[int | str, str, str | None]]:
    """(row, raw text, raw polarity value) for every row of a source's file(s)."""
    repo_dir = mirrors / source.repo.replace("/", "+") / "repo"
    field = source.polarity.field if source.polarity else None
    if "{row}" in source.path:  # one file per row: read them in one `git cat-file --batch`
        git_dir = repo_dir / ".git" if (repo_dir / ".git").is_dir() else repo_dir
        prefix, suffix = source.path.split("{row}")
        listing = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", source.commit],
                                 capture_output=True, text=True, check=True).stdout.split("\n")
        names = [name for name in listing if name.startswith(prefix) and name.endswith(suffix)]
        batch = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "--batch"], input="".join(f"{source.commit}:{name}\n" for name in names).encode(),
                               capture_output=True, check=True).stdout
        position = 0
        for name in names:
            header_end = batch.index(b"\n", position)
            size = int(batch[position:header_end].split()[2])
            body = batch[header_end + 1 : header_end + 1 + size]
            position = header_end + 1 + size + 1
            yield name[len(prefix) : len(name) - len(suffix)], body.decode("utf-8-sig"), None
        return
    content = _file_bytes(repo_dir, source, 0).decode("utf-8-sig")
    if source.format == "csv":
        for number, record in enumerate(csv.DictReader(io.StringIO(content, newline=""))):
            yield number, record.get(source.field or "") or "", record.get(field) if field else None
    elif source.format == "jsonl":
        for number, line in enumerate(content.split("\n")):
            if line.strip():
                record = json.loads(line)
                yield number, record.get(source.field or "") or "", str(record.get(field)) if field else None
    elif source.format == "tsv":
        for number, line in enumerate(content.split("\n")):
            parts = line.split("\t")
            yield number, parts[int(source.field or 0)], parts[int(field)] if field and len(parts) > int(field) else None
    else:
        for number, line in enumerate(content.split("\n")):
            yield number, line, None


def weak_negative_examples(mirrors: Path, *, per_language: int = 4000, exclusions: set[str] | None = None,
                           seed: int = 5) -> list[tuple[str, str, bool]]:
    """(language, text, negative) from the sources' own stars or labels, for training only.

    Never a corpus item, never a text whose digest puts it in the test split, never an excluded
    text. Balanced per language (as many negatives as not), at most `per_language` in all.
    """
    import random

    taken = {item.sha256 for item in load_items(local_texts=None)}
    exclusions = exclusions or set()
    pools: dict[str, dict[bool, dict[str, None]]] = {}
    for source in load_sources().values():
        if source.polarity is None:
            continue
        language_pool = pools.setdefault(source.language, {True: {}, False: {}})
        for row, raw, value in _rows_with_polarity(source, mirrors):
            verdict = _polarity(value, row, source.polarity)
            text = _decode(raw, source.decode)
            if verdict is None or not 8 <= len(text) <= 600:
                continue
            digest = text_digest(text)
            if digest in taken or digest in exclusions or split_of(text) == "test":
                continue
            language_pool[verdict][text] = None
    examples: list[tuple[str, str, bool]] = []
    rng = random.Random(seed)
    for language, pool in sorted(pools.items()):
        negatives, positives = sorted(pool[True]), sorted(pool[False])
        rng.shuffle(negatives)
        rng.shuffle(positives)
        count = min(per_language // 2, len(negatives), len(positives))
        examples += [(language, text, True) for text in negatives[:count]]
        examples += [(language, text, False) for text in positives[:count]]
    return examples


def rebuild_local_texts(mirrors: Path, *, check_all: bool = False) -> tuple[int, list[str]]:
    """Write `texts.local.jsonl` for items whose text is not committed; return (written, problems).

    With `check_all`, committed texts are re-read from their sources too (a provenance check).
    """
    sources = load_sources()
    cache: dict[tuple[str, str], list[str]] = {}
    problems: list[str] = []
    written = 0
    labels_file = LOCAL_TEXTS_FILE.with_suffix(".labels.jsonl")  # spans kept beside texts, if any
    spans = {}
    if labels_file.exists():
        for line in labels_file.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            spans[record["id"]] = record.get("spans")
    records = []
    for item in load_items(local_texts=None):
        if item.text is not None and not check_all:
            continue
        source = sources[item.source]
        try:
            text = source_text(source, item.row, mirrors, cache)
        except (OSError, subprocess.CalledProcessError, KeyError, IndexError, ValueError) as exc:
            problems.append(f"{item.id}: cannot read {source.repo}@{source.commit[:8]}:{source.path} row {item.row}: {exc}")
            continue
        if text_digest(text) != item.sha256:
            problems.append(f"{item.id}: the text at {source.path} row {item.row} does not match the recorded digest")
            continue
        if item.text is None:
            records.append({"id": item.id, "text": text, "spans": spans.get(item.id)})
            written += 1
    LOCAL_TEXTS_FILE.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return written, problems


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - a maintenance command
    import argparse

    parser = argparse.ArgumentParser(description="Rebuild or check the real-review corpus texts.")
    sub = parser.add_subparsers(dest="command", required=True)
    rebuild = sub.add_parser("rebuild", help="write texts.local.jsonl from git snapshots of the sources")
    rebuild.add_argument("--mirrors", type=Path, required=True)
    rebuild.add_argument("--check-all", action="store_true", help="also re-read committed texts (provenance check)")
    sub.add_parser("stats", help="items per language, split and source")
    args = parser.parse_args(argv)
    if args.command == "rebuild":
        written, problems = rebuild_local_texts(args.mirrors, check_all=args.check_all)
        print(f"wrote {written} texts to {LOCAL_TEXTS_FILE}")
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    from collections import Counter

    items = load_items()
    counts = Counter((item.lang, item.split, item.text is not None) for item in items)
    for (language, split, has_text), count in sorted(counts.items()):
        print(f"{language} {split:5} {'text' if has_text else 'no text'} {count}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
