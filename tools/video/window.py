"""The diagnosis window and its metrics.

Choice: the window is `window_days` shop-local calendar days, and the local day of
`video_post_time` is day 1. A video posted at 23:50 therefore gets a short first day; we accept
that because daily stats arrive per calendar day and cannot be split by the hour. With the default
of 7 days, a sale or a violation on day 8 does not count.

The window is complete when its last day is on or before `as_of` (stats for `as_of` itself are
taken as final). Until then the video is In evaluation and its metrics cover the days elapsed.
A day without a stats row counts as zero (the daily series is zero-filled in `queries.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import numpy as np
import pandas as pd

from tools.video.models import WindowMetrics

COUNTER_COLUMNS = (
    "views", "likes", "comments", "shares", "finished_views", "product_clicks", "sku_orders", "units_sold", "gmv",
)
RATE_COLUMNS = ("finish_rate", "click_through_rate", "conversion_rate", "interaction_rate", "gpm")


def window_bounds(post_day: date, window_days: int) -> tuple[date, date]:
    """First and last shop-local day of the window (inclusive)."""
    return post_day, post_day + timedelta(days=window_days - 1)


def days_elapsed(post_day: date, as_of: date, window_days: int) -> int:
    """How many window days have happened by `as_of` (0 for a video posted after `as_of`)."""
    return max(0, min(window_days, (as_of - post_day).days + 1))


def day_number(post_day: date, day: date) -> int:
    """1 for the day of posting, 2 for the next day, ..."""
    return (day - post_day).days + 1


def safe_ratio(numerator: float, denominator: float, *, scale: float = 1.0) -> float | None:
    """None (no data) when the denominator is zero, so zero views never read as a weak rate."""
    if not denominator:
        return None
    return float(numerator) / float(denominator) * scale


def window_metrics(totals: Mapping[str, float]) -> WindowMetrics:
    """Metrics from the window's summed counters (keys as in `COUNTER_COLUMNS`; missing = 0)."""
    count = {name: totals.get(name, 0) or 0 for name in COUNTER_COLUMNS}
    views = int(count["views"])
    clicks = int(count["product_clicks"])
    interactions = int(count["likes"]) + int(count["comments"]) + int(count["shares"])
    return WindowMetrics(
        gmv=round(float(count["gmv"]), 2),
        views=views,
        orders=int(count["sku_orders"]),
        items_sold=int(count["units_sold"]),
        likes=int(count["likes"]),
        comments=int(count["comments"]),
        shares=int(count["shares"]),
        finished_views=int(count["finished_views"]),
        product_clicks=clicks,
        finish_rate=safe_ratio(count["finished_views"], views),
        click_through_rate=safe_ratio(clicks, views),
        conversion_rate=safe_ratio(count["sku_orders"], clicks),
        interaction_rate=safe_ratio(interactions, views),
        gpm=safe_ratio(count["gmv"], views, scale=1000.0),
    )


def add_rate_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Vectorised rates over summed counters; NaN where the denominator is zero."""
    views = frame["views"].to_numpy(dtype=float)
    clicks = frame["product_clicks"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        safe_views = np.where(views > 0, views, np.nan)
        safe_clicks = np.where(clicks > 0, clicks, np.nan)
        interactions = (frame["likes"] + frame["comments"] + frame["shares"]).to_numpy(dtype=float)
        frame["finish_rate"] = frame["finished_views"].to_numpy(dtype=float) / safe_views
        frame["click_through_rate"] = clicks / safe_views
        frame["conversion_rate"] = frame["sku_orders"].to_numpy(dtype=float) / safe_clicks
        frame["interaction_rate"] = interactions / safe_views
        frame["gpm"] = frame["gmv"].to_numpy(dtype=float) / safe_views * 1000.0
    return frame
