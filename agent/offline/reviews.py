"""Offline answers about reviews: assessments, appeals and the triage list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

GENUINE = "not_malicious"
DONT_REPORT = ("This reads as a **genuine complaint**: do not report it. Reporting genuine complaints can get "
               "your reporting blocked; fix the problem behind it instead.")


def _signals(signals: Sequence[Mapping], limit: int = 4) -> list[str]:
    return [f"{n}. {s['description']}" for n, s in enumerate(signals[:limit], start=1)]


def _eligibility(eligibility: Mapping) -> str:
    if eligibility.get("eligible"):
        return (f"It can be reported until {eligibility.get('last_reportable_day')} "
                f"({eligibility.get('days_left')} days left).")
    return "It cannot be reported: " + " ".join(eligibility.get("messages", []))


def assessment(result: Mapping) -> list[str]:
    verdict = result.get("assessment", result)
    category = verdict.get("category")
    review_id = result.get("review_id") or verdict.get("review_id") or result.get("id")
    name = "The pasted review" if review_id == "pasted" else f"Review {review_id}"
    if category == GENUINE:
        lines = [f"{name}: **{category}** (confidence {verdict.get('confidence'):.2f}).", "", DONT_REPORT, ""]
        lines += _signals(verdict.get("signals", []))
        return lines
    secondary = verdict.get("secondary") or []
    lines = [f"{name} looks malicious: **{category}** (confidence {verdict.get('confidence'):.2f})"
             + (f", also {', '.join(secondary)}." if secondary else ".")]
    lines += ["", "Signals:"] + _signals(verdict.get("signals", [])) + [""]
    eligibility = result.get("eligibility")
    if eligibility:
        lines.append(_eligibility(eligibility))
        if eligibility.get("eligible"):
            lines.append(f"Next: ask “draft an appeal for review {review_id}”; filing stays your decision.")
    elif "eligible" in result:
        lines.append("It can be reported." if result["eligible"] else "It cannot be reported: " + " ".join(result.get("messages", [])))
    return lines


def appeal(result: Mapping) -> list[str]:
    outcome = result.get("outcome")
    if outcome == "draft" and result.get("draft"):
        draft = result["draft"]
        missing = [a["label"] for a in draft.get("attachments", []) if a.get("recommended") and not a.get("available")]
        lines = [f"Appeal draft for review {result.get('review_id')} (**{draft.get('category')}**). "
                 "Check it, add the attachments, then file it yourself:", "", draft.get("text", "")]
        if missing:
            lines += ["", "Still to attach: " + "; ".join(missing)]
        return lines
    if outcome == "genuine_complaint":
        advice = result.get("advice") or {}
        lines = [DONT_REPORT, str(advice.get("message", ""))]
        if advice.get("issue_tags"):
            lines.append("Issues it raises: " + ", ".join(advice["issue_tags"]))
        return lines
    return [f"No appeal for review {result.get('review_id')}: " + _eligibility(result.get("eligibility", {}))]


def triage(result: Mapping) -> list[str]:
    lines = [f"{result.get('negative_reviews')} negative reviews from {result.get('first_day')} to {result.get('as_of')}:"]
    for group in result.get("groups", []):
        lines.append(f"- **{group['category']}**: {group['count']}")
        if group["category"] == GENUINE:
            continue
        for item in group.get("items", [])[:3]:
            status = f"{item['days_left']} days left" if item.get("eligible") else "not reportable"
            lines.append(f"  - {item['review_id']} ({item['rating']}★, {status}): “{item['preview']}”")
    issues = result.get("genuine_issue_counts") or {}
    if issues:
        lines.append("Genuine complaints by issue: " + ", ".join(f"{tag} {count}" for tag, count in issues.items()))
    stats = result.get("stats") or {}
    if stats.get("warning"):
        lines.append(f"Warning: {stats['warning']}")
    return lines
