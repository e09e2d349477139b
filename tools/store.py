"""The embedded seller database (DuckDB): schema, atomic upserts and small typed reads.

Domain queries live with their domain (`tools/voc`, `tools/video`, ...); this module only owns
the connection, the core tables and the all-or-nothing write path.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from tools.errors import DataError, NotFoundError
from tools.models import TABLES, Row

SCHEMA = """
CREATE TABLE IF NOT EXISTS shops (
  shop_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, time_zone VARCHAR NOT NULL, currency VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS products (
  product_id VARCHAR PRIMARY KEY, shop_id VARCHAR NOT NULL, title VARCHAR NOT NULL, category VARCHAR NOT NULL,
  price DOUBLE NOT NULL, currency VARCHAR NOT NULL, commission_rate DOUBLE NOT NULL, created_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS orders (
  order_id VARCHAR NOT NULL, product_id VARCHAR NOT NULL, sku_id VARCHAR NOT NULL, buyer_id VARCHAR NOT NULL,
  quantity INTEGER NOT NULL, gmv DOUBLE NOT NULL, create_time TIMESTAMP NOT NULL, delivered_time TIMESTAMP,
  status VARCHAR NOT NULL, PRIMARY KEY (order_id, sku_id));
CREATE TABLE IF NOT EXISTS reviews (
  review_id VARCHAR PRIMARY KEY, order_id VARCHAR, product_id VARCHAR NOT NULL, buyer_id VARCHAR NOT NULL,
  rating INTEGER NOT NULL, review_text VARCHAR NOT NULL, create_time TIMESTAMP NOT NULL, language VARCHAR);
CREATE TABLE IF NOT EXISTS returns (
  return_id VARCHAR PRIMARY KEY, order_id VARCHAR, product_id VARCHAR NOT NULL, buyer_id VARCHAR NOT NULL,
  return_type VARCHAR NOT NULL, return_reason VARCHAR NOT NULL, return_reason_text VARCHAR NOT NULL,
  create_time TIMESTAMP NOT NULL, return_status VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS videos (
  video_id VARCHAR PRIMARY KEY, shop_id VARCHAR NOT NULL, title VARCHAR NOT NULL, username VARCHAR NOT NULL,
  account_type VARCHAR NOT NULL, category VARCHAR NOT NULL, video_post_time TIMESTAMP NOT NULL,
  duration_s DOUBLE NOT NULL, product_ids VARCHAR[] NOT NULL);
CREATE TABLE IF NOT EXISTS video_stats (
  video_id VARCHAR NOT NULL, date DATE NOT NULL, views BIGINT NOT NULL, likes BIGINT NOT NULL,
  comments BIGINT NOT NULL, shares BIGINT NOT NULL, finished_views BIGINT NOT NULL, product_clicks BIGINT NOT NULL,
  sku_orders BIGINT NOT NULL, units_sold BIGINT NOT NULL, gmv DOUBLE NOT NULL, PRIMARY KEY (video_id, date));
CREATE TABLE IF NOT EXISTS video_violations (
  video_id VARCHAR NOT NULL, create_time TIMESTAMP NOT NULL, policy VARCHAR NOT NULL, reason VARCHAR NOT NULL,
  PRIMARY KEY (video_id, create_time, policy));
CREATE TABLE IF NOT EXISTS benchmarks (
  category VARCHAR NOT NULL, metric VARCHAR NOT NULL, window_days INTEGER NOT NULL, value DOUBLE NOT NULL,
  PRIMARY KEY (category, metric, window_days));
CREATE TABLE IF NOT EXISTS chats (
  conversation_id VARCHAR NOT NULL, buyer_id VARCHAR NOT NULL, order_id VARCHAR, sender VARCHAR NOT NULL,
  text VARCHAR NOT NULL, create_time TIMESTAMP NOT NULL, PRIMARY KEY (conversation_id, create_time, sender));
CREATE TABLE IF NOT EXISTS attributions (
  order_id VARCHAR NOT NULL, sku_id VARCHAR NOT NULL, product_id VARCHAR NOT NULL, content_type VARCHAR NOT NULL,
  content_id VARCHAR, creator VARCHAR NOT NULL, quantity INTEGER NOT NULL, gmv DOUBLE NOT NULL,
  create_time TIMESTAMP NOT NULL, PRIMARY KEY (order_id, sku_id));
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS review_history (
  review_id VARCHAR NOT NULL, rating INTEGER NOT NULL, review_text VARCHAR NOT NULL, replaced_at TIMESTAMP NOT NULL);
-- The malicious-review classifier's verdict on each 1-2 star review (tools.reviews.verdicts), read by VoC.
CREATE TABLE IF NOT EXISTS review_verdicts (
  review_id VARCHAR PRIMARY KEY, shop_id VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL,
  category VARCHAR NOT NULL, decision VARCHAR NOT NULL);
"""


_SCHEMA_DIGEST = hashlib.sha256(SCHEMA.encode()).hexdigest()[:16]
MIN_QUOTE = 8  # characters: a shorter quote ("ruim", "bad") is in many reviews


def _columns(kind: str) -> list[str]:
    model, _ = TABLES[kind]
    return list(model.model_fields)


class Store:
    """A DuckDB database file. Safe to share between threads: each thread gets its own cursor."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._root = duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            raise DataError(
                f"Cannot open the seller database {self.path}: {exc}. "
                "Is another seller-copilot process writing to it? Stop it and try again."
            ) from exc
        self._local = threading.local()
        self._write_lock = threading.RLock()
        if not read_only and self._schema_digest() != _SCHEMA_DIGEST:
            self._root.execute(SCHEMA)
            self._root.execute("INSERT OR REPLACE INTO meta VALUES ('schema_digest', ?)", [_SCHEMA_DIGEST])

    def _schema_digest(self) -> str | None:
        """The digest of the schema the file was last given (running it again costs a command ~25 ms of CPU)."""
        try:
            rows = self._root.execute("SELECT value FROM meta WHERE key = 'schema_digest'").fetchall()
        except duckdb.CatalogException:  # a new file: no meta table yet
            return None
        return str(rows[0][0]) if rows else None

    # --- connections ---------------------------------------------------------------------
    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor on the database."""
        cursor = getattr(self._local, "cursor", None)
        if cursor is None:
            cursor = self._root.cursor()
            self._local.cursor = cursor
        return cursor

    def close(self) -> None:
        self._root.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: everything written inside commits together or not at all."""
        with self._write_lock:
            con = self.con
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            else:
                # Every commit leaves a new data version, so a reader can tell "nothing changed since" cheaply.
                con.execute("INSERT OR REPLACE INTO meta VALUES ('data_version', ?)", [uuid.uuid4().hex])
                con.execute("COMMIT")

    # --- writes --------------------------------------------------------------------------
    def upsert(self, kind: str, rows: Sequence[Row], *, con: duckdb.DuckDBPyConnection | None = None) -> int:
        """Insert or replace rows by primary key. Pass `con` to join an open transaction."""
        if kind not in TABLES:
            raise DataError(f"Unknown table {kind!r}; expected one of {', '.join(TABLES)}")
        if not rows:
            return 0
        columns = _columns(kind)
        data: dict[str, list[Any]] = {name: [] for name in columns}
        for row in rows:
            dumped = row.model_dump()
            for name in columns:
                data[name].append(dumped[name])
        return self.upsert_columns(kind, data, con=con)

    def upsert_columns(
        self, kind: str, data: dict[str, list[Any]], *, con: duckdb.DuckDBPyConnection | None = None
    ) -> int:
        """Fast path for already-validated column data (the demo generator, large imports)."""
        import pandas as pd  # pandas ships with gradio; imported lazily to keep start-up light

        columns = _columns(kind)
        frame = pd.DataFrame({name: data[name] for name in columns})
        if kind == "video_stats":
            frame["date"] = pd.to_datetime(frame["date"]).dt.date
        placeholders = ", ".join(f'"{name}"' for name in columns)
        sql = f"INSERT OR REPLACE INTO {kind} ({placeholders}) SELECT {placeholders} FROM _incoming"
        if con is not None:
            con.register("_incoming", frame)
            try:
                con.execute(sql)
            finally:
                con.unregister("_incoming")
        else:
            with self.transaction() as tx:
                tx.register("_incoming", frame)
                try:
                    tx.execute(sql)
                finally:
                    tx.unregister("_incoming")
        return len(frame)

    def set_meta(self, key: str, value: str) -> None:
        with self._write_lock:
            self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    # --- reads ---------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        # fetchall, not fetchone: DuckDB 2 keeps a half-read result open and blocks later register() calls.
        rows = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
        return str(rows[0][0]) if rows else None

    def data_version(self) -> str:
        """A token that changes with every committed write of data (all of them go through `transaction`)."""
        return self.get_meta("data_version") or ""

    def count(self, kind: str) -> int:
        if kind not in TABLES:
            raise DataError(f"Unknown table {kind!r}")
        rows = self.con.execute(f"SELECT count(*) FROM {kind}").fetchall()
        return int(rows[0][0]) if rows else 0

    def counts(self) -> dict[str, int]:
        return {kind: self.count(kind) for kind in TABLES}

    def is_empty(self) -> bool:
        return self.count("products") == 0

    def rows(self, kind: str, where: str = "", params: Sequence[object] = ()) -> list[Row]:
        """Typed rows of one table, e.g. `store.rows("reviews", "product_id = ?", [pid])`."""
        model, _ = TABLES[kind]
        columns = _columns(kind)
        sql = f"SELECT {', '.join(columns)} FROM {kind}" + (f" WHERE {where}" if where else "")
        return [model.model_validate(dict(zip(columns, values, strict=False))) for values in self.con.execute(sql, list(params)).fetchall()]

    def product_title(self, product_id: str) -> str | None:
        """One product's title, or None when the store does not hold the product."""
        rows = self.query("SELECT title FROM products WHERE product_id = ?", [product_id])
        return str(rows[0][0]) if rows else None

    def review_product(self, shop_id: str, review_id: str) -> str | None:
        """The product of the shop a review is about, or None when the shop holds no such review."""
        rows = self.query(
            "SELECT r.product_id FROM reviews r JOIN products p USING (product_id) WHERE r.review_id = ? AND p.shop_id = ?",
            [review_id, shop_id])
        return str(rows[0][0]) if rows else None

    def review_quoting(self, shop_id: str, quoted: str) -> str | None:
        """The one review of the shop whose text holds a quoted text (any case, any accents, spaces as they come), or
        None when none or several do, or the quote is too short to tell reviews apart. Accents do not count: real
        exports carry mangled ones ("estäo" for "estão") and sellers type without them."""
        needle = " ".join(quoted.split()).lower()
        if len(needle) < MIN_QUOTE:
            return None
        rows = self.query(
            "SELECT r.review_id FROM reviews r JOIN products p USING (product_id) WHERE p.shop_id = ? "
            "AND strpos(strip_accents(lower(regexp_replace(r.review_text, '\\s+', ' ', 'g'))), strip_accents(?)) > 0 "
            "LIMIT 2", [shop_id, needle])
        return str(rows[0][0]) if len(rows) == 1 else None

    def negative_reviews(self, shop_id: str, *, max_rating: int, product_id: str | None = None) -> list[tuple[str, str, int]]:
        """The shop's reviews rated at most `max_rating` (of one product, if given), as (id, text, rating), oldest
        first."""
        rows = self.query(
            "SELECT r.review_id, coalesce(r.review_text, ''), r.rating FROM reviews r JOIN products p USING (product_id) "
            "WHERE p.shop_id = ? AND r.rating <= ? AND (CAST(? AS VARCHAR) IS NULL OR r.product_id = ?) "
            "ORDER BY r.create_time, r.review_id", [shop_id, max_rating, product_id, product_id])
        return [(str(review_id), str(text), int(rating)) for review_id, text, rating in rows]

    def find_product(self, shop_id: str, named: str) -> str:
        """The product of the shop a person names: its id, a unique start of its id (6 characters or more, any
        case), or words of its title that only one product's title holds ("satin dress"). Several matches
        or none raise an error that lists what to type instead."""
        text = named.strip()
        products = self.query("SELECT product_id, title FROM products WHERE shop_id = ? ORDER BY product_id", [shop_id])
        if any(product_id == text for product_id, _ in products):
            return text
        by_id = [row for row in products if len(text) >= 6 and row[0].casefold().startswith(text.casefold())]
        words = text.casefold().split()
        by_title = [row for row in products if words and all(word in str(row[1]).casefold() for word in words)]
        exact = [row for row in by_title if str(row[1]).casefold() == text.casefold()]
        found = by_id or exact or by_title
        if len(found) == 1:
            return str(found[0][0])
        if not found:
            raise NotFoundError(f"No product of this shop has the id or title {named!r}. List products with `seller-copilot voc`.")
        listed = "; ".join(f"{product_id} {title}" for product_id, title in found[:5])
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        raise DataError(f"{named!r} matches {len(found)} products ({listed}{more}); give more of the title or the id.")

    def query(self, sql: str, params: Sequence[object] | dict[str, object] = ()) -> list[tuple[Any, ...]]:
        """Run a read query; `params` is a list for `?` placeholders or a dict for `$name` ones."""
        bound = params if isinstance(params, dict) else list(params)
        return self.con.execute(sql, bound).fetchall()


def build_store(settings: Any, *, read_only: bool = False) -> Store:
    """Open (and create if needed) the store in the settings' data directory."""
    return Store(settings.db_path, read_only=read_only)
