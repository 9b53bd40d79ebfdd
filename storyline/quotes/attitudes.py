"""Attributions whose content is a thing, not a clause: a stance, judgement or
perception ("Christie endorsed Trump", "she focused on childhood obesity", "the poll
showed Trump leading", "Trump was criticized by his rivals").

Reporting and attitude verbs come from ``lexicon`` (hand-written lists plus lemmas
counted as cues in PolNeAR train). Finding only: functions return char spans.
"""
from __future__ import annotations

from typing import Optional

from .lexicon import INDIRECT_VERBS, verb_lemma

# Verbs whose direct object is the person addressed, not what was said ("told reporters").
ADDRESSEE_VERBS = frozenset("""
tell inform ask remind assure warn urge persuade convince press pressure
brief reassure lecture order encourage beg implore invite
""".split())
# Right dependents of the cue that end its content: another clause begins.
_CLAUSE_END = {"advcl", "conj", "cc", "parataxis", "ccomp", "relcl"}
_ENDING_PUNCT = set(",;:.—–-")
# Prepositions that set the scene of a verb phrase rather than extend its object.
_SETTING_PREPS = {"during", "after", "before", "throughout", "amid", "since", "despite", "while",
                  "via"}
# Where something is said: "in a tweet", "at a rally", "on its Facebook page".
_VENUES = {"tweet", "statement", "interview", "speech", "rally", "event", "debate", "call", "court",
           "media", "page", "email", "e-mail", "letter", "post", "conference", "briefing", "start",
           "end", "number", "video", "ad", "op-ed", "column", "remarks", "appearance", "town",
           "forum", "meeting", "show", "program", "radio", "television", "network", "twitter"}


def _edges(tokens: list) -> Optional[tuple]:
    """Char span from the first token's subtree start to the last's subtree end,
    without punctuation at either edge."""
    doc = tokens[0].doc
    lo = min(t.left_edge.i for t in tokens)
    hi = max(t.right_edge.i for t in tokens)
    while lo <= hi and (doc[lo].is_punct and not doc[lo].is_quote or doc[lo].is_space):
        lo += 1
    while hi >= lo and (doc[hi].text in _ENDING_PUNCT or doc[hi].is_space):
        hi -= 1
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _is_time(token) -> bool:
    """'on Tuesday', 'last week': when, not what."""
    if token.dep_ == "npadvmod" or token.ent_type_ in {"DATE", "TIME"}:
        return True
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in token.children)


def _is_setting(token) -> bool:
    """'in a tweet', 'at a rally', 'after the debate': where or when the cue happened,
    not part of what it is about."""
    if token.dep_ != "prep":
        return False
    if token.lower_ in _SETTING_PREPS:
        return True
    venue = next((c for c in token.children if c.dep_ == "pobj"), None)
    return token.lower_ in {"in", "on", "at"} and venue is not None and \
        venue.lemma_.lower() in _VENUES


# Words that stand for what was said: "75 percent said yes", "half said so", "he would
# not say when" (the parse hangs them as an interjection or adverb, not an object).
_ANSWERS = {"yes", "no", "so", "when", "why", "how", "where", "whether"}


def _short_answer(cue, child) -> bool:
    """Whether ``child``, right after a speech verb, is a one-word answer it reports."""
    return child.i == cue.i + 1 and child.dep_ in {"intj", "advmod"} and \
        child.lower_ in _ANSWERS and cue.lemma_.lower() in {"say", "answer", "reply", "tell"} \
        and child.n_rights == 0


def passive_content(cue) -> Optional[tuple]:
    """'X was criticized by Y': the subject X is what Y's attitude is about."""
    if not any(c.dep_ == "agent" for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in {"who", "which", "that"}:
        return None
    return _edges([subject])


def _completes_object(child) -> bool:
    """Whether a right dependent of the cue still says something of its object, though
    the parse hangs it on the verb: a role ("pointed to China as the enforcer", "saw
    him as captured by …") or an infinitive ("the other's fitness to lead", "calls to
    drop out"). PolNeAR's contents keep them (bench/polnear_bounds.py, train 0-400:
    "as" with no subject of its own kept 9 times to 0, "to" 14 to 2); "as he spoke"
    is a time."""
    if child.dep_ == "prep":
        return child.lower_ == "as"
    if child.dep_ != "advcl":
        return False
    first = child.left_edge.lower_
    if first == "to":  # not "called friends to say …": that reports something of its own
        return child.tag_ == "VB" and verb_lemma(child) not in INDIRECT_VERBS
    return first == "as" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children)


# Prepositions that, after a cue's object, send it somewhere ("called him into his office"),
# and particles that make the cue summon or cancel ("called in the army", "called off the
# strike"); not "out" or "up" ("called out the senator", "brought up the deal" are stances).
_INTO = {"into", "onto", "inside"}
_SUMMONS = {"in", "off"}


def _moves_someone(cue) -> bool:
    """Whether the cue sends its object somewhere or calls it off ("called him into his
    office", "called off the strike"): the verb says nothing, and its object with the place
    is no stance."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    for child in cue.rights:
        if child.dep_ == "prt" and child.lower_ in _SUMMONS:
            return True
        if objects and child.i > objects[0].i and child.dep_ == "prep" and child.lower_ in _INTO:
            return True
    return False


def object_content(cue, prep=None) -> Optional[tuple]:
    """The thing a stance is about: the object (with its complement) after the cue,
    or the object of the cue's preposition ``prep`` ("vote for X"), with a role or
    infinitive the parse hangs on the cue (:func:`_completes_object`)."""
    if prep is not None:
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if not objects:
            return None
        after = [c for c in cue.rights if c.i > prep.i]
        if after and after[0].dep_ == "prep" and _completes_object(after[0]):
            objects.append(after[0])  # "pointed to China as the regional enforcer"
        return _edges(objects)
    if _moves_someone(cue):
        return None
    addressee = cue.lemma_.lower() in ADDRESSEE_VERBS
    parts = []
    for child in cue.rights:
        if child.dep_ in {"dobj", "dative"} and not addressee or _short_answer(cue, child):
            parts.append(child)
        elif parts and _completes_object(child):
            parts.append(child)
        elif parts and (child.dep_ in _CLAUSE_END or _is_time(child) or _is_setting(child)):
            break  # "..., saying", "when he ...", "on Tuesday", "in a tweet": the content has ended
        elif parts and child.dep_ != "punct":
            parts.append(child)  # PolNeAR's content runs to the end of the verb phrase
    if not parts:
        return None
    return _edges(parts)
