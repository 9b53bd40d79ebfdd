"""Pure functions that answer the API's questions from plain contract records.

Every function here takes dicts shaped like the JSON contract (timeline events,
entities, quotes, stories, article summaries) and returns new plain data, so the
web pages and the JSON endpoints share one answer and tests need no server.
"""
from __future__ import annotations

from datetime import date
from itertools import combinations
from typing import Iterable, Optional

from ..store.rows import date_bounds as rows_date_bounds, event_bounds
from ..report.compare import compare, conflict_outlets, event_articles, outlet_of  # noqa: F401  (re-exported)


def date_bounds(value: Optional[str]) -> Optional[tuple[date, date]]:
    """First and last day covered by a partial ISO date, as dates.

    value (str | None): what ``store.rows.date_bounds`` reads ("YYYY", "YYYY-MM",
        "YYYY-MM-DD", a datetime cut to its date, "YYYY-Www", "YYYY-Qn"); one parser so
        these filters read a date exactly as the SQL lists do. None when unreadable.
    """
    if not value or not isinstance(value, str):
        return None
    first, last = rows_date_bounds(value)
    if not first or not last:
        return None
    return date.fromisoformat(first), date.fromisoformat(last)


def event_interval(event: dict) -> Optional[tuple[date, date]]:
    """The days an event may have happened on: its date_range if given, else its date.

    event (dict): a contract timeline record. Returns None when undated. The bounds are the
    store's (``store.rows.event_bounds``), so pages sort and filter as the SQL lists do.
    """
    first, last = event_bounds(event.get("date"), event.get("date_range"))
    if not first or not last:
        return None
    return date.fromisoformat(first), date.fromisoformat(last)


def entity_names(entity: dict) -> set[str]:
    """Case-folded name and aliases of a contract entity record."""
    names = {str(entity.get("name") or "")}
    names.update(str(a) for a in entity.get("aliases") or [])
    return {n.casefold() for n in names if n}


def find_entity(entities: Iterable[dict], key: str) -> Optional[dict]:
    """The entity whose id is ``key``, else whose name or an alias is ``key`` (case-folded)."""
    entities = list(entities)
    for entity in entities:
        if entity.get("id") == key:
            return entity
    folded = key.casefold()
    for entity in entities:
        if folded in entity_names(entity):
            return entity
    return None


def event_involves(event: dict, names: set[str]) -> bool:
    """True when one of the event's actors is named by one of ``names`` (case-folded)."""
    return any(str(a.get("name") or "").casefold() in names for a in event.get("actors") or [])


def in_story(record: dict, story: Optional[dict]) -> bool:
    """True when a timeline event or quote belongs to ``story`` (by its story field or its sources)."""
    if story is None:
        return False
    if record.get("story"):
        return record["story"] == story.get("id")
    members = set(story.get("articles") or [])
    return any(a in members for a in event_articles(record))


def sort_timeline(events: Iterable[dict]) -> list[dict]:
    """Events by date (earliest first day, then last day), undated last; stable otherwise."""

    def key(event):
        span = event_interval(event)
        return (span is None, span or (date.min, date.min))

    return sorted(events, key=key)


def filter_timeline(events: Iterable[dict], *, names: Optional[set[str]] = None,
                    story: Optional[dict] = None, date_from: Optional[str] = None,
                    date_to: Optional[str] = None) -> list[dict]:
    """Timeline events matching every filter given, date-sorted, undated last.

    names (set[str] | None): case-folded entity names; keep events with such an actor.
    story (dict | None): a contract story; keep its events.
    date_from, date_to (str | None): partial ISO dates; keep events whose possible days
        overlap [first day of date_from, last day of date_to]. Undated events are dropped
        when either is given.
    """
    lo, hi = (date_bounds(date_from) or (None, None))[0], (date_bounds(date_to) or (None, None))[1]
    kept = []
    for event in events:
        if names is not None and not event_involves(event, names):
            continue
        if story is not None and not in_story(event, story):
            continue
        if date_from or date_to:
            span = event_interval(event)
            if span is None or (lo and span[1] < lo) or (hi and span[0] > hi):
                continue
        kept.append(event)
    return sort_timeline(kept)


def paginate(items: list, limit: Optional[int], offset: int) -> list:
    """items[offset:offset+limit]; limit None means all the rest."""
    offset = max(0, offset)
    return items[offset:] if limit is None else items[offset:offset + max(0, limit)]


def network(timeline: list[dict], known: Optional[set[str]] = None) -> dict:
    """Who-met-whom: actors as nodes, an edge for every pair of actors sharing an event.

    timeline (list[dict]): contract events.
    known (set[str] | None): case-folded names of canonical entities (at least those of
        this timeline's actors); when given, only actors so named are drawn, so "the talks"
        or "a move" stay out. None draws every actor (a corpus without entities).
    Returns {"nodes": [{"id","name","code","events"}],
    "edges": [{"source","target","weight","types","events"}]} with node ids = indexes.
    """
    index: dict[str, int] = {}
    nodes: list[dict] = []
    edges: dict[tuple[int, int], dict] = {}
    for event in timeline:
        names = []
        for actor in event.get("actors") or []:
            name = actor.get("name")
            if not name or (known is not None and name.casefold() not in known):
                continue
            if name not in index:
                index[name] = len(nodes)
                nodes.append({"id": len(nodes), "name": name, "code": actor.get("code"), "events": 0})
            if index[name] not in names:
                names.append(index[name])
                nodes[index[name]]["events"] += 1
        for a, b in combinations(sorted(names), 2):
            edge = edges.setdefault((a, b), {"source": a, "target": b, "weight": 0,
                                             "types": [], "events": []})
            edge["weight"] += 1
            edge["events"].append(event.get("id"))
            if event.get("type") and event["type"] not in edge["types"]:
                edge["types"].append(event["type"])
    return {"nodes": nodes, "edges": list(edges.values())}


def search_entities(entities: Iterable[dict], query: str, limit: int = 50) -> list[dict]:
    """Entities whose name or an alias contains ``query`` (case-folded); exact names first."""
    folded = query.casefold().strip()
    if not folded:
        return []
    hits = []
    for entity in entities:
        names = entity_names(entity)
        if any(folded in n for n in names):
            hits.append((folded not in names, -int(entity.get("mentions") or 0), entity))
    hits.sort(key=lambda h: (h[0], h[1]))
    return [h[2] for h in hits[:limit]]


def search_text(articles: Iterable[tuple[dict, str]], query: str, limit: int = 50,
                context: int = 80) -> list[dict]:
    """Articles whose text or title contains ``query`` (case-folded), with the first hit.

    articles: (contract summary, text) pairs. Returns summary fields plus "snippet",
    "char_start", "char_end" (offsets of the first hit in the article text) and "hits".
    """
    folded = query.casefold().strip()
    if not folded:
        return []
    results = []
    for summary, text in articles:
        hit = text_hit(summary, text, query, context)
        if not hit["hits"] and folded not in str(summary.get("title") or "").casefold():
            continue
        results.append(hit)
        if len(results) >= limit:
            break
    return results


def text_hit(summary: dict, text: str, query: str, context: int = 80) -> dict:
    """One search result: ``summary`` plus "hits" (case-folded occurrences of ``query`` in
    ``text``), "char_start"/"char_end" of the first (None when there is none, or when
    case-folding changed the text's length) and a "snippet" around it."""
    folded = query.casefold().strip()
    lowered = text.casefold()
    count = lowered.count(folded) if folded else 0
    # casefold can change lengths (ß -> ss); offsets are only given when they line up
    at = lowered.find(folded) if folded and len(lowered) == len(text) else -1
    hit = dict(summary)
    hit.update({"hits": count, "char_start": at if at >= 0 else None,
                "char_end": at + len(query.strip()) if at >= 0 else None,
                "snippet": _snippet(text, at, len(query.strip()), context)})
    return hit


def _snippet(text: str, at: int, length: int, context: int) -> str:
    if at < 0:
        return " ".join(text[:2 * context].split())
    start, end = max(0, at - context), min(len(text), at + length + context)
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    return prefix + " ".join(text[start:end].split()) + suffix
