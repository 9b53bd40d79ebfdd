"""Noun cues with a possessive source: "her remark that …", "Trump's criticism of Bush",
"Pence's call for a special prosecutor" (PolNeAR marks the noun, with its adjectives
and preposition, as the cue; the possessor as the source).

Finding only: returns cue tokens and char offsets.
"""
from __future__ import annotations

from typing import Optional

from .extents import close_open_quote, verb_group_left
from .lexicon import CUE_NOUNS
from ..nlp import doc_text

# Nouns that, with a possessor, usually attribute (PolNeAR train counts, plus a few
# that name an utterance outright); "his position on", "her comments on" mostly do not.
STATEMENT_NOUNS = CUE_NOUNS | frozenset("remark endorsement call request".split())
_CONTENT_PREPS = {"of", "for", "on", "against", "about", "to"}
# Nouns that name a stance or speech act when a verb's subject makes or receives them:
# "launched an attack against Obama", "raised questions about", "drew criticism from"
# (read from PolNeAR train misses: without a possessor these went unfound).
FRAMED_NOUNS = STATEMENT_NOUNS | frozenset("""
support question attack criticism endorsement concern hope opposition promise assertion
complaint suggestion fear argument request advice allegation accusation announcement pledge
praise warning backing demand objection appeal threat condemnation apology denial prediction
""".split())
# Verbs whose subject receives what the noun names from someone else: "the plan drew
# criticism from Democrats", "Clinton has the support of women".
RECEIVING_VERBS = frozenset("draw receive win get earn attract garner gain enjoy have face".split())


def _content_prep(noun):
    return next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS
                 and any(o.dep_ == "pobj" for o in c.children)), None)


def _that_clause(noun):
    return next((c for c in noun.rights if c.dep_ in {"acl", "ccomp"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def subtree_span(tokens: list) -> tuple:
    """Char span of the tokens' subtrees, trailing punctuation (not a quote mark) dropped."""
    lo = min(t.left_edge.i for t in tokens)
    hi = max(t.right_edge.i for t in tokens)
    doc = tokens[0].doc
    while hi > lo and (doc[hi].is_punct and not doc[hi].is_quote or doc[hi].is_space):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _noun_content(noun) -> Optional[tuple]:
    """((start, end) of what a statement noun is about, kind, end of the cue): a that-clause
    ("the claim that …", indirect) or the object of its content preposition ("criticism
    of …", attitude); None when it has neither."""
    clause, prep = _that_clause(noun), _content_prep(noun)
    if clause is not None:
        return subtree_span([clause]), "indirect", noun.idx + len(noun.text)
    if prep is not None:
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        return subtree_span(objects), "attitude", prep.idx + len(prep.text)
    return None


def noun_attribution(noun) -> Optional[tuple]:
    """(cue span, source head, source span, content span, kind) for a statement noun
    with a possessor and a content ("that" clause: kind "indirect"; the object of its
    preposition: kind "attitude"), or None.

    noun (Token): a candidate cue noun.
    """
    if noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return framed_attribution(noun) or claim_attribution(noun) or stance_phrase(noun)
    if owner.lower_ in {"its", "whose"} or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    doc = noun.doc
    found = _noun_content(noun)
    if found is None:
        return None
    content, kind, cue_end = found
    first = noun
    for child in noun.lefts:  # "energetic endorsement", not the possessor
        if child.dep_ in {"amod", "compound"} and child.i > owner.right_edge.i:
            first = doc[min(first.i, child.left_edge.i)]
    content = (content[0], close_open_quote(doc_text(doc), *content))
    return (first.idx, cue_end), owner, subtree_span([owner]), content, kind


def group_start(verb) -> int:
    """Char start of a verb with the auxiliaries, negation and adverbs right before it."""
    return verb_group_left(verb).idx


def _giver(noun, verb):
    """Who gives what a received noun names: the object of "from" (on the noun or the
    verb) or of the noun's "of" ("the support of women"), or None."""
    for head, preps in ((noun, {"from", "of"}), (verb, {"from"})):
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def framed_attribution(noun) -> Optional[tuple]:
    """A stance noun as the object of a verb, without a possessor: the subject makes it
    ("Christie unleashed attacks against Rubio": source Christie, cue "unleashed attacks
    against", content Rubio) or receives it ("The plan drew criticism from Democrats":
    source Democrats, cue "drew criticism", content "The plan"). Same tuple as
    :func:`noun_attribution`, with the source span left to the caller (None).

    noun (Token): a candidate cue noun.
    """
    if noun.lemma_.lower() not in FRAMED_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ not in {"VERB", "AUX"} or subject is None or subject.tag_ in {"WDT", "WP"}:
        return None
    cue_start = group_start(verb)
    if verb.lemma_.lower() in RECEIVING_VERBS:
        giver = _giver(noun, verb)
        if giver is None:
            return None
        cue = (cue_start, noun.idx + len(noun.text))
        return cue, giver, None, subtree_span([subject]), "attitude"
    found = _noun_content(noun)
    if found is None:
        return None
    content, kind, cue_end = found
    content = (content[0], close_open_quote(doc_text(noun.doc), *content))
    return (cue_start, cue_end), subject, None, content, kind


# Prepositions that name whose claim a noun is: "allegations from his wife that …".
_HOLDER_PREPS = {"from", "by"}


def claim_attribution(noun) -> Optional[tuple]:
    """A stance or speech noun with a "that" clause and no possessor, wherever it stands:
    "allegations that he lied", "despite concerns that it might fail", "amid fears that
    …" (PolNeAR marks the noun as cue and the clause as content, with the holder named
    by "from"/"by" as source, or none). Same tuple as :func:`noun_attribution`; the
    source head is None when no holder is named.

    noun (Token): a candidate cue noun.
    """
    if noun.lemma_.lower() not in FRAMED_NOUNS or noun.dep_ == "dobj" and framed_attribution(noun):
        return None
    clause = _that_clause(noun)
    if clause is None:
        return None
    holder = next((o for p in noun.rights if p.dep_ == "prep" and p.lower_ in _HOLDER_PREPS
                   and p.i < clause.i for o in p.children if o.dep_ == "pobj"), None)
    first = noun
    for child in noun.lefts:  # "growing concerns", "a passing promise"
        if child.dep_ in {"amod", "compound"}:
            first = noun.doc[min(first.i, child.left_edge.i)]
    content = subtree_span([clause])
    content = (content[0], close_open_quote(doc_text(noun.doc), *content))
    return (first.idx, noun.idx + len(noun.text)), holder, None, content, "indirect"


# Nouns of "in support of X", "in opposition to X": the phrase states the stance of the
# verb's subject ("Graham came out in support of Cruz").
_STANCE_PHRASE_NOUNS = {"support", "favor", "favour", "opposition", "defense", "defence",
                        "praise", "protest", "solidarity"}


def stance_phrase(noun) -> Optional[tuple]:
    """'Graham has come out in support of Cruz', 'raised $5 million in support of Rubio':
    the subject of the verb the "in …" phrase hangs on (directly or through its object)
    takes the stance; the cue runs from that verb to the preposition, the content is its
    object. Same tuple as :func:`noun_attribution`; None for other uses.

    noun (Token): a candidate cue noun."""
    if noun.lemma_.lower() not in _STANCE_PHRASE_NOUNS or noun.dep_ != "pobj" or \
            noun.head.lower_ != "in" or any(c.dep_ in {"det", "poss"} for c in noun.children):
        return None
    prep = _content_prep(noun)
    verb = noun.head.head
    if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "dobj":
        verb = verb.head  # "headline a fundraiser in support of X"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if prep is None or verb.pos_ not in {"VERB", "AUX"} or subject is None or \
            subject.tag_ in {"WDT", "WP"} or subject.i > verb.i:
        return None
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return (group_start(verb), prep.idx + len(prep.text)), subject, None, \
        subtree_span(objects), "attitude"
