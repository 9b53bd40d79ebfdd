"""Mentions that name the people of two meetings at once ("Wang met Lavrov and Patrushev",
where other reports tell "Wang met Lavrov" on Wednesday and "Wang met Patrushev" the day
before): found before clustering (:func:`spanning`) and placed once both meetings are
made (:func:`spanned_meeting`), in the one its own day fits, else in neither, so that
one sentence telling two meetings neither joins them nor lists one meeting's people in
the other. Used by :func:`storyline.fuse.events.cluster_events`."""
from __future__ import annotations

from typing import Optional

from ..model import Event
from .event_match import Parties, kind_keys, people_conflict
from .event_match_dates import _soft


def spanning(events: list, mines: list) -> set:
    """Indexes of the mentions (list[Event], their Parties ``mines``) that name the people
    of two meetings: "Wang met Lavrov and Patrushev" where other mentions tell "Wang met
    Lavrov" and "Wang met Patrushev", each naming two people of it, neither set including
    the other's."""
    out = set()
    for i, mine in enumerate(mines):
        if len(mine.people) < 3:
            continue
        keys = kind_keys(events[i])
        inside = {p.people for j, p in enumerate(mines) if j != i and 2 <= len(p.people)
                  and p.people < mine.people and keys & kind_keys(events[j])}
        if any(people_conflict(Parties(a, frozenset()), Parties(b, frozenset()))
               for a in inside for b in inside):
            out.add(i)
    return out


def spanned_meeting(event: Event, fitting: dict, clusters: list,
                    named: list) -> Optional[int]:
    """Where a mention naming the people of two meetings goes: an index of ``clusters``,
    or None for a cluster of its own. When the clusters it may join (``fitting``: index ->
    match score) hold two meetings of other people (each naming two or more, neither set
    including the other's), it goes to the one whose day its own date (said of it, not its
    report's day) is, when just one is; else, telling both at once, to neither. Otherwise
    to the best of ``fitting``. named (list[Parties]): the people each cluster names."""
    def meetings_apart(i: int, j: int) -> bool:
        return len(named[i].people) >= 2 and len(named[j].people) >= 2 and \
            people_conflict(named[i], named[j])

    if not any(meetings_apart(i, j) for i in fitting for j in fitting if i < j):
        return max(fitting, key=lambda i: (fitting[i], -i)) if fitting else None
    if not event.date or _soft(event):
        return None
    dated = [i for i in fitting if any(o.date and not _soft(o) and o.date == event.date
                                       for o in clusters[i])]
    return dated[0] if len(dated) == 1 else None
