"""Cross-article entity linking: one :class:`Entity` per real entity across the corpus.

Article-level entities (mentions sharing a canonical name) merge when they have the same
folding key, the same KB person, are spelling variants (``same_name``), when a partial
name ("Wang") is part of exactly one full name of the same story, or when a role named
only by office ("the Russian security council secretary") matches exactly one person that
another article of the story names with that office.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from typing import Optional

from ..model import Article, Entity, Mention
from .kb import KnowledgeBase, load_kb
from .names import clean_surface, fold, is_partial_of, same_name
from .roles import find_roles


def entity_id(name: str, type: str = "") -> str:
    """Stable id for an entity: a readable slug of the folded name plus a short hash."""
    key = fold(name)
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")[:40] or "entity"
    digest = hashlib.sha1(f"{key}|{type}".encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def mention_at(article: Article, start: int, end: int) -> Optional[Mention]:
    """The mention that best covers ``article.text[start:end]``: the longest mention inside
    the span, else the shortest one containing it, else the one overlapping it most."""
    inside = [m for m in article.mentions if start <= m.start and m.end <= end]
    if inside:
        return max(inside, key=lambda m: (m.end - m.start, -m.start))
    around = [m for m in article.mentions if m.start <= start and end <= m.end]
    if around:
        return min(around, key=lambda m: m.end - m.start)
    overlap = [(min(end, m.end) - max(start, m.start), m) for m in article.mentions
               if m.start < end and start < m.end]
    return max(overlap, key=lambda x: x[0])[1] if overlap else None


class _Sets:
    """Union-find over local entity keys."""

    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def _role_parse(kb: KnowledgeBase, text: str):
    """(country, offices) when ``text`` is wholly a role ("Russian defence minister")."""
    for f in find_roles(text, kb):
        if f.start <= 1 and f.end >= len(text.rstrip()) - 1:
            return f.country, f.offices
    return None


def _local_entities(articles: list[Article]) -> dict:
    """{(article id, canonical, type): [Mention]} for every resolved mention."""
    local = defaultdict(list)
    for a in articles:
        for m in a.mentions:
            if m.canonical:
                local[(a.id, m.canonical, m.entity_type or m.type)].append(m)
    return local


def _merge(local: dict, story_of: dict, kb: KnowledgeBase) -> _Sets:
    sets = _Sets()
    by_name = defaultdict(list)
    for key in local:
        sets.find(key)
        by_name[(fold(key[1]), key[2])].append(key)
    for keys in by_name.values():  # same folded name and type
        for k in keys[1:]:
            sets.union(k, keys[0])
    persons = [k for k in by_name if k[1] == "PERSON"]
    full = [k for k in persons if len(k[0].split()) >= 2]
    for i, a in enumerate(full):  # spelling variants and KB identity
        for b in full[i + 1:]:
            pa, pb = kb.person(a[0]), kb.person(b[0])
            if (pa and pa is pb) or (not (pa and pb) and a[0][:1] == b[0][:1] and same_name(a[0], b[0])):
                sets.union(by_name[a][0], by_name[b][0])
    _merge_partials_and_roles(local, story_of, kb, sets)
    return sets


def _merge_partials_and_roles(local: dict, story_of: dict, kb: KnowledgeBase, sets: _Sets) -> None:
    """Within a story: partial names to their one full name; roles to their one holder."""
    stories = defaultdict(list)
    for key in local:
        stories[story_of.get(key[0])].append(key)
    for keys in stories.values():
        people = [k for k in keys if k[2] == "PERSON"]
        holders = defaultdict(set)  # (country, office) → final person roots named with it
        for k in people:
            for m in local[k]:
                if m.kind == "role" and not _role_parse(kb, k[1]):
                    parsed = _role_parse(kb, clean_surface(m.text))
                    if parsed:
                        for office in parsed[1]:
                            holders[(parsed[0], office)].add(sets.find(k))
        for k in people:
            if len(k[1].split()) == 1:
                fulls = {sets.find(f) for f in people if is_partial_of(k[1], f[1])}
                if len(fulls) == 1:
                    sets.union(k, fulls.pop())
                continue
            parsed = _role_parse(kb, k[1])
            if parsed and parsed[0]:
                roots = set().union(*(holders.get((parsed[0], o), set()) for o in parsed[1]))
                if len(roots) == 1:
                    sets.union(k, roots.pop())


def _best_name(keys: list, local: dict, kb: KnowledgeBase) -> str:
    names = Counter()
    for k in keys:
        names[k[1]] += len(local[k])
    for name in names:
        if kb.person(name) and kb.person(name).name == name:
            return name
    non_roles = [n for n in names if not _role_parse(kb, n)] or list(names)
    return max(non_roles, key=lambda n: (len(n.split()) >= 2, names[n], len(n)))


def link_entities(articles: list[Article], kb: Optional[KnowledgeBase] = None) -> list[Entity]:
    """One Entity per real entity across ``articles`` (list[Article]); rewrites each
    Mention.canonical to the entity's final name. Entities come most-mentioned first."""
    kb = kb or load_kb()
    local = _local_entities(articles)
    story_of = {a.id: a.story for a in articles}
    sets = _merge(local, story_of, kb)
    groups = defaultdict(list)
    for key in local:
        groups[sets.find(key)].append(key)
    entities = []
    for keys in groups.values():
        name = _best_name(keys, local, kb)
        mentions = [m for k in keys for m in local[k]]
        for m in mentions:
            m.canonical = name
        types = Counter(k[2] for k in keys)
        codes = Counter(m.code for m in mentions if m.code and m.kind != "pronoun")
        aliases = sorted({clean_surface(m.text) for m in mentions if m.kind != "pronoun"} | {name})
        type_ = types.most_common(1)[0][0]
        entities.append(Entity(id=entity_id(name, type_), name=name, type=type_, aliases=aliases,
                               code=codes.most_common(1)[0][0] if codes else None,
                               mentions=len(mentions),
                               articles=sorted({k[0] for k in keys})))
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return entities
