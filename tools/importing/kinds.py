"""Which table a file belongs to, told from its column names, and what is wrong with a header."""

from __future__ import annotations

from dataclasses import dataclass

from tools.models import TABLES


def columns_of(kind: str) -> list[str]:
    model, _ = TABLES[kind]
    return list(model.model_fields)


def required_columns(kind: str) -> list[str]:
    model, _ = TABLES[kind]
    return [name for name, field in model.model_fields.items() if field.is_required()]


def template_csv(kind: str) -> str:
    """An empty file of one table in our columns: the header row a seller fills in (required columns first)."""
    required = required_columns(kind)
    return ",".join([*required, *(name for name in columns_of(kind) if name not in required)]) + "\n"


@dataclass(frozen=True)
class HeaderCheck:
    kind: str
    unknown: list[str]
    missing: list[str]

    @property
    def ok(self) -> bool:
        return not self.unknown and not self.missing


def check_header(kind: str, columns: list[str]) -> HeaderCheck:
    expected = columns_of(kind)
    return HeaderCheck(
        kind=kind,
        unknown=[name for name in columns if name not in expected],
        missing=[name for name in required_columns(kind) if name not in columns],
    )


def infer_kind(columns: list[str]) -> HeaderCheck:
    """The kind whose columns fit; when none fits, the closest one (its check says what is off).

    Closest = most shared columns, then fewest missing required columns, then fewest unknown ones.
    """
    checks = [check_header(kind, columns) for kind in TABLES]
    fitting = [check for check in checks if check.ok]
    pool = fitting or checks

    def closeness(check: HeaderCheck) -> tuple[int, int, int]:
        shared = len(set(columns) & set(columns_of(check.kind)))
        return shared, -len(check.missing), -len(check.unknown)

    return max(pool, key=closeness)


def describe_header_problem(check: HeaderCheck, *, inferred: bool) -> str:
    parts = []
    if check.unknown:
        parts.append(f"unknown column(s) {', '.join(check.unknown)}")
    if check.missing:
        parts.append(f"missing required column(s) {', '.join(check.missing)}")
    lead = (f"the header matches no kind; the closest is {check.kind!r}" if inferred
            else f"the header does not fit kind {check.kind!r}")
    return (f"{lead}: {'; '.join(parts)}. Expected columns for {check.kind}: {', '.join(columns_of(check.kind))} "
            f"(required: {', '.join(required_columns(check.kind))})")
