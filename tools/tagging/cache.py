"""The tag cache: `feedback_tags` in the store's DuckDB, keyed by item, text hash and tagger version.

`tag_store` tags only what is new or changed since the last run: the hash of each item's text and
of the signal that can change its verdict (rating bucket, return reason, language hint) is computed
in SQL and compared with the cache there, so Python only ever sees the items that need tagging.
Identical texts with the same signal (common: "good", "ok", "👍") are tagged once per batch.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict

from tools.store import Store
from tools.tagging.language import SUPPORTED_LANGUAGES
from tools.tagging.refinements import Refinement, RefinementRequest, latest_refinements, text_hash
from tools.tagging.version import tagger_version

ProgressCallback = Callable[[str, float], None]

FEEDBACK_TAGS_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback_tags (
  item_kind VARCHAR NOT NULL, item_id VARCHAR NOT NULL, text_hash VARCHAR NOT NULL, tagger_version VARCHAR NOT NULL,
  negative BOOLEAN NOT NULL, tags VARCHAR[] NOT NULL, evidence JSON NOT NULL, language VARCHAR NOT NULL,
  PRIMARY KEY (item_kind, item_id));
"""

# Each source: (item kind, table, id column, text column, SQL for the verdict-changing signal).
# A review's verdict depends on its rating only through the buckets 1–2 / 3 / 4–5.
_SOURCES = (
    ("review", "reviews", "review_id", "review_text",
     "'r' || CASE WHEN rating <= 2 THEN 'low' WHEN rating = 3 THEN 'mid' ELSE 'high' END || '|' || coalesce(language, '')"),
    ("return", "returns", "return_id", "return_reason_text", "'x' || upper(return_reason)"),
)
_BATCH = 100_000
# Below this many distinct texts a worker pool costs more than it saves.
_PARALLEL_MIN_TEXTS = 20_000
_CHUNK = 5_000
_SCORE_BATCH = 1_000  # texts scored by the model in one matrix operation

TagResult = tuple[bool, str, str, str]  # negative, tag ids joined by ",", evidence JSON, language


class TaggingStats(BaseModel):
    """What one `tag_store` run did."""

    model_config = ConfigDict(extra="forbid")

    items_seen: int
    items_tagged: int
    items_cached: int
    elapsed_s: float


def ensure_tag_table(store: Store) -> None:
    with store.transaction() as con:
        con.execute(FEEDBACK_TAGS_SCHEMA)


def _signal_to_arguments(signal: str) -> tuple[int | None, str | None, str | None]:
    """Turn the SQL signal back into tagger arguments (rating representative, reason, language)."""
    if signal.startswith("x"):
        return None, signal[1:], None
    bucket, _, language = signal[1:].partition("|")
    rating = {"low": 1, "mid": 3, "high": 5}[bucket]
    return rating, None, (language if language in SUPPORTED_LANGUAGES else None)


_TAGGING = threading.Lock()


def tag_store(store: Store, *, progress: ProgressCallback | None = None) -> TaggingStats:
    """Tag every review and return whose text, signal or tagger version changed since last run. One run at a time:
    the app's tabs load together, and two first runs on a fresh store both created the cache table (a write-write
    conflict); the second now finds nothing to do."""
    with _TAGGING:
        return _tag_store(store, progress=progress)


def _tag_store(store: Store, *, progress: ProgressCallback | None = None) -> TaggingStats:
    started = time.perf_counter()
    ensure_tag_table(store)
    seen = tagged = 0
    for kind, table, id_column, text_column, signal_sql in _SOURCES:
        seen += store.count(table)
        # Stale items go to a temporary table first and are read back a batch at a time, so a
        # million texts never sit in Python memory at once.
        store.con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE _stale_feedback AS
            WITH items AS (
              SELECT {id_column} AS item_id, {text_column} AS text, {signal_sql} AS signal,
                     md5({signal_sql} || chr(31) || {text_column}) AS text_hash
              FROM {table})
            SELECT i.item_id, i.text, i.signal, i.text_hash FROM items i
            LEFT JOIN feedback_tags f
              ON f.item_kind = ? AND f.item_id = i.item_id AND f.text_hash = i.text_hash AND f.tagger_version = ?
            WHERE f.item_id IS NULL
            """,
            [kind, tagger_version()],
        )
        stale_count = store.query("SELECT count(*) FROM _stale_feedback")[0][0]
        done = 0
        for offset in range(0, stale_count, _BATCH):
            batch = store.query(
                "SELECT item_id, text, signal, text_hash FROM _stale_feedback WHERE rowid >= ? AND rowid < ?",
                [offset, offset + _BATCH],
            )
            _write(store, kind, batch, _tag_unique(batch, _refinements_for(store, batch)))
            tagged += len(batch)
            done += len(batch)
            if progress is not None:
                progress(f"tagging {kind}s", min(1.0, done / max(1, stale_count)))
        store.con.execute("DROP TABLE IF EXISTS _stale_feedback")
        # Items deleted from the source (a regenerated demo, a replaced import) leave the cache too.
        with store.transaction() as con:
            con.execute(
                f"DELETE FROM feedback_tags WHERE item_kind = ? AND item_id NOT IN (SELECT {id_column} FROM {table})",
                [kind],
            )
    return TaggingStats(
        items_seen=seen, items_tagged=tagged, items_cached=seen - tagged, elapsed_s=round(time.perf_counter() - started, 3)
    )


def _refinements_for(store: Store, batch: list[tuple[Any, ...]]) -> dict[str, Refinement]:
    """Accepted model verdicts (optional pass) for the texts of a batch, by text hash."""
    if not store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'tag_refinements'")[0][0]:
        return {}
    hashes = sorted({text_hash(row[1]) for row in batch if row[1]})
    return latest_refinements(store, hashes)


def _tag_chunk(items: list[tuple[str, str, Refinement | None]]) -> list[TagResult]:
    """Tag (text, signal, refinement) triples; a top-level function so pool workers can run it."""
    from tools.tagging.tagger import TagItem, tag_many  # the model and numpy, only when something needs tagging

    batch = []
    for text, signal, refinement in items:
        rating, reason, language = _signal_to_arguments(signal)
        batch.append(TagItem(text=text or "", rating=rating, return_reason=reason, language=language, refinement=refinement))
    results: list[TagResult] = []
    for start in range(0, len(batch), _SCORE_BATCH):
        for negative, tags, evidence, detected in tag_many(batch[start : start + _SCORE_BATCH]):
            evidence_json = json.dumps(evidence, ensure_ascii=False) if evidence else "{}"
            # Tags travel as one comma-joined string: plain strings load into DuckDB far faster than lists.
            results.append((negative, ",".join(tag.value for tag in tags), evidence_json, detected))
    return results


def _worker_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _tag_unique(batch: list[tuple[Any, ...]], refinements: dict[str, Refinement]) -> dict[str, TagResult]:
    unique: dict[str, tuple[str, str, Refinement | None]] = {}
    for _, text, signal, signal_hash in batch:
        if signal_hash not in unique:
            unique[signal_hash] = (text, signal, refinements.get(text_hash(text)) if refinements and text else None)
    hashes = list(unique)
    items = [unique[signal_hash] for signal_hash in hashes]
    workers = _worker_count()
    if len(items) >= _PARALLEL_MIN_TEXTS and workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        chunks = [items[start : start + _CHUNK] for start in range(0, len(items), _CHUNK)]
        try:
            # fork: workers inherit the compiled lexicons; they never touch the database.
            with multiprocessing.get_context("fork").Pool(processes=workers) as pool:
                results = [result for chunk in pool.map(_tag_chunk, chunks) for result in chunk]
        except (OSError, AssertionError):  # no process slots, or already inside a daemon worker
            results = _tag_chunk(items)
    else:
        results = _tag_chunk(items)
    return dict(zip(hashes, results, strict=True))


def uncertain_items(store: Store, *, limit: int) -> list[tuple[str, str, RefinementRequest]]:
    """Up to `limit` (kind, id, request) for feedback the offline tagger is unsure about, newest first.

    Reads the texts (not the cache): this is the optional model pass's slow path, never run by default.
    """
    from tools.tagging.tagger import refinement_request

    found: list[tuple[str, str, RefinementRequest]] = []
    requests: dict[str, RefinementRequest | None] = {}
    for kind, table, id_column, text_column, _ in _SOURCES:
        rows = store.query(
            f"SELECT {id_column}, {text_column}, {'language' if kind == 'review' else 'NULL'} FROM {table} "
            f"WHERE {text_column} IS NOT NULL AND length(trim({text_column})) > 0 ORDER BY create_time DESC"
        )
        for item_id, text, language in rows:
            if len(found) >= limit:
                return found
            key = text_hash(text)
            if key not in requests:
                requests[key] = refinement_request(text, language=language if language in SUPPORTED_LANGUAGES else None)
            request = requests[key]
            if request is not None:
                found.append((kind, item_id, request))
    return found


def forget_items(store: Store, kind: str, item_ids: list[str]) -> None:
    """Drop cached tags of some items, so the next `tag_store` tags them again."""
    if item_ids:
        with store.transaction() as con:
            con.execute("DELETE FROM feedback_tags WHERE item_kind = ? AND item_id IN (SELECT unnest(?::VARCHAR[]))", [kind, item_ids])


def _write(store: Store, kind: str, batch: list[tuple[Any, ...]], results: dict[str, TagResult]) -> None:
    import pandas as pd  # lazily, as in Store.upsert_columns

    frame = pd.DataFrame(
        {
            "item_kind": [kind] * len(batch),
            "item_id": [row[0] for row in batch],
            "text_hash": [row[3] for row in batch],
            "tagger_version": [tagger_version()] * len(batch),
            "negative": [results[row[3]][0] for row in batch],
            "tags": [results[row[3]][1] for row in batch],
            "evidence": [results[row[3]][2] for row in batch],
            "language": [results[row[3]][3] for row in batch],
        }
    )
    with store.transaction() as con:
        con.register("_feedback_tags_incoming", frame)
        try:
            con.execute(
                "INSERT OR REPLACE INTO feedback_tags SELECT item_kind, item_id, text_hash, tagger_version, negative, "
                "CASE WHEN tags = '' THEN []::VARCHAR[] ELSE string_split(tags, ',') END, evidence, language "
                "FROM _feedback_tags_incoming"
            )
        finally:
            con.unregister("_feedback_tags_incoming")
