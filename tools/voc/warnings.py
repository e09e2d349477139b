"""Early warnings: an issue that is suddenly growing, before the level turns red."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tools.clock import local_date
from tools.voc.models import DailyCount, EarlyWarning

WARNING_DAYS = 7


def daily_tag_counts(
    tagged_times: Iterable[tuple[str, str, datetime]], *, as_of: date, zone: ZoneInfo, days: int = 2 * WARNING_DAYS
) -> dict[tuple[str, str], list[int]]:
    """(product, tag) -> counts per shop-local day, oldest first, for the `days` days ending on as_of."""
    first = as_of - timedelta(days=days - 1)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * days)
    for product_id, tag, created in tagged_times:
        offset = (local_date(created, zone) - first).days
        if 0 <= offset < days:
            counts[(product_id, tag)][offset] += 1
    return dict(counts)


def is_early_warning(last_7: int, previous_7: int, *, min_items: int, factor: float) -> bool:
    """At least `min_items` negative items in the last 7 days and at least `factor` times the 7 before."""
    return last_7 >= min_items and last_7 >= factor * previous_7


def early_warnings(
    counts: dict[tuple[str, str], list[int]],
    *,
    as_of: date,
    titles: dict[str, str],
    labels: dict[str, str],
    min_items: int,
    factor: float,
) -> list[EarlyWarning]:
    warnings = []
    first = as_of - timedelta(days=2 * WARNING_DAYS - 1)
    for (product_id, tag), series in sorted(counts.items()):
        previous_7, last_7 = sum(series[:WARNING_DAYS]), sum(series[WARNING_DAYS:])
        if not is_early_warning(last_7, previous_7, min_items=min_items, factor=factor):
            continue
        label = labels.get(tag, tag)
        growth = "new this week" if previous_7 == 0 else f"{last_7 / previous_7:.1f}x the week before"
        warnings.append(
            EarlyWarning(
                product_id=product_id,
                product_title=titles.get(product_id, product_id),
                tag=tag,
                label=label,
                last_7_days=last_7,
                previous_7_days=previous_7,
                daily_counts=[DailyCount(day=first + timedelta(days=i), count=c) for i, c in enumerate(series)],
                message=f"{label}: {last_7} negative items in the last 7 days vs {previous_7} in the 7 before ({growth}).",
            )
        )
    return sorted(warnings, key=lambda w: (-w.last_7_days, w.product_id, w.tag))
