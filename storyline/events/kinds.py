"""Which triggers can name one happening: event classes, derivational stems, type families.

Event merging asks these of two mentions ("killed" and "the death" are both "dying";
"elect" and "election" share a stem; meetings, visits and calls are one family).
The classes are data (``events/data/event_classes.yaml``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "data"

# the CONSULT family: meetings, visits, calls and talks all count as one kind of event
CONSULT_FAMILY = {"CONSULT"}


@lru_cache(maxsize=1)
def _class_table() -> dict:
    raw = yaml.safe_load((DATA_DIR / "event_classes.yaml").read_text())
    table: dict = {}
    for name, lemmas in raw.items():
        for lemma in lemmas:
            table.setdefault(str(lemma), set()).add(name)
    return {lemma: frozenset(names) for lemma, names in table.items()}


def event_classes(lemma: str) -> frozenset:
    """The kinds of happening (``events/data/event_classes.yaml``) a trigger lemma
    (str, lower case) can name: "killed" and "death" are both "dying"."""
    table = _class_table()
    if lemma in table:
        return table[lemma]
    # plural or mis-lemmatized forms ("quakes", "dies")
    for cut in (1, 2):
        if lemma.endswith("s") and lemma[:-cut] in table:
            return table[lemma[:-cut]]
    return frozenset()


# nominalisations a suffix rule cannot reach ("the death" tells of someone who died)
IRREGULAR_STEMS = {"death": "die", "dead": "die", "shot": "shoot", "gunfire": "fire",
                   "sale": "sell", "loss": "lose", "theft": "steal", "birth": "bear",
                   "choice": "choos",
                   "flight": "fly", "growth": "grow", "speech": "speak", "trial": "try"}
_DERIVATION_SUFFIXES = ("ation", "ition", "ment", "ance", "ence", "ing", "ion", "ure", "al",
                        "ate", "ed", "er", "e")


def trigger_stem(lemma: str) -> str:
    """A derivational stem shared by a verb and its nominalisations, so that
    "elect"/"election", "shoot"/"shooting", "arrive"/"arrival" meet (lemma: str, lower case)."""
    word = lemma
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]  # a lemmatizer that took a verb for a plural noun: "checks", "dies"
    word = IRREGULAR_STEMS.get(word, word)
    for suffix in _DERIVATION_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "winning" -> "winn" -> "win"
    return word


# classes too loose to bridge two PLOVER types: two statements are rarely one
UNBRIDGING_CLASSES = {"saying", "confirming", "meeting"}


@lru_cache(maxsize=16384)  # event merging asks for every pair of mentions in a story
def trigger_classes(text: str) -> frozenset:
    """The event classes (``events/data/event_classes.yaml``) of a trigger's words
    (text: str, e.g. "killed", "held talks"), trying the inflected forms' bases."""
    out: set = set()
    for word in re.findall(r"[a-z]+", text.lower()):
        forms = [word, trigger_stem(word)]
        if word.endswith("ed"):
            forms += [word[:-1], word[:-2], word[:-3]]  # died, killed, shunned
        elif word.endswith("ing"):
            forms += [word[:-3], word[:-3] + "e", word[:-4]]
        for form in forms:
            out |= event_classes(form)
    return frozenset(out - UNBRIDGING_CLASSES)


def type_family(ptype: str):
    """A key two PLOVER types share exactly when :func:`compatible_types` holds for them
    (so that event merging can look up compatible mentions instead of testing each)."""
    return ("family", "CONSULT") if ptype in CONSULT_FAMILY else ptype


def compatible_types(a: str, b: str) -> bool:
    """Whether two PLOVER types can name the same real-world event."""
    return type_family(a) == type_family(b)
