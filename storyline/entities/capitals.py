"""A capital written as a place, and the pronoun that acts.

"Mr Wang reached Moscow ..., marking his visit to Russia after it launched an invasion":
salience alone gives "it" to Moscow, named twice, but Moscow is written here as the place
one travels to (a metonym, "Moscow said", is its government's cluster already). A place
does not launch, invade or decide; its state does. So a neuter pronoun that is the
subject of an act takes up, instead of a capital written as a place, the most salient
candidate of the same country (the country, its government) when one is in reach; with
none it keeps the town ("Moscow ... it hosted the talks" is still the city).
"""
from __future__ import annotations

from .kb import KnowledgeBase
from .names import fold

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
