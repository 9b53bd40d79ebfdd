"""A capital written as a place, and the pronoun that acts.

"Mr Wang reached Moscow ..., marking his visit to Russia after it launched an invasion":
salience alone gives "it" to Moscow, named twice, but Moscow is written here as the place
one travels to (a metonym, "Moscow said", is its government's cluster already). A place
does not launch, invade or decide; its state does. So a neuter pronoun that is the
subject of an act takes up, instead of a capital written as a place, the most salient
candidate of the same country (the country, its government) when one is in reach; with
none it keeps the town ("Moscow ... it hosted the talks" is still the city).

A place's country: a town the text sets in a country ("Arusha, Tanzania", "Chivay, in
southern Peru") takes that country's code, as a capital does (Nairobi → KEN); so does a
city the knowledge base guards from its look-ups ("Lima") in an article naming its country.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .kb import KnowledgeBase
from .names import clean_surface, fold

# verbs whose subject may well be a place: "it is cold", "it lies on the Volga", "it hosted"
PLACE_PREDICATES = {"be", "have", "lie", "sit", "stand", "remain", "become", "seem", "look",
                    "host", "feel", "sprawl", "border", "face", "overlook"}


def town_clusters(clusters: list, kb: KnowledgeBase) -> frozenset:
    """ids of the clusters (list[Cluster]) that are a capital written as a place: a place
    named by a KB capital, with a country code."""
    return frozenset(id(c) for c in clusters
                     if c.type == "GPE" and c.code and fold(c.canonical) in kb.capitals)


def acts(doc, pron) -> bool:
    """Whether the pronoun ``pron`` (Found, in spaCy ``doc``) is the subject of an act:
    a subject whose verb is no place's predicate (``PLACE_PREDICATES``)."""
    span = doc.char_span(pron.start, pron.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() not in PLACE_PREDICATES


def state_over_town(doc, pron, top: tuple, totals: dict, towns: frozenset) -> tuple:
    """``top`` ((salience, Cluster), the pronoun's best candidate) or, when it is a capital
    written as a place (``towns``) and ``pron`` acts (:func:`acts`), the best of
    ``totals`` ({id(cluster): (salience, cluster)}) of the same country that is no town."""
    if top[1] is None or id(top[1]) not in towns or not acts(doc, pron):
        return top
    country = top[1].code[:3]
    states = [v for cid, v in totals.items()
              if cid not in towns and (v[1].code or "")[:3] == country]
    return max(states, key=lambda sc: sc[0]) if states else top


# where a text sets a place in a country, right after the place's name: "Arusha, Tanzania",
# "Chivay, in southern Peru", "Chivay, a town in southern Peru", "in Chivay in Peru"
_COMPASS = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
_PLACED = re.compile(
    r"(?:,[ \t]*(?:(?:a|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:town|city|village|port|region|province|district|county|state|area)[ \t]+)?(?:in[ \t]+)?"
    r"|[ \t]+in[ \t]+)"
    rf"(?:(?:the[ \t]+)?(?:far[ \t]+)?{_COMPASS}[ \t]+(?:part[ \t]+of[ \t]+)?)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.-]*){0,3})")
PLACE_TYPES = ("GPE", "LOC")


@lru_cache(maxsize=4)
def _country_names(kb: KnowledgeBase) -> dict:
    """{folded country name: code}: names only, no demonyms ("Arusha, Tanzanian officials
    said" sets Arusha nowhere), less those of a state or province too ("Athens, Georgia")."""
    return {fold(n): c["code"] for c in kb.countries.values() for n in c.get("names", [])
            if c.get("type", "GPE") == "GPE" and fold(n) not in kb.regions}


def placed_in(text: str, end: int, kb: KnowledgeBase) -> Optional[str]:
    """The code of the country ``text`` (str) sets the place ending at ``end`` in, right
    after its name ("Arusha, Tanzania"; "Chivay, in southern Peru"), else None."""
    m = _PLACED.match(text, end, end + 80)
    if not m:
        return None
    words, names = m.group("name").split(), _country_names(kb)
    for n in range(len(words), 0, -1):  # "Republic of Peru", else its first words
        code = names.get(fold(re.sub(r"['’]s$", "", " ".join(words[:n]).rstrip(".,"))))
        if code:
            return code
    return None


def _guarded_places(kb: KnowledgeBase) -> dict:
    """{folded name: code} of the cities the knowledge base keeps out of its look-ups
    because they mis-fire ("Lima", "Santiago"; ``guarded`` in data/countries.yaml)."""
    return {fold(n): c["code"] for c in kb.countries.values() for n in c.get("guarded", [])}


def place_countries(articles: list, kb: KnowledgeBase) -> None:
    """Give a place mention with no code its country's code (in place, on the Mentions of
    ``articles``, list[Article]) where its article sets it in one: right after the name
    (:func:`placed_in`), or, for a guarded city ("Lima"), by naming that city's country
    (Lima in an article that names Peru). Every mention of that place in the article
    takes it."""
    guarded = _guarded_places(kb)
    for a in articles:
        places = [m for m in a.mentions if m.type in PLACE_TYPES and m.kind == "name"]
        named = {m.code for m in places if m.code and len(m.code) == 3}
        found = {}
        for m in places:
            if m.code:
                continue
            key = fold(clean_surface(m.text))
            code = placed_in(a.text, m.end, kb) or (guarded.get(key) if guarded.get(key) in named else None)
            if code:
                found.setdefault(m.canonical or key, code)
        for m in places:
            if not m.code and found.get(m.canonical or fold(clean_surface(m.text))):
                m.code = found[m.canonical or fold(clean_surface(m.text))]


def share_place_codes(groups: list, story_of: dict) -> None:
    """Within one story, the mentions of a place with no code take the one code its other
    mentions have ("Arusha, Tanzania" in one article, "in Arusha" in the next), also where
    the NER typed the same words an organisation ("talks in Arusha"). ``groups``: [[(article
    id, Mention)]] one per linked entity; ``story_of``: {article id: story}. A place coded
    two ways in a story is left as it is."""
    for group in groups:
        by_story: dict = {}
        for article_id, m in group:
            if m.kind == "name":
                by_story.setdefault(story_of.get(article_id), []).append(m)
        for mentions in by_story.values():
            coded = {fold(clean_surface(m.text)): m.code for m in mentions
                     if m.type in PLACE_TYPES and m.code}
            if len(set(coded.values())) != 1:
                continue
            for m in mentions:
                if not m.code and m.type in PLACE_TYPES + ("ORG",):
                    m.code = coded.get(fold(clean_surface(m.text)))
