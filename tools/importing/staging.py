"""Validated rows wait in temporary DuckDB tables until every file has passed; cross-row checks
(repeated units, duplicate keys, unknown product or video ids, reviews already reported) run there
as SQL, then one transaction upserts everything and says how many stored rows it changed.

Staging in the database keeps memory flat on million-row files and makes the checks set-based.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import duckdb

from tools.importing.report import ImportIssue
from tools.models import TABLES

# Upsert order: referenced tables first (not needed by DuckDB, but it reads naturally).
WRITE_ORDER = ("shops", "products", "videos", "orders", "reviews", "returns",
               "video_stats", "video_violations", "benchmarks", "chats", "attributions")

# kind -> (column holding the reference, referenced kind, referenced key, is it a list?)
REFERENCES: dict[str, tuple[str, str, str, bool]] = {
    "products": ("shop_id", "shops", "shop_id", False),
    "orders": ("product_id", "products", "product_id", False),
    "reviews": ("product_id", "products", "product_id", False),
    "returns": ("product_id", "products", "product_id", False),
    "videos": ("product_ids", "products", "product_id", True),
    "video_stats": ("video_id", "videos", "video_id", False),
    "video_violations": ("video_id", "videos", "video_id", False),
}
_FETCH = 5_000


def _quoted(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f'"{name}"' for name in names)


class Staging:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con
        self._token = uuid.uuid4().hex[:8]
        self._tables: dict[str, str] = {}
        self._derived: set[str] = set()  # kinds holding rows an export only implies
        # Keys of rows that failed validation, so a row pointing at them is told why (kind -> key -> (file, row)).
        self.rejected: dict[str, dict[str, tuple[str, int | None]]] = {}

    def table(self, kind: str) -> str:
        if kind not in self._tables:
            name = f"_import_{kind}_{self._token}"
            self._con.execute(
                f"CREATE TEMP TABLE {name} AS SELECT *, NULL::INTEGER AS _file, NULL::BIGINT AS _row, "
                f"NULL::BIGINT AS _line, NULL::BOOLEAN AS _derived FROM {kind} LIMIT 0")
            self._tables[kind] = name
        return self._tables[kind]

    def append(self, kind: str, data: dict[str, list[Any]], *, files: list[int],
               rows: list[int], lines: list[int | None], derived: bool = False) -> None:
        import pandas as pd

        if not rows:
            return
        if derived:
            self._derived.add(kind)
        frame = pd.DataFrame(data)
        frame["_file"] = files
        frame["_row"] = rows
        frame["_line"] = pd.array(lines, dtype="Int64")
        frame["_derived"] = derived
        columns = list(data) + ["_file", "_row", "_line", "_derived"]
        # DuckDB 2 refuses to register while an earlier execute() (e.g. a caller's fetchone) is unread.
        self._con.complete()
        self._con.register("_import_chunk", frame)
        try:
            self._con.execute(f"INSERT INTO {self.table(kind)} ({_quoted(columns)}) "
                              f"SELECT {_quoted(columns)} FROM _import_chunk")
        finally:
            self._con.unregister("_import_chunk")

    def reject(self, kind: str, key: str, file: str, row: int | None) -> None:
        self.rejected.setdefault(kind, {}).setdefault(key, (file, row))

    def kinds(self) -> list[str]:
        return list(self._tables)

    def count(self, kind: str) -> int:
        return int(self._con.execute(f"SELECT count(*) FROM {self._tables[kind]}").fetchall()[0][0]) if kind in self._tables else 0

    def _rows(self, query: str) -> Iterator[tuple[Any, ...]]:
        cursor = self._con.execute(query)
        while batch := cursor.fetchmany(_FETCH):
            yield from batch

    # --- repeated units ----------------------------------------------------------------------
    def merge_units(self) -> int:
        """Order rows that repeat a line exactly but for quantity and amount (a marketplace writing one
        row per unit) become one line with the summed quantity and amount. Returns rows merged away."""
        if "orders" not in self._tables:
            return 0
        table = self._tables["orders"]
        repeated = self._con.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} GROUP BY order_id, sku_id HAVING count(*) > 1)").fetchall()[0][0]
        if not repeated:
            return 0  # every line is one line already (the common case; the merge would rewrite the table)
        same = "order_id, sku_id, product_id, buyer_id, create_time, status"
        before = self.count("orders")
        merged = f"{table}_merged"
        self._con.execute(
            f"CREATE TEMP TABLE {merged} AS SELECT {same}, sum(quantity)::INTEGER AS quantity, sum(gmv) AS gmv, "
            f"max(delivered_time) AS delivered_time, min(_file) AS _file, arg_min(_row, (_file, _row)) AS _row, "
            f"arg_min(_line, (_file, _row)) AS _line, false AS _derived FROM {table} GROUP BY ALL")
        after = int(self._con.execute(f"SELECT count(*) FROM {merged}").fetchall()[0][0])
        if after == before:
            self._con.execute(f"DROP TABLE {merged}")
            return 0
        columns = _quoted(list(TABLES["orders"][0].model_fields) + ["_file", "_row", "_line", "_derived"])
        self._con.execute(f"DELETE FROM {table}")
        self._con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {merged}")
        self._con.execute(f"DROP TABLE {merged}")
        return before - after

    # --- cross-row checks ----------------------------------------------------------------
    def duplicate_keys(self, kind: str, files: list[str]) -> Iterator[tuple[int, ImportIssue]]:
        """Rows repeating an earlier row's primary key with other values (within a file or across files)."""
        _, key = TABLES[kind]
        keys = _quoted(key)
        ranked = (f"SELECT _file, _row, _line, {keys}, "
                  f"row_number() OVER w AS n, first_value(_file) OVER w AS first_file, "
                  f"first_value(_row) OVER w AS first_row FROM {self.table(kind)} WHERE NOT _derived "
                  f"WINDOW w AS (PARTITION BY {keys} ORDER BY _file, _row)")
        for file_index, row, line, *rest in self._rows(f"SELECT * FROM ({ranked}) WHERE n > 1 ORDER BY _file, _row"):
            key_values, (_, first_file, first_row) = rest[: len(key)], rest[len(key):]
            where = f"row {first_row}" + ("" if first_file == file_index else f" of {files[first_file]}")
            shown = ", ".join(f"{name}={value!s}" for name, value in zip(key, key_values, strict=False))
            yield file_index, ImportIssue(
                file=files[file_index], row=row, line=line, column=",".join(key), value=shown,
                message=f"duplicate key {shown}: same as {where} but with other values; each key may appear once per import")

    def unknown_references(self, kind: str, files: list[str]) -> Iterator[tuple[int, ImportIssue]]:
        """Rows pointing at a product, shop or video that is neither stored nor imported in this call;
        when the import had that row but rejected it, the issue says which row that was."""
        column, target, target_key, is_list = REFERENCES[kind]
        known = f"SELECT {target_key} AS id FROM {target}"
        if target in self._tables:
            known += f" UNION SELECT {target_key} FROM {self._tables[target]}"
        source = (f"(SELECT _file, _row, _line, unnest({column}) AS ref FROM {self.table(kind)})" if is_list
                  else f"(SELECT _file, _row, _line, {column} AS ref FROM {self.table(kind)})")
        missing = f"SELECT s._file, s._row, s._line, s.ref FROM {source} s ANTI JOIN ({known}) k ON s.ref = k.id"
        noun = target.rstrip("s")
        rejected = self.rejected.get(target, {})
        for file_index, row, line, ref in self._rows(f"{missing} ORDER BY 1, 2"):
            cause = rejected.get(str(ref))
            if cause is not None:
                message = (f"{noun} id {ref!r} is in this import but its row was rejected "
                           f"({cause[0]} row {cause[1]}); fix that row first")
            else:
                message = (f"unknown {noun} id {ref!r}: not in the store nor in a {target} file of this import; "
                           f"import the {target} first or together")
            yield file_index, ImportIssue(file=files[file_index], row=row, line=line, column=column, value=str(ref),
                                          message=message)

    def reported_reviews_changed(self, files: list[str]) -> Iterator[tuple[int, ImportIssue]]:
        """Reviews already reported to the marketplace whose text or rating this import would change."""
        if "reviews" not in self._tables or not self._has_table("review_reports"):
            return
        query = (f"SELECT s._file, s._row, s._line, s.review_id, r.created_at FROM {self._tables['reviews']} s "
                 f"JOIN reviews t USING (review_id) JOIN review_reports r USING (review_id) "
                 f"WHERE s.review_text IS DISTINCT FROM t.review_text OR s.rating IS DISTINCT FROM t.rating ORDER BY 1, 2")
        for file_index, row, line, review_id, reported_at in self._rows(query):
            yield file_index, ImportIssue(
                file=files[file_index], row=row, line=line, column="review_text,rating", value=str(review_id),
                message=(f"review {review_id} was reported on {reported_at:%Y-%m-%d} with the text and rating it had then; "
                         "this import changes them. Import with --allow-update to store the new version "
                         "(the reported one is kept in the review history)"))

    def _has_table(self, name: str) -> bool:
        return bool(self._con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                      [name]).fetchall()[0][0])

    # --- the write -------------------------------------------------------------------------
    def _given_and_new(self, kind: str) -> str:
        """The rows to write: every row a file gave, and each derived row whose key is neither given in this
        import nor stored already (first one per key)."""
        _, key = TABLES[kind]
        keys = _quoted(key)
        staged = self._tables[kind]
        if kind not in self._derived:
            return f"SELECT * FROM {staged}"  # nothing derived: no ranking over a million rows
        return (f"SELECT * EXCLUDE (_rank) FROM (SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY _derived, _file, _row) "
                f"AS _rank FROM {staged}) s WHERE NOT _derived OR (_rank = 1 AND NOT EXISTS "
                f"(SELECT 1 FROM {kind} t WHERE {' AND '.join(f't.{name} = s.{name}' for name in key)}))")

    def changes(self) -> dict[str, tuple[int, int]]:
        """Per kind: (rows that are new, stored rows this import would change). Derived rows only ever add."""
        result: dict[str, tuple[int, int]] = {}
        for kind in WRITE_ORDER:
            if kind not in self._tables:
                continue
            model, key = TABLES[kind]
            columns = [name for name in model.model_fields if name not in key]
            rows = f"({self._given_and_new(kind)})"
            total = int(self._con.execute(f"SELECT count(*) FROM {rows}").fetchall()[0][0])
            existing = int(self._con.execute(
                f"SELECT count(*) FROM {rows} s SEMI JOIN {kind} t USING ({_quoted(key)})").fetchall()[0][0])
            differs = " OR ".join(f's."{name}" IS DISTINCT FROM t."{name}"' for name in columns) or "false"
            changed = int(self._con.execute(
                f"SELECT count(*) FROM {rows} s JOIN {kind} t USING ({_quoted(key)}) WHERE {differs}").fetchall()[0][0])
            result[kind] = (total - existing, changed)
        return result

    def write(self, tx: duckdb.DuckDBPyConnection) -> dict[str, int]:
        """Upsert every staged kind inside the caller's transaction. A reported review's previous text and
        rating go to `review_history` before it is replaced."""
        written: dict[str, int] = {}
        for kind in WRITE_ORDER:
            if kind not in self._tables:
                continue
            model, _ = TABLES[kind]
            columns = _quoted(list(model.model_fields))
            if kind == "reviews" and self._has_table("review_reports"):
                tx.execute(
                    f"INSERT INTO review_history SELECT t.review_id, t.rating, t.review_text, now()::TIMESTAMP "
                    f"FROM reviews t JOIN {self._tables[kind]} s USING (review_id) SEMI JOIN review_reports r USING (review_id) "
                    f"WHERE s.review_text IS DISTINCT FROM t.review_text OR s.rating IS DISTINCT FROM t.rating")
            rows = self._given_and_new(kind)
            written[kind] = int(tx.execute(f"SELECT count(*) FROM ({rows})").fetchall()[0][0])  # before the insert
            tx.execute(f"INSERT OR REPLACE INTO {kind} ({columns}) SELECT {columns} FROM ({rows})")
        return written

    def drop(self) -> None:
        for name in self._tables.values():
            self._con.execute(f"DROP TABLE IF EXISTS {name}")
        self._tables.clear()
