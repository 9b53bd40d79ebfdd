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

from .actors import is_agentive
from .sense_checks import not_an_event_sense
from .senses import PERSON_OBJECT_ONLY, names_someone, names_something, noun_not_event, phone_call
from .stances import leaves_a_post, removes_from_post

DATA_DIR = Path(__file__).parent / "data"

# adverbs the small parser gives for phrasal-verb particles ("stepped down", "pulled out")
PARTICLES = {"down", "out", "up", "off", "back", "away", "over", "in"}

# a date after these completes the phrase: "gave them until Friday to leave" sets a deadline
DEADLINE_PREPS = {"until", "till"}
# finite forms: a clause in one states a fact ("insisted (that) the troops acted lawfully")
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}

# modifiers that make any person a suspect ("suspected members", "wanted men")
SUSPECT_MARKS = {"suspected", "alleged", "wanted", "accused"}

# verbs whose "to death" is no assault ("sentenced to death" is a court's act)
NOT_KILLING = {"sentence", "condemn", "doom", "bore", "scare", "frighten", "worry", "freeze"}

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
    verb_clauses, with_object, with_thing_object, with_person_object, verbs, nouns,
    nouns_with_complement),
    or a set of lemmas (sections light_verbs, light_preps, naming_verbs, place_required,
    intransitive_only); "verb_keys" joins the keyed sections. The lexicon's
    verb_object_sets (verb class x noun class) are expanded into verb_objects, its
    noun_sets (modifier x noun) into nouns; "verb_complements" maps "verb complement-verb"
    to the verb it stands for ("order leave" -> "expel")."""
    raw = yaml.safe_load((DATA_DIR / "lexicon.yaml").read_text())
    classes = {**(raw.pop("verb_classes", None) or {}), **(raw.pop("noun_classes", None) or {})}
    sets = raw.pop("verb_object_sets", None) or []
    noun_sets = raw.pop("noun_sets", None) or []
    aliases = raw.pop("verb_complements", None) or {}
    required = raw.pop("object_required", None) or {}
    lex = {section: ({k: _parse_entry(k, v) for k, v in (entries or {}).items()}
                     if isinstance(entries, dict) else set(entries or []))
           for section, entries in raw.items()}
    for key, sense in _expand_sets(sets, "verbs", classes).items():
        lex["verb_objects"].setdefault(key, sense)  # a written-out pair wins over a set
    for key, sense in _expand_sets(noun_sets, "modifiers", classes).items():
        lex["nouns"].setdefault(key, sense)
    lex["verb_complements"] = aliases
    lex["object_required"] = {verb: set(_members([w for w in words if w[0] != "+"], classes))
                              | {w for w in words if w[0] == "+"}
                              for verb, words in required.items()}
    # every word of a noun entry, so most nouns are turned away before their keys are built
    lex["noun_words"] = {w for k in lex["nouns"] for w in k.split()}
    lex["verb_keys"] = set(lex["verb_objects"]) | set(lex["verb_preps"]) | set(lex["verb_clauses"])
    lex["verb_keys"] |= set(lex["with_object"]) | set(lex["with_thing_object"])
    # first words of the keyed entries, so a lemma is checked with one set lookup
    lex["verb_key_heads"] = {k.split(" ", 1)[0] for k in lex["verb_keys"]}
    lex["verb_complement_heads"] = {k.split(" ", 1)[0] for k in aliases}
    # "returned the weapons" must not inherit "return"'s need for a destination
    lex["with_object"] = {k: replace(v, key=f"{k} +object") for k, v in lex["with_object"].items()}
    return lex


def _members(names: list, classes: dict) -> list:
    """The words of a set's list, each "@class" replaced by that class's words."""
    out = []
    for name in names:
        out.extend(_members(classes[name[1:]], classes) if name.startswith("@") else [name])
    return out


def _expand_sets(sets: list, heads: str, classes: dict) -> dict:
    """Lexicon entries from its classes: each item {"code", "phrase", ``heads``, "nouns"}
    stands for every "head noun" pair (a CAMEO class is one act named by many verbs over
    many objects: "allow/let/admit inspectors"; or by one noun under many modifiers:
    "joint drill/patrol"). Lists may name a shared class as "@class" (verb_classes,
    noun_classes), so that one list of, say, aid goods serves every verb of giving."""
    out = {}
    for item in sets:
        for head in _members(item[heads], classes):
            for noun in _members(item["nouns"], classes):
                out[f"{head} {noun}"] = _parse_entry(f"{head} {noun}", f"{item['code']} | {item['phrase']}")
    return out


def sense_for_cameo(code: str, phrase: str = "") -> Sense:
    """A Sense built straight from a CAMEO code (for rules that re-code an event)."""
    ptype, mode, goldstein, desc = cameo_table()[code]
    return Sense(code, ptype, mode, goldstein, phrase or desc.lower(), code)


# British -ise/-isation spellings ("mobilised", "organisation"): the lexicon lists the -ize forms
_BRITISH_IS = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$")
_BRITISH_ENDINGS = ("ise", "ised", "ises", "ising", "isation", "isations")


def american_spelling(word: str) -> str:
    """The -ize form of a British -ise word ("mobilisation" -> "mobilization"); other
    words unchanged. Only ever tried as an extra lookup key, so a word like "advise" that
    has no -ize form is harmless."""
    if not word.endswith(_BRITISH_ENDINGS):
        return word  # the common case, without a regex (called for every noun and verb key)
    return _BRITISH_IS.sub(r"iz\1", word)


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
    out += [american_spelling(w) for w in out]
    if _undoubled_e_form(text, lemma):
        return list(dict.fromkeys([text[:-1], lemma] + [w for w in out[1:] if len(w) > 2]))
    # spaCy's own lemma stays even when short ("go" for "went")
    return list(dict.fromkeys([lemma] + [w for w in out[1:] if len(w) > 2]))


def _undoubled_e_form(text: str, lemma: str) -> bool:
    """Whether a past form is the "-e" verb's though spaCy stripped "-ed" ("raped" -> "rap"):
    a short vowel before one final consonant would have doubled it ("rapped"), so a single
    one after consonant-vowel belongs to the "-e" verb, when the lexicon knows that verb."""
    if not (text.endswith("ed") and lemma == text[:-2] and len(text) >= 5):
        return False
    vowels = "aeiou"
    return (text[-3] not in vowels + "wxy" and text[-4] in vowels and text[-5] not in vowels
            and _known(text[:-1]))


def _known(lemma: str) -> bool:
    lex = lexicon()
    return (lemma in lex["verbs"] or lemma in lex["light_verbs"] or lemma in lex["verb_key_heads"]
            or lemma in lex["verb_complement_heads"])


def noun_keys(noun) -> list:
    """Lookup keys for a noun (spaCy Token), most specific first: "hunger strike", "hunger", "strike"."""
    lemma = noun.lemma_.lower()
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    keys = [f"{m.lemma_.lower()} {lemma}" for m in reversed(mods)]
    # "state of emergency", "show of force": the "of" noun completes the name
    keys += [f"{lemma} of {o.lemma_.lower()}" for p in noun.children if p.dep_ == "prep"
             and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # "ceasefire agreement": a compound modifier can name the event on its own
    keys += [m.lemma_.lower() for m in reversed(mods) if m.dep_ == "compound" and m.pos_ == "NOUN"]
    keys.append(lemma)
    if noun.pos_ == "NUM" and any(c.tag_ == "$" for c in noun.children):
        keys.append("dollar")  # "give $3 million": a sum of money, whatever its currency sign
    if any(m.lower_ in SUSPECT_MARKS for m in mods):
        keys.append("suspect")  # "two suspected ETA members" are suspects, whatever the noun
    return list(dict.fromkeys(keys + [american_spelling(k) for k in keys]))


def _object_nouns(verb) -> list:
    """Nouns that can complete a light verb: objects, attributes, the passive subject
    ("talks were held"), "on alert", and the noun after "of" ("a mission of observers")."""
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "oprd") or (
                child.dep_ == "npadvmod" and child.pos_ == "NOUN"):  # "gave them 48 hours"
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "conj")
        elif child.dep_ == "prep" and child.lower_ in ("on", "in"):
            # "remained on alert", "put forces on alert"; not "on March 11", a day
            out.extend(c for c in child.children if c.dep_ == "pobj"
                       and c.ent_type_ not in ("DATE", "TIME"))
        elif child.dep_ == "ccomp" and any(c.tag_ == "TO" for c in child.children):
            # "allowed inspectors to resume": the parser makes the object the clause's subject
            out.extend(c for c in child.children if c.dep_ == "nsubj")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        out.append(verb.head)  # "a general strike called by the opposition"
    if not out:  # "expel or return a refugee": verbs joined before one object share it
        out.extend(o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                   for o in c.children if o.dep_ == "dobj")
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
        if child.dep_ == "prep" and child.lower_ not in DEADLINE_PREPS and \
                any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            continue
        if child.dep_ in ("prt", "prep") and child.i < verb.i:
            continue  # "On Twitter, Bush called Trump ...": a phrase before the verb is no particle
        if _bounds_a_sum(child):
            continue  # "give up to $150 million": a bound on the sum, no "give up"
        if child.dep_ in ("prt", "prep", "agent"):
            out.append((child.lower_, child))
        elif child.dep_ == "advmod" and child.lower_ in PARTICLES and _particle_position(verb, child):
            out.append((child.lower_, child))  # "stepped down": the parser's adverb is a particle
        elif child.dep_ == "advcl":
            # "pushing hard for the US (to) support": the parser makes "for" a clause marker
            out.extend((m.lower_, m) for m in child.children if m.dep_ == "mark" and m.lower_ == "for")
    return out


def _particle_position(verb, adverb) -> bool:
    """Whether an adverb sits where a verb's particle goes: right after the verb ("pulled
    out its troops") or right after its object ("pulled its troops back", "called the
    strike off"), since English lets the object come between a verb and its particle."""
    if adverb.i == verb.i + 1:
        return True
    return any(c.dep_ == "dobj" and c.i > verb.i and c.right_edge.i + 1 == adverb.i
               for c in verb.children)


def _particle(preps: list) -> str:
    """The particle word ("over" in "handed over") among a verb's :func:`_preps`, or ""."""
    return next((w for w, c in preps if c.dep_ in ("prt", "advmod")), "")


def _bounds_a_sum(word) -> bool:
    """Whether "up" (spaCy Token) opens "up to <number>"."""
    doc = word.doc
    return word.lower_ == "up" and word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "to" and (
        doc[word.i + 2].like_num or doc[word.i + 2].ent_type_ in ("MONEY", "CARDINAL", "PERCENT")
        or doc[word.i + 2].tag_ == "$")


def _object_sense(verb, lemma: str, lex: dict, prt: str = "") -> tuple:
    """(Sense, [noun]) from the verb's object nouns, most specific key first. With a
    particle only "verb particle noun" entries count ("handed over the suspects");
    without, "verb noun" ("hold talks"), then, for a light verb, the noun alone
    ("launched air strikes")."""
    light = lemma in lex["light_verbs"] and not prt
    verb_part = f"{lemma} {prt}" if prt else lemma
    for noun in _object_nouns(verb):
        for key in noun_keys(noun):
            if f"{verb_part} {key}" in lex["verb_objects"]:
                return lex["verb_objects"][f"{verb_part} {key}"], [noun]
            if light and key in lex["nouns"] and not noun_not_event(noun, lex["nouns"][key]):
                return lex["nouns"][key], [noun]
    return None, []


def _prep_objects_of(preps: list) -> list:
    """(preposition words, object noun) under a verb's :func:`_preps`: "of the talks" ->
    (["of"], talks); the parser hangs "out of" as one preposition under another:
    (["out", "of"], talks)."""
    out = []
    for word, child in preps:
        for grand in child.children:
            if grand.ent_type_ in ("DATE", "TIME"):
                continue  # "committed on March 11" names a day, not a march
            if grand.dep_ == "pobj":
                out.append(([word], grand))
            elif grand.dep_ == "prep":
                out.extend(([word, grand.lower_], g) for g in grand.children if g.dep_ == "pobj")
    return out


def _prep_object_sense(preps: list, lemma: str, lex: dict, prt: str) -> tuple:
    """(Sense, [noun]) from a preposition's object: "took to the streets", "pulled out
    of the talks" (verb_objects keyed "verb [particle] prep noun"), "engaged in ethnic
    cleansing" (light_preps), "beaten to death"; ``preps`` are the verb's :func:`_preps`,
    ``prt`` its :func:`_particle`."""
    for words, pobj in _prep_objects_of(preps):
        word = " ".join(words)
        if word == "to" and pobj.lemma_.lower() == "death" and lemma not in NOT_KILLING and not any(
                c.dep_ in ("poss", "det") for c in pobj.children):  # not "responded to Jobs' death"
            return sense_for_cameo("182", f"{lemma} to death"), [pobj]
        for key in noun_keys(pobj):
            for phrase in ([f"{lemma} {prt} {word} {key}"] if prt else []) + [f"{lemma} {word} {key}"]:
                if phrase in lex["verb_objects"]:
                    return lex["verb_objects"][phrase], [pobj]
            if f"{lemma} {word}" in lex["light_preps"] and key in lex["nouns"]:
                return lex["nouns"][key], [pobj]
    return None, []


def complement_alias(verb, lemma: str, lex: dict) -> Optional[str]:
    """The verb that "verb X to do Y" stands for ("ordered the envoy to leave" is
    "expelled the envoy"), from the lexicon's verb_complements, or None."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and any(c.tag_ == "TO" for c in child.children):
            alias = lex["verb_complements"].get(f"{lemma} {child.lemma_.lower()}")
            if alias and not leaves_a_post(child):  # "asked to leave the firm" quits a job
                return alias
    return None


def _lookup(verb, lemma: str, lex: dict) -> tuple:
    """(Sense, phrase tokens) for one lemma candidate of ``verb``; (None, []) when none."""
    if not_an_event_sense(verb, lemma) or (lemma in lex["naming_verbs"] and names_something(verb)):
        return None, []  # "called Trump 'unhinged'", "call the attack an act of terrorism"
    alias = complement_alias(verb, lemma, lex)
    if alias is not None:
        lemma = alias  # then coded as that verb over the same object ("expel journalists")
    preps = _preps(verb)  # once: the particle, preposition objects and verb_preps all read it
    prt = _particle(preps)
    sense, extra = _prep_object_sense(preps, lemma, lex, prt)
    if sense is not None:
        return sense, extra
    if prt:
        sense, extra = _object_sense(verb, lemma, lex, prt)
        if sense is not None:
            return sense, extra  # "handed over the suspects"
        if f"{lemma} {prt}" in lex["verb_preps"]:
            return lex["verb_preps"][f"{lemma} {prt}"], []  # "called off a strike"
    sense, extra = _object_sense(verb, lemma, lex)
    if sense is not None:
        return sense, extra
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if lemma in lex["with_object"] and (has_object or {"auxpass", "nsubjpass"} <= {
            c.dep_ for c in verb.children}):
        # "returned the prisoners to Veloria", "refugees were returned to Karsk": someone
        # sent back, no trip "to" a place
        return lex["with_object"][lemma], []
    for word, child in preps:
        if has_object and word in PARTICLES and child.dep_ == "prep" and any(
                g.dep_ == "pobj" for g in child.children):
            continue  # "give $150 million in aid" is no "give in": the verb has its object
        if f"{lemma} {word}" in lex["verb_preps"]:
            return lex["verb_preps"][f"{lemma} {word}"], []
    if lemma in lex["statement_clauses"] and any(
            c.dep_ in ("ccomp", "parataxis") and _finite(c) for c in verb.children):
        return sense_for_cameo("010", lemma), []  # "insisted the soldiers acted lawfully" states
    if lemma in lex["verb_clauses"] and any(c.dep_ == "ccomp" for c in verb.children):
        return lex["verb_clauses"][lemma], []  # "a rights group protested (that) ..."
    if lemma in lex["intransitive_only"] and (has_object or any(
            c.dep_ == "ccomp" for c in verb.children)):
        return None, []  # "demonstrated that it can build cars" shows, it does not protest
    things = [c for c in verb.children if c.dep_ == "dobj" and not _names_actor(c)]
    if lemma in lex["with_thing_object"] and things:
        return lex["with_thing_object"][lemma], []  # "welcomed the decision": praise, not a visit
    if lemma in lex["with_person_object"] and removes_from_post(verb):
        return lex["with_person_object"][lemma], []  # "dismissed the minister": no rejection
    if lemma in PERSON_OBJECT_ONLY and things:
        return None, []
    if lemma in lex["object_required"] and not _keeps_bare_sense(verb, lex["object_required"][lemma]):
        return None, []  # "offered an address", "hosted the Oscars", "attended school"
    return lex["verbs"].get(lemma), []


def _keeps_bare_sense(verb, allowed: set) -> bool:
    """Whether a verb of the lexicon's object_required has an object (or passive subject)
    among ``allowed`` (set of noun lemmas, "+actor", "+clause"): the nouns themselves, an
    object naming someone, or a to-infinitive ("offered to resign")."""
    if "+clause" in allowed and any(c.dep_ in ("xcomp", "ccomp") and any(
            g.tag_ == "TO" for g in c.children) for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)  # "the summit attended by Xi"
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which")
                                    for c in verb.children):
        objects.append(verb.head)  # "the emails it received"
    for obj in objects:
        if any(k in allowed for k in noun_keys(obj)):
            return True
        if "+actor" in allowed and names_someone(obj):
            return True
    return False


def _finite(verb) -> bool:
    """Whether a clause's verb is finite and indicative ("acted", "would withdraw"), not a
    subjunctive ("insisted that he resign"), which demands."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _names_actor(token) -> bool:
    """Whether a noun names someone who can act (a person, body or place-as-government)."""
    return token.pos_ in ("PROPN", "PRON") or is_agentive(token)


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
    lex = lexicon()
    lemma = noun.lemma_.lower()
    if lemma in lex["nouns_with_complement"] and any(
            (c.dep_ == "prep" and c.lower_ == "for")
            or (c.dep_ == "acl" and any(g.tag_ == "TO" for g in c.children)) for c in noun.children):
        return lex["nouns_with_complement"][lemma]
    if not _may_have_key(noun, lemma, lex["noun_words"]):
        return None
    nouns = lex["nouns"]
    sense = next((nouns[k] for k in noun_keys(noun) if k in nouns), None)
    if sense is not None and sense.key == "call" and not phone_call(noun):
        return None  # "his call drew ire", "a distress call": no one was phoned
    if noun_not_event(noun, sense):
        return None  # "a bidding war with higher-revenue teams", "attack ads"
    return sense


def _may_have_key(noun, lemma: str, words: set) -> bool:
    """Whether any of :func:`noun_keys` can be a noun entry: each key holds the lemma (or
    its -ize form) unless it comes from a modifier, so a noun with neither in ``words``
    (the entries' words) and no modifier before it has none. Called for every noun."""
    if lemma in words or american_spelling(lemma) in words:
        return True
    return any(c.dep_ in ("compound", "amod") and c.i < noun.i for c in noun.children)


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
