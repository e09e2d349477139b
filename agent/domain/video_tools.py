"""Video tools for the agent."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from agent.domain.deps import ToolDeps
from tools.video.listing import video_overview as build_video_overview
from tools.video.models import VideoDiagnosis, VideoOverview, VideoStatus
from tools.video.service import diagnose_video


class VideoOverviewArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    search: str | None = Field(default=None, description="title text or video id to search for")
    product_id: str | None = Field(default=None, description="only the videos that sell this product")
    sort: Literal["recent", "revenue", "views", "items_sold"] = "recent"
    statuses: list[VideoStatus] | None = Field(default=None, description="only videos with these statuses")
    limit: int = Field(default=8, ge=1, le=50)


class VideoArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    video_id: str = Field(description="the video id, e.g. V-5004")


def build_video_tools(deps: ToolDeps) -> list:
    def video_overview(args: VideoOverviewArgs) -> VideoOverview:
        """List the shop's videos with their 7-day status and figures, plus account performance."""
        return build_video_overview(
            deps.store, deps.shop(), deps.settings, search=args.search, sort=args.sort,
            statuses=args.statuses, limit=args.limit, product_id=args.product_id,
        )

    def video_diagnosis(args: VideoArgs) -> VideoDiagnosis:
        """Diagnose one video's first 7 days: status, key metrics, suggestions, inspirations, products."""
        return diagnose_video(deps.store, deps.shop(), deps.settings, args.video_id)

    return [video_overview, video_diagnosis]
