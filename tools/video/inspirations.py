"""Inspirations: eligible videos of the same category (any shop) that excel at interaction,
conversion or finish rate, to watch and learn from.

Each candidate is scored by its best multiple of the category median among the three rates and
says which one it is. Ranking is by that multiple, then video id, so results are deterministic.
A category is ranked once and every video of it takes the top entries other than itself.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tools.video.benchmarks import CategoryDistribution
from tools.video.models import Inspiration, InspirationMetric

INSPIRATION_LIMIT = 5
INSPIRATION_METRICS = (
    (InspirationMetric.INTERACTION_RATE, "interaction_rate"),
    (InspirationMetric.CONVERSION_RATE, "conversion_rate"),
    (InspirationMetric.FINISH_RATE, "finish_rate"),
)


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%" if value < 0.1 else f"{value * 100:.0f}%"


def rank_category_inspirations(
    eligible: pd.DataFrame, distribution: CategoryDistribution, *, limit: int = INSPIRATION_LIMIT + 1
) -> list[Inspiration]:
    """The category's best `limit` videos, each above the median on at least one of the rates.

    `eligible` holds the category's eligible videos (video_id, shop_id, title, username and rate
    columns). Rank one more than shown so a video can drop itself from its own list.
    """
    if eligible.empty:
        return []
    medians = [distribution.median(column) for _, column in INSPIRATION_METRICS]
    ratios = np.full((len(eligible), len(INSPIRATION_METRICS)), -np.inf)
    for index, ((_, column), median) in enumerate(zip(INSPIRATION_METRICS, medians, strict=False)):
        if median is None or median <= 0:
            continue  # a multiple of zero means nothing; skip the rate for this category
        values = eligible[column].to_numpy(dtype=float)
        ratios[:, index] = np.where(np.isnan(values), -np.inf, values / median)
    best_metric = ratios.argmax(axis=1)
    best_ratio = ratios.max(axis=1)
    ranked = pd.DataFrame(
        {"video_id": eligible["video_id"].to_numpy(), "best_ratio": best_ratio, "best_metric": best_metric,
         "position": np.arange(len(eligible))}
    )
    ranked = ranked[ranked["best_ratio"] > 1.0]
    ranked = ranked.sort_values(["best_ratio", "video_id"], ascending=[False, True], kind="mergesort").head(limit)
    found = []
    for row in ranked.itertuples(index=False):
        metric, column = INSPIRATION_METRICS[int(row.best_metric)]
        median = medians[int(row.best_metric)]
        source = eligible.iloc[int(row.position)]
        value = float(source[column])
        multiple = float(row.best_ratio)
        assert median is not None  # ratios exist only where the median does
        found.append(
            Inspiration(
                video_id=str(source["video_id"]),
                shop_id=str(source["shop_id"]),
                title=str(source["title"]),
                username=str(source["username"]),
                excels_at=metric,
                value=value,
                category_median=median,
                multiple_of_median=round(multiple, 2),
                summary=f"{metric.value} {_percent(value)} vs category median {_percent(median)}, {multiple:.1f}×",
            )
        )
    return found


def inspirations_for(video_id: str, ranked: list[Inspiration], *, limit: int = INSPIRATION_LIMIT) -> list[Inspiration]:
    """The category's top videos other than the video itself."""
    return [item for item in ranked if item.video_id != video_id][:limit]
