"""Video diagnosis: 7-day window statuses, funnel suggestions, inspirations, product lists,
account performance and the video list. Deterministic; no language model involved.

Decisions (details in each module's docstring):
- Window: 7 shop-local calendar days, the day of posting is day 1; complete when day 7 <= as-of,
  else In evaluation (partial metrics, no status). Missing stats days count as zero.
- Scope: videos posted in the last 90 days (`include_all` for older ones of the shop; an explicit
  id is always diagnosed). Benchmarks use every shop's eligible videos in the last 90 days.
- Rates with a zero denominator are None, never 0. GPM = GMV per 1,000 views.
- Status precedence: violation > threshold (views, product link) > GPM below benchmark > good.
- Weak stage: percentile rank < 40 in the category; impact = GMV uplift at the category median.
- Product figures are allocated from per-video stats; each row names the method.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tools.lazy import lazy_exports

if TYPE_CHECKING:
    from tools.video.account import account_performance
    from tools.video.listing import list_videos, video_overview
    from tools.video.models import (
        AccountPerformance,
        Inspiration,
        Suggestion,
        SuggestionTopic,
        VideoDiagnosis,
        VideoListItem,
        VideoOverview,
        VideoStatus,
    )
    from tools.video.service import diagnose_video, diagnose_videos

_MODELS = ("AccountPerformance", "Inspiration", "Suggestion", "SuggestionTopic", "VideoDiagnosis", "VideoListItem",
           "VideoOverview", "VideoStatus")
__getattr__ = lazy_exports(__name__, {
    **dict.fromkeys(_MODELS, "models"), "account_performance": "account", "list_videos": "listing",
    "video_overview": "listing", "diagnose_video": "service", "diagnose_videos": "service",
})

__all__ = [
    "AccountPerformance", "Inspiration", "Suggestion", "SuggestionTopic", "VideoDiagnosis", "VideoListItem",
    "VideoOverview", "VideoStatus", "account_performance", "diagnose_video", "diagnose_videos", "list_videos",
    "video_overview",
]
