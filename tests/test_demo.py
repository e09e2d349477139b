"""The demo generator: determinism, referential integrity, languages and texts. The planted
stories are checked in `test_demo_stories.py`."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import DEMO_END_DATE, DEMO_SEED
from tools.demo import DemoSummary, generate_demo
from tools.demo.texts import BANKS, ISSUE_TAGS, MALICIOUS_CATEGORIES
from tools.models import TABLES
from tools.store import Store


def table_hashes(store: Store) -> dict[str, str]:
    hashes = {}
    for kind, (_, key) in TABLES.items():
        rows = store.query(f"SELECT * FROM {kind} ORDER BY {', '.join(key)}")
        hashes[kind] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return hashes


def test_same_seed_same_rows_and_a_rerun_replaces(demo_store: Store, store: Store) -> None:
    generate_demo(store, seed=DEMO_SEED, scale="small", end_date=date(2026, 1, 1))  # something to replace
    summary = generate_demo(store, seed=DEMO_SEED, scale="small", end_date=DEMO_END_DATE)
    assert isinstance(summary, DemoSummary)
    assert table_hashes(store) == table_hashes(demo_store)
    assert summary.counts == demo_store.counts()


def test_regenerating_never_silently_deletes_imported_data(store: Store) -> None:
    from tools.errors import DataError
    from tools.models import Shop

    store.upsert("shops", [Shop(shop_id="MY-SHOP", name="My real shop", time_zone="Asia/Jakarta", currency="IDR")])
    with pytest.raises(DataError, match="imported data \\(MY-SHOP\\)"):
        generate_demo(store, seed=DEMO_SEED, scale="small", end_date=DEMO_END_DATE)
    assert [row[0] for row in store.query("SELECT shop_id FROM shops")] == ["MY-SHOP"]  # nothing was deleted
    generate_demo(store, seed=DEMO_SEED, scale="small", end_date=DEMO_END_DATE, replace_imported=True)
    assert "MY-SHOP" not in {row[0] for row in store.query("SELECT shop_id FROM shops")}


def test_another_seed_gives_other_rows(demo_store: Store, store: Store) -> None:
    generate_demo(store, seed=DEMO_SEED + 1, scale="small", end_date=DEMO_END_DATE)
    assert table_hashes(store)["reviews"] != table_hashes(demo_store)["reviews"]


def test_summary_and_meta(demo_store: Store) -> None:
    counts = demo_store.counts()
    assert counts["shops"] >= 5 and counts["products"] >= 50 and counts["orders"] >= 10_000
    assert counts["reviews"] >= 3_000 and counts["returns"] >= 800 and counts["videos"] >= 40
    assert counts["video_violations"] >= 1 and counts["chats"] >= 4 and counts["benchmarks"] == 0
    assert demo_store.get_meta("own_shop_id") == "SHOP-OURS"
    assert demo_store.get_meta("demo_end_date") == DEMO_END_DATE.isoformat()
    assert demo_store.get_meta("demo_seed") == str(DEMO_SEED)
    assert demo_store.get_meta("demo_scale") == "small"
    assert demo_store.get_meta("feedback_collection_start") == "2026-08-23"  # 90 days ending on the end date


def test_four_categories_pooled_over_several_shops(demo_store: Store) -> None:
    rows = demo_store.query("SELECT category, count(DISTINCT shop_id) FROM products GROUP BY category")
    assert len(rows) == 4 and all(shops >= 4 for _, shops in rows)
    assert demo_store.query("SELECT DISTINCT currency FROM products") == [("USD",)]


def test_every_review_and_return_matches_its_order(demo_store: Store) -> None:
    for table in ("reviews", "returns"):
        orphans = demo_store.query(f"""
            SELECT count(*) FROM {table} f LEFT JOIN orders o ON o.order_id = f.order_id
            WHERE o.order_id IS NULL OR o.product_id <> f.product_id OR o.buyer_id <> f.buyer_id
               OR f.create_time <= o.create_time""")
        assert orphans == [(0,)], table
    assert demo_store.query("SELECT count(*) FROM orders o LEFT JOIN products p USING (product_id) WHERE p.product_id IS NULL") == [(0,)]
    unknown_videos = demo_store.query("SELECT count(*) FROM video_stats s LEFT JOIN videos v USING (video_id) WHERE v.video_id IS NULL")
    assert unknown_videos == [(0,)]
    assert demo_store.query("SELECT count(*) FROM chats c LEFT JOIN orders o USING (order_id) WHERE o.order_id IS NULL") == [(0,)]


def test_nothing_after_the_end_and_all_within_90_days(demo_store: Store) -> None:
    # SHOP-OURS is UTC+8; other shops are UTC+7/+8, so the end of the last day is at most 17:00 UTC.
    for table, column in (("orders", "create_time"), ("reviews", "create_time"), ("returns", "create_time"),
                          ("videos", "video_post_time"), ("chats", "create_time")):
        first, last = demo_store.query(f"SELECT min({column}), max({column}) FROM {table}")[0]
        assert str(last) < "2026-11-20 17:00:00", table
        assert str(first) >= "2026-08-22 16:00:00", table
    delivered_late = demo_store.query("SELECT count(*) FROM orders WHERE delivered_time >= TIMESTAMP '2026-11-20 17:00:00'")
    assert delivered_late == [(0,)]


def test_ratings_follow_return_codes_and_buyer_side_reasons_exist(demo_store: Store) -> None:
    codes = {code for (code,) in demo_store.query("SELECT DISTINCT return_reason FROM returns")}
    assert {"CHANGED_MIND", "ORDERED_BY_MISTAKE", "BETTER_PRICE", "NOT_AS_DESCRIBED", "DAMAGED", "MISSING_ITEMS",
            "LATE_DELIVERY", "NOT_RECEIVED", "WRONG_ITEM", "COUNTERFEIT", "SIZE_ISSUE"} <= codes
    ratings = dict(demo_store.query("SELECT rating, count(*) FROM reviews GROUP BY rating"))
    assert set(ratings) == {1, 2, 3, 4, 5} and ratings[5] > ratings[1]


def test_languages_and_variety(demo_store: Store) -> None:
    by_language = dict(demo_store.query("SELECT language, count(DISTINCT review_text) FROM reviews GROUP BY language"))
    assert set(by_language) >= {"en", "zh", "id", "th", "vi", "pt"}
    assert by_language["en"] > 500 and by_language["zh"] > 200 and by_language["id"] > 200
    distinct_returns = demo_store.query("SELECT count(DISTINCT return_reason_text) FROM returns")[0][0]
    assert distinct_returns > 500
    chinese_returns = demo_store.query("SELECT count(*) FROM returns WHERE regexp_matches(return_reason_text, '[一-龥]')")[0][0]
    assert chinese_returns > 20


def _fragments(template: str) -> list[str]:
    """The placeholder-free pieces of a template worth searching for."""
    return [piece.strip(" ,.").lower() for piece in re.split(r"\{\w+\}", template) if len(piece.strip(" ,.")) >= 6]


@pytest.fixture(scope="module")
def all_texts(demo_db: Path) -> list[str]:
    with Store(demo_db / "seller.duckdb") as s:
        rows = s.query("SELECT review_text FROM reviews UNION ALL SELECT return_reason_text FROM returns")
    return [text.lower() for (text,) in rows]


@pytest.mark.parametrize("tag", ISSUE_TAGS)
def test_every_issue_tag_is_voiced_in_three_languages(tag: str, all_texts: list[str]) -> None:
    for language in ("en", "zh", "id"):
        fragments = [f for phrase in BANKS[language].ISSUES[tag] for f in _fragments(phrase)]
        assert any(f in text for text in all_texts for f in fragments), (tag, language)


@pytest.mark.parametrize("category", [c for c in MALICIOUS_CATEGORIES if c != "repeat_negative"])
def test_every_malicious_category_appears_in_generic_reviews(category: str, all_texts: list[str]) -> None:
    fragments = [f for bank in BANKS.values() for phrase in bank.MALICIOUS[category] for f in _fragments(phrase)]
    assert any(f in text for text in all_texts for f in fragments), category


def test_habitual_complainers_exist_in_other_shops(demo_store: Store) -> None:
    rows = demo_store.query("""
        SELECT r.buyer_id, count(*) FROM reviews r JOIN products p USING (product_id)
        WHERE r.rating = 1 AND p.shop_id <> 'SHOP-OURS' GROUP BY r.buyer_id HAVING count(*) >= 3""")
    assert rows


def test_mixed_signals_exist(demo_store: Store) -> None:
    mixed = demo_store.query("""
        SELECT count(*) FROM reviews WHERE rating IN (3, 4) AND language = 'en'
          AND (review_text ILIKE '% but %' OR review_text ILIKE '%however%')""")[0][0]
    assert mixed > 10
