"""Validate raw rows against the row models and say, in a seller's words, what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from annotated_types import Ge, Gt, Le
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from tools.importing.report import ImportIssue, shorten
from tools.models import TABLES, TIME_FORMAT_HINT, Row, control_character

_TIME_HINT = TIME_FORMAT_HINT
_DATE_HINT = "expected a date such as 2026-11-20"


def _bounds(kind: str, column: str) -> tuple[object | None, object | None]:
    model, _ = TABLES[kind]
    field = model.model_fields.get(column)
    low = high = None
    for item in field.metadata if field else ():
        if isinstance(item, Ge | Gt):
            low = getattr(item, "ge", getattr(item, "gt", None))
        if isinstance(item, Le):
            high = item.le
    return low, high


def _is_time_column(kind: str, column: str) -> tuple[bool, bool]:
    model, _ = TABLES[kind]
    field = model.model_fields.get(column)
    text = repr(field.annotation) if field else ""
    return "datetime" in text, "date" in text and "datetime" not in text


def explain(kind: str, error: ErrorDetails | dict[str, Any]) -> str:
    """A pydantic error as a sentence naming the rule the value broke."""
    column = str(error["loc"][0]) if error["loc"] else ""
    kind_of_error = error["type"]
    ctx = error.get("ctx") or {}
    if kind_of_error == "missing":
        return "missing required field"
    if kind_of_error == "extra_forbidden":
        return "unknown column"
    if kind_of_error == "string_too_short":
        return "must not be empty"
    if kind_of_error in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        low, high = _bounds(kind, column)
        if low is not None and high is not None:
            return f"must be between {low} and {high}"
        if low == 0:
            return "must not be negative" if kind_of_error == "greater_than_equal" else "must be greater than 0"
        return error["msg"].replace("Input should be", "must be")
    if kind_of_error == "int_parsing" or kind_of_error == "int_from_float":
        return "not a whole number"
    if kind_of_error == "float_parsing":
        return "not a number"
    if kind_of_error == "finite_number":
        return "must be a finite number (not inf or nan)"
    if kind_of_error == "enum":
        return f"must be one of {ctx.get('expected', '')}"
    is_time, is_date = _is_time_column(kind, column)
    if kind_of_error == "value_error":
        return error["msg"].removeprefix("Value error, ")
    if is_time:
        return f"unparsable date/time; {_TIME_HINT}"
    if is_date:
        return f"unparsable date; {_DATE_HINT}"
    return error["msg"].removeprefix("Value error, ")


def _control_issues(values: dict[str, object], *, row: int | None, line: int | None, file: str) -> list[ImportIssue]:
    """Line breaks as CRLF or CR become LF; any other control character rejects the value. One search
    over the whole row finds the common case (none) quickly."""
    if " ".join([value for value in values.values() if type(value) is str]).isprintable():
        return []
    issues = []
    for name, value in values.items():
        if isinstance(value, str) and not value.isprintable():
            if "\r" in value:
                value = values[name] = value.replace("\r\n", "\n").replace("\r", "\n")
            if (code := control_character(value)) is not None:
                issues.append(ImportIssue(file=file, row=row, line=line, column=name, value=shorten(value),
                                          message=f"contains the control character {code}; only tab and newline are allowed"))
    return issues


def validate_values(kind: str, values: dict[str, object], *, row: int | None, line: int | None,
                    file: str) -> tuple[Row | None, list[ImportIssue]]:
    """One row's values as its model, or every problem with it in a seller's words."""
    model, _ = TABLES[kind]
    controls = _control_issues(values, row=row, line=line, file=file)
    if controls:
        return None, controls
    try:
        return model.model_validate(values), []
    except ValidationError as exc:
        issues = []
        for error in exc.errors(include_url=False):
            column = ".".join(str(part) for part in error["loc"]) or None
            value = None if error["type"] == "missing" else shorten(values.get(str(error["loc"][0])) if error["loc"] else None)
            issues.append(ImportIssue(
                file=file, row=row, line=line, column=column, value=value,
                message=(f"{value!r}: " if value is not None else "") + explain(kind, error)))
        return None, issues


def load_language_detector() -> Callable[[str], str] | None:
    """The tagger's language detector, if that module is installed yet (it is optional here)."""
    try:
        from tools.tagging.language import detect_language
    except ImportError:
        return None
    return detect_language


def row_columns(kind: str, rows: list[Row], *, detect_language: Callable[[str], str] | None) -> dict[str, list[Any]]:
    """Validated rows as column lists, in the store's column order (ready for a DataFrame)."""
    model, _ = TABLES[kind]
    states = [row.__dict__ for row in rows]  # a validated model's fields live in its __dict__
    data: dict[str, list[Any]] = {name: [state[name] for state in states] for name in model.model_fields}
    if kind == "reviews" and detect_language is not None:
        data["language"] = [
            language if language is not None else detect_language(text)
            for language, text in zip(data["language"], data["review_text"], strict=False)
        ]
    for name, values in data.items():
        if values and isinstance(values[0], Enum):  # StrEnum members go in as their plain values
            data[name] = [value.value for value in values]
    return data
