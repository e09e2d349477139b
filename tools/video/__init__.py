"""Video diagnosis: 7-day window statuses, funnel suggestions, inspirations, product lists,
account performance and the video list. Deterministic; no language model involved."""

from __future__ import annotations

from tools.video.account import account_performance
from tools.video.listing import list_videos
from tools.video.models import (
    AccountPerformance, Inspiration, Suggestion, SuggestionTopic, VideoDiagnosis, VideoListItem, VideoStatus,
)
from tools.video.service import diagnose_video, diagnose_videos

__all__ = [
    "AccountPerformance", "Inspiration", "Suggestion", "SuggestionTopic", "VideoDiagnosis", "VideoListItem",
    "VideoStatus", "account_performance", "diagnose_video", "diagnose_videos", "list_videos",
]
