"""The watch list for long-tail shops: products without a verdict that already have complaints,
ranked by negative orders and by a rate shrunk toward the category benchmark."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from tools.context import resolve_shop
from tools.models import OrderLine, Product, Review, Shop
from tools.settings import Settings
from tools.store import Store
from tools.voc.models import NoVerdictReason, VocLevel
from tools.voc.service import diagnose_shop
from tools.voc.watchlist import MAX_PRIOR_ORDERS, MIN_PRIOR_ORDERS, prior_orders, shrunk_rate

AS_OF = date(2026, 11, 20)
BROKEN = "Arrived broken, the glass was shattered in the box."
HAPPY = "Lovely, exactly as pictured."


def test_shrinkage_pulls_small_samples_hardest() -> None:
    benchmark, weight = 0.05, 30.0
    one_of_two = shrunk_rate(1, 2, benchmark, weight)  # raw 50%
    five_of_twenty = shrunk_rate(5, 20, benchmark, weight)  # raw 25%
    assert one_of_two == pytest.approx((1 + 1.5) / 32)
    assert benchmark < one_of_two < five_of_twenty < 0.25  # more orders, more of the product's own rate
    assert shrunk_rate(0, 0, benchmark, weight) == pytest.approx(benchmark)


def test_prior_weight_from_the_category_spread() -> None:
    rng = random.Random(3)
    alike = [(sum(rng.random() < 0.05 for _ in range(200)), 200) for _ in range(40)]  # one true rate
    assert prior_orders(alike, 0.05, fallback=30) == MAX_PRIOR_ORDERS
    spread = [(k, 100) for k in (0, 0, 1, 2, 5, 10, 20, 30, 2, 1)]  # products really differ
    weight = prior_orders(spread, sum(k for k, _ in spread) / 1000, fallback=30)
    assert MIN_PRIOR_ORDERS <= weight < 30
    assert prior_orders(spread[:3], 0.05, fallback=30) == 30  # too few products: the fallback
    assert prior_orders(spread, 0.0, fallback=30) == 30  # no benchmark inside (0, 1)


def _time(days_ago: int) -> datetime:
    return datetime.combine(AS_OF - timedelta(days=days_ago), datetime.min.time()) + timedelta(hours=4)


@pytest.fixture
def long_tail(store: Store) -> Store:
    """Twelve products selling a few units each, as most real shops do; some have complaints."""
    store.upsert("shops", [Shop(shop_id="S", name="Long tail", time_zone="Asia/Jakarta")])
    store.upsert("products", [Product(product_id=f"P{i}", shop_id="S", title=f"Item {i}", category="Home", price=10)
                              for i in range(12)])
    plan = {0: (6, 3), 1: (4, 1), 2: (12, 1), 3: (2, 2)} | {i: (3 + i % 4, 0) for i in range(4, 12)}
    for product, (orders, bad) in plan.items():
        ids = [f"o{product}-{n}" for n in range(orders)]
        store.upsert("orders", [OrderLine(order_id=oid, product_id=f"P{product}", buyer_id=f"b{oid}", quantity=1, gmv=10.0,
                                          create_time=_time(10)) for oid in ids])
        store.upsert("reviews", [Review(review_id=f"r{oid}", order_id=oid, product_id=f"P{product}", buyer_id=f"b{oid}",
                                        rating=1 if n < bad else 5, review_text=BROKEN if n < bad else HAPPY,
                                        create_time=_time(5)) for n, oid in enumerate(ids)])
    # The shop has sold for months: feedback collection began before the window.
    store.upsert("orders", [OrderLine(order_id="old", product_id="P4", buyer_id="b0", quantity=1, gmv=10.0, create_time=_time(90))])
    return store


def test_long_tail_shop_gets_a_watch_list(long_tail: Store, settings: Settings) -> None:
    report = diagnose_shop(long_tail, resolve_shop(long_tail, settings, shop_id="S", as_of=AS_OF), settings)
    assert all(row.level is VocLevel.NO_VERDICT for row in report.products)  # under 30 orders each: "-"
    assert all(row.no_verdict_reason is NoVerdictReason.FEW_ORDERS for row in report.products)
    assert report.products_without_verdict == 12 and report.min_orders == settings.voc_min_orders
    watch = report.watch_list
    assert [item.product_id for item in watch] == ["P0", "P3", "P1", "P2"]  # by negative orders, then shrunk rate
    first = watch[0]
    assert (first.negative_orders, first.orders) == (3, 6) and first.top_issue is not None
    assert first.benchmark is not None and first.shrunk_rate is not None
    assert first.benchmark < first.shrunk_rate < first.rate  # pulled toward the benchmark, not past it
    p3 = next(item for item in watch if item.product_id == "P3")
    assert p3.rate == 1.0 and p3.shrunk_rate is not None and p3.shrunk_rate < 1.0
    assert "Only" in first.level_reason  # the reason travels with the item


def test_no_watch_list_without_complaints(store: Store, settings: Settings) -> None:
    store.upsert("shops", [Shop(shop_id="S", name="Quiet", time_zone="UTC")])
    store.upsert("products", [Product(product_id="Q", shop_id="S", title="Quiet item", category="Home", price=10)])
    store.upsert("orders", [OrderLine(order_id="q1", product_id="Q", buyer_id="b", quantity=1, gmv=10, create_time=_time(3))])
    report = diagnose_shop(store, resolve_shop(store, settings, shop_id="S", as_of=AS_OF), settings)
    assert report.watch_list == [] and report.products_without_verdict == 1


@pytest.mark.parametrize(("question", "language"), [("Which products should I fix first?", "en"),
                                                     ("我应该先处理哪些商品？", "zh"),
                                                     ("Produk mana yang harus saya perbaiki dulu?", "id")])
def test_chat_never_answers_nothing_while_complaints_exist(long_tail: Store, settings: Settings, question: str,
                                                           language: str) -> None:
    from agent.factory import build_agent
    from agent.guard import check_grounding

    agent = build_agent(settings.model_copy(update={"as_of": AS_OF}), store=long_tail)
    turn = agent.ask(question, session_id=f"long-tail-{language}")
    assert [call.name for call in turn.tool_calls] == ["voc_overview"]
    assert "No product is At Risk" not in turn.answer and "本期没有" not in turn.answer
    assert "P0" in turn.answer and "3" in turn.answer and "30" in turn.answer  # top item, its count, the orders needed
    report = check_grounding(turn.answer, [c.result for c in turn.tool_calls if c.ok], question=question)
    assert report.ok, report.describe()
