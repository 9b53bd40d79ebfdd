"""How a linked entity is shown in the corpus's entity list: its name, whether it is listed, its type.

Linking (``link.py``) decides which mentions are one entity; this module decides how that
entity is presented: the name the articles (or the knowledge base) write it by, whether it
is a real entry at all (not a lone role word, a never-capitalised "name" or a sentence-start
common noun), and its listed type (the knowledge base first, then a vote of its mentions).
Each function takes an entity's ``keys`` — its article-level entities (article id, canonical
name, type) — and ``local``, their mentions by key.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional

from ..model import Mention
from .find import PRONOUNS, ROLE_ADJECTIVES
from .kb import KnowledgeBase
from .names import clean_surface, fold, given_name_gender, strip_titles
from .noun_lexicon import head_nouns


def _best_person_name(mentions: list) -> Optional[str]:
    """The full name most name mentions contain ("Ellen DeGeneres" over "Comedian Ellen
    DeGeneres" and "Ellen DeGeneres Returns"), written as the articles most often do."""
    surfaces = defaultdict(Counter)
    for m in mentions:
        if m.kind == "name":
            surface = strip_titles(m.text)
            surfaces[fold(surface)][surface] += 1
    full = [f for f in surfaces if len(f.split()) >= 2]
    if not full:
        return None

    def support(form):
        padded = f" {form} "
        return sum(sum(c.values()) for f, c in surfaces.items() if padded in f" {f} ")

    best = max(full, key=lambda f: (support(f), -len(f.split()), sum(surfaces[f].values())))
    # a headline's capitals are how a name is shouted, not how it is written
    return max(surfaces[best].items(), key=lambda sc: (not sc[0].isupper(), sc[1]))[0]


def best_name(keys: list, local: dict, kb: KnowledgeBase, role_of) -> str:
    names = Counter()
    for k in keys:
        names[k[1]] += len(local[k])
    for name in names:
        if kb.person(name) and kb.person(name).name == name:
            return name
    for name in names:  # "Kim Jong-Un" written: the KB's "Kim Jong Un", found by both
        if len(name.split()) >= 2 and kb.person(name):
            return kb.person(name).name
    if any(k[2] == "PERSON" for k in keys):
        best = _best_person_name([m for k in keys for m in local[k]])
        if best:
            return best
    non_roles = [n for n in names if not role_of(n)] or list(names)
    # "NEW YORK", "New York", "new york" are one name written three ways: count them
    # together, and show the form written most often that is neither shouted nor lower-case
    by_case = Counter()
    for n in non_roles:
        by_case[n.casefold()] += names[n]
    best = max(non_roles, key=lambda n: (len(n.split()) >= 2, by_case[n.casefold()], len(n)))
    forms = [n for n in non_roles if n.casefold() == best.casefold()]
    return max(forms, key=lambda n: (not n.isupper() and not n.islower(), names[n]))


# what a title may carry and still name no one: a determiner and rank words ("the top")
_TITLE_LEAD = re.compile(rf"^(?:(?:the|a|an|its|his|her|their)\s+)?(?:{ROLE_ADJECTIVES}\s+)*", re.I)


def is_bare_title(text: str, kb: KnowledgeBase) -> bool:
    """Whether ``text`` (a mention's surface) is a title alone, naming no country, body
    or person ("President", "the foreign minister", "spokeswoman"): many people hold it,
    so it is no name of one entity ("Russian President" and "Kremlin spokesman" are)."""
    rest = _TITLE_LEAD.sub("", clean_surface(text)).strip()
    return bool(rest) and (rest.lower() == "leader" or bool(kb.offices_for_title(rest, None)))


def aliases(name: str, mentions: list, kb: KnowledgeBase) -> list[str]:
    """The names an entity goes by (sorted): ``name`` and the surfaces of its ``mentions``
    (list[Mention]; nominals already left out), less pronouns and bare titles
    (:func:`is_bare_title`), which stay its mentions but would name anyone who holds them."""
    surfaces = {clean_surface(m.text) for m in mentions if m.kind != "pronoun"}
    return sorted({s for s in surfaces if not is_bare_title(s, kb)} | {name})


def is_listed(name: str, named: list, kb: KnowledgeBase, texts: dict) -> bool:
    """Whether an entity (its final ``name``; ``named``, its non-nominal mentions as
    [(article id, Mention)]; ``texts`` {article id: text}) is listed: not a lone role
    word that never resolved to a named person or a coded office ("the chief"), nor a
    "name" never written with a capital (the small NER's "colorado", "dapat kuntani":
    English writes proper names capitalised), nor a one-word common noun capitalised only
    where a sentence starts ("Groups", "Model")."""
    names = [(a, m) for a, m in named if m.kind in ("name", "metonym")]
    if not names:
        return kb.person(name) is not None or any(m.code for _, m in named)
    if not any(c.isupper() for _, m in names for c in m.text):
        return False
    word, key = name.lower(), fold(name)
    if " " in name or not any(w in head_nouns() for w in (word, word.removesuffix("s"))) \
            or kb.knows_place_or_body(key):
        return True
    return any(not _starts_sentence(texts.get(a, ""), m.start) for a, m in names)


def _starts_sentence(text: str, start: int) -> bool:
    """True when nothing but space, quotes or a line break stands between a sentence's
    end (or the text's start) and ``start``."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


_RELATIVE_PERSON = {"who", "whom"}


def entity_type(name: str, keys: list, local: dict, kb: KnowledgeBase) -> str:
    """The listed type of one entity (its ``keys`` (article id, canonical, type)): the
    knowledge base's type when it knows the name; else a vote of its mentions, a person
    winning when any article typed it so (a surname the NER read as a place) unless the
    name is headed by an organisation noun and no he/she or honorific marks a person
    ("Tea Party"); a place or building that "who" refers to is a person ("Soltan, who")."""
    key = fold(name)
    if kb.person(name):
        return "PERSON"
    if key in kb.country_words:
        code = kb.country_words[key]
        return kb.countries[code].get("type", "GPE") if fold(kb.country_name(code)) == key else \
            _voted(keys, local)
    if key in kb.capitals:
        return "GPE"
    if key in kb.org_keys:
        return "ORG"
    type_ = _voted(keys, local)
    words = name.split()
    if type_ == "PERSON" and len(words) >= 2 and head_nouns().get(words[-1].lower()) == "ORG" \
            and not any(_marks_person(m) for k in keys for m in local[k]):
        return "ORG"
    if type_ in ("GPE", "LOC", "FAC") and any(
            m.kind == "pronoun" and m.text.lower() in _RELATIVE_PERSON for k in keys for m in local[k]):
        return "PERSON"
    return type_


def _marks_person(m: Mention) -> bool:
    """A mention only a person has: he/she, or a name with an honorific ("Mr Party")."""
    if m.kind == "pronoun":
        return m.text.lower() in PRONOUNS  # the gendered pronouns, "himself" and "hers" too
    return m.kind == "name" and strip_titles(m.text) != clean_surface(m.text)


def _voted(keys: list, local: dict) -> str:
    """The entity's type by its mentions: a person when any article typed it so (a
    surname the NER read as a place), unless names typed one other kind outnumber the
    person's and nothing marks a person: no he/she or honorific, no known first name,
    no longer person's name ("Oakvale Creamery" typed a person once and an organisation
    twice is an organisation)."""
    types, names = Counter(), Counter()
    for k in keys:
        types[k[2]] += len(local[k])
        names[k[2]] += sum(m.kind == "name" for m in local[k])
    if "PERSON" not in types:
        return types.most_common(1)[0][0]
    other = max((t for t in names if t != "PERSON"), key=lambda t: (names[t], t), default=None)
    if other is None or names[other] <= names["PERSON"] or any(
            _marks_person(m) for k in keys for m in local[k]):
        return "PERSON"
    people = {k[1] for k in keys if k[2] == "PERSON"}
    if any(given_name_gender(n.split()[0]) for n in people if len(n.split()) >= 2) or \
            len({fold(n) for n in people}) > 1:
        return "PERSON"  # a first name; a full name joined by its surname typed a place
    return other
