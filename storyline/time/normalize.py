"""Resolve one temporal expression against a reference date and a tense.

``normalize("met on Wednesday"-style text, "2023-02-24", "past")`` returns a
TIMEX3-compatible record: type, value, granularity, range, anchor, confidence.
Finding expressions in running text is :mod:`storyline.time.extract`'s job; this
module only reads one expression it is given.

The surface forms are read by the rules in :mod:`storyline.time.rules`; this
module adds what they cannot know alone: prepositions and approximators in
front, modifiers ("early", "towards the end of"), alternatives ("April or early
May"), contexts ("last month on February 22", "Wednesday last week"), offsets
from another date ("two days before February 24"), and what to do when the
reference date is partial or missing. dateparser is the last resort for
absolute forms the rules do not know.
"""
from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, timedelta
from typing import Optional

from .calendar import bounds, parse_reference, shift, span_of, value_of
from .lexicon import NUMBER_ALT, SPELLED_YEAR, UNIT_ALT, number_of, spelled_year, unit_of
from . import fiscal  # noqa: F401  (registers the reporting-period rules)
from .rules import Context, Resolved, resolve_core

_LEAD = re.compile(
    r"^(?:(?:at least|at most|more than|less than|fewer than|no more than|no less than|"
    r"on|in|at|by|during|since|until|till|from|for|of|over|within|throughout|"
    r"as soon as|as early as|as late as|as of|no later than|no earlier than|not until|"
    r"around|about|approximately|roughly|nearly|almost|sometime|some time|circa|"
    r"before|after|prior to|up to|starting|beginning on|effective|just|only|"
    r"earlier on|later on|back in|back on|way back in)\s+)+")
_MODIFIER = re.compile(
    r"^(?:(?:towards?|toward|by|at|around|in|until|through|from|since|on)\s+)?(?:the\s+)?"
    r"(?P<mod>early|mid|middle|late|end|beginning|start|turn|close|first half|second half|"
    r"latter half|latter part|later part|earlier part|first part)"
    r"(?:-|\s+of\s+(?:the\s+)?|\s+)(?P<rest>.+)$")
_CONTEXT_FIRST = re.compile(
    r"^(?P<ctx>(?:last|this|next|earlier this|later this) (?:week|month|year))(?:,)?"
    r"(?: on| in| at)? (?P<rest>.+)$")
_CONTEXT_LAST = re.compile(
    r"^(?P<rest>.+?),? (?:of )?(?P<ctx>(?:last|this|next) (?:week|month|year))$")
_OFFSET = re.compile(
    rf"^(?P<n>{NUMBER_ALT}|\d+) (?P<unit>{UNIT_ALT}) (?P<dir>before|after|prior to|"
    rf"earlier than|later than|from) (?P<rest>.+)$")
_ALTERNATIVE = re.compile(
    r"^(?:between |from )?(?P<a>.+?)\s*(?: or | to | through | until | till | and |-|–|/)\s*(?P<b>.+)$")

_NARROW = {  # (start, end) as fractions of the modified period
    "early": (0.0, 1 / 3), "beginning": (0.0, 0.25), "start": (0.0, 0.25),
    "first part": (0.0, 1 / 3), "earlier part": (0.0, 0.5), "first half": (0.0, 0.5),
    "mid": (1 / 3, 2 / 3), "middle": (1 / 3, 2 / 3),
    "late": (2 / 3, 1.0), "end": (0.75, 1.0), "close": (0.75, 1.0), "turn": (0.85, 1.0),
    "second half": (0.5, 1.0), "latter half": (0.5, 1.0), "latter part": (0.5, 1.0),
    "later part": (0.5, 1.0),
}
_MOD_ATTR = {"early": "START", "beginning": "START", "start": "START", "first part": "START",
             "mid": "MID", "middle": "MID", "late": "END", "end": "END", "close": "END",
             "turn": "END"}


def clean_expression(text: str) -> str:
    """Lower-case, unify quotes and spaces, drop edge punctuation and possessives."""
    s = text.lower().replace("’", "'").replace("‘", "'").replace("\u00a0", " ")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\s+", " ", s).strip(" ,.;:()[]\"'")
    # tokenised text spaces its hyphens: "an eight - year absence" is "eight-year", a duration
    s = _SPACED_HYPHEN.sub(r"\1-\2", s)
    # "January nineteen ninety-seven" -> "January 1997", but not "two thousand years"
    return _SPELLED.sub(lambda m: str(spelled_year(m.group(0)) or m.group(0)), s)


_SPACED_HYPHEN = re.compile(rf"\b((?:{NUMBER_ALT}|\d+)) - ((?:{UNIT_ALT})\b)")
_SPELLED = re.compile(rf"\b(?:{SPELLED_YEAR})\b(?! (?:{UNIT_ALT})\b)")


def normalize(text: str, reference: Optional[str] = None,
              tense: Optional[str] = None) -> Optional[dict]:
    """Resolve a temporal expression.

    text (str): the expression, e.g. "on Wednesday", "last month on February 22".
    reference (str|None): ISO reference date (usually the publication date);
        partial ("2023-03", "2023") or None are allowed.
    tense (str|None): "past" | "present" | "future" of the clause it sits in.
    Returns {"type", "value", "granularity", "range", "anchor", "confidence",
    "mod"} or None when the text is not a temporal expression we can read.
    """
    found = _normalize_cached(text, reference, tense)
    if found is None:
        return None
    return dict(found, range=list(found["range"]) if found["range"] else found["range"])


@lru_cache(maxsize=16384)
def _normalize_cached(text: str, reference: Optional[str], tense: Optional[str]) -> Optional[dict]:
    """:func:`normalize`, remembered: finding, joining and resolving ask for the same
    expression several times per article. Callers get a copy; this one is never changed."""
    ref, ref_granularity = parse_reference(reference)
    # a partial reference ("2023-03") stands for its middle, the least biased guess
    middle = ref
    if ref is not None and ref_granularity != "day":
        first, last = span_of(ref, ref_granularity)
        middle = first + (last - first) / 2
    ctx = Context(ref=middle or date(2000, 1, 1), tense=tense, known=ref is not None)
    found = resolve_expression(clean_expression(text), ctx)
    if found is None:
        return None
    return _finish(found, ref, ref_granularity)


def resolve_expression(s: str, ctx: Context, depth: int = 0) -> Optional[Resolved]:
    """Resolve a cleaned expression; tries the plain rules first, then the
    compositions (lead words, modifiers, contexts, offsets, alternatives)."""
    if not s or depth > 4:
        return None
    found = resolve_core(s, ctx)
    if found is not None:
        return found
    lead = _LEAD.match(s)
    if lead:
        return resolve_expression(s[lead.end():], ctx, depth + 1)
    for attempt in (_with_modifier, _with_context, _with_offset, _with_alternative):
        found = attempt(s, ctx, depth)
        if found is not None:
            return found
    return _with_dateparser(s, ctx)


def _with_modifier(s: str, ctx: Context, depth: int) -> Optional[Resolved]:
    m = _MODIFIER.match(s)
    if not m:
        return None
    inner = resolve_expression(m.group("rest"), ctx, depth + 1)
    if inner is not None and inner.type == "TIME" and inner.granularity == "day" and inner.start is not None:
        # "early Friday morning", "late Saturday night": the part of the day keeps its value
        inner.mod = _MOD_ATTR.get(m.group("mod"))
        return inner
    if inner is None or inner.type != "DATE" or inner.start is None:
        return None
    lo, hi = _NARROW[m.group("mod")]
    days = (inner.end - inner.start).days
    start = inner.start + timedelta(days=round(days * lo))
    end = inner.start + timedelta(days=round(days * hi))
    inner.start, inner.end = start, end
    inner.vague = True
    inner.mod = _MOD_ATTR.get(m.group("mod"))
    return inner


def _with_context(s: str, ctx: Context, depth: int) -> Optional[Resolved]:
    """"last month on February 22" / "Wednesday last week": the context period
    becomes the reference for the rest, which then picks its nearest reading."""
    for pattern in (_CONTEXT_FIRST, _CONTEXT_LAST):
        m = pattern.match(s)
        if not m:
            continue
        period = resolve_core(m.group("ctx"), ctx)
        if period is None or period.start is None:
            continue
        middle = period.start + (period.end - period.start) / 2
        inner = resolve_expression(m.group("rest"), Context(middle, None, ctx.known), depth + 1)
        if inner is None or inner.type not in ("DATE", "TIME"):
            continue
        inner.anchor = period.anchor
        return inner
    return None


def _with_offset(s: str, ctx: Context, depth: int) -> Optional[Resolved]:
    """"two days before February 24": the other date moved by the amount."""
    m = _OFFSET.match(s)
    if not m:
        return None
    other = resolve_expression(m.group("rest"), ctx, depth + 1)
    amount = number_of(m.group("n"))
    if other is None or other.start is None or not isinstance(amount, int):
        return None
    sign = 1 if m.group("dir") in ("after", "later than", "from") else -1
    unit = unit_of(m.group("unit"))
    day = shift(other.start, unit, sign * amount)
    granularity = other.granularity if other.granularity in ("day", "month", "year") else "day"
    start, end = span_of(day, granularity)
    return Resolved("DATE", value_of(day, granularity), granularity, start, end,
                    anchor=other.anchor, confidence=other.confidence * 0.9)


def _with_alternative(s: str, ctx: Context, depth: int) -> Optional[Resolved]:
    """"April or early May", "February 20-22", "between 2019 and 2021": one
    value (the first) with a range covering both."""
    m = _ALTERNATIVE.match(s)
    if not m:
        return None
    first = resolve_expression(m.group("a"), ctx, depth + 1)
    second_text = m.group("b")
    if first is not None and first.granularity == "day" and re.fullmatch(r"\d{1,2}", second_text):
        second_text = f"{first.start:%B} {second_text} {first.start.year}"
    second = resolve_expression(second_text, ctx, depth + 1)
    if first is None and second is not None and second.start is not None:
        # "April or early May": the year of the first comes from the second
        first = resolve_expression(f"{m.group('a')} {second.start.year}", ctx, depth + 1)
    if not first or not second or first.start is None or second.start is None:
        return None
    if first.type != "DATE" or second.type != "DATE" or second.end < first.start:
        return None
    first.end = second.end
    first.vague = True
    return first


def _with_dateparser(s: str, ctx: Context) -> Optional[Resolved]:
    """Absolute forms the rules miss ("22nd of Feb. 2023"); only when a year or
    month is written, because dateparser resolves bare weekdays without tense."""
    if not re.search(r"\b(1[5-9]|20)\d\d\b", s) or len(s) > 40:
        return None  # only written, absolute dates: relative ones are ours to resolve
    day = _dateparser_day(s, ctx.ref, "past" if ctx.tense == "past" else "current_period")
    if day is None:
        return None
    granularity = "day" if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\d{4}", "", s)) else "month"
    start, end = span_of(day, granularity)
    return Resolved("DATE", value_of(day, granularity), granularity, start, end,
                    anchor="absolute", confidence=0.8)


@lru_cache(maxsize=4096)
def _dateparser_day(s: str, reference: date, prefer: str) -> Optional[date]:
    """dateparser's reading of ``s`` (a day), or None. Cached: one expression is
    resolved several times per article (finding, joining, resolving), and each
    dateparser call costs milliseconds."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": ["month", "year"], "STRICT_PARSING": False,
                "PREFER_DATES_FROM": prefer, "RELATIVE_BASE": _as_datetime(reference), "DATE_ORDER": "MDY"}
    try:
        parsed = dateparser.parse(s, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date() if parsed is not None else None


def _as_datetime(day: date):
    from datetime import datetime

    return datetime(day.year, day.month, day.day)


def _finish(found: Resolved, ref: Optional[date], ref_granularity: Optional[str]) -> dict:
    """Plain dict; relative values coarsened to what a partial reference supports."""
    value, granularity, confidence = found.value, found.granularity, found.confidence
    start, end = found.start, found.end
    relative = found.anchor == "publication"
    if relative and ref is None:
        value, start, end, confidence = found.unknown_value, None, None, 0.2
    elif relative and ref_granularity in ("month", "year") and found.type in ("DATE", "TIME") \
            and _finer(granularity, ref_granularity) and _finer(found.needs, ref_granularity) \
            and start is not None:
        # "on Wednesday" in an article known only to March 2023: keep what is sure
        granularity = ref_granularity
        value = value_of(start, granularity)
        start, end = span_of(start, granularity)
        confidence *= 0.5
    rng = None
    if start is not None and (found.vague or granularity not in ("day",)) and found.type in ("DATE", "DURATION"):
        rng = [start.isoformat(), end.isoformat()]
    if value is not None and found.type == "DATE" and start is not None and found.vague is False:
        own = bounds(value)
        if own and own == (start, end) and granularity == "day":
            rng = None
    return {"type": found.type, "value": value, "granularity": granularity, "range": rng,
            "anchor": found.anchor, "confidence": round(confidence, 3), "mod": found.mod}


_ORDER = ["second", "minute", "hour", "day", "week", "month", "quarter", "season", "year",
          "decade", "century"]


def _finer(granularity: Optional[str], than: str) -> bool:
    if granularity not in _ORDER:
        return False
    return _ORDER.index(granularity) < _ORDER.index(than)
