"""Coding: which PLOVER type, mode, CAMEO code and Goldstein weight a trigger carries.

The tables are data (``events/data/lexicon.yaml`` and ``events/data/cameo.yaml``);
this module only looks words up in them. A verb is coded by the most specific
entry that matches: verb + object noun ("hold talks"), then verb + preposition or
particle ("call for", "call off"), then the verb alone ("meet").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
    """Section name -> {lemma key -> Sense} (sections: verb_objects, verb_preps,
    verb_clauses, with_object, verbs, nouns), or a set of lemmas (sections light_verbs,
    light_preps, naming_verbs, place_required, intransitive_only); "verb_keys" joins the keyed sections."""
    raw = yaml.safe_load((DATA_DIR / "lexicon.yaml").read_text())
    lex = {section: ({k: _parse_entry(k, v) for k, v in (entries or {}).items()}
                     if isinstance(entries, dict) else set(entries or []))
           for section, entries in raw.items()}
    lex["verb_keys"] = set(lex["verb_objects"]) | set(lex["verb_preps"]) | set(lex["verb_clauses"])
    lex["verb_keys"] |= set(lex["with_object"])
    # first words of the keyed entries, so a lemma is checked with one set lookup
    lex["verb_key_heads"] = {k.split(" ", 1)[0] for k in lex["verb_keys"]}
    # "returned the weapons" must not inherit "return"'s need for a destination
    lex["with_object"] = {k: replace(v, key=f"{k} +object") for k, v in lex["with_object"].items()}
    return lex


def sense_for_cameo(code: str, phrase: str = "") -> Sense:
    """A Sense built straight from a CAMEO code (for rules that re-code an event)."""
    ptype, mode, goldstein, desc = cameo_table()[code]
    return Sense(code, ptype, mode, goldstein, phrase or desc.lower(), code)


def verb_lemmas(token) -> list:
    """Lemma candidates for a verb: spaCy's, then ones made by stripping the
    inflection, because the small model mis-lemmatizes rarer verbs ("staged" -> "stag")."""
    lemma, text = token.lemma_.lower(), token.lower_
    out = [lemma]
    if text.endswith("ied"):
        out.append(text[:-3] + "y")
    if text.endswith("ed"):
        out += [text[:-1], text[:-2], text[:-3]]  # staged, shunned -> shun (doubled n)
    elif text.endswith("ing"):
        out += [text[:-3], text[:-3] + "e", text[:-4]]
    elif text.endswith("es"):
        out += [text[:-2], text[:-1]]
    elif text.endswith("s"):
        out.append(text[:-1])
    return list(dict.fromkeys(w for w in out if len(w) > 2))


def _known(lemma: str) -> bool:
    lex = lexicon()
    return lemma in lex["verbs"] or lemma in lex["light_verbs"] or lemma in lex["verb_key_heads"]


def noun_keys(noun) -> list:
    """Lookup keys for a noun (spaCy Token), most specific first: "hunger strike", "hunger", "strike"."""
    lemma = noun.lemma_.lower()
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    keys = [f"{m.lemma_.lower()} {lemma}" for m in reversed(mods)]
    # "ceasefire agreement": a compound modifier can name the event on its own
    keys += [m.lemma_.lower() for m in reversed(mods) if m.dep_ == "compound" and m.pos_ == "NOUN"]
    return keys + [lemma]


def _object_nouns(verb) -> list:
    """Nouns that can complete a light verb: objects, attributes, the passive subject
    ("talks were held"), "on alert", and the noun after "of" ("a mission of observers")."""
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "oprd"):
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "conj")
        elif child.dep_ == "prep" and child.lower_ in ("on", "in"):
            # "remained on alert", "put forces on alert"
            out.extend(c for c in child.children if c.dep_ == "pobj")
    for noun in list(out):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _preps(verb) -> list:
    """(preposition or particle word, its token) pairs that can complete a verb phrase."""
    out = []
    for child in verb.children:
        # "called Xi on Tuesday" is not "call on": a date object never completes a phrase
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            continue
        if child.dep_ in ("prt", "prep", "agent"):
            out.append((child.lower_, child))
        elif child.dep_ == "advcl":
            # "pushing hard for the US (to) support": the parser makes "for" a clause marker
            out.extend((m.lower_, m) for m in child.children if m.dep_ == "mark" and m.lower_ == "for")
    return out


def _lookup(verb, lemma: str, lex: dict) -> tuple:
    """(Sense, phrase tokens) for one lemma candidate of ``verb``; (None, []) when none."""
    for word, child in _preps(verb):
        if child.dep_ == "prt" and f"{lemma} {word}" in lex["verb_preps"]:
            return lex["verb_preps"][f"{lemma} {word}"], []  # "called off a strike"
    nouns = _object_nouns(verb)
    for noun in nouns:
        for key in noun_keys(noun):
            if f"{lemma} {key}" in lex["verb_objects"]:
                return lex["verb_objects"][f"{lemma} {key}"], [noun]
    if lemma in lex["light_verbs"]:
        # "staged a hunger strike", "imposed martial law": the noun names the event
        for noun in nouns:
            sense = sense_for_noun(noun)
            if sense is not None:
                return sense, [noun]
    for word, child in _preps(verb):
        if f"{lemma} {word}" in lex["verb_preps"]:
            return lex["verb_preps"][f"{lemma} {word}"], []
        if f"{lemma} {word}" in lex["light_preps"]:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                sense = sense_for_noun(pobj)  # "engaged in ethnic cleansing"
                if sense is not None:
                    return sense, [pobj]
    if lemma in lex["verb_clauses"] and any(c.dep_ == "ccomp" for c in verb.children):
        return lex["verb_clauses"][lemma], []  # "a rights group protested (that) ..."
    if lemma in lex["naming_verbs"] and any(c.dep_ in ("oprd", "xcomp", "acomp") for c in verb.children):
        return None, []  # "calling them pure invention" names, it does not phone
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if lemma in lex["intransitive_only"] and has_object:
        return None, []
    if lemma in lex["with_object"] and has_object:
        return lex["with_object"][lemma], []  # "return weapons", not a trip
    return lex["verbs"].get(lemma), []


def sense_and_phrase(verb) -> tuple:
    """(Sense | None, tokens of the trigger phrase besides the verb) for a verb token."""
    lex = lexicon()
    candidates = verb_lemmas(verb)
    for lemma in [c for c in candidates if c == candidates[0] or _known(c)]:
        sense, extra = _lookup(verb, lemma, lex)
        if sense is not None:
            return sense, extra
    return None, []


def sense_for_verb(verb) -> Optional[Sense]:
    """The Sense of a verb token (spaCy Token), or None when it is not an event trigger."""
    return sense_and_phrase(verb)[0]


def needs_place(sense: Sense) -> bool:
    """Whether a bare-verb trigger counts only with a destination ("reached Moscow")."""
    return sense.key in lexicon()["place_required"]


def sense_for_noun(noun) -> Optional[Sense]:
    """The Sense of a nominal trigger ("meeting", "hunger strike", "invasion"), or None."""
    nouns = lexicon()["nouns"]
    return next((nouns[k] for k in noun_keys(noun) if k in nouns), None)


@lru_cache(maxsize=1)
def _class_table() -> dict:
    raw = yaml.safe_load((DATA_DIR / "event_classes.yaml").read_text())
    table: dict = {}
    for name, lemmas in raw.items():
        for lemma in lemmas:
            table.setdefault(str(lemma), set()).add(name)
    return {lemma: frozenset(names) for lemma, names in table.items()}


def event_classes(lemma: str) -> frozenset:
    """The kinds of happening (``events/data/event_classes.yaml``) a trigger lemma
    (str, lower case) can name: "killed" and "death" are both "dying"."""
    table = _class_table()
    if lemma in table:
        return table[lemma]
    # plural or mis-lemmatized forms ("quakes", "dies")
    for cut in (1, 2):
        if lemma.endswith("s") and lemma[:-cut] in table:
            return table[lemma[:-cut]]
    return frozenset()


# nominalisations a suffix rule cannot reach ("the death" tells of someone who died)
IRREGULAR_STEMS = {"death": "die", "dead": "die", "shot": "shoot", "gunfire": "fire",
                   "sale": "sell", "loss": "lose", "theft": "steal", "birth": "bear",
                   "choice": "choos",
                   "flight": "fly", "growth": "grow", "speech": "speak", "trial": "try"}
_DERIVATION_SUFFIXES = ("ation", "ition", "ment", "ance", "ence", "ing", "ion", "ure", "al",
                        "ate", "ed", "er", "e")


def trigger_stem(lemma: str) -> str:
    """A derivational stem shared by a verb and its nominalisations, so that
    "elect"/"election", "shoot"/"shooting", "arrive"/"arrival" meet (lemma: str, lower case)."""
    word = lemma
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]  # a lemmatizer that took a verb for a plural noun: "checks", "dies"
    word = IRREGULAR_STEMS.get(word, word)
    for suffix in _DERIVATION_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "winning" -> "winn" -> "win"
    return word


# classes too loose to bridge two PLOVER types: two statements are rarely one
UNBRIDGING_CLASSES = {"saying", "confirming", "meeting"}


@lru_cache(maxsize=16384)  # event merging asks for every pair of mentions in a story
def trigger_classes(text: str) -> frozenset:
    """The event classes (``events/data/event_classes.yaml``) of a trigger's words
    (text: str, e.g. "killed", "held talks"), trying the inflected forms' bases."""
    out: set = set()
    for word in re.findall(r"[a-z]+", text.lower()):
        forms = [word, trigger_stem(word)]
        if word.endswith("ed"):
            forms += [word[:-1], word[:-2], word[:-3]]  # died, killed, shunned
        elif word.endswith("ing"):
            forms += [word[:-3], word[:-3] + "e", word[:-4]]
        for form in forms:
            out |= event_classes(form)
    return frozenset(out - UNBRIDGING_CLASSES)


def type_family(ptype: str):
    """A key two PLOVER types share exactly when :func:`compatible_types` holds for them
    (so that event merging can look up compatible mentions instead of testing each)."""
    return ("family", "CONSULT") if ptype in CONSULT_FAMILY else ptype


def compatible_types(a: str, b: str) -> bool:
    """Whether two PLOVER types can name the same real-world event."""
    return type_family(a) == type_family(b)


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
