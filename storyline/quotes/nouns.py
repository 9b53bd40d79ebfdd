"""Noun cues with a possessive source: "her remark that …", "Trump's criticism of Bush",
"Pence's call for a special prosecutor" (PolNeAR marks the noun, with its adjectives
and preposition, as the cue; the possessor as the source).

Finding only: returns cue tokens and char offsets.
"""
from __future__ import annotations

from typing import Optional

from .extents import close_open_quote
from .lexicon import CUE_NOUNS
from ..nlp import doc_text

# Nouns that, with a possessor, usually attribute (PolNeAR train counts, plus a few
# that name an utterance outright); "his position on", "her comments on" mostly do not.
STATEMENT_NOUNS = CUE_NOUNS | frozenset("remark endorsement call request".split())
_CONTENT_PREPS = {"of", "for", "on", "against", "about", "to"}


def _content_prep(noun):
    return next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS
                 and any(o.dep_ == "pobj" for o in c.children)), None)


def _that_clause(noun):
    return next((c for c in noun.rights if c.dep_ in {"acl", "ccomp"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _span(tokens: list) -> tuple:
    lo = min(t.left_edge.i for t in tokens)
    hi = max(t.right_edge.i for t in tokens)
    doc = tokens[0].doc
    while hi > lo and (doc[hi].is_punct and not doc[hi].is_quote or doc[hi].is_space):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def noun_attribution(noun) -> Optional[tuple]:
    """(cue span, source head, source span, content span, kind) for a statement noun
    with a possessor and a content ("that" clause: kind "indirect"; the object of its
    preposition: kind "attitude"), or None.

    noun (Token): a candidate cue noun.
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in {"its", "whose"}:
        return None
    doc = noun.doc
    clause, prep = _that_clause(noun), _content_prep(noun)
    if clause is not None:
        content, kind, cue_end = _span([clause]), "indirect", noun.idx + len(noun.text)
    elif prep is not None:
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        content, kind, cue_end = _span(objects), "attitude", prep.idx + len(prep.text)
    else:
        return None
    first = noun
    for child in noun.lefts:  # "energetic endorsement", not the possessor
        if child.dep_ in {"amod", "compound"} and child.i > owner.right_edge.i:
            first = doc[min(first.i, child.left_edge.i)]
    content = (content[0], close_open_quote(doc_text(doc), *content))
    return (first.idx, cue_end), owner, _span([owner]), content, kind
