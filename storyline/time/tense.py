"""Tense of the clause a temporal expression or event trigger sits in.

The resolver needs it: "met on Wednesday" looks back, "will meet on Wednesday"
looks ahead. Read from the spaCy parse when there is one, else from cue words.
"""
from __future__ import annotations

import re
from typing import Optional

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}  # "would", "may": too often reported or past
_PAST_AUX = {"has", "have", "had", "did", "was", "were", "'ve", "'s"}
# heads of "to"-clauses that put the clause ahead: "is set to meet", "plans to visit"
_FUTURE_HEADS = {"go", "set", "due", "expect", "plan", "intend", "prepare", "schedule", "aim",
                 "hope", "want", "seek", "promise", "decide", "invite", "agree", "likely",
                 "poise", "slate", "scheduled", "expected", "about", "ready", "wish", "try",
                 "look", "need", "propose", "offer", "threaten", "vow", "pledge"}
_FUTURE_CUE = re.compile(
    r"\b(will|'ll|shall|going to|set to|due to|expected to|plans? to|planning to|intends? to|"
    r"is to|are to|scheduled to|slated to|would|to be held|upcoming|next)\b", re.I)
_PAST_CUE = re.compile(r"\b(was|were|had|has|have|did|said|met|held|\w+ed)\b", re.I)


def verb_tense(verb) -> Optional[str]:
    """"past" | "present" | "future" | None for a spaCy verb token."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "'ll", "shall", "wo"}:
        return "future"
    head = verb
    while head.dep_ in ("xcomp", "ccomp", "advcl") and head.head is not head:
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in _FUTURE_HEADS:
            # "had been due to expire Friday": a plan already past
            return "past" if _past_perfect(head.head) else "future"
        if head.dep_ == "xcomp" and head.head.lemma_.lower() == "be" and head.head.tag_ in ("VBZ", "VBP"):
            return "future"  # "is to resume trading Tuesday"
        if head.dep_ != "xcomp":
            break
        head = head.head
    if aux & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBD" or aux & _PAST_AUX - {"'s"}:
        if verb.tag_ == "VBN" and aux & {"is", "are", "'re", "am", "be"}:
            return "present"
        return "past"
    if verb.tag_ == "VBN":
        return "present" if aux & {"is", "are", "am"} else "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    if verb.tag_ == "VB" and head is not verb:
        return verb_tense(head)
    return None


def _past_perfect(token) -> bool:
    """Whether ``token`` (or the verb it complements, as "due" does "been") has "had"."""
    for tok in (token, token.head if token.dep_ in ("acomp", "attr") else None):
        if tok is not None and any(c.lower_ == "had" and c.dep_ == "aux" for c in tok.children):
            return True
    return False


def governing_verb(token):
    """The nearest verb at or above ``token`` in the parse tree, or None."""
    seen = 0
    while token is not None and seen < 12:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        seen += 1
    return None


def tense_at(doc, start: int, end: int) -> Optional[str]:
    """Tense of the clause governing the characters ``[start, end)`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span.root)
    return verb_tense(verb) if verb is not None else None


def tense_from_words(sentence: str, offset: int) -> Optional[str]:
    """Tense guessed from the cue word nearest before ``offset`` (else just after it)
    in a plain sentence, when there is no parse."""
    before = sentence[max(0, offset - 80):offset]
    future = [m.end() for m in _FUTURE_CUE.finditer(before)]
    past = [m.end() for m in _PAST_CUE.finditer(before)]
    if future or past:
        return "future" if max(future or [-1]) > max(past or [-1]) else "past"
    if _FUTURE_CUE.search(sentence[offset:offset + 30]):
        return "future"
    return "past" if _PAST_CUE.search(sentence[offset:offset + 30]) else None
