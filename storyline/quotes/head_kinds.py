"""What kind of thing a common-noun source head names: a person, a group, or a thing.

A source phrase the writer built around a name ("one Trump confidant", "his remarks",
"the Clinton campaign") is kept as the speaker; whether a later "he said" may go on with it
depends on the head: a confidant can be "he", remarks never can. Lists are read from the
entities stage's noun lexicon (``entities/data/nominals.yaml``) and the quote lexicon, so
both stages call a noun alike.
"""
from __future__ import annotations

from typing import Optional

from ..entities.noun_lexicon import head_nouns
from ..entities.recall import LOCAL_TITLES
from .lexicon import ANONYMOUS_HEADS, CARRIER_HEADS, NON_SPEAKING_HEADS, SPEECH_ACT_NOUNS
from .nouns import FRAMED_NOUNS

# Person nouns of political news that the entities lexicon leaves to its knowledge base of
# titles; a head ending as a person noun does (-ist, -ian, -man) counts as well.
_PERSON_NOUNS = frozenset("""
leader minister senator governor president secretary chairman chairwoman chair candidate
nominee rival opponent ally confidant manager strategist adviser advisor consultant deputy
surrogate envoy ambassador lawmaker legislator congressman congresswoman representative
mayor pastor bishop pope king queen prince princess general colonel commander
""".split()) | LOCAL_TITLES | ANONYMOUS_HEADS
_PERSON_ENDINGS = ("ist", "ian", "man", "person")  # "man" holds "woman"

# Endings of nouns made from verbs and adjectives ("statement", "decision", "refusal"):
# acts, states and qualities, none of which can be a "he" or "she".
_THING_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism")
_THING_NOUNS = SPEECH_ACT_NOUNS | NON_SPEAKING_HEADS | CARRIER_HEADS | FRAMED_NOUNS | frozenset(
    "comment remark word view position stance plan policy idea proposal ad advertisement book "
    "record answer response reply".split())
_THING_TYPES = {"OBJECT", "FAC", "VEHICLE", "LOC"}


def noun_kind(lemma: str) -> Optional[str]:
    """"person", "group" or "thing" for a common noun's lemma (str, lower case), else None
    (a noun not known either way, which may name a person)."""
    typed = head_nouns().get(lemma)
    if typed == "PERSON" or lemma in _PERSON_NOUNS:
        return "person"
    if typed == "ORG":
        return "group"
    if typed in _THING_TYPES or lemma in _THING_NOUNS:
        return "thing"
    if lemma.endswith(_PERSON_ENDINGS):
        return "person"
    if len(lemma) > 5 and lemma.endswith(_THING_ENDINGS):
        return "thing"
    return None


def head_kind(head) -> Optional[str]:
    """:func:`noun_kind` of a source head (spaCy Token), by its lemma or, for a plural the
    tagger left unlemmatised ("remarks"), its word form less the -s."""
    lemma = head.lemma_.lower()
    kind = noun_kind(lemma)
    if kind is None and lemma.endswith("s") and head.tag_ in {"NNS", "NNPS"}:
        kind = noun_kind(lemma[:-1])
    return kind
