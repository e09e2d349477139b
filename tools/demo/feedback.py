"""Reviews and return requests for a chunk of orders. Negative orders are chosen exactly per product
and 30-day block, so each product's negative rate in any VoC window is what the catalogue planned."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import pandas as pd

from tools.demo import stories
from tools.demo.catalog import ProductPlan
from tools.demo.orders import DAY_S, DAYS, OrderChunk
from tools.demo.texts import BUYER_SIDE_CODES, ISSUE_TAGS, TextPools

# Reason codes that match each issue; the first is the usual one.
TAG_RETURN_REASONS: dict[str, tuple[str, ...]] = {
    "not_as_described": ("NOT_AS_DESCRIBED",), "size_fit": ("SIZE_ISSUE",), "quality_defect": ("QUALITY_ISSUE", "DEFECTIVE"),
    "performance": ("OTHER", "QUALITY_ISSUE"), "misleading_promotion": ("NOT_AS_DESCRIBED", "OTHER"),
    "counterfeit": ("COUNTERFEIT",), "safety": ("DEFECTIVE", "QUALITY_ISSUE"), "price_value": ("OTHER",),
    "damaged_or_missing": ("DAMAGED",), "wrong_item": ("WRONG_ITEM",), "logistics_delay": ("LATE_DELIVERY",),
    "customer_service": ("SELLER_UNRESPONSIVE", "OTHER"),
}
# Words that make the second, more precise code the consistent one.
_MISSING_WORDS = ("missing", "only 1", "only one", "kurang", "少", "一瓶", "ขาด", "thiếu", "faltou", "1 dari 2")
_NOT_RECEIVED_WORDS = ("not received", "lost", "belum sampai", "没收到", "丢件", "nyasar", "ยังไม่ได้รับ", "chưa nhận", "ainda não")
MALICIOUS_IN_GENERIC_REVIEWS = ("coercive", "competitor", "traffic_diversion", "wrong_product", "invalid")
MALICIOUS_SHARE = 0.03
BLOCK_DAYS = 5  # divides 30 and 90, so VoC windows ending on the last day cover whole blocks
BLOCKS = DAYS // BLOCK_DAYS


@dataclass
class FeedbackChunk:
    reviews: dict[str, Any]
    returns: dict[str, Any]
    negative: np.ndarray  # per order
    has_feedback: np.ndarray  # per order


def choose_negative_orders(chunk: OrderChunk, rates: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Exactly round(rate * n) negative orders per product and 5-day block (stochastic rounding): every
    7/30/90-day window then shows the planned rate, without random weekly swings that would fire
    spurious early warnings."""
    block = (DAYS - 1 - chunk.day_index) // BLOCK_DAYS
    group = chunk.product_index * BLOCKS + block
    order = np.lexsort((rng.random(len(chunk)), group))
    sorted_group = group[order]
    starts = np.searchsorted(sorted_group, sorted_group, side="left")
    rank_in_group = np.arange(len(chunk)) - starts
    group_sizes = np.bincount(group, minlength=int(group.max(initial=0)) + 1)
    group_rates = np.repeat(rates, BLOCKS)[: len(group_sizes)]
    quota = np.floor(group_sizes * group_rates + rng.random(len(group_sizes))).astype(np.int64)
    negative = np.zeros(len(chunk), dtype=bool)
    negative[order] = rank_in_group < quota[sorted_group]
    return negative


def _spread_tags(chunk: OrderChunk, mixes: np.ndarray, rng: np.random.Generator) -> npt.NDArray[np.object_]:
    """Each product's issues follow its mix, spread evenly over time: the k-th order (by time) draws
    its issue at the golden-ratio point frac(k * 0.618 + offset) of the mix's cumulative shares."""
    order = np.lexsort((chunk.create_s, chunk.product_index))
    sorted_products = chunk.product_index[order]
    rank = np.empty(len(chunk), dtype=np.int64)
    rank[order] = np.arange(len(chunk)) - np.searchsorted(sorted_products, sorted_products, side="left")
    offsets = rng.random(len(mixes))
    points = np.mod(rank * 0.6180339887 + offsets[chunk.product_index], 1.0)
    cumulative = np.cumsum(mixes[chunk.product_index], axis=1)
    picks = (cumulative < points[:, None]).sum(axis=1)
    return cast(npt.NDArray[np.object_], np.array(ISSUE_TAGS, dtype=object)[np.minimum(picks, len(ISSUE_TAGS) - 1)])


def _texts(kinds: np.ndarray, langs: np.ndarray, product_index: np.ndarray, pools_of: Callable[[int], TextPools],
           rng: np.random.Generator) -> np.ndarray:
    out = np.empty(len(kinds), dtype=object)
    # Group by the pool's name, not its identity: the draw order must not depend on memory addresses.
    keys = np.array([pools_of(int(i)).name for i in range(int(product_index.max(initial=-1)) + 1)])
    for key in np.unique(keys):
        product_ids = np.flatnonzero(keys == key)
        mask = np.isin(product_index, product_ids)
        if mask.any():
            out[mask] = pools_of(int(product_ids[0])).draw(langs[mask], kinds[mask], rng)
    return out


def _refine_codes(codes: np.ndarray, texts: np.ndarray) -> np.ndarray:
    for i in np.flatnonzero((codes == "DAMAGED") | (codes == "LATE_DELIVERY")):
        lowered = str(texts[i]).lower()
        if codes[i] == "DAMAGED" and any(w in lowered for w in _MISSING_WORDS):
            codes[i] = "MISSING_ITEMS"
        elif codes[i] == "LATE_DELIVERY" and any(w in lowered for w in _NOT_RECEIVED_WORDS):
            codes[i] = "NOT_RECEIVED"
    return codes


def generate_feedback(
    chunk: OrderChunk, plans: list[ProductPlan], *, rates: np.ndarray, pools_of: Callable[[int], TextPools],
    serial_buyers: frozenset[str], rng: np.random.Generator, first_review: int, first_return: int,
) -> FeedbackChunk:
    """Reviews (about 30% of orders) and returns (about 8%) with texts, ratings and reason codes."""
    n = len(chunk)
    negative = choose_negative_orders(chunk, rates, rng)
    mixes = np.stack([p.issue_mix for p in plans])
    tag = _spread_tags(chunk, mixes, rng)
    u = rng.random((4, n))
    has_review = np.where(negative, u[0] < 0.62, u[0] < 0.27)
    has_return = np.where(negative, u[1] < 0.55, u[1] < 0.03)
    neither = negative & ~has_review & ~has_return
    has_review |= neither & (u[2] < 0.6)
    has_return |= neither & (u[2] >= 0.6)
    # A few habitual complainers in other shops: every order gets a one-star review.
    own = np.array([p.shop_id == stories.OWN_SHOP_ID for p in plans])[chunk.product_index]
    serial = ~own & pd.Series(chunk.buyer_id).isin(serial_buyers).to_numpy()  # hashed: np.isin on objects is quadratic
    has_review |= serial
    # Feedback that would arrive after the last day has not arrived yet: it is left out, as in a real
    # export (squeezing it into the last days would inflate the last week and fire false early warnings).
    late = negative & (tag == "logistics_delay")
    review_base = np.where(chunk.delivered_s > 0, chunk.delivered_s, chunk.create_s + 4 * DAY_S)
    review_at = np.where(late, chunk.create_s + (rng.uniform(7, 15, n) * DAY_S).astype(np.int64),
                         review_base + ((rng.exponential(2.5, n) + 0.1) * DAY_S).astype(np.int64))
    return_base = np.where(chunk.delivered_s > 0, chunk.delivered_s, chunk.create_s + 5 * DAY_S)
    return_at = return_base + ((rng.exponential(2.0, n) + 0.1) * DAY_S).astype(np.int64)
    has_review &= review_at < chunk.end_s - 600
    has_return &= return_at < chunk.end_s - 600

    # --- reviews ---------------------------------------------------------------------------
    r = np.flatnonzero(has_review)
    ur = rng.random((3, len(r)))
    neg_r = negative[r]
    kind = np.where(neg_r, np.where(ur[0] < 0.14, "mixed:", "neg:"), np.where(ur[0] < 0.85, "positive", "neutral")).astype(object)
    kind = np.where(neg_r, kind + tag[r], kind)
    malicious = neg_r & (ur[1] < MALICIOUS_SHARE)
    categories = np.array(MALICIOUS_IN_GENERIC_REVIEWS, dtype=object)[rng.integers(0, len(MALICIOUS_IN_GENERIC_REVIEWS), len(r))]
    kind = np.where(malicious, "mal:" + categories, kind)
    kind = np.where(serial[r], "mal:repeat_negative", kind)
    rating = np.where(kind == "positive", np.where(ur[2] < 0.72, 5, 4), 3)
    is_mixed = np.char.startswith(kind.astype(str), "mixed:")
    rating = np.where(is_mixed, np.where(ur[2] < 0.65, 3, 4), rating)
    harsh = np.char.startswith(kind.astype(str), "neg:") | np.char.startswith(kind.astype(str), "mal:")
    rating = np.where(harsh, np.where(ur[2] < 0.58, 1, 2), rating)
    rating = np.where(serial[r] | malicious, 1, rating)
    review_time = review_at[r]
    review_text = _texts(kind, chunk.buyer_language[r], chunk.product_index[r], pools_of, rng)
    product_ids = np.array([p.product_id for p in plans], dtype=object)
    reviews = {
        "review_id": np.char.add("R-", np.char.zfill(np.arange(first_review, first_review + len(r)).astype(str), 8)).astype(object),
        "order_id": chunk.order_id[r], "product_id": product_ids[chunk.product_index[r]], "buyer_id": chunk.buyer_id[r],
        "rating": rating.astype(np.int32), "review_text": review_text, "create_s": review_time,
        "language": chunk.buyer_language[r],
    }

    # --- returns ---------------------------------------------------------------------------
    t = np.flatnonzero(has_return)
    ut = rng.random((3, len(t)))
    neg_t = negative[t]
    buyer_code = np.array(BUYER_SIDE_CODES, dtype=object)[np.searchsorted([0.5, 0.8], ut[0], side="right")]
    code = np.array([TAG_RETURN_REASONS[x][0 if ut[1][i] < 0.7 else -1] for i, x in enumerate(tag[t])], dtype=object)
    code = np.where(neg_t, code, buyer_code)
    ret_kind = np.where(neg_t, "ret:" + tag[t], "buyer:" + buyer_code)
    text = _texts(ret_kind, chunk.buyer_language[t], chunk.product_index[t], pools_of, rng)
    text = np.where(neg_t & (ut[2] < 0.07), "", text)  # some buyers pick a code and write nothing
    code = _refine_codes(code, text)
    return_time = return_at[t]
    replace_first = np.isin(code, ["DAMAGED", "WRONG_ITEM", "MISSING_ITEMS", "DEFECTIVE"])
    return_type = np.where(rng.random(len(t)) < np.where(replace_first, 0.35, 0.12), "REPLACEMENT",
                           np.where(rng.random(len(t)) < 0.35, "REFUND", "RETURN_AND_REFUND")).astype(object)
    age_days = (chunk.end_s[t] - return_time) / DAY_S
    settled = np.array(["REFUNDED", "APPROVED", "REJECTED", "CLOSED"], dtype=object)[
        np.searchsorted([0.55, 0.7, 0.85], rng.random(len(t)), side="right")]
    settled = np.where((return_type == "REPLACEMENT") & (settled == "REFUNDED"), "REPLACED", settled)
    status = np.where(age_days < 3, np.where(rng.random(len(t)) < 0.7, "REQUESTED", "APPROVED"), settled).astype(object)
    returns = {
        "return_id": np.char.add("RT-", np.char.zfill(np.arange(first_return, first_return + len(t)).astype(str), 8)).astype(object),
        "order_id": chunk.order_id[t], "product_id": product_ids[chunk.product_index[t]], "buyer_id": chunk.buyer_id[t],
        "return_type": return_type, "return_reason": code, "return_reason_text": text, "create_s": return_time,
        "return_status": status,
    }
    return FeedbackChunk(reviews, returns, negative, has_review | has_return)
