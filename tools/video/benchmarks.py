"""Category benchmarks: medians and distributions of eligible videos, across all shops in the store.

A video is eligible for the benchmark when its window is complete, it met the minimum views, it
links a product and it had no violation in its window: the same videos the platform would grade.
An imported `benchmarks` row (metric "video_gpm", window_days = the window) overrides the store's
median GPM, because a marketplace-wide figure beats one computed from a small sample.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# Metrics whose category medians are shown beside the video's own (frame column names).
MEDIAN_COLUMNS = (
    "gmv", "views", "sku_orders", "units_sold",
    "finish_rate", "click_through_rate", "conversion_rate", "interaction_rate", "gpm",
)


@dataclass(frozen=True)
class CategoryDistribution:
    category: str
    eligible_count: int
    sorted_values: Mapping[str, np.ndarray] = field(repr=False)
    imported_gpm: float | None = None
    # Computed once: every diagnosis of the category reads them several times.
    medians: Mapping[str, float] = field(init=False, repr=False)
    # Plain lists for `bisect`: a scalar look-up there is ~10x cheaper than `np.searchsorted`.
    _sorted_lists: Mapping[str, list[float]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        medians = {metric: float(np.median(values)) for metric, values in self.sorted_values.items() if values.size}
        object.__setattr__(self, "medians", medians)
        object.__setattr__(self, "_sorted_lists", {metric: values.tolist() for metric, values in self.sorted_values.items()})

    def median(self, metric: str) -> float | None:
        return self.medians.get(metric)

    def percentile_rank(self, metric: str, value: float | None) -> float | None:
        """Share of the category at or below `value`, counting ties as half (0-100)."""
        values = self._sorted_lists.get(metric)
        if value is None or not values:
            return None
        below = bisect_left(values, value)
        at_or_below = bisect_right(values, value)
        return (below + 0.5 * (at_or_below - below)) / len(values) * 100.0

    def gpm_benchmark(self) -> tuple[float, str, int | None] | None:
        """The GPM a video must reach, where the figure comes from ("imported" or "store_median"), and how many
        eligible videos a store median is taken over."""
        if self.imported_gpm is not None:
            return self.imported_gpm, "imported", None
        median = self.median("gpm")
        if median is None:
            return None
        return median, "store_median", self.eligible_count


def eligible_mask(frame: pd.DataFrame, *, min_views: int) -> pd.Series:
    """Videos graded by the platform: complete window, enough views, a product, no violation."""
    return frame["window_complete"] & (frame["views"] >= min_views) & frame["has_product"] & ~frame["has_violation"]


def build_category_distributions(
    frame: pd.DataFrame, *, imported_gpm: Mapping[str, float] | None = None
) -> dict[str, CategoryDistribution]:
    """One distribution per category seen in `frame` (eligible rows only feed the numbers)."""
    imported = dict(imported_gpm or {})
    eligible = frame[frame["eligible"]]
    distributions: dict[str, CategoryDistribution] = {}
    grouped = dict(tuple(eligible.groupby("category", sort=True))) if len(eligible) else {}
    for category in sorted(set(frame["category"]) | set(imported)):
        group = grouped.get(category)
        values: dict[str, np.ndarray] = {}
        if group is not None:
            for metric in MEDIAN_COLUMNS:
                column = group[metric].to_numpy(dtype=float)
                values[metric] = np.sort(column[~np.isnan(column)])
        distributions[category] = CategoryDistribution(
            category=category,
            eligible_count=0 if group is None else len(group),
            sorted_values=values,
            imported_gpm=imported.get(category),
        )
    return distributions
