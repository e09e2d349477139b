"""Numbers, percentages, money and dates as a seller of each language reads them, by Babel and the pack's
locale ("12,3%" and "1.234" in Portuguese, "12.3%" and "1,234" in English). Used by every answer, the CLI
and the app, so a figure reads the same everywhere. Values are only displayed here, never computed."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from tools.languages import pack

NOTHING = "-"


@cache
def _locale(language: str) -> Any:
    from babel import Locale

    return Locale.parse(pack(language).locale)


def _as_number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def number(value: object, language: str = "en", digits: int | None = None) -> str:
    """Whole numbers with grouping; others with two decimals below 100 ("1,234", "12.35"), or at most `digits`
    decimals when given (a duration "1.2", an allocated count "16.5"; a whole one stays "16")."""
    amount = _as_number(value)
    if amount is None:
        return NOTHING
    from babel.numbers import format_decimal

    if digits is not None:
        return str(format_decimal(round(amount, digits), format="#,##0." + "#" * digits if digits else "#,##0",
                                  locale=_locale(language)))
    whole = amount.is_integer() or abs(amount) >= 100
    return str(format_decimal(amount, format="#,##0" if whole else "#,##0.00", locale=_locale(language)))


def percent(value: object, language: str = "en", digits: int = 1) -> str:
    """A share (0.123) as a percentage with `digits` decimals ("12.3%", "12,3%")."""
    amount = _as_number(value)
    if amount is None:
        return NOTHING
    from babel.numbers import format_percent

    pattern = "#,##0%" if digits == 0 else "#,##0." + "0" * digits + "%"
    return str(format_percent(amount, format=pattern, locale=_locale(language)))


def signed(value: object, language: str = "en", digits: int = 1) -> str:
    """A change with its sign and `digits` decimals ("+21.2", "-21,2")."""
    amount = _as_number(value)
    if amount is None:
        return NOTHING
    from babel.numbers import format_decimal

    pattern = "+#,##0" + ("." + "0" * digits if digits else "") + ";-#,##0" + ("." + "0" * digits if digits else "")
    return str(format_decimal(amount, format=pattern, locale=_locale(language)))


def ratio(value: object, language: str = "en") -> str:
    """A multiple with two decimals ("1.80x", "1,80x")."""
    amount = _as_number(value)
    if amount is None:
        return NOTHING
    from babel.numbers import format_decimal

    return f"{format_decimal(amount, format='0.00', locale=_locale(language))}x"


def money(value: object, currency: str | None, language: str = "en") -> str:
    """An amount in the shop's currency ("R$ 1.234,50", "Rp1.234.567"); a plain number without a currency."""
    amount = _as_number(value)
    if amount is None:
        return NOTHING
    if not currency:
        return number(amount, language)
    from babel.numbers import format_currency

    return str(format_currency(amount, currency, locale=_locale(language)))


def day(value: object, language: str = "en") -> str:
    """A calendar day in the language's medium form ("Nov 20, 2026", "2026年11月20日", "20 de nov. de 2026")."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return str(value)
    if not isinstance(value, date):
        return NOTHING
    return _day(value, language)


@cache
def _day(value: date, language: str) -> str:
    from babel.dates import format_date

    return str(format_date(value, format="medium", locale=_locale(language)))
