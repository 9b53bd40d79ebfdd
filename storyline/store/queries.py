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


def stories_order(dialect: str) -> str:
    """ORDER BY of every story list (alias ``s``): latest first by ``last`` (the newest
    publication date among its articles), then by id; stories without a date come last.

    Dates are ISO text ("2024-03-05", or a partial "2024-03", which sorts after that month's
    days), so text order is date order. dialect (str): "sqlite" or "postgres"; PostgreSQL is
    told to compare bytes (collation "C"), as SQLite's BINARY does, so a server whose
    locale ignores punctuation lists ties in the same order as SQLite.
    """
    collate = ' COLLATE "C"' if dialect == "postgres" else ""
    # NULLs sort first in DESC on PostgreSQL but last on SQLite; as '' (below every date)
    # a missing date goes last on both, and ties with the other undated stories by id
    return f"COALESCE(s.last, ''){collate} DESC, s.id{collate}"


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
        # IN subqueries, not a correlated EXISTS: the indexes pick the few events
        clauses.append(
            "t.id IN (SELECT a.event_id FROM timeline_actors a WHERE "
            "a.code = ? OR a.name = ? OR a.name IN (SELECT n.name FROM entity_names n "
            "WHERE n.entity_id = ? OR n.entity_id IN "
            "(SELECT m.entity_id FROM entity_names m WHERE m.name = ?)))")
        params += [entity, name, entity, name]
    if story:
        clauses.append(
            "(t.story = ? OR t.id IN (SELECT s.event_id FROM story_articles sa JOIN timeline_sources s "
            "ON s.article_id = sa.article_id WHERE sa.story_id = ?))")
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
    sql = ("SELECT q.payload FROM quotes_merged q WHERE q.story = ? OR q.id IN "
           "(SELECT s.quote_id FROM story_articles sa JOIN quote_sources s ON s.article_id = sa.article_id "
           "WHERE sa.story_id = ?) ORDER BY q.seq")
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
    # an IN over the story's own source rows, not a correlated EXISTS: the planner then
    # starts from the story's few articles instead of probing every record in the table
    return (f"(({alias}.story IS NOT NULL AND {alias}.story <> '' AND {alias}.story = ?) OR "
            f"(({alias}.story IS NULL OR {alias}.story = '') AND {alias}.id IN (SELECT s.{key} "
            f"FROM story_articles sa JOIN {sources} s ON s.article_id = sa.article_id "
            f"WHERE sa.story_id = ?)))")


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
        # IN rather than a correlated EXISTS, so the actor-name index picks the events
        where.append("t.id IN (SELECT a.event_id FROM timeline_actors a WHERE "
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


# ---- the detail pages: only the records one story, entity or article page shows ----------


def marks(values: list) -> str:
    """``?, ?, …`` for an IN list of ``values`` (never empty: callers skip empty lists)."""
    return ", ".join("?" * len(values))


# per story, how many merged events belong to it (``in_story_clause``): an event with its own
# story counts there, one without counts in each story holding one of its source articles;
# UNION keeps each (story, event) pair once
def _story_event_counts_sql(own: str, loose: str) -> str:
    """The per-story event count, ``own`` limiting the events with their own story and
    ``loose`` the stories an event without one is counted in (SQL conditions)."""
    return ("SELECT x.story_id, COUNT(*) AS n FROM ("
            f"SELECT t.story AS story_id, t.id AS event_id FROM timeline_events t WHERE {own} "
            "UNION SELECT sa.story_id, t.id FROM timeline_events t "
            "JOIN timeline_sources s ON s.event_id = t.id "
            "JOIN story_articles sa ON sa.article_id = s.article_id "
            f"WHERE (t.story IS NULL OR t.story = ''){loose}) x GROUP BY x.story_id")


STORY_EVENT_COUNTS = _story_event_counts_sql("t.story IS NOT NULL AND t.story <> ''", "")


def story_event_counts_query(ids: list) -> tuple:
    """``STORY_EVENT_COUNTS`` for the stories ``ids`` (list[str]) only, each branch kept to them
    so a page of stories counts only its own events: (SQL, params)."""
    where = f"IN ({marks(ids)})"
    return _story_event_counts_sql(f"t.story {where}", f" AND sa.story_id {where}"), list(ids) + list(ids)


def entity_keys_query(ids: list, names: list) -> tuple:
    """SELECT of the entities (seq and payload, saved order) whose id is one of ``ids`` or that
    go by one of ``names`` (lower-cased, as ``entity_names`` holds them)."""
    clauses, params = [], []
    if ids:
        clauses.append(f"e.id IN ({marks(ids)})")
        params += ids
    if names:
        clauses.append(f"e.id IN (SELECT n.entity_id FROM entity_names n WHERE n.name IN ({marks(names)}))")
        params += names
    where = " OR ".join(clauses) or "1 = 0"
    return f"SELECT e.seq, e.payload FROM entities e WHERE {where} ORDER BY e.seq", params
