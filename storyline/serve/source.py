"""Reading the store from a threaded web server.

Request handlers run in a thread pool and database connections (SQLite's in
particular) belong to the thread that opened them, so each thread opens its own
store. The fused records (a Dossier) change only when the corpus is re-fused, so
they are cached briefly as contract dicts and dropped at once after an ingest.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..model import Article


@dataclass
class Snapshot:
    """The fused corpus as contract dicts, plus lookups the pages need."""

    articles: list  # contract article summaries
    entities: list
    timeline: list
    quotes: list
    stories: list
    by_article: dict = field(default_factory=dict)  # article id -> summary
    taken_at: float = 0.0

    def story(self, story_id: str) -> Optional[dict]:
        return next((s for s in self.stories if s.get("id") == story_id), None)

    def entity(self, entity_id: str) -> Optional[dict]:
        return next((e for e in self.entities if e.get("id") == entity_id), None)


def _as_dicts(records) -> list[dict]:
    return [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in records or []]


class StoreAccess:
    """One store per thread over ``db_url``, and a short-lived cache of the fused records.

    db_url (str): a SQLite path or ``postgresql://`` URL, as for ``open_store``.
    ttl (float): seconds a snapshot is reused before the store is read again.
    """

    def __init__(self, db_url: str, ttl: float = 2.0):
        self.db_url = db_url
        self.ttl = ttl
        self._local = threading.local()
        self._opened: list = []
        self._lock = threading.Lock()
        self._snapshot: Optional[Snapshot] = None

    def store(self):
        """This thread's store, opened on first use."""
        store = getattr(self._local, "store", None)
        if store is None:
            from ..store import open_store  # the store package is loaded only when serving

            store = open_store(self.db_url)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def snapshot(self) -> Snapshot:
        """The fused corpus, read again when older than ``ttl`` seconds."""
        snap = self._snapshot
        if snap is not None and time.monotonic() - snap.taken_at < self.ttl:
            return snap
        store = self.store()
        dossier = store.load_dossier()
        summaries = list(store.article_summaries())
        snap = Snapshot(
            articles=summaries,
            entities=_as_dicts(dossier.entities),
            timeline=_as_dicts(dossier.timeline),
            quotes=_as_dicts(dossier.quotes),
            stories=_as_dicts(dossier.stories),
            by_article={a["id"]: a for a in summaries},
            taken_at=time.monotonic(),
        )
        self._snapshot = snap
        return snap

    def invalidate(self) -> None:
        """Forget the cached snapshot (after the corpus changed)."""
        self._snapshot = None

    def article(self, article_id: str) -> Optional[Article]:
        """One article with all its layers, or None."""
        store = self.store()
        getter = getattr(store, "article", None)
        if getter is not None:
            return getter(article_id)
        return next(iter(store.load_articles([article_id])), None)

    def iter_articles(self) -> Iterator[Article]:
        """Every article with its text, in insertion order."""
        return iter(self.store().load_articles())

    def close(self) -> None:
        """Close every store opened (best effort: a connection may refuse another thread)."""
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            try:
                store.close()
            except Exception:  # noqa: BLE001 - closing at shutdown must not fail the shutdown
                pass
