"""Whether a warning threatens: finding only, over spaCy tokens.

"Russia warned of retaliation" and "Iran warned it would close the strait" threaten
(CAMEO 13); "GM warned that losses could rise" and "warned of imminent bankruptcy"
tell of a danger, no act to come. :mod:`storyline.events.senses` asks
:func:`warns_of_a_fact` before "warn" is coded.
"""
from __future__ import annotations

# auxiliaries of a warning that tells of an act to come ("warned it would close its airspace")
THREAT_AUX = {"will", "would", "could", "may", "might", "can", "shall", "'ll", "wo"}


def warns_of_a_fact(verb) -> bool:
    """Whether "warn" (spaCy Token) tells of a danger rather than threatens: what it warns
    of names no act to come ("warned of imminent bankruptcy", "warned that it might run
    out of money", "warned that the pandemic is far from over"), as against "warned of
    retaliation", "warned it would close its airspace", "warned against a strike"."""
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children):
        return False  # "Beijing warned Washington that ...": a warning to a named party
    warned_of = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if warned_of:
        return not any(_names_an_act(o) for o in warned_of)
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        scope = [clause, *(c for c in clause.children if c.dep_ in ("conj", "xcomp"))]
        modal = any(g.dep_ in ("aux", "auxpass") and g.lower_ in THREAT_AUX for t in scope
                    for g in t.children)
        condition = any(g.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in g.children)
                        for t in scope for g in t.children)
        if (modal or condition) and any(_names_an_act(t) or _own_deed(t, verb) for t in scope):
            return False
    return True


def _own_deed(clause, warner) -> bool:
    """Whether a warned-of clause (spaCy Token) tells of something the warner itself will
    do to something: its subject is a pronoun or the warner's own word, and it has an
    object ("Iran warned that it would close the strait")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    own = [c.lower_ for c in warner.children if c.dep_ == "nsubj"]
    return any(s.pos_ == "PRON" or s.lower_ in own for s in subjects) and any(
        c.dep_ == "dobj" for c in clause.children)


# what a threat may name without naming the act: "warned of serious consequences"
THREAT_NOUNS = {"consequence", "response", "action", "measure", "step", "countermeasure",
                "reprisal", "retaliation", "repercussion", "punishment", "force"}


def _names_an_act(token) -> bool:
    """Whether a warned-of word (spaCy Token) names an act someone may do: an event verb or
    noun (coded by the lexicon), a threat noun, or a verb over one ("would face sanctions")."""
    from .coding import sense_for_noun, sense_for_verb  # coding asks this module first
    if token.ent_type_ in ("DATE", "TIME"):
        return False  # "run out of money by March": a month, no march
    if token.lemma_.lower() in THREAT_NOUNS:
        return True
    if token.pos_ in ("VERB", "AUX"):
        if sense_for_verb(token) is not None:
            return True
        # "would face sanctions", "will respond with force"
        objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
        objects += [g for c in token.children if c.dep_ == "prep" for g in c.children
                    if g.dep_ == "pobj"]
        return any(o.ent_type_ not in ("DATE", "TIME") and (
            o.lemma_.lower() in THREAT_NOUNS or sense_for_noun(o) is not None) for o in objects)
    return token.pos_ == "NOUN" and sense_for_noun(token) is not None
