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
