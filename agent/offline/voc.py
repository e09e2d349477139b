"""Offline answers about VoC: the shop's priorities and one product's diagnosis."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from agent.offline.format import num, pct, ratio

URGENT = ("At Risk", "Needs Attention")


def overview(result: Mapping, *, warnings_only: bool = False) -> list[str]:
    window = result.get("window", {})
    lines = [
        f"VoC diagnosis for the {window.get('days')} days {window.get('start')} to {window.get('end')} "
        f"(benchmark: {result.get('benchmark_source')}):"
    ]
    counts = [f"{row['products']} {row['level']}" + (f" ({row['high_gmv_products']} high GMV)" if row.get("high_gmv_products") else "")
              for row in result.get("summary", []) if row.get("products")]
    lines.append("- " + ", ".join(counts) + f" (of {result.get('total_products')} products).")
    warnings = result.get("early_warnings", [])
    if not warnings_only:
        rows = result.get("products", [])
        urgent = [r for r in rows if r.get("level") in URGENT]
        if urgent:
            lines += ["", "**Fix first** (most severe level, then highest GMV):"]
            for position, row in enumerate(urgent[:5], start=1):
                lines.append(_product_line(position, row))
        else:
            lines.append("No product is At Risk or Needs Attention in this window.")
    if warnings:
        lines += ["", "**Early warnings** (rising before the level turns red):"]
        lines += [f"- {w['product_id']} {w['product_title']}: {w['message']}" for w in warnings[:5]]
    elif warnings_only:
        lines.append("No early warnings: no issue doubled to 3 or more negative items in the last 7 days.")
    return lines


def _product_line(position: int, row: Mapping) -> str:
    star = " ★ high GMV" if row.get("high_gmv") else ""
    issue = f"; top issue: {row['top_issue']}" if row.get("top_issue") else ""
    return (
        f"{position}. {row['product_id']} {row['title']} — **{row['level']}**: {pct(row.get('rate'))} negative vs "
        f"{pct(row.get('benchmark'))} benchmark ({ratio(row.get('ratio_to_benchmark'))}); GMV 30d {num(row.get('gmv_30d'))}"
        f"{star}{issue}"
    )


def product(result: Mapping) -> list[str]:
    e = result.get("estimate", {})
    lines = [
        f"**{result.get('product_id')} {result.get('title')}** ({result.get('category')}) is **{result.get('level')}**.",
        f"{result.get('level_reason')}",
        f"- {e.get('negative_orders')} of {e.get('orders')} orders had negative feedback; product part "
        f"{pct(e.get('product_part_rate'))}, fulfillment part {pct(e.get('fulfillment_part_rate'))}.",
    ]
    issues: Sequence[Mapping] = result.get("issues", [])
    if issues:
        lines += ["", f"**Top issues** ({result.get('negative_items')} negative items; {result.get('issues_note')})"]
        for issue in issues:
            mark = " ← main issue" if issue.get("highlighted") else ""
            change = "" if issue.get("previous_share") is None else f", previous period {pct(issue['previous_share'], 0)}"
            lines.append(f"- {issue['label']}: {pct(issue.get('share'), 0)} ({issue.get('count')}{change}){mark}")
            for quote in issue.get("evidence", [])[:1]:
                lines.append(f"  > “{quote['text'][:160]}” ({quote['item_id']})")
    else:
        lines.append(str(result.get("issues_note", "")))
    keywords = result.get("keywords", [])
    if keywords:
        lines.append("- Keywords: " + ", ".join(f"{k['keyword']} ({k['count']})" for k in keywords[:6]))
    previous = result.get("previous")
    if previous:
        lines.append(f"- Previous period ({previous.get('window', {}).get('start')} to {previous.get('window', {}).get('end')}): "
                     f"{previous.get('level')} at {pct(previous.get('rate'))}, now {pct(e.get('rate'))}.")
    if result.get("high_gmv"):
        lines.append(f"- High GMV product (GMV 30d {num(result.get('gmv_30d'))}, {result.get('items_sold_30d')} items): fix first.")
    for warning in result.get("early_warnings", []):
        lines.append(f"- Early warning: {warning['message']}")
    return lines
