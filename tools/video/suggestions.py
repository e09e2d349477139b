"""Funnel stages → concrete suggestions, ordered by expected impact, each linked to a playbook.

A stage is weak when the video's rate sits below the category's 40th percentile (percentile rank
among eligible videos of the category). Expected impact is the window GMV gained if the rate
reached the category median with everything else held: GMV = views × CTR × conversion × order
value, so CTR and conversion move GMV one for one. Finish and interaction rates act through reach
(the feed shows watched, engaged videos to more people), which we count at reduced elasticity.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tools.video.benchmarks import CategoryDistribution
from tools.video.models import FailedRequirement, Suggestion, SuggestionTopic

WEAK_PERCENTILE = 40.0
# A rate of zero would promise an infinite uplift; cap the relative gap at "4× the current rate".
MAX_RELATIVE_GAP = 3.0

PLAYBOOK_THRESHOLD = "pb-video-threshold"
PLAYBOOK_VIOLATION = "pb-video-violation"


@dataclass(frozen=True)
class FunnelStage:
    topic: SuggestionTopic
    column: str
    metric: str
    playbook_id: str
    elasticity: float
    needs_product: bool
    advice: str


FUNNEL_STAGES = (
    FunnelStage(
        SuggestionTopic.HOOK, "finish_rate", "finish rate", "pb-video-hook", 0.6, False,
        "Viewers leave before the end. Put the payoff in the first 3 seconds: open on the product "
        "in use or the result, with a bold on-screen line or question, and cut any intro or logo. "
        "Keep it tight: trim pauses and change the shot every few seconds.",
    ),
    FunnelStage(
        SuggestionTopic.PRODUCT_INTEREST, "click_through_rate", "click-through rate", "pb-video-ctr", 1.0, True,
        "Viewers watch but do not tap the product. Show the product in hand early, say the one "
        "problem it solves, and point to the product link on screen (\"tap the basket below\") at "
        "least twice; pin the product link and mention the price or today's offer.",
    ),
    FunnelStage(
        SuggestionTopic.PURCHASE, "conversion_rate", "conversion rate", "pb-video-conversion", 1.0, True,
        "Viewers open the product but do not buy. Make the product page match the video (same "
        "variant and colour, a first image taken from the video), state the price and offer clearly "
        "(voucher, bundle, free shipping), and answer the top objection (size, authenticity, "
        "delivery time) in the video itself.",
    ),
    FunnelStage(
        SuggestionTopic.ENGAGEMENT, "interaction_rate", "interaction rate", "pb-video-engagement", 0.3, False,
        "Few viewers like, comment or share. End with a question viewers can answer in one word, "
        "reply to the first comments within hours (video replies work best), pin a comment with "
        "the offer, and invite viewers to share it with a friend who needs it.",
    ),
)

_THRESHOLD_ADVICE = {
    "minimum views": (
        "Reach the minimum views: post when your followers are most active, use a trending sound "
        "and a few specific hashtags, share the video to your other channels, and consider a small "
        "promotion in its first days."
    ),
    "product linked": (
        "Link a product: a video without a product link cannot sell or be graded. Add the product "
        "in the video's shopping settings before posting, and show it on screen."
    ),
}

_VIOLATION_ADVICE = (
    "Read the policies listed here and in Account Standing, then edit or remove the offending "
    "claim or content. Avoid overclaiming (exaggerated performance, medical or before/after "
    "claims) and re-post a compliant version rather than appealing content that breaks the rules."
)


def _expected_uplift(base_gmv: float, value: float, median: float, elasticity: float) -> float:
    relative_gap = MAX_RELATIVE_GAP if value <= 0 else min(MAX_RELATIVE_GAP, median / value - 1.0)
    return round(max(0.0, base_gmv * elasticity * relative_gap), 2)


def funnel_suggestions(
    rates: Mapping[str, float | None],
    distribution: CategoryDistribution | None,
    *,
    window_gmv: float,
    views: int,
    has_product: bool,
    at_least_one: bool = False,
) -> list[Suggestion]:
    """One suggestion per weak funnel stage, biggest expected GMV uplift first.

    With `at_least_one`, when no stage is below the weak percentile, the lowest-ranked stage that
    is still below the category median is returned (a video can sit just under every median and
    still miss the GPM benchmark). A video that sold nothing still has potential: we then take
    the GMV a median video of the category makes with the same views as the base. CTR and
    conversion are skipped for a video without a product (there was nothing to click); the
    threshold suggestion covers that.
    """
    if distribution is None:
        return []
    base_gmv = window_gmv
    median_gpm = distribution.median("gpm")
    if base_gmv <= 0 and median_gpm is not None:
        base_gmv = views * median_gpm / 1000.0
    found: list[tuple[float, int, Suggestion]] = []
    below_median: list[tuple[float, int, Suggestion]] = []
    for order, stage in enumerate(FUNNEL_STAGES):
        if stage.needs_product and not has_product:
            continue
        value = rates.get(stage.column)
        rank = distribution.percentile_rank(stage.column, value)
        median = distribution.median(stage.column)
        if value is None or rank is None or median is None or value >= median:
            continue
        uplift = _expected_uplift(base_gmv, value, median, stage.elasticity)
        suggestion = Suggestion(
            topic=stage.topic,
            metric=stage.metric,
            value=value,
            category_median=median,
            percentile_rank=round(rank, 1),
            expected_gmv_uplift=uplift,
            advice=stage.advice,
            playbook_id=stage.playbook_id,
        )
        if rank < WEAK_PERCENTILE:
            found.append((-uplift, order, suggestion))  # ties keep the funnel's order
        else:
            below_median.append((rank, order, suggestion))
    if not found and at_least_one and below_median:
        return [min(below_median, key=lambda item: item[:2])[2]]
    return [suggestion for _, _, suggestion in sorted(found, key=lambda item: item[:2])]


def threshold_suggestion(failures: list[FailedRequirement]) -> Suggestion:
    """How to reach the minimum for evaluation, covering every failed requirement."""
    advice = " ".join(_THRESHOLD_ADVICE.get(failure.requirement, failure.detail) for failure in failures)
    first = failures[0] if failures else None
    return Suggestion(
        topic=SuggestionTopic.THRESHOLD,
        metric=first.requirement if first else None,
        value=first.actual if first else None,
        category_median=None,
        percentile_rank=None,
        expected_gmv_uplift=None,
        advice=advice,
        playbook_id=PLAYBOOK_THRESHOLD,
    )


def violation_suggestion() -> Suggestion:
    return Suggestion(
        topic=SuggestionTopic.VIOLATION,
        metric=None,
        value=None,
        category_median=None,
        percentile_rank=None,
        expected_gmv_uplift=None,
        advice=_VIOLATION_ADVICE,
        playbook_id=PLAYBOOK_VIOLATION,
    )
