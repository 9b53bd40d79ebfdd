"""Resolving one article's mentions into entities: canonical names, types and actor codes.

Order: names (full names first, then partial names and honorific forms join them),
roles (apposition, then the article's own named office holders, then the knowledge base
by date), then pronouns (salience, see ``pronouns.py``). Each cluster is one entity of the
article; every mention in it gets the cluster's canonical name and code.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from .find import Found
from .kb import KnowledgeBase, Person
from .names import (RUN_TYPES, clean_surface, fold, given_name_gender, head_runs, is_partial_of,
                    name_tokens, same_name, strip_titles)

GOV_WORDS = {"ministry", "government", "council", "cabinet", "parliament", "administration",
             "commission", "embassy", "office", "duma", "congress", "senate", "kremlin"}
MIL_WORDS = {"army", "military", "forces", "navy", "troops", "air force", "defence ministry",
             "defense ministry", "pentagon"}


@dataclass
class Cluster:
    """One entity of one article."""

    canonical: str
    type: str  # PERSON | ORG | GPE | NORP | LOC | FAC
    person: Optional[Person] = None
    country: Optional[str] = None
    code: Optional[str] = None
    roles: list = field(default_factory=list)  # [(country, offices)] bound to this entity
    mentions: list = field(default_factory=list)  # [Found]
    gender: Optional[str] = None  # "m" | "f" when known: KB, honorific, first name, pronoun
    is_role: bool = False  # named only by an unresolved role


def _kb_surname(kb: KnowledgeBase, word: str, countries: set, lo, hi) -> Optional[Person]:
    """The one KB person whose first or last name is ``word``, in office in [lo, hi] for a
    country the article mentions (so "Putin" alone is Vladimir Putin, "Kim" is nobody)."""
    key = fold(word)
    hits = []
    for p in kb.people:
        toks = name_tokens(p.name)
        if key in (toks[0], toks[-1]) and len(toks) > 1:
            hits.append(p)
    if len(hits) != 1:
        return None
    p = hits[0]
    if p.country in countries and any(pos.overlaps(lo, hi) for pos in p.positions):
        return p
    return None


def retype_partials(names: list[Found], kb: KnowledgeBase) -> None:
    """NER often types a bare surname as ORG ("Wang", "Lavrov"): make it PERSON when it is
    part of a full person name in the same article, or a KB person's name."""
    full = [strip_titles(n.text) for n in names
            if n.type == "PERSON" and len(strip_titles(n.text).split()) >= 2]
    for n in names:
        if n.type not in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            continue
        surface = strip_titles(n.text)
        key = fold(surface)
        if key in kb.capitals and n.kind == "metonym" and any(is_partial_of(surface, f) for f in full):
            # "Jack London ... London said": an actor-like capital shares a person's name
            n.type, n.kind = "PERSON", "name"
            continue
        if n.kind != "name" or kb.knows_place_or_body(key):
            continue
        if kb.person(surface) or any(is_partial_of(surface, f) for f in full):
            n.type = "PERSON"


def _kb_inside(kb: KnowledgeBase, surface: str) -> Optional[Person]:
    """A KB person whose full name is a run of words in a longer span (a headline's
    "Xi Jinping Planning Visit" typed as one name)."""
    words = surface.split()
    for size in range(len(words) - 1, 1, -1):
        for i in range(len(words) - size + 1):
            person = kb.person(" ".join(words[i:i + size]))
            if person:
                return person
    return None


def _name_gender(n: Found, surface: str, person: Optional[Person]) -> Optional[str]:
    """Gender a name mention shows: the KB's, an honorific's ("Mrs"), or a full name's
    first name ("Tara Reid"; not a lone word, which may be a surname)."""
    if person is not None and person.gender:
        return person.gender
    if n.gender:
        return n.gender
    words = surface.split()
    return given_name_gender(words[0]) if len(words) >= 2 else None


def cluster_people(names: list[Found], kb: KnowledgeBase, countries: set, lo, hi) -> list[Cluster]:
    """PERSON name mentions grouped: full names by spelling variant or KB identity,
    partial names to the one full name they are part of."""
    persons = sorted((n for n in names if n.type == "PERSON"),
                     key=lambda n: (-len(strip_titles(n.text).split()), n.start))
    clusters: list[Cluster] = []
    for n in persons:
        surface = strip_titles(n.text)
        person = kb.person(surface) or _kb_inside(kb, surface)
        target = None
        for c in clusters:
            if (person and c.person is person) or same_name(surface, c.canonical):
                target = c
                break
        if target is None:
            partial_of = [c for c in clusters if is_partial_of(surface, c.canonical)]
            if len(partial_of) == 1:
                target = partial_of[0]
            elif len(partial_of) > 1:  # the nearest full name mentioned before
                before = [c for c in partial_of if min(m.start for m in c.mentions) < n.start]
                target = max(before, key=lambda c: max(m.start for m in c.mentions if m.start < n.start),
                             default=None)
        if target is None and person is None and len(surface.split()) == 1:
            person = _kb_surname(kb, surface, countries, lo, hi)
            target = next((c for c in clusters if person and c.person is person), None)
        if target is None:
            target = Cluster(person.name if person else surface, "PERSON", person=person,
                             country=person.country if person else None)
            clusters.append(target)
        target.mentions.append(n)
        target.gender = target.gender or _name_gender(n, surface, person)
        if target.canonical.isupper() and not surface.isupper() and fold(surface) == fold(target.canonical):
            target.canonical = surface  # "WLADIMIR KLITSCHKO" of a headline, written normally
    return clusters


def cluster_others(names: list[Found], kb: KnowledgeBase) -> list[Cluster]:
    """Countries, governments (metonyms, seats), organisations and places, one cluster
    per canonical key."""
    by_key: dict = {}
    for n in names:
        if n.type == "PERSON":
            continue
        surface = clean_surface(n.text)
        key = fold(surface)
        if kb.lower_acronym(surface):
            key = ""  # "un" is a word: no KB entry may claim it
        code = kb.country_of(surface) if n.type in ("GPE", "NORP") or n.kind == "metonym" \
            or key in kb.country_words else None
        if n.kind == "metonym" and code:
            sector = kb.seats.get(key, (code, "GOV"))[1]
            canonical, type_, ccode = f"{kb.demonym(code)} government", "ORG", code + sector
            if sector != "GOV":
                canonical = f"{kb.demonym(code)} {'military' if sector == 'MIL' else sector}"
        elif code and key not in kb.capitals:
            canonical, type_, ccode = kb.country_name(code), kb.countries[code].get("type", "GPE"), code
        elif key in kb.org_keys:
            org = kb.org_keys[key]
            canonical, type_, ccode = org["name"], "ORG", org["code"]
        else:
            canonical, type_ = surface, n.type
            ccode = _org_code(kb, surface) if n.type == "ORG" else (code if code else None)
        cluster = by_key.setdefault((canonical, type_), Cluster(canonical, type_, code=ccode,
                                                                country=(ccode or "")[:3] or None))
        cluster.mentions.append(n)
    return _join_shorter_names(list(by_key.values()), kb)


def _join_shorter_names(clusters: list[Cluster], kb: KnowledgeBase) -> list[Cluster]:
    """An organisation, building or place cluster whose canonical name is a shorter run of
    exactly one other's keeping its head ("Sox" / "Red Sox" of "Boston Red Sox") merges
    into it; names the knowledge base knows (countries, capitals, seats, organisations)
    keep their own cluster."""
    words_of = {id(c): fold(c.canonical).split() for c in clusters if c.type in RUN_TYPES}
    by_run: dict = {}
    for c in clusters:
        for run in head_runs(words_of.get(id(c), [])):
            by_run.setdefault(run, []).append(c)
    merged_into: dict = {}
    for c in sorted(clusters, key=lambda c: -len(words_of.get(id(c), []))):
        key = " ".join(words_of.get(id(c), []))
        if not key or kb.knows_place_or_body(key):
            continue
        targets = {id(_final(t, merged_into)): t for t in by_run.get(key, ())}
        targets.pop(id(c), None)
        if len(targets) == 1:
            target = _final(next(iter(targets.values())), merged_into)
            target.mentions.extend(c.mentions)
            merged_into[id(c)] = target
    return [c for c in clusters if id(c) not in merged_into]


def _final(cluster: Cluster, merged_into: dict) -> Cluster:
    """The cluster ``cluster`` was merged into, following merges ({id: Cluster})."""
    while id(cluster) in merged_into:
        cluster = merged_into[id(cluster)]
    return cluster


def _org_code(kb: KnowledgeBase, surface: str) -> Optional[str]:
    """"Russia's Security Council" → RUSGOV, "the Chinese army" → CHNMIL."""
    words = surface.replace("’s", "").replace("'s", "").split()
    country = next((kb.country_of(w) for w in words if kb.country_of(w)), None)
    if not country:
        return None
    low = surface.lower()
    if any(w in low for w in MIL_WORDS):
        return country + "MIL"
    if any(w in low.split() for w in GOV_WORDS) or "foreign" in low:
        return country + "GOV"
    return None


def narrow_range(clusters: list[Cluster], lo: dt.date, hi: dt.date) -> tuple:
    """An undated article lies within the terms of the office holders it names by their
    current office ("Ukrainian foreign minister Dmytro Kuleba"): intersect those terms."""
    for c in clusters:
        if not c.person:
            continue
        for country, offices in c.roles:
            spans = [p for p in c.person.positions if p.office in offices
                     and (country is None or p.country == country)]
            if not spans:
                continue
            start = min((p.start or dt.date.min) for p in spans)
            end = max((p.end or dt.date.max) for p in spans)
            if max(lo, start) <= min(hi, end):
                lo, hi = max(lo, start), min(hi, end)
    return lo, hi
