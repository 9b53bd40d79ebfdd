"""SQL for the fused-record queries (timeline, quotes), built from filter values.

Pure functions: they return ``(sql, params)`` with ``?`` placeholders and touch no
database, so the filters can be read (and tested) apart from the backends.
"""
from __future__ import annotations

from typing import Optional

from .rows import date_bounds

# a LIMIT both dialects accept when the caller asked for none (SQLite needs one before OFFSET)
NO_LIMIT = 2**63 - 1

# undated events sort last, then by first possible day, then in the order fuse gave them
TIMELINE_ORDER = "ORDER BY CASE WHEN t.date_start IS NULL THEN 1 ELSE 0 END, t.date_start, t.seq"


def bound(value: Optional[str], end: bool) -> Optional[str]:
    """A filter date ("2023", "2023-03", "2023-03-05") -> the first (or last) day it covers.

    Raises ValueError on a value that is not such a date, so a typo never filters silently.
    """
    if value is None or value == "":
        return None
    first, last = date_bounds(value)
    if first is None:
        raise ValueError(f"not a date: {value!r}; expected YYYY, YYYY-MM or YYYY-MM-DD")
    return last if end else first


def timeline_where(entity: Optional[str] = None, story: Optional[str] = None,
                   date_from: Optional[str] = None, date_to: Optional[str] = None) -> tuple:
    """The WHERE clause (with leading space, or "") and params for timeline filters.

    entity (str|None): an entity id, any of its names or aliases (case-blind), a bare actor
        name, or an actor code ("CHNGOV"); matches events with such an actor.
    story (str|None): a story id; matches events fuse placed in it or sourced from its articles.
    date_from, date_to (str|None): keep events whose possible dates overlap this period;
        undated events are dropped when either is given.
    """
    clauses, params = [], []
    if entity:
        name = entity.strip().lower()
        clauses.append(
            "EXISTS (SELECT 1 FROM timeline_actors a WHERE a.event_id = t.id AND ("
            "a.code = ? OR a.name = ? OR a.name IN (SELECT n.name FROM entity_names n "
            "WHERE n.entity_id = ? OR n.entity_id IN "
            "(SELECT m.entity_id FROM entity_names m WHERE m.name = ?))))")
        params += [entity, name, entity, name]
    if story:
        clauses.append(
            "(t.story = ? OR EXISTS (SELECT 1 FROM timeline_sources s JOIN story_articles sa "
            "ON sa.article_id = s.article_id WHERE s.event_id = t.id AND sa.story_id = ?))")
        params += [story, story]
    first, last = bound(date_from, end=False), bound(date_to, end=True)
    if first:
        clauses.append("t.date_end >= ?")
        params.append(first)
    if last:
        clauses.append("t.date_start <= ?")
        params.append(last)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def timeline_query(limit: Optional[int] = None, offset: int = 0, **filters) -> tuple:
    """SELECT of timeline payloads in contract order, with filters and paging."""
    where, params = timeline_where(**filters)
    sql = f"SELECT t.payload FROM timeline_events t{where} {TIMELINE_ORDER} LIMIT ? OFFSET ?"
    return sql, params + [NO_LIMIT if limit is None else max(0, int(limit)), max(0, int(offset))]


def timeline_count_query(**filters) -> tuple:
    where, params = timeline_where(**filters)
    return f"SELECT COUNT(*) AS n FROM timeline_events t{where}", params


def quotes_query(story: Optional[str] = None) -> tuple:
    """SELECT of merged-quote payloads in saved order, optionally of one story only."""
    if not story:
        return "SELECT q.payload FROM quotes_merged q ORDER BY q.seq", []
    sql = ("SELECT q.payload FROM quotes_merged q WHERE q.story = ? OR EXISTS "
           "(SELECT 1 FROM quote_sources s JOIN story_articles sa ON sa.article_id = s.article_id "
           "WHERE s.quote_id = q.id AND sa.story_id = ?) ORDER BY q.seq")
    return sql, [story, story]
