"""Reporting periods: the quarters and years of company results, and the
comparisons made with them ("the latest quarter", "the year-ago period",
"a year earlier", "this year's third quarter").

Two TimeML conventions (TimeBank's annotation of financial news) are kept:

* without a quarter named, "the quarter" / "the latest period" is the last
  quarter completed before the reference date, because results are reported
  after a quarter ends ("the current quarter" is the one under way);
* in a text about a quarter's results, "a year ago" / "a year earlier" /
  "year-ago" mean the same quarter one year before (1988-Q3), not the year.

The rules here read one expression; :func:`apply_reporting_periods` reads the
discourse (which quarter the text is about) and rewrites what depends on it.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from .calendar import bounds, quarter_bounds
from .rules import Context, Resolved, rule

_ORDER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
          "4th": 4, "last": 4, "final": 4}
_ORDINAL = r"first|second|third|fourth|1st|2nd|3rd|4th|final"
_YEAR_AGO = r"year-ago|year-earlier|year ago|year earlier|prior-year|previous-year|year-before"


def last_completed_quarter(ref: date) -> tuple[int, int]:
    """(year, quarter) of the last quarter that ended before ``ref``."""
    quarter = (ref.month - 1) // 3 + 1
    return (ref.year, quarter - 1) if quarter > 1 else (ref.year - 1, 4)


def _quarter(year: int, quarter: int, anchor: str, confidence: float) -> Resolved:
    start, end = quarter_bounds(year, quarter)
    return Resolved("DATE", f"{year}-Q{quarter}", "quarter", start, end, anchor, confidence,
                    unknown_value=f"XXXX-Q{quarter}")


@rule(r"(?:the )?(?:(?P<which>latest|current|same|most recent|recent|reporting|just-ended|past) )?"
      r"(?:fiscal )?quarter|(?:the )?(?:latest|most recent|reporting) (?:fiscal )?period")
def _the_quarter(m, ctx: Context) -> Optional[Resolved]:
    """"the quarter", "the latest period": the one last reported on."""
    if m.group("which") == "current":
        return _quarter(ctx.ref.year, (ctx.ref.month - 1) // 3 + 1, "publication", 0.7)
    year, quarter = last_completed_quarter(ctx.ref)
    return _quarter(year, quarter, "publication", 0.6)


@rule(rf"(?:the )?(?:comparable |corresponding |same )?(?:{_YEAR_AGO}) (?:fiscal )?(?:quarter|period)"
      rf"|(?:the )?(?:comparable |corresponding |same )?(?:quarter|period),? (?:of )?"
      rf"(?:a year (?:ago|earlier|before)|last year|the previous year|the prior year)"
      rf"|last year (?:quarter|period)|the (?:comparable|corresponding|same) (?:quarter|period)")
def _year_ago_quarter(m, ctx: Context) -> Optional[Resolved]:
    """"the year-ago quarter", "the corresponding period last year"."""
    year, quarter = last_completed_quarter(ctx.ref)
    step = 0 if m.group(0).startswith("the comparable") and "year" not in m.group(0) else 1
    return _quarter(year - step, quarter, "publication", 0.6)


@rule(rf"{_YEAR_AGO}")
def _year_ago(m, ctx: Context) -> Optional[Resolved]:
    """"year-ago results": the year before (the quarter before, in a quarter's report)."""
    start, end = bounds(str(ctx.ref.year - 1))
    return Resolved("DATE", str(ctx.ref.year - 1), "year", start, end, "publication", 0.6)


@rule(r"(?:the )?(?P<y>1[89]\d\d|20\d\d) (?:fiscal )?(?:quarter|period)", first=True)
def _year_period(m, ctx: Context) -> Optional[Resolved]:
    """"the 1988 period": the reported quarter of that year."""
    _year, quarter = last_completed_quarter(ctx.ref)
    return _quarter(int(m.group("y")), quarter, "absolute", 0.6)


@rule(rf"(?:the )?(?:(?P<rel>this|last|next|the previous|the same) year|(?P<ago>{_YEAR_AGO}|the year-ago|"
      rf"the year-earlier|the comparable year-ago)) (?:fiscal[- ])?(?P<o>{_ORDINAL})[- ](?:fiscal )?quarter")
def _year_quarter(m, ctx: Context) -> Optional[Resolved]:
    """"this year's third quarter" (the possessive is cleaned away), "the year-ago third quarter"."""
    step = {"this": 0, "the same": 0, "last": -1, "the previous": -1, "next": 1}.get(m.group("rel"), -1)
    return _quarter(ctx.ref.year + step, _ORDER[m.group("o")], "publication", 0.9)


@rule(r"(?:the )?(?:full |whole |entire )?year")
def _the_year(m, ctx: Context) -> Optional[Resolved]:
    """"for the year", "the full year": the reference year (results so far)."""
    start, end = bounds(str(ctx.ref.year))
    found = Resolved("DATE", str(ctx.ref.year), "year", start, end, "publication", 0.6)
    found.needs = "year"
    return found


@rule(r"(?:the )?(?:year-end|year end|end of the year)")
def _year_end(m, ctx: Context) -> Optional[Resolved]:
    start, end = bounds(str(ctx.ref.year))
    found = Resolved("DATE", str(ctx.ref.year), "year", date(ctx.ref.year, 10, 1), end,
                     "publication", 0.6, mod="END", vague=True)
    found.needs = "year"
    return found


# ---- the discourse: which quarter the text is about ------------------------------

_BARE_YEAR_AGO = re.compile(rf"^(?:a|one) year (?:ago|earlier|before)$|^(?:{_YEAR_AGO})$", re.I)
_SAME_QUARTER = re.compile(r"^(?:the )?(?:latest |same |most recent |reporting |just-ended )?"
                           r"(?:fiscal )?(?:quarter|period)$", re.I)
_QUARTER_BEFORE = re.compile(rf"^(?:the )?(?:comparable |corresponding |same )?(?:{_YEAR_AGO}) "
                             rf"(?:fiscal )?(?:quarter|period)$|(?:quarter|period),? (?:of )?(?:a year (?:ago|earlier)|last year)$|"
                             rf"^last year (?:quarter|period)$", re.I)
_QUARTER_WORD = re.compile(r"\bquarter(?:s|-end)?\b|\bquarter-\w|\bthree months ended\b", re.I)
_RESULTS_WORD = re.compile(r"\b(?:net income|net loss|earnings|profits?|revenues?|sales|per share|"
                           r"operating (?:income|loss)|results)\b", re.I)
_YEAR_SPAN_AFTER = re.compile(r"^\s+(?:ended|ending|that ended|to)\b", re.I)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).replace("'s ", " ").strip().lower()


def apply_reporting_periods(text: str, timexes: list, reference: Optional[str]) -> list:
    """Rewrite, in place, the values that depend on the quarter the text reports.

    text (str): the article text the timexes' offsets point into.
    timexes (list[Timex]): resolved expressions in text order.
    reference (str|None): ISO reference date; without it nothing changes.
    Returns the same list.
    """
    for timex in timexes:  # "the year ended Sept. 30" is a stretch of a year, not 1989
        if timex.type == "DATE" and re.fullmatch(r"(?:the )?(?:fiscal )?year", _clean(timex.text)) \
                and _YEAR_SPAN_AFTER.match(text[timex.end:timex.end + 14]):
            timex.type, timex.value, timex.granularity, timex.range = "DURATION", "P1Y", "year", None
    if not reference or not re.match(r"\d{4}-\d{2}", reference):
        return timexes
    ref = date.fromisoformat(reference[:7] + "-01") + timedelta(days=14)
    current = None  # (year, quarter) the text last named
    for timex in timexes:
        surface = _clean(timex.text)
        if _names_reported_quarter(timex, surface, ref):
            current = (int(timex.value[:4]), int(timex.value[-1]))
            continue
        before = text[max(0, timex.start - 1500):timex.start]
        # a quarter's report: the word "quarter" among results words, not "a quarter of the vote"
        in_context = current is not None or _QUARTER_WORD.search(before) and _RESULTS_WORD.search(before)
        if not in_context:
            continue
        year, quarter = current or last_completed_quarter(ref)
        if _SAME_QUARTER.match(surface) and current is not None:
            _set_quarter(timex, year, quarter)
        elif _BARE_YEAR_AGO.match(surface) or _QUARTER_BEFORE.search(surface):
            _set_quarter(timex, year - 1, quarter)
    return timexes


def _names_reported_quarter(timex, surface: str, ref: date) -> bool:
    """"the third quarter", "the fiscal first quarter": an ordinal quarter already
    over at the reference date (a quarter under way is an outlook, not a report)."""
    if not (timex.value and re.fullmatch(r"\d{4}-Q[1-4]", timex.value)):
        return False
    if not re.search(_ORDINAL, surface) or re.search(_YEAR_AGO, surface):
        return False
    return quarter_bounds(int(timex.value[:4]), int(timex.value[-1]))[1] < ref


def _set_quarter(timex, year: int, quarter: int) -> None:
    start, end = quarter_bounds(year, quarter)
    timex.type, timex.value, timex.granularity = "DATE", f"{year}-Q{quarter}", "quarter"
    timex.range = [start.isoformat(), end.isoformat()]
