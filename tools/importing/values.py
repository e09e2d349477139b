"""Values as marketplaces export them, read into plain ones: money with currency marks and local
separators, local wall-clock times in a few declared formats, epoch seconds where declared.

Each function raises ValueError with a sentence for the seller; nothing here guesses silently. A
format is chosen per file (`DateOrder`), never per value, so one file cannot mix readings.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

# Currencies written without minor units: a '.' or ',' followed by three digits groups thousands.
ZERO_DECIMAL_CURRENCIES = frozenset({"IDR", "VND", "JPY", "KRW", "CLP", "COP", "HUF", "TWD"})
# Currencies whose exports write ',' as the decimal mark (pt-BR, es, most of Europe).
DECIMAL_COMMA_CURRENCIES = frozenset({"BRL", "EUR", "ARS"})
CURRENCY_SYMBOLS = {"R$": "BRL", "RP": "IDR", "₫": "VND", "฿": "THB", "RM": "MYR", "₱": "PHP", "S$": "SGD",
                    "US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "MX$": "MXN", "VNĐ": "VND", "Đ": "VND"}
# A shop's usual time zone by currency, used only when neither the command nor the store says.
CURRENCY_ZONES = {"IDR": "Asia/Jakarta", "VND": "Asia/Ho_Chi_Minh", "THB": "Asia/Bangkok", "MYR": "Asia/Kuala_Lumpur",
                  "PHP": "Asia/Manila", "SGD": "Asia/Singapore", "BRL": "America/Sao_Paulo", "GBP": "Europe/London",
                  "MXN": "America/Mexico_City", "JPY": "Asia/Tokyo", "TWD": "Asia/Taipei", "CNY": "Asia/Shanghai"}

# A shop's currency by the country an export names (English and local spellings), when nothing else says.
COUNTRY_CURRENCIES = {"malaysia": "MYR", "indonesia": "IDR", "vietnam": "VND", "việt nam": "VND", "viet nam": "VND",
                      "thailand": "THB", "ไทย": "THB", "philippines": "PHP", "singapore": "SGD", "brazil": "BRL",
                      "brasil": "BRL", "taiwan": "TWD", "台灣": "TWD", "mexico": "MXN", "méxico": "MXN", "japan": "JPY",
                      "日本": "JPY", "united states": "USD", "usa": "USD", "united kingdom": "GBP", "uk": "GBP",
                      # ISO 3166 codes, as some exports write the country
                      "my": "MYR", "id": "IDR", "vn": "VND", "th": "THB", "ph": "PHP", "sg": "SGD", "br": "BRL",
                      "tw": "TWD", "mx": "MXN", "jp": "JPY", "us": "USD", "gb": "GBP"}

_MONEY = re.compile(r"^(?P<sign>-)?(?P<pre>[^\d\-.,]*?)\s*(?P<num>[\d][\d.,\s\u00a0\u202f']*)\s*(?P<post>[^\d]*?)$")
_CODE = re.compile(r"^[A-Z]{3}$")


def currency_of(text: str) -> str | None:
    """The currency a money text names (`BRL 19,90` → BRL, `Rp 1.234` → IDR), if any."""
    match = _MONEY.match(text.strip())
    if not match:
        return None
    for mark in (match.group("pre"), match.group("post")):
        mark = mark.strip().upper()
        if _CODE.match(mark):
            return mark
        if mark in CURRENCY_SYMBOLS:
            return CURRENCY_SYMBOLS[mark]
    return None


_PLAIN_NUMBER = re.compile(r"\d{1,15}(?:\.\d{1,2})?")


def parse_money(text: str, *, currency: str | None = None) -> float:
    """`BRL 19,90` → 19.9; `Rp 1.234.567` → 1234567; `$1,234.56` → 1234.56; `73000.00` → 73000.

    With both '.' and ',' present the later one is the decimal mark. With one kind only: repeated, it
    groups thousands; once, followed by exactly three digits, it groups thousands in zero-decimal
    currencies and for ',' in dot-decimal ones, else it is the decimal mark.
    """
    raw = text.strip()
    if _PLAIN_NUMBER.fullmatch(raw):
        return float(raw)  # the common case: 73000.00, 405, 19.9 (a dot with two decimals is never grouping)
    match = _MONEY.match(raw)
    if not match:
        raise ValueError("not an amount of money")
    named = currency_of(raw)
    code = (named or currency or "").upper()
    number = re.sub(r"[\s\u00a0\u202f']", "", match.group("num"))
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        decimal_mark = "." if number.rfind(".") > number.rfind(",") else ","
    elif dots + commas == 0:
        decimal_mark = "."
    else:
        mark = "." if dots else ","
        whole, _, tail = number.rpartition(mark)
        if number.count(mark) > 1:
            decimal_mark = "," if mark == "." else "."  # the mark groups; the other one would be decimal
        elif len(tail) == 3 and (code in ZERO_DECIMAL_CURRENCIES or (mark == "," and code not in DECIMAL_COMMA_CURRENCIES)
                                 or (mark == "." and code in DECIMAL_COMMA_CURRENCIES)):
            decimal_mark = "," if mark == "." else "."
        else:
            decimal_mark = mark
    group_mark = "," if decimal_mark == "." else "."
    cleaned = number.replace(group_mark, "").replace(decimal_mark, ".")
    if cleaned.count(".") > 1 or cleaned.endswith(".") and len(cleaned) == 1:
        raise ValueError("not an amount of money")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("not an amount of money") from None
    if match.group("sign"):
        value = -value
    result = float(value)
    if not math.isfinite(result):
        raise ValueError("not a finite amount")
    return result


class DateOrder(StrEnum):
    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"
    YEAR_FIRST = "ymd"


_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$")
_ISO_LOCAL = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
                        r"\s*(Z|[+-]\d{2}:?\d{2})?$")


def slashed_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a DD/MM/YYYY or MM/DD/YYYY text, to decide a file's date order."""
    match = _SLASHED.match(text.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def decide_date_order(samples: list[str]) -> tuple[DateOrder | None, bool]:
    """A file's date order from its values: (order, twelve_hour_clock_seen). None when every sample
    is ambiguous (both parts ≤ 12) or when the samples contradict each other."""
    day_first = month_first = twelve_hour = False
    for text in samples:
        parts = slashed_parts(text)
        if parts is None:
            continue
        twelve_hour = twelve_hour or bool(re.search(r"[AaPp][Mm]\s*$", text.strip()))
        first, second = parts
        day_first = day_first or first > 12
        month_first = month_first or second > 12
    if day_first and month_first:
        return None, twelve_hour
    if day_first:
        return DateOrder.DAY_FIRST, twelve_hour
    if month_first:
        return DateOrder.MONTH_FIRST, twelve_hour
    return None, twelve_hour


def parse_local_time(text: str, *, zone: ZoneInfo, order: DateOrder) -> datetime:
    """See `_parse_local_time`; cached, as an order's lines repeat its times."""
    return _parse_local_time(text.strip(), zone, order)


@lru_cache(maxsize=65_536)
def _parse_local_time(text: str, zone: ZoneInfo, order: DateOrder) -> datetime:
    """A shop-local wall-clock text as naive UTC. Accepts ISO-like `YYYY-MM-DD[ HH:MM[:SS]][offset]`
    and, in the file's declared order, `DD/MM/YYYY` or `MM/DD/YYYY` with a 24- or 12-hour clock."""
    value = text.strip()
    iso = _ISO_LOCAL.match(value)
    if iso:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        hour, minute, second = int(iso.group(4) or 0), int(iso.group(5) or 0), int(iso.group(6) or 0)
        offset = iso.group(7)
        moment = _build(year, month, day, hour, minute, second)
        if offset:
            sign = 1 if offset[0] == "+" else -1
            digits = offset[1:].replace(":", "") if offset != "Z" else "0000"
            if offset == "Z":
                return moment
            minutes = int(digits[:2]) * 60 + int(digits[2:])
            from datetime import timedelta

            return moment - sign * timedelta(minutes=minutes)
        return _to_utc(moment, zone)
    slashed = _SLASHED.match(value)
    if slashed and order is not DateOrder.YEAR_FIRST:
        first, second, year = int(slashed.group(1)), int(slashed.group(2)), int(slashed.group(3))
        day, month = (first, second) if order is DateOrder.DAY_FIRST else (second, first)
        hour, minute, sec = int(slashed.group(4) or 0), int(slashed.group(5) or 0), int(slashed.group(6) or 0)
        meridiem = (slashed.group(7) or "").upper()
        if meridiem:
            if not 1 <= hour <= 12:
                raise ValueError(f"hour {hour} with {meridiem}")
            hour = hour % 12 + (12 if meridiem == "PM" else 0)
        return _to_utc(_build(year, month, day, hour, minute, sec), zone)
    expected = {DateOrder.DAY_FIRST: "DD/MM/YYYY HH:MM:SS", DateOrder.MONTH_FIRST: "MM/DD/YYYY hh:mm:ss AM/PM",
                DateOrder.YEAR_FIRST: "YYYY-MM-DD HH:MM:SS"}[order]
    raise ValueError(f"not a date in this export's format ({expected})")


def _build(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime:
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        raise ValueError(f"not a real date or time ({exc})") from None


def _to_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.replace(tzinfo=zone).astimezone(timezone.utc).replace(tzinfo=None)


def parse_epoch(value: object, *, unit: str = "s") -> datetime:
    """Epoch seconds (or milliseconds with unit="ms") as naive UTC, only from a column declared as epoch."""
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ValueError("not an epoch number") from None
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    seconds = number / 1000 if unit == "ms" else number
    if not 946_684_800 <= seconds < 4_102_444_800:  # 2000-01-01 .. 2100-01-01
        raise ValueError(f"epoch {unit} {value} is outside 2000–2100; is the unit right?")
    return datetime.fromtimestamp(seconds, tz=timezone.utc).replace(tzinfo=None)


@lru_cache(maxsize=65_536)
def pseudonym(kind: str, value: str) -> str:
    """A stable stand-in for a buyer's username or email: the store never holds the original."""
    digest = hashlib.blake2b(value.strip().casefold().encode("utf-8"), digest_size=6).hexdigest()
    return f"{kind}-{digest}"


@lru_cache(maxsize=65_536)
def digest_id(prefix: str, *parts: str) -> str:
    """A stable id for a thing an export names but does not number (a product known only by title)."""
    text = "\x1f".join(part.strip() for part in parts)
    return f"{prefix}-{hashlib.blake2b(text.encode('utf-8'), digest_size=6).hexdigest()}"
