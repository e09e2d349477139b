"""English offline messages (the reference catalogue: every other language has the same keys)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # writer and knowledge base
    "capabilities": (
        "I can answer questions about your shop's data, for example:\n"
        "- “Which products should I fix first?” / “Why is P-1001 At Risk?”\n"
        "- “Which videos underperform?” / “How do I improve video V-5004?”\n"
        "- “Which reviews can I report?” / “Is this review malicious: …” / “Draft an appeal for review R-…”\n"
        "- “How is the VoC level calculated?”"
    ),
    "out_of_scope": "I can't do that from here: I read your shop's data and explain it, but I don't change anything in your shop.",
    "tool_failed": "I could not get {tool}: {error}",
    "knowledge_none": "I found nothing on that in the knowledge base.",
    "playbook_heading": "What worked for other sellers:",
    "playbook_actions_heading": "Seller actions:",
    "knowledge_intro": "",  # English entries need no note that they are quoted in English
    "help_links": "How this works: {links}",
    # VoC overview
    "benchmark_source_imported": "imported from the marketplace",
    "benchmark_source_pooled": "your store's category average",
    "benchmark_source_mixed": "partly imported, partly your store's average",
    "benchmark_source_none": "none available",
    "voc_by_issue_heading": "**Products whose complaints name {issue}** (most mentions first):",
    "voc_by_issue_row": "{position}. {product_id} {title} — {mentions} negative item(s) ({share} of its negative feedback); **{level}**",
    "voc_by_issue_none": "No product has complaints about {issue} in this window.",
    "voc_header": "VoC diagnosis for the {days} days {start} to {end} (benchmark: {benchmark}):",
    "voc_count": "{products} {level}",
    "voc_count_high": " ({high} high GMV)",
    "voc_counts": "- {counts} (of {total} products).",
    "voc_fix_first": "**Fix first** (most severe level, then highest GMV):",
    "voc_none_urgent": "No product is At Risk or Needs Attention in this window.",
    "voc_no_verdict_reason_few_orders": "fewer than {min_orders} orders in the window",
    "voc_no_verdict_reason_no_benchmark": "no category benchmark",
    "voc_no_verdict_reason_before_collection": "the window starts before feedback collection began",
    "voc_thin_data": "{count} of {total} products have no level (\"-\"): each needs at least {min_orders} orders in the window. The data is thin, so these are complaint counts, not levels.",
    "voc_watch_heading": "**Watch first** (complaints on products without a level, most negative orders first):",
    "voc_watch_heading_also": "**Also watch** (complaints on products with too few orders for a level):",
    "voc_watch_row": "{position}. {product_id} {title} — {negative} of {orders} orders negative; adjusted rate {shrunk} vs category {benchmark}{issue}",
    "voc_watch_row_no_benchmark": "{position}. {product_id} {title} — {negative} of {orders} orders negative{issue}",
    "voc_watch_none": "None of them has a complaint in this window.",
    "voc_warnings_heading": "**Early warnings** (rising before the level turns red):",
    "voc_no_warnings": "No early warnings: no issue doubled to 3 or more negative items in the last 7 days.",
    "voc_row": "{position}. {product_id} {title} — **{level}**: {rate} negative vs {benchmark} benchmark ({ratio}); GMV 30d {gmv}{star}{issue}",
    "voc_row_star": " ★ high GMV",
    "voc_row_issue": "; top issue: {issue}",
    "voc_warning_row": "- {product_id} {title}: {message}",
    "voc_warning": "{label}: {last} negative items in the last 7 days vs {previous} in the 7 before{growth}.",
    "voc_warning_growth": " ({growth} the week before)",
    "voc_warning_new": " (new this week)",
    # VoC product
    "voc_product_head": "**{product_id} {title}** ({category}) is **{level}**.",
    "voc_reason": "{rate} negative vs category benchmark {benchmark}{ratio}, 95% interval {low}–{high}: {explanation}.",
    "voc_reason_ratio": " ({ratio})",
    "voc_reason_at_risk": "significantly above the benchmark (the whole interval is above it)",
    "voc_reason_needs_attention": "slightly above the benchmark",
    "voc_reason_market_average": "in line with the benchmark",
    "voc_reason_below_average": "below the benchmark",
    "voc_orders": "- {negative} of {orders} orders had negative feedback; product part {product_part}, fulfillment part {fulfillment_part}.",
    "voc_issues_heading": "**Top issues** ({items} negative items; {note})",
    "voc_shares_note": "One feedback item can mention several issues, so the shares can add up to more than 100%.",
    "voc_no_feedback": "No negative feedback in this window.",
    "voc_issue_row": "- {label}: {share} ({count}{change}){mark}",
    "voc_issue_previous": ", previous period {share}",
    "voc_issue_main": " ← main issue",
    "voc_keywords": "- Keywords: {keywords}",
    "voc_previous": "- Previous period ({start} to {end}): {level} at {rate}, now {now}.",
    "voc_high_gmv": "- High GMV product (GMV 30d {gmv}, {items} items): fix first.",
    "voc_early_warning": "- Early warning: {message}",
    "voc_videos_to_check": "**Buyers say a promotion over-promised it.** Videos that sell it; check what they claim:",
    "voc_video_to_check": "- {video_id} {title} (posted {posted})",
    # videos
    "video_account": "Account performance {start} to {end}:",
    "video_account_row": "- {metric}: {value}{trend}",
    "video_trend": " ({change}% vs previous)",
    "video_list_heading": "**Videos** ({shown} shown of {total}):",
    "video_row": "- {video_id} {title} — **{status}**; revenue {gmv}, views {views}, items sold {items}",
    "video_reason": "  - Holds it back most: {reason}",
    "video_topic_hook": "hook and retention (viewers leave early)",
    "video_topic_product_interest": "product interest (few product clicks)",
    "video_topic_purchase": "purchase (clicks that do not turn into orders)",
    "video_topic_engagement": "engagement (few likes, comments and shares)",
    "video_topic_threshold": "it has not reached the minimum to be evaluated",
    "video_topic_violation": "a policy violation",
    "video_ask_more": "Ask “how do I improve video {video_id}?” for a video's suggestions.",
    "video_head": "**{video_id} {title}** — **{status}** (7 days from {first} to {last}).",
    "video_gpm": "GPM (GMV per thousand views) {gpm} vs benchmark {benchmark}: {gap}% below ({source}).",
    "video_benchmark_imported": "the marketplace's benchmark",
    "video_benchmark_store_median": "median of {count} eligible videos in your store",
    "video_not_evaluated": "- Not evaluated: {detail}",
    "video_violation": "- Violation on day {day}: {policy} — {reason}",
    "video_metrics": "- Revenue {gmv}, views {views}, orders {orders}, items sold {items}.",
    "video_comparison": "- {metric}: {value} vs category median {median} ({ratio})",
    "video_suggestions_heading": "**Suggestions** (largest expected impact first):",
    "video_good": "{status}: no suggestions needed.",
    "video_inspirations_heading": "**Inspirations:**",
    "video_products": "- Products: {products}",
    "video_product": "{product_id} {title} (commission {commission}, {sold} sold)",
    # reviews
    "review_dont_report": (
        "This reads as a **genuine complaint**: do not report it. Reporting genuine complaints can get "
        "your reporting blocked; fix the problem behind it instead."
    ),
    "review_pasted": "The pasted review",
    "review_named": "Review {review_id}",
    "review_genuine": "{name}: {category} (confidence {confidence}).",
    "review_malicious": "{name} looks malicious: {category} (confidence {confidence}){also}.",
    "review_also": ", also {categories}",
    "review_signals": "Signals:",
    "review_reportable_until": "It can be reported until {day} ({days} days left).",
    "review_reportable": "It can be reported.",
    "review_not_reportable": "It cannot be reported: {reasons}",
    "review_next": "Next: ask “draft an appeal for review {review_id}”; filing stays your decision.",
    "appeal_draft": "Appeal draft for review {review_id} ({category}). Check it, add the attachments, then file it yourself:",
    "appeal_missing": "Still to attach: {attachments}",
    "appeal_issues": "Issues it raises: {issues}",
    "appeal_genuine_for": "Review {review_id}: no appeal drafted.",
    "appeal_none": "No appeal for review {review_id}: {eligibility}",
    "triage_header": "{count} negative reviews from {first} to {last}:",
    "triage_group": "- {category}: {count}",
    "triage_item": "  - {review_id} ({rating}★, {status}): “{preview}”",
    "triage_days_left": "{days} days left",
    "triage_not_reportable": "not reportable",
    "triage_genuine_issues": "Genuine complaints by issue: {issues}",
    "triage_warning": "Warning: {warning}",
    # eligibility reasons by code (English shows the tool's own messages when it has them)
    "eligibility_rating_too_high": "The rating is too high: only low-star reviews can be reported.",
    "eligibility_window_closed": "The reporting window closed after {last_day} (posted on {posted_on}).",
    "eligibility_already_reported": "This review has already been reported; each review can be reported only once.",
}

# English prints the marketplace terms as they are; only the no-verdict dash needs words.
GLOSSARY: Final[dict[str, str]] = {"-": "no verdict"}
