"""Coding: which PLOVER type, mode, CAMEO code and Goldstein weight a trigger carries.

The tables are data (``events/data/lexicon.yaml`` and ``events/data/cameo.yaml``);
this module only looks words up in them. A verb is coded by the most specific
entry that matches: verb + object noun ("hold talks"), then verb + preposition or
particle ("call for", "call off"), then the verb alone ("meet").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

DATA_DIR = Path(__file__).parent / "data"

# the CONSULT family: meetings, visits, calls and talks all count as one kind of event
CONSULT_FAMILY = {"CONSULT"}


@dataclass(frozen=True)
class Sense:
    """What one trigger means.

    cameo (str): CAMEO code, e.g. "040".
    type (str): PLOVER event type, e.g. "CONSULT".
    mode (str | None): PLOVER mode, e.g. "visit", "phone".
    goldstein (float): conflict (-10) to cooperation (+10) weight.
    phrase (str): base-form predicate for summaries, e.g. "hold talks with".
    key (str): the lexicon entry that matched, e.g. "hold talk".
    """

    cameo: str
    type: str
    mode: Optional[str]
    goldstein: float
    phrase: str
    key: str


@lru_cache(maxsize=1)
def cameo_table() -> dict:
    """CAMEO code -> (PLOVER type, mode or None, Goldstein, description)."""
    raw = yaml.safe_load((DATA_DIR / "cameo.yaml").read_text())
    return {str(code): (row[0], row[1] or None, float(row[2]), row[3]) for code, row in raw.items()}


def _parse_entry(key: str, value: str) -> Sense:
    code, _, phrase = (part.strip() for part in value.partition("|"))
    ptype, mode, goldstein, _desc = cameo_table()[code]
    return Sense(code, ptype, mode, goldstein, phrase, key)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Section name -> {lemma key -> Sense} (sections: verb_objects, verb_preps, verbs,
    nouns), or a set of lemmas (sections place_required, intransitive_only)."""
    raw = yaml.safe_load((DATA_DIR / "lexicon.yaml").read_text())
    return {section: ({k: _parse_entry(k, v) for k, v in entries.items()}
                      if isinstance(entries, dict) else set(entries))
            for section, entries in raw.items()}


def sense_for_cameo(code: str, phrase: str = "") -> Sense:
    """A Sense built straight from a CAMEO code (for rules that re-code an event)."""
    ptype, mode, goldstein, desc = cameo_table()[code]
    return Sense(code, ptype, mode, goldstein, phrase or desc.lower(), code)


def _object_lemmas(verb) -> list:
    """Lemmas of the nouns that can complete a light verb: objects, attributes,
    the passive subject ("talks were held") and objects of a particle ("carry out an attack")."""
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "oprd"):
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "conj")
        elif child.dep_ == "prep" and child.lower_ in ("on", "in"):
            # "remained on alert", "put forces on alert"
            out.extend(c for c in child.children if c.dep_ == "pobj")
    for child in verb.children:
        if child.dep_ == "prt":
            out.extend(c for c in verb.children if c.dep_ == "dobj")
    return [t.lemma_.lower() for t in out]


def sense_for_verb(verb) -> Optional[Sense]:
    """The Sense of a verb token (spaCy Token), or None when it is not an event trigger."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    for noun in _object_lemmas(verb):
        sense = lex["verb_objects"].get(f"{lemma} {noun}")
        if sense:
            return sense
    for child in verb.children:
        # "called Xi on Tuesday" is not "call on": a date object never completes a phrase
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            continue
        if child.dep_ in ("prt", "prep", "agent"):
            sense = lex["verb_preps"].get(f"{lemma} {child.lower_}")
            if sense:
                return sense
    if lemma in lex["intransitive_only"] and any(c.dep_ == "dobj" for c in verb.children):
        return None
    return lex["verbs"].get(lemma)


def needs_place(sense: Sense) -> bool:
    """Whether a bare-verb trigger counts only with a destination ("reached Moscow")."""
    return sense.key in lexicon()["place_required"]


def sense_for_noun(noun) -> Optional[Sense]:
    """The Sense of a nominal trigger ("meeting", "visit", "invasion"), or None."""
    return lexicon()["nouns"].get(noun.lemma_.lower())


def compatible_types(a: str, b: str) -> bool:
    """Whether two PLOVER types can name the same real-world event."""
    return a == b or (a in CONSULT_FAMILY and b in CONSULT_FAMILY)


def intent_type(sense: Sense) -> str:
    """The PLOVER type for a stated intention to do ``sense``: an intended
    cooperative act is AGREE (CAMEO 03), an intended hostile act THREATEN (CAMEO 13)."""
    if sense.type in ("AGREE", "THREATEN", "REQUEST", "REJECT"):
        return sense.type
    return "AGREE" if sense.goldstein >= 0 else "THREATEN"


# PLOVER types of the 2016 draft used by the gold-standard records (and by older
# coders) from CAMEO roots; the 2021 spec folded them into ACCUSE, REQUEST and ASSAULT.
LEGACY_BY_CAMEO_ROOT = {"02": "DEMAND", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE",
                        "19": "FIGHT", "20": "FIGHT"}
LEGACY_TO_2021 = {"INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE",
                  "FIGHT": "ASSAULT"}


def legacy_type(ptype: str, cameo: Optional[str]) -> str:
    """The 2016-draft PLOVER type for a 2021 type and its CAMEO code."""
    if cameo and ptype in ("ACCUSE", "REQUEST", "ASSAULT"):
        return LEGACY_BY_CAMEO_ROOT.get(cameo[:2], ptype)
    return ptype
