"""Rules for expressions relative to the reference date: weekdays, deictic days
("yesterday"), periods ("last week", "the following month"), counted offsets
("two weeks ago") and vague stretches ("in recent months").

Registered into :mod:`storyline.time.rules` (imported at its end, so the order
of the rule list stays: absolute forms, these, then durations and sets).
"""
from __future__ import annotations

from datetime import timedelta

from .calendar import shift, weekday_by_tense
from .lexicon import (NUMBER_ALT, PARTS_OF_DAY, UNIT_ALT, UNITS, VAGUE_AMOUNTS, WEEKDAY_NAMES,
                      WEEKDAYS, number_of, unit_of)
from .rules import _REL, Resolved, _day, _needs, _step, rule

# ---- weekdays and deictic days --------------------------------------------------

@rule(rf"(?P<rel>the following|the next|the previous|the preceding|the same) (?P<wd>{WEEKDAY_NAMES})"
      rf"(?: (?P<pod>morning|afternoon|evening|night))?")
def _narrative_weekday(m, ctx):
    """"the following Tuesday": the first one after the reference (the narrative
    time when the text gave one); "the previous Friday": the last one before it;
    "the same Friday": the one of the reference's week."""
    weekday = WEEKDAYS[m.group("wd")]
    rel = m.group("rel")
    if rel in ("the following", "the next"):
        day = weekday_by_tense(ctx.ref + timedelta(days=1), weekday, "future")
    elif rel == "the same":
        day = weekday_by_tense(ctx.ref, weekday, None)
    else:
        day = weekday_by_tense(ctx.ref - timedelta(days=1), weekday, "past")
    return _weekday_value(day, weekday, m.group("pod"), 0.8)


def _weekday_value(day, weekday: int, part_of_day, confidence: float) -> Resolved:
    unknown = f"XXXX-WXX-{weekday + 1}"
    if part_of_day:
        part = PARTS_OF_DAY[part_of_day]
        return Resolved("TIME", f"{day.isoformat()}T{part}", "day", day, day, "publication",
                        confidence, unknown_value=f"{unknown}T{part}")
    return _day(day, "day", "publication", confidence, unknown)


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
    return _weekday_value(day, weekday, m.group("pod"), confidence)


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
            "this afternoon": 0, "this evening": 0, "last night": -1, "yesterday morning": -1,
            "yesterday afternoon": -1, "yesterday evening": -1, "tomorrow morning": 1,
            "tomorrow night": 1, "tomorrow evening": 1, "tomorrow afternoon": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2, "earlier today": 0,
            "later today": 0, "overnight": -1}  # the night that ended the day spoken of


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
        value = "P10Y" if unit == "decade" else f"P1{UNITS[unit][0]}"  # ISO 8601: no decade unit
        return Resolved("DURATION", value, unit, anchor="publication", unknown_value=value)
    day = shift(ctx.ref, unit, _step(rel))
    granularity = "week" if unit == "weekend" else unit
    found = _day(day, granularity, "publication", 0.95)
    if unit == "weekend":
        found.value += "-WE"
        found.start = found.start + timedelta(days=5)
    return found


_NARRATIVE_STEP = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}


@rule(r"(?:the same|that|the next|the following|the previous|the preceding) (?P<unit>day|week|month|year)"
      r"|the (?P<unit2>day)(?: (?P<dir>before|after))?")
def _narrative_unit(m, ctx):
    """"the same day", "the following day", "the day before": relative to the narrative
    time, which the extractor passes as the reference when the text gave one."""
    step = _NARRATIVE_STEP.get(m.group(0).rsplit(" ", 1)[0], 0)
    if m.group("dir"):
        step = -1 if m.group("dir") == "before" else 1
    unit = m.group("unit") or m.group("unit2")  # "later in the day": the narrative day
    return _day(shift(ctx.ref, unit, step), unit, "publication", 0.6)


@rule(r"(?P<rel>the same|that|the next|the following|the previous|the preceding) "
      r"(?P<pod>morning|afternoon|evening|night)")
def _narrative_part_of_day(m, ctx):
    """"that night", "the next morning": a part of the narrative day (TIMEX3 "T" + NI/MO)."""
    day = ctx.ref + timedelta(days=_NARRATIVE_STEP.get(m.group("rel"), 0))
    part = PARTS_OF_DAY[m.group("pod")]
    return Resolved("TIME", f"{day.isoformat()}T{part}", "day", day, day, "publication", 0.6,
                    unknown_value=f"XXXX-XX-XXT{part}")


@rule(r"(?P<mid>mid-?|mid |the )(?P<pod>morning|afternoon|evening)(?: (?P<deictic>yesterday|today|tomorrow))?")
def _part_of_day(m, ctx):
    """"in the morning", "by mid afternoon", "mid-afternoon yesterday": a part of the
    reference day (the narrative day when the text gave one), or of the day named."""
    day = ctx.ref + timedelta(days=_DEICTIC.get(m.group("deictic") or "today", 0))
    part = PARTS_OF_DAY[m.group("pod")]
    found = Resolved("TIME", f"{day.isoformat()}T{part}", "day", day, day, "publication", 0.6,
                     unknown_value=f"XXXX-XX-XXT{part}")
    found.mod = "MID" if m.group("mid").startswith("mid") else None
    return found


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


@rule(rf"(?P<n>{NUMBER_ALT}|\d+) (?P<unit>years?) and a half(?: or so)? (?P<dir>ago|from now|hence)")
def _ago_and_a_half(m, ctx):
    """"a year and a half ago": the month eighteen months back (TIMEX3 writes the
    date at the finest unit the words count in, here months)."""
    amount = number_of(m.group("n"))
    if not isinstance(amount, int) or m.group("n") in VAGUE_AMOUNTS:
        return None
    sign = -1 if m.group("dir") == "ago" else 1
    return _day(shift(ctx.ref, "month", sign * (12 * amount + 6)), "month", "publication", 0.85)


@rule(rf"(?P<n>{NUMBER_ALT}|\d+) (?P<unit>{UNIT_ALT})(?: or so)? (?P<dir>ago|earlier|before|later|after|"
      rf"afterwards?|from now|hence|since)")
def _ago(m, ctx):
    """"two weeks ago" is a date at the unit's granularity (TIMEX3 "1998-W10");
    "three days later" / "a week earlier" measure from the narrative time, which
    TIMEX3 writes as the duration (P3D) the signal word anchors: the day it lands
    on is kept as the range. Years stay dates ("a year earlier" = 1997)."""
    amount = number_of(m.group("n"))
    unit = unit_of(m.group("unit"))
    if unit not in ("day", "week", "month", "year", "decade") or not isinstance(amount, int):
        return None
    sign = 1 if m.group("dir") in ("later", "after", "afterward", "afterwards", "from now", "hence") else -1
    day = shift(ctx.ref, unit, sign * amount)
    vague = m.group("n") in VAGUE_AMOUNTS
    if m.group("dir") not in ("ago", "from now", "hence", "since") and unit in ("day", "week", "month"):
        value = f"P{'X' if vague else amount}{UNITS[unit][0]}"
        lo, hi = (ctx.ref, day) if vague and sign > 0 else (day, ctx.ref) if vague else (day, day)
        return Resolved("DURATION", value, unit, lo, hi, "publication", 0.8, vague=True, unknown_value=value)
    if vague:  # "a few years ago": some time back
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
    # TIMEX3 calls "the coming months" and "recent years" vague durations (PXM, PXY: the
    # TIDES convention TimeML keeps, and 7 of 11 "recent <units>" in TimeBank + AQUAINT-dev);
    # the range says where they lie. Bare "past years", "coming quarters", "these days" are
    # TimeBank's PAST_REF / FUTURE_REF / PRESENT_REF: a time, not a length
    if rel == "these" and unit == "day":
        return Resolved("DATE", "PRESENT_REF", None, anchor="publication", confidence=0.6,
                        unknown_value="PRESENT_REF")
    if rel in ("past", "coming", "future") and not m.group("few"):
        value = "FUTURE_REF" if future else "PAST_REF"
        found = Resolved("DATE", value, None, start, end, "publication", 0.6, unknown_value=value)
    else:
        value = "PXQ" if unit == "quarter" else f"PX{UNITS[unit][0]}"
        found = Resolved("DURATION", value, unit, start, end, "publication", 0.6, unknown_value=value)
    found.vague = True
    return found


@rule(r"(?:the )?(?P<mod>end|beginning|start|middle) of the (?P<unit>week|month)"
      r"|(?P<which>earlier|later) in the (?P<unit2>week|month|year)")
def _part_of_reference_period(m, ctx):
    """"by the end of the month", "later in the week": the reference's (the narrative's)
    week or month, with TIMEX3's mod for the part named; "the month" alone is not read,
    as TimeBank leaves the bare phrase unmarked."""
    unit = m.group("unit") or m.group("unit2")
    found = _day(ctx.ref, unit, "publication", 0.7)
    found.mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}.get(m.group("mod"))
    return found
