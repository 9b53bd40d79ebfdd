"""Trials as events: "the trial of Charles Phiri opened on Monday" is legal action taken
against him (CAMEO 173, arrest, detain or charge with legal action, as "prosecute" is), so a
trial set for a day is that action planned and its opening the action carried out. A trial of
no one (a clinical trial, a trial run, trial and error) is no event at all.

Court steps the codebooks have no code for stay uncoded: a plea ("pleaded not guilty"), an
adjournment, a hearing's date set.
"""
from __future__ import annotations

from .stances import POST_HOLDERS

# words that make "trial" a test, not a court case ("a clinical trial", "a trial run")
TESTS = {"clinical", "drug", "vaccine", "field", "free", "time", "pilot", "medical",
         "randomized", "randomised", "human", "run", "period", "balloon", "error"}
ACCUSED_WORDS = POST_HOLDERS | {"defendant", "suspect", "accused", "man", "woman", "officer",
                                "soldier", "policeman", "lawmaker", "businessman", "mp"}


def _person(token) -> bool:
    """Whether a token names a person who can be tried."""
    return token.ent_type_ == "PERSON" or token.lower_ in ("him", "her", "them") or \
        token.lemma_.lower() in ACCUSED_WORDS


def trial_of_no_one(noun) -> bool:
    """Whether "trial" (spaCy Token) is no one's court case: a test ("clinical trial",
    "trial run"), or a trial whose accused the text does not attach ("the trial of Phiri",
    "Phiri's trial", "his trial" are kept)."""
    if any(c.lower_ in TESTS for c in noun.children) or noun.head.lower_ in TESTS:
        return True
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return not any(_person(o) or o.lower_ in ("his", "her", "their") for o in owners)
