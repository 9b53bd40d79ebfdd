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


def bound_apart(doc, antecedent: Found, pron: Found) -> bool:
    """Whether any of the three rules below rules ``antecedent`` out for ``pron`` (both
    Found in spaCy ``doc``); the spans are built once, and only where a rule may apply."""
    rules = [rule for applies, rule in _RULES if applies(antecedent, pron)]
    if not rules:
        return False
    a, p = spans(doc, antecedent, pron)
    return a is not None and p is not None and any(rule(a, p) for rule in rules)


def same_clause_conflict(doc, antecedent: Found, pron: Found) -> bool:
    """Principle B: "he met him" — an object pronoun is not its own verb's subject."""
    if not _object_of_subject(antecedent, pron):
        return False
    a, p = spans(doc, antecedent, pron)
    return a is not None and p is not None and _same_verb(a, p)


def _object_of_subject(antecedent: Found, pron: Found) -> bool:
    return pron.dep in ("dobj", "iobj", "pobj") and antecedent.dep in SUBJECT_DEPS


def _same_verb(a, p) -> bool:
    """Whether the object pronoun's span ``p`` is governed by the verb of subject span ``a``."""
    head = p.root.head
    if p.root.dep_ == "pobj":
        head = head.head
    return a.root.head == head


def _subject_pronoun_after(antecedent: Found, pron: Found) -> bool:
    return pron.dep in SUBJECT_DEPS and antecedent.start <= pron.start


def _inside_subjectless_adjunct(a, p) -> bool:
    """"By putting the onus on Trump, he allows ...": a clause without a subject of its
    own ("putting", "speaking to", "after meeting") that opens the sentence has the main
    clause's subject as its doer, so that subject pronoun ``p`` (a span) is not a name
    ``a`` inside the clause."""
    verb = p.root.head
    top = next((t for t in [a.root, *a.root.ancestors] if t.head == verb and t != verb), None)
    if top is None or top.dep_ not in ("advcl", "prep") or top.i > p.root.i:
        return False
    clause = top if top.dep_ == "advcl" else next(
        (c for c in top.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")), None)
    return (clause is not None and clause.tag_ in ("VBG", "VBN", "VB")
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.children))


def _named_subject(antecedent: Found, pron: Found) -> bool:
    return pron.dep in SUBJECT_DEPS and antecedent.kind != "pronoun"


def _reported_by(a, p) -> bool:
    """Principle C: a subject pronoun ``p`` (a span) of a verb of saying is not a name (or
    noun) ``a`` inside what it says — "'Obama has failed,' he said" and "Obama, he said,
    had failed" report someone other than the speaker, as "He said Obama had failed" does."""
    verb, within = p.root.head, set(a.root.ancestors) | {a.root}
    if verb.lemma_.lower() not in SPEECH_LEMMAS or p.root.lower_ in REFLEXIVES:
        return False  # other verbs: the parser often hangs a clause before ";" on them
    if verb.dep_ == "parataxis":  # the parenthetical speaker of the clause around it
        return verb.head in within and verb not in within
    return any(c in within for c in verb.children if c.dep_ == "ccomp")


# (whether a rule may apply, on the Found records; the rule, on their spans), in the
# order they are tried
_RULES = ((_object_of_subject, _same_verb), (_subject_pronoun_after, _inside_subjectless_adjunct),
          (_named_subject, _reported_by))
