"""The knowledge base: content files, hash-gated index, filtered search, persistence, CLI."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from tools.demo.stories import CATEGORIES
from tools.errors import DataError
from tools.settings import Settings
from tools.text_vectors import TextEmbedder, build_embedder
from vectorstore.content import (
    CATEGORY_SLUGS,
    VIDEO_PLAYBOOK_IDS,
    VOC_ISSUE_IDS,
    default_content_dir,
    load_entries,
    normalise_category,
    parse_entry,
)
from vectorstore.embeddings import CHROMA_EMBEDDING_FUNCTION_NAME
from vectorstore.index import KnowledgeBase, build_knowledge_base


class HashingEmbedder:
    """Deterministic fake: hashed word and character-trigram counts, L2-normalised. Fast, no model."""

    name = "test-hashing-256"
    dimensions = 256

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._one(t) for t in texts]

    def _one(self, text: str) -> list[float]:
        vector = [0.0] * self.dimensions
        lowered = text.lower()
        features = re.findall(r"\w+", lowered) + [lowered[i:i + 3] for i in range(max(len(lowered) - 2, 0))]
        for feature in features:
            digest = hashlib.blake2b(feature.encode(), digest_size=4).digest()
            vector[int.from_bytes(digest, "big") % self.dimensions] += 1.0
        norm = sum(x * x for x in vector) ** 0.5 or 1.0
        return [x / norm for x in vector]


@pytest.fixture
def fake_kb(settings: Settings) -> KnowledgeBase:
    return build_knowledge_base(settings, embedder=HashingEmbedder())


@pytest.fixture(scope="module")
def real_embedder() -> TextEmbedder:
    return build_embedder()


@pytest.fixture(scope="module")
def real_settings(tmp_path_factory: pytest.TempPathFactory, real_embedder: TextEmbedder) -> Settings:
    """A data dir whose index was built once with the real embedder (shared: embedding takes a second)."""
    from tools.settings import load_settings

    settings = load_settings(data_dir=tmp_path_factory.mktemp("kb-real"), _env_file=None)
    build_knowledge_base(settings, embedder=real_embedder).rebuild()
    return settings


# --- content ----------------------------------------------------------------------------------
def test_content_files_are_valid_and_complete() -> None:
    entries = load_entries()  # validates front matter, sections and unique ids
    playbook = {e.id: e for e in entries if e.collection == "playbook"}
    help_entries = [e for e in entries if e.collection == "help"]
    assert len(playbook) >= 54
    assert len(help_entries) >= 10
    assert all(e.id.startswith("help-") for e in help_entries)
    assert len({e.id for e in entries}) == len(entries)

    category_by_slug = {slug: name for slug, name in CATEGORY_SLUGS.items()}
    assert set(category_by_slug.values()) == set(CATEGORIES)
    for slug, category in category_by_slug.items():
        for issue in VOC_ISSUE_IDS:
            entry = playbook.get(f"pb-{slug}-{issue}")
            assert entry is not None, f"missing playbook entry pb-{slug}-{issue}"
            assert entry.category == category
            assert issue in entry.tags
    for video_id in VIDEO_PLAYBOOK_IDS:
        assert video_id in playbook, video_id
        assert playbook[video_id].category == "all"
        assert f"video_{video_id.removeprefix('pb-video-')}" in playbook[video_id].tags
    assert set(VIDEO_PLAYBOOK_IDS) == {
        "pb-video-hook", "pb-video-ctr", "pb-video-conversion",
        "pb-video-engagement", "pb-video-threshold", "pb-video-violation",
    }


def test_playbook_entries_read_like_coaching_notes() -> None:
    for entry in load_entries():
        if entry.collection != "playbook":
            continue
        words = len(entry.body.split())
        assert 100 <= words <= 300, f"{entry.id}: {words} words"
        actions = entry.section("Seller actions")
        assert re.search(r"^1\. ", actions, re.MULTILINE), f"{entry.id}: actions must be numbered"
        assert entry.language == "en"


def test_parse_entry_names_the_file_and_the_problem() -> None:
    with pytest.raises(DataError, match="x.md: missing YAML front matter"):
        parse_entry("no front matter here", source="x.md")
    bad_category = "---\nid: pb-x\ntitle: Title\ncollection: playbook\ncategory: Toys\ntags: [size_fit]\n---\n" + "## Issue\nbody text long enough\n"
    with pytest.raises(DataError, match="category"):
        parse_entry(bad_category, source="y.md")
    no_sections = "---\nid: pb-x\ntitle: Title\ncollection: playbook\ncategory: all\ntags: [size_fit]\n---\nJust a paragraph, no sections at all.\n"
    with pytest.raises(DataError, match="lacks sections"):
        parse_entry(no_sections, source="z.md")
    extra_field = "---\nid: help-x\ntitle: Title\ncollection: help\ncategory: all\ntags: [a]\nauthor: me\n---\nSome help text that is long enough.\n"
    with pytest.raises(DataError, match="author"):
        parse_entry(extra_field, source="w.md")


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    content = _copy_content(tmp_path)
    source = content / "help" / "help-voc-levels.md"
    shutil.copy(source, content / "help" / "help-voc-levels-copy.md")
    with pytest.raises(DataError, match="already used"):
        load_entries(content)


def test_category_slugs_and_unknown_category() -> None:
    assert normalise_category("fashion") == "Fashion & Sports"
    assert normalise_category("home & kitchen") == "Home & Kitchen"
    assert normalise_category(None) is None
    with pytest.raises(DataError, match="unknown category"):
        normalise_category("toys")


# --- index --------------------------------------------------------------------------------------
def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(default_content_dir(), target)
    return target


def test_index_builds_itself_on_first_search(fake_kb: KnowledgeBase, settings: Settings) -> None:
    assert not settings.chroma_path.exists()  # building the object does no I/O
    hits = fake_kb.search("size chart runs small", k=3)
    assert len(hits) == 3
    assert settings.chroma_path.exists()
    assert all(h.collection == "playbook" for h in hits)
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_rebuild_only_when_content_changes(settings: Settings, tmp_path: Path) -> None:
    content = _copy_content(tmp_path)
    embedder = HashingEmbedder()

    first = build_knowledge_base(settings, embedder=embedder, content_dir=content).rebuild()
    assert [c.rebuilt for c in first.collections] == [True, True]

    unchanged = build_knowledge_base(settings, embedder=embedder, content_dir=content).rebuild()
    assert [c.rebuilt for c in unchanged.collections] == [False, False]
    assert unchanged.collections[0].content_hash == first.collections[0].content_hash

    entry_file = content / "playbook" / "pb-home-logistics_delay.md"
    entry_file.write_text(entry_file.read_text(encoding="utf-8").replace("Kitchen orders delayed", "Kitchen parcels delayed"), encoding="utf-8")
    (content / "playbook" / "pb-home-wrong_item.md").unlink()
    kb = build_knowledge_base(settings, embedder=embedder, content_dir=content)
    changed = kb.rebuild()
    assert {c.collection: c.rebuilt for c in changed.collections} == {"playbook": True, "help": False}
    assert changed.collections[0].entries == 53
    assert kb.get("pb-home-logistics_delay").title.startswith("Kitchen parcels delayed")  # type: ignore[union-attr]
    # The removed entry is pruned from the index, not only from the files.
    assert all(h.id != "pb-home-wrong_item" for h in kb.search("wrong size sent", category="home", k=20))

    forced = build_knowledge_base(settings, embedder=embedder, content_dir=content).rebuild(force=True)
    assert [c.rebuilt for c in forced.collections] == [True, True]


def test_switching_embedder_reembeds(settings: Settings) -> None:
    class OtherHashing(HashingEmbedder):
        name = "test-hashing-64"
        dimensions = 64

    build_knowledge_base(settings, embedder=HashingEmbedder()).rebuild()
    report = build_knowledge_base(settings, embedder=OtherHashing()).rebuild()
    assert report.rebuilt
    assert build_knowledge_base(settings, embedder=OtherHashing()).search("late delivery", k=1)


# --- search -------------------------------------------------------------------------------------
def test_category_filter_includes_entries_for_all_categories(fake_kb: KnowledgeBase) -> None:
    hits = fake_kb.search("video finish rate hook", category="Beauty & Perfume", k=20)
    categories = {h.category for h in hits}
    assert categories <= {"Beauty & Perfume", "all"}
    assert {"Beauty & Perfume", "all"} <= categories
    assert all(h.category == "Phones & Electronics" for h in fake_kb.search("charger", category="electronics", k=5))


def test_tag_filter_any_of(fake_kb: KnowledgeBase) -> None:
    hits = fake_kb.search("problem", tags=["size_fit"], k=10)
    assert {h.id for h in hits} == {f"pb-{slug}-size_fit" for slug in CATEGORY_SLUGS}
    either = fake_kb.search("problem", tags=["video_hook", "video_ctr"], k=10)
    assert {h.id for h in either} == {"pb-video-hook", "pb-video-ctr"}
    both_filters = fake_kb.search("colour", category="fashion", tags=["not_as_described"], k=5)
    assert [h.id for h in both_filters] == ["pb-fashion-not_as_described"]
    assert fake_kb.search("anything", tags=["no_such_tag"], k=3) == []


def test_help_collection_and_lookups(fake_kb: KnowledgeBase) -> None:
    hits = fake_kb.search("report window 30 days", collection="help", k=3)
    assert hits and all(h.id.startswith("help-") for h in hits)
    entry = fake_kb.get("help-report-eligibility")
    assert entry is not None and "30 calendar days" in entry.body
    assert fake_kb.get("pb-nope") is None
    assert len(fake_kb.entries("help")) >= 10
    assert len(fake_kb.entries("playbook")) >= 54


def test_hit_carries_text_and_metadata(fake_kb: KnowledgeBase) -> None:
    (hit,) = fake_kb.search("empty perfume bottle", tags=["damaged_or_missing"], category="beauty", k=1)
    assert hit.id == "pb-beauty-damaged_or_missing"
    assert hit.category == "Beauty & Perfume"
    assert "damaged_or_missing" in hit.tags
    assert "## Seller actions" in hit.text
    assert -1.0 <= hit.score <= 1.0


# --- the real embedder (local, shipped with the package) ---------------------------------------
@pytest.mark.parametrize("query", ["裙子的颜色和图片不一样", "warna bajunya beda dengan foto", "the colour looks different from the photos"])
def test_multilingual_colour_mismatch_finds_not_as_described(real_settings: Settings, real_embedder: TextEmbedder, query: str) -> None:
    kb = build_knowledge_base(real_settings, embedder=real_embedder)
    top3 = kb.search(query, k=3)
    assert "not_as_described" in top3[0].tags, [h.id for h in top3]
    assert "pb-fashion-not_as_described" in [h.id for h in top3]


def test_real_embedder_shape_and_normalisation(real_embedder: TextEmbedder) -> None:
    vectors = real_embedder.embed(["hello", "你好"])
    assert len(vectors) == 2 and len(vectors[0]) == real_embedder.dimensions
    assert abs(sum(x * x for x in vectors[0]) - 1.0) < 1e-3
    assert real_embedder.embed([]) == []


def test_persisted_collection_reopens_in_a_new_client(real_settings: Settings, real_embedder: TextEmbedder) -> None:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = real_settings
    # A fresh client that is given no embedding function: Chroma rebuilds ours from the stored config.
    client = chromadb.PersistentClient(path=str(settings.chroma_path), settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_collection("playbook")
    assert collection.configuration_json["embedding_function"]["name"] == CHROMA_EMBEDDING_FUNCTION_NAME
    result = collection.query(query_texts=["perfume bottle arrived empty"], n_results=1)
    assert result["ids"][0] == ["pb-beauty-damaged_or_missing"]

    again = build_knowledge_base(settings, embedder=real_embedder)
    assert not again.rebuild().rebuilt


# --- CLI ----------------------------------------------------------------------------------------
def test_cli_search_show_rebuild(real_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from ui.cli import build_cli

    monkeypatch.setenv("SELLER_COPILOT_DATA_DIR", str(real_settings.data_dir))
    runner = CliRunner()
    app = build_cli()

    result = runner.invoke(app, ["kb", "search", "paket datang terlambat", "--category", "home", "--tag", "logistics_delay", "--json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert [h["id"] for h in hits] == ["pb-home-logistics_delay"]

    result = runner.invoke(app, ["kb", "show", "pb-video-hook", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["tags"][0] == "video_hook"

    result = runner.invoke(app, ["kb", "rebuild", "--if-changed", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["collections"][0]["rebuilt"] is False
