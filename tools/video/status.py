"""The status of a video, by precedence: In evaluation (window not over) > Trigger violation >
Did not meet threshold > Can do better (GPM below the category benchmark) > Good performance."""

from __future__ import annotations

from tools.video.models import FailedRequirement, GpmGap, VideoStatus

ACCOUNT_STANDING_NOTE = (
    "This video triggered a policy violation in its first days, which reduces its traffic. "
    "See Account Standing for the full reasons and how to avoid repeating them."
)


def threshold_failures(*, views: int, min_views: int, product_count: int) -> list[FailedRequirement]:
    """Each minimum for evaluation the video missed (empty when it qualifies)."""
    failures = []
    if views < min_views:
        failures.append(
            FailedRequirement(
                requirement="minimum views",
                detail=f"{views:,} views in the window; at least {min_views:,} are needed for a diagnosis",
                actual=float(views),
                required=float(min_views),
            )
        )
    if product_count == 0:
        failures.append(
            FailedRequirement(
                requirement="product linked",
                detail="no product is linked, so viewers cannot buy from this video",
                actual=0.0,
                required=1.0,
            )
        )
    return failures


def gpm_gap(gpm: float | None, benchmark: tuple[float, str, int | None] | None) -> GpmGap | None:
    """How far the video's GPM is from its category benchmark; None without a benchmark."""
    if benchmark is None:
        return None
    value, source, videos = benchmark
    gap = None if gpm is None or value <= 0 else (gpm / value - 1.0) * 100.0
    return GpmGap(gpm=gpm, benchmark_gpm=value, benchmark_source=source, benchmark_videos=videos,  # type: ignore[arg-type]
                  gap_percent=gap)


def is_below_benchmark(gap: GpmGap | None) -> bool:
    # A video with no views has no GPM to judge; the threshold rule catches it first anyway.
    return gap is not None and gap.gpm is not None and gap.gpm < gap.benchmark_gpm


def decide_status(
    *,
    window_complete: bool,
    violation_count: int,
    failed_requirements: list[FailedRequirement],
    gap: GpmGap | None,
) -> VideoStatus:
    """Apply the precedence; the first rule that holds wins."""
    if not window_complete:
        return VideoStatus.IN_EVALUATION
    if violation_count > 0:
        return VideoStatus.TRIGGER_VIOLATION
    if failed_requirements:
        return VideoStatus.DID_NOT_MEET_THRESHOLD
    if is_below_benchmark(gap):
        return VideoStatus.CAN_DO_BETTER
    return VideoStatus.GOOD_PERFORMANCE
