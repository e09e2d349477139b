"""Video diagnosis: 7-day window statuses, funnel suggestions, inspirations, product lists,
account performance and the video list. Deterministic; no language model involved."""

from __future__ import annotations

from tools.video.account import account_performance
from tools.video.listing import list_videos, video_overview
from tools.video.models import (
    AccountPerformance, Inspiration, Suggestion, SuggestionTopic, VideoDiagnosis, VideoListItem, VideoOverview, VideoStatus,
)
from tools.video.service import diagnose_video, diagnose_videos

__all__ = [
    "AccountPerformance", "Inspiration", "Suggestion", "SuggestionTopic", "VideoDiagnosis", "VideoListItem",
    "VideoOverview", "VideoStatus", "account_performance", "diagnose_video", "diagnose_videos", "list_videos",
    "video_overview",
]
