"""When two event mentions' dates can be one event's: the date comparisons of
:mod:`storyline.fuse.event_match` (dates said of the events themselves, dates taken only
from a report's publication day, and what either allows)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..model import Event
from ..time.calendar import iso_day

PUBLICATION_SLACK_DAYS = 7  # "X met Y" in a report of that day may tell of the days before
SOFT_LATE_DAYS = 90  # a report dated only by its day tells of the season before it, at most


# The day of an event date ("YYYY-MM-DD" | "YYYY-MM" | "YYYY", as time.event_date's
# contract_date makes them: only the first names a day), cached: called for every pair of
# mentions compared.
_parse_day = lru_cache(maxsize=4096)(iso_day)


def dates_compatible(a: Optional[str], b: Optional[str], slack_days: int = 0) -> bool:
    """Same date, one unknown, one a coarser prefix of the other ("2023-02" / "2023-02-22"),
    or (with ``slack_days``) days at most that far apart."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    da, db = _parse_day(a), _parse_day(b)
    return bool(da and db and abs((da - db).days) <= slack_days)


def _soft(event: Event) -> bool:
    """A past event dated only by its article's publication day."""
    return event.date_source == "publication" and event.modality != "planned"


def event_dates_compatible(a: Event, b: Event, slack_days: int = 0) -> bool:
    """:func:`dates_compatible` for two mentions, where a date taken only from the
    publication day may fall up to a week after the event's own date."""
    if dates_compatible(a.date, b.date, slack_days):
        return True
    for soft, other in ((a, b), (b, a)):
        if _soft(soft) and not _soft(other):
            ds, do = _parse_day(soft.date), _parse_day(other.date)
            if ds and do and 0 <= (ds - do).days <= PUBLICATION_SLACK_DAYS:
                return True
    return False


def _same_day(a: Event, b: Event) -> bool:
    """Whether both mentions are dated by the text (not only a report's day) to one day, or
    one to a day inside the other's week at most ("last week Greece threatened" / "Greece
    threatened on Thursday" of that week)."""
    if not a.date or not b.date or _soft(a) or _soft(b):
        return False
    return a.date == b.date or _in_short_range(a, b) or _in_short_range(b, a)


SHORT_RANGE_DAYS = 7  # a week: a vaguer date that still narrows a happening to a few days


def _in_short_range(day: Event, span: Event) -> bool:
    """Whether ``day`` is dated to a day inside ``span``'s date range of a week or less."""
    rng = span.date_range
    if len(day.date) != 10 or not rng or len(rng) != 2 or not rng[0] or not rng[1]:
        return False
    start, end, told = _parse_day(rng[0][:10]), _parse_day(rng[1][:10]), _parse_day(day.date)
    return bool(start and end and told and (end - start).days < SHORT_RANGE_DAYS
                and start <= told <= end)


def dates_conflict(a: Event, b: Event) -> bool:
    """Whether two mentions' dates cannot be one event's: more than a day apart where both
    come from a date said of the trigger itself ("met on Monday"), or a past event told
    as after the publication day of a report of it, or a report that dates it only by its
    own publication day more than three months after the other's date (news that gives no
    day tells of recent happenings: on the ECB+ train topics, every such pair of one event
    is at most 90 days apart, while 15 of 430 pairs 32 to 90 days apart are one event). A
    date only found elsewhere in the sentence, or a publication day that falls days or
    weeks after the event, is weaker evidence, left to the pair score's date feature."""
    if event_dates_compatible(a, b, slack_days=1):
        return False
    if a.date_source == "timex" and b.date_source == "timex":
        return True
    for soft, other in ((a, b), (b, a)):
        if _soft(soft) and other.date and (_later(other.date, soft.date)
                                           or _long_after(soft.date, other.date)):
            return True
    return False


def _long_after(x: str, y: str) -> bool:
    """Whether date ``x`` falls more than SOFT_LATE_DAYS after ``y``, compared at the coarser
    of their precisions: two days, or months more than three apart, or years more than one
    apart ("2023-09" is long after "2023-02-22"; "2023-05" is not)."""
    n = min(len(x), len(y))
    if n == 10:
        dx, dy = _parse_day(x), _parse_day(y)
        return bool(dx and dy and (dx - dy).days > SOFT_LATE_DAYS)
    if n == 7 and x[:4].isdigit() and y[:4].isdigit() and x[5:7].isdigit() and y[5:7].isdigit():
        return (int(x[:4]) * 12 + int(x[5:7])) - (int(y[:4]) * 12 + int(y[5:7])) > 3
    return n >= 4 and x[:4].isdigit() and y[:4].isdigit() and int(x[:4]) - int(y[:4]) > 1


def _later(x: str, y: str) -> bool:
    """Whether date ``x`` falls after ``y`` (by more than a day when both are days),
    compared at the coarser of their two precisions ("2023-03" after "2023-02-27")."""
    n = min(len(x), len(y))
    if n == 10:
        dx, dy = _parse_day(x), _parse_day(y)
        return bool(dx and dy and (dx - dy).days > 1)
    return x[:n] > y[:n]


def merged_date_confidence(cluster: list, date: Optional[str], outlet_of) -> Optional[float]:
    """How sure a merged event's chosen ``date`` is (0-1), None when undated.

    The rule: each outlet that gives the date (a mention dated that day, or coarser or
    finer and agreeing) counts once, at its surest mention's ``date_confidence``; outlets
    agreeing make the date surer as independent witnesses do (1 - the product of their
    doubts: two outlets at 0.6 give 0.84); outlets giving another date (firmly: not a
    publication day within a week) scale it by the agreeing outlets' share of the
    confidence ("2023-02-22" at 0.9 against "2023-02-21" at 0.9: halved).

    cluster (list[Event]): the event's mentions; their ``date_confidence`` (None: 0.5).
    date (str|None): the date chosen for the event.
    outlet_of (callable): Event -> the outlet (or article id) that told it.
    """
    if not date:
        return None
    agree: dict = {}
    disagree: dict = {}
    for event in cluster:
        if not event.date:
            continue
        sure = event.date_confidence if event.date_confidence is not None else 0.5
        if dates_compatible(event.date, date, PUBLICATION_SLACK_DAYS if _soft(event) else 0):
            side = agree if dates_compatible(event.date, date) else None
        else:
            side = disagree
        if side is not None:
            key = outlet_of(event)
            side[key] = max(side.get(key, 0.0), sure)
    if not agree:
        return None
    doubt = 1.0
    for sure in agree.values():
        doubt *= 1.0 - sure
    value = 1.0 - doubt
    for_it, against = sum(agree.values()), sum(disagree.values())
    if against:
        value *= for_it / (for_it + against)
    return round(value, 2)


def stale_plan(plan: Event, other: Event, published: Optional[str]) -> bool:
    """Whether ``plan``, told as planned in a report published on ``published`` (its
    article's day, "YYYY-MM-DD" or coarser; None: unknown), cannot be the event ``other``
    tells as having happened on its own date before that day ("Xi to hold a summit with
    Putin in the coming months", written in February, is not their December meeting): a
    plan written before the day agrees with the later reports that it happened."""
    if plan.modality != "planned" or other.modality not in ("happened", "reported"):
        return False
    if not published or not other.date or _soft(other):
        return False
    return _later(published[:10], other.date)
