"""SQL for the fused-record queries (timeline, quotes, the API's list pages, search).

Pure functions: they return ``(sql, params)`` with ``?`` placeholders and touch no
database, so the filters can be read (and tested) apart from the backends.
"""
from __future__ import annotations

import re
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
    overlap_clauses(bound(date_from, end=False), bound(date_to, end=True), clauses, params)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def overlap_clauses(first: Optional[str], last: Optional[str], clauses: list, params: list) -> None:
    """Append to ``clauses``/``params`` the conditions that an event's possible days (alias
    ``t``) overlap [first, last]; either end may be None (open)."""
    if first:
        clauses.append("t.date_end >= ?")
        params.append(first)
    if last:
        clauses.append("t.date_start <= ?")
        params.append(last)


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


# ---- the API's list pages: the same filters and order as serve/queries.py, in SQL ------


def like_pattern(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its % _ and \\ escaped (ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def page_sql(select: str, where: list, order: str, limit: Optional[int], offset: int) -> str:
    """A SELECT with its WHERE clauses (ANDed), ORDER BY and LIMIT ? OFFSET ? placeholders."""
    clause = " WHERE " + " AND ".join(where) if where else ""
    return f"{select}{clause} ORDER BY {order} LIMIT ? OFFSET ?"


def paging(limit: Optional[int], offset: int) -> list:
    """The LIMIT and OFFSET parameters (None: no limit)."""
    return [NO_LIMIT if limit is None else max(0, int(limit)), max(0, int(offset))]


def articles_filter(story: Optional[str] = None, outlet: Optional[str] = None) -> tuple:
    """WHERE clauses and params for ``/api/articles``: exact story id, exact outlet."""
    where, params = [], []
    if story is not None:
        where.append("story = ?")
        params.append(story)
    if outlet is not None:
        where.append("outlet = ?")
        params.append(outlet)
    return where, params


def in_story_clause(alias: str, sources: str, key: str) -> str:
    """A record belongs to a story: by its own story field when set, else by a source article.

    alias: the record table's alias; sources: its source table; key: that table's record column.
    Takes two params: the story id twice.
    """
    return (f"(({alias}.story IS NOT NULL AND {alias}.story <> '' AND {alias}.story = ?) OR "
            f"(({alias}.story IS NULL OR {alias}.story = '') AND EXISTS (SELECT 1 FROM {sources} s "
            f"JOIN story_articles sa ON sa.article_id = s.article_id "
            f"WHERE s.{key} = {alias}.id AND sa.story_id = ?)))")


def names_clause(column: str, names: list) -> str:
    """``column IN (?, …)`` for a list of names; never matches when the list is empty."""
    return f"{column} IN ({', '.join('?' * len(names))})" if names else "1 = 0"


def timeline_filter(names: Optional[list] = None, story: Optional[str] = None,
                    first: Optional[str] = None, last: Optional[str] = None,
                    dated: bool = False) -> tuple:
    """WHERE clauses and params for ``/api/timeline`` (alias ``t``).

    names (list[str]|None): lower-cased actor names; keep events with such an actor.
    story (str|None): a story id (``in_story_clause``).
    first, last (str|None): ISO days; keep events whose possible days overlap [first, last].
    dated (bool): drop undated events (any date filter was given, even an unreadable one).
    """
    where, params = [], []
    if names is not None:
        where.append("EXISTS (SELECT 1 FROM timeline_actors a WHERE a.event_id = t.id AND "
                     + names_clause("a.name", names) + ")")
        params += names
    if story is not None:
        where.append(in_story_clause("t", "timeline_sources", "event_id"))
        params += [story, story]
    if dated:
        where.append("t.date_start IS NOT NULL")
    overlap_clauses(first, last, where, params)
    return where, params


# date-sorted (first day, then last day), undated last, then in fuse's order
TIMELINE_PAGE_ORDER = ("CASE WHEN t.date_start IS NULL THEN 1 ELSE 0 END, t.date_start, "
                       "t.date_end, t.seq")


def quotes_filter(story: Optional[str] = None, names: Optional[list] = None) -> tuple:
    """WHERE clauses and params for ``/api/quotes`` (alias ``q``): story, speaker names."""
    where, params = [], []
    if story is not None:
        where.append(in_story_clause("q", "quote_sources", "quote_id"))
        params += [story, story]
    if names is not None:
        where.append(names_clause("LOWER(TRIM(q.speaker))", names))
        params += names
    return where, params


def entities_filter(type_: Optional[str] = None, q: Optional[str] = None) -> tuple:
    """WHERE clauses and params for ``/api/entities`` (alias ``e``): exact type, and a
    case-blind substring of the name or an alias."""
    where, params = [], []
    if q is not None:
        where.append("EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = e.id AND "
                     "n.name LIKE ? ESCAPE '\\')")
        params.append(like_pattern(q))
    if type_:
        where.append("e.type = ?")
        params.append(type_)
    return where, params


def entities_order(q: Optional[str]) -> tuple:
    """ORDER BY (and params) for entities: with a query, exact names first, then most mentioned."""
    if q is None:
        return "e.seq", []
    return ("CASE WHEN EXISTS (SELECT 1 FROM entity_names x WHERE x.entity_id = e.id "
            "AND x.name = ?) THEN 0 ELSE 1 END, COALESCE(e.mentions, 0) DESC, e.seq"), [q]


def search_tokens(query: str) -> list[str]:
    """The word tokens of a search query, lower-cased (what full-text indexes hold)."""
    return re.findall(r"\w+", query.lower())


def fts5_query(tokens: list[str]) -> str:
    """An FTS5 MATCH string: the tokens as one phrase, the last one a prefix."""
    return '"' + " ".join(tokens) + '" *'


def tsquery(tokens: list[str]) -> str:
    """A PostgreSQL to_tsquery string: the tokens in sequence, the last one a prefix."""
    return " <-> ".join(tokens[:-1] + [tokens[-1] + ":*"])


# the PostgreSQL document searched ({a}: a table alias and dot, or ""); its index is made on
# this very expression, so the planner can use it
PG_DOCUMENT = "to_tsvector('simple', COALESCE({a}title, '') || ' ' || {a}text)"


# SQLite: an FTS5 index holding its own copy of title and text (rowids of a table keyed by
# TEXT may change on VACUUM, so it is keyed by article id), kept in step by triggers and
# filled from the stored articles when first made
FTS5_SETUP = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(article_id UNINDEXED, title, text)",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF id, title, text ON articles "
    "BEGIN DELETE FROM articles_fts WHERE article_id = old.id; "
    "INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text); END",
    "INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles",
)

# PostgreSQL: an expression index over the very document the search query names
PG_SEARCH_SETUP = ("CREATE INDEX IF NOT EXISTS articles_fulltext ON articles "
                   f"USING GIN (({PG_DOCUMENT.format(a='')}))",)
