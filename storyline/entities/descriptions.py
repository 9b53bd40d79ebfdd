"""What the articles call a named person: the common nouns written with the name
("actress Lindsay Lohan", "the 26-year-old actress Lindsay Lohan", "Shawn Holley, her
lawyer"), so that a bare "the actress" of another article can find its person.

A description is a person noun of ``data/nominals.yaml`` (see ``nominals.head_nouns``)
written right before a name with only spaces between (a title-like premodifier the
parser reads as a compound, which the nominal finder does not take), the last noun of a
predicate after the name ("Esther Williams was a champion swimmer."), or a nominal the
article already joined to the person (an apposition). Descriptions are facts about a
person, so they are gathered over the whole corpus; ``link`` still uses them only inside
one story, where exactly one person must carry the description.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Mention
from .noun_lexicon import head_nouns

# the last word before a name, with nothing but spaces (no line break) between
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_LOOKBACK = 40
# verbs of telling, as written: their object may stand right before the subject of what
# was told ("told police LaCalamita loaded a shotgun"), where the noun is no title
TELLING_FORMS = frozenset("""
    tell tells telling told inform informs informed informing assure assures assured assuring
    warn warns warned warning remind reminds reminded reminding notify notifies notified
    notifying ask asks asked asking advise advises advised advising convince convinces
    convinced convincing""".split())
_TOLD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+[A-Za-z]+[ \t]+$")
# "Esther Williams was a champion swimmer ." / "Reid , who is an actress ,": a copula and
# an indefinite or definite phrase whose last word the next word does not extend
_COPULA = re.compile(r"^(?:\s*,\s*who)?\s+(?:is|was|became|has been|had been)\s+(?:a|an|the)\s+"
                     r"((?:[A-Za-z-]+\s+){0,3}?)([a-z]+)(?=\s*[,.;:]|\s+(?:and|who|in|of|for|at|from|"
                     r"with|on|since|until|before|after)\b)")
_LOOKAHEAD = 80


def person_nouns() -> set:
    """Nouns of ``data/nominals.yaml`` that describe a person ("actress", "lawyer")."""
    return {word for word, type_ in head_nouns().items() if type_ == "PERSON"}


def described_as(text: str, mention: Mention, nouns: set) -> set:
    """Person nouns that ``text`` (str, the article text) writes with the name ``mention``
    (Mention): the word right before it ("actress Lindsay Lohan"; not a telling verb's object,
    "told police LaCalamita ...", see ``TELLING_FORMS``) or the name's own first
    word when the recogniser took it in ("Actress Lindsay Lohan"); a nominal mention
    gives its head."""
    if mention.kind == "nominal":
        return {mention.head} if mention.head in nouns else set()
    if mention.kind != "name":
        return set()
    found = set()
    words = mention.text.split()
    if len(words) >= 3 and words[0].lower() in nouns:
        found.add(words[0].lower())
    lead = text[max(0, mention.start - _LOOKBACK):mention.start]
    before = _WORD_BEFORE.search(lead)
    told = _TOLD_BEFORE.search(lead)
    if before and before.group(1).lower() in nouns and not (told and told.group(1).lower() in TELLING_FORMS):
        found.add(before.group(1).lower())
    after = _COPULA.match(text[mention.end:mention.end + _LOOKAHEAD])
    if after and after.group(2) in nouns:
        found.add(after.group(2))
    return found


def person_descriptions(local: dict, texts: dict, group_of) -> dict:
    """{group: set of person nouns} for the PERSON keys of ``local`` ({(article id,
    canonical, type): [Mention]}), pooled by ``group_of(key)`` (the corpus-wide entity a
    key belongs to); ``texts`` maps article id → text."""
    nouns = person_nouns()
    pooled = defaultdict(set)
    for key, mentions in local.items():
        if key[2] != "PERSON" or all(m.kind in ("nominal", "pronoun") for m in mentions):
            continue
        text = texts.get(key[0], "")
        for m in mentions:
            pooled[group_of(key)] |= described_as(text, m, nouns)
    return pooled
