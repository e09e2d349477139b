"""Offline answers about VoC: the shop's priorities and one product's diagnosis."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from agent.offline.format import money, pct, ratio
from agent.offline.messages import Language, say
from tools.languages import formatting, gloss, issue_label
from tools.voc.models import ProductDiagnosis
from tools.voc.summary import first_action
from tools.voc.wording import level_reason, warning_message, watch_line

URGENT = ("At Risk", "Needs Attention")


def overview(result: Mapping, *, language: Language = "en", warnings_only: bool = False) -> list[str]:
    window = result.get("window", {})
    lines = _lead(result, language) if not (warnings_only or result.get("issue")) else []
    lines += [say(language, "voc_header", days=window.get("days"), start=formatting.day(window.get("start"), language),
                 end=formatting.day(window.get("end"), language),
                 benchmark=say(language, f"benchmark_source_{result.get('benchmark_source') or 'none'}"))]
    counts = [
        say(language, "voc_count", products=row["products"], level=gloss(language, row["level"]))
        + (say(language, "voc_count_high", high=row["high_gmv_products"]) if row.get("high_gmv_products") else "")
        for row in result.get("summary", []) if row.get("products")
    ]
    if result.get("scope"):
        lines.append(say(language, "voc_scope", title=result["scope"], count=result.get("total_products")))
    lines.append(say(language, "voc_counts", counts=", ".join(counts), total=result.get("total_products")))
    warnings = result.get("early_warnings", [])
    if result.get("issue") and not warnings_only:
        issue = issue_label(language, result.get("issue_label") or result["issue"], result["issue"])
        rows = result.get("products", [])
        if rows:
            lines += ["", say(language, "voc_by_issue_heading", issue=issue)]
            lines += [say(language, "voc_by_issue_row", position=position, product_id=row["product_id"], title=row["title"],
                          mentions=row.get("issue_mentions"), share=pct(row.get("issue_share"), language=language), level=gloss(language, row["level"]))
                      for position, row in enumerate(rows[:5], start=1)]
        else:
            lines.append(say(language, "voc_by_issue_none", issue=issue))
    elif not warnings_only:
        rows = result.get("products", [])
        urgent = [r for r in rows if r.get("level") in URGENT]
        watch = result.get("watch_list", [])
        if urgent:
            lines += ["", say(language, "voc_fix_first")]
            for position, row in enumerate(urgent[:5], start=1):
                lines.append(_product_line(position, row, language, result.get("currency")))
                if step := first_action(row.get("top_issue"), language):
                    lines.append(say(language, "voc_first_step", step=step))
            if watch:
                lines += ["", say(language, "voc_watch_heading_also")]
                lines += [watch_line(position, item, language) for position, item in enumerate(watch[:3], start=1)]
        elif watch:
            # Never "nothing to fix" while complaints exist: a long-tail shop's products mostly have no level.
            lines += ["", say(language, "voc_thin_data", count=result.get("products_without_verdict"),
                              total=result.get("total_products"), min_orders=result.get("min_orders")),
                      say(language, "voc_watch_heading")]
            lines += [watch_line(position, item, language) for position, item in enumerate(watch[:5], start=1)]
        else:
            lines.append(say(language, "voc_none_urgent"))
            if result.get("products_without_verdict"):
                lines.append(say(language, "voc_thin_data", count=result.get("products_without_verdict"),
                                 total=result.get("total_products"), min_orders=result.get("min_orders"))
                             + " " + say(language, "voc_watch_none"))
    if warnings:
        lines += ["", say(language, "voc_warnings_heading")]
        lines += [say(language, "voc_warning_row", product_id=w["product_id"], title=w["product_title"],
                      message=warning_message(w, language)) for w in warnings[:5]]
    elif warnings_only:
        lines.append(say(language, "voc_no_warnings"))
    return lines


def _lead(result: Mapping, language: Language) -> list[str]:
    """The answer's point first: the product to fix first and how many need work; the figures follow."""
    urgent = [row for row in result.get("products", []) if row.get("level") in URGENT]
    if not urgent:
        return []
    first = urgent[0]
    issue = (say(language, "voc_row_issue", issue=issue_label(language, first.get("top_issue_label") or first["top_issue"],
                                                               first["top_issue"])) if first.get("top_issue") else "")
    count = sum(row.get("products", 0) for row in result.get("summary", []) if row.get("level") in URGENT)
    return [say(language, "voc_lead", product_id=first["product_id"], title=first["title"],
                level=gloss(language, first["level"]), issue=issue, count=count or len(urgent)), ""]


def _product_line(position: int, row: Mapping, language: Language, currency: object = None) -> str:
    star = say(language, "voc_row_star") if row.get("high_gmv") else ""
    issue = (say(language, "voc_row_issue", issue=issue_label(language, row.get("top_issue_label") or row["top_issue"], row["top_issue"]))
             if row.get("top_issue") else "")
    return say(
        language, "voc_row", position=position, product_id=row["product_id"], title=row["title"],
        level=gloss(language, row["level"]), rate=pct(row.get("rate"), language=language), benchmark=pct(row.get("benchmark"), language=language),
        ratio=ratio(row.get("ratio_to_benchmark"), language=language), gmv=money(row.get("gmv_30d"), currency, language=language), star=star, issue=issue,
    )


def _issues_note(note: object, language: Language) -> str:
    for key in ("voc_shares_note", "voc_no_feedback"):
        if note == say("en", key):
            return say(language, key)
    return str(note or "")


def product(result: Mapping, *, language: Language = "en") -> list[str]:
    e = result.get("estimate", {})
    lines = [
        say(language, "voc_product_head", product_id=result.get("product_id"), title=result.get("title"),
            category=result.get("category"), level=gloss(language, result.get("level"))),
        level_reason(result, language),
        say(language, "voc_orders", negative=e.get("negative_orders"), orders=e.get("orders"),
            product_part=pct(e.get("product_part_rate"), language=language), fulfillment_part=pct(e.get("fulfillment_part_rate"), language=language)),
    ]
    explained = _explained(result, language)
    if explained is not None and explained.summary is not None:
        lines += ["", explained.summary.text]
    issues: Sequence[Mapping] = result.get("issues", [])
    note = _issues_note(result.get("issues_note"), language)
    if issues:
        lines += ["", say(language, "voc_issues_heading", items=result.get("negative_items"), note=note)]
        for issue in issues:
            mark = say(language, "voc_issue_main") if issue.get("highlighted") else ""
            previous_share = issue.get("previous_share")
            change = "" if previous_share is None else say(language, "voc_issue_previous", share=pct(previous_share, 0, language=language))
            lines.append(say(language, "voc_issue_row", label=issue_label(language, issue["label"], issue.get("tag")),
                             share=pct(issue.get("share"), 0, language=language), count=issue.get("count"), change=change, mark=mark))
            for quote in issue.get("evidence", [])[:1]:
                lines.append(f"  > “{quote['text'][:160]}” ({quote['item_id']})")
    else:
        lines.append(note)
    keywords = result.get("keywords", [])
    if keywords:
        lines.append(say(language, "voc_keywords", keywords=", ".join(f"{k['keyword']} ({k['count']})" for k in keywords[:6])))
    previous = result.get("previous")
    if previous:
        window = previous.get("window", {})
        lines.append(say(language, "voc_previous", start=formatting.day(window.get("start"), language),
                         end=formatting.day(window.get("end"), language), level=gloss(language, previous.get("level")),
                         rate=pct(previous.get("rate"), language=language), now=pct(e.get("rate"), language=language)))
    if result.get("high_gmv"):
        lines.append(say(language, "voc_high_gmv", gmv=money(result.get("gmv_30d"), result.get("currency"), language=language),
                         items=result.get("items_sold_30d")))
    for warning in result.get("early_warnings", []):
        lines.append(say(language, "voc_early_warning", message=warning_message(warning, language)))
    videos = result.get("videos_to_check") or []
    if videos:
        lines += ["", say(language, "voc_videos_to_check")]
        lines += [say(language, "voc_video_to_check", video_id=video["video_id"], title=video["title"],
                      posted=formatting.day(video["posted"], language)) for video in videos]
    excluded = result.get("excluded") or []
    if excluded:
        lines += ["", say(language, "voc_excluded", count=formatting.number(len(excluded), language),
                          ids=", ".join(str(item["review_id"]) for item in excluded[:5]))]
    if explained is not None and explained.action_plan:
        from vectorstore.content import playbook_titles

        titles = playbook_titles(language)
        lines += ["", say(language, "plan_heading")]
        for number, step in enumerate(explained.action_plan, start=1):
            cited = ", ".join(f"“{titles.get(entry, entry)}”" for entry in step.playbook_ids)
            lines.append(f"{number}. {step.text}" + (say(language, "plan_cited", entries=cited) if cited else ""))
    return lines


def _explained(result: Mapping, language: Language) -> ProductDiagnosis | None:
    """The diagnosis's summary and action plan in the answer's language (the tool writes them in English)."""
    from tools.voc.summary import explain
    from vectorstore.content import playbook_for

    try:
        diagnosis = ProductDiagnosis.model_validate(dict(result))
    except ValueError:  # a partial result (a model's compacted view): the lines above stand without them
        return None
    return explain(diagnosis, playbook=playbook_for(diagnosis.category), language=language)
