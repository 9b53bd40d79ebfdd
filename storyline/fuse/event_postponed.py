"""A plan put off and carried out later is one event: "the exchange is due to take place on
Thursday", "the exchange did not go ahead on Thursday", "the prisoners were exchanged on
Saturday, after a two-day delay". The dates differ by more than the day merging allows,
so the plan and its happening are clustered apart; where an outlet says it was put off,
the plan joins what happened, which keeps its own day, and the days it was planned for
stay visible as a postponement (not as outlets disagreeing on the date).
"""
from __future__ import annotations

import re
from typing import Optional

from .event_conflicts import group_values
from .event_match import parties
from .event_match_dates import _parse_day
from .event_match_parties import people_conflict

# words that say an act was put off to a later day
POSTPONED = re.compile(
    r"\b(?:postpon\w*|delay(?:ed|s)?|put off|pushed back|held up|reschedul\w*|deferred"
    r"|(?:did not|didn't|failed to) (?:go ahead|take place))\b", re.IGNORECASE)
NOT_HAPPENED = frozenset({"planned", "denied", "uncertain"})
HAPPENED = frozenset({"happened", "reported"})


def postponed_plans(clusters: list, alike) -> dict:
    """{index of a cluster that tells what happened: [indexes of the clusters of plans put
    off to it]} for ``clusters`` (list[list[Event]]) of one story. A cluster of plans
    (every member planned, denied or uncertain, each dated to a day) joins the first
    cluster of the same kind (``alike(a, b)``: whether two mentions may tell one kind of
    event) and parties that happened on a later day, when a sentence of either says it was
    put off (:data:`POSTPONED`)."""
    happened = []
    for index, cluster in enumerate(clusters):
        day = _happened_day(cluster)
        if day is not None:
            happened.append((day, index))
    happened.sort()
    if not happened:
        return {}
    # a few sentences of a story say something was put off: the cue is read once each
    told = [any(POSTPONED.search(e.sentence.text or "") for e in c) for c in clusters]
    out: dict = {}
    for index, cluster in enumerate(clusters):
        if not all(e.modality in NOT_HAPPENED for e in cluster):
            continue
        days = [_parse_day(e.date) if e.date and len(e.date) == 10 else None for e in cluster]
        if None in days:
            continue
        for day, other in happened:
            if day > max(days) and (told[index] or told[other]) and \
                    _one_act(cluster, clusters[other], alike):
                out.setdefault(other, []).append(index)
                break
    return out


def _happened_day(cluster: list):
    """The day (datetime.date) the members that tell it happened agree on, else None."""
    days = {e.date for e in cluster if e.modality in HAPPENED and e.date and len(e.date) == 10}
    return _parse_day(days.pop()) if len(days) == 1 else None


def _one_act(plans: list, done: list, alike) -> bool:
    """Whether a cluster of plans and one of what happened tell one act: every pair of
    mentions of one kind, a party in common and no people named apart."""
    if not all(alike(x, y) for x in plans for y in done):
        return False
    mine, theirs = (_all_parties(c) for c in (plans, done))
    shared = (mine.people & theirs.people) | (mine.countries & theirs.countries)
    return bool(shared) and not people_conflict(mine, theirs)


def _all_parties(cluster: list):
    found = [parties(e) for e in cluster]
    return type(found[0])(frozenset().union(*(p.people for p in found)),
                          frozenset().union(*(p.countries for p in found)))


def postponement(plans: list, done: list, articles: dict) -> Optional[dict]:
    """The conflict-like record of a postponement: {"field": "date", "postponed": True,
    "values": [the days it was planned for, then the day it happened, each with who says
    so]} (storyline.fuse.event_conflicts.group_values)."""
    planned = sorted(group_values(plans, articles, lambda e: e.date), key=lambda g: g["value"])
    held = [g for g in group_values([e for e in done if e.modality in HAPPENED], articles,
                                    lambda e: e.date) if len(g["value"]) == 10]
    if not planned or not held:
        return None
    return {"field": "date", "postponed": True, "values": planned + held[:1]}


def postponed_record(done: list, plans: list, articles: dict, story: Optional[str],
                     names=None, named: Optional[set] = None, own: Optional[dict] = None):
    """The MergedEvent of what happened (``done``: its mentions) with the plans put off to
    it (``plans``: their mentions) among its sources and actors: its date, modality and
    conflicts are those of what happened, with the postponement added
    (:func:`postponement`). The other arguments as merged_from_cluster takes them."""
    from dataclasses import replace

    from .event_records import event_id, merged_from_cluster
    held = merged_from_cluster(done, articles, story, names, named, own)
    whole = merged_from_cluster(done + plans, articles, story, names, named, own)
    moved = postponement(plans, done, articles)
    return replace(whole, id=event_id(story, whole.type, whole.actors, held.date),
                   date=held.date, date_range=held.date_range, date_source=held.date_source,
                   date_confidence=held.date_confidence, modality=held.modality,
                   conflicts=held.conflicts + ([moved] if moved else []))
