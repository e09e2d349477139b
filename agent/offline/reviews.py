"""Offline answers about reviews: assessments, appeals and the triage list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from agent.offline.messages import Language, say
from tools.languages import issue_label, pack
from tools.languages.formatting import day
from tools.reviews.labels import category_name

GENUINE = "not_malicious"
ELIGIBILITY_KEYS = {
    "rating_too_high": "eligibility_rating_too_high",
    "window_closed": "eligibility_window_closed",
    "already_reported": "eligibility_already_reported",
}


def what_to_fix(advice: Mapping, language: Language, *, playbook: bool = True) -> list[str]:
    """For a genuine complaint: the VoC issues it raises, and the playbook entries for them in the product's
    category (what worked for other sellers). The chat leaves the entries out: its answer cites them in full."""
    from vectorstore.content import issue_playbook_titles

    tags = [str(tag) for tag in advice.get("issue_tags") or []]
    if not tags:
        return []
    lines = [say(language, "appeal_issues", issues=", ".join(_issue(language, tag) for tag in tags))]
    titles = issue_playbook_titles(advice.get("product_category") or None, tags, language) if playbook else []
    if titles:  # a paragraph of its own in Markdown
        lines += ["", f"{say(language, 'playbook_heading')} " + ", ".join(f"“{title}”" for title in titles)]
    return lines


def _issue(language: Language, tag: object) -> str:
    """An issue tag as the VoC screens name it ("Quality defect"), with the local word in other languages."""
    from tools.tagging.taxonomy import tag_label

    return issue_label(language, tag_label(tag), tag)


def _signal_text(signal: Mapping, language: Language) -> str:
    """English keeps the classifier's sentence; other languages say the signal's kind and quote the review."""
    local = pack(language).glossary.get(str(signal.get("kind")))
    if language == "en" or not local:
        return str(signal["description"])
    text = local
    quotes = signal.get("quotes") or []
    if quotes:
        text += ("：" if language == "zh" else ": ") + f"“{quotes[0]}”"
    ids = signal.get("evidence_ids") or []
    return text + (f" ({', '.join(ids)})" if ids else "")


def _signals(signals: Sequence[Mapping], language: Language, limit: int = 4) -> list[str]:
    return [f"{n}. {_signal_text(s, language)}" for n, s in enumerate(signals[:limit], start=1)]


def ineligible_reasons(source: Mapping, language: Language) -> str:
    """Why a review cannot be reported: the tool's messages in English, its reason codes in words otherwise."""
    messages = [str(m) for m in source.get("messages", [])]
    codes = [str(c) for c in source.get("reasons") or source.get("ineligible_reasons") or []]
    if (language == "en" and messages) or not codes or any(code not in ELIGIBILITY_KEYS for code in codes):
        return " ".join(messages)
    return " ".join(say(language, ELIGIBILITY_KEYS[code], last_day=day(source.get("last_reportable_day"), language),
                        posted_on=day(source.get("posted_on"), language)) for code in codes)


def _eligibility(eligibility: Mapping, language: Language) -> str:
    if eligibility.get("eligible"):
        return say(language, "review_reportable_until", day=day(eligibility.get("last_reportable_day"), language),
                   days=eligibility.get("days_left"))
    return say(language, "review_not_reportable", reasons=ineligible_reasons(eligibility, language))


def _category(category: object, language: Language) -> str:
    """The category in bold as the marketplace's help page names it, with the local word after (never our id)."""
    return f"**{category_name(category, language)}**"


def _decision(verdict: Mapping, language: Language) -> list[str]:
    """What to do with a malicious-looking review: report it, or check first and what to check."""
    if verdict.get("decision") == "check_first":
        problem = verdict.get("problem")
        why = say(language, "review_check_problem", quote=problem) if problem else say(language, "review_check_weak")
        checklist = say(language, f"checklist_{verdict.get('category')}")
        return [say(language, "review_decision_check_first", why=why), say(language, "review_checklist") + " " + checklist]
    if verdict.get("decision") == "report":
        return [say(language, "review_decision_report")]
    return []


def assessment(result: Mapping, *, language: Language = "en", playbook: bool = False) -> list[str]:
    verdict = result.get("assessment", result)
    category = verdict.get("category")
    review_id = result.get("review_id") or verdict.get("review_id") or result.get("id")
    name = say(language, "review_pasted") if review_id == "pasted" else say(language, "review_named", review_id=review_id)
    confidence = f"{verdict.get('confidence'):.2f}"
    if category == GENUINE:
        lines = [say(language, "review_genuine", name=name, category=_category(category, language), confidence=confidence),
                 "", say(language, "review_dont_report"), ""]
        fixes = what_to_fix(result.get("advice") or {}, language, playbook=playbook)
        if fixes:
            lines += [*fixes, ""]
        lines += _signals(verdict.get("signals", []), language)
        return lines
    secondary = verdict.get("secondary") or []
    also = say(language, "review_also", categories=", ".join(_category(c, language).replace("**", "") for c in secondary)) if secondary else ""
    lines = [say(language, "review_malicious", name=name, category=_category(category, language), confidence=confidence, also=also)]
    lines += _decision(verdict, language)
    if verdict.get("obfuscation"):
        lines.append(say(language, "review_hidden_text"))
    lines += ["", say(language, "review_signals")] + _signals(verdict.get("signals", []), language) + [""]
    eligibility = result.get("eligibility")
    if eligibility:
        lines.append(_eligibility(eligibility, language))
        if eligibility.get("eligible") and verdict.get("decision", "report") == "report":
            lines.append(say(language, "review_next", review_id=review_id))
    elif "eligible" in result:
        lines.append(say(language, "review_reportable") if result["eligible"]
                     else say(language, "review_not_reportable", reasons=ineligible_reasons(result, language)))
    return lines


def appeal(result: Mapping, *, language: Language = "en", playbook: bool = False) -> list[str]:
    outcome = result.get("outcome")
    if outcome == "draft" and result.get("draft"):
        draft = result["draft"]
        missing = [a["label"] for a in draft.get("attachments", []) if a.get("recommended") and not a.get("available")]
        lines = [say(language, "appeal_draft", review_id=result.get("review_id"), category=_category(draft.get("category"), language)),
                 "", draft.get("text", "")]
        if missing:
            lines += ["", say(language, "appeal_missing", attachments="; ".join(missing))]
        return lines
    if outcome == "check_first":
        verdict = result.get("assessment") or {}
        return [say(language, "appeal_check_first", review_id=result.get("review_id")), *_decision(verdict, language)]
    if outcome == "genuine_complaint":
        advice = result.get("advice") or {}
        lines = [say(language, "appeal_genuine_for", review_id=result.get("review_id"))]
        # The tool writes its advice in en and zh; in other languages our own "don't report" line says it.
        if language in ("en", "zh") and advice.get("message"):
            lines.append(str(advice["message"]))
        else:
            lines.append(say(language, "review_dont_report"))
        lines += what_to_fix(advice, language, playbook=playbook)
        return lines
    return [say(language, "appeal_none", review_id=result.get("review_id"),
                eligibility=_eligibility(result.get("eligibility", {}), language))]


def triage(result: Mapping, *, language: Language = "en") -> list[str]:
    product = result.get("product_title") or result.get("product_id")
    lines = [say(language, "triage_header_product" if product else "triage_header", count=result.get("negative_reviews"),
                 first=day(result.get("first_day"), language), last=day(result.get("as_of"), language), product=product)]
    for group in result.get("groups", []):
        lines.append(say(language, "triage_group", category=_category(group["category"], language), count=group["count"]))
        if group["category"] == GENUINE:
            continue
        for item in group.get("items", [])[:3]:
            status = (say(language, "triage_days_left", days=item["days_left"]) if item.get("eligible")
                      else say(language, "triage_not_reportable"))
            if item.get("decision") == "check_first":
                status = f"{say(language, 'triage_check_first')}, {status}"
            lines.append(say(language, "triage_item", review_id=item["review_id"], rating=item["rating"],
                             status=status, preview=item["preview"]))
    issues = result.get("genuine_issue_counts") or {}
    if issues:
        lines.append(say(language, "triage_genuine_issues",
                         issues=", ".join(f"{_issue(language, tag)} {count}" for tag, count in issues.items())))
    stats = result.get("stats") or {}
    if stats.get("warning"):
        lines.append(say(language, "triage_warning", warning=stats["warning"]))
    return lines
