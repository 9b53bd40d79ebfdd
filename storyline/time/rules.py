"""Rules for single temporal expressions: one regular expression and one
resolver per surface form. Each resolver gets the match and a
:class:`Context` (reference date, tense) and returns a :class:`Resolved`.

This module holds the registry and the absolute and calendar forms (dates,
months, years, quarters, seasons); :mod:`.relative` and :mod:`.durations` add
the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from .calendar import (bounds, month_end, quarter_bounds, span_of, value_of, weekday_by_tense,
                       year_by_tense)
from .lexicon import (MONTH_NAMES, MONTHS, SEASON_MONTHS, SEASONS, SPELLED_YEAR, WEEKDAY_NAMES,
                      spelled_year)


@dataclass
class Context:
    ref: date  # reference date (a placeholder when ``known`` is False)
    tense: Optional[str] = None
    known: bool = True


@dataclass
class Resolved:
    type: str  # DATE | TIME | DURATION | SET
    value: Optional[str]
    granularity: Optional[str] = None
    start: Optional[date] = None
    end: Optional[date] = None
    anchor: Optional[str] = None  # "publication" when computed from the reference
    confidence: float = 1.0
    mod: Optional[str] = None
    vague: bool = False
    unknown_value: Optional[str] = None  # value to use when there is no reference
    needs: str = "day"  # how much of the reference it uses: "day" | "month" | "year"


def _date(value: str, granularity: str, anchor: str, confidence: float = 1.0,
          unknown: Optional[str] = None) -> Resolved:
    start, end = bounds(value)
    return Resolved("DATE", value, granularity, start, end, anchor, confidence,
                    unknown_value=unknown)


def _day(day: date, granularity: str, anchor: str, confidence: float = 1.0,
         unknown: Optional[str] = None) -> Resolved:
    start, end = span_of(day, granularity)
    return Resolved("DATE", value_of(day, granularity), granularity, start, end, anchor,
                    confidence, unknown_value=unknown)


_RULES: list[tuple[re.Pattern, Callable]] = []


def rule(pattern: str, first: bool = False):
    """Register a resolver for expressions fully matching ``pattern``; ``first``
    puts it before the rules registered so far (a more specific reading)."""
    def decorator(func):
        entry = (re.compile(pattern), func)
        _RULES.insert(0, entry) if first else _RULES.append(entry)
        return func
    return decorator


def resolve_core(s: str, ctx: Context) -> Optional[Resolved]:
    """Resolve a cleaned expression with the first rule that reads all of it."""
    for pattern, func in _RULES:
        m = pattern.fullmatch(s)
        if m:
            try:
                found = func(m, ctx)
            except (ValueError, OverflowError):  # impossible dates such as February 30
                found = None
            if found is not None:
                return found
    return None


_REL = r"(?:this past|this coming|the past|the coming|the previous|the following|the next|" \
       r"the last|the current|this|last|next|past|coming|previous|following|current)"
_REL_STEP = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
             "coming": 1, "following": 1, "this past": -1, "this coming": 1}


def _step(word: Optional[str]) -> int:
    return _REL_STEP.get((word or "this").replace("the ", ""), 0)


# ---- absolute forms -------------------------------------------------------------

@rule(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:t(\d{2}):(\d{2})(?::\d{2})?\S*)?")
def _iso(m, ctx):
    day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m.group(4):
        return Resolved("TIME", f"{day.isoformat()}T{m.group(4)}:{m.group(5)}", "minute",
                        day, day, "absolute")
    return _day(day, "day", "absolute")


@rule(r"(\d{4})-(\d{2})|(\d{4})/(\d{2})")
def _iso_month(m, ctx):
    year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not 1 <= int(month) <= 12:
        return None
    return _date(f"{year}-{month}", "month", "absolute")


@rule(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})")
def _numeric(m, ctx):
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    year = year + (1900 if year >= 50 else 2000) if year < 100 else year
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    return _day(date(year, month, day), "day", "absolute", 0.9 if a <= 12 and b <= 12 else 1.0)


_YEAR_REL = r"(?:,? (?:of )?(?P<yrel>last|this|next|the previous|the following|the same) year)"


@rule(rf"(?:(?P<rel>last|next|this past|this coming) |(?:{WEEKDAY_NAMES}),? )?"
      rf"(?:the )?(?P<m>{MONTH_NAMES})\.? (?:the )?(?P<d>\d{{1,2}})"
      rf"(?:st|nd|rd|th)?(?:,? (?P<y>\d{{4}})|{_YEAR_REL})?")
def _month_day(m, ctx):
    return _month_day_year(m, ctx)


@rule(rf"(?:(?:{WEEKDAY_NAMES}),? )?(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?"
      rf"(?P<m>{MONTH_NAMES})\.?(?:,? (?P<y>\d{{4}})|{_YEAR_REL})?")
def _day_month(m, ctx):
    return _month_day_year(m, ctx)


def _month_day_year(m, ctx: Context) -> Optional[Resolved]:
    month, day = MONTHS[m.group("m")], int(m.group("d"))
    if m.group("y"):
        return _day(date(int(m.group("y")), month, day), "day", "absolute")
    unknown = f"XXXX-{month:02d}-{day:02d}"
    if m.group("yrel"):
        year = ctx.ref.year + _step(m.group("yrel").replace("the same", "this"))
        return _needs(_day(date(year, month, day), "day", "publication", 0.95, unknown), "year")
    rel = m.groupdict().get("rel")
    if rel:  # "last Oct. 23": the latest one before the reference, "next May 1" the first after
        tense = "past" if rel in ("last", "this past") else "future"
        year = year_by_tense(ctx.ref, month, day, tense, strict=True)
        return _needs(_day(date(year, month, day), "day", "publication", 0.9, unknown), "year")
    year = year_by_tense(ctx.ref, month, day, ctx.tense)
    return _needs(_day(date(year, month, day), "day", "publication", 0.85, unknown), "month")


@rule(rf"(?:(?P<rel>{_REL}) )?(?P<m>{MONTH_NAMES})\.?(?:,? (?:of )?(?P<y>\d{{4}})|{_YEAR_REL})?")
def _month(m, ctx):
    month = MONTHS[m.group("m")]
    if m.group("m") == "may" and not (m.group("y") or m.group("rel") or m.group("yrel")):
        return _date_of_month(ctx.ref.year, month, ctx, "XXXX-05", 0.5)  # "may" is often a verb
    if m.group("y"):
        return _date(f"{m.group('y')}-{month:02d}", "month", "absolute")
    if m.group("yrel"):
        year = ctx.ref.year + _step(m.group("yrel").replace("the same", "this"))
        return _needs(_date(f"{year}-{month:02d}", "month", "publication", 0.95, f"XXXX-{month:02d}"), "year")
    rel = (m.group("rel") or "").replace("the ", "")
    tense = {"last": "past", "past": "past", "this past": "past", "previous": "past",
             "next": "future", "coming": "future", "this coming": "future"}.get(rel, ctx.tense)
    if rel == "this":  # "this October": the one of the reference year
        return _needs(_date(f"{ctx.ref.year}-{month:02d}", "month", "publication", 0.9, f"XXXX-{month:02d}"), "year")
    year = year_by_tense(ctx.ref, month, None, tense, strict=bool(rel))
    if rel == "last":
        # "last April" said in October is this year's April; said in May (when it
        # would be "last month") or later in the year, it is the year before's
        year = ctx.ref.year if ctx.ref.month - month >= 2 else ctx.ref.year - 1
    if rel in ("past", "previous") and year == ctx.ref.year and month == ctx.ref.month:
        year -= 1
    if rel in ("next", "coming", "following") and year == ctx.ref.year and month == ctx.ref.month:
        year += 1
    return _date(f"{year}-{month:02d}", "month", "publication", 0.85, f"XXXX-{month:02d}")


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@rule(rf"(?:the )?(?P<n>first|second|third|fourth|last|final) week of (?P<m>{MONTH_NAMES})\.?"
      rf"(?:,? (?P<y>\d{{4}}))?")
def _week_of_month(m, ctx):
    """"the first week of March" (its days 1-7), "the last week of May" (its last seven
    days): the ISO week holding the middle of those days, in the month's year by tense."""
    month, n = MONTHS[m.group("m")], _WEEK_ORDINALS[m.group("n")]
    year = int(m.group("y")) if m.group("y") else year_by_tense(ctx.ref, month, None, ctx.tense)
    middle = date(year, month, 4 + 7 * (n - 1)) if n > 0 else month_end(year, month) - timedelta(days=3)
    return _day(middle, "week", "absolute" if m.group("y") else "publication", 0.8)


def _needs(found: Resolved, needs: str) -> Resolved:
    found.needs = needs
    return found


def _date_of_month(year, month, ctx, unknown, confidence):
    year = year_by_tense(ctx.ref, month, None, ctx.tense)
    return _date(f"{year}-{month:02d}", "month", "publication", confidence, unknown)


@rule(r"(?:the )?(?:(?:calendar |fiscal |financial |model |school )?year |fiscal |fy ?)?"
      r"(?P<y>1[5-9]\d\d|20\d\d)")
def _year(m, ctx):
    return _date(m.group("y"), "year", "absolute")


@rule(rf"(?:the year )?(?:{SPELLED_YEAR})")
def _spelled_year(m, ctx):
    year = spelled_year(m.group(0).removeprefix("the year "))
    return _date(str(year), "year", "absolute") if year and 1500 <= year <= 2100 else None


@rule(r"(?:the )?(?P<n>\d{1,2})(?:st|nd|rd|th) century")
def _century(m, ctx):
    first = (int(m.group("n")) - 1) * 100
    return Resolved("DATE", f"{int(m.group('n')) - 1:02d}", "century", date(max(first, 1), 1, 1),
                    date(first + 99, 12, 31), "absolute")


@rule(r"(?:the )?(?:current |present )?fiscal year|(?:the )?(?:current|present) year")
def _fiscal_year(m, ctx):
    return _needs(_date(str(ctx.ref.year), "year", "publication", 0.7, None), "year")


@rule(r"(?:the )?weekend")
def _the_weekend(m, ctx):
    """"the weekend": the last one (the next one in a future clause)."""
    day = ctx.ref if ctx.ref.weekday() >= 5 else weekday_by_tense(ctx.ref, 5, ctx.tense or "past")
    found = _day(day, "week", "publication", 0.7)
    found.value += "-WE"
    found.start = found.end - timedelta(days=1)  # its days are Saturday and Sunday, not the week's
    return found


@rule(r"(?:the )?(?:(?:early|mid|late)-?)?(?:'|)(?P<d>1[5-9]\d|20\d|\d)0'?s")
def _decade(m, ctx):
    digits = m.group("d")
    if len(digits) == 1:  # "the '90s" / "the 90s"
        digits = ("19" if int(digits) >= 3 else "20") + digits
    first = int(digits) * 10
    return Resolved("DATE", digits, "decade", date(first, 1, 1), date(first + 9, 12, 31),
                    "absolute")


_DECADE_NAMES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@rule(rf"(?:the )?(?:(?P<mod>early|mid|late)[- ]?)?(?:nineteen[- ])?(?P<w>{'|'.join(_DECADE_NAMES)})")
def _decade_word(m, ctx):
    """"the nineties" (TIMEX3 "199"): the twentieth century's, as English uses the words."""
    first = 1900 + 10 * _DECADE_NAMES[m.group("w")]
    found = Resolved("DATE", str(first)[:3], "decade", date(first, 1, 1), date(first + 9, 12, 31), "absolute")
    found.mod = {"early": "START", "mid": "MID", "late": "END"}.get(m.group("mod"))
    return found


@rule(r"(?:the )?(?:(?P<y0>\d{4}) )?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[- ](?:fiscal |calendar )?"
      r"quarter(?: (?:of |in )?(?:(?P<y>\d{4})|(?P<yrel>this|last|next|the previous|the same) year))?"
      r"|q(?P<q>[1-4]) ?(?P<y2>\d{4})?")
def _quarter(m, ctx):
    order = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
             "3rd": 3, "4th": 4, "last": 4, "final": 4}
    quarter = int(m.group("q")) if m.group("q") else order[m.group("o")]
    year = m.group("y") or m.group("y2") or m.group("y0")
    if year:
        return _date(f"{year}-Q{quarter}", "quarter", "absolute")
    if m.group("yrel"):
        y = ctx.ref.year + _step(m.group("yrel").replace("the same", "this"))
    else:  # a quarter already begun is this year's; past tense looks back
        start, _ = quarter_bounds(ctx.ref.year, quarter)
        y = ctx.ref.year - 1 if ctx.tense == "past" and start > ctx.ref else ctx.ref.year
    return _date(f"{y}-Q{quarter}", "quarter", "publication", 0.85, f"XXXX-Q{quarter}")


@rule(r"(?:the )?(?P<h>first|second|latter|last) (?:half|(?P<two>two|2) quarters)(?: of)?"
      r"(?: (?:(?P<y>\d{4})|(?P<yrel>this|last|next|the) year))?"
      r"|h(?P<n>[12]) ?(?P<y2>\d{4})")
def _half(m, ctx):
    """"the second half of next year" (1999-H2), "H1 2023"; "the first two quarters of
    1990" is that year's first half (1990-H1: TIMEX3 has no unit of two quarters); without a
    year, the half of the reference year, or the last one over in a past clause."""
    if m.group("two") and (m.group("h") in ("second", "latter") or not (m.group("y") or m.group("yrel"))):
        return None  # "the second two quarters" is no half; without a year, a length (P2Q)
    half = int(m.group("n")) if m.group("n") else 1 if m.group("h") == "first" else 2
    year = m.group("y") or m.group("y2")
    if year:
        return _date(f"{year}-H{half}", "half", "absolute")
    if m.group("yrel"):
        y = ctx.ref.year + _step(m.group("yrel").replace("the", "this"))
    else:  # "profits rose in the first half": a half already begun is this year's
        y = ctx.ref.year - 1 if ctx.tense == "past" and half == 2 and ctx.ref.month <= 6 else ctx.ref.year
    return _date(f"{y}-H{half}", "half", "publication", 0.85, f"XXXX-H{half}")


@rule(rf"(?:(?P<rel>{_REL}) |the )?(?P<s>spring|summer|autumn|fall|winter)(?:,? (?:of )?(?P<y>\d{{4}}))?")
def _season(m, ctx):
    code = SEASONS[m.group("s")]
    if m.group("y"):
        return _date(f"{m.group('y')}-{code}", "season", "absolute")
    step = _step((m.group("rel") or "this").replace("the ", ""))
    first, last = SEASON_MONTHS[code]
    year = ctx.ref.year
    if m.group("rel") is None and ctx.tense in ("past", "future"):
        start, end = bounds(f"{year}-{code}")
        if ctx.tense == "past" and start > ctx.ref:
            year -= 1
        if ctx.tense == "future" and end < ctx.ref:
            year += 1
    elif step:
        start, end = bounds(f"{year}-{code}")
        # "next spring" said in December means the coming one, not a year later
        if step > 0:
            year = year + 1 if start <= ctx.ref else year
        elif m.group("rel").replace("the ", "") == "last":
            # like "last February": the season of the year before (a winter is
            # named by its December, so in January the current one is last year's)
            year -= 2 if code == "WI" and ctx.ref.month <= 2 else 1
        else:
            year = year - 1 if end >= ctx.ref else year
    return _date(f"{year}-{code}", "season", "publication", 0.85, f"XXXX-{code}")


# the other rule families register themselves in this order after the absolute forms
from . import relative, durations, holidays  # noqa: E402,F401
