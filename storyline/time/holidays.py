"""Named days: holidays and observances ("Thanksgiving Day", "Christmas Eve",
"Easter week", "last Christmas", "Christmas 1998").

Fixed-date days are a month and day; movable ones a rule (the nth weekday of a
month, or an offset from Easter Sunday). The year comes from an explicit year or
"last"/"next"/"this", else from the tense, as for a yearless "December 25".
Registered into :mod:`storyline.time.rules`; the finder's alternation is
:data:`HOLIDAY_PATTERN`.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from .calendar import PAST_WINDOW_DAYS, month_end, week_value
from .rules import _day, rule

# name (lower case, as the cleaned expression has it) -> (month, day)
_FIXED = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "april fools' day": (4, 1),
    # "Independence Day" is left out: every country has its own
    "may day": (5, 1), "bastille day": (7, 14),
    "halloween": (10, 31), "all saints' day": (11, 1), "veterans day": (11, 11),
    "armistice day": (11, 11), "remembrance day": (11, 11), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
}
# name -> (month, weekday Monday=0, nth; -1 = the last)
_NTH_WEEKDAY = {
    "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
    "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "mother's day": (5, 6, 2),
    "memorial day": (5, 0, -1), "father's day": (6, 6, 3), "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2), "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
}
# name -> days from Easter Sunday
_FROM_EASTER = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1,
                "good friday": -2, "holy thursday": -3, "maundy thursday": -3,
                "palm sunday": -7, "ash wednesday": -46, "pentecost": 49}

_NAMES = sorted([*_FIXED, *_NTH_WEEKDAY, *_FROM_EASTER, "election day"], key=len, reverse=True)
# the cleaned expression has lost its possessive "'s" ("mother day"): the rule reads that form
_CLEANED = {re.sub(r"'s\b", "", n): n for n in _NAMES}
_NAME_ALT = "|".join(re.escape(n) for n in sorted(_CLEANED, key=len, reverse=True))
# for the finder (case-insensitive; the straight or curly apostrophe, "Presidents Day")
_FINDER_NAMES = "|".join(n.replace(".", r"\.").replace("'", "['’]?").replace(" ", r"\s+") for n in _NAMES)
HOLIDAY_PATTERN = rf"(?:{_FINDER_NAMES})(?!\s+Islands?\b)(?:\s+week(?:end)?)?"  # not "Easter Island"


def easter_sunday(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian calendar), by the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30  # the epact's stand-in: days to the paschal full moon
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    late = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * late + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> Optional[date]:
    """The date of the named day in ``year``, or None for a name not known.

    name (str): lower-case name ("thanksgiving day", "easter monday").
    year (int): the calendar year."""
    if name in _FIXED:
        return date(year, *_FIXED[name])
    if name in _NTH_WEEKDAY:
        return _nth_weekday(year, *_NTH_WEEKDAY[name])
    if name in _FROM_EASTER:
        return easter_sunday(year) + timedelta(days=_FROM_EASTER[name])
    if name == "election day":  # U.S.: the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


def _pick_year(name: str, ref: date, tense: Optional[str], step: Optional[int]) -> date:
    """The occurrence a text of ``ref`` means: "last" / "next" / "this" (``step``)
    first, then the tense (past: latest not after ``ref``; future: earliest not
    before), else the nearest; a past reading more than the past window back
    gives way to the nearest, as for a yearless date."""
    days = [holiday_date(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if step == 0:
        return days[1]
    if step == -1 or tense == "past":
        past = max(d for d in days if d <= ref)
        if step == -1 or (ref - past).days <= PAST_WINDOW_DAYS:
            return past
    if step == 1 or tense == "future":
        return min(d for d in days if d >= ref)
    return min(days, key=lambda d: abs((d - ref).days))


@rule(rf"(?:(?P<rel>last|this|next|this past|this coming|the coming|the next|the last|the past|coming|past) )?"
      rf"(?P<name>{_NAME_ALT})(?: (?P<week>week|weekend))?(?:,? (?:of )?(?P<y>\d{{4}}))?")
def _holiday(m, ctx):
    """"Thanksgiving Day" (1999-11-25), "Easter week" (2000-W16), "last Christmas",
    "Christmas 1998": a day, or the week holding it."""
    name = _CLEANED[m.group("name")]
    rel = (m.group("rel") or "").replace("the ", "")
    if m.group("y"):
        day, anchor = holiday_date(name, int(m.group("y"))), "absolute"
    else:
        step = {"last": -1, "past": -1, "this past": -1, "this": 0, "next": 1, "coming": 1,
                "this coming": 1}.get(rel)
        day, anchor = _pick_year(name, ctx.ref, ctx.tense, step), "publication"
    if m.group("week"):
        found = _day(day, "week", anchor, 0.8)
        if m.group("week") == "weekend":
            found.value = week_value(day) + "-WE"
        return found
    # with no reference a fixed day is still its month and day
    unknown = "XXXX-{:02d}-{:02d}".format(*_FIXED[name]) if name in _FIXED else None
    return _day(day, "day", anchor, 0.9 if m.group("y") or rel else 0.8, unknown)
