"""The product list of a video: title, commission, and items sold and GMV through the video.

Daily stats are per video, not per product, so a video's window units and GMV are allocated:
a single product takes everything; several products are assumed to sell the same units each,
which splits GMV in proportion to price. If any price is unknown we split both evenly. The
method is named in every row so nobody mistakes the split for measured per-product sales.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tools.video.models import ProductAllocation, ProductInVideo


@dataclass(frozen=True)
class CatalogueProduct:
    product_id: str
    title: str
    price: float
    commission_rate: float


def products_in_video(
    product_ids: Sequence[str], catalogue: Mapping[str, CatalogueProduct], *, items_sold: int, gmv: float,
    attributed: Mapping[str, tuple[int, float]] | None = None,
) -> list[ProductInVideo]:
    """The video's linked products with their share of its window sales. When order lines are attributed to
    the video (an affiliate order export), each product's units and GMV are those lines' sums instead, and
    products sold through the video but not linked to it are listed too."""
    if attributed:
        ids = list(dict.fromkeys([*attributed, *product_ids]))
        return [
            ProductInVideo(
                product_id=product_id,
                title=catalogue[product_id].title if product_id in catalogue else "(product not in the store)",
                known=product_id in catalogue,
                price=catalogue[product_id].price if product_id in catalogue else None,
                commission_rate=catalogue[product_id].commission_rate if product_id in catalogue else None,
                items_sold=float(attributed.get(product_id, (0, 0.0))[0]),
                gmv=round(attributed.get(product_id, (0, 0.0))[1], 2),
                allocation=ProductAllocation.ATTRIBUTED,
            )
            for product_id in ids
        ]
    ids = list(dict.fromkeys(product_ids))  # a product linked twice is still one product
    if not ids:
        return []
    known = [catalogue.get(product_id) for product_id in ids]
    prices = [item.price if item is not None else None for item in known]
    if len(ids) == 1:
        allocation = ProductAllocation.SINGLE_PRODUCT
        gmv_shares = [1.0]
    elif all(price is not None for price in prices) and sum(p for p in prices if p is not None) > 0:
        allocation = ProductAllocation.BY_PRICE
        total = sum(p for p in prices if p is not None)
        gmv_shares = [(price or 0.0) / total for price in prices]
    else:
        allocation = ProductAllocation.EVENLY
        gmv_shares = [1.0 / len(ids)] * len(ids)
    unit_share = 1.0 / len(ids)
    rows = []
    for product_id, item, gmv_share in zip(ids, known, gmv_shares, strict=False):
        rows.append(
            ProductInVideo(
                product_id=product_id,
                title=item.title if item is not None else "(product not in the store)",
                known=item is not None,
                price=item.price if item is not None else None,
                commission_rate=item.commission_rate if item is not None else None,
                items_sold=round(items_sold * unit_share, 2),
                gmv=round(gmv * gmv_share, 2),
                allocation=allocation,
            )
        )
    return rows
