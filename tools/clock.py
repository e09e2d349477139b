"""Calendar days in a shop's time zone, over timestamps stored in UTC."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo


def local_date(utc_naive: datetime, zone: ZoneInfo) -> date:
    """The shop-local calendar day of a UTC timestamp."""
    return utc_naive.replace(tzinfo=timezone.utc).astimezone(zone).date()


def day_start_utc(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant (naive) at which a shop-local calendar day starts."""
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(timezone.utc).replace(tzinfo=None)


def day_range_utc(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) in UTC covering the shop-local days first..last inclusive."""
    return day_start_utc(first, zone), day_start_utc(last + timedelta(days=1), zone)


def today_in(zone: ZoneInfo) -> date:
    return datetime.now(tz=zone).date()
