"""Syntax that rules a person out as a pronoun's antecedent (binding): "he met him" is two
men, an opening clause without a subject is the main subject's, and a speaker is not the
one his words name ("'Obama has failed,' he said")."""
from __future__ import annotations

from .discourse import SPEECH_LEMMAS
from .find import Found

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
REFLEXIVES = {"himself", "herself", "themselves", "itself"}


def spans(doc, antecedent: Found, pron: Found) -> tuple:
    """The spaCy spans of an antecedent and a pronoun (either None where no tokens align)."""
    return (doc.char_span(antecedent.start, antecedent.end, alignment_mode="expand"),
            doc.char_span(pron.start, pron.end, alignment_mode="expand"))


def same_clause_conflict(doc, antecedent: Found, pron: Found) -> bool:
    """Principle B: "he met him" — an object pronoun is not its own verb's subject."""
    if pron.dep not in ("dobj", "iobj", "pobj") or antecedent.dep not in SUBJECT_DEPS:
        return False
    a, p = spans(doc, antecedent, pron)
    if a is None or p is None:
        return False
    head = p.root.head
    if p.root.dep_ == "pobj":
        head = head.head
    return a.root.head == head


def inside_subjectless_adjunct(doc, antecedent: Found, pron: Found) -> bool:
    """"By putting the onus on Trump, he allows ...": a clause without a subject of its
    own ("putting", "speaking to", "after meeting") that opens the sentence has the main
    clause's subject as its doer, so that subject pronoun is not a name inside the clause."""
    if pron.dep not in SUBJECT_DEPS or antecedent.start > pron.start:
        return False
    a, p = spans(doc, antecedent, pron)
    if a is None or p is None:
        return False
    verb = p.root.head
    top = next((t for t in [a.root, *a.root.ancestors] if t.head == verb and t != verb), None)
    if top is None or top.dep_ not in ("advcl", "prep") or top.i > p.root.i:
        return False
    clause = top if top.dep_ == "advcl" else next(
        (c for c in top.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")), None)
    return (clause is not None and clause.tag_ in ("VBG", "VBN", "VB")
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.children))


def reported_by(doc, antecedent: Found, pron: Found) -> bool:
    """Principle C: a subject pronoun of a verb of saying is not a name (or noun) inside
    what it says — "'Obama has failed,' he said" and "Obama, he said, had failed" report
    someone other than the speaker, as "He said Obama had failed" does."""
    if pron.dep not in SUBJECT_DEPS or antecedent.kind == "pronoun":
        return False
    a, p = spans(doc, antecedent, pron)
    if a is None or p is None:
        return False
    verb, within = p.root.head, set(a.root.ancestors) | {a.root}
    if verb.lemma_.lower() not in SPEECH_LEMMAS or p.root.lower_ in REFLEXIVES:
        return False  # other verbs: the parser often hangs a clause before ";" on them
    if verb.dep_ == "parataxis":  # the parenthetical speaker of the clause around it
        return verb.head in within and verb not in within
    return any(c in within for c in verb.children if c.dep_ == "ccomp")
