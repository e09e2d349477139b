"""The VoC rules as pure functions: interval, levels and their edge cases, issues, warnings, filters."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tools.settings import load_settings
from tools.voc.issues import top_issues
from tools.voc.models import ProductVocRow, VocLevel
from tools.voc.queries import NegativeItem
from tools.voc.service import filter_products, make_window, previous_window
from tools.voc.stats import classify_level, wilson_interval
from tools.voc.warnings import daily_tag_counts, early_warnings, is_early_warning

SETTINGS = load_settings(_env_file=None)


def test_wilson_interval_matches_textbook_values() -> None:
    low, high = wilson_interval(10, 100)
    assert low == pytest.approx(0.0552, abs=1e-4)
    assert high == pytest.approx(0.1744, abs=1e-4)


def test_wilson_interval_edges() -> None:
    assert wilson_interval(0, 0) == (0.0, 0.0)
    low, high = wilson_interval(0, 30)
    assert low == 0.0 and high == pytest.approx(0.1135, abs=1e-4)
    low, high = wilson_interval(30, 30)
    assert high == 1.0 and low == pytest.approx(0.8865, abs=1e-4)
    with pytest.raises(ValueError):
        wilson_interval(5, 4)


@pytest.mark.parametrize(
    ("negatives", "orders", "benchmark", "expected"),
    [
        (30, 100, 0.10, VocLevel.AT_RISK),          # 3x and interval [0.22, 0.40] above 0.10
        (5, 30, 0.10, VocLevel.NEEDS_ATTENTION),    # 1.67x but the interval reaches below b: not significant
        (12, 100, 0.10, VocLevel.NEEDS_ATTENTION),  # 1.2x
        (11, 100, 0.10, VocLevel.MARKET_AVERAGE),   # 1.1x exactly is not "above 1.1x"
        (9, 100, 0.10, VocLevel.MARKET_AVERAGE),    # 0.9x exactly is not "below 0.9x"
        (8, 100, 0.10, VocLevel.BELOW_AVERAGE),
        (0, 100, 0.10, VocLevel.BELOW_AVERAGE),     # r = 0
        (0, 100, 0.0, VocLevel.MARKET_AVERAGE),     # b = 0 and r = 0
        (1, 100, 0.0, VocLevel.AT_RISK),            # b = 0 and r > 0: any complaint is above a spotless category
    ],
)
def test_levels(negatives: int, orders: int, benchmark: float, expected: VocLevel) -> None:
    rate = negatives / orders
    low, _ = wilson_interval(negatives, orders)
    assert classify_level(rate, benchmark, low, SETTINGS) is expected


def test_at_risk_needs_both_ratio_and_significance() -> None:
    # 2x the benchmark but only 30 orders: the interval's low end is below b, so Needs Attention.
    low, _ = wilson_interval(6, 30)
    assert low < 0.10
    assert classify_level(0.2, 0.10, low, SETTINGS) is VocLevel.NEEDS_ATTENTION
    # Significantly above but only 1.4x: not At Risk either.
    low, _ = wilson_interval(1400, 10000)
    assert low > 0.10
    assert classify_level(0.14, 0.10, low, SETTINGS) is VocLevel.NEEDS_ATTENTION


def test_thresholds_are_settings() -> None:
    strict = load_settings(_env_file=None, voc_needs_attention_ratio=1.3)
    low, _ = wilson_interval(12, 100)
    assert classify_level(0.12, 0.10, low, strict) is VocLevel.MARKET_AVERAGE


def test_windows() -> None:
    window = make_window(date(2026, 11, 20), 30)
    assert (window.start, window.end) == (date(2026, 10, 22), date(2026, 11, 20))
    before = previous_window(window)
    assert (before.start, before.end) == (date(2026, 9, 22), date(2026, 10, 21))


def _item(item_id: str, tags: tuple[str, ...], minutes: int = 0, text: str = "x") -> NegativeItem:
    return NegativeItem("review", item_id, "P1", datetime(2026, 11, 1) + timedelta(minutes=minutes), 1, text, tags)


LABELS = {"size_fit": "Size/fit", "quality_defect": "Quality", "logistics_delay": "Logistics", "wrong_item": "Wrong item"}


def test_top_issues_shares_highlight_and_min_mentions() -> None:
    items = [
        _item("a", ("size_fit", "quality_defect")),
        _item("b", ("size_fit",)),
        _item("c", ("size_fit", "logistics_delay")),
        _item("d", ("quality_defect",)),
        _item("e", ("wrong_item",)),  # 1 mention: not listed
    ]
    issues = top_issues(items, labels=LABELS, parts={}, min_mentions=2)
    assert [(i.tag, i.count) for i in issues] == [("size_fit", 3), ("quality_defect", 2)]
    assert issues[0].share == pytest.approx(0.6) and issues[0].highlighted
    assert not issues[1].highlighted


def test_top_issue_highlighted_when_none_above_half_and_ties_by_id() -> None:
    items = [_item(str(i), (tag,)) for i, tag in enumerate(["size_fit", "size_fit", "quality_defect", "quality_defect", "logistics_delay", "logistics_delay"])]
    issues = top_issues(items, labels=LABELS, parts={}, min_mentions=2)
    assert [i.tag for i in issues] == ["logistics_delay", "quality_defect", "size_fit"]
    assert [i.highlighted for i in issues] == [True, False, False]


def test_top_issues_keep_five_and_quotes_newest_first_masked() -> None:
    tags = ["a1", "a2", "a3", "a4", "a5", "a6"]
    items = [_item(f"{t}-{n}", (t,), minutes=n, text=f"{t} call +62 812 3456 7890 #{n}") for t in tags for n in range(2 + tags.index(t))]
    issues = top_issues(items, labels={}, parts={}, min_mentions=2)
    assert len(issues) == 5 and issues[0].tag == "a6"
    quotes = issues[0].evidence
    assert [q.item_id for q in quotes] == ["a6-6", "a6-5", "a6-4"]
    assert "[phone hidden]" in quotes[0].text and "812" not in quotes[0].text


def test_early_warning_rule() -> None:
    assert is_early_warning(3, 0, min_items=3, factor=2.0)
    assert is_early_warning(4, 2, min_items=3, factor=2.0)
    assert not is_early_warning(2, 0, min_items=3, factor=2.0)   # too few
    assert not is_early_warning(5, 3, min_items=3, factor=2.0)   # not doubled


def test_early_warnings_bucket_by_shop_local_day() -> None:
    zone = ZoneInfo("Asia/Singapore")
    as_of = date(2026, 11, 20)
    # 16:30 UTC on Nov 19 is 00:30 on Nov 20 in Singapore.
    times = [("P1", "logistics_delay", datetime(2026, 11, 19, 16, 30))] * 3 + [("P1", "logistics_delay", datetime(2026, 11, 8, 1))]
    counts = daily_tag_counts(times, as_of=as_of, zone=zone)
    series = counts[("P1", "logistics_delay")]
    assert series[-1] == 3 and sum(series) == 4
    warnings = early_warnings(counts, as_of=as_of, titles={"P1": "Pan"}, labels=LABELS, min_items=3, factor=2.0)
    assert len(warnings) == 1 and warnings[0].last_7_days == 3 and warnings[0].previous_7_days == 1
    assert warnings[0].daily_counts[-1].day == as_of


def _row(pid: str, level: VocLevel, gmv: float, items: int, rate: float, ratio: float | None) -> ProductVocRow:
    return ProductVocRow(
        product_id=pid, title=pid, category="c", level=level, level_reason="", rate=rate, benchmark=0.1,
        ratio_to_benchmark=ratio, orders=100, negative_orders=int(rate * 100), gmv_30d=gmv, items_sold_30d=items,
        high_gmv=gmv >= 10000, top_issue=None, early_warning=False,
    )


def test_filter_and_sort_products() -> None:
    rows = [
        _row("A", VocLevel.AT_RISK, 12000, 100, 0.3, 3.0),
        _row("B", VocLevel.NEEDS_ATTENTION, 500, 400, 0.12, 1.2),
        _row("C", VocLevel.BELOW_AVERAGE, 9000, 50, 0.02, 0.2),
        _row("D", VocLevel.NO_VERDICT, 10, 1, 0.0, None),
    ]
    assert [r.product_id for r in filter_products(rows, sort="gmv")] == ["A", "C", "B", "D"]
    assert [r.product_id for r in filter_products(rows, sort="items_sold")] == ["B", "A", "C", "D"]
    assert [r.product_id for r in filter_products(rows, sort="ratio")] == ["A", "B", "C", "D"]
    picked = filter_products(rows, levels=[VocLevel.AT_RISK, VocLevel.NEEDS_ATTENTION], sort="rate")
    assert [r.product_id for r in picked] == ["A", "B"]
    assert [r.product_id for r in filter_products(rows, min_gmv=1000, min_items=60)] == ["A"]
