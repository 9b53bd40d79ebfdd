"""Acronyms: "CEC" is the "Central Election Commission" that the same story writes out.

An acronym is a name of two to six capitals (dots allowed: "E.P.A."); it stands for a
name whose capitalised words, less function words ("of", "and", "the", "for"), begin
with its letters in order. Within one story, an acronym joins the one organisation,
place or facility it spells; when two spell it, or none, it stays as it is.
"""
from __future__ import annotations

import re
from collections import defaultdict

_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
_FUNCTION_WORDS = {"of", "and", "the", "for", "on", "in", "at", "to", "&"}
TYPES = ("ORG", "GPE", "FAC", "LOC", "NORP")


def acronym(name: str) -> str:
    """The name (str) as an acronym ("CEC", "E.P.A." → "EPA"), or "" when it is not one."""
    name = name.strip()
    return name.replace(".", "") if _ACRONYM.fullmatch(name) else ""


def initials(name: str) -> str:
    """Initials of a written-out name: its words' first letters, function words skipped
    ("Central Election and Referendum Commission" → "CERC"); "" for one word."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _FUNCTION_WORDS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def join_acronyms(keys: list, sets) -> None:
    """Union (``sets.union``/``sets.find``) each acronym key of ``keys`` ((article id,
    canonical, type) of one story) with the one written-out key whose initials it is."""
    spelled = defaultdict(set)
    for k in keys:
        if k[2] in TYPES and not acronym(k[1]):
            short = initials(k[1])
            if short:
                spelled[short].add(k)
    for k in keys:
        short = acronym(k[1]) if k[2] in TYPES else ""
        if not short:
            continue
        roots = {sets.find(o) for o in spelled.get(short, ())}
        if len(roots) == 1:
            sets.union(k, roots.pop())
