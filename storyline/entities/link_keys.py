"""The keys cross-article linking joins: one per article-level entity (article id,
canonical name, type), with their mentions, a union-find over them, and what the joins
ask of a key again and again (kept once per key).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from ..model import Article
from .kb import KnowledgeBase
from .names import fold
from .roles import find_roles


class Sets:
    """Union-find over local entity keys."""

    def __init__(self):
        self.parent = {}

    def find(self, x):
        parent = self.parent
        p = parent.get(x)
        if p is None:
            parent[x] = x
            return x
        if p is x:  # a root (the common case: most keys are looked up many times)
            return x
        while p != x:
            parent[x] = p = parent[p]  # path halving
            x = p
            p = parent[x]
        return x

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)

    def union_all(self, keys):
        keys = list(keys)
        for k in keys[1:]:
            self.union(k, keys[0])


class RoleParser:
    """(country, offices) when a text is wholly a role ("Russian defence minister");
    memoised, since the same role strings recur across thousands of articles."""

    def __init__(self, kb: KnowledgeBase, lands: Optional[dict] = None):
        self.kb, self.seen, self.past = kb, {}, {}
        # {folded name or adjective: country name} of countries the knowledge base lacks
        # ("Karsk's foreign minister" reads as (“Karsk”, offices); see ``land_roles.py``)
        self.lands = lands or {}

    def __call__(self, text: str):
        if text not in self.seen:
            self.seen[text], self.past[text] = None, False
            land, rest = _land_reading(text, self.lands)
            for reading, past in _readings(rest):
                whole = [f for f in find_roles(reading, self.kb)
                         if f.start <= 1 and f.end >= len(reading.rstrip()) - 1]
                if whole:
                    self.seen[text] = (land or whole[0].country, whole[0].offices)
                    self.past[text] = past or bool(whole[0].former)
                    break
        return self.seen[text]

    def former(self, text: str) -> bool:
        """Whether ``text`` (str) is wholly a past holder's role ("former mines minister")."""
        self(text)
        return self.past[text]


_PAST = ("former ", "then ", "outgoing ")
_LAND = re.compile(r"^(?:(?P<past>former|then|outgoing)\s+)?(?:[Tt]he\s+)?(?P<land>[A-Z][\w\-]*)(?:'s|’s)?\s+(?P<rest>.+)$")


def _land_reading(text: str, lands: dict) -> tuple:
    """(country name, the role less it) when ``text`` begins with a country of ``lands``
    ("Karsk's foreign minister", "the Karskian president"), else (None, ``text``)."""
    m = _LAND.match(text) if lands else None
    land = lands.get(fold(m.group("land"))) if m else None
    if not land:
        return None, text
    return land, f"{m.group('past') or ''} {m.group('rest')}".strip()


def _readings(text: str) -> list:
    """[(text to parse, past holder)] for a role string: as written, then a role-only
    entity's name as ``coref`` writes it ("interior minister", "former Zambian mines
    minister"), which lacks the determiner a lower-case title needs to be read as a role;
    its leading "former" goes (the past is kept apart) so a country after it still reads."""
    rest = text[len(next((p for p in _PAST if text.lower().startswith(p)), "")):]
    return [(text, False), (f"the {rest}", rest != text)]


class Local(defaultdict):
    """{(article id, canonical, type): [Mention]}, remembering per key what the joins ask
    of it again in every story and story family (a key's mentions never change while
    linking, and the family pass revisits every key of many stories)."""

    def __init__(self):
        super().__init__(list)
        self.nominal_of: dict = {}
        self.host_nouns_of: dict = {}
        self.weight_of: dict = {}
        self.nominal_group_of: dict = {}

    def nominal(self, key) -> bool:
        """``is_nominal`` of the key's mentions."""
        value = self.nominal_of.get(key)
        if value is None:
            value = self.nominal_of[key] = is_nominal(self[key])
        return value

    def weight(self, key) -> int:
        """How many of the key's mentions are names, roles or pronouns (not nominals)."""
        value = self.weight_of.get(key)
        if value is None:
            value = self.weight_of[key] = sum(m.kind != "nominal" for m in self[key])
        return value


def local_entities(articles: list[Article]) -> Local:
    """{(article id, canonical, type): [Mention]} for every resolved mention."""
    local = Local()
    for a in articles:
        for m in a.mentions:
            if m.canonical:
                local[(a.id, m.canonical, m.entity_type or m.type)].append(m)
    return local


def is_nominal(mentions: list) -> bool:
    """Named by common nouns alone ("the actress", and the "who" that follows it)."""
    return all(m.kind in ("nominal", "pronoun") for m in mentions)
