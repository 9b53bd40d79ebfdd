"""Verb forms that describe rather than tell an act: participles used as adjectives.

"Guests are often star-struck", "the post is demanding and lonely": the parser tags
"struck" and "demanding" as verbs, but a participle fused by a hyphen to a common word
before it ("star-struck", "grief-stricken", "time-consuming") is a compound adjective,
and a present participle after "be" with nothing it acts on, said of a thing ("the job
is demanding", "it is challenging"), is a predicate adjective. Neither tells that anyone
struck, demanded or challenged anyone. :func:`adjective_form` is asked before any word's
own sense checks (:mod:`storyline.events.sense_checks`).
"""
from __future__ import annotations

from .actors import is_agentive

# what a progressive takes when it tells an act: an object, a clause, a phrase, a particle
ACTING_DEPS = {"dobj", "dative", "ccomp", "xcomp", "prep", "agent", "prt", "pcomp", "attr",
               "oprd", "advcl", "npadvmod"}
# subjects that stand for a thing or a situation, never a doer
THING_PRONOUNS = {"it", "this", "that", "which"}
# degree words that only an adjective takes: "very demanding", "too threatening"
DEGREE_WORDS = {"very", "too", "so", "extremely", "quite", "rather", "increasingly", "less",
                "more", "most", "least", "highly", "fairly", "pretty", "really", "incredibly"}


def hyphen_compound(verb) -> bool:
    """Whether a participle (spaCy Token) is the second half of a compound adjective: a
    lower-case common word, a hyphen and the participle with no space between ("star-struck",
    "time-consuming"). A name before the hyphen keeps the act ("US-backed rebels",
    "Saudi-led coalition": the United States backs them)."""
    if verb.tag_ not in ("VBN", "VBG") or verb.i < 2:
        return False
    hyphen, first = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    return (hyphen.text in ("-", "\u2010", "\u2011") and not hyphen.whitespace_
            and not first.whitespace_ and first.is_lower and first.is_alpha
            and first.pos_ in ("NOUN", "ADJ", "ADV") and not first.ent_type_)


def predicate_adjective(verb) -> bool:
    """Whether a present participle (spaCy Token) after "be" describes its subject: nothing
    acted on, no clause or phrase, and a subject that is a thing ("it is demanding", "the
    job is challenging and thankless"). A doer ("the protesters are marching") or an event
    noun ("the fighting is escalating") keeps the progressive act. "It" may stand for a
    country ("Karsk said it is retaliating"), so after "it" the participle must read as an
    adjective by its company: a degree word ("very demanding") or an adjective or noun
    joined to it ("demanding and time-consuming")."""
    if verb.tag_ != "VBG":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children):
        return False
    if any(c.dep_ in ACTING_DEPS for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or not all(_thing(s) for s in subjects):
        return False
    if any(s.pos_ == "PRON" for s in subjects):
        return any((c.dep_ == "advmod" and c.lower_ in DEGREE_WORDS)
                   or (c.dep_ == "conj" and (c.pos_ in ("ADJ", "NOUN") or hyphen_compound(c)))
                   for c in children)
    return True


def _thing(token) -> bool:
    from .coding import sense_for_noun  # coding asks sense checks, which ask this module
    if token.pos_ == "PRON":
        return token.lower_ in THING_PRONOUNS
    return token.pos_ == "NOUN" and not token.ent_type_ and not is_agentive(token) \
        and sense_for_noun(token) is None


def adjective_form(verb) -> bool:
    """Whether a trigger verb (spaCy Token) is a participle used as an adjective
    (:func:`hyphen_compound`, :func:`predicate_adjective`): no event."""
    return hyphen_compound(verb) or predicate_adjective(verb)
