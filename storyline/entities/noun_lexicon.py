"""The noun lexicon ``data/nominals.yaml``: nouns that name a participant, by type, and
classes of those nouns. It imports no other module of the package, so every finder
(``recall``, ``find``, ``nominals``, ``described``) reads the one list of a fact at import
time, ``recall`` too, which ``nominals`` builds on.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"


# sections of data/nominals.yaml that group nouns listed by type, and are no type
NOUN_CLASSES = ("PROTAGONIST", "FORTUNE", "PERPETRATOR", "VICTIM", "SETTLEMENT", "GOVERNMENT",
                "FEMALE", "MALE", "SAME", "OUTLET")


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """``data/nominals.yaml``: {section: list of lines of nouns}."""
    return yaml.safe_load((DATA / "nominals.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def head_nouns() -> dict:
    """{noun lemma: nominal type} from ``data/nominals.yaml``; the first type listed wins."""
    out: dict = {}
    for type_, lines in _lexicon().items():
        if type_ in NOUN_CLASSES:
            continue  # classes of the nouns listed by type
        for line in lines:
            for word in line.split():
                out.setdefault(word, type_)
    return out


@lru_cache(maxsize=1)
def _same_nouns() -> dict:
    """{noun: the first noun of its line of ``SAME`` in ``data/nominals.yaml``}."""
    out: dict = {}
    for line in _lexicon().get("SAME", ()):
        words = line.split()
        for word in words:
            out.setdefault(word, words[0])
    return out


def same_noun(noun: str) -> str:
    """The one noun that stands for ``noun`` (str, a lemma) and the nouns outlets use
    for the same participant ("rioter" and "demonstrator" → "protester"), else ``noun``."""
    return _same_nouns().get(noun, noun)


@lru_cache(maxsize=16)
def noun_class(name: str) -> frozenset:
    """The nouns of one class of ``data/nominals.yaml`` (``NOUN_CLASSES``): "PROTAGONIST",
    person nouns for what someone is known for ("the starlet"); "FORTUNE", those of them
    that also do so before another person noun ("the billionaire developer"); "PERPETRATOR", for the
    crime they are held for ("the escapee"); "VICTIM", for the one a crime was done to;
    "SETTLEMENT", nouns for a settlement or a region ("the city of Hask"); "GOVERNMENT",
    nouns that alone name the government in power ("the administration"); "FEMALE" and
    "MALE", person nouns that say a woman or a man; "OUTLET", a brand's outlet ("the
    Waitrose store")."""
    return frozenset(w for line in _lexicon().get(name, ()) for w in line.split())
