"""Calendar arithmetic on plain dates: parsing reference dates, unit bounds,
TIMEX3 value strings, and choosing a year or weekday by tense."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dateutil.relativedelta import relativedelta

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# a TIMEX3 value (or ISO date) that names a day: "2023-02-22", "2023-02-22T10:00"; use .match
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def parse_reference(reference: Optional[str]) -> tuple[Optional[date], Optional[str]]:
    """Reference ISO string ("2023-02-22", "2023-03", "2023", or a datetime) ->
    (first day it covers, granularity "day"|"month"|"year"), or (None, None)."""
    if not reference:
        return None, None
    m = _ISO.match(str(reference).strip())
    if not m:
        return None, None
    year = int(m.group(1))
    if m.group(3):
        return date(year, int(m.group(2)), int(m.group(3))), "day"
    if m.group(2):
        return date(year, int(m.group(2)), 1), "month"
    return date(year, 1, 1), "year"


def finest_first(value: Optional[str]) -> str:
    """Sort key of a contract date ("YYYY[-MM[-DD]]", or an ISO time) that puts a coarser
    date after the finer ones inside it and before the next span: "2026-03" after
    "2026-03-31", before "2026-04-01"; "" for None. A month known only as a month does not
    come before the days told within it."""
    if not value:
        return ""
    return value if len(value) >= 10 else f"{value}~"  # "~" sorts after "-" and every digit


def iso_day(value: Optional[str]) -> Optional[date]:
    """The day (date) of an ISO value that names one ("2016-04-05", "2016-04-05T10:00"),
    else None ("2016-04", "2016-W14", "PAST_REF", "2016-02-30", None)."""
    if not value or not _DAY_PREFIX.match(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# a day at the start of a value, no digit after it ("2016-04-05T10:00", not "2016-04-051")
_DAY_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")


def month_end(year: int, month: int) -> date:
    return date(year, month, 1) + relativedelta(months=1) - timedelta(days=1)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_value(day: date) -> str:
    """ISO week value, e.g. "2023-W08"."""
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def week_bounds(day: date) -> tuple[date, date]:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def bounds(value: str) -> Optional[tuple[date, date]]:
    """First and last day covered by a TIMEX3 date value, or None when not a date."""
    m = re.match(r"^(\d{4})(?:-(W\d{2}|Q\d|H\d|SP|SU|FA|WI|\d{2})(?:-(\d{2}))?)?", value or "")
    if not m:
        return None
    year, part, day = int(m.group(1)), m.group(2), m.group(3)
    if day:
        d = date(year, int(part), int(day))
        return d, d
    if part is None:
        return date(year, 1, 1), date(year, 12, 31)
    if part.startswith("W") and part != "WI":  # "WI" is winter, not a week
        start = date.fromisocalendar(year, int(part[1:]), 1)
        if value[m.end():].startswith("-WE"):  # the weekend of the week: its Saturday and Sunday
            return start + timedelta(days=5), start + timedelta(days=6)
        return start, start + timedelta(days=6)
    if part.startswith("Q"):
        return quarter_bounds(year, int(part[1]))
    if part.startswith("H"):
        return (date(year, 1, 1), date(year, 6, 30)) if part == "H1" else (date(year, 7, 1), date(year, 12, 31))
    if part in ("SP", "SU", "FA"):
        first, last = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}[part]
        return date(year, first, 1), month_end(year, last)
    if part == "WI":
        return date(year, 12, 1), month_end(year + 1, 2)
    return date(year, int(part), 1), month_end(year, int(part))


def value_of(day: date, granularity: str) -> str:
    """TIMEX3 value of ``day`` at ``granularity`` (day|week|month|quarter|year|decade)."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        return week_value(day)
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "decade":
        return str(day.year)[:3]
    if granularity == "century":
        return str(day.year)[:2]
    return str(day.year)


def span_of(day: date, granularity: str) -> tuple[date, date]:
    """The unit of ``granularity`` holding ``day``."""
    if granularity == "week":
        return week_bounds(day)
    if granularity == "month":
        return date(day.year, day.month, 1), month_end(day.year, day.month)
    if granularity == "quarter":
        return quarter_bounds(day.year, (day.month - 1) // 3 + 1)
    if granularity == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if granularity == "decade":
        first = day.year - day.year % 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    return day, day


# TIMEX3 duration letters ("P2W") as the units :func:`shift` takes
DURATION_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (day|week|month|quarter|year|decade)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "month":
        return day + relativedelta(months=amount)
    if unit == "quarter":
        return day + relativedelta(months=3 * amount)
    if unit == "year":
        return day + relativedelta(years=amount)
    if unit == "decade":
        return day + relativedelta(years=10 * amount)
    return day


def weekday_by_tense(reference: date, weekday: int, tense: Optional[str]) -> date:
    """The date of ``weekday`` (Monday=0) a text published on ``reference`` means.

    Past: on or before the reference ("met on Wednesday"); future: on or after
    ("will meet on Wednesday"); otherwise the nearest, preferring the past,
    because news mostly reports what has just happened."""
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if tense == "future":
        return reference + timedelta(days=ahead)
    if tense == "past" or back <= ahead:
        return reference - timedelta(days=back)
    return reference + timedelta(days=ahead)


def year_by_tense(reference: date, month: int, day: Optional[int], tense: Optional[str],
                  strict: bool = False) -> int:
    """Year of a yearless "December 30" / "in April" given the reference and tense.

    Past: the latest occurrence not after the reference; future: the earliest not
    before it; otherwise the nearest occurrence."""
    def first(y):
        return date(y, month, day or 1)

    def last(y):
        return date(y, month, day) if day else month_end(y, month)

    year = reference.year

    def distance(y):
        if first(y) <= reference <= last(y):
            return 0
        return min(abs((first(y) - reference).days), abs((last(y) - reference).days))

    # "February 29" exists in leap years only: the years around the reference that have it
    years = [y for y in (year - 1, year, year + 1) if _has_day(y, month, day)] or \
        [y for y in range(year - 4, year + 5) if _has_day(y, month, day)]
    nearest = min(years, key=lambda y: (distance(y), y != year))
    if tense == "past":
        consistent = max((y for y in years if first(y) <= reference), default=nearest)
    elif tense == "future":
        consistent = min((y for y in years if last(y) >= reference), default=nearest)
    else:
        return nearest
    # a past tense is often the reporting verb's ("extended the offer to Nov. 20",
    # "payable Dec. 15"), so it decides only when its reading is within about
    # eight months; a future tense or an explicit "last"/"next" (``strict``) always decides
    if strict or tense == "future" or day is None:
        # a month named in a past clause ("in January, the company hired") is the
        # last one gone by; deadlines the window guards against carry a day
        return consistent
    return consistent if distance(consistent) <= PAST_WINDOW_DAYS else nearest


PAST_WINDOW_DAYS = 240


def _has_day(year: int, month: int, day: Optional[int]) -> bool:
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return True
