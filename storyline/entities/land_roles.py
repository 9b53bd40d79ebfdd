"""Roles of a country the knowledge base lacks: "Karsk's foreign minister", "the Velorian
president", "Aldera's interior minister".

The role finder (``roles.py``) reads a country only from the knowledge base's country words,
so with an unknown country before it an office in lower case ("Karsk's foreign minister
said") is no role at all, and the person stays a string. Here the country comes from the
text's own names: a name the article types a place (GPE, its NER's or ``new_countries``'s
reading) or an adjective ``new_countries`` read as such a country's, written right before
an office ("X's <office>", "the Xian <office>"). The role keeps no country code (none can
be made up, see ``new_countries.py``); its ``land`` names the country instead, so two
unknown countries' ministers stay apart, and ``RoleParser`` reads the same land again when
linking a story's role-only entities to their named holders.
"""
from __future__ import annotations

import re
from typing import Optional

from .find import Found
from .kb import KnowledgeBase
from .names import clean_surface, fold
from .new_countries import _guarded, _Others, capitalised_words, demonym_forms
from .roles import find_roles

_AFTER_NAME = re.compile(r"(?:'s|’s)?[ \t]+(?=[a-zA-Z])")
_THE_BEFORE = re.compile(r"(?:\b[Tt]he[ \t]+)\Z")
# how much text after the country word an office may take ("foreign affairs minister")
_WINDOW = 80


def _shaped(text: str, n: Found) -> bool:
    """Whether a name is written as an office's owner may be: "X's", or "the X" before a
    word (the cheap test before the others)."""
    after = text[n.end:n.end + 2]
    return after in ("'s", "’s") or (after[:1] == " " and bool(
        _THE_BEFORE.search(text[max(0, n.start - 8):n.start])) or n.type == "NORP")


def _lands(text: str, names: list[Found], countries: dict, kb: KnowledgeBase) -> dict:
    """{id(name): country name} of the names that may own an office, one word each and
    unknown to the knowledge base: a name or adjective ``new_countries`` read as a country
    (``countries`` {folded name or demonym: country name}), a place name (GPE), and a name
    the NER typed otherwise whose adjective the text writes too ("Karsk's president" beside
    "the Karskian delegation"; never a part of a person's full name). An adjective is
    given as its country's name where the article names that country ("Karskian" →
    "Karsk")."""
    words = None  # the text's capitalised words, read only if a name needs its adjective
    one_word = {}
    for n in names:
        surface = clean_surface(n.text)
        if n.kind in ("name", "metonym") and " " not in surface and surface[:1].isupper() \
                and not kb.country_of(surface) and not kb.knows_place_or_body(fold(surface)):
            one_word[id(n)] = surface
    country_of_form = {fold(f): s for s in set(one_word.values()) for f in demonym_forms(s)}
    people = None  # the article's full names, read only if a name needs its adjective
    out = {}
    for n in names:
        surface = one_word.get(id(n))
        if surface is None or not _shaped(text, n):
            continue
        key = fold(surface)
        if key in countries:
            out[id(n)] = countries[key]
        elif n.type == "GPE" or key in country_of_form:  # an adjective only of a named land
            out[id(n)] = country_of_form.get(key, surface)
        elif n.type in ("PERSON", "ORG", "LOC"):
            words = capitalised_words(text) if words is None else words
            people = _Others([(m.text, m.type) for m in names]) if people is None else people
            if demonym_forms(surface) & words and not _guarded(surface, people):
                out[id(n)] = surface
    return out


def _office_after(text: str, at: int, kb: KnowledgeBase) -> Optional[Found]:
    """The role written from ``at`` on, read as "the <office>" so a lower-case title
    counts; None when no office begins there."""
    window = text[at:at + _WINDOW]
    for role in find_roles("the " + window, kb):
        if role.start == 0 and not role.title.startswith("head of"):
            return role
        break
    return None


def find_land_roles(text: str, names: list[Found], roles: list[Found], countries: dict,
                    kb: KnowledgeBase) -> tuple[list, list]:
    """(names, roles) of one article with the roles of unknown countries added: ``names``
    ([Found]; a name the NER typed otherwise that owns an office is now GPE), ``roles``
    ([Found]) plus the new ones, each with ``land`` (str) and no country code. The country's name stays a mention inside its role (a
    known country's goes, its code keeps it): it is all that says the article names that
    country. ``countries`` is ``new_countries.find_countries``'s answer for the article."""
    lands = _lands(text, names, countries, kb)
    taken = [(r.start, r.end) for r in roles]
    found, retyped = [], set()
    for n in names:
        land = lands.get(id(n))
        gap = _AFTER_NAME.match(text, n.end) if land else None
        if gap is None:
            continue
        owned = gap.group(0)[:1] in "'’"  # "Karsk's minister"; else "the Karskian minister"
        the = None if owned else _THE_BEFORE.search(text[max(0, n.start - 8):n.start])
        if not owned and n.type != "NORP" and the is None:
            continue  # "Karsk foreign minister ..." with no article is a name's run, not an adjective
        role = _office_after(text, gap.end(), kb)
        if role is None:
            continue
        end = gap.end() + role.end - len("the ")
        start = n.start - len(the.group(0)) if the else n.start
        if any(s < end and start < e for s, e in taken):
            continue
        if n.type not in ("GPE", "NORP"):  # "Karsk's president" beside "Karskian": a land
            retyped.add(fold(clean_surface(n.text)))
        found.append(Found(start, end, text[start:end], "ROLE", "role", offices=role.offices,
                           definite=bool(the) or owned, former=role.former,
                           title=role.title, land=land))
        taken.append((start, end))
    if not found:
        return names, roles
    for n in names:
        if n.type in ("PERSON", "ORG", "LOC") and fold(clean_surface(n.text)) in retyped:
            n.type, n.kind = "GPE", "name"
    return names, sorted(roles + found, key=lambda r: r.start)


def role_lands(articles: list, countries: dict, kb: KnowledgeBase) -> dict:
    """{folded name or adjective: country name} a corpus's role-only entities may begin
    with ("Karsk's foreign minister"): ``countries`` (``new_countries.corpus_countries``)
    and the one-word place names (GPE mentions, ``articles`` [Article]) the knowledge base
    lacks, as ``find_land_roles`` reads them in one article."""
    lands = dict(countries)
    for a in articles:
        for m in a.mentions:
            if m.type == "GPE" and m.kind == "name" and m.canonical and " " not in m.canonical:
                key = fold(m.canonical)
                if key not in lands and not kb.country_of(m.canonical) \
                        and not kb.knows_place_or_body(key):
                    lands[key] = m.canonical
    for name in set(lands.values()):  # "Karskian", typed a place once or not, is Karsk's
        for form in demonym_forms(name):
            if not kb.country_of(form):
                lands[fold(form)] = name
    return lands
