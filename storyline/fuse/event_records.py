"""One merged event's record written from the mentions (list[Event]) that tell it: the
date chosen by weighted agreement, the parties (each shown by a name its own mentions
support), the modality, the mention that tells it best, the sources and the conflicts.
The clusters come from :func:`storyline.fuse.events.cluster_events`."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Optional

from ..model import Event, MergedEvent, strongest_date_source
from .event_conflicts import event_conflicts
from .event_match import (DATE_SOURCE_WEIGHT, MODALITY_RANK, UNRESOLVED, _fold, _is_country,
                          actor_key, actor_keys, country_atom, parties)
from .event_match_dates import merged_date_confidence
from .summaries import linked_summary

def _pick_date(cluster: list) -> tuple:
    """(date, date_range, date_source) chosen by weighted agreement, preferring the most
    specific value; the source is the strongest origin (``DATE_SOURCES``) among the
    mentions dated that day, else among those whose date it refines or that refine it."""
    votes: Counter = Counter()
    ranges = {}
    for event in cluster:
        if event.date:
            weight = DATE_SOURCE_WEIGHT.get(event.date_source or "", 1.0)
            if event.modality in ("planned", "uncertain"):
                weight *= 0.5  # a plan's date is less sure than a report of what happened
            votes[event.date] += weight
            ranges.setdefault(event.date, event.date_range)
    if not votes:
        return None, None, None
    # a coarser value that agrees ("2023-02") supports the finer one ("2023-02-22")
    scored = {d: v + sum(w for o, w in votes.items() if o != d and d.startswith(o))
              for d, v in votes.items()}
    best = max(scored, key=lambda d: (scored[d], len(d), d))
    return best, ranges.get(best), _strongest_source(cluster, best)


def _strongest_source(cluster: list, date: str) -> Optional[str]:
    dated = [e for e in cluster if e.date]
    return (strongest_date_source(e.date_source for e in dated if e.date == date)
            or strongest_date_source(e.date_source for e in dated
                                     if e.date.startswith(date) or date.startswith(e.date)))


def _merged_actors(cluster: list, named: Optional[set] = None, articles: Optional[dict] = None,
                   own: Optional[dict] = None) -> list:
    """Union of resolved actors by identity key, each with its most frequent role; the
    unresolved ones ("the defence ministry") only when nothing in the cluster is resolved.
    A country is left out when a person acting for it is an actor: "the two sides" read
    as Wang Yi and Russia in one report adds nothing to Lavrov (RUSGOV) met in the others.
    Each is shown by a name its own article supports (:func:`supported_name`; named: the
    corpus's entity names, None: no check; articles: id -> Article; own: id(actor) -> the
    name its article gave it before linking renamed it)."""
    texts = {e.article: getattr((articles or {}).get(e.article), "text", "") for e in cluster}
    roles: dict = {}
    info: dict = {}
    countries: dict = {}  # key of a country actor -> its country atom
    acting_for: set = set()  # country atoms of the people and bodies among the actors
    resolved = any(actor_key(a) for e in cluster for a in e.actors)
    for event in cluster:
        for actor in event.actors:
            key = actor_key(actor)
            if key is None and not resolved and actor.text.lower() not in UNRESOLVED:
                key = _fold(actor.text)
            if not key:
                continue
            if key and _is_country(actor):
                countries[key] = country_atom(actor.canonical, actor.code) or key
            elif actor_key(actor):
                acting_for.update(filter(None, (country_atom(actor.affiliation),
                                                (actor.code or "")[:3] if len(actor.code or "") > 3
                                                else None)))
            roles.setdefault(key, Counter())[actor.role] += 1
            name, code = info.get(key, (None, None))
            info[key] = (name or supported_name(actor, event, named, texts.get(event.article, ""),
                                                (own or {}).get(id(actor))), code or actor.code)
    out = []
    places = {_fold(e.location_name) for e in cluster if e.location_name}
    for key, counter in roles.items():
        if key in places:
            continue  # "travel to Belozar": the place is where, not who
        if countries.get(key) in acting_for:
            continue  # a person or body of that country is named: it says who acted
        name, code = info[key]
        out.append({"name": name, "role": counter.most_common(1)[0][0], "code": code})
    order = {"source": 0, "target": 1, "participant": 2}
    return sorted(out, key=lambda a: order.get(a["role"], 3))


def supported_name(actor, event: Event, named: Optional[set] = None, text: str = "",
                   own: Optional[str] = None) -> str:
    """The name an actor of ``event`` is shown by. Linking joins the nominals of a story
    across articles ("at least 47 people" with another article's "more than 500 people",
    whom a paragraph on an older quake counts): such a description is true of its own
    article only. So an actor that linking renamed (``own``: the name its article gave it
    before, None when not renamed) shows the linked name only when that names an entity
    (one of ``named``: :func:`corpus_names`; "the interior minister" is Julio Ramos) or is
    written in its own article (``text``) or sentence; else the name its article gave."""
    name = actor.canonical or actor.text
    if own is None or named is None or name in named or _fold(name) in _fold(actor.text):
        return name
    bare = re.sub(r" \(\d+\)$", "", name).lower()  # "boats (2)": a group's key, numbered
    return name if bare in (text or event.sentence.text).lower() else own


def corpus_names(articles: list) -> set:
    """The linked names of the name, metonym and role mentions of the articles
    (list[Article]): the entities linking named, not the descriptions it joined."""
    return {m.canonical for a in articles for m in getattr(a, "mentions", None) or ()
            if m.kind in ("name", "metonym", "role") and m.canonical}


def _modality(cluster: list) -> str:
    """Happened beats planned once any outlet reports that it happened."""
    return min((e.modality for e in cluster), key=lambda m: MODALITY_RANK.get(m, 9))


def _representative(cluster: list) -> Event:
    """The mention that tells the event best: what happened, with place and most actors."""
    # people named count before places ("Putin visits Moscow" tells less than "Putin meets Wang")
    return min(cluster, key=lambda e: (MODALITY_RANK.get(e.modality, 9), -len(parties(e).people),
                                       -len(actor_keys(e)), e.location_name is None, e.article,
                                       e.trigger.start))


def event_id(story: Optional[str], ptype: str, actors: list, date: Optional[str]) -> str:
    """Stable id: a hash of story + type + actor names + date."""
    names = "|".join(sorted((a["name"] or "").lower() for a in actors))
    raw = f"{story or ''}\x1f{ptype}\x1f{names}\x1f{date or ''}"
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def merged_from_cluster(cluster: list, articles: dict, story: Optional[str], names=None,
                        named: Optional[set] = None, own: Optional[dict] = None) -> MergedEvent:
    """One :class:`MergedEvent` from the mentions (list[Event]) of one event; ``names``:
    linked_summary's memo; ``named``, ``own``: as :func:`_merged_actors` reads them."""
    rep = _representative(cluster)
    date, date_range, date_source = _pick_date(cluster)
    types = Counter(e.type for e in cluster)
    ptype = rep.type if types[rep.type] == max(types.values()) else types.most_common(1)[0][0]
    actors = _merged_actors(cluster, named, articles, own)
    places = Counter(e.location_name for e in cluster if e.location_name)
    sources = []
    for event in sorted(cluster, key=lambda e: (e.article, e.trigger.start)):
        article = articles.get(event.article)
        sources.append({"article": event.article,
                        "outlet": getattr(article, "outlet", None),
                        "sentence": event.sentence.text,
                        "char_start": event.trigger.start, "char_end": event.trigger.end,
                        "date_text": event.date_text})
    return MergedEvent(
        id=event_id(story, ptype, actors, date), date=date, date_range=date_range,
        type=ptype, cameo=rep.cameo, modality=_modality(cluster),
        summary=linked_summary(rep.summary, articles.get(rep.article), names),
        actors=actors, location=places.most_common(1)[0][0] if places else None,
        sources=sources, conflicts=event_conflicts(cluster, articles, date), goldstein=rep.goldstein,
        mode=rep.mode, story=story, date_source=date_source,
        date_confidence=merged_date_confidence(
            cluster, date, lambda e: getattr(articles.get(e.article), "outlet", None) or e.article))
