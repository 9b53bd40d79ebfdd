"""How a cue without a subject of its own reaches the verb that has one: "... and
said", "..., adding", "are more likely to say", "went on the radio to criticize",
"after praising"; and the clause of "calling for X to act".

Finding only: functions take spaCy tokens and return tokens.
"""
from __future__ import annotations

SUBJECTS = {"nsubj", "nsubjpass"}
_CLIMB = {"conj", "advcl", "xcomp"}  # "... and said", "..., adding", "went on to say"
# Directive cues whose addressee and infinitive are the content ("urged Europe to act").
DIRECTIVE = {"urge", "call", "ask", "demand", "propose", "warn", "advise", "encourage"}


def to_infinitive(token) -> bool:
    """A bare verb with "to": "to say", "to criticize"."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def governor(token):
    """The verb whose subject a subjectless cue borrows, or None: "... and said",
    "..., adding", "are likely to say", "went on Twitter to praise", "by saying"."""
    if token.head is token:
        return None
    if token.dep_ == "pcomp":  # "after saying", "without naming": the verb the preposition modifies
        prep = token.head
        if prep.dep_ == "prep" and prep.head.pos_ in {"VERB", "AUX"} and prep.head is not prep:
            return prep.head
        return None
    if token.dep_ == "acomp" and token.pos_ == "ADJ":  # "are likely to say"
        return token.head
    if token.dep_ not in _CLIMB:
        return None
    if token.dep_ in {"conj", "xcomp"}:
        return token.head
    # an adverbial clause with its own conjunction ("after he met") is not the speaker's;
    # a participle ("…, adding", "while saying") or a purpose infinitive ("came on the
    # show to talk") is: with no subject of its own it shares the clause's
    if any(c.dep_ == "mark" for c in token.children):
        return token.head if token.tag_ == "VBG" else None
    if token.tag_ in {"VBG", "VBN"}:
        return token.head
    if to_infinitive(token):
        return token.head
    return None


def chain_top(cue):
    """The first verb of the chain a subjectless infinitive cue hangs from: "are more
    likely to say", "tended to support", "went on Twitter to praise" (PolNeAR's cue
    spans the chain)."""
    top = cue
    for _ in range(3):
        if any(c.dep_ in SUBJECTS for c in top.children) or top.head is top:
            break
        up = top.head
        infinitive = to_infinitive(top)
        if top.dep_ == "xcomp" and infinitive or top.dep_ == "acomp" and top.pos_ == "ADJ":
            top = up
        elif top.dep_ == "advcl" and infinitive and up.pos_ == "VERB" and not any(
                c.dep_ == "mark" for c in top.children):
            top = up
        else:
            break
    return top


def for_clause(cue):
    """The clause of "calling for the United States to act", parsed as an adverbial
    clause opened by "for" right after the cue: (the "for" token, the clause) or None."""
    if cue.lemma_.lower() not in DIRECTIVE:
        return None
    for child in cue.rights:
        mark = cue.doc[child.left_edge.i]
        if child.dep_ == "advcl" and mark.lower_ == "for" and mark.dep_ == "mark" and \
                mark.i == cue.i + 1:
            return mark, child
    return None
