"""Seller data import: our columns or a marketplace export (CSV/TSV, XLSX, JSONL, Parquet), validated row by row,
written all-or-nothing."""

from __future__ import annotations

from tools.importing.report import ROW_CONVENTION, FileReport, ImportIssue, ImportReport
from tools.importing.run import import_paths

__all__ = ["ROW_CONVENTION", "FileReport", "ImportIssue", "ImportReport", "import_paths"]
