"""The app's table and plot frames (pandas DataFrames) built from the tools' models. Kept apart from
`ui.formatting` so that the CLI, which never shows a frame, does not import pandas."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from ui.formatting import HIGHLIGHT, NORMAL, VOC_COLUMNS, file_name, level_cell, money, pct

if TYPE_CHECKING:
    from tools.importing import ImportReport
    from tools.voc.models import EarlyWarning, ProductDiagnosis, ProductVocRow


def import_errors_frame(report: ImportReport) -> pd.DataFrame:
    rows = [
        {"file": file_name(i.file), "row": i.row, "line": i.line, "column": i.column or "",
         "value": i.value or "", "problem": i.message}
        for i in report.shown_errors
    ]
    return pd.DataFrame(rows, columns=["file", "row", "line", "column", "value", "problem"])


def voc_products_frame(rows: Iterable[ProductVocRow]) -> pd.DataFrame:
    data = [
        {
            "product": r.product_id, "title": r.title,
            "level": level_cell(r.level.value, r.no_verdict_reason.value if r.no_verdict_reason else None),
            "negative rate": pct(r.rate),
            "benchmark": pct(r.benchmark),
            "r/b": "-" if r.ratio_to_benchmark is None else f"{r.ratio_to_benchmark:.2f}",
            "orders": r.orders, "GMV 30d": money(r.gmv_30d), "items 30d": r.items_sold_30d,
            "high GMV": "★" if r.high_gmv else "", "top issue": r.top_issue_label or r.top_issue or "",
            "warning": "⚠" if r.early_warning else "",
        }
        for r in rows
    ]
    return pd.DataFrame(data, columns=VOC_COLUMNS)


def issues_plot_frame(d: ProductDiagnosis, *, limit: int = 5) -> pd.DataFrame:
    rows = [
        {"issue": i.label, "share (%)": round(i.share * 100, 1), "highlight": HIGHLIGHT if i.highlighted else NORMAL}
        for i in d.issues[:limit]
    ]
    return pd.DataFrame(rows, columns=["issue", "share (%)", "highlight"])


def keywords_frame(d: ProductDiagnosis) -> pd.DataFrame:
    rows = [{"keyword": k.keyword, "mentions": k.count, "previous": k.previous_count, "change": f"{k.change:+d}"}
            for k in d.keywords]
    return pd.DataFrame(rows, columns=["keyword", "mentions", "previous", "change"])


def warning_plot_frame(warnings: Sequence[EarlyWarning]) -> pd.DataFrame:
    rows = [{"day": c.day.isoformat(), "items": c.count, "issue": w.label} for w in warnings for c in w.daily_counts]
    return pd.DataFrame(rows, columns=["day", "items", "issue"])
