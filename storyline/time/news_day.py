"""What a past event with no date of its own is dated by, short of the publication day.

News tells one happening over many sentences and dates it once: "Yesterday, at the
developers' conference, Jobs unveiled iPhone 4" then, undated, "Jobs demoed the
gyroscope", "he praised the antenna". Those sentences keep the time the lead gave
(the "reference time" a narrative carries forward), not the day the report came out.
:func:`news_day` finds that day; :func:`no_later_than` narrows a past event's span to
what lies on or before the publication day.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ..model import Article, Timex
from .calendar import DAY_VALUE, bounds, parse_reference

# how far before its publication a report's news may lie for the lead's date to carry
# over: a weekly's "last Monday" still, an anniversary's date not
NEWS_WINDOW_DAYS = 7
# how many sentences from the first day-dated one the lead's day may still be found in
LEAD_SENTENCES = 3


def _day_of(published: Optional[str]) -> Optional[date]:
    """The day of a day-granular publication date, else None."""
    day, granularity = parse_reference(published)
    return day if granularity == "day" else None


def news_day(article: Article) -> Optional[Timex]:
    """The first date in the text that names a day of the past week in a past-tense
    clause ("Yesterday, ... unveiled", "on Friday Jobs held a press conference"), or None;
    looked for only within :data:`LEAD_SENTENCES` of the first sentence naming a day
    (the lead's): "is starting work Thursday" (the publication day) then, many sentences
    down, "was arrested on Tuesday" tells the news is of Thursday, and Tuesday dates its
    own sentence only (TimeBank-Dense, ``python bench/event_dates_dense.py``: the lead's
    day was given 22 times, none right; now 5 times, and 17 take the publication day, 7 of
    them right; WikiNews dev unchanged).

    article (Article): with ``timexes`` and a day-granular ``published``.
    Returns the timex; its value (``YYYY-MM-DD``) is the day.
    """
    published = _day_of(article.published)
    if published is None:
        return None
    first = None
    for timex in article.timexes:  # text order: the lead's date comes first
        if timex.type not in ("DATE", "TIME") or not timex.value or timex.sentence is None:
            continue  # outside the body's sentences: the date line, a caption
        if _alone(article, timex):
            continue  # a date line the clean stage did not set apart: the page's date, not the news
        if not DAY_VALUE.match(timex.value) or timex.granularity not in (None, "day"):
            continue
        first = timex.sentence if first is None else first
        if timex.sentence - first >= LEAD_SENTENCES:
            return None  # a day told far below the first one dates its own passage, not the news
        if _names_a_thing(article, timex):
            continue  # "the toll from Sunday's earthquake rose on Tuesday": the news is of Tuesday
        day = date.fromisoformat(timex.value[:10])
        if timex.tense == "past" and published - timedelta(days=NEWS_WINDOW_DAYS) <= day <= published:
            return timex
    return None


def _names_a_thing(article: Article, timex: Timex) -> bool:
    """Whether the timex is a possessive ("Sunday's earthquake": the day of a thing named)
    and a later day of its sentence is not: that one is the day of the sentence's news."""
    if not _POSSESSIVE.match(article.text, timex.end):
        return False
    return any(other.sentence == timex.sentence and other.start > timex.end and other.value
               and DAY_VALUE.match(other.value) and not _POSSESSIVE.match(article.text, other.end)
               for other in article.timexes)


_POSSESSIVE = re.compile(r"['’]s\b")


def _alone(article: Article, timex: Timex) -> bool:
    """Whether the timex is all its line holds ("June 8, 2010")."""
    text = article.text
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return not line.replace(timex.text, "", 1).strip(" \t.,;:-–—")


def no_later_than(found: tuple, value: str, published: Optional[str]) -> tuple:
    """(date, range) of a past event narrowed to end by the publication day, when that makes
    its date finer: "filed this week" in a report of Tuesday 28 March 2006 lies in 27-28
    March, so it is of March, though the week runs into April.

    found (tuple): (date, range) as :func:`storyline.time.event_date.contract_date` gave them.
    value (str): the TIMEX3 value they came from ("2006-W13").
    published (str|None): the publication date.
    """
    date_, date_range = found
    day = _day_of(published)
    span = bounds(value.split("T")[0]) if value and value[:1].isdigit() else None
    if day is None or span is None or (date_ and len(date_) >= 7):
        return found
    first, last = span
    if date_range:
        first, last = date.fromisoformat(date_range[0]), date.fromisoformat(date_range[1])
    if not first <= day < last:
        return found
    if (first.year, first.month) != (day.year, day.month):
        return found
    return f"{first.year}-{first.month:02d}", [first.isoformat(), day.isoformat()]
