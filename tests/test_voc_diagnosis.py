"""VoC diagnosis over a small hand-built store whose numbers are known exactly."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tools.context import resolve_shop
from tools.models import OrderLine, Product, ReturnRequest, Review, Shop
from tools.settings import Settings
from tools.store import Store
from tools.voc.drawer import diagnose_product
from tools.voc.models import VocLevel
from tools.voc.service import diagnose_shop

AS_OF = date(2026, 11, 20)
CATEGORY = "Home & Kitchen"
DAMAGED = "The package arrived damaged and two of the cups were missing."
COLOUR = "The colour is totally different from the photos, it looks grey not blue."
HAPPY = "Great quality, works well, fast delivery."


def _time(days_ago: int, hour: int = 4) -> datetime:
    # 04:00 UTC is noon in Singapore: safely inside the shop-local day.
    return datetime.combine(AS_OF - timedelta(days=days_ago), datetime.min.time()) + timedelta(hours=hour)


def _orders(store: Store, product_id: str, count: int, *, prefix: str, days_ago: int = 10) -> list[str]:
    ids = [f"{prefix}-{i}" for i in range(count)]
    store.upsert("orders", [
        OrderLine(order_id=oid, product_id=product_id, buyer_id=f"b-{oid}", quantity=1, gmv=20.0, create_time=_time(days_ago))
        for oid in ids
    ])
    return ids


def _reviews(store: Store, product_id: str, order_ids: list[str], *, rating: int, text: str, days_ago: int = 5) -> None:
    store.upsert("reviews", [
        Review(review_id=f"r-{oid}", order_id=oid, product_id=product_id, buyer_id=f"b-{oid}", rating=rating,
               review_text=text, create_time=_time(days_ago))
        for oid in order_ids
    ])


@pytest.fixture
def shop_store(store: Store) -> Store:
    store.upsert("shops", [Shop(shop_id="OWN", name="Own", time_zone="Asia/Singapore"),
                           Shop(shop_id="OTHER", name="Other", time_zone="Asia/Singapore")])
    store.upsert("products", [
        Product(product_id="A", shop_id="OWN", title="Glass cup set", category=CATEGORY, price=20),
        Product(product_id="B", shop_id="OTHER", title="Mug", category=CATEGORY, price=20),
        Product(product_id="C", shop_id="OWN", title="Tiny seller", category=CATEGORY, price=20),
        Product(product_id="D", shop_id="OWN", title="Blue vase", category=CATEGORY, price=20),
    ])
    a = _orders(store, "A", 100, prefix="a")
    _reviews(store, "A", a[:30], rating=1, text=DAMAGED)
    _reviews(store, "A", a[30:60], rating=5, text=HAPPY)
    b = _orders(store, "B", 400, prefix="b")
    _reviews(store, "B", b[:10], rating=2, text=COLOUR)
    # B's other 10 negatives come as returns with a product-problem reason code.
    store.upsert("returns", [
        ReturnRequest(return_id=f"x-{oid}", order_id=oid, product_id="B", buyer_id=f"b-{oid}", return_type="REFUND",
                      return_reason="DAMAGED", return_reason_text="", create_time=_time(4))
        for oid in b[10:20]
    ] + [  # changed-mind returns are not negative feedback
        ReturnRequest(return_id=f"y-{oid}", order_id=oid, product_id="B", buyer_id=f"b-{oid}", return_type="REFUND",
                      return_reason="CHANGED_MIND", return_reason_text="", create_time=_time(4))
        for oid in b[20:40]
    ])
    _orders(store, "C", 10, prefix="c")
    d = _orders(store, "D", 50, prefix="d")
    _reviews(store, "D", d[:5], rating=2, text=COLOUR)
    # Feedback on orders placed before the window does not count, even when it arrives inside it.
    late = _orders(store, "D", 5, prefix="late", days_ago=45)
    _reviews(store, "D", late, rating=1, text=COLOUR, days_ago=3)
    return store


def _ctx(store: Store, settings: Settings):
    return resolve_shop(store, settings, shop_id="OWN", as_of=AS_OF)


def test_shop_levels_against_pooled_benchmark(shop_store: Store, settings: Settings) -> None:
    report = diagnose_shop(shop_store, _ctx(shop_store, settings), settings, sort="gmv")
    rows = {row.product_id: row for row in report.products}
    assert set(rows) == {"A", "C", "D"}  # only our shop's products
    # Benchmark pooled over the category in every shop: (30 + 20 + 0 + 5) / (100 + 400 + 10 + 50).
    benchmark = 55 / 560
    assert rows["A"].rate == pytest.approx(0.30) and rows["A"].benchmark == pytest.approx(benchmark)
    assert rows["A"].level is VocLevel.AT_RISK
    assert rows["A"].ratio_to_benchmark == pytest.approx(0.30 / benchmark)
    assert rows["C"].level is VocLevel.NO_VERDICT and "Only 10 orders" in rows["C"].level_reason
    assert rows["D"].rate == pytest.approx(0.10) and rows["D"].level is VocLevel.MARKET_AVERAGE
    assert report.benchmark_source == "pooled"
    counts = {c.level: c.products for c in report.summary}
    assert counts[VocLevel.AT_RISK] == 1 and counts[VocLevel.NO_VERDICT] == 1 and counts[VocLevel.MARKET_AVERAGE] == 1


def test_imported_benchmark_wins(shop_store: Store, settings: Settings) -> None:
    from tools.models import CategoryBenchmark

    shop_store.upsert("benchmarks", [CategoryBenchmark(category=CATEGORY, metric="negative_voc_rate", window_days=30, value=0.25)])
    report = diagnose_shop(shop_store, _ctx(shop_store, settings), settings)
    rows = {row.product_id: row for row in report.products}
    assert rows["A"].benchmark == pytest.approx(0.25) and report.benchmark_source == "imported"
    assert rows["A"].level is VocLevel.NEEDS_ATTENTION  # 1.2x: above, but not 1.5x
    assert rows["D"].level is VocLevel.BELOW_AVERAGE


def test_product_drawer(shop_store: Store, settings: Settings) -> None:
    d = diagnose_product(shop_store, _ctx(shop_store, settings), settings, "A")
    assert d.level is VocLevel.AT_RISK
    assert d.estimate.orders == 100 and d.estimate.negative_orders == 30
    assert d.estimate.fulfillment_part_rate == pytest.approx(0.30)
    assert d.negative_items == 30
    top = d.issues[0]
    assert top.tag == "damaged_or_missing" and top.share == pytest.approx(1.0) and top.highlighted
    assert len(top.evidence) == 3
    assert d.previous is not None and d.previous.orders == 0 and d.previous.level is VocLevel.NO_VERDICT
    assert d.keywords and all(k.count >= 2 for k in d.keywords)


def test_filters_and_no_verdict_before_collection_start(shop_store: Store, tmp_path) -> None:
    from tools.settings import load_settings

    late_start = load_settings(data_dir=tmp_path, voc_collection_start=date(2026, 11, 1), _env_file=None)
    report = diagnose_shop(shop_store, _ctx(shop_store, late_start), late_start)
    assert all(row.level is VocLevel.NO_VERDICT for row in report.products)
    assert "Feedback collection began on 2026-11-01" in report.products[0].level_reason


def test_unknown_product_and_window(shop_store: Store, settings: Settings) -> None:
    from tools.errors import DataError, NotFoundError

    with pytest.raises(NotFoundError):
        diagnose_product(shop_store, _ctx(shop_store, settings), settings, "nope")
    with pytest.raises(DataError):
        diagnose_shop(shop_store, _ctx(shop_store, settings), settings, window_days=14)


def test_the_overview_of_some_products_keeps_the_shop_wide_benchmarks(shop_store: Store, settings: Settings) -> None:
    whole = diagnose_shop(shop_store, _ctx(shop_store, settings), settings)
    some = diagnose_shop(shop_store, _ctx(shop_store, settings), settings, product_ids=["A", "D"])
    assert sorted(row.product_id for row in some.products) == ["A", "D"] and some.total_products == 2
    by_id = {row.product_id: row for row in whole.products}
    assert all(row.benchmark == by_id[row.product_id].benchmark and row.level == by_id[row.product_id].level for row in some.products)
    assert {warning.product_id for warning in some.early_warnings} <= {"A", "D"}


def test_products_with_one_issue(shop_store: Store, settings: Settings) -> None:
    from tools.errors import DataError

    report = diagnose_shop(shop_store, _ctx(shop_store, settings), settings, issue="not_as_described")
    assert report.issue == "not_as_described" and report.issue_label
    assert [row.product_id for row in report.products] == ["D"]  # the colour complaints; A's are about damage
    row = report.products[0]
    assert row.issue_mentions == 5 and row.issue_share == pytest.approx(1.0)
    assert all(warning.tag == "not_as_described" for warning in report.early_warnings)
    with pytest.raises(DataError, match="Unknown issue"):
        diagnose_shop(shop_store, _ctx(shop_store, settings), settings, issue="weather")


def test_an_overview_of_a_group_says_which_products_it_covers() -> None:
    from agent.offline.voc import overview

    result = {"window": {"days": 30, "start": "2018-08-03", "end": "2018-09-01"}, "benchmark_source": "pooled",
              "summary": [{"level": "-", "products": 8}], "total_products": 8, "products": [], "early_warnings": [],
              "scope": "Relogios presentes"}
    assert "Relogios presentes" in "\n".join(overview(result, language="pt"))
    assert not any("Relogios" in line for line in overview({**result, "scope": None}, language="pt"))
