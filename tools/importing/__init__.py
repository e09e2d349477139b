"""Seller data import: our columns or a marketplace export (CSV/TSV, XLSX, JSONL, Parquet), validated row by row,
written all-or-nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tools.lazy import lazy_exports

if TYPE_CHECKING:
    from tools.importing.report import ROW_CONVENTION, FileReport, ImportIssue, ImportReport
    from tools.importing.run import import_paths

__getattr__ = lazy_exports(__name__, {
    "ROW_CONVENTION": "report", "FileReport": "report", "ImportIssue": "report", "ImportReport": "report",
    "import_paths": "run",
})

__all__ = ["ROW_CONVENTION", "FileReport", "ImportIssue", "ImportReport", "import_paths"]
