"""Cues of modality that a trigger's controllers and subject give away in fewer words:
hearsay passives ("are said to be urging"), lists of powers or aims after a colon ("new
powers: to advise ..., to lend ..."), rules that require ("the Act required agencies to
consult"), kinds wished for ("such a policy, supported by ..."), subjects that name no
one ("No Contracting State shall expel"), deeds told to be done ("told him to visit"), acts
gone on with ("kept pressing") and event nouns that may come ("an imminent clash").
:mod:`storyline.events.modality` and :mod:`storyline.events.extract` ask these."""
from __future__ import annotations

from .modality_words import HEARSAY_PASSIVES, NO_ONE, POSSIBLE_MODIFIERS, RULE_TEXTS, STIPULATIONS

# nouns whose denial argues for or against a deed: "there is no reason why X should not"
REASON_NOUNS = {"reason", "excuse", "justification", "cause", "need"}


def reason_denied(token) -> bool:
    """Whether a clause (spaCy Token, its verb) says there is "no reason why" it should or
    should not be done ("There is no reason why the FBI should not share it"): an argument
    for or against a deed, which it neither tells nor denies, whatever its own "not"."""
    return token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in REASON_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.head.children)


# verbs of command whose "to" clause is what someone is told to do, not what was done
DIRECTING_HEADS = {"tell", "order", "instruct", "direct", "command"}


def directed(token, chain: list) -> bool:
    """Whether a trigger (spaCy Token; ``chain`` its controllers) is what someone is told or
    ordered to do ("told the governor to visit the towns", "ordered the troops to withdraw"),
    or a verb joined to that ("told him to leave and visit"). "Told reporters that he had
    visited" reports a deed, and is no "to" clause."""
    steps = [token, *chain] + ([token.head] if token.dep_ == "conj" else [])
    return any(t.dep_ == "xcomp" and t.head.lemma_.lower() in DIRECTING_HEADS
               and any(c.tag_ == "TO" for c in t.children) for t in steps)


def hearsay_passive(token) -> bool:
    """Whether a controlling verb (spaCy Token) is a passive of hearsay ("are said to",
    "is believed to"): what it controls is told on others' word."""
    return token.tag_ == "VBN" and token.lemma_.lower() in HEARSAY_PASSIVES and \
        any(c.dep_ == "auxpass" for c in token.children)


def listing_noun(token):
    """The noun whose list of "to" clauses follows a colon and holds ``token`` (spaCy Token):
    "powers" for "lend" in "was given new powers: to advise the government, to lend its
    money"; the parser hangs such clauses anywhere. None when the token is no "to" clause
    of a list after a noun's colon, or a finite verb comes between."""
    if not any(c.tag_ == "TO" for c in token.children):
        return None
    doc = token.doc
    for i in range(token.left_edge.i - 1, token.sent.start, -1):
        word = doc[i]
        if word.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None
        if word.text == ":":
            before, after = doc[i - 1], doc[i + 1]
            noun = before.pos_ == "NOUN" and i - 1 >= token.sent.start
            return before if noun and after.tag_ == "TO" else None
    return None


def rule_doer(verb) -> bool:
    """Whether a verb's subject (spaCy Token: "which" stands for the noun it describes) is
    a text that lays down rules: a law, a section, a treaty."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers = [verb.head if d.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else d for d in doers]
    return any(d.lemma_.lower() in RULE_TEXTS for d in doers)


def kind_not_one(token) -> bool:
    """Whether a participle (spaCy Token) describes a kind of thing wished for, no thing
    there is: "such a policy, supported by the White House and ratified by Congress"."""
    verb = token.head if token.dep_ == "conj" and token.head.dep_ == "acl" else token
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
        c.lower_ == "such" for c in verb.head.children)


def names_no_one(noun, exceptions: bool = True) -> bool:
    """Whether a noun (spaCy Token) names no one: "No Contracting State", "nobody", "none".
    With ``exceptions`` "no candidate but Graham" and "nobody except the mayor" do not, as
    they name the one who did; without, the "no" phrase itself is still no party."""
    if exceptions and any(t.lower_ in ("but", "except", "save", "besides")
                          for t in noun.subtree if t.i > noun.i):
        return False
    return noun.lower_ in NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def no_party(noun) -> bool:
    """Whether a doer (spaCy Token) is an active subject that names no party: "No
    Contracting State shall expel", "no country has recognized", "nobody met them". A
    passive subject taken for a doer ("no expressed argument is made as to what they did")
    is left for the checks of things as doers."""
    return noun.dep_ == "nsubj" and names_no_one(noun, exceptions=False)


def no_one_did(scope: list) -> bool:
    """Whether the trigger (``scope[0]``) or a verb above it (the rest of ``scope``, list[Token])
    has a subject that names no one: "No country has recognized it", "No Contracting State
    shall expel", "nobody met them", "no country wants to recognize it". Above the trigger
    only a doer counts: in "no argument is made as to what they did to assist" the argument
    is what is not made, the assisting is not denied."""
    return any(names_no_one(s) for n, t in enumerate(scope) for s in t.children
               if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and n == 0))


DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "tomorrow", "today", "tonight"}


def scheduled_forecast(token, heads: list) -> bool:
    """Whether a trigger (spaCy Token) "is expected to" happen on a day its clause names ("are
    expected to sign the accord on Wednesday"): news tells a scheduled deed so, and a plan,
    not a guess, is what later reports that it happened fulfil. heads: its controllers'
    lemmas (modality._controller_lemmas); an undated forecast stays uncertain."""
    if "expect" not in heads or any(h != "expect" for h in heads):
        return False
    if token.dep_ == "xcomp" and any(c.dep_ == "advmod" for c in token.head.children):
        return False  # "is widely expected to attend": what observers guess
    # a day ("on Wednesday", "on June 16", "tomorrow") sets it; "next month" only forecasts
    return any(t.ent_type_ == "DATE" and (t.lower_ in DAY_WORDS or t.like_num)
               and _own_clause(t, token) for t in token.subtree)


def _own_clause(word, verb) -> bool:
    """Whether ``word`` (spaCy Token) is in ``verb``'s clause, no other verb between them
    ("sign an agreement on Wednesday": the object's date is the signing's)."""
    while word.i != verb.i:
        word = word.head
        if word.pos_ in ("VERB", "AUX") and word.i != verb.i:
            return False
    return True


# verbs that put an event on the calendar, and the nouns of its start ("set the start of
# the trial for June 16"): what they take is still to come
CALENDAR_VERBS = {"set", "schedule", "reschedule", "fix", "slate", "postpone", "delay",
                  "adjourn", "defer", "push", "bring"}
START_NOUNS = {"start", "opening", "beginning", "date", "resumption", "day"}


def put_on_the_calendar(noun):
    """"schedule" when an event noun (spaCy Token) is what a verb schedules or puts off
    ("set the start of his trial for June 16", "postponed the summit"); else None."""
    word = noun
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in START_NOUNS:
        word = word.head.head
    if word.dep_ in ("dobj", "nsubjpass") and word.head.lemma_.lower() in CALENDAR_VERBS:
        return "schedule"
    return None


def unnamed_source(word) -> bool:
    """Whether the object of "according to" (spaCy Token) is an unnamed source: a common
    noun ("traders", "residents", "two people familiar with the talks") with no name beside
    it, and no terms laid down ("the plan", "the agreement")."""
    if word.pos_ != "NOUN" or word.ent_type_ or word.lemma_.lower() in STIPULATIONS:
        return False
    return not any(c.dep_ in ("appos", "compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_)
                   for c in word.children)


def goes_on(keep) -> bool:
    """Whether "keep" (spaCy Token) heads a gerund with no object of its own between
    ("kept pressing", "keeps calling"): it goes on doing it, nothing is kept from happening."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in keep.children) and not any(
        c.dep_ in ("dobj", "prep") for c in keep.children)


def possible_noun(token):
    """The word that makes an event noun (spaCy Token) one that may come ("a possible
    battle", "an imminent clash", "any request"), or None."""
    if token.pos_ != "NOUN":
        return None
    return next((c.lower_ for c in token.children if (c.dep_ == "amod" and c.lower_ in POSSIBLE_MODIFIERS)
                 or (c.dep_ == "det" and c.lower_ == "any")), None)
