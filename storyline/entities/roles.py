"""Finding role mentions: people named by office ("the Russian president", "China's top
diplomat", "Kremlin spokesman", "the head of Russia's Security Council"), and the
apposition that binds a role to a name ("top Chinese diplomat Wang Yi",
"Ana Ruiz, the head of Spain's Security Council").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .find import BODY_COUNTRY, BODY_OFFICES, ROLE_ADJECTIVES, Found
from .kb import KnowledgeBase
from .names import fold
from ..patterns import trie_regex

_POSS = r"(?:'s|’s)?"


def _alternation(words, fold_case: bool = False) -> str:
    """A regex for any of ``words``, preferring the longest, written as a character trie
    (:func:`storyline.patterns.trie_regex`): with some 300 country names a plain
    alternation made role finding the slowest part of the stage."""
    return trie_regex(words, fold_case)


@lru_cache(maxsize=4)
def _patterns(kb: KnowledgeBase) -> tuple:
    countries = set()
    for c in kb.countries.values():
        countries.update(c.get("names", []) + c.get("demonyms", []))
        countries.update([c.get("capital") or ""] + c.get("capital_variants", []))
        countries.update(k for k in (c.get("seats") or {}) if not k.startswith("the "))
    countries.discard("")
    titles = {t for spec in kb.offices.values() for t in spec.get("titles", [])} | {"leader"}
    country = rf"(?P<country>{_alternation(countries)}){_POSS}"
    role = re.compile(
        rf"\b(?:(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
        rf"(?:{country}\s+)?"
        rf"(?P<adj>(?:(?i:{ROLE_ADJECTIVES})\s+)*)"
        rf"(?:(?P<country2>{_alternation(countries)})\s+)?"
        rf"(?P<title>(?i:{_alternation(titles, fold_case=True)}))(?![\w\-])")
    body = re.compile(
        rf"\b(?:(?P<det>[Tt]he)\s+)?(?:{country}\s+)?"
        rf"(?P<title>(?i:head|chief|director|secretary|chairman))\s+of\s+(?:the\s+)?"
        rf"(?:(?i:office)\s+of\s+the\s+)?(?:(?P<country2>{_alternation(countries)}){_POSS}\s+)?"
        rf"(?P<body>(?i:{_alternation(BODY_OFFICES, fold_case=True)}))\b")
    return role, body


def _country(kb: KnowledgeBase, m: re.Match) -> Optional[str]:
    for group in ("country", "country2"):
        word = m.group(group)
        if word:
            return kb.country_of(word)
    return None


def find_roles(text: str, kb: KnowledgeBase) -> list[Found]:
    """Role mentions in ``text``. A bare title ("president") counts only with a country,
    a determiner or a capital letter (a title before a name: "President Putin")."""
    role_re, body_re = _patterns(kb)
    found = []
    for m in body_re.finditer(text):
        body = fold(m.group("body"))
        office = BODY_OFFICES.get(body) or BODY_OFFICES.get(m.group("body").lower())
        country = _country(kb, m) or BODY_COUNTRY.get(m.group("body").lower())
        found.append(Found(m.start(), m.end(), m.group(0), "ROLE", "role", country=country,
                           offices=[office], definite=bool(m.group("det") or m.group("country")),
                           title=f"head of the {m.group('body').lower()}"))
    taken = [(f.start, f.end) for f in found]
    for m in role_re.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        country = _country(kb, m)
        title = m.group("title")
        capital = title[0].isupper()
        before_name = text[m.end():m.end() + 3].strip()[:1].isupper()
        if not (country or m.group("det") or capital or before_name):
            continue
        offices = kb.offices_for_title(title, country)
        if not offices:
            continue
        det = (m.group("det") or "").lower()
        start = m.start("det") if det == "the" else (m.start("country") if m.group("country")
                                                    else m.start("adj") if m.group("adj")
                                                    else m.start("country2") if m.group("country2")
                                                    else m.start("title"))
        adjectives = (m.group("adj") or "").lower()
        found.append(Found(start, m.end(), text[start:m.end()], "ROLE", "role", country=country,
                           offices=offices, definite=det not in ("a", "an"),
                           former="former" in adjectives or "then" in adjectives.split()
                           or "outgoing" in adjectives, title=" ".join(title.lower().split())))
    return sorted(found, key=lambda f: f.start)


_GAP_BEFORE_NAME = re.compile(r"^[ \t]*,?[ \t]*$")
_GAP_AFTER_NAME = re.compile(r"^[ \t]*,[ \t]*$")


def appositions(text: str, roles: list[Found], names: list[Found]) -> dict:
    """Role → name bindings by apposition: ``{id(role): name}`` for "ROLE NAME"
    ("Russian President Vladimir Putin") and "NAME, ROLE" ("Wang Yi, China's top diplomat")."""
    persons = sorted((n for n in names if n.type == "PERSON"), key=lambda n: n.start)
    bound = {}
    for role in roles:
        for name in persons:
            if 0 <= name.start - role.end <= 3 and _GAP_BEFORE_NAME.match(text[role.end:name.start]):
                bound[id(role)] = name
                break
            if 0 <= role.start - name.end <= 3 and _GAP_AFTER_NAME.match(text[name.end:role.start]):
                bound[id(role)] = name
                break
    return bound
