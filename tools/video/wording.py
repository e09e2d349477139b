"""A video result's words in a language: what holds a video back, a metric's name. The chat's offline answers and
the app's Videos tab both say them, so they read the same; words come from the language packs."""

from __future__ import annotations

from tools.languages import pack, say

# What holds a video back most, in the seller's words (SuggestionTopic values -> message keys).
TOPIC_KEYS = {"hook/retention": "video_topic_hook", "product interest": "video_topic_product_interest",
              "purchase": "video_topic_purchase", "engagement": "video_topic_engagement",
              "minimum for evaluation": "video_topic_threshold", "policy violation": "video_topic_violation"}


def topic_label(language: str, topic: object) -> str:
    """A suggestion's topic ("hook/retention") as the pack says it: "gancho e retenção (o público sai cedo)"."""
    key = TOPIC_KEYS.get(str(topic))
    return say(language, key) if key else str(topic)


def metric_label(language: str, metric: str) -> str:
    """A metric as the tools name it ("finish rate", "items sold", "GPM") in the pack's words; the English name
    where the pack has none (English itself, and GMV and GPM everywhere)."""
    key = metric.replace(" ", "_").replace("-", "_")
    return pack(language).glossary.get(key) or metric
