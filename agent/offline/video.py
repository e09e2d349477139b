"""Offline answers about videos: the list and one video's diagnosis."""

from __future__ import annotations

from collections.abc import Mapping

from agent.offline.format import num, pct, ratio

RATE_METRICS = {"finish_rate", "click_through_rate", "conversion_rate", "interaction_rate"}


def overview(result: Mapping) -> list[str]:
    account = result.get("account", {})
    lines = [f"Account performance {account.get('start')} to {account.get('end')}:"]
    for key in ("videos_posted", "revenue", "views", "orders", "items_sold"):
        metric = account.get(key) or {}
        change = metric.get("change_percent")
        trend = "" if change is None else f" ({change:+.1f}% vs previous)"
        lines.append(f"- {key.replace('_', ' ').capitalize()}: {num(metric.get('current'))}{trend}")
    videos = result.get("videos", [])
    lines += ["", f"**Videos** ({len(videos)} shown of {result.get('total_videos')}):"]
    for video in videos:
        lines.append(
            f"- {video['video_id']} {video['title']} — **{video['status']}**; revenue {num(video.get('gmv'))}, "
            f"views {num(video.get('views'))}, items sold {num(video.get('items_sold'))}"
        )
    if videos:
        lines.append("Ask “how do I improve video <id>?” for a video's suggestions.")
    return lines


def _metric_value(name: str, value: object) -> str:
    return pct(value) if name in RATE_METRICS else num(value)


def diagnosis(result: Mapping) -> list[str]:
    metrics = result.get("metrics", {})
    lines = [f"**{result.get('video_id')} {result.get('title')}** — **{result.get('status')}** "
             f"(7 days from {result.get('window_first_day')} to {result.get('window_last_day')})."]
    gap = result.get("gpm_gap")
    if result.get("status") == "Can do better" and gap:
        gap_percent = gap.get("gap_percent") or 0.0
        lines.append(f"GPM (GMV per thousand views) {num(gap.get('gpm'))} vs benchmark {num(gap.get('benchmark_gpm'))}: "
                     f"{abs(gap_percent):.0f}% below ({gap.get('benchmark_source')}).")
    for failed in result.get("failed_requirements", []):
        lines.append(f"- Not evaluated: {failed['detail']}")
    for violation in result.get("violations", []):
        lines.append(f"- Violation on day {violation['day_number']}: {violation['policy']} — {violation['reason']}")
    if result.get("account_standing_note"):
        lines.append(str(result["account_standing_note"]))
    lines.append(f"- Revenue {num(metrics.get('gmv'))}, views {num(metrics.get('views'))}, orders {num(metrics.get('orders'))}, "
                 f"items sold {num(metrics.get('items_sold'))}.")
    for comparison in result.get("comparisons", []):
        name = comparison["metric"]
        if name in RATE_METRICS:
            lines.append(f"- {name.replace('_', ' ')}: {_metric_value(name, comparison.get('value'))} vs category median "
                         f"{_metric_value(name, comparison.get('category_median'))} ({ratio(comparison.get('ratio_to_median'))})")
    suggestions = result.get("suggestions", [])
    if suggestions:
        lines += ["", "**Suggestions** (largest expected impact first):"]
        for position, suggestion in enumerate(suggestions, start=1):
            lines.append(f"{position}. {suggestion['topic']}: {suggestion['advice']} [{suggestion['playbook_id']}]")
    elif result.get("status") == "Good performance":
        lines.append("Good performance: no suggestions needed.")
    inspirations = result.get("inspirations", [])
    if inspirations:
        lines += ["", "**Inspirations:**"] + [f"- {i['video_id']} {i['title']}: {i['summary']}" for i in inspirations[:3]]
    products = result.get("products", [])
    if products:
        lines.append("- Products: " + "; ".join(
            f"{p['product_id']} {p['title']} (commission {pct(p.get('commission_rate'), 0)}, {num(p.get('items_sold'))} sold)"
            for p in products))
    return lines
