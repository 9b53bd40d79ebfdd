"""The pipeline: stages chosen by name, run over batches of plain records.

A stage is a callable ``stage(article) -> article`` that reads the layers earlier
stages set and adds its own; it may also offer ``pipe(articles)`` for batching.
Stages register themselves with :func:`register_stage`::

    @register_stage("time", assigns=["Article.timexes", "Article.published"])
    def make_time_stage(config):
        return annotate_times  # a plain function is a stage

Per-article stages run in one process, in ``--jobs N`` worker processes, or
(later) under a distributed engine: they only ever see serialisable
:class:`~storyline.model.Article` records. Corpus stages (``fuse``) run once over
all annotated articles and return a :class:`~storyline.model.Dossier`.
"""
from __future__ import annotations

import importlib
import multiprocessing
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

from .config import Config
from .errors import E, ConfigError, warning
from .language import ENGLISH
from .model import Article, Dossier

# modules that register the built-in stages when imported
_BUILTIN_MODULES = {
    "clean": "storyline.clean",
    "nlp": "storyline.nlp",
    "time": "storyline.time",
    "entities": "storyline.entities",
    "events": "storyline.events",
    "quotes": "storyline.quotes",
    "fuse": "storyline.fuse",
}


@dataclass
class StageInfo:
    name: str
    factory: Callable[[Config], Callable]
    assigns: list
    # the languages (ISO 639-1) a stage can read; None: any. Articles in other
    # languages pass the stage untouched (storyline/language.py says why).
    languages: Optional[tuple] = None

    def reads(self, article: Article) -> bool:
        return self.languages is None or (article.lang or ENGLISH) in self.languages


_STAGES: dict[str, StageInfo] = {}


def register_stage(name: str, assigns: Optional[list] = None, languages: Optional[tuple] = None):
    """Decorator registering a stage factory ``factory(config) -> stage`` under ``name``;
    ``languages`` are those the stage reads (None: any)."""

    def decorator(factory):
        _STAGES[name] = StageInfo(name, factory, list(assigns or []),
                                  tuple(languages) if languages else None)
        return factory

    return decorator


def get_stage_info(name: str) -> StageInfo:
    if name not in _STAGES and name in _BUILTIN_MODULES:
        importlib.import_module(_BUILTIN_MODULES[name])
    if name not in _STAGES:
        known = sorted(set(_STAGES) | set(_BUILTIN_MODULES))
        raise ConfigError(f"unknown stage {name!r}; known stages: {', '.join(known)}")
    return _STAGES[name]


def make_stage(name: str, config: Config) -> Callable:
    return get_stage_info(name).factory(config)


def _pipe_stage(stage: Callable, articles: list) -> list:
    if hasattr(stage, "pipe"):
        return list(stage.pipe(articles))
    return [stage(a) for a in articles]


def as_article(item) -> Article:
    """Accept an Article, a dict (JSON-lines style) or a plain string."""
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        from .ingest.ids import article_id

        return Article(id=article_id(item), text=item)
    if isinstance(item, dict):
        from .ingest.jsonl import record_to_article

        return record_to_article(item, path=None)
    raise TypeError(f"cannot make an article from {type(item).__name__}")


class Pipeline:
    """Runs the per-article stages, then the corpus stages.

    config (Config): settings; stage lists are taken from it.
    """

    def __init__(self, config: Optional[Config] = None, **overrides):
        self.config = config or Config(**overrides)
        self._stages: Optional[list] = None

    @property
    def stages(self) -> list:
        if self._stages is None:
            self._stages = [(n, make_stage(n, self.config)) for n in self.config.stages]
        return self._stages

    def annotate_batch(self, articles: list[Article]) -> list[Article]:
        """Run every per-article stage over one batch and return it.

        When a stage fails on the batch, the articles are retried one by one, so a
        single bad article is marked failed (warning E010) and the rest go on.
        """
        try:
            done = self._run_stages(articles)
        except Exception:  # noqa: BLE001 - isolate the failing article below
            done = [self._annotate_one(a) for a in articles]
        for article in done:
            article.doc = None  # the spaCy Doc never leaves the worker
        return done

    def _run_stages(self, articles: list[Article]) -> list[Article]:
        for name, stage in self.stages:
            info = get_stage_info(name)
            readable = [a for a in articles if info.reads(a)]
            if len(readable) == len(articles):
                articles = _pipe_stage(stage, articles)
                continue
            done = iter(_pipe_stage(stage, readable) if readable else [])
            articles = [next(done) if info.reads(a) else a for a in articles]
        return articles

    def _annotate_one(self, article: Article) -> Article:
        snapshot = article.to_dict()
        try:
            return self._run_stages([article])[0]
        except Exception as exc:  # noqa: BLE001 - reported to the user as E010
            return failed_article(snapshot, exc)

    def pipe(self, items: Iterable, jobs: Optional[int] = None,
             batch_size: Optional[int] = None) -> Iterator[Article]:
        """Annotate articles lazily, in order, with ``jobs`` worker processes."""
        jobs = jobs if jobs is not None else self.config.resolved_jobs()
        batch_size = batch_size or self.config.batch_size
        batches = _batched((as_article(i) for i in items), batch_size)
        if jobs <= 1:
            for batch in batches:
                yield from self.annotate_batch(batch)
            return
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(jobs, initializer=_worker_init, initargs=(self.config,)) as pool:
            for done in pool.imap(_worker_run, ([a.to_dict() for a in b] for b in batches)):
                yield from (Article.from_dict(d) for d in done)

    def fuse(self, articles: list[Article]) -> Dossier:
        """Run the corpus stages over annotated articles."""
        dossier = Dossier()
        for name in self.config.corpus_stages:
            dossier = make_stage(name, self.config)(articles, dossier)
        return dossier

    def process(self, items: Iterable, jobs: Optional[int] = 1) -> Dossier:
        """Annotate and merge: ``Pipeline().process(["text", ...]) -> Dossier``."""
        return self.fuse(list(self.pipe(items, jobs=jobs)))


def _batched(iterable: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER: Optional[Pipeline] = None


def _worker_init(config: Config) -> None:
    global _WORKER
    _WORKER = Pipeline(config)


def _worker_run(records: list[dict]) -> list[dict]:
    articles = [Article.from_dict(r) for r in records]
    return [a.to_dict() for a in _WORKER.annotate_batch(articles)]


def failed_article(record: dict, exc: BaseException) -> Article:
    """The article ``record`` (as it came in) marked failed with warning E010, naming the
    exception and the first line of its message; an engine's wrapper exception (Ray's
    ``RayTaskError``) is unwrapped to the stage's own through its ``cause``."""
    article = Article.from_dict(record)
    cause = getattr(exc, "cause", None) or exc
    first_line = (str(cause).strip().splitlines() or [""])[0]
    article.warnings.append(warning(E.PIPELINE, detail=f"{type(cause).__name__}: {first_line}"))
    return article
