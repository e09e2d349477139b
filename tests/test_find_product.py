"""`Store.find_product`: a product named by id, a unique start of its id, or words of its title (`voc --product`)."""

from __future__ import annotations

import pytest

from tools.errors import DataError, NotFoundError
from tools.models import Product
from tools.store import Store

SHOP = "SHOP-A"


@pytest.fixture
def catalogue(store: Store) -> Store:
    rows = [
        ("P-1001", "Blue Satin Midi Dress"), ("P-1002", "Red Satin Slip Dress"), ("P-4001", "Non-Stick Granite Frying Pan 28cm"),
        ("463cdd8acfe23847f35e29076df0bbbd", "relogios presentes"), ("463cdd99aaaa47f35e29076df0bbbd00", "relogios presentes"),
    ]
    store.upsert("products", [Product(product_id=pid, shop_id=SHOP, title=title, category="Fashion", price=10.0) for pid, title in rows])
    store.upsert("products", [Product(product_id="P-9999", shop_id="SHOP-B", title="Blue Satin Midi Dress", category="Fashion", price=10.0)])
    return store


@pytest.mark.parametrize(("named", "expected"), [
    ("P-1001", "P-1001"),
    ("463cdd8a", "463cdd8acfe23847f35e29076df0bbbd"),  # the start an 80-column table shows
    ("463CDD8ACF", "463cdd8acfe23847f35e29076df0bbbd"),
    ("granite pan", "P-4001"),
    ("blue satin", "P-1001"),  # another shop's product with that title does not count
])
def test_a_product_is_found_by_id_prefix_or_title_words(catalogue: Store, named: str, expected: str) -> None:
    assert catalogue.find_product(SHOP, named) == expected


def test_several_matches_are_listed_and_none_is_not_found(catalogue: Store) -> None:
    with pytest.raises(DataError, match="matches 2 products.*P-1001 Blue Satin Midi Dress.*P-1002"):
        catalogue.find_product(SHOP, "satin dress")
    with pytest.raises(DataError, match="matches 2 products"):
        catalogue.find_product(SHOP, "463cdd")  # six characters, two ids
    with pytest.raises(NotFoundError):
        catalogue.find_product(SHOP, "P-100")  # under six characters is no prefix


def test_a_narrow_table_shows_a_start_of_the_id_that_voc_product_accepts(catalogue: Store) -> None:
    from ui.cli_voc import short_id

    shown = short_id("463cdd8acfe23847f35e29076df0bbbd")
    assert shown == "463cdd8a…" and short_id("P-1001") == "P-1001"
    assert catalogue.find_product(SHOP, shown.rstrip("…")) == "463cdd8acfe23847f35e29076df0bbbd"
