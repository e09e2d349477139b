"""Validated rows wait in temporary DuckDB tables until every file has passed; cross-row checks
(duplicate keys, unknown product or video ids) run there as SQL, then one transaction upserts all.

Staging in the database keeps memory flat on million-row files and makes the checks set-based.
"""

from __future__ import annotations

import uuid
from typing import Any

import duckdb

from tools.importing.report import ImportIssue
from tools.models import TABLES

# Upsert order: referenced tables first (not needed by DuckDB, but it reads naturally).
WRITE_ORDER = ("shops", "products", "videos", "orders", "reviews", "returns",
               "video_stats", "video_violations", "benchmarks", "chats")

# kind -> (column holding the reference, referenced kind, referenced key, is it a list?)
REFERENCES: dict[str, tuple[str, str, str, bool]] = {
    "orders": ("product_id", "products", "product_id", False),
    "reviews": ("product_id", "products", "product_id", False),
    "returns": ("product_id", "products", "product_id", False),
    "videos": ("product_ids", "products", "product_id", True),
    "video_stats": ("video_id", "videos", "video_id", False),
    "video_violations": ("video_id", "videos", "video_id", False),
}


def _quoted(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f'"{name}"' for name in names)


class Staging:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con
        self._token = uuid.uuid4().hex[:8]
        self._tables: dict[str, str] = {}

    def table(self, kind: str) -> str:
        if kind not in self._tables:
            name = f"_import_{kind}_{self._token}"
            self._con.execute(
                f"CREATE TEMP TABLE {name} AS SELECT *, NULL::INTEGER AS _file, NULL::BIGINT AS _row, "
                f"NULL::BIGINT AS _line FROM {kind} LIMIT 0")
            self._tables[kind] = name
        return self._tables[kind]

    def append(self, kind: str, data: dict[str, list[Any]], *, file_index: int,
               rows: list[int], lines: list[int | None]) -> None:
        import pandas as pd

        if not rows:
            return
        frame = pd.DataFrame(data)
        frame["_file"] = file_index
        frame["_row"] = rows
        frame["_line"] = pd.array(lines, dtype="Int64")
        columns = list(data) + ["_file", "_row", "_line"]
        # DuckDB 2 refuses to register while an earlier execute() (e.g. a caller's fetchone) is unread.
        self._con.complete()
        self._con.register("_import_chunk", frame)
        try:
            self._con.execute(f"INSERT INTO {self.table(kind)} ({_quoted(columns)}) "
                              f"SELECT {_quoted(columns)} FROM _import_chunk")
        finally:
            self._con.unregister("_import_chunk")

    def kinds(self) -> list[str]:
        return list(self._tables)

    # --- cross-row checks ----------------------------------------------------------------
    def duplicate_keys(self, kind: str, files: list[str], *, limit: int) -> tuple[int, list[tuple[int, ImportIssue]]]:
        """Rows repeating an earlier row's primary key (within a file or across files of this call)."""
        _, key = TABLES[kind]
        keys = _quoted(key)
        ranked = (f"SELECT _file, _row, _line, {keys}, "
                  f"row_number() OVER w AS n, first_value(_file) OVER w AS first_file, "
                  f"first_value(_row) OVER w AS first_row FROM {self.table(kind)} "
                  f"WINDOW w AS (PARTITION BY {keys} ORDER BY _file, _row)")
        total = self._con.execute(f"SELECT count(*) FROM ({ranked}) WHERE n > 1").fetchall()[0][0]
        found = self._con.execute(
            f"SELECT * FROM ({ranked}) WHERE n > 1 ORDER BY _file, _row LIMIT {int(limit)}").fetchall()
        issues = []
        for file_index, row, line, *rest in found:
            key_values, (_, first_file, first_row) = rest[: len(key)], rest[len(key):]
            where = f"row {first_row}" + ("" if first_file == file_index else f" of {files[first_file]}")
            shown = ", ".join(f"{name}={value!s}" for name, value in zip(key, key_values, strict=False))
            issues.append((file_index, ImportIssue(
                file=files[file_index], row=row, line=line, column=",".join(key), value=shown,
                message=f"duplicate key {shown}: same as {where}; each key may appear once per import")))
        return int(total), issues

    def unknown_references(self, kind: str, files: list[str], *, limit: int) -> tuple[int, list[tuple[int, ImportIssue]]]:
        """Rows pointing at a product or video that is neither stored nor imported in this call."""
        column, target, target_key, is_list = REFERENCES[kind]
        known = f"SELECT {target_key} AS id FROM {target}"
        if target in self._tables:
            known += f" UNION SELECT {target_key} FROM {self._tables[target]}"
        value = "ref"
        source = (f"(SELECT _file, _row, _line, unnest({column}) AS ref FROM {self.table(kind)})" if is_list
                  else f"(SELECT _file, _row, _line, {column} AS ref FROM {self.table(kind)})")
        missing = (f"SELECT s._file, s._row, s._line, s.{value} FROM {source} s "
                   f"ANTI JOIN ({known}) k ON s.{value} = k.id")
        total = self._con.execute(f"SELECT count(*) FROM ({missing})").fetchall()[0][0]
        found = self._con.execute(f"{missing} ORDER BY 1, 2 LIMIT {int(limit)}").fetchall()
        noun = target.rstrip("s")
        issues = [(file_index, ImportIssue(
            file=files[file_index], row=row, line=line, column=column, value=str(ref),
            message=(f"unknown {noun} id {ref!r}: not in the store nor in a {target} file of this import; "
                     f"import the {target} first or together")))
            for file_index, row, line, ref in found]
        return int(total), issues

    # --- the write -------------------------------------------------------------------------
    def write(self, tx: duckdb.DuckDBPyConnection) -> dict[str, int]:
        """Upsert every staged kind inside the caller's transaction."""
        written: dict[str, int] = {}
        for kind in WRITE_ORDER:
            if kind not in self._tables:
                continue
            model, _ = TABLES[kind]
            columns = _quoted(list(model.model_fields))
            tx.execute(f"INSERT OR REPLACE INTO {kind} ({columns}) SELECT {columns} FROM {self._tables[kind]}")
            written[kind] = int(tx.execute(f"SELECT count(*) FROM {self._tables[kind]}").fetchall()[0][0])
        return written

    def drop(self) -> None:
        for name in self._tables.values():
            self._con.execute(f"DROP TABLE IF EXISTS {name}")
        self._tables.clear()
