"""The store's schema is given to a file once per schema version, and every committed write leaves a new data version."""

from __future__ import annotations

from pathlib import Path

from tools.models import Product
from tools.store import Store


def test_the_schema_is_given_again_only_when_it_changed(tmp_path: Path) -> None:
    path = tmp_path / "seller.duckdb"
    with Store(path) as store:
        assert store.count("chats") == 0 and store.get_meta("schema_digest")
        store.con.execute("DROP TABLE chats")
    with Store(path) as store:  # the file says its schema is current: not run again
        assert "chats" not in {row[0] for row in store.query("SELECT table_name FROM information_schema.tables")}
        store.set_meta("schema_digest", "an older schema")
    with Store(path) as store:  # an older schema: run again, the missing table is back
        assert store.count("chats") == 0


def test_every_committed_write_leaves_a_new_data_version(tmp_path: Path) -> None:
    with Store(tmp_path / "seller.duckdb") as store:
        before = store.data_version()
        store.upsert("products", [Product(product_id="P", shop_id="S", title="Thing", category="Home", price=1)])
        after = store.data_version()
        assert after and after != before
        store.set_meta("note", "meta is not data")
        assert store.data_version() == after


def test_a_quote_of_one_review_finds_it_in_its_shop_only(tmp_path: Path) -> None:
    from datetime import datetime

    from tools.models import Review

    def review(review_id: str, product_id: str, text: str) -> Review:
        return Review(review_id=review_id, product_id=product_id, buyer_id="B", rating=1, review_text=text,
                      create_time=datetime(2026, 11, 1))

    with Store(tmp_path / "seller.duckdb") as store:
        store.upsert("products", [Product(product_id="P", shop_id="S", title="Thing", category="Home", price=1),
                                  Product(product_id="Q", shop_id="T", title="Other", category="Home", price=1)])
        store.upsert("reviews", [review("R-1", "P", "Péssima   muito Ruin, não comprem"),
                                 review("R-2", "P", "Arrived late, box crushed"),
                                 review("R-3", "P", "Box crushed on arrival"),
                                 review("R-4", "Q", "Sent the wrong colour entirely"),
                                 review("R-5", "P", "os correios estäo em greve... näo recebi")])
        assert store.review_quoting("S", "péssima muito ruin") == "R-1"  # any case, spaces as typed
        assert store.review_quoting("S", "pessima muito ruin") == "R-1"  # typed without accents
        assert store.review_quoting("S", "os correios estão em greve") == "R-5"  # the export's mangled accent
        assert store.review_quoting("S", "box crushed") is None  # two reviews say it
        assert store.review_quoting("S", "late") is None  # too short to tell reviews apart
        assert store.review_quoting("S", "sent the wrong colour") is None  # another shop's review
        assert store.review_quoting("T", "sent the wrong colour") == "R-4"


def test_a_shops_negative_reviews_are_its_own_at_most_the_rating_given(tmp_path: Path) -> None:
    from datetime import datetime

    from tools.models import Review

    def review(review_id: str, product_id: str, rating: int, day: int) -> Review:
        return Review(review_id=review_id, product_id=product_id, buyer_id="B", rating=rating, review_text="",
                      create_time=datetime(2026, 11, day))

    with Store(tmp_path / "seller.duckdb") as store:
        store.upsert("products", [Product(product_id="P", shop_id="S", title="Thing", category="Home", price=1),
                                  Product(product_id="P2", shop_id="S", title="Other thing", category="Home", price=1),
                                  Product(product_id="Q", shop_id="T", title="Other", category="Home", price=1)])
        store.upsert("reviews", [review("R-2", "P", 2, 3), review("R-1", "P", 1, 1), review("R-5", "P", 5, 2),
                                 review("R-P2", "P2", 1, 4), review("R-T", "Q", 1, 1)])
        assert store.negative_reviews("S", max_rating=2) == [("R-1", "", 1), ("R-2", "", 2), ("R-P2", "", 1)]
        assert store.negative_reviews("S", max_rating=2, product_id="P") == [("R-1", "", 1), ("R-2", "", 2)]
        assert store.negative_reviews("T", max_rating=1) == [("R-T", "", 1)]
