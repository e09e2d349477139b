"""Top issues of a product's negative feedback: shares, the >50% highlight, evidence quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from tools.clock import local_date
from tools.masking import mask_contacts
from tools.voc.models import EvidenceQuote, IssueShare
from tools.voc.queries import NegativeItem

TOP_ISSUES = 5
HIGHLIGHT_SHARE = 0.5
QUOTES_PER_ISSUE = 3
SHARES_NOTE = "One feedback item can mention several issues, so the shares can add up to more than 100%."


def tag_counts(items: Sequence[NegativeItem]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(set(item.tags))
    return counts


def top_issues(
    items: Sequence[NegativeItem],
    *,
    labels: dict[str, str],
    parts: dict[str, str],
    min_mentions: int,
    previous_items: Sequence[NegativeItem] | None = None,
    zone: ZoneInfo | None = None,
) -> list[IssueShare]:
    """The top 5 tags by share of negative items (ties by id), each with >= min_mentions mentions.

    Every issue above 50% is highlighted; when none is, the top one is.
    """
    total = len(items)
    if total == 0:
        return []
    counts = tag_counts(items)
    ranked = sorted(
        ((tag, count) for tag, count in counts.items() if count >= min_mentions),
        key=lambda pair: (-pair[1], pair[0]),
    )[:TOP_ISSUES]
    previous_counts = tag_counts(previous_items) if previous_items is not None else None
    previous_total = len(previous_items) if previous_items is not None else 0
    any_majority = any(count / total > HIGHLIGHT_SHARE for _, count in ranked)
    issues = []
    for position, (tag, count) in enumerate(ranked):
        share = count / total
        previous_share = None
        if previous_counts is not None and previous_total:
            previous_share = previous_counts.get(tag, 0) / previous_total
        elif previous_counts is not None:
            previous_share = 0.0
        issues.append(
            IssueShare(
                tag=tag,
                label=labels.get(tag, tag),
                part=parts.get(tag, "product"),  # type: ignore[arg-type]
                count=count,
                share=share,
                highlighted=share > HIGHLIGHT_SHARE if any_majority else position == 0,
                evidence=evidence_quotes(items, tag, zone=zone),
                previous_share=previous_share,
                share_change=None if previous_share is None else share - previous_share,
            )
        )
    return issues


def top_issue_tag(tag_counts: dict[str, int], *, min_mentions: int) -> str | None:
    """The most mentioned tag (ties by id) with at least `min_mentions` mentions: the list's "top issue"."""
    ranked = sorted(((t, c) for t, c in tag_counts.items() if c >= min_mentions), key=lambda pair: (-pair[1], pair[0]))
    return ranked[0][0] if ranked else None


def evidence_quotes(
    items: Sequence[NegativeItem], tag: str | None, *, limit: int = QUOTES_PER_ISSUE, zone: ZoneInfo | None = None,
) -> list[EvidenceQuote]:
    """Up to `limit` quotes carrying the tag (any item when `tag` is None), newest first, with contacts masked;
    empty texts skipped. With the shop's `zone`, each quote also carries the shop-local day it was posted."""
    chosen = sorted(
        (item for item in items if (tag is None or tag in item.tags) and item.text.strip()),
        key=lambda item: (item.create_time, item.item_id),
        reverse=True,
    )[:limit]
    return [
        EvidenceQuote(
            item_id=item.item_id,
            item_kind=item.item_kind,  # type: ignore[arg-type]
            created_at=item.create_time.isoformat(timespec="minutes"),
            posted_on=None if zone is None else local_date(item.create_time, zone),
            rating=item.rating,
            text=mask_contacts(item.text.strip()),
        )
        for item in chosen
    ]
