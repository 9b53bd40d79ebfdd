"""Data files shipped with storyline: the invented sample corpus (see ``sample/README.md``)."""
from __future__ import annotations

from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parent / "sample"
# article files only: README.md and EXPECTED.md describe the corpus and are not part of it
SAMPLE_SUFFIXES = (".jsonl", ".html", ".txt")


def sample_paths() -> list[Path]:
    """The sample corpus's article files (JSONL, HTML, text), sorted by name.

    Returns (list[Path]): absolute paths, ready for ``storyline.ingest.read_inputs``.
    """
    return sorted(p for p in SAMPLE_DIR.iterdir() if p.is_file() and p.suffix in SAMPLE_SUFFIXES)
