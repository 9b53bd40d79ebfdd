"""Clauses that name an act without telling that it was done: a trip's purpose and a
question left open.

"Relatives had flown to the capital to meet him" tells why they went, not that they met
him; "the negotiator did not say how many hostages would be freed" asks, and answers
nothing. The first is an intended act (planned), the second no event at all.
"""
from __future__ import annotations

# verbs of going somewhere: an infinitive of purpose under one is what the trip is for
MOTION_VERBS = {"travel", "fly", "come", "head", "return", "sail", "drive", "arrive", "rush",
                "hurry", "journey", "gather", "converge", "flock", "cross", "walk", "march"}
# words opening an indirect question ("how many", "whether", "when")
QUESTION_WORDS = {"how", "whether", "if", "when", "what", "which", "who", "whom", "why", "where"}
# verbs of telling or knowing: negated, their question stays open ("did not say whether")
TELLING_VERBS = {"say", "disclose", "reveal", "specify", "know", "tell", "confirm", "explain",
                 "indicate", "elaborate", "detail", "announce", "comment", "state", "clarify"}
# verbs and adjectives that leave their question open whatever their polarity
ASKING_WORDS = {"ask", "wonder", "question", "unclear", "uncertain", "unknown", "undecided"}


def trip_purpose(verb) -> bool:
    """Whether a verb (spaCy Token) is the "to" infinitive of purpose of a trip ("travelled
    to Ostend to meet him"): what the travellers meant to do, not something told as done."""
    head = verb.head
    return (verb.dep_ == "advcl" and head.i != verb.i and head.lemma_.lower() in MOTION_VERBS
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children))


def open_question(verb) -> bool:
    """Whether a verb (spaCy Token) heads an indirect question that nobody answers: "did
    not say how many would be freed", "asked whether talks would resume", "it is unclear
    when the dam will reopen"."""
    if verb.dep_ not in ("ccomp", "xcomp", "advcl"):
        return False
    opener = verb.left_edge
    if opener.lower_ not in QUESTION_WORDS or opener.i >= verb.i:
        return False
    head = verb.head
    words = {head.lemma_.lower(), *(c.lower_ for c in head.children if c.dep_ == "acomp")}
    if words & ASKING_WORDS:
        return True
    negated = any(c.dep_ == "neg" for c in head.children)
    return negated and head.lemma_.lower() in TELLING_VERBS


# verbs of choosing between ways of acting ("chose talking over shouting", "opted for waiting")
CHOOSING_VERBS = {"choose", "prefer", "opt", "pick", "select"}


def chosen_way(verb) -> bool:
    """Whether a gerund (spaCy Token) names a way someone chose or prefers ("two nations
    have chosen talking over shouting", "opted for negotiating"): a stance, no act told."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("dobj", "pobj", "pcomp", "xcomp"):
        return False
    head = verb.head.head if verb.dep_ in ("pobj", "pcomp") else verb.head
    return head.lemma_.lower() in CHOOSING_VERBS and not any(
        c.dep_ in ("nsubj", "poss") for c in verb.children)
