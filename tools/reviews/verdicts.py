"""One verdict per review across the product: the classifier's category and decision for every review of
the shop that can be reported (1–2★), kept in the store (`review_verdicts`) so VoC and the Reviews tab read
the same.

A review the classifier calls `wrong_product` or `invalid` is about another product or about nothing
bought: VoC leaves it out of the product's rate, issues and keywords, and lists it apart as excluded
(`tools.voc`). Refreshing is incremental: a review is classified again only when its case (text,
rating, buyer history, chats, the shop's catalogue) or the classifier changed.
"""

from __future__ import annotations

import hashlib
import threading
from functools import cache
from pathlib import Path

from tools.context import ShopContext
from tools.reviews.context_loader import StoreCaseLoader
from tools.reviews.models import MaliciousCategory, ReviewCase
from tools.settings import Settings
from tools.store import Store

# Not about this product: kept out of its VoC figures and shown apart.
EXCLUDED_FROM_VOC: tuple[MaliciousCategory, ...] = (MaliciousCategory.WRONG_PRODUCT, MaliciousCategory.INVALID)

@cache
def classifier_version() -> str:
    """A digest of the classifier's code, its learned reader's weights and every pack's review words: changing
    any re-classifies."""
    tools_dir = Path(__file__).parents[1]
    sources = [
        *Path(__file__).parent.glob("*.py"), *Path(__file__).parent.glob("weights/*.npz"),
        tools_dir / "untrusted_text.py", tools_dir / "text_vectors.py", *tools_dir.glob("languages/*/reviews.py"),
    ]
    digest = hashlib.sha256()
    for path in sorted(sources):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_REFRESHING = threading.Lock()


def _as_of_free(case: ReviewCase) -> ReviewCase:
    """The case with its days counted from the review itself, not from the as-of day: the classifier reads only
    the gaps between a buyer's reviews, so a new day changes no verdict and classifies nothing again."""
    return case.model_copy(update={"days_ago": 0, "buyer_history": [
        past.model_copy(update={"days_ago": past.days_ago - case.days_ago}) for past in case.buyer_history]})


def refresh_verdicts(store: Store, ctx: ShopContext, settings: Settings) -> int:
    """Classify every 1–2★ review of the shop whose case changed; returns how many were classified. Other
    shops' reviews (benchmarks only) are not classified: the seller never triages them. One refresh at a
    time: the app's VoC tab and the chat often ask together, and the second then finds nothing to do."""
    with _REFRESHING:
        return _refresh(store, ctx, settings)


def _refresh(store: Store, ctx: ShopContext, settings: Settings) -> int:
    known = dict(store.query("SELECT review_id, fingerprint FROM review_verdicts WHERE shop_id = ?", [ctx.shop_id]))
    ids = [row[0] for row in store.query(
        "SELECT r.review_id FROM reviews r JOIN products p USING (product_id) WHERE p.shop_id = ? AND r.rating <= ? "
        "ORDER BY r.review_id",
        [ctx.shop_id, settings.report_max_rating],
    )]
    rows: list[tuple[str, str, str, str, str]] = []
    if ids:
        loader = StoreCaseLoader(store, ctx)
        catalogue = hashlib.sha256("\n".join(item.model_dump_json() for item in loader.catalogue()).encode()).hexdigest()
        changed = []
        for case in loader.load_many(ids):
            fingerprint = hashlib.sha256(
                f"{classifier_version()}|{catalogue}|{_as_of_free(case).model_dump_json(exclude={'catalogue'})}".encode()
            ).hexdigest()[:32]
            if known.get(case.review_id) != fingerprint:
                changed.append((case, fingerprint))
        if changed:
            from tools.reviews.classifier import classify_malicious_review  # only when a case changed
            from tools.reviews.learned import prime

            prime([case.text for case, _ in changed])
            for case, fingerprint in changed:
                assessment = classify_malicious_review(case)
                rows.append((case.review_id, ctx.shop_id, fingerprint, assessment.category.value, assessment.decision.value))
    stale = set(known) - set(ids)  # deleted, or rated above 2★ since
    if rows or stale:
        with store.transaction() as con:
            if stale:
                con.execute("DELETE FROM review_verdicts WHERE review_id IN (SELECT unnest(?))", [sorted(stale)])
            if rows:
                con.executemany("INSERT OR REPLACE INTO review_verdicts VALUES (?, ?, ?, ?, ?)", rows)
    return len(rows)
