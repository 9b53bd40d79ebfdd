"""Ingest end to end: read → skip what is known → annotate → store → fuse.

    summary = ingest_paths(["articles/"], store, Config())

Each article is stored in its own transaction as soon as it is annotated, so a
crash loses at most the batch in flight, never half an article. Re-ingesting an
article changes nothing; an exact duplicate under another name is recorded with
``duplicate_of``; near-duplicates (one wire story in several outlets) are linked.
After the new articles are stored, the corpus stages merge again the stories the
new articles touch (everything, on a first ingest) and replace the merged records
in one transaction. Where the per-article stages run is an :mod:`~storyline.engine`
(this machine, or a Ray cluster).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from .config import Config
from .engine import Engine
from .engine.local import LocalEngine
from .errors import E, IngestError, StoreError
from .model import Article
from .pipeline import Pipeline
from .store import Store


@dataclass
class IngestSummary:
    ingested: int = 0
    duplicates: int = 0
    unchanged: int = 0
    near_duplicates: int = 0
    failed: int = 0
    errors: list = field(default_factory=list)  # [IngestError]
    warnings: list = field(default_factory=list)  # ["path: W001 ..."]
    # why the run stopped early: the database failed (connection lost for good, locked,
    # disk full); every article stored before is complete, and running again finishes
    aborted: Optional[str] = None

    def to_dict(self) -> dict:
        return {
            "ingested": self.ingested, "duplicates": self.duplicates, "unchanged": self.unchanged,
            "near_duplicates": self.near_duplicates, "failed": self.failed,
            "errors": [str(e) for e in self.errors], "warnings": list(self.warnings),
            "aborted": self.aborted,
        }


class _Deduper:
    """Splits incoming articles into new ones, known ones and exact duplicates."""

    def __init__(self, store: Store, summary: IngestSummary):
        self.store, self.summary = store, summary
        self.batch_ids: set = set()
        self.batch_hashes: dict = {}
        self.stored: list = []  # ids of the exact duplicates stored here

    def new_articles(self, items: Iterable, on_error: Callable) -> Iterator[Article]:
        for item in items:
            if isinstance(item, IngestError):
                on_error(item)
                continue
            if item.id in self.batch_ids or self.store.has_article(item.id):
                self.summary.unchanged += 1
                continue
            original = self.batch_hashes.get(item.content_hash) or (
                item.content_hash and self.store.find_by_hash(item.content_hash))
            self.batch_ids.add(item.id)
            if original:
                item.duplicate_of = original
                self.store.add_article(item)
                self.stored.append(item.id)
                self.summary.duplicates += 1
                continue
            if item.content_hash:
                self.batch_hashes[item.content_hash] = item.id
            yield item


def ingest_items(items: Iterable, store: Store, config: Config,
                 progress: Optional[Callable[[Article | IngestError], None]] = None,
                 jobs: Optional[int] = None, engine: Optional[Engine] = None,
                 merge_all: bool = False) -> IngestSummary:
    """Annotate and store articles (or IngestErrors, which are recorded), then re-fuse.

    items (Iterable[Article | IngestError]): what the readers produced.
    store (Store): where articles and merged records go.
    progress (callable): called once per finished article or error.
    jobs (int): worker processes for the per-article stages (default: config).
    engine (Engine): where the per-article stages run (default: local, ``jobs`` processes);
        the caller closes it.
    merge_all (bool): merge the whole corpus again (even with nothing new), not only the
        stories new articles touch: after an upgrade of storyline changed how it merges.
    """
    summary = IngestSummary()
    tick = progress or (lambda _item: None)

    def on_error(error: IngestError) -> None:
        summary.failed += 1
        summary.errors.append(error)
        store.record_error(error)
        tick(error)

    try:
        new_ids = _store_new(items, store, config, summary, on_error, tick, engine or LocalEngine(jobs))
        # articles an interrupted or failed run stored but never merged (no story) go in too
        new_ids = list(dict.fromkeys([*store.unmerged_article_ids(), *new_ids]))
        if new_ids or merge_all:
            _merge(store, config, None if merge_all else new_ids, on_error)
    except StoreError as exc:
        # the database itself failed: nothing more can be stored, so stop here; each
        # article is its own transaction, so what was stored is whole, and the same
        # command run again skips it and finishes (exit code 3 from the CLI)
        summary.aborted = str(exc)
    return summary


def _store_new(items: Iterable, store: Store, config: Config, summary: IngestSummary,
               on_error: Callable, tick: Callable, engine: Engine) -> list:
    """Annotate the articles not stored yet and store each (with its MinHash signature, in
    one transaction); returns the ids stored. StoreError when the database fails."""
    from .ingest.dedupe import signature_bytes

    near = None  # the stored signatures are read when the first new article needs them
    deduper = _Deduper(store, summary)
    new_ids = deduper.stored
    for article in engine.annotate(config, deduper.new_articles(items, on_error)):
        failure = next((w for w in article.warnings if w.startswith(E.PIPELINE[0])), None)
        if failure:
            on_error(pipeline_error(article, failure))
            continue
        signature = signature_bytes(article.text)
        if near is None:
            near = _near_duplicate_index(store, config.near_duplicate_threshold)
        article.near_duplicates = near.query_signature(signature)
        summary.near_duplicates += bool(article.near_duplicates)
        if store.add_article(article, signature=signature):
            near.add_signature(article.id, signature)
            new_ids.append(article.id)
            summary.ingested += 1
        else:
            summary.unchanged += 1
        summary.warnings.extend(f"{article.path or article.id}: {w}" for w in article.warnings)
        tick(article)
    return new_ids


def _merge(store: Store, config: Config, new_ids: Optional[list], on_error: Callable) -> None:
    """Re-fuse; a failure of the merging code is error E012 (the articles stay stored, unmerged,
    and the next ingest merges them); a failure of the database is raised (StoreError)."""
    try:
        refuse(store, config, new_ids)
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - stored articles stay; the user is told, exit 2
        on_error(IngestError.of("(corpus)", E.FUSE, detail=f"{type(exc).__name__}: {exc}"))


def _near_duplicate_index(store: Store, threshold: float):
    """A MinHash index over the signatures of every stored article."""
    from .ingest.dedupe import NearDuplicateIndex

    near = NearDuplicateIndex(threshold=threshold)
    for article_id, signature in store.signatures():
        near.add_signature(article_id, signature)
    return near


def pipeline_error(article: Article, failure: str) -> IngestError:
    """The E010 error of a failed article, naming its file and line ("f.jsonl#L3" -> f.jsonl, 3)."""
    where = article.path or article.id
    path, _, line = where.rpartition("#L")
    if path and line.isdigit():
        return IngestError(path=path, line=int(line), code=E.PIPELINE[0], message=failure[5:])
    return IngestError(path=where, code=E.PIPELINE[0], message=failure[5:])


def refuse(store: Store, config: Config, new_ids: Optional[list] = None) -> None:
    """Run the corpus stages again and save the merged records.

    new_ids (list[str] | None): articles stored since the last fuse; with them, and a saved
        merge to build on, only the stories they touch are merged again
        (``fuse.fuse_incremental``); without, or when the kept story-feature bags were made
        by other feature code (``Store.story_features``), everything is.

    Either way the dating records of the last merge (``Store.datings``) give each article
    its own publication date back before merging, and spare the parse of every article
    whose date is inferred as before; this merge's records are saved with its results.
    """
    from .fuse import LEAN_LAYERS, fuse_incremental
    from .fuse.stories import feature_bags

    previous = store.load_dossier() if new_ids and config.corpus_stages == ["fuse"] else None
    # what re-dating made at the last merge: articles dated as then are not parsed again
    kept = store.datings()
    dating = dict(kept)
    # bags kept by older feature code (None) would cluster apart from fresh ones: a full merge
    bags = store.story_features() if previous is not None and previous.stories else None
    if bags is not None:
        # only what placing articles reads, and every article's lean layers; fuse_incremental
        # reads the rest of the stories it merges again, and adds the bags it had to make
        articles = list(store.load_articles(layers=LEAN_LAYERS))
        known = set(bags)
        merged = fuse_incremental(articles, new_ids, previous, config, fill=store.fill_layers,
                                  bags=bags, dating=dating)
        store.save_story_features({i: b for i, b in bags.items() if i not in known})
        store.save_changes(previous, merged, dating=dating, kept=kept)
        return
    articles = list(store.load_articles())
    # bags before fusing: entity linking rewrites mention names, clustering reads stored ones
    bags = {a.id: feature_bags(a) for a in articles if a.duplicate_of is None}
    store.save_dossier(_fuse_all(articles, config, dating), dating=dating)
    store.clear_story_features()
    store.save_story_features(bags)


def _fuse_all(articles: list[Article], config: Config, dating: dict):
    """The corpus stages over every stored article, each with its own publication date back
    (not the one the last merge inferred), taking back the re-dated layers of the articles
    dated as then; ``dating`` (article id -> record) becomes this merge's records."""
    from .fuse import keep_datings, restore_own_dates
    from .time.redate import keeping

    originals = [a for a in articles if a.duplicate_of is None]
    kept, own, _stale = restore_own_dates(originals, dating)
    with keeping(kept):
        dossier = Pipeline(config).fuse(articles)
    # read after the whole merge: no corpus step after dating changes timexes or event dates
    keep_datings(dating, originals, own, config.spacy_model)
    return dossier


def ingest_paths(paths: list[str], store: Store, config: Config, progress=None,
                 jobs: Optional[int] = None, engine: Optional[Engine] = None,
                 merge_all: bool = False) -> IngestSummary:
    """Read files, folders, globs or "-" (stdin) and ingest every article in them
    (arguments as ``ingest_items``)."""
    from .ingest import read_inputs

    return ingest_items(read_inputs(paths, config), store, config, progress=progress, jobs=jobs,
                        engine=engine, merge_all=merge_all)


def ingest_articles(store: Store, articles: list[Article], config: Config) -> dict:
    """Ingest already-made articles (the API's POST); returns the summary as a dict."""
    return ingest_items(articles, store, config, jobs=1).to_dict()
