"""The country an article is about, lent to the roles and state bodies it names with no
country of their own: "President Almazbek Usenov" in an article about Kyrgyzstan is
Kyrgyzstan's president, "riot police" in Bishkek are Kyrgyz police, "the opposition
leader" is Kyrgyzstan's opposition.

A role or body takes a country only where the text leaves no doubt: its own sentence
names that one country and no other, or names none while the article names one country
at least three times as often as any other (the ratio "the country" needs in
``nominals.py``). A sentence naming two countries lends none ("Greek officials met
Iran's envoy ... the spokesman").
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from .find import Found
from .kb import KnowledgeBase
from .resolve import _org_code

# the head nouns of state bodies, with their CAMEO sector ("riot police" → COP)
STATE_BODIES = {"police": "COP", "government": "GOV", "army": "MIL", "military": "MIL",
                "troops": "MIL", "soldiers": "MIL", "opposition": "OPP", "cabinet": "GOV",
                "parliament": "LEG", "navy": "MIL", "coast guard": "MIL"}
_NAMED = ("GPE", "NORP")


def _country_of(kb: KnowledgeBase, n: Found) -> Optional[str]:
    if n.type not in _NAMED or n.kind not in ("name", "metonym"):
        return None
    code = kb.country_of(n.text)  # a union ("EU", type ORG) is no one's home country
    return code if code and kb.countries.get(code, {}).get("type", "GPE") != "ORG" else None


def country_context(names: list[Found], kb: KnowledgeBase, sentence_of, ratio: int = 3) -> tuple:
    """(home, by_sentence) of one article's ``names`` (list[Found]), read in one pass: the
    country (ISO code) they name at least ``ratio`` times as often as any other, counting
    its towns and demonyms, else None; and {sentence index: set of country codes its names
    give}. What :func:`place_roles` and :func:`state_body_code` lend from."""
    counts: Counter = Counter()
    by_sentence: dict = {}
    for n in names:
        if code := _country_of(kb, n):
            counts[code] += 1
            by_sentence.setdefault(sentence_of(n.start), set()).add(code)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < ratio * ranked[1][1]):
        return None, by_sentence
    return ranked[0][0], by_sentence


def lent_country(at: int, home: Optional[str], by_sentence: dict, sentence_of) -> Optional[str]:
    """The country a role or body at offset ``at`` takes: its sentence's one country, else
    the article's ``home`` when the sentence names none; None when two could be meant."""
    named = by_sentence.get(sentence_of(at), set())
    if len(named) == 1 and (home is None or named == {home}):
        return next(iter(named))
    return home if not named else None


def place_roles(roles: list[Found], context: tuple, kb: KnowledgeBase, sentence_of) -> None:
    """Give each role of ``roles`` (list[Found]) that names no country the country its
    ``context`` (:func:`country_context`) lends it (see :func:`lent_country`); a title many
    hold at once with no country ("the judge", "a mayor") and an international office stay
    as they are."""
    home, by_sentence = context
    for r in roles:
        if r.country or not r.offices or any(kb.offices.get(o, {}).get("bare") is False
                                             for o in r.offices):
            continue
        country = lent_country(r.start, home, by_sentence, sentence_of)
        offices = kb.offices_for_title(r.title, country) if country and r.title else []
        if country and offices and all(o in r.offices for o in offices):
            r.country, r.offices = country, offices


def state_body_code(head: str, at: int, home: Optional[str], by_sentence: dict,
                    sentence_of) -> Optional[str]:
    """Actor code of a state body written with no country ("riot police", "the opposition")
    whose head noun is ``head`` (str), at offset ``at``: the lent country plus the body's
    sector, else None."""
    sector = STATE_BODIES.get(head)
    country = lent_country(at, home, by_sentence, sentence_of) if sector else None
    return country + sector if country else None


_OWNER_GAP = ("'s ", "’s ", " ")


def owned_body_codes(text: str, names: list, kb: KnowledgeBase) -> dict:
    """{id(name): code} for organisation names the text writes right after their country
    ("Kyrgyzstan's Central Election Commission", "the Kenyan Electoral Commission" the NER
    cut after the adjective): the code the whole phrase gives (``resolve._org_code``: a
    state body's words make it GOV or MIL)."""
    found = {}
    ordered = sorted(names, key=lambda n: n.start)
    for owner, body in zip(ordered, ordered[1:]):
        if body.type != "ORG" or text[owner.end:body.start] not in _OWNER_GAP \
                or not _country_of(kb, owner):
            continue
        if code := _org_code(kb, text[owner.start:body.end]):
            found[id(body)] = code
    return found
