"""Reading the store from a threaded web server.

Request handlers run in a thread pool and database connections (SQLite's in
particular) belong to the thread that opened them, so each thread opens its own
store. Nothing is cached: every page and endpoint reads only the records it shows
(``bundles``, ``store.paging``), so an ingest shows at once.
"""
from __future__ import annotations

import threading
from typing import Iterator, Optional

from ..model import Article


class StoreAccess:
    """One store per thread over ``db_url``.

    db_url (str): a SQLite path or ``postgresql://`` URL, as for ``open_store``.
    """

    def __init__(self, db_url: str):
        self.db_url = db_url
        self._local = threading.local()
        self._opened: list = []
        self._lock = threading.Lock()

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
