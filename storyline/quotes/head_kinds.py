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
# titles; a head ending as a person noun does counts as well (:func:`_kind_by_ending`).
_PERSON_NOUNS = frozenset("""
leader minister senator governor president secretary chairman chairwoman chair candidate
nominee rival opponent ally confidant manager strategist adviser advisor consultant deputy
surrogate envoy ambassador lawmaker legislator congressman congresswoman representative
mayor pastor bishop pope king queen prince princess general colonel commander
""".split()) | LOCAL_TITLES | ANONYMOUS_HEADS
# Groups that speak as one in political news but that the entities lexicon leaves untyped
# or types as a place ("camp"): "the Clinton campaign said …; they added" goes on with it.
_GROUP_NOUNS = frozenset("campaign camp caucus delegation panel side".split())
# Agent endings ("economist", "historian", "spokesman"; "man" holds "woman"). Each needs a
# stem of three letters or more before it, which leaves out the short words that only
# look alike ("list", "wrist", "heist", "human", "Oman"); "man" and "woman" themselves are
# in the entities lexicon.
_PERSON_ENDINGS = ("ist", "ian", "man", "person")
# Look-alikes that name a thing: short words and compounds of one ("checklist", "backfist",
# "zeitgeist", "snowman"), and nouns of measure and furniture ("median", "ottoman").
_LOOKALIKE_THINGS = frozenset("""
list wrist twist mist gist heist waist hoist grist fist backfist blacklist whitelist checklist
playlist shortlist longlist waitlist wishlist watchlist hitlist setlist tracklist booklist
median meridian ottoman talisman walkman snowman strawman durian
""".split())
_LOOKALIKE_THING_ENDINGS = ("geist",)
# Look-alikes that are no person noun, nor surely a thing: verbs the tagger may take for
# nouns ("insist", "coexist"), animals, and "human", which is anyone.
_LOOKALIKE_OTHERS = frozenset("""
insist resist assist persist consist desist subsist coexist enlist amphibian reptilian
mammalian caiman cayman doberman
""".split())
_LOOKALIKE_OTHER_ENDINGS = ("human",)

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
    if lemma in _GROUP_NOUNS:
        return "group"
    typed = head_nouns().get(lemma)
    if typed == "PERSON" or lemma in _PERSON_NOUNS:
        return "person"
    if typed == "ORG":
        return "group"
    if typed in _THING_TYPES or lemma in _THING_NOUNS:
        return "thing"
    return _kind_by_ending(lemma)


def _kind_by_ending(lemma: str) -> Optional[str]:
    """"person" for an agent noun (an agent ending after a stem of three letters or more),
    "thing" for a look-alike of one that names a thing or for a noun of an act or quality
    ("statement"), else None; lemma (str): a noun's lemma, lower case."""
    if lemma in _LOOKALIKE_THINGS or lemma.endswith(_LOOKALIKE_THING_ENDINGS):
        return "thing"
    if lemma in _LOOKALIKE_OTHERS or lemma.endswith(_LOOKALIKE_OTHER_ENDINGS):
        return None
    if any(lemma.endswith(ending) and len(lemma) - len(ending) >= 3 for ending in _PERSON_ENDINGS):
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
