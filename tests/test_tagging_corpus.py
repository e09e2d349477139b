"""The real-review corpus: frozen split, committed labels, rebuilding texts from git, and scoring."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from evals import tagging_corpus
from evals.suite_tagging_real import score_items
from evals.tagging_corpus import CorpusItem, Source, load_items, source_text, split_of, text_digest
from tools.tagging.taxonomy import IssueTag


def test_split_is_fixed_by_the_text() -> None:
    assert split_of("  arrived late ") == split_of("arrived late")
    shares = [split_of(f"review number {n}") == "test" for n in range(2000)]
    assert 0.3 < sum(shares) / len(shares) < 0.4


def test_committed_items_are_consistent() -> None:
    items = load_items(local_texts=None)
    sources = tagging_corpus.load_sources()
    assert len({item.id for item in items}) == len(items)
    for item in items:
        source = sources[item.source]
        assert source.language == item.lang
        # A text is committed exactly when its source's licence allows redistribution.
        assert (item.text is not None) == source.redistributable, item.id
        if item.text is not None:
            assert text_digest(item.text) == item.sha256 and split_of(item.text) == item.split
        assert not item.tags or item.negative, f"{item.id}: a tagged item is negative"


def test_exclusion_list_items_are_absent() -> None:
    listed = Path(__file__).resolve().parents[2] / "shared" / "eval-exclusions.sha256"
    if not listed.exists():
        pytest.skip("the acceptance exclusion list is not on this machine")
    excluded = {line.strip() for line in listed.read_text().splitlines() if line.strip() and not line.startswith("#")}
    assert not excluded & {item.sha256 for item in load_items(local_texts=None)}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout.strip()


def test_texts_rebuild_from_a_git_snapshot(tmp_path: Path) -> None:
    repo = tmp_path / "mirrors" / "someone+reviews" / "repo"
    repo.mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "data.csv").write_text('id,text\n1,"Great, thanks"\n2,"Arrived &amp; broken"\n', encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "data")
    source = Source(key="s", language="en", repo="someone/reviews", commit=_git(repo, "rev-parse", "HEAD"), path="data.csv",
                    format="csv", field="text", decode=["html"], licence="none", licence_evidence="-", redistributable=False,
                    description="test")
    assert source_text(source, 1, tmp_path / "mirrors") == "Arrived & broken"


def test_scoring_counts_tags_and_negative_verdicts() -> None:
    def item(n: int, text: str, negative: bool, tags: list[IssueTag]) -> CorpusItem:
        return CorpusItem(id=f"en-x-{n}", lang="en", split="test", source="x", row=n, sha256=text_digest(text), text=text,
                          negative=negative, tags=tags)

    items = [item(1, "late", True, [IssueTag.LOGISTICS_DELAY]), item(2, "lovely", False, []),
             item(3, "broken and late", True, [IssueTag.QUALITY_DEFECT, IssueTag.LOGISTICS_DELAY])]
    predictions = {"late": (True, {"logistics_delay"}), "lovely": (True, set()), "broken and late": (True, {"logistics_delay"})}
    result = score_items(items, lambda text: predictions[text])
    assert result.metrics["precision"] == 1.0 and result.metrics["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert result.metrics["negative_recall"] == 1.0 and result.metrics["negative_specificity"] == 0.0
    assert json.dumps(result.per_language["en"])
