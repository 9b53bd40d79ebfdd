"""Verb forms for writing and comparing event phrases: 'meet' -> 'met', 'meets', 'met'.

One table of English irregular verbs (``data/irregular_verbs.tsv``: past and participle
per verb) serves every module that inflects a verb: event summaries (participles of the
passive, the third person), story summaries (the simple past) and event merging (which
forms share a base). Regular forms are made by rule.

Usable alone::

    from storyline.verbs import past_tense, past_participle
    past_tense("hold")          # 'held'
    past_participle("ban")      # 'banned'
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

IRREGULAR_VERBS = Path(__file__).resolve().parent / "data" / "irregular_verbs.tsv"
VOWELS = "aeiou"
# stressed final syllables that double their consonant ("admitted", "patrolled")
DOUBLING = {"admit", "commit", "permit", "submit", "omit", "refer", "prefer", "occur",
            "control", "patrol", "compel", "expel", "repel", "propel", "regret", "equip",
            "transfer"}
# the present of "be" and "have", which no rule makes
IRREGULAR_3SG = {"have": "has", "be": "is", "do": "does", "go": "goes"}
BE_PAST = {"be": "was", "is": "was", "am": "was", "are": "were"}


@lru_cache(maxsize=1)
def irregular_verbs() -> dict:
    """{base: (past, participle, other forms (tuple), kept apart in merging (bool))}."""
    table = {}
    for line in IRREGULAR_VERBS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("base\t"):
            continue
        base, past, part, other, merge = line.split("\t")
        others = tuple(o for o in other.split(",") if o != "-")
        table[base] = (past, part, others, merge == "apart")
    return table


@lru_cache(maxsize=1)
def merge_bases() -> dict:
    """{inflected form: {base forms}} of the irregular verbs whose forms event merging may
    read as one word ("left" -> {"leave"}, "lay" -> {"lie", ...}); the verbs marked apart
    in the table (meet, wind, grind, be) give none."""
    out: dict = {}
    for base, (past, part, others, apart) in irregular_verbs().items():
        if apart:
            continue
        for form in dict.fromkeys((past, part, *others)):
            if form != base:
                out.setdefault(form, set()).add(base)
    return out


def _doubles(verb: str) -> bool:
    """Whether a verb doubles its last consonant before "-ed": one syllable ending in
    consonant, vowel, consonant ("ban", "stop"), or a stressed last syllable ("admit")."""
    one_syllable_cvc = (len(verb) >= 3 and verb[-1] not in VOWELS + "wxy"
                        and verb[-2] in VOWELS and verb[-3] not in VOWELS
                        and sum(c in VOWELS for c in verb) == 1)
    return one_syllable_cvc or verb in DOUBLING


def regular_ed(verb: str) -> str:
    """The "-ed" form of a regular verb: 'sign' -> 'signed', 'deny' -> 'denied', 'ban' -> 'banned'."""
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def past_tense(verb: str) -> str:
    """Simple past of a base-form verb (str): 'meet' -> 'met', 'sign' -> 'signed';
    the present of "be" gives its past ('is' -> 'was', 'are' -> 'were')."""
    if verb in BE_PAST:
        return BE_PAST[verb]
    irregular = irregular_verbs().get(verb)
    return irregular[0] if irregular else regular_ed(verb)


def past_participle(verb: str, said: str = "") -> str:
    """'detain' -> 'detained', 'swear' -> 'sworn', 'ban' -> 'banned'.

    verb (str): the base form. said (str): the word as written; taken when it is already
    a regular "-ed" form of ``verb`` ("travelled"), keeping the text's spelling.
    """
    irregular = irregular_verbs().get(verb)
    if irregular:
        return irregular[1]
    said = said.lower()
    if said.endswith("ed") and said[:3] == verb[:3]:
        return said
    return regular_ed(verb)


def third_person(verb: str) -> str:
    """'meet' -> 'meets', 'fly' -> 'flies', 'go' -> 'goes' (present, third person singular)."""
    if verb in IRREGULAR_3SG:
        return IRREGULAR_3SG[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def base_form(word: str) -> str:
    """The base of a present-tense form: 'meets' -> 'meet', 'denies' -> 'deny', 'goes' -> 'go'."""
    special = {"has": "have", "is": "be", "does": "do", "are": "be"}
    if word in special:
        return special[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
