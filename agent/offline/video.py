"""Offline answers about videos: the list and one video's diagnosis."""

from __future__ import annotations

from collections.abc import Mapping

from agent.offline.format import money, num, pct, ratio
from agent.offline.messages import Language, say
from tools.languages import formatting, gloss
from tools.video.wording import TOPIC_KEYS, metric_label, topic_label

RATE_METRICS = {"finish_rate", "click_through_rate", "conversion_rate", "interaction_rate"}
ACCOUNT_METRICS = ("videos_posted", "revenue", "views", "orders", "items_sold")


def _metric_name(key: str, language: Language, *, capitalise: bool) -> str:
    """A metric's name ("finish_rate") in the seller's words; English capitalised at the start of a row."""
    name = metric_label(language, key.replace("_", " "))
    return name.capitalize() if capitalise and language == "en" else name


def overview(result: Mapping, *, language: Language = "en") -> list[str]:
    account = result.get("account", {})
    lines = [say(language, "video_account", start=formatting.day(account.get("start"), language), end=formatting.day(account.get("end"), language))]
    for key in ACCOUNT_METRICS:
        metric = account.get(key) or {}
        change = metric.get("change_percent")
        trend = "" if change is None else say(language, "video_trend", change=formatting.signed(change, language))
        value = money(metric.get("current"), result.get("currency"), language=language) if key == "revenue" else num(
            metric.get("current"), language=language)
        lines.append(say(language, "video_account_row", metric=_metric_name(key, language, capitalise=True), value=value, trend=trend))
    videos = result.get("videos", [])
    counts = {"shown": len(videos), "total": result.get("total_videos")}
    heading = (say(language, "video_list_selling", product=result["selling"], **counts) if result.get("selling")
               else say(language, "video_list_heading", **counts))
    lines += ["", heading]
    for video in videos:
        lines.append(say(language, "video_row", video_id=video["video_id"], title=video["title"],
                         status=gloss(language, video["status"]), gmv=money(video.get("gmv"), result.get("currency"), language=language),
                         views=num(video.get("views"), language=language), items=num(video.get("items_sold"), language=language)))
        if video.get("main_reason") in TOPIC_KEYS:
            lines.append(say(language, "video_reason", reason=topic_label(language, video["main_reason"])))
    if videos:
        # Blank line first: the hint is its own paragraph, not the tail of the last video's row.
        lines += ["", say(language, "video_ask_more", video_id=videos[0]["video_id"])]
    return lines


def _metric_value(name: str, value: object, language: Language) -> str:
    return pct(value, language=language) if name in RATE_METRICS else num(value, language=language)


def diagnosis(result: Mapping, *, language: Language = "en") -> list[str]:
    metrics = result.get("metrics", {})
    status = result.get("status")
    lines = [say(language, "video_head", video_id=result.get("video_id"), title=result.get("title"),
                 status=gloss(language, status), first=formatting.day(result.get("window_first_day"), language),
                 last=formatting.day(result.get("window_last_day"), language))]
    gap = result.get("gpm_gap")
    if status == "Can do better" and gap:
        gap_percent = gap.get("gap_percent") or 0.0
        currency = result.get("currency")
        lines.append(say(language, "video_gpm", gpm=money(gap.get("gpm"), currency, language=language),
                         benchmark=money(gap.get("benchmark_gpm"), currency, language=language),
                         gap=f"{abs(gap_percent):.0f}",
                         source=say(language, f"video_benchmark_{gap.get('benchmark_source')}", count=gap.get("benchmark_videos"))))
    for failed in result.get("failed_requirements", []):
        lines.append(say(language, "video_not_evaluated", detail=failed["detail"]))
    for violation in result.get("violations", []):
        lines.append(say(language, "video_violation", day=violation["day_number"], policy=violation["policy"],
                         reason=violation["reason"]))
    if result.get("account_standing_note"):
        lines.append(str(result["account_standing_note"]))
    lines.append(say(language, "video_metrics", gmv=money(metrics.get("gmv"), result.get("currency"), language=language),
                     views=num(metrics.get("views"), language=language),
                     orders=num(metrics.get("orders"), language=language), items=num(metrics.get("items_sold"), language=language)))
    for comparison in result.get("comparisons", []):
        name = comparison["metric"]
        if name in RATE_METRICS:
            lines.append(say(language, "video_comparison", metric=_metric_name(name, language, capitalise=False),
                             value=_metric_value(name, comparison.get("value"), language),
                             median=_metric_value(name, comparison.get("category_median"), language),
                             ratio=ratio(comparison.get("ratio_to_median"), language=language)))
    suggestions = result.get("suggestions", [])
    if suggestions:
        lines += ["", say(language, "video_suggestions_heading")]
        for position, suggestion in enumerate(suggestions, start=1):
            lines.append(f"{position}. {topic_label(language, suggestion['topic'])}: {suggestion['advice']} [{suggestion['playbook_id']}]")
    elif status == "Good performance":
        lines.append(say(language, "video_good", status=gloss(language, status)))
    inspirations = result.get("inspirations", [])
    if inspirations:
        lines += ["", say(language, "video_inspirations_heading")]
        lines += [say(language, "video_inspiration", video_id=i["video_id"], title=i["title"],
                      user=str(i.get("username", "")).lstrip("@"), metric=metric_label(language, str(i.get("excels_at", ""))),
                      value=pct(i.get("value"), language=language), median=pct(i.get("category_median"), language=language),
                      multiple=ratio(i.get("multiple_of_median"), language=language))
                  for i in inspirations[:3]]
    products = result.get("products", [])
    if products:
        lines.append(say(language, "video_products", products="; ".join(
            say(language, "video_product", product_id=p["product_id"], title=p["title"],
                commission=pct(p.get("commission_rate"), 0, language=language), sold=num(p.get("items_sold"), language=language))
            for p in products)))
    return lines
