"""Ingest end to end: read → skip what is known → annotate → store → fuse.

    summary = ingest_paths(["articles/"], store, Config())

Each article is stored in its own transaction as soon as it is annotated, so a
crash loses at most the batch in flight, never half an article. Re-ingesting an
article changes nothing; an exact duplicate under another name is recorded with
``duplicate_of``; near-duplicates (one wire story in several outlets) are linked.
After the new articles are stored, the corpus stages re-fuse the stored articles
and replace the merged records in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from .config import Config
from .errors import E, IngestError
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

    def to_dict(self) -> dict:
        return {
            "ingested": self.ingested, "duplicates": self.duplicates, "unchanged": self.unchanged,
            "near_duplicates": self.near_duplicates, "failed": self.failed,
            "errors": [str(e) for e in self.errors], "warnings": list(self.warnings),
        }


class _Deduper:
    """Splits incoming articles into new ones, known ones and exact duplicates."""

    def __init__(self, store: Store, summary: IngestSummary):
        self.store, self.summary = store, summary
        self.batch_ids: set = set()
        self.batch_hashes: dict = {}

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
                self.summary.duplicates += 1
                continue
            if item.content_hash:
                self.batch_hashes[item.content_hash] = item.id
            yield item


def ingest_items(items: Iterable, store: Store, config: Config,
                 progress: Optional[Callable[[Article | IngestError], None]] = None,
                 jobs: Optional[int] = None) -> IngestSummary:
    """Annotate and store articles (or IngestErrors, which are recorded), then re-fuse.

    items (Iterable[Article | IngestError]): what the readers produced.
    store (Store): where articles and merged records go.
    progress (callable): called once per finished article or error.
    jobs (int): worker processes for the per-article stages (default: config).
    """
    from .ingest.dedupe import NearDuplicateIndex, signature_bytes

    summary = IngestSummary()
    tick = progress or (lambda _item: None)

    def on_error(error: IngestError) -> None:
        summary.failed += 1
        summary.errors.append(error)
        store.record_error(error)
        tick(error)

    near = NearDuplicateIndex(threshold=config.near_duplicate_threshold)
    for article_id, signature in store.signatures():
        near.add_signature(article_id, signature)
    pipeline = Pipeline(config)
    fresh = _Deduper(store, summary).new_articles(items, on_error)
    for article in pipeline.pipe(fresh, jobs=jobs):
        failure = next((w for w in article.warnings if w.startswith(E.PIPELINE[0])), None)
        if failure:
            on_error(IngestError(path=article.path or article.id, code=E.PIPELINE[0], message=failure[5:]))
            continue
        signature = signature_bytes(article.text)
        article.near_duplicates = near.query_signature(signature)
        summary.near_duplicates += bool(article.near_duplicates)
        if store.add_article(article):
            store.add_signature(article.id, signature)
            near.add_signature(article.id, signature)
            summary.ingested += 1
        else:
            summary.unchanged += 1
        summary.warnings.extend(f"{article.path or article.id}: {w}" for w in article.warnings)
        tick(article)
    if summary.ingested or summary.duplicates:
        try:
            refuse(store, config)
        except Exception as exc:  # noqa: BLE001 - stored articles stay; the user is told, exit 2
            on_error(IngestError.of("(corpus)", E.FUSE, detail=f"{type(exc).__name__}: {exc}"))
    return summary


def refuse(store: Store, config: Config) -> None:
    """Re-run the corpus stages over every stored article and save the merged records."""
    articles = list(store.load_articles())
    dossier = Pipeline(config).fuse(articles)
    store.save_dossier(dossier)


def ingest_paths(paths: list[str], store: Store, config: Config, progress=None,
                 jobs: Optional[int] = None) -> IngestSummary:
    """Read files, folders, globs or "-" (stdin) and ingest every article in them."""
    from .ingest import read_inputs

    return ingest_items(read_inputs(paths, config), store, config, progress=progress, jobs=jobs)


def ingest_articles(store: Store, articles: list[Article], config: Config) -> dict:
    """Ingest already-made articles (the API's POST); returns the summary as a dict."""
    return ingest_items(articles, store, config, jobs=1).to_dict()
