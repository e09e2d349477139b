"""The app's table and plot frames (pandas DataFrames) built from the tools' models. Kept apart from
`ui.formatting` so that the CLI, which never shows a frame, does not import pandas."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pandas as pd

from tools.languages import issue_label, say
from tools.languages.formatting import money, number, percent, ratio
from ui.formatting import HIGHLIGHT, NORMAL, file_name
from ui.formatting_voc import KEYWORD_COLUMN_KEYS, VOC_COLUMN_KEYS, columns, level_cell

if TYPE_CHECKING:
    from tools.importing import ImportReport
    from tools.voc.models import EarlyWarning, ProductDiagnosis, ProductVocRow


IMPORT_ERROR_KEYS = ("file", "row", "line", "column", "value", "problem")  # their `ui_col_<key>` messages


def import_errors_frame_headers(language: str = "en") -> list[str]:
    return [say(language, f"ui_col_{key}") for key in IMPORT_ERROR_KEYS]


def import_errors_frame(report: ImportReport | None, language: str = "en") -> pd.DataFrame:
    """The first problems, by file, row and column (no import yet: none); a problem is the importer's own sentence."""
    headers = import_errors_frame_headers(language)
    rows = [dict(zip(headers, (file_name(i.file), i.row, i.line, i.column or "", i.value or "", i.message), strict=True))
            for i in (report.shown_errors if report is not None else [])]
    return pd.DataFrame(rows, columns=headers)


def voc_products_frame(rows: Iterable[ProductVocRow], language: str = "en", currency: str | None = None) -> pd.DataFrame:
    """The product list, its headers and cells in `language` (figures in its locale, GMV in the shop's currency)."""
    data = [
        [
            r.product_id, r.title,
            level_cell(r.level.value, r.no_verdict_reason.value if r.no_verdict_reason else None, language),
            percent(r.rate, language), percent(r.benchmark, language), ratio(r.ratio_to_benchmark, language),
            number(r.orders, language), money(r.gmv_30d, currency, language), number(r.items_sold_30d, language),
            "★" if r.high_gmv else "",
            issue_label(language, r.top_issue_label or r.top_issue, r.top_issue) if r.top_issue else "",
            "⚠" if r.early_warning else "",
        ]
        for r in rows
    ]
    return pd.DataFrame(data, columns=columns(language, VOC_COLUMN_KEYS))


def issues_plot_frame(d: ProductDiagnosis, language: str = "en", *, limit: int = 5) -> pd.DataFrame:
    rows = [
        {"issue": issue_label(language, i.label, i.tag), "share (%)": round(i.share * 100, 1), "highlight": HIGHLIGHT if i.highlighted else NORMAL}
        for i in d.issues[:limit]
    ]
    return pd.DataFrame(rows, columns=["issue", "share (%)", "highlight"])


def keywords_frame(d: ProductDiagnosis, language: str = "en") -> pd.DataFrame:
    rows = [[k.keyword, number(k.count, language), number(k.previous_count, language), f"{k.change:+d}"] for k in d.keywords]
    return pd.DataFrame(rows, columns=columns(language, KEYWORD_COLUMN_KEYS))


def warning_plot_frame(warnings: Sequence[EarlyWarning], language: str = "en") -> pd.DataFrame:
    """Daily negative items per warned issue; days as dates, so the chart's axis spaces and formats them itself."""
    rows = [{"day": pd.Timestamp(c.day), "items": c.count, "issue": issue_label(language, w.label, w.tag)}
            for w in warnings for c in w.daily_counts]
    return pd.DataFrame(rows, columns=["day", "items", "issue"])
