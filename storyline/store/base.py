"""The storage interface every backend implements (contract for the store helpers).

Per-article writes are one transaction each (a crash never leaves half an article).
Fused, corpus-level records (entities, timeline events, quotes, stories) are
replaced as a whole by ``save_dossier`` in one transaction.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from ..errors import IngestError
from ..model import Article, Dossier


class Store:
    """Abstract store. Backends: ``storyline.store.sqlite``, ``storyline.store.postgres``."""

    url: str

    # -- articles -------------------------------------------------------------
    def has_article(self, article_id: str) -> bool: ...
    def find_by_hash(self, content_hash: str) -> Optional[str]: ...
    def add_article(self, article: Article) -> bool:
        """Insert an article with all its layers; False (and no change) when its id exists."""
    def load_articles(self, ids: Optional[Iterable[str]] = None) -> Iterator[Article]:
        """Articles with their layers, in insertion order."""
    def article_summaries(self) -> list[dict]: ...
    def count_articles(self) -> int: ...
    # -- near-duplicate signatures (MinHash) ----------------------------------
    def add_signature(self, article_id: str, signature: bytes) -> None: ...
    def signatures(self) -> Iterator[tuple[str, bytes]]: ...
    # -- ingest errors ----------------------------------------------------------
    def record_error(self, error: IngestError) -> None: ...
    # -- fused records ----------------------------------------------------------
    def save_dossier(self, dossier: Dossier) -> None: ...
    def load_dossier(self) -> Dossier: ...
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_store(url: str) -> Store:
    """Open (creating and migrating) the store at a path or ``postgresql://`` URL."""
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    from .sqlite import SQLiteStore

    return SQLiteStore(url)
