"""The local engine: this process (jobs=1) or a pool of forked worker processes."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from ..config import Config
from ..errors import ConfigError
from ..model import Article
from ..pipeline import Pipeline
from . import Engine, register_engine


class LocalEngine(Engine):
    """``Pipeline.pipe`` with ``jobs`` processes (None: the config's ``jobs``; 0: every core)."""

    name = "local"

    def __init__(self, jobs: Optional[int] = None):
        self.jobs = jobs

    def annotate(self, config: Config, articles: Iterable[Article]) -> Iterator[Article]:
        jobs = config.resolved_jobs() if self.jobs is None else (self.jobs or Config(jobs=0).resolved_jobs())
        return Pipeline(config).pipe(articles, jobs=jobs)


@register_engine("local")
def make_local_engine(jobs: Optional[int] = None, address: Optional[str] = None) -> LocalEngine:
    if address:
        raise ConfigError("--address is for the ray engine; the local engine runs on this machine")
    return LocalEngine(jobs)
