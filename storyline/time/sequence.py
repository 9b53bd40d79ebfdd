"""Clauses that set their event apart in time from the clause they hang off: "after",
"since", "before" (earlier or later by a span the text may measure) and "until" (the
clause's event ends the main one's). Read from the spaCy parse; used by :mod:`.event_date`."""
from __future__ import annotations

from typing import Optional

from .tense import governing_verb


# subordinators that set their clause's event earlier (-1) or later (+1) than the main
# clause's: "released them on Tuesday, a week after they were detained"
# "until": the clause's event ends the main one's, so it is no earlier ("talks went on until
# the ceasefire was signed on Friday": Friday is the signing's, not the talks')
SEQUENCE_MARKS = {"after": -1, "since": -1, "before": 1, "until": 1, "till": 1}


def sequence_clause(token):
    """The innermost clause holding ``token`` (a spaCy token) that "after" / "since" /
    "before" / "until" sets apart in time from the clause it hangs off, as (its verb, direction:
    -1 earlier, +1 later), or None. A finite clause ("after they were detained") or a
    gerund ("after being detained") always counts; a noun ("a week after the
    detention") only with a measure, as "after talks" may be the same day."""
    node = token
    for _ in range(12):
        if node.dep_ == "advcl":
            for child in node.children:
                if child.dep_ == "mark" and child.lower_ in SEQUENCE_MARKS:
                    return node, SEQUENCE_MARKS[child.lower_]
        prep = node.head
        if node.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ in SEQUENCE_MARKS \
                and (_measured_prep(prep) or node.dep_ == "pcomp" and prep.head.pos_ in ("VERB", "AUX")):
            return node, SEQUENCE_MARKS[prep.lower_]
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _measured_prep(prep) -> bool:
    """Whether "after" / "before" (token) carries a measure: "a day after the seizure"
    (the measure heads it, or hangs off it) when its phrase hangs off a verb."""
    if prep.head.dep_ == "npadvmod":
        return True  # "gathered on Wednesday, [a day [after the seizure]]"
    return prep.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "npadvmod" for c in prep.children)


def in_until(span, own_sequence) -> bool:
    """Whether a date (token span) sits in an "until" clause the trigger (whose
    sequence clause starts at token ``own_sequence``) is not inside."""
    clause = sequence_clause(span.root) if span is not None else None
    if clause is None or index_of(clause) == own_sequence:
        return False
    return any(c.lower_ in ("until", "till") for c in clause[0].children if c.dep_ == "mark") or \
        clause[0].head.lower_ in ("until", "till")


def marker_of(clause) -> Optional[str]:
    """The word ("after", "until", ...) that opens a :func:`sequence_clause`, lower-cased."""
    node = clause[0]
    marks = [c.lower_ for c in node.children if c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS]
    return marks[0] if marks else node.head.lower_ if node.head.lower_ in SEQUENCE_MARKS else None


def hangs_off(span, trigger) -> bool:
    """Whether the sequence clause ("until", "after" ...) holding a date (token span)
    hangs off the trigger's clause."""
    clause, own = sequence_clause(span.root), governing_verb(trigger)
    return clause is not None and own is not None and governing_verb(clause[0].head) is not None \
        and governing_verb(clause[0].head).i == own.i


def index_of(clause) -> Optional[int]:
    return None if clause is None else clause[0].i
