"""Each planted story of the demo holds, checked with SQL on the small demo (end date pinned).

"Negative" here is the generator's own ground truth (1-2 stars or a seller-side return code); the
VoC engine also counts tagged texts, which only moves every rate a little."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import DEMO_END_DATE
from tools.clock import day_range_utc, day_start_utc
from tools.demo import stories
from tools.store import Store

ZONE = ZoneInfo(stories.OWN_SHOP_TIME_ZONE)
WINDOW_START, WINDOW_END = day_range_utc(DEMO_END_DATE - timedelta(days=29), DEMO_END_DATE, ZONE)
BUYER_SIDE = "('CHANGED_MIND', 'ORDERED_BY_MISTAKE', 'BETTER_PRICE')"
NEGATIVE_ORDERS = f"""
    SELECT order_id FROM reviews WHERE rating <= 2
    UNION SELECT order_id FROM returns WHERE return_reason NOT IN {BUYER_SIDE}"""


def window_facts(store: Store) -> dict[str, tuple[str, int, int, float]]:
    """product -> (category, orders in the 30-day window, negative orders among them, GMV)."""
    rows = store.query(f"""
        SELECT o.product_id, p.category, count(*), count(n.order_id), sum(o.gmv)
        FROM orders o JOIN products p USING (product_id) LEFT JOIN ({NEGATIVE_ORDERS}) n USING (order_id)
        WHERE o.create_time >= ? AND o.create_time < ? GROUP BY ALL""", [WINDOW_START, WINDOW_END])
    return {pid: (category, n, k, gmv) for pid, category, n, k, gmv in rows}


def benchmarks(facts: dict[str, tuple[str, int, int, float]]) -> dict[str, float]:
    totals: dict[str, list[int]] = {}
    for category, n, k, _ in facts.values():
        totals.setdefault(category, [0, 0])
        totals[category][0] += n
        totals[category][1] += k
    return {category: k / n for category, (n, k) in totals.items()}


def level(n: int, k: int, b: float) -> str:
    if n < 30:
        return "-"
    r, z = k / n, 1.96
    low = (r + z * z / (2 * n) - z * ((r * (1 - r) / n + z * z / (4 * n * n)) ** 0.5)) / (1 + z * z / n)
    if r >= 1.5 * b and low > b:
        return "At Risk"
    if r > 1.1 * b:
        return "Needs Attention"
    if r < 0.9 * b:
        return "Below Average"
    return "Market Average"


def test_our_shop_has_every_level(demo_store: Store) -> None:
    facts = window_facts(demo_store)
    bench = benchmarks(facts)
    ours = {pid for (pid,) in demo_store.query("SELECT product_id FROM products WHERE shop_id = ?", [stories.OWN_SHOP_ID])}
    levels = {level(n, k, bench[c]) for pid, (c, n, k, _) in facts.items() if pid in ours}
    assert levels >= {"At Risk", "Needs Attention", "Market Average", "Below Average", "-"}
    assert all(0.04 <= b <= 0.16 for b in bench.values()), bench


def test_volume_and_levels_of_planted_products(demo_store: Store) -> None:
    facts = window_facts(demo_store)
    bench = benchmarks(facts)
    for pid in stories.TINY_PRODUCTS:
        assert facts[pid][1] < 30, pid
    planted = (stories.COLOUR_MISMATCH_DRESS, stories.PERFUME_EMPTY_BOTTLES, stories.CHARGER_OVERCLAIM,
               stories.LOGISTICS_RISING, stories.HIGH_GMV_AT_RISK, stories.HEALTHY_BESTSELLER)
    for pid in planted:
        assert facts[pid][1] >= 30, pid
    category, n, k, gmv = facts[stories.HIGH_GMV_AT_RISK]
    assert gmv >= 10_000 and n >= 100 and k / n >= 2 * bench[category]
    assert level(n, k, bench[category]) == "At Risk"
    category, n, k, _ = facts[stories.HEALTHY_BESTSELLER]
    assert n >= 150 and level(n, k, bench[category]) == "Below Average"
    category, n, k, _ = facts[stories.COLOUR_MISMATCH_DRESS]
    assert level(n, k, bench[category]) == "At Risk"


COLOUR_WORDS = ("colour", "color", "photo", "picture", "blue", "navy", "purple", "described", "图片", "颜色", "蓝", "紫",
                "描述", "foto", "warna", "gambar", "biru", "deskripsi", "hình", "màu", "mô tả", "ตรงปก", "สี", "cor", "descrição")


def test_dress_negative_feedback_is_mostly_not_as_described(demo_store: Store) -> None:
    texts = demo_store.query(f"""
        SELECT lower(review_text) FROM reviews WHERE product_id = ? AND rating <= 2 AND review_id NOT LIKE 'R-%-%'
        UNION ALL SELECT lower(return_reason_text) FROM returns WHERE product_id = ? AND return_reason NOT IN {BUYER_SIDE}
          AND return_reason_text <> ''""", [stories.COLOUR_MISMATCH_DRESS] * 2)
    colour = sum(any(word in text for word in COLOUR_WORDS) for (text,) in texts)
    assert len(texts) >= 30 and colour / len(texts) > 0.5


def test_perfume_bottles_empty_missing_and_weak(demo_store: Store) -> None:
    pid = stories.PERFUME_EMPTY_BOTTLES
    codes = dict(demo_store.query(f"SELECT return_reason, count(*) FROM returns WHERE product_id = ? "
                                  f"AND return_reason NOT IN {BUYER_SIDE} GROUP BY 1", [pid]))
    assert codes.get("DAMAGED", 0) + codes.get("MISSING_ITEMS", 0) >= 0.3 * sum(codes.values())
    assert codes.get("MISSING_ITEMS", 0) >= 1
    texts = " ".join(t.lower() for (t,) in demo_store.query(
        "SELECT review_text FROM reviews WHERE product_id = ? UNION ALL SELECT return_reason_text FROM returns WHERE product_id = ?", [pid, pid]))
    assert "empty" in texts or "空" in texts or "kosong" in texts
    assert any(word in texts for word in ("fades", "last", "longevity", "留香", "持久", "tahan lama", "hilang"))


def test_charger_and_its_overclaiming_video(demo_store: Store) -> None:
    video = demo_store.query("SELECT account_type, product_ids, video_post_time FROM videos WHERE video_id = ?",
                             [stories.CHARGER_OVERCLAIM_VIDEO])
    assert video and video[0][0] == "AFFILIATE" and video[0][1] == [stories.CHARGER_OVERCLAIM]
    texts = " ".join(t.lower() for (t,) in demo_store.query(
        "SELECT review_text FROM reviews WHERE product_id = ? AND rating <= 3", [stories.CHARGER_OVERCLAIM]))
    assert any(w in texts for w in ("video", "视频", "promo", "ad promised", "iklan", "宣传"))
    assert any(w in texts for w in ("slow", "慢", "lambat", "lama"))


def test_logistics_complaints_rise_in_the_last_days(demo_store: Store) -> None:
    pid = stories.LOGISTICS_RISING
    generic = demo_store.query("SELECT count(*) FROM returns WHERE product_id = ? AND return_id NOT LIKE 'RT-L%' "
                               "AND return_reason IN ('LATE_DELIVERY', 'NOT_RECEIVED')", [pid])
    assert generic == [(0,)]
    last_week_start = day_start_utc(DEMO_END_DATE - timedelta(days=6), ZONE)
    week_before_start = day_start_utc(DEMO_END_DATE - timedelta(days=13), ZONE)
    times = [t for (t,) in demo_store.query(
        "SELECT create_time FROM reviews WHERE review_id LIKE 'R-L%' UNION ALL "
        "SELECT create_time FROM returns WHERE return_id LIKE 'RT-L%'")]
    last_week = sum(last_week_start <= t < WINDOW_END for t in times)
    week_before = sum(week_before_start <= t < last_week_start for t in times)
    assert last_week >= 8 and week_before <= 2 and last_week >= 2 * week_before
    assert all(t >= day_start_utc(DEMO_END_DATE - timedelta(days=13), ZONE) for t in times)


def _window(store: Store, video_id: str) -> tuple[datetime, int, int, float, int]:
    """(post time, views, finished views, GMV, stat days) over the video's 7-day window."""
    row = store.query("""
        SELECT v.video_post_time, coalesce(sum(s.views), 0), coalesce(sum(s.finished_views), 0), coalesce(sum(s.gmv), 0),
               count(s.date)
        FROM videos v LEFT JOIN video_stats s ON s.video_id = v.video_id
          AND s.date >= CAST(v.video_post_time + INTERVAL 8 HOUR AS DATE)
          AND s.date < CAST(v.video_post_time + INTERVAL 8 HOUR AS DATE) + 7
        WHERE v.video_id = ? GROUP BY v.video_post_time""", [video_id])
    return row[0]


def _category_medians(store: Store, category: str) -> tuple[float, float]:
    """Median finish rate and GPM over the category's shoppable videos with at least 500 window views."""
    ids = [v for (v,) in store.query("SELECT video_id FROM videos WHERE category = ? AND len(product_ids) > 0", [category])]
    finish, gpm = [], []
    for video_id in ids:
        _, views, finished, gmv, _ = _window(store, video_id)
        if views >= 500:
            finish.append(finished / views)
            gpm.append(gmv / views * 1000)
    finish.sort()
    gpm.sort()
    return finish[len(finish) // 2], gpm[len(gpm) // 2]


def test_planted_videos(demo_store: Store) -> None:
    end_utc = day_start_utc(DEMO_END_DATE + timedelta(days=1), ZONE)
    for video_id in (stories.CHARGER_OVERCLAIM_VIDEO, stories.VIOLATION_VIDEO, stories.UNDER_THRESHOLD_VIDEO,
                     stories.NOT_SHOPPABLE_VIDEO, stories.WEAK_HOOK_VIDEO, stories.GOOD_VIDEO):
        post, _, _, _, days = _window(demo_store, video_id)
        assert post + timedelta(days=7) <= end_utc and post >= end_utc - timedelta(days=90), video_id
        assert days == 7, video_id
    post, *_ = _window(demo_store, stories.IN_EVALUATION_VIDEO)
    assert (post + timedelta(hours=8)).date() == DEMO_END_DATE - timedelta(days=3)

    post, *_ = _window(demo_store, stories.VIOLATION_VIDEO)
    violations = demo_store.query("SELECT create_time FROM video_violations WHERE video_id = ?", [stories.VIOLATION_VIDEO])
    assert violations and post <= violations[0][0] < post + timedelta(days=7)
    assert _window(demo_store, stories.UNDER_THRESHOLD_VIDEO)[1] < 500
    assert demo_store.query("SELECT product_ids FROM videos WHERE video_id = ?", [stories.NOT_SHOPPABLE_VIDEO]) == [([],)]

    median_finish, median_gpm = _category_medians(demo_store, stories.FASHION)
    _, views, finished, gmv, _ = _window(demo_store, stories.WEAK_HOOK_VIDEO)
    assert views >= 10_000 and finished / views < 0.5 * median_finish and gmv / views * 1000 < median_gpm
    _, views, finished, gmv, _ = _window(demo_store, stories.GOOD_VIDEO)
    assert views >= 500 and gmv / views * 1000 > 2 * median_gpm
    assert demo_store.query("SELECT count(DISTINCT video_id) FROM video_stats")[0][0] >= 40


PLANTED_REVIEWS = (*stories.REPEAT_NEGATIVE_REVIEWS, stories.COERCIVE_REVIEW, stories.WHATSAPP_REVIEW, stories.COMPETITOR_REVIEW,
                   stories.WRONG_PRODUCT_REVIEW, stories.INVALID_REVIEW, stories.GENUINE_ANGRY_REVIEW,
                   stories.OLD_MALICIOUS_REVIEW, stories.INJECTION_REVIEW)


@pytest.mark.parametrize("review_id", PLANTED_REVIEWS)
def test_planted_review_is_a_bad_review_of_ours_with_a_real_order(demo_store: Store, review_id: str) -> None:
    row = demo_store.query("""
        SELECT r.rating, p.shop_id, r.create_time, o.create_time FROM reviews r
        JOIN products p USING (product_id)
        JOIN orders o ON o.order_id = r.order_id AND o.product_id = r.product_id AND o.buyer_id = r.buyer_id
        WHERE r.review_id = ?""", [review_id])
    assert row, review_id
    rating, shop, created, ordered = row[0]
    assert rating <= 2 and shop == stories.OWN_SHOP_ID and ordered < created < WINDOW_END
    days_ago = (DEMO_END_DATE - (created + timedelta(hours=8)).date()).days
    if review_id == stories.OLD_MALICIOUS_REVIEW:
        assert days_ago == 45
    elif review_id in stories.REPEAT_NEGATIVE_REVIEWS[:-1]:
        assert days_ago <= 45
    else:
        assert days_ago < 30


def test_repeat_buyer_and_review_texts(demo_store: Store) -> None:
    rows = demo_store.query("SELECT review_id, rating FROM reviews WHERE buyer_id = ? ORDER BY create_time",
                            [stories.REPEAT_NEGATIVE_BUYER])
    assert [r for r, _ in rows] == list(stories.REPEAT_NEGATIVE_REVIEWS) and {s for _, s in rows} == {1}
    text = dict(demo_store.query("SELECT review_id, review_text FROM reviews WHERE review_id LIKE 'R-%-1'"))
    assert "WhatsApp +62 812" in text[stories.WHATSAPP_REVIEW]
    assert "free" in text[stories.COERCIVE_REVIEW] and "delete" in text[stories.COERCIVE_REVIEW]
    assert "my shop" in text[stories.COMPETITOR_REVIEW]
    assert "phone case" in text[stories.WRONG_PRODUCT_REVIEW]
    assert "Ignore previous instructions" in text[stories.INJECTION_REVIEW]
    assert "refund" in text[stories.GENUINE_ANGRY_REVIEW] and "free" not in text[stories.GENUINE_ANGRY_REVIEW]
    sells_phone_cases = demo_store.query("SELECT count(*) FROM products WHERE shop_id = ? AND title ILIKE '%phone case%'",
                                         [stories.OWN_SHOP_ID])
    assert sells_phone_cases == [(0,)]


def test_coercive_buyer_chat(demo_store: Store) -> None:
    review_order = demo_store.query("SELECT buyer_id, order_id FROM reviews WHERE review_id = ?", [stories.COERCIVE_REVIEW])[0]
    chat = demo_store.query("SELECT sender, text FROM chats WHERE buyer_id = ? AND order_id = ? ORDER BY create_time",
                            list(review_order))
    senders = [s for s, _ in chat]
    assert "BUYER" in senders and "SELLER" in senders
    assert any("free" in t and "review" in t for s, t in chat if s == "BUYER")
    assert any("replacement" in t for s, t in chat if s == "SELLER")
