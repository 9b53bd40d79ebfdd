"""Merging event mentions across outlets into one cited timeline.

Two event mentions are taken to be the same real-world event when they are in
the same story (when stories are set), their PLOVER types are compatible (equal,
or both in the CONSULT family: met / held talks / received), their canonical
actors overlap (one set inside the other, or two actors shared), and their dates
agree (same day, or one unknown; a one-day gap is tolerated, and recorded as a
conflict, when two actors are shared). Everything the mentions disagree on
(date, participants, place, modality) is kept in ``conflicts``.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date as _date
from typing import Optional

from ..events.coding import compatible_types
from ..model import Event, MergedEvent

# pronouns and relative words say nothing about identity unless resolved to a name
UNRESOLVED = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
              "who", "which", "that", "i", "we", "you", "both"}
MODALITY_RANK = {"happened": 0, "reported": 1, "planned": 2, "uncertain": 3, "denied": 4}
DATE_SOURCE_WEIGHT = {"timex": 3.0, "sentence": 2.0, "publication": 1.0}


def actor_key(actor) -> Optional[str]:
    """Identity key of an event actor: its canonical name, folded; None when unresolved."""
    name = (actor.canonical or actor.text or "").strip()
    if not name or name.lower() in UNRESOLVED:
        return None
    return " ".join(name.lower().split())


def actor_keys(event: Event) -> frozenset:
    return frozenset(k for k in (actor_key(a) for a in event.actors) if k)


def _parse_day(value: Optional[str]) -> Optional[_date]:
    if value and len(value) == 10:
        try:
            return _date.fromisoformat(value)
        except ValueError:
            return None
    return None


def dates_compatible(a: Optional[str], b: Optional[str], slack_days: int = 0) -> bool:
    """Same date, one unknown, one a coarser prefix of the other ("2023-02" / "2023-02-22"),
    or (with ``slack_days``) days at most that far apart."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    da, db = _parse_day(a), _parse_day(b)
    return bool(da and db and abs((da - db).days) <= slack_days)


def _modes_compatible(a: Event, b: Event) -> bool:
    # a phone call and a meeting in person are different events
    return (a.mode == "phone") == (b.mode == "phone")


def same_event(a: Event, b: Event) -> bool:
    """Whether two event mentions name the same real-world event."""
    if not compatible_types(a.type, b.type) or not _modes_compatible(a, b):
        return False
    ka, kb = actor_keys(a), actor_keys(b)
    shared = ka & kb
    if not shared:
        return False
    if len(shared) >= 2:
        return dates_compatible(a.date, b.date, slack_days=1)
    if not (ka <= kb or kb <= ka):
        return False
    # one shared actor ("Wang arrived" / "Wang Yi reached Moscow") is weak evidence:
    # ask for the same CAMEO code and the same known day as well
    return a.cameo == b.cameo and bool(a.date) and a.date == b.date


def cluster_events(events: list) -> list:
    """Group event mentions (list[Event]) into clusters (list[list[Event]]), greedily in
    order; a mention joins the first cluster holding a mention it matches."""
    clusters: list = []
    for event in events:
        for cluster in clusters:
            # match the cluster's first (best-attested) mention, and agree with every
            # member's date, so that chains of weak links cannot snowball
            if same_event(event, cluster[0]) and all(
                    dates_compatible(event.date, o.date, slack_days=1) for o in cluster):
                cluster.append(event)
                break
        else:
            clusters.append([event])
    return clusters


def _pick_date(cluster: list) -> tuple:
    """(date, date_range) chosen by weighted agreement, preferring the most specific value."""
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
        return None, None
    # a coarser value that agrees ("2023-02") supports the finer one ("2023-02-22")
    scored = {d: v + sum(w for o, w in votes.items() if o != d and d.startswith(o))
              for d, v in votes.items()}
    best = max(scored, key=lambda d: (scored[d], len(d), d))
    return best, ranges.get(best)


def _group_values(cluster: list, articles: dict, value_of) -> list:
    """[{"value", "articles", "outlets"}] for each distinct non-empty value."""
    groups: dict = {}
    for event in cluster:
        value = value_of(event)
        if value in (None, "", ()):
            continue
        entry = groups.setdefault(value, {"value": value, "articles": [], "outlets": []})
        if event.article not in entry["articles"]:
            entry["articles"].append(event.article)
            outlet = getattr(articles.get(event.article), "outlet", None)
            if outlet and outlet not in entry["outlets"]:
                entry["outlets"].append(outlet)
    return list(groups.values())


def _conflicts(cluster: list, articles: dict) -> list:
    """Fields on which the mentions of one event disagree, naming who says what."""
    out = []
    dates = _group_values(cluster, articles, lambda e: e.date)
    if any(not dates_compatible(a["value"], b["value"]) for a in dates for b in dates):
        out.append({"field": "date", "values": dates})
    places = _group_values(cluster, articles, lambda e: e.location_name)
    if len(places) > 1:
        out.append({"field": "location", "values": places})
    parts = _group_values(cluster, articles, lambda e: tuple(sorted(actor_keys(e))))
    sets = [set(p["value"]) for p in parts]
    if any(not (a <= b or b <= a) for a in sets for b in sets):
        for p in parts:
            p["value"] = list(p["value"])
        out.append({"field": "participants", "values": parts})
    modalities = _group_values(cluster, articles, lambda e: e.modality)
    if {"happened", "denied"} <= {m["value"] for m in modalities}:
        out.append({"field": "modality", "values": modalities})
    return out


def _merged_actors(cluster: list) -> list:
    """Union of actors by identity key, each with its most frequent role."""
    roles: dict = {}
    info: dict = {}
    for event in cluster:
        for actor in event.actors:
            key = actor_key(actor)
            if key is None:
                continue
            roles.setdefault(key, Counter())[actor.role] += 1
            name, code = info.get(key, (None, None))
            info[key] = (name or actor.canonical or actor.text, code or actor.code)
    out = []
    for key, counter in roles.items():
        name, code = info[key]
        out.append({"name": name, "role": counter.most_common(1)[0][0], "code": code})
    order = {"source": 0, "target": 1, "participant": 2}
    return sorted(out, key=lambda a: order.get(a["role"], 3))


def _modality(cluster: list) -> str:
    """Happened beats planned once any outlet reports that it happened."""
    return min((e.modality for e in cluster), key=lambda m: MODALITY_RANK.get(m, 9))


def _representative(cluster: list) -> Event:
    """The mention that tells the event best: what happened, with place and most actors."""
    return min(cluster, key=lambda e: (MODALITY_RANK.get(e.modality, 9),
                                       e.location_name is None, -len(actor_keys(e)),
                                       e.article, e.trigger.start))


def event_id(story: Optional[str], ptype: str, actors: list, date: Optional[str]) -> str:
    """Stable id: a hash of story + type + actor names + date."""
    names = "|".join(sorted((a["name"] or "").lower() for a in actors))
    raw = f"{story or ''}\x1f{ptype}\x1f{names}\x1f{date or ''}"
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def merged_from_cluster(cluster: list, articles: dict, story: Optional[str]) -> MergedEvent:
    """One :class:`MergedEvent` from the mentions (list[Event]) of one event."""
    rep = _representative(cluster)
    date, date_range = _pick_date(cluster)
    types = Counter(e.type for e in cluster)
    ptype = rep.type if types[rep.type] == max(types.values()) else types.most_common(1)[0][0]
    actors = _merged_actors(cluster)
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
        type=ptype, cameo=rep.cameo, modality=_modality(cluster), summary=rep.summary,
        actors=actors, location=places.most_common(1)[0][0] if places else None,
        sources=sources, conflicts=_conflicts(cluster, articles), goldstein=rep.goldstein,
        mode=rep.mode, story=story)


def merge_events(articles: list) -> list:
    """Merge the events of annotated articles (list[Article]) into list[MergedEvent],
    date-sorted with undated events last. Articles marked as duplicates are skipped."""
    by_id = {a.id: a for a in articles}
    by_story: dict = {}
    for article in articles:
        if article.duplicate_of:
            continue
        by_story.setdefault(article.story, []).extend(article.events)
    merged = []
    for story, events in by_story.items():
        ordered = sorted(events, key=lambda e: (MODALITY_RANK.get(e.modality, 9), e.article,
                                                e.trigger.start))
        merged.extend(merged_from_cluster(c, by_id, story) for c in cluster_events(ordered))
    seen: Counter = Counter()
    for event in merged:  # two distinct events may hash alike (same actors, same day)
        seen[event.id] += 1
        if seen[event.id] > 1:
            event.id = f"{event.id}-{seen[event.id]}"
    return sorted(merged, key=lambda m: (m.date is None, m.date or "",
                                         m.sources[0]["article"], m.sources[0]["char_start"]))
