"""The API's reads at scale: list pages filtered, ordered and paged in SQL, and full-text
search over articles (SQLite FTS5 or PostgreSQL text search, a LIKE scan where neither exists).

A mixin of :class:`storyline.store.sql.SQLStore`: it uses the store's ``_query``,
``_execute``, ``_rows``, ``_transaction``, ``_lock`` and ``dialect``, and its statements come from
:mod:`storyline.store.queries`, so both backends share every line.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Optional

from ..errors import StoreError
from . import queries, rows


# values per IN list: under SQLite's historical limit of 999 parameters
IN_CHUNK = 900


class PagingMixin:
    """List pages and search for the API (see the module docstring)."""

    # -- the API's list pages: filters, order and paging in SQL ---------------------
    def _page(self, select: str, count: str, where: tuple, order: tuple,
              limit: Optional[int], offset: int) -> tuple[int, list[dict]]:
        """(rows matching ``where`` in all, the page of them) under one lock."""
        clauses, params = where
        sql = queries.page_sql(select, clauses, order[0], limit, offset)
        with self._lock:
            total = self._query(count + (" WHERE " + " AND ".join(clauses) if clauses else ""),
                                params)
            found = self._query(sql, params + order[1] + queries.paging(limit, offset))
        return int(total[0]["n"]), found

    def page_articles(self, story: Optional[str] = None, outlet: Optional[str] = None,
                      limit: Optional[int] = None, offset: int = 0) -> tuple[int, list[dict]]:
        """(how many article summaries match, one page of them in insertion order).

        story, outlet (str|None): exact values to keep; limit None means all the rest.
        """
        total, found = self._page(f"SELECT {', '.join(rows.SUMMARY_COLUMNS)} FROM articles",
                                  "SELECT COUNT(*) AS n FROM articles",
                                  queries.articles_filter(story, outlet), ("seq, id", []),
                                  limit, offset)
        return total, [rows.summary_from_row(r) for r in found]

    def entity_id_for(self, key: str) -> Optional[str]:
        """The id of the entity ``key`` names: its id, else a name or alias (case-blind), else
        a spelling variant of one ("Kim Jong-Un", "Sergey Lavrov"; ``entities.names.fold``);
        the earliest such entity in saved order; None when none does."""
        from ..entities.names import fold  # here: the entities package loads spaCy

        found = self._query("SELECT id FROM entities WHERE id = ?", (key,))
        if not found:
            found = self._query("SELECT e.id FROM entities e JOIN entity_names n ON n.entity_id = e.id "
                                "WHERE n.name = ? ORDER BY e.seq LIMIT 1", (key.strip().lower(),))
        variant = fold(key)
        if not found and variant:
            found = self._query("SELECT e.id FROM entities e JOIN entity_folds f ON f.entity_id = e.id "
                                "WHERE f.fold = ? ORDER BY e.seq LIMIT 1", (variant,))
        return found[0]["id"] if found else None

    def entity_folds_sharing(self, first: str, last: str) -> list[tuple[str, str]]:
        """(entity id, folded name) of every name some entity goes by that begins with the
        folded word ``first`` or ends with the folded word ``last`` (or is ``last`` alone):
        the few names a spelling or middle-name variant of "first … last" can be, for the
        caller to compare (``report.entity_lookup``). Saved order."""
        found = self._query(
            "SELECT f.entity_id AS id, f.fold AS fold FROM entity_folds f JOIN entities e ON e.id = f.entity_id "
            "WHERE f.fold LIKE ? ESCAPE '\\' OR f.fold LIKE ? ESCAPE '\\' OR f.fold = ? ORDER BY e.seq, f.fold",
            (_escape_like(first) + " %", "% " + _escape_like(last), last))
        return [(r["id"], r["fold"]) for r in found]

    def role_mentions(self, last_word: str) -> list[tuple[str, str]]:
        """(mention text, canonical name) of every role mention ("Interior Minister", "the
        interior minister") whose last word is ``last_word`` (lower-case), resolved to a
        person: where a role asked as a name may point (``report.entity_lookup``)."""
        found = self._query(
            "SELECT m.text AS text, m.canonical AS canonical FROM mentions m WHERE m.kind = 'role' "
            "AND m.canonical IS NOT NULL AND (LOWER(m.text) = ? OR LOWER(m.text) LIKE ? ESCAPE '\\')",
            (last_word, "% " + _escape_like(last_word)))
        return [(r["text"], r["canonical"]) for r in found]

    def entity_key_names(self, key: str) -> list[str]:
        """The lower-cased names of the entity ``key`` names (``entity_id_for``), else ``key``
        itself lower-cased: what entity filters match."""
        entity_id = self.entity_id_for(key)
        if entity_id is None:
            return [key.strip().lower()]
        names = self._query("SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name",
                            (entity_id,))
        return [r["name"] for r in names]

    def page_timeline(self, names: Optional[list] = None, story: Optional[str] = None,
                      date_from: Optional[str] = None, date_to: Optional[str] = None,
                      limit: Optional[int] = None, offset: int = 0) -> tuple[int, list[dict]]:
        """(how many merged events match, one page of them), date-sorted, undated last.

        names (list[str]|None): lower-cased actor names (``entity_key_names``).
        story (str|None): a story id. date_from, date_to (str|None): partial ISO dates; events
            whose possible days overlap the period are kept, undated ones dropped.
        """
        first, last = rows.date_bounds(date_from)[0], rows.date_bounds(date_to)[1]
        where = queries.timeline_filter(names, story, first, last, dated=bool(date_from or date_to))
        total, found = self._page("SELECT t.payload FROM timeline_events t",
                                  "SELECT COUNT(*) AS n FROM timeline_events t", where,
                                  (queries.TIMELINE_PAGE_ORDER, []), limit, offset)
        return total, [rows.load_json(r["payload"]) for r in found]

    def page_quotes(self, story: Optional[str] = None, names: Optional[list] = None,
                    limit: Optional[int] = None, offset: int = 0) -> tuple[int, list[dict]]:
        """(how many merged quotes match, one page of them in saved order).

        story (str|None): a story id; names (list[str]|None): lower-cased speaker names.
        """
        total, found = self._page("SELECT q.payload FROM quotes_merged q",
                                  "SELECT COUNT(*) AS n FROM quotes_merged q",
                                  queries.quotes_filter(story, names), ("q.seq", []), limit, offset)
        return total, [rows.load_json(r["payload"]) for r in found]

    def page_entities(self, type_: Optional[str] = None, q: Optional[str] = None,
                      limit: Optional[int] = None, offset: int = 0) -> tuple[int, list[dict]]:
        """(how many entities match, one page of them).

        type_ (str|None): exact entity type. q (str|None): a case-blind substring of the name
            or an alias; then exact names come first, then the most mentioned.
        """
        folded = q.strip().lower() if q is not None else None
        total, found = self._page("SELECT e.payload FROM entities e",
                                  "SELECT COUNT(*) AS n FROM entities e",
                                  queries.entities_filter(type_, folded), queries.entities_order(folded),
                                  limit, offset)
        return total, [rows.load_json(r["payload"]) for r in found]

    # -- the detail pages: only the records one page shows ---------------------------
    @contextmanager
    def reading(self):
        """Several reads that see one committed state: a re-fuse saved meanwhile (in its own
        transaction) shows wholly or not at all. Read-only; not to be nested."""
        begin = ("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if self.dialect == "postgres"
                 else "BEGIN")  # SQLite (WAL): a deferred transaction reads one snapshot
        with self._lock:
            try:
                self._execute(begin)
            except self.driver_error as exc:
                # a server thread's connection cut since its last request: open another
                if not self._connection_lost(exc):
                    raise
                self._reconnect()
                self._execute(begin)
            try:
                yield self
            finally:
                self._execute("COMMIT")

    def _rows_in(self, sql: str, values) -> list[dict]:
        """The rows of ``sql``, whose ``{marks}`` is an IN list, for each of ``values`` (a
        statement per chunk, under the parameter limit; duplicates asked once)."""
        values = list(dict.fromkeys(values))
        found = []
        for i in range(0, len(values), IN_CHUNK):
            chunk = values[i:i + IN_CHUNK]
            found += self._query(sql.format(marks=queries.marks(chunk)), chunk)
        return found

    def summaries_by_id(self, ids) -> dict:
        """Article id -> contract summary, for those of ``ids`` (Iterable[str]) that are stored."""
        found = self._rows_in(f"SELECT {', '.join(rows.SUMMARY_COLUMNS)} FROM articles "
                              "WHERE id IN ({marks})", ids)
        return {r["id"]: rows.summary_from_row(r) for r in found}

    def stories_by_id(self, ids) -> dict:
        """Story id -> contract story, for those of ``ids`` (Iterable[str]) that are stored."""
        found = self._rows_in("SELECT id, payload FROM stories WHERE id IN ({marks})", ids)
        return {r["id"]: rows.load_json(r["payload"]) for r in found}

    def page_stories(self, limit: Optional[int] = None, offset: int = 0) -> tuple[int, list[dict]]:
        """(how many stories there are, one page of them latest first: ``queries.stories_order``)."""
        total, found = self._page("SELECT s.payload FROM stories s", "SELECT COUNT(*) AS n FROM stories s",
                                  ([], []), (queries.stories_order(self.dialect), []), limit, offset)
        return total, [rows.load_json(r["payload"]) for r in found]

    def story_event_counts(self, ids=None) -> dict:
        """Story id -> how many merged events belong to it (stories without any are absent).

        ids (Iterable[str]|None): count only these stories (a page of them); None: every story.
        """
        if ids is None:
            return {r["story_id"]: int(r["n"]) for r in self._query(queries.STORY_EVENT_COUNTS)}
        ids, counts = list(dict.fromkeys(ids)), {}
        for i in range(0, len(ids), IN_CHUNK // 2):  # each id is asked twice (both branches)
            sql, params = queries.story_event_counts_query(ids[i:i + IN_CHUNK // 2])
            counts.update({r["story_id"]: int(r["n"]) for r in self._query(sql, params)})
        return counts

    def entities_for_keys(self, keys) -> list[dict]:
        """The entities some key names: by id, or by a name or alias (case-blind), in saved
        order; a superset for the caller to pick from (``serve.queries.find_entity``).

        keys (Iterable[str]): entity ids or names, as a story's ``entities`` holds them.
        """
        keys = list(dict.fromkeys(str(k) for k in keys))
        found: dict = {}
        for i in range(0, len(keys), IN_CHUNK // 2):
            chunk = keys[i:i + IN_CHUNK // 2]
            names = sorted({k.strip().lower() for k in chunk if k.strip()})
            sql, params = queries.entity_keys_query(chunk, names)
            for r in self._query(sql, params):
                found[r["seq"]] = rows.load_json(r["payload"])
        return [found[seq] for seq in sorted(found)]

    def entity_ids_named(self, names) -> dict:
        """Exact entity name -> entity id, for those of ``names`` some entity has; where two
        entities share a name the later one in saved order wins (as a dict built over all would)."""
        found = self._rows_in("SELECT id, name, seq FROM entities WHERE name IN ({marks})",
                              [n for n in names if isinstance(n, str)])
        return {r["name"]: r["id"] for r in sorted(found, key=lambda r: r["seq"])}

    def known_entity_names(self, names) -> set[str]:
        """Those of ``names`` (lower-cased) that some entity goes by (its name or an alias)."""
        folded = {n.strip().lower() for n in names if isinstance(n, str) and n.strip()}
        found = self._rows_in("SELECT DISTINCT name FROM entity_names WHERE name IN ({marks})",
                              sorted(folded))
        return {r["name"] for r in found}

    def has_entities(self) -> bool:
        """True when the store holds at least one canonical entity."""
        return bool(self._query("SELECT 1 AS x FROM entities LIMIT 1"))

    # -- full-text search over article titles and texts -----------------------------
    def search_articles(self, query: str, limit: int = 50) -> list[tuple[dict, str]]:
        """Articles matching ``query``: (contract summary, text) pairs, in insertion order.

        Uses SQLite FTS5 or PostgreSQL full-text search (the words of ``query`` as a phrase,
        the last word a prefix); a case-blind substring scan where neither is available.
        """
        tokens = queries.search_tokens(query)
        columns = ", ".join(f"a.{c}" for c in rows.SUMMARY_COLUMNS) + ", a.text"
        found = None
        if tokens and self._full_text_ready():
            if self.dialect == "postgres":
                doc = queries.PG_DOCUMENT.format(a="a.")
                found = self._query(
                    f"SELECT {columns} FROM articles a WHERE {doc} @@ to_tsquery('simple', ?) "
                    "ORDER BY a.seq, a.id LIMIT ?", (queries.tsquery(tokens), limit))
            else:
                found = self._query(
                    f"SELECT {columns} FROM articles_fts f JOIN articles a ON a.id = f.article_id "
                    "WHERE articles_fts MATCH ? ORDER BY a.seq, a.id LIMIT ?",
                    (queries.fts5_query(tokens), limit))
        if found is None:
            pattern = queries.like_pattern(query.strip().lower())
            found = self._query(
                f"SELECT {columns} FROM articles a WHERE LOWER(a.text) LIKE ? ESCAPE '\\' "
                "OR LOWER(COALESCE(a.title, '')) LIKE ? ESCAPE '\\' ORDER BY a.seq, a.id LIMIT ?",
                (pattern, pattern, limit))
        return [(rows.summary_from_row(r), r["text"]) for r in found]

    def _full_text_ready(self) -> bool:
        """Make the full-text index on first use (kept in step with articles afterwards);
        False where the database has no full-text support (SQLite built without FTS5)."""
        ready = getattr(self, "_full_text", None)
        if ready is None:
            statements = (queries.PG_SEARCH_SETUP if self.dialect == "postgres"
                          else queries.FTS5_SETUP)
            try:
                with self._transaction("make the full-text index"):
                    if self.dialect == "postgres" or not self._rows(self._execute(
                            "SELECT name FROM sqlite_master WHERE name = 'articles_fts'")):
                        for statement in statements:
                            self._execute(statement)
                ready = True
            except StoreError as exc:
                # "no such module: fts5": search falls back to a scan for good; a lock held by
                # an ingest: a scan this time, and the index is made on a later search
                if "locked" in str(exc):
                    return False
                ready = False
            self._full_text = ready
        return ready


def _escape_like(text: str) -> str:
    """``text`` with LIKE's wildcards and its escape character escaped (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
