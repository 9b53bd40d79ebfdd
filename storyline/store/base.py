"""The storage interface every backend implements (contract for the store helpers).

Per-article writes are one transaction each (a crash never leaves half an article).
Fused, corpus-level records (entities, timeline events, quotes, stories) are
replaced as a whole by ``save_dossier`` in one transaction, or, after an incremental
merge, only where they changed by ``save_changes``. ``story_features`` keeps what story
clustering reads of each article, so that placing new articles reads no old article whole;
``datings`` keeps what re-dating made of each article whose date the corpus inferred, so
that a merge parses no article dated as before (:mod:`storyline.time.redate`).

The shared SQL lives in :mod:`storyline.store.sql`; :mod:`storyline.store.sqlite` and
:mod:`storyline.store.postgres` only say how their dialect differs.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from ..errors import IngestError
from ..model import Article, Dossier


class Store:
    """Abstract store. Backends: ``storyline.store.sqlite``, ``storyline.store.postgres``."""

    url: str

    # -- articles -------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        raise NotImplementedError

    def find_by_hash(self, content_hash: str) -> Optional[str]:
        """Id of the first stored article with this content hash, or None."""
        raise NotImplementedError

    def add_article(self, article: Article, signature: Optional[bytes] = None) -> bool:
        """Insert an article with all its layers; False (and no change) when its id exists.

        signature (bytes | None): its MinHash signature, stored in the same transaction.
        """
        raise NotImplementedError

    def replace_article(self, article: Article) -> None:
        """Store an article, replacing a stored one with its id and all its layers, atomically."""
        raise NotImplementedError

    def delete_article(self, article_id: str) -> bool:
        """Remove an article with its layers and signature; False when it was not stored."""
        raise NotImplementedError

    def load_articles(self, ids: Optional[Iterable[str]] = None,
                      layers: Optional[Iterable[str]] = None) -> Iterator[Article]:
        """Articles with their layers, in insertion order (all, or those in ``ids``).

        layers (Iterable[str] | None): the layers to read ("timexes", "mentions", "events",
            "quotes"); the others are left empty. None reads them all.
        """
        raise NotImplementedError

    def fill_layers(self, articles: Iterable[Article], layers: Iterable[str]) -> None:
        """Read ``layers`` into articles loaded without them (``load_articles(layers=…)``).

        articles (Iterable[Article]): stored articles, changed in place.
        layers (Iterable[str]): layer names, as for ``load_articles``.
        """
        layers = tuple(layers)
        wanted = {a.id: a for a in articles}
        for stored in self.load_articles(list(wanted), layers=layers):
            for layer in layers:
                setattr(wanted[stored.id], layer, getattr(stored, layer))

    def article(self, article_id: str) -> Optional[Article]:
        """One article with its layers, or None."""
        raise NotImplementedError

    def article_summaries(self) -> list[dict]:
        """The contract's ``articles`` records, in insertion order."""
        raise NotImplementedError

    def count_articles(self) -> int:
        raise NotImplementedError

    def unmerged_article_ids(self) -> list[str]:
        """Ids of stored articles no merge has placed in a story yet (an interrupted run's)."""
        raise NotImplementedError

    # -- near-duplicate signatures (MinHash) ----------------------------------
    def add_signature(self, article_id: str, signature: bytes) -> None:
        raise NotImplementedError

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        raise NotImplementedError

    # -- story features (what clustering reads of an article) -------------------
    def save_story_features(self, bags: dict) -> None:
        """Keep, or replace, the feature bags of articles, in one transaction.

        bags (dict[str, tuple[dict, dict]]): article id -> (whole, lead) bags
            (feature -> weight), as ``fuse.stories.feature_bags`` makes them.
        """
        raise NotImplementedError

    def story_features(self) -> Optional[dict]:
        """Every kept bag: article id -> (whole, lead), as Counters; None when any was made
        by other feature code (``fuse.story_features.FEATURES_VERSION``, kept with each
        bag): then none serves, and a full merge makes them all again."""
        raise NotImplementedError

    def clear_story_features(self) -> None:
        """Forget every kept bag (before a full merge makes them again)."""
        raise NotImplementedError

    # -- dating records (what re-dating made, storyline.time.redate) ---------------
    def datings(self) -> dict:
        """Every kept dating record: article id -> ``redate.dating_record``'s dict. Written
        with the fused records (``save_dossier``, ``save_changes``), removed with their article."""
        raise NotImplementedError

    def event_dates(self, ids: Iterable[str]) -> dict:
        """How the event mentions of some articles were dated, read in one query: article id
        -> ([(trigger start, date, date_source)] in the order of its events layer, the
        re-dated events of its dating record ([trigger start, date, date_range, date_text,
        date_source] rows; [] when it has none)). Articles with no events are left out."""
        raise NotImplementedError

    # -- ingest errors ----------------------------------------------------------
    def record_error(self, error: IngestError) -> None:
        raise NotImplementedError

    def errors(self) -> list[dict]:
        """Recorded ingest errors, oldest first: ``{"path","line","code","message","at"}``."""
        raise NotImplementedError

    # -- fused records ----------------------------------------------------------
    def save_dossier(self, dossier: Dossier, dating: Optional[dict] = None) -> None:
        """Replace every fused record; also sets each listed article's ``story`` and, where
        inferred or no longer inferred, its publication date.

        dating (dict | None): article id -> dating record, replacing every kept one
            (None: the kept ones are left as they are).
        """
        raise NotImplementedError

    def save_changes(self, previous: Dossier, dossier: Dossier, dating: Optional[dict] = None,
                     kept: Optional[dict] = None) -> None:
        """Make the stored fused records ``dossier``'s, given that they are ``previous``
        (as ``load_dossier`` returned them), writing only what differs; one transaction.

        dating (dict | None): the dating records to keep (None: the kept ones stay);
        kept (dict | None): the records the store holds (``datings``), to write only changes.
        """
        self.save_dossier(dossier, dating)

    def load_dossier(self) -> Dossier:
        raise NotImplementedError

    def timeline(self, entity: Optional[str] = None, story: Optional[str] = None,
                 date_from: Optional[str] = None, date_to: Optional[str] = None,
                 limit: Optional[int] = None, offset: int = 0) -> list[dict]:
        """Merged events as contract dicts, date-sorted with undated events last."""
        raise NotImplementedError

    def count_timeline(self, entity: Optional[str] = None, story: Optional[str] = None,
                       date_from: Optional[str] = None, date_to: Optional[str] = None) -> int:
        """How many merged events ``timeline`` would return without limit/offset."""
        raise NotImplementedError

    def entities(self) -> list[dict]:
        raise NotImplementedError

    def entity(self, entity_id: str) -> Optional[dict]:
        raise NotImplementedError

    def quotes(self, story: Optional[str] = None) -> list[dict]:
        raise NotImplementedError

    def stories(self) -> list[dict]:
        """Stories as contract dicts, latest first by ``last``, ties by id, undated last
        (``queries.stories_order``; ``load_dossier`` keeps the order fuse saved them in)."""
        raise NotImplementedError

    def story(self, story_id: str) -> Optional[dict]:
        raise NotImplementedError

    def schema_version(self) -> int:
        """The highest migration version applied to this database."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_store(url: str) -> Store:
    """Open (creating and migrating) the store at a path or ``postgresql://`` URL.

    url (str): a SQLite file path (or ``sqlite:///path``), or ``postgresql://…``.
    """
    url = str(url)
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    from .sqlite import SQLiteStore

    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):] or ":memory:"
    return SQLiteStore(url)
