"""The tag cache: only new or changed items are re-tagged; results land in `feedback_tags`."""

from __future__ import annotations

import json
from datetime import datetime

from tools.models import ReturnRequest, ReturnType, Review
from tools.store import Store
from tools.tagging.cache import tag_store

_WHEN = datetime(2026, 11, 1, 12, 0)


def _review(review_id: str, text: str, rating: int) -> Review:
    return Review(review_id=review_id, product_id="p1", buyer_id="b1", rating=rating, review_text=text, create_time=_WHEN)


def _return(return_id: str, reason: str, text: str = "") -> ReturnRequest:
    return ReturnRequest(return_id=return_id, product_id="p1", buyer_id="b1", return_type=ReturnType.REFUND,
                         return_reason=reason, return_reason_text=text, create_time=_WHEN)


def _seed(store: Store) -> None:
    store.upsert("reviews", [
        _review("r1", "arrived late but works", 4),
        _review("r2", "great, thanks!", 5),
        _review("r3", "great, thanks!", 5),
        _review("r4", "", 1),
    ])
    store.upsert("returns", [_return("x1", "DAMAGED", "the bottle leaked"), _return("x2", "CHANGED_MIND")])


def _cached(store: Store) -> dict[tuple[str, str], tuple[bool, list[str], dict[str, list[str]], str]]:
    rows = store.query("SELECT item_kind, item_id, negative, tags, evidence, language FROM feedback_tags")
    return {(kind, item): (negative, list(tags), json.loads(evidence), language)
            for kind, item, negative, tags, evidence, language in rows}


def test_tag_store_tags_reviews_and_returns(store: Store) -> None:
    _seed(store)
    stats = tag_store(store)
    assert (stats.items_seen, stats.items_tagged, stats.items_cached) == (6, 6, 0)
    cached = _cached(store)
    assert cached[("review", "r1")][:2] == (True, ["logistics_delay"])
    assert cached[("review", "r1")][2] == {"logistics_delay": ["arrived late"]}
    assert cached[("review", "r2")][:2] == (False, [])
    assert cached[("review", "r4")][:2] == (True, [])  # 1 star, no text
    assert cached[("return", "x1")][1] == ["damaged_or_missing"]
    assert "return reason: DAMAGED" in cached[("return", "x1")][2]["damaged_or_missing"]
    assert cached[("return", "x2")][:2] == (False, [])


def test_second_run_touches_nothing_and_a_changed_text_is_retagged_alone(store: Store) -> None:
    _seed(store)
    tag_store(store)
    again = tag_store(store)
    assert (again.items_tagged, again.items_cached) == (0, 6)

    store.upsert("reviews", [_review("r2", "great, but the box was crushed", 5)])
    changed = tag_store(store)
    assert (changed.items_tagged, changed.items_cached) == (1, 5)
    assert _cached(store)[("review", "r2")][1] == ["damaged_or_missing"]


def test_a_rating_change_across_the_negative_line_is_retagged(store: Store) -> None:
    _seed(store)
    tag_store(store)
    store.upsert("reviews", [_review("r3", "great, thanks!", 2)])
    stats = tag_store(store)
    assert stats.items_tagged == 1
    assert _cached(store)[("review", "r3")][0] is True


def test_new_items_only_are_tagged_and_deleted_items_leave_the_cache(store: Store) -> None:
    _seed(store)
    tag_store(store)
    store.upsert("reviews", [_review(f"n{i}", f"order {i}: fake product", 1) for i in range(20)])
    stats = tag_store(store)
    assert (stats.items_tagged, stats.items_cached) == (20, 6)
    store.con.execute("DELETE FROM reviews WHERE review_id LIKE 'n%'")
    tag_store(store)
    assert store.query("SELECT count(*) FROM feedback_tags")[0][0] == 6


def test_progress_is_reported(store: Store) -> None:
    _seed(store)
    seen: list[tuple[str, float]] = []
    tag_store(store, progress=lambda stage, fraction: seen.append((stage, fraction)))
    assert seen and all(0.0 <= fraction <= 1.0 for _, fraction in seen)
    assert seen[-1][1] == 1.0


def test_worker_pool_gives_the_same_results_as_one_process(store: Store, monkeypatch) -> None:
    import tools.tagging.cache as cache

    _seed(store)
    tag_store(store)
    serial = _cached(store)
    store.con.execute("DELETE FROM feedback_tags")
    monkeypatch.setattr(cache, "_PARALLEL_MIN_TEXTS", 1)
    monkeypatch.setattr(cache, "_CHUNK", 2)
    stats = tag_store(store)
    assert stats.items_tagged == 6
    assert _cached(store) == serial
