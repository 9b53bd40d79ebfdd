"""Which clause of a sentence a date belongs to, read from the parse: a date inside a noun,
a relative clause, a reported clause or another clause joined by "and" dates that part of
the sentence only (:func:`in_other_clause`); a clause that describes a date ("until 2023,
when the president dismissed him") happens at it (:func:`described_date`).
:mod:`.event_date` asks these of each date of an event's sentence."""
from __future__ import annotations

from typing import Optional

from .tense import governing_verb, past_perfect, speech_time_verb, verb_tense


def in_other_clause(span, target) -> bool:
    """Whether the timex dates something the trigger is not part of: a clause describing a
    noun ("sentenced for the crimes he committed on March 11") or a noun itself ("after
    she had worked for Clinton during her 2008 run, Tanden wrote that Soros can call"),
    when the trigger is outside that clause or noun; or a clause told or planned by the
    trigger's, or telling it (see :func:`_in_other_complement`). span: the timex's
    tokens; target: the trigger's token."""
    if span is None or target is None:
        return False
    root = span.root
    if root.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head  # "her 2008 run": the run's date
        if _gathering_of(noun, target):
            return False  # "to attend next month's forum": the attending's date
        return not (noun.left_edge.i <= target.i <= noun.right_edge.i)
    clause = governing_verb(root)
    for _ in range(12):
        if clause is None or clause.dep_ in ("relcl", "acl") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause is not None and clause.dep_ in ("relcl", "acl"):
        if _describes(clause, target):
            return False  # "a deal begun last year": the clause dates the noun it describes
        return not (clause.left_edge.i <= target.i <= clause.right_edge.i)
    verb = governing_verb(root)
    if verb is not None:  # "said on Friday she would open ...": Friday is the saying's
        verb = speech_time_verb(verb, span)
    return _in_other_complement(verb, target) or _other_conjunct(span, target)


# verbs whose event happens at the gathering they take: "attend next month's forum",
# "hosted Friday's meeting", "travel to the March 3 summit"
GATHERING_VERBS = {"attend", "visit", "host", "hold", "join", "chair", "skip", "boycott",
                   "convene", "open", "address", "participate", "travel", "go", "come",
                   "arrive", "head", "co-host", "cohost", "organize", "organise", "lead", "miss"}
_GATHERING_PREPS = {"at", "to", "in", "for"}


def _gathering_of(noun, target) -> bool:
    """Whether ``noun`` (holding a date) is what the trigger verb attends, visits or hosts:
    its object, or the object of its "at" / "to" / "in" / "for"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in _GATHERING_PREPS:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.i == target.i and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in GATHERING_VERBS


def _describes(clause, target) -> bool:
    """Whether a relative or participle clause describes the trigger noun itself: "a deal
    begun between them last year", "a policy of involvement dating back to the 1990s"."""
    noun = clause.head
    if target.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.i == target.i or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == target.i


# clauses that hang off a verb as what it says, wants or plans: "announced that X would be
# released in 2007", "agreed to buy them in 2009"; and a reporting verb set in its content
# ("This switch, he said, would happen next year")
_COMPLEMENTS = {"ccomp", "xcomp"}


def _climb(low, high) -> Optional[list]:
    """The dependency labels from verb ``low`` up to verb ``high``, or None when
    ``high`` is not above ``low`` (within twelve steps)."""
    deps, token = [], low
    for _ in range(12):
        if token.i == high.i:  # spaCy makes a new Token object on each access: compare indices
            return deps
        if token.head.i == token.i:
            return None
        deps.append(token.dep_)
        token = token.head
    return None


def _in_other_complement(verb, target) -> bool:
    """Whether the timex's clause (``verb``) and the trigger's are a report and what it
    reports, the date not being the trigger's: the date inside the complement of the
    trigger ("announced that it would be released in 2007": not the announcing), a
    reporting verb set inside the dated clause ("he said"), or the trigger inside the
    complement of a dated report when it is told as earlier or later than the report
    ("stated on Thursday that it had signed a contract", "said Monday it will sign")."""
    own = governing_verb(target)
    if verb is None or own is None or verb.i == own.i:
        return False
    if own.dep_ == "parataxis" and _climb(verb, own.head) is not None:
        return True  # "the switch, he said, would happen next year": the saying is not next year
    down = _climb(verb, own)  # the date below the trigger's clause
    if down is not None:
        return bool(_COMPLEMENTS & set(down))
    up = _climb(own, verb)  # the trigger below the date's clause
    if up is None or not _COMPLEMENTS & set(up):
        return False
    return past_perfect(own) or verb_tense(own) != verb_tense(verb)


_SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl"}


def _subject_of(verb):
    """The verb's own subject token, or None ("and signed a deal": the subject is shared)."""
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


def _other_conjunct(span, target) -> bool:
    """Whether the date (token span) lies in another clause joined to the trigger's by "and"
    / "but", each clause with its own subject ("Tanzania will lower its duty from June 1,
    and Kenya will lift its ban within two weeks": June 1 is the lowering's only). Verbs
    sharing one subject ("met Lavrov on Wednesday and signed a deal") may share the date,
    and so may a date before the first clause's subject ("On Monday, Kenya raised tariffs
    and Tanzania retaliated": the frame of both)."""
    own, verb = governing_verb(target), governing_verb(span.root)
    if own is None or verb is None or own.i == verb.i:
        return False
    joined = own.dep_ == "conj" and own.head.i == verb.i or verb.dep_ == "conj" and verb.head.i == own.i \
        or own.dep_ == verb.dep_ == "conj" and own.head.i == verb.head.i
    if not joined:
        return False
    theirs, mine = _subject_of(verb), _subject_of(own)
    return theirs is not None and mine is not None and theirs.left_edge.i <= span.start


def described_date(trigger, spans: list) -> Optional[int]:
    """The index into ``spans`` (the token spans of the sentence's dates, None for one not
    parsed) of the date the trigger's clause describes: a relative clause of the date
    ("served until 2023, when the president dismissed him", "in 2019, when Kenya blocked
    poultry and Tanzania burned chicks"), whatever preposition the date takes; else None."""
    verb = governing_verb(trigger) if trigger is not None else None
    for _ in range(4):  # "when Kenya blocked X and Tanzania burned Y": the second is the clause's too
        if verb is None or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb is None or verb.dep_ != "relcl":
        return None
    for index, span in enumerate(spans):
        if span is not None and span.start <= verb.head.i < span.end:
            return index
    return None
