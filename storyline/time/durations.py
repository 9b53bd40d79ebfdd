"""Rules for durations ("three weeks"), sets ("every Tuesday"), reference words
("now", "recently"), clock times ("5 p.m. Friday") and anniversaries.

Registered into :mod:`storyline.time.rules` after the relative rules.
"""
from __future__ import annotations

import re

from .lexicon import (FUTURE_WORDS, MONTH_NAMES, MONTHS, NUMBER_ALT, ORDINAL_ALT, ORDINALS,
                      PARTS_OF_DAY, PAST_WORDS, PRESENT_WORDS, SET_ADVERBS, UNIT_ALT, UNITS,
                      VAGUE_AMOUNTS, WEEKDAY_NAMES, WEEKDAYS, number_of, unit_of)
from .rules import Resolved, _date, resolve_core, rule

# ---- durations, sets, references, times, anniversaries -------------------------

@rule(rf"(?:the )?(?:(?:past|last|next|coming|previous|first|final|following|latest|better part of the) )?"
      rf"(?P<another>another |an additional |an extra |a further )?"
      rf"(?P<n>{NUMBER_ALT}|\d+(?:\.\d+)?)?(?P<frac> 1/2|½)?[- ]?(?:(?:more|additional|further|extra) )?"
      rf"(?:(?:trading|business|working) (?=days?$))?"
      rf"(?P<half>and a half )?(?P<unit>{UNIT_ALT})"
      rf"(?:[- ]long|[- ]old| and a half| running| straight| in a row)?")
def _duration(m, ctx):
    """"three weeks" (P3W), "two more weeks" and "another two weeks" (P2W), "an
    additional year" (P1Y), "day-long" (P1D), "eight trading days" (P8D), "several
    months" (PXM), "2 1/2 years" (P2Y6M)."""
    unit = unit_of(m.group("unit"))
    letter = UNITS[unit][0]
    n = m.group("n") or ("a" if m.group("another") or re.search(r"[- ]long$", m.group(0)) else None)
    if n is None and not m.group("unit").endswith("s"):
        return None  # a bare "week" is not a duration
    amount = "X" if n is None or n in VAGUE_AMOUNTS else number_of(n)
    if amount != "X" and (m.group("half") or m.group("frac") or m.group(0).endswith("and a half")):
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
    elif unit in _IN_YEARS and amount != "X":
        # ISO 8601 has no decade or century unit: "two decades" is P20Y (TimeBank's majority)
        value = f"P{_IN_YEARS[unit] * amount:g}Y"
    else:
        value = f"{prefix}{amount}{letter}"
    return Resolved("DURATION", value, unit, anchor=None, unknown_value=value)


_IN_YEARS = {"decade": 10, "century": 100}
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
        # "every few years": some number of years (X), as for vague durations
        amount = 2 if n == "other" else "X" if n in VAGUE_AMOUNTS else (number_of(n) if n else 1)
        value = f"P{amount}{UNITS[m.group('unit')][0]}"
    return Resolved("SET", value, None, unknown_value=value)


@rule(rf"(?P<wd>{WEEKDAY_NAMES})(?:s(?: (?P<pod>morning|afternoon|evening|night)s?)?"
      rf"| (?P<pods>morning|afternoon|evening|night)s)")
def _weekday_set(m, ctx):
    """"on Mondays", "Tuesday nights": every such day (TIMEX3 SET XXXX-WXX-2TNI)."""
    value = f"XXXX-WXX-{WEEKDAYS[m.group('wd')] + 1}"
    part = m.group("pod") or m.group("pods")
    if part:
        value += f"T{PARTS_OF_DAY[part]}"
    return Resolved("SET", value, None, unknown_value=value)


@rule("|".join(re.escape(w) for w in sorted(PRESENT_WORDS | PAST_WORDS | FUTURE_WORDS,
                                            key=len, reverse=True)))
def _reference_word(m, ctx):
    s = m.group(0)
    value = "PRESENT_REF" if s in PRESENT_WORDS else "PAST_REF" if s in PAST_WORDS else "FUTURE_REF"
    return Resolved("DATE", value, None, anchor="publication", confidence=0.6, unknown_value=value)


@rule(r"(?:(?P<h>\d{1,2})(?::(?P<mi>\d{2}))? ?(?P<ap>a\.?m\.?|p\.?m\.?)|(?P<word>noon|midnight|midday)|"
      r"(?P<h24>[01]?\d|2[0-3]):?(?P<mi24>[0-5]\d) (?:gmt|utc)(?=$| ))"
      r"(?: (?:(?:[a-z]{2,4}|local time),? )?(?P<rest>.+))?")
def _clock(m, ctx):
    """"5 p.m. Friday", "noon", "0900 GMT" (wire copy's 24-hour clock): the time on the
    day named, else on the reference day."""
    if m.group("h24"):
        hour, minute = int(m.group("h24")), int(m.group("mi24"))
    elif m.group("word") in ("noon", "midday"):
        hour, minute = 12, 0
    elif m.group("word") == "midnight":
        # TIMEX3 (after TIDES) writes midnight as the day's end, T24:00: "midnight Friday"
        # is the night between Friday and Saturday, not the start of Friday
        hour, minute = 24, 0
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
