"""The importer's public face (the work lives in `tools/importing/`, one module per step)."""

from __future__ import annotations

from tools.importing import ROW_CONVENTION, FileReport, ImportIssue, ImportReport, import_paths

__all__ = ["ROW_CONVENTION", "FileReport", "ImportIssue", "ImportReport", "import_paths"]
