"""The Ray engine: batches of articles annotated by Ray tasks, on this machine or a cluster.

The driver (the ``storyline ingest`` process) reads, de-duplicates and stores; only
``Pipeline.annotate_batch`` runs in Ray workers, as tasks over plain article dicts. Each
worker process keeps one Pipeline (one spaCy model) per configuration and reuses it for
every batch it is given, so the model loads once per worker, not once per task.

At most ``2 × CPUs`` batches are in flight, so memory stays bounded however long the
input is, and results come back in input order. A task whose worker dies (out of memory,
a crash in native code) is retried article by article, so only the article that kills a
worker is marked failed (E010), exactly as a failing stage marks it in the local engine.
"""
from __future__ import annotations

import logging
from collections import deque
from typing import Iterable, Iterator, Optional

from ..config import Config
from ..errors import ConfigError
from ..model import Article
from ..pipeline import (_BUILTIN_MODULES, Pipeline, _batched, failed_article, get_stage_info,
                        register_stage)
from . import Engine, register_engine

INSTALL_HINT = "the ray engine needs Ray: pip install 'storyline[distributed]'"

# per worker process: configuration key -> Pipeline (its stages hold the loaded model)
_PIPELINES: dict = {}


def annotate_records(config: Config, custom_stages: dict, records: list[dict]) -> list[dict]:
    """Worker side: annotate one batch of article dicts with this process's cached Pipeline.

    config (Config): the driver's settings.
    custom_stages (dict): {name: StageInfo} for stages registered outside storyline (so a
        worker that never imported their module still knows them).
    records (list[dict]): ``Article.to_dict()`` of each article.
    """
    for name, info in custom_stages.items():
        register_stage(name, info.assigns)(info.factory)
    key = repr(config)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        _PIPELINES.clear()  # one model per worker: a new configuration replaces the old
        pipeline = _PIPELINES[key] = Pipeline(config)
    return [a.to_dict() for a in pipeline.annotate_batch([Article.from_dict(r) for r in records])]


def custom_stage_infos(config: Config) -> dict:
    """{name: StageInfo} of the configured stages that storyline does not define itself."""
    return {name: get_stage_info(name) for name in config.stages if name not in _BUILTIN_MODULES}


class RayEngine(Engine):
    """Ray tasks; joins ``address`` or starts a local Ray with ``jobs`` CPUs (None/0: all)."""

    name = "ray"

    def __init__(self, jobs: Optional[int] = None, address: Optional[str] = None):
        try:
            import ray
        except ImportError as exc:
            raise ConfigError(INSTALL_HINT) from exc
        self.ray = ray
        self.started_here = not ray.is_initialized()
        if self.started_here:
            options = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
            if address:
                ray.init(address=address, **options)
            else:
                ray.init(num_cpus=jobs or None, **options)
        # retries are ours (article by article), so a failing article is not run three times
        self.task = ray.remote(num_cpus=1, max_retries=0)(annotate_records)

    def annotate(self, config: Config, articles: Iterable[Article]) -> Iterator[Article]:
        ray = self.ray
        shared = ray.put(config)
        custom = custom_stage_infos(config)
        window = max(2, 2 * int(ray.cluster_resources().get("CPU", 1)))
        pending: deque = deque()
        for batch in _batched(articles, config.batch_size):
            records = [a.to_dict() for a in batch]
            pending.append((self.task.remote(shared, custom, records), records))
            if len(pending) >= window:
                yield from self._collect(*pending.popleft(), shared, custom)
        while pending:
            yield from self._collect(*pending.popleft(), shared, custom)

    def _collect(self, ref, records: list[dict], shared, custom) -> Iterator[Article]:
        """The annotated batch; when its worker died, each article again alone."""
        try:
            done = self.ray.get(ref)
        except self.ray.exceptions.RayError as exc:
            if len(records) > 1:
                retries = [(self.task.remote(shared, custom, [r]), [r]) for r in records]
                for one_ref, one in retries:
                    yield from self._collect(one_ref, one, shared, custom)
                return
            yield failed_article(records[0], exc)
            return
        yield from (Article.from_dict(d) for d in done)

    def close(self) -> None:
        if self.started_here and self.ray.is_initialized():
            self.ray.shutdown()


@register_engine("ray")
def make_ray_engine(jobs: Optional[int] = None, address: Optional[str] = None) -> RayEngine:
    return RayEngine(jobs=jobs, address=address)
