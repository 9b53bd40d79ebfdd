"""Rules for single temporal expressions: one regular expression and one
resolver per surface form. Each resolver gets the match and a
:class:`Context` (reference date, tense) and returns a :class:`Resolved`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from .calendar import (bounds, quarter_bounds, shift, span_of, value_of, weekday_by_tense,
                       year_by_tense)
from .lexicon import (SPELLED_YEAR, spelled_year, FUTURE_WORDS, MONTH_NAMES, MONTHS, NUMBER_ALT, ORDINAL_ALT, ORDINALS,
                      PARTS_OF_DAY, PAST_WORDS, PRESENT_WORDS, SEASON_MONTHS, SEASONS,
                      SET_ADVERBS, UNIT_ALT, UNITS, VAGUE_AMOUNTS, WEEKDAY_NAMES, WEEKDAYS,
                      number_of, unit_of)


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


@rule(rf"(?:(?:{WEEKDAY_NAMES}),? )?(?:the )?(?P<m>{MONTH_NAMES})\.? (?:the )?(?P<d>\d{{1,2}})"
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
    if rel == "last":  # TimeML: "last February" is last year's, even said in March
        year = ctx.ref.year - 1
    if rel in ("past", "previous") and year == ctx.ref.year and month == ctx.ref.month:
        year -= 1
    if rel in ("next", "coming", "following") and year == ctx.ref.year and month == ctx.ref.month:
        year += 1
    return _date(f"{year}-{month:02d}", "month", "publication", 0.85, f"XXXX-{month:02d}")


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
    return found


@rule(r"(?:the )?(?:(?:early|mid|late)-?)?(?:'|)(?P<d>1[5-9]\d|20\d|\d)0'?s")
def _decade(m, ctx):
    digits = m.group("d")
    if len(digits) == 1:  # "the '90s" / "the 90s"
        digits = ("19" if int(digits) >= 3 else "20") + digits
    first = int(digits) * 10
    return Resolved("DATE", digits, "decade", date(first, 1, 1), date(first + 9, 12, 31),
                    "absolute")


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


@rule(r"(?:the )?(?P<h>first|second) half(?: of)? (?:(?P<y>\d{4})|(?P<yrel>this|last|next) year)")
def _half(m, ctx):
    half = 1 if m.group("h") == "first" else 2
    if m.group("y"):
        return _date(f"{m.group('y')}-H{half}", "half", "absolute")
    y = ctx.ref.year + _step(m.group("yrel"))
    return _date(f"{y}-H{half}", "half", "publication", 0.9, f"XXXX-H{half}")


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


# ---- weekdays and deictic days --------------------------------------------------

@rule(rf"(?:(?P<rel>last|this|next|this past|this coming|coming|past) )?(?P<wd>{WEEKDAY_NAMES})"
      rf"(?: (?P<pod>morning|afternoon|evening|night))?")
def _weekday(m, ctx):
    weekday = WEEKDAYS[m.group("wd")]
    rel = m.group("rel")
    if rel in ("last", "past", "this past"):
        day = weekday_by_tense(ctx.ref - timedelta(days=1), weekday, "past")
    elif rel in ("next", "coming", "this coming"):
        day = weekday_by_tense(ctx.ref + timedelta(days=1), weekday, "future")
    else:
        day = weekday_by_tense(ctx.ref, weekday, ctx.tense)
    confidence = 0.9 if (rel or ctx.tense in ("past", "future")) else 0.75
    unknown = f"XXXX-WXX-{weekday + 1}"
    if m.group("pod"):
        part = PARTS_OF_DAY[m.group("pod")]
        return Resolved("TIME", f"{day.isoformat()}T{part}", "day", day, day, "publication",
                        confidence, unknown_value=f"{unknown}T{part}")
    return _day(day, "day", "publication", confidence, unknown)


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
            "this afternoon": 0, "this evening": 0, "last night": -1, "yesterday morning": -1,
            "yesterday afternoon": -1, "yesterday evening": -1, "tomorrow morning": 1,
            "tomorrow night": 1, "tomorrow evening": 1, "tomorrow afternoon": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2, "earlier today": 0,
            "later today": 0, "overnight": 0}


@rule("|".join(sorted(_DEICTIC, key=len, reverse=True)))
def _deictic(m, ctx):
    s = m.group(0)
    day = ctx.ref + timedelta(days=_DEICTIC[s])
    for word, part in PARTS_OF_DAY.items():
        if s.endswith(word) or (s == "tonight" and word == "night") or (s == "last night" and word == "night"):
            return Resolved("TIME", f"{day.isoformat()}T{part}", "day", day, day, "publication",
                            unknown_value=None)
    return _day(day, "day", "publication")


# ---- periods relative to the reference -----------------------------------------

@rule(rf"(?P<rel>{_REL}) (?P<unit>week|weekend|month|year|quarter|decade|century)")
def _relative_period(m, ctx):
    rel = m.group("rel")
    unit = m.group("unit")
    if rel in ("the past", "the last") and unit == "year":
        # TimeBank reads "over the past year" as the previous calendar year
        return _needs(_day(shift(ctx.ref, "year", -1), "year", "publication", 0.6), "year")
    if rel in ("the past", "the coming", "the next", "the last") \
            and unit in ("week", "month", "year", "decade"):
        # "the past year" is a stretch of time running up to now, not a calendar year
        return Resolved("DURATION", f"P1{UNITS[unit][0]}", unit, anchor="publication",
                        unknown_value=f"P1{UNITS[unit][0]}")
    day = shift(ctx.ref, unit, _step(rel))
    granularity = "week" if unit == "weekend" else unit
    found = _day(day, granularity, "publication", 0.95)
    if unit == "weekend":
        found.value += "-WE"
        found.start = found.start + timedelta(days=5)
    return found


@rule(r"(?:the same|that|the next|the following|the previous) (?P<unit>day|week|month|year)")
def _narrative_unit(m, ctx):
    """"the same day", "the following day": relative to the narrative time, which
    the extractor passes as the reference when the text gave one."""
    step = {"the next": 1, "the following": 1, "the previous": -1}.get(m.group(0).rsplit(" ", 1)[0], 0)
    return _day(shift(ctx.ref, m.group("unit"), step), m.group("unit"), "publication", 0.6)


@rule(r"(?P<which>earlier|later) (?P<rel>this|last|next) (?P<unit>week|month|year)")
def _earlier_later(m, ctx):
    unit = m.group("unit")
    day = shift(ctx.ref, unit, _step(m.group("rel")))
    found = _day(day, unit, "publication", 0.9)
    if m.group("rel") == "this":  # "later this week": from now to the end of the week
        if m.group("which") == "later":
            found.start = max(found.start, ctx.ref)
        else:
            found.end = min(found.end, ctx.ref)
    found.vague = True
    return found


@rule(rf"(?P<n>{NUMBER_ALT}|\d+) (?P<unit>{UNIT_ALT})(?: or so)? (?P<dir>ago|earlier|before|later|after|"
      rf"from now|hence|since)")
def _ago(m, ctx):
    amount = number_of(m.group("n"))
    unit = unit_of(m.group("unit"))
    if unit not in ("day", "week", "month", "year", "decade") or not isinstance(amount, int):
        return None
    sign = 1 if m.group("dir") in ("later", "after", "from now", "hence") else -1
    day = shift(ctx.ref, unit, sign * amount)
    if m.group("n") in VAGUE_AMOUNTS:  # "a few years ago": some time back
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        start, end = (day, ctx.ref) if sign < 0 else (ctx.ref, day)
        return Resolved("DATE", value, None, start, end, "publication", 0.5, vague=True, unknown_value=value)
    return _day(day, unit if unit != "decade" else "year", "publication", 0.9)


@rule(rf"(?P<n>{NUMBER_ALT}|\d+) (?P<unit>minutes?|hours?) ago")
def _clock_ago(m, ctx):
    """"20 minutes ago": the reference day (the time of day is not known)."""
    return Resolved("TIME", ctx.ref.isoformat(), "day", ctx.ref, ctx.ref, "publication", 0.8)


@rule(rf"in (?P<n>{NUMBER_ALT}|\d+) (?P<unit>days?|weeks?|months?|years?)(?: time)?")
def _in_future(m, ctx):
    amount = number_of(m.group("n"))
    if not isinstance(amount, int):
        return None
    unit = unit_of(m.group("unit"))
    return _day(shift(ctx.ref, unit, amount), unit, "publication", 0.85)


@rule(r"(?:in |over |during |for )?(?P<rel>the coming|the next|the past|the last|recent|the previous|"
      r"coming|past|future|the|these|those) (?P<few>few |several |many |last |past |next |coming )?"
      r"(?P<unit>days|weeks|months|quarters|years|decades)")
def _vague_span(m, ctx):
    unit = unit_of(m.group("unit"))
    rel = m.group("rel")
    future = rel in ("the coming", "the next", "coming", "future")
    far = shift(ctx.ref, unit, 3 if future else -3)
    start, end = (ctx.ref, far) if future else (far, ctx.ref)
    # TIMEX3 calls "the coming months" a vague duration; the range says where it lies.
    # Bare "recent years", "past years", "coming quarters", "these days" are TimeBank's
    # PAST_REF / FUTURE_REF / PRESENT_REF: a time, not a length
    if rel == "these" and unit == "day":
        return Resolved("DATE", "PRESENT_REF", None, anchor="publication", confidence=0.6,
                        unknown_value="PRESENT_REF")
    if rel in ("recent", "past", "coming", "future") and not m.group("few"):
        value = "FUTURE_REF" if future else "PAST_REF"
        found = Resolved("DATE", value, None, start, end, "publication", 0.6, unknown_value=value)
    else:
        value = "PXQ" if unit == "quarter" else f"PX{UNITS[unit][0]}"
        found = Resolved("DURATION", value, unit, start, end, "publication", 0.6, unknown_value=value)
    found.vague = True
    return found


# ---- durations, sets, references, times, anniversaries -------------------------

@rule(rf"(?:the )?(?:(?:past|last|next|coming|previous|first|final|following|latest|better part of the) )?"
      rf"(?P<n>{NUMBER_ALT}|\d+(?:\.\d+)?)?[- ]?(?P<half>and a half )?(?P<unit>{UNIT_ALT})"
      rf"(?:[- ]long|[- ]old| and a half| running| straight| in a row)?")
def _duration(m, ctx):
    unit = unit_of(m.group("unit"))
    letter = UNITS[unit][0]
    n = m.group("n")
    if n is None and not m.group("unit").endswith("s"):
        return None  # a bare "week" is not a duration
    amount = "X" if n is None or n in VAGUE_AMOUNTS else number_of(n)
    if amount != "X" and (m.group("half") or m.group(0).endswith("and a half")):
        amount = amount + 0.5
    if isinstance(amount, float) and amount.is_integer():
        amount = int(amount)
    prefix = "PT" if letter in ("H", "S") or unit == "minute" else "P"
    half = _HALF_OF.get(unit) if isinstance(amount, float) and (amount * 2).is_integer() else None
    if half:  # TIMEX3 writes "a year and a half" as P1Y6M, "a minute and a half" as PT1M30S
        whole = int(amount)
        value = f"{prefix}{whole}{letter}{half}" if whole else f"{prefix}{half}"
    elif unit == "quarter":  # TimeBank writes quarters in their own unit: P2Q, PXQ
        value = f"P{amount}Q"
    elif unit == "weekend":
        value = f"P{amount}WE"
    else:
        value = f"{prefix}{amount}{letter}"
    return Resolved("DURATION", value, unit, anchor=None, unknown_value=value)


_HALF_OF = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}


@rule(rf"(?:every|each|per|a|an|once a|twice a) (?:(?P<n>other|\d+|{NUMBER_ALT}) )?"
      rf"(?P<unit>day|week|month|year|quarter|{WEEKDAY_NAMES}|{MONTH_NAMES}|morning|evening|night)s?"
      rf"|(?P<adv>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly)")
def _set(m, ctx):
    if m.group("adv"):
        value = SET_ADVERBS[m.group("adv")]
    elif m.group("unit") in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[m.group('unit')] + 1}"
    elif m.group("unit") in MONTHS:  # "each July"
        value = f"XXXX-{MONTHS[m.group('unit')]:02d}"
    elif m.group("unit") in PARTS_OF_DAY:
        value = f"TXX{PARTS_OF_DAY[m.group('unit')]}"
    else:
        n = m.group("n")
        amount = 2 if n == "other" else (number_of(n) if n else 1)
        value = f"P{amount}{UNITS[m.group('unit')][0]}"
    return Resolved("SET", value, None, unknown_value=value)


@rule("|".join(re.escape(w) for w in sorted(PRESENT_WORDS | PAST_WORDS | FUTURE_WORDS,
                                            key=len, reverse=True)))
def _reference_word(m, ctx):
    s = m.group(0)
    value = "PRESENT_REF" if s in PRESENT_WORDS else "PAST_REF" if s in PAST_WORDS else "FUTURE_REF"
    return Resolved("DATE", value, None, anchor="publication", confidence=0.6, unknown_value=value)


@rule(r"(?:(?P<h>\d{1,2})(?::(?P<mi>\d{2}))? ?(?P<ap>a\.?m\.?|p\.?m\.?)|(?P<word>noon|midnight|midday))"
      r"(?: (?:(?:[a-z]{2,4}|local time),? )?(?P<rest>.+))?")
def _clock(m, ctx):
    if m.group("word") in ("noon", "midday"):
        hour, minute = 12, 0
    elif m.group("word") == "midnight":
        hour, minute = 0, 0
    else:
        hour, minute = int(m.group("h")) % 12, int(m.group("mi") or 0)
        hour += 12 if m.group("ap").startswith("p") else 0
    day, anchor = ctx.ref, "publication"
    if m.groupdict().get("rest"):
        other = resolve_core(m.group("rest").removeprefix("on ").removeprefix("of "), ctx)
        if other is None or other.granularity != "day" or other.start is None:
            return None
        day, anchor = other.start, other.anchor
    return Resolved("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", "minute", day, day, anchor,
                    0.9, unknown_value=f"XXXX-XX-XXT{hour:02d}:{minute:02d}")


@rule(rf"(?:the |its |their |his |her )?(?P<o>{ORDINAL_ALT}|\d+(?:st|nd|rd|th)|\d+-year|"
      rf"(?:{NUMBER_ALT})-year) anniversary(?: of (?P<what>.+))?")
def _anniversary(m, ctx):
    """"the 50th anniversary of the 1973 coup": the year plus the count; without
    a year the anniversary falls in the reference year (news covers them as they come)."""
    word = m.group("o")
    count = ORDINALS.get(word) or number_of(re.sub(r"(st|nd|rd|th|-year)$", "", word))
    what = m.group("what") or ""
    year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", what)
    if year and isinstance(count, int) and count > 0:
        return _date(str(int(year.group(1)) + count), "year", "absolute", 0.8)
    return _date(str(ctx.ref.year), "year", "publication", 0.4)
