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

from .companies import company_words
from .discourse import SPEECH_LEMMAS
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
    past_roles: list = field(default_factory=list)  # [(country, offices)] it held: "former ... minister X"
    mentions: list = field(default_factory=list)  # [Found]
    gender: Optional[str] = None  # "m" | "f" when known: KB, honorific, first name, pronoun
    is_role: bool = False  # named only by an unresolved role


def held_before(cluster: Cluster, role: Found) -> bool:
    """Whether ``cluster``'s person is written as a past holder of ``role``'s office
    ("former mines minister Ana Ruiz ... the former minister"), of no other country."""
    return any((role.country is None or country is None or country == role.country)
               and set(offices) & set(role.offices) for country, offices in cluster.past_roles)


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
        if n.type not in ("ORG", "GPE", "NORP", "LOC", "FAC") or n.placed:
            continue
        surface = strip_titles(n.text)
        key = fold(surface)
        actor = n.kind == "metonym" or n.dep in ("nsubj", "nsubjpass", "poss")
        if key in kb.capitals and actor and any(is_partial_of(surface, f) for f in full):
            # "Jack London ... London said": an actor-like capital shares a person's name
            # (a metonym only in a text naming its state: the subject is read here)
            n.type, n.kind = "PERSON", "name"
            continue
        if n.kind != "name" or kb.knows_place_or_body(key):
            continue
        if kb.person(surface) or any(is_partial_of(surface, f) for f in full):
            n.type = "PERSON"


def agree_name_types(names: list[Found]) -> None:
    """One name the NER types PERSON in one place and an organisation or place in another
    ("Ryanair", "Northrop Grumman", "Toulouse") is that organisation or place throughout,
    unless something marks it a person: a title ("Mr Grumman"), a first name ("Jordan
    Smith"), a longer person's name it is part of ("Jack London ... London"), or being
    typed a person at least as often as any one other type."""
    full = [strip_titles(n.text) for n in names
            if n.type == "PERSON" and len(strip_titles(n.text).split()) >= 2]
    others, as_person, titled = {}, {}, set()
    for n in names:
        key = fold(clean_surface(n.text))
        if n.type in ("ORG", "GPE", "FAC", "LOC") and n.kind == "name":
            others.setdefault(key, []).append(n.type)
        elif n.type == "PERSON":
            as_person[key] = as_person.get(key, 0) + 1
            if strip_titles(n.text) != clean_surface(n.text):
                titled.add(fold(strip_titles(n.text)))
    retyped: dict = {}
    for n in names:
        surface = clean_surface(n.text)
        types = others.get(fold(surface))
        if n.type != "PERSON" or not types or fold(surface) in titled:
            continue
        words = surface.split()
        # "LiLo", "Chohan", "Mo Cheeks" are people the NER now and then reads as a place
        # or body: it must type the name one such kind more often than a person
        top = max(set(types), key=types.count)
        if types.count(top) <= as_person[fold(surface)]:
            continue
        if (len(words) >= 2 and given_name_gender(words[0])) or any(
                fold(f) != fold(surface) and is_partial_of(surface, f) for f in full):
            continue
        n.type, n.was_person = top, True
        if len(words) >= 2:
            retyped[surface] = n.type
    full = [f for f in full if f not in retyped]
    for n in names:  # "Northrop" and "Grumman" of "Northrop Grumman" go with it
        surface = clean_surface(n.text)
        if n.type != "PERSON" or len(surface.split()) != 1 or strip_titles(n.text) != surface \
                or any(is_partial_of(surface, f) for f in full):
            continue
        whole = [t for r, t in retyped.items() if is_partial_of(surface, r)]
        if len(whole) == 1:
            n.type, n.was_person = whole[0], True


# words after a family name that make the name a company's ("Ford Motor Co.")
COMPANY_WORDS = company_words("legal", "trade")


def retype_company_names(names: list[Found], doc, kb: KnowledgeBase) -> None:
    """A lone word NER types PERSON ("Ford") that begins an organisation's name the
    article writes ("Ford Motor Co.", "Ford Australia") is that organisation, unless it
    is used as a person: with a title ("Mr Ford") or, when the article names a person of
    that surname ("William Clay Ford Jr."), as the subject of a reporting verb ("Ford
    said"). "Ford's sales", "Ford cut 1,000 jobs" stay the company's."""
    firsts = {_company_family(clean_surface(n.text), kb) for n in names if n.type == "ORG"} - {""}
    surnames = {_surname(strip_titles(n.text)) for n in names
                if n.type == "PERSON" and len(strip_titles(n.text).split()) >= 2}
    for n in names:
        surface = strip_titles(n.text)
        if n.type != "PERSON" or len(surface.split()) != 1 or fold(surface) not in firsts:
            continue
        if surface != clean_surface(n.text):
            continue  # "Mr Ford"
        if fold(surface) in surnames and _reports(doc, n):
            continue
        n.type = "ORG"


def _company_family(name: str, kb: KnowledgeBase) -> str:
    """The folded first word of a company's name that is that word and company words or a
    country ("ford" of "Ford Motor Co.", "Ford Australia"); "" for any other name."""
    words = _plain_words(name)
    rest = words[1:]
    if rest and (all(w in COMPANY_WORDS for w in rest)
                 or (len(rest) == 1 and kb.country_of(name.split()[-1]))):
        return fold(words[0])
    return ""


# the legal forms that end a company's name, and the trade word before them ("Ford Motor Co.")
LEGAL_FORMS = company_words("legal")


def company_stem(name: str) -> str:
    """The folded family word of a company's name written with a legal form ("ford" of
    "Ford Motor Company", "Ford Motors Co.", "apple" of "Apple Inc."); "" for any other
    name ("Ford Australia", "General Motors", "Tata Group")."""
    words = _plain_words(name)
    rest = words[1:]
    if rest[:1] in (["motor"], ["motors"]):
        rest = rest[1:]
    if rest and all(w in LEGAL_FORMS for w in rest):
        return fold(words[0])
    return ""


def _plain_words(name: str) -> list:
    """A name's words lower-cased, dots dropped, not respelt as ``fold`` does."""
    return clean_surface(name).lower().replace(".", "").split()


def _surname(name: str) -> str:
    """The folded surname of a full name, a generational suffix left out ("Ford Jr")."""
    words = fold(name).split()
    while len(words) > 1 and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words = words[:-1]
    return words[-1] if words else ""


def _join_company_names(clusters: list[Cluster]) -> list[Cluster]:
    """A one-word organisation ("Ford") joins the one organisation of the article named
    by it and a legal form (``company_stem``: "Ford Motor Co."; "Ford Australia" is another
    body), and
    one the NER read as a person's partial name joins the one two-word name it is part of
    ("Northrop" of "Northrop Grumman")."""
    longer: dict = {}
    for c in clusters:
        stem = company_stem(c.canonical) if c.type == "ORG" else ""
        if stem:
            longer.setdefault(stem, []).append(c)
    merged = set()
    for c in clusters:
        targets = longer.get(fold(c.canonical), []) if c.type == "ORG" else []
        if not targets and c.type == "ORG" and all(m.was_person for m in c.mentions):
            targets = [t for t in clusters if t.type == "ORG" and len(fold(t.canonical).split()) == 2
                       and fold(c.canonical) in fold(t.canonical).split()]
        if len(targets) == 1 and targets[0] is not c:
            targets[0].mentions.extend(c.mentions)
            merged.add(id(c))
    return [c for c in clusters if id(c) not in merged]


def _reports(doc, n: Found) -> bool:
    """Whether mention ``n`` is the subject of a reporting verb ("Ford said")."""
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") \
        and span.root.head.lemma_.lower() in SPEECH_LEMMAS


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


def cluster_others(names: list[Found], kb: KnowledgeBase, new_countries: Optional[dict] = None) -> list[Cluster]:
    """Countries, governments (metonyms, seats), organisations and places, one cluster
    per canonical key; ``new_countries`` ({folded name or adjective: country name}, see
    ``new_countries.py``) are countries the KB lacks: one GPE cluster each, with no code."""
    new_countries = new_countries or {}
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
        if key in new_countries and n.type in ("GPE", "NORP"):
            canonical, type_, ccode = new_countries[key], "GPE", None
        elif n.kind == "metonym" and code:
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
            # "Wellington" of Somerset in a text never about New Zealand: no NZL code
            ccode = _org_code(kb, surface) if n.type == "ORG" else \
                (code if code and not n.town else None)
        cluster = by_key.setdefault((canonical, type_), Cluster(canonical, type_, code=ccode,
                                                                country=(ccode or "")[:3] or None))
        cluster.mentions.append(n)
    return _join_company_names(_join_shorter_names(list(by_key.values()), kb))


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
