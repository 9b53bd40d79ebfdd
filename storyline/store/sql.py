"""The store's logic and SQL, shared by both backends.

A backend subclasses :class:`SQLStore` and supplies only what differs between dialects:
how to connect, the placeholder style, the JSON/BLOB column types, how a transaction is
begun, and which exceptions its driver raises. Everything else, every statement
included, is written once here.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterable, Iterator, Optional

from ..errors import IngestError, StoreError
from ..model import Article, Dossier, Entity, MergedEvent, MergedQuote, Story
from ..time.fallback import fill_date_confidence
from . import queries, rows, schema
from .base import Store
from .kept import KeptMixin
from .paging import PagingMixin
from .retry import reconnecting as _reconnecting

# articles loaded per round trip by load_articles (bounded by SQL parameter limits)
PAGE = 200
# parameters per statement: under SQLite's historical limit of 999
MAX_PARAMS = 900

_FUSED_TABLES = ("entities", "entity_names", "entity_folds", "timeline_events", "timeline_actors",
                 "timeline_sources", "quotes_merged", "quote_sources", "stories", "story_articles")

# fused table -> [(side table, column holding the record id)], cleared with the record
_SIDE_TABLES = {
    "entities": [("entity_names", "entity_id"), ("entity_folds", "entity_id")],
    "timeline_events": [("timeline_actors", "event_id"), ("timeline_sources", "event_id")],
    "quotes_merged": [("quote_sources", "quote_id")],
    "stories": [("story_articles", "story_id")],
}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLStore(KeptMixin, PagingMixin, Store):
    """A store over a DB-API connection; subclasses set the dialect hooks below."""

    types: dict = {}  # {JSON}/{BLOB}/{SERIAL_PK} -> the dialect's column types
    driver_error: tuple = (Exception,)  # the driver's exception base classes
    dialect: str = ""  # "sqlite" or "postgres": picks the full-text search statements

    def __init__(self, url: str):
        self.url = url
        self._lock = threading.RLock()  # one connection, shared by threads (web server)
        try:
            self.conn = self._connect()
            self._migrate()
        except self.driver_error as exc:
            raise StoreError(f"cannot open the store at {self._display_url()}: {exc}") from exc

    # -- dialect hooks ----------------------------------------------------------
    def _connect(self):
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        """Statement with ``?`` placeholders -> the driver's placeholder style."""
        return sql

    @contextmanager
    def _begin(self, for_migration: bool = False):
        """A transaction: commit when the block ends, roll back when it raises."""
        raise NotImplementedError

    def _rows(self, cursor) -> list[dict]:
        raise NotImplementedError

    def _display_url(self) -> str:
        return self.url

    def _connection_lost(self, exc: BaseException) -> bool:
        """Did ``exc`` come from a connection that is gone (not a bad statement, a lock,
        a full disk)? SQLite's file connection is never lost."""
        return False

    def _reconnect(self) -> None:
        """Replace a lost connection by a new one; StoreError when none can be made."""
        with self._lock:
            try:
                self.conn.close()
            except Exception:  # noqa: BLE001 - the old connection is already broken
                pass
            try:
                self.conn = self._connect()
            except self.driver_error as exc:
                raise StoreError(f"lost the connection to {self._display_url()} and could not "
                                 f"reconnect: {exc}") from exc

    # -- plumbing ---------------------------------------------------------------
    def _execute(self, sql: str, params: Iterable = ()):
        return self.conn.execute(self._sql(sql), tuple(params))

    def _executemany(self, sql: str, seq: list) -> None:
        if seq:
            self.conn.cursor().executemany(self._sql(sql), seq)

    @_reconnecting
    def _query(self, sql: str, params: Iterable = ()) -> list[dict]:
        with self._lock:
            return self._rows(self._execute(sql, params))

    @contextmanager
    def _transaction(self, what: str, for_migration: bool = False):
        """One locked transaction; driver errors become a StoreError naming ``what``."""
        with self._lock:
            try:
                with self._begin(for_migration):
                    yield
            except self.driver_error as exc:
                raise StoreError(f"could not {what} in {self._display_url()}: {exc}") from exc

    def _insert(self, table: str, columns: list[str], seq: list) -> None:
        """Insert rows with multi-row VALUES: one round trip per batch, not per row."""
        per_batch = max(1, MAX_PARAMS // len(columns))
        row_marks = "(" + ", ".join("?" * len(columns)) + ")"
        for i in range(0, len(seq), per_batch):
            batch = seq[i:i + per_batch]
            self._execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                          + ", ".join([row_marks] * len(batch)),
                          [value for row in batch for value in row])

    # -- schema -----------------------------------------------------------------
    def _migrate(self) -> None:
        """Apply the migrations this database lacks, in order, in one transaction."""
        migrations = schema.load_migrations()
        if not self._pending_migrations(migrations):
            return
        with self._transaction("apply schema migrations", for_migration=True):
            self._execute(schema.VERSION_TABLE)
            applied = {r["version"] for r in self._rows(
                self._execute("SELECT version FROM schema_version"))}
            for migration in schema.pending(applied, migrations):
                for statement in migration.statements:
                    self._execute(schema.adapt(statement, self.types))
                self._execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (version) DO NOTHING",
                    (migration.version, migration.name, schema.applied_now()))

    def _pending_migrations(self, migrations: list) -> bool:
        """Does this database lack any of ``migrations``? Asked with a plain read, so that
        opening an up-to-date store (each web-server thread does) never waits for the write
        lock an ingest holds; True also when there is no schema yet."""
        try:
            with self._lock:
                found = self._rows(self._execute("SELECT version FROM schema_version"))
        except self.driver_error:
            return True  # a new database: no schema_version table yet
        return bool(schema.pending({r["version"] for r in found}, migrations))

    def schema_version(self) -> int:
        found = self._query("SELECT MAX(version) AS v FROM schema_version")
        return int(found[0]["v"] or 0)

    # -- articles ---------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return bool(self._query("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,)))

    def find_by_hash(self, content_hash: str) -> Optional[str]:
        found = self._query(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1", (content_hash,))
        return found[0]["id"] if found else None

    @_reconnecting
    def add_article(self, article: Article, signature: Optional[bytes] = None) -> bool:
        with self._transaction(f"store article {article.id!r}"):
            added = self._write_article(article)
            # in the article's transaction: a run killed in between never leaves an article
            # that near-duplicate detection cannot see; written even when the article was
            # there, for a retry whose first commit went through unacknowledged
            if signature is not None:
                self._write_signature(article.id, signature)
            return added

    def _write_article(self, article: Article) -> bool:
        """Insert the article row and its layers (inside the caller's transaction). Each
        dated event without a ``date_confidence`` gets one first, on ``article`` itself,
        while the timexes that give it are at hand (a later merge may load events alone)."""
        row, layers = rows.article_row(fill_date_confidence(article))
        row["added_at"] = _now()
        columns = list(row)
        marks = ", ".join("?" * len(columns))
        # seq gives insertion order; computed inside the write transaction
        insert = (f"INSERT INTO articles ({', '.join(columns)}, seq) VALUES ({marks}, "
                  "(SELECT COALESCE(MAX(seq), 0) + 1 FROM articles)) ON CONFLICT (id) DO NOTHING")
        if self._execute(insert, [row[c] for c in columns]).rowcount == 0:
            return False
        for layer, items in layers.items():
            table_rows = [rows.layer_row(layer, article.id, i, item)
                          for i, item in enumerate(items)]
            self._insert(layer, ["article_id", "idx", *rows.layer_columns(layer)], table_rows)
        return True

    def load_articles(self, ids: Optional[Iterable[str]] = None,
                      layers: Optional[Iterable[str]] = None) -> Iterator[Article]:
        layers = rows.LAYERS if layers is None else tuple(layers)
        if ids is None:
            # keyset paging on (seq, id): two PostgreSQL writers may draw the same seq
            last_seq, last_id = 0, ""
            while True:
                page = self._query(
                    "SELECT * FROM articles WHERE seq > ? OR (seq = ? AND id > ?) "
                    "ORDER BY seq, id LIMIT ?", (last_seq, last_seq, last_id, PAGE))
                if not page:
                    return
                yield from self._with_layers(page, layers)
                last_seq, last_id = page[-1]["seq"], page[-1]["id"]
        wanted = list(dict.fromkeys(ids))
        for i in range(0, len(wanted), PAGE):
            chunk = wanted[i:i + PAGE]
            marks = ", ".join("?" * len(chunk))
            page = self._query(f"SELECT * FROM articles WHERE id IN ({marks}) ORDER BY seq, id",
                               chunk)
            yield from self._with_layers(page, layers)

    @_reconnecting
    def replace_article(self, article: Article) -> None:
        """Store an article, replacing any stored one with its id (and its layers), atomically."""
        with self._transaction(f"replace article {article.id!r}"):
            self._execute("DELETE FROM articles WHERE id = ?", (article.id,))
            self._write_article(article)

    @_reconnecting
    def delete_article(self, article_id: str) -> bool:
        """Remove an article, its layers and its signature; False when it was not stored."""
        with self._transaction(f"delete article {article_id!r}"):
            self._execute("DELETE FROM signatures WHERE article_id = ?", (article_id,))
            return self._execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    def _with_layers(self, page: list[dict], layers: tuple = rows.LAYERS) -> list[Article]:
        """Articles rows -> Articles, reading each of ``layers`` once for the whole page."""
        if not page:
            return []
        ids = [r["id"] for r in page]
        marks = ", ".join("?" * len(ids))
        by_article = {i: {} for i in ids}
        for layer in layers:
            if layer not in rows.LAYERS:
                raise ValueError(f"no layer {layer!r}; layers are {', '.join(rows.LAYERS)}")
            found = self._query(
                f"SELECT * FROM {layer} WHERE article_id IN ({marks}) ORDER BY article_id, idx", ids)
            for r in found:
                by_article[r["article_id"]].setdefault(layer, []).append(r)
        return [rows.article_from_rows(r, by_article[r["id"]]) for r in page]

    def article(self, article_id: str) -> Optional[Article]:
        return next(iter(self.load_articles([article_id])), None)

    def article_summaries(self) -> list[dict]:
        found = self._query(
            f"SELECT {', '.join(rows.SUMMARY_COLUMNS)} FROM articles ORDER BY seq, id")
        return [rows.summary_from_row(r) for r in found]

    def count_articles(self) -> int:
        return int(self._query("SELECT COUNT(*) AS n FROM articles")[0]["n"])

    def unmerged_article_ids(self) -> list[str]:
        found = self._query("SELECT id FROM articles WHERE story IS NULL OR story = '' "
                            "ORDER BY seq, id")
        return [r["id"] for r in found]

    # -- signatures and errors --------------------------------------------------
    @_reconnecting
    def add_signature(self, article_id: str, signature: bytes) -> None:
        with self._transaction(f"store the signature of {article_id!r}"):
            self._write_signature(article_id, signature)

    def _write_signature(self, article_id: str, signature: bytes) -> None:
        self._execute("INSERT INTO signatures (article_id, minhash) VALUES (?, ?) "
                      "ON CONFLICT (article_id) DO UPDATE SET minhash = excluded.minhash",
                      (article_id, bytes(signature)))

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        found = self._query("SELECT article_id, minhash FROM signatures ORDER BY article_id")
        return iter([(r["article_id"], bytes(r["minhash"])) for r in found])

    # -- ingest errors (story features and dating records: .kept) ---------------
    @_reconnecting
    def record_error(self, error: IngestError) -> None:
        with self._transaction(f"record an ingest error for {error.path!r}"):
            self._execute("INSERT INTO ingest_errors (path, line, code, message, at) "
                          "VALUES (?, ?, ?, ?, ?)",
                          (error.path, error.line, error.code, error.message, _now()))

    def errors(self) -> list[dict]:
        return self._query("SELECT path, line, code, message, at FROM ingest_errors ORDER BY id")

    # -- fused records ----------------------------------------------------------
    @_reconnecting
    def save_dossier(self, dossier: Dossier, dating: Optional[dict] = None) -> None:
        with self._transaction("save the fused records"):
            for table in _FUSED_TABLES:
                self._execute(f"DELETE FROM {table}")
            self._save_entities(dossier.entities)
            self._save_timeline(dossier.timeline)
            self._save_quotes(dossier.quotes)
            self._save_stories(dossier.stories)
            stories = [(a["story"], a["id"]) for a in dossier.articles
                       if isinstance(a, dict) and "story" in a and a.get("id")]
            self._executemany("UPDATE articles SET story = ? WHERE id = ?", stories)
            # dates the corpus stages inferred (an undated article anchored by a dated one),
            # and an article's own date back where the corpus no longer infers one
            self._write_published(dossier.articles)
            if dating is not None:
                self._write_datings(dating)

    @_reconnecting
    def save_changes(self, previous: Dossier, dossier: Dossier, dating: Optional[dict] = None,
                     kept: Optional[dict] = None) -> None:
        """Write only what differs between ``previous`` (what the store holds, as
        ``load_dossier`` gave it) and ``dossier``: records added, changed or gone, the
        order of the rest, the articles whose story or inferred date moved, and the dating
        records that differ between ``kept`` (as ``datings`` gave them) and ``dating``."""
        with self._transaction("save the changed fused records"):
            for kind, table, save in (("entities", "entities", self._save_entities),
                                      ("timeline", "timeline_events", self._save_timeline),
                                      ("quotes", "quotes_merged", self._save_quotes),
                                      ("stories", "stories", self._save_stories)):
                old, new = getattr(previous, kind), getattr(dossier, kind)
                gone, added, moved = rows.record_changes(old, new)
                self._delete_records(table, gone)
                save([r for r in new if r.id in added], seq={r.id: i for i, r in enumerate(new)})
                self._set_seq(table, moved)
            self._save_article_changes(previous.articles, dossier.articles)
            if dating is not None:
                self._write_datings(dating, kept)

    def _set_seq(self, table: str, moved: list) -> None:
        """Set the seq of many records, a batch per statement (one new record early in a
        long list moves every record after it; an UPDATE each would be a round trip each).

        moved (list[tuple[int, str]]): (new seq, id) pairs.
        """
        per_batch = MAX_PARAMS // 2
        for i in range(0, len(moved), per_batch):
            batch = moved[i:i + per_batch]
            self._execute(f"UPDATE {table} SET seq = v.column1 FROM (VALUES "
                          + ", ".join(["(?, ?)"] * len(batch))
                          + f") AS v WHERE {table}.id = v.column2",
                          [value for pair in batch for value in pair])

    def _delete_records(self, table: str, ids: list) -> None:
        """Delete fused records (and the rows of their side tables) by id."""
        for side, column in _SIDE_TABLES[table]:
            self._delete_in(side, column, ids)
        self._delete_in(table, "id", ids)

    def _delete_in(self, table: str, column: str, values: list) -> None:
        for i in range(0, len(values), MAX_PARAMS):
            chunk = values[i:i + MAX_PARAMS]
            self._execute(f"DELETE FROM {table} WHERE {column} IN ({', '.join('?' * len(chunk))})",
                          chunk)

    def _save_article_changes(self, before: list, after: list) -> None:
        """Set the story, and the publication date (inferred, or no longer), of articles
        where they changed."""
        old = {a.get("id"): a for a in before if isinstance(a, dict)}
        stories, inferred = [], []
        for a in after:
            if not isinstance(a, dict) or not a.get("id"):
                continue
            was = old.get(a["id"], {})
            if "story" in a and a["story"] != was.get("story"):
                stories.append((a["story"], a["id"]))
            inferred_then_or_now = "inferred" in (a.get("published_source"), was.get("published_source"))
            if "published_source" in a and inferred_then_or_now and any(
                    a.get(k) != was.get(k) for k in ("published", "published_source", "published_evidence")):
                inferred.append((a.get("published"), a.get("published_source"),
                                 rows.dump_json(a.get("published_evidence")), a["id"]))
        self._executemany("UPDATE articles SET story = ? WHERE id = ?", stories)
        self._executemany("UPDATE articles SET published = ?, published_source = ?, "
                          "published_evidence = ? WHERE id = ?", inferred)

    def _save_entities(self, entities: list, seq: Optional[dict] = None) -> None:
        self._insert("entities", ["id", "seq", "name", "type", "code", "mentions", "payload"],
                     [(e.id, seq[e.id] if seq else i, e.name, e.type, e.code, e.mentions, rows.dump_json(e.to_dict()))
                      for i, e in enumerate(entities)])
        self._insert("entity_names", ["entity_id", "name"],
                     [(e.id, n) for e in entities for n in sorted(rows.entity_names(e))])
        self._insert("entity_folds", ["entity_id", "fold"],
                     [(e.id, k) for e in entities for k in sorted(rows.entity_folds(e))])

    def _save_timeline(self, events: list, seq: Optional[dict] = None) -> None:
        table_rows = []
        for i, e in enumerate(events):
            start, end = rows.event_bounds(e.date, e.date_range)
            table_rows.append((e.id, seq[e.id] if seq else i, e.date, start, end, e.type, e.modality, e.story,
                               rows.dump_json(e.to_dict())))
        self._insert("timeline_events", ["id", "seq", "date", "date_start", "date_end", "type",
                                         "modality", "story", "payload"], table_rows)
        self._insert("timeline_actors", ["event_id", "name", "code"],
                     [(e.id, name, code) for e in events
                      for name, code in rows.event_actor_rows(e).items()])
        self._insert("timeline_sources", ["event_id", "article_id"],
                     [(e.id, a) for e in events for a in rows.source_articles(e.sources)])

    def _save_quotes(self, quotes: list, seq: Optional[dict] = None) -> None:
        self._insert("quotes_merged", ["id", "seq", "speaker", "speaker_code", "event", "story",
                                       "payload"],
                     [(q.id, seq[q.id] if seq else i, q.speaker, q.speaker_code, q.event, q.story,
                       rows.dump_json(q.to_dict())) for i, q in enumerate(quotes)])
        self._insert("quote_sources", ["quote_id", "article_id"],
                     [(q.id, a) for q in quotes for a in rows.source_articles(q.sources)])

    def _save_stories(self, stories: list, seq: Optional[dict] = None) -> None:
        self._insert("stories", ["id", "seq", "title", "first", "last", "payload"],
                     [(s.id, seq[s.id] if seq else i, s.title, s.first, s.last, rows.dump_json(s.to_dict()))
                      for i, s in enumerate(stories)])
        self._insert("story_articles", ["story_id", "article_id"],
                     [(s.id, a) for s in stories for a in dict.fromkeys(s.articles or [])])

    def _payloads(self, sql: str, params: Iterable = ()) -> list[dict]:
        return [rows.load_json(r["payload"]) for r in self._query(sql, params)]

    def load_dossier(self) -> Dossier:
        with self._lock:  # one consistent picture when another thread saves meanwhile
            made = {kind: [cls.from_dict(p) for p in self._payloads(
                f"SELECT payload FROM {table} ORDER BY seq")]
                for kind, cls, table in (
                    ("entities", Entity, "entities"),
                    ("timeline", MergedEvent, "timeline_events"),
                    ("quotes", MergedQuote, "quotes_merged"),
                    ("stories", Story, "stories"))}
            return Dossier(articles=self.article_summaries(), **made)

    def timeline(self, entity=None, story=None, date_from=None, date_to=None,
                 limit=None, offset=0) -> list[dict]:
        sql, params = queries.timeline_query(limit, offset, entity=entity, story=story,
                                             date_from=date_from, date_to=date_to)
        return self._payloads(sql, params)

    def count_timeline(self, entity=None, story=None, date_from=None, date_to=None) -> int:
        sql, params = queries.timeline_count_query(entity=entity, story=story,
                                                   date_from=date_from, date_to=date_to)
        return int(self._query(sql, params)[0]["n"])

    def entities(self) -> list[dict]:
        return self._payloads("SELECT payload FROM entities ORDER BY seq")

    def entity(self, entity_id: str) -> Optional[dict]:
        found = self._payloads("SELECT payload FROM entities WHERE id = ?", (entity_id,))
        return found[0] if found else None

    def quotes(self, story: Optional[str] = None) -> list[dict]:
        return self._payloads(*queries.quotes_query(story))

    def stories(self) -> list[dict]:
        return self._payloads(f"SELECT s.payload FROM stories s ORDER BY {queries.stories_order(self.dialect)}")

    def story(self, story_id: str) -> Optional[dict]:
        found = self._payloads("SELECT payload FROM stories WHERE id = ?", (story_id,))
        return found[0] if found else None

    def close(self) -> None:
        with self._lock:
            if getattr(self, "conn", None) is not None:
                self.conn.close()
                self.conn = None
