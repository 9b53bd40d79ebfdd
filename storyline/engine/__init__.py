"""Engines: where the per-article stages run.

An engine takes the articles left after de-duplication and yields them annotated,
in input order, one by one, so the driver can store each as soon as it is done::

    with make_engine("ray", jobs=4) as engine:
        for article in engine.annotate(config, articles):
            store.add_article(article)

Engines never change what an article becomes: every one runs ``Pipeline.annotate_batch``
over batches of ``config.batch_size``, so a stage that fails on one article marks that
article failed (warning E010) and the rest of its batch goes on, whichever engine ran it.

Built in: ``local`` (this process, or ``jobs`` forked worker processes) and ``ray``
(Ray tasks on a local or remote Ray cluster; needs the ``distributed`` extra).
More register with :func:`register_engine`.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Optional

from ..config import Config
from ..errors import ConfigError
from ..model import Article


class Engine:
    """Runs the per-article stages over articles; subclasses say where.

    Use as a context manager (or call ``close``) so workers and clusters are released.
    """

    name = "engine"

    def annotate(self, config: Config, articles: Iterable[Article]) -> Iterator[Article]:
        """Annotated articles (doc dropped), lazily and in input order.

        config (Config): the stages and settings to run with.
        articles (Iterable[Article]): articles to annotate.
        """
        raise NotImplementedError

    def close(self) -> None:
        """Release workers; the engine may not be used afterwards."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_ENGINES: dict[str, Callable[..., Engine]] = {}


def register_engine(name: str):
    """Decorator registering an engine factory ``factory(jobs=..., address=...) -> Engine``."""

    def decorator(factory):
        _ENGINES[name] = factory
        return factory

    return decorator


def engine_names() -> list[str]:
    _load_builtins()
    return sorted(_ENGINES)


def make_engine(name: str = "local", jobs: Optional[int] = None,
                address: Optional[str] = None) -> Engine:
    """An engine by name.

    name (str): "local" or "ray" (or a registered engine).
    jobs (int | None): worker processes (local) or CPUs for a Ray cluster started here;
        None or 0 means every core.
    address (str | None): a Ray cluster to join ("auto", "ray://host:10001"); only for ray.
    """
    _load_builtins()
    if name not in _ENGINES:
        raise ConfigError(f"unknown engine {name!r}; known engines: {', '.join(sorted(_ENGINES))}")
    return _ENGINES[name](jobs=jobs, address=address)


def _load_builtins() -> None:
    from . import local, ray_engine  # noqa: F401  (they register themselves)
