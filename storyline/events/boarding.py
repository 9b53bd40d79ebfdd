"""Boarding a vessel: a seizure when armed men board it, a trip when anyone else does.

"Commandos boarded the tanker" tells of a seizure (CAMEO 171); "passengers boarded the
ferry" of no event. The lexicon codes "board <vessel>" as a seizure; :func:`drop_boarding_trips`
drops the findings whose doer is named and is no armed or official body.
"""
from __future__ import annotations

# doers whose boarding of a vessel is taken by force
FORCE_NOUNS = {"guard", "troop", "force", "soldier", "commando", "navy", "marine", "pirate",
               "police", "coastguard", "militant", "gunman", "raider", "hijacker", "sailor",
               "officer", "agent", "army", "military", "unit", "personnel", "special"}


def _by_force(doer) -> bool:
    """Whether a doer (spaCy Token) is armed or official: a force word, or a named body."""
    words = {doer.lemma_.lower(), *(c.lemma_.lower() for c in doer.children
                                   if c.dep_ in ("compound", "amod"))}
    return bool(words & FORCE_NOUNS) or doer.ent_type_ in ("ORG", "GPE", "NORP")


def drop_boarding_trips(by_token: dict) -> None:
    """Drop "board <vessel>" findings whose named doer boards by no force ("the
    passengers boarded the ferry"). by_token (dict[int, Finding]): one sentence, in place."""
    for i in list(by_token):
        finding = by_token[i]
        if finding.sense.key.startswith("board ") and finding.sources and \
                not any(_by_force(s) for s in finding.sources):
            del by_token[i]
