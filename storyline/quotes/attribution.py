"""Finding cues and sources over a spaCy parse: who a quoted span is attributed to,
and what a cue verb reports ("Wang said Beijing would ..."); ``reported`` runs these
over every token.

Everything here finds and returns offsets; nothing writes to the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .attitudes import object_content, passive_content
from .chains import DIRECTIVE, chain_top, for_clause, governor as governor_of
from .extents import trim_content, verb_group_left
from .inserted import inserted_content
from .source_spans import is_ancestor as _is_ancestor, phrase_span, source_span
from .speakers import cannot_speak
from .lexicon import (INDIRECT_VERBS, QUOTE_VERBS, SPEECH_ACT_NOUNS, SPEECH_VERBS,
                      verb_lemma)
from ..nlp import doc_text

_INTENTION = {"want", "plan", "intend", "hope", "expect", "refuse", "decline", "seek", "promise",
              "vow", "pledge", "threaten", "agree", "offer"}
# Speech verbs whose infinitive after the addressee is what was said: "told X to go".
_TELLING = {"tell"}
# Cues whose preposition names a topic, not the content: '"…," Trump said of Apple'.
_TOPIC_ONLY = {"say", "write", "add", "tell"}
# Reporting verbs that attribute only a clause: their plain object is no stance ("added
# Nebraska to the map", "maintains a lead", "found himself in trouble"). PolNeAR train
# 0-400: 27 %, 19 % and 53 % of such objects touched a gold content, 6 %, 0 % and 13 %
# with the gold source; dropping them helped on train 600-840 too.
CLAUSE_ONLY_VERBS = frozenset({"add", "maintain", "find"})
# Objects "recount" counts again rather than tells ("will recount ballots"; PolNeAR keeps
# "recounted the incident" as an attribution).
_COUNTED = frozenset({"ballot", "vote", "result", "tally"})
# Dependents of such a preposition that are its object: "for X", "of winning".
PREP_OBJECTS = {"pobj", "pcomp"}
# Prepositions that introduce the content of an attitude: "vote for X", "talk about X".
_OBJECT_PREPS = {"for", "on", "about", "to", "against", "of", "with", "at", "into", "in"}


@dataclass
class Cue:
    """A cue token with the source it attributes to.

    token (Token): the cue; start, end (int): the cue's char span;
    source (Token|None): the source head; source_span ((int, int)|None): its char span.
    """

    token: object
    start: int
    end: int
    source: object = None
    source_span: Optional[tuple] = None


def is_cue(token) -> bool:
    """A speech verb, a verb that introduces quotations ("continued", "as he put it"),
    or the "according" of "according to"."""
    if token.lower_ == "according":
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ == "to"
    lemma = verb_lemma(token)
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma == "put":  # "as Trump put it, “…”"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    return lemma in SPEECH_VERBS or lemma in QUOTE_VERBS


def source_head(cue):
    """The head of the source phrase of a cue token, or None."""
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    if _raised(cue):
        return None  # "Mutua is expected to meet X": others expect it of her
    token = cue
    for _ in range(3):
        for child in token.children:
            if child.dep_ == "nsubjpass":
                agent = next((a for a in token.children if a.dep_ == "agent"), None)
                obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
                return obj or child
            if child.dep_ == "nsubj":
                child = _nearest_subject(token, child)
                if token is not cue and cannot_speak(child):
                    child = _low_attachment_subject(token, cue) or child
                return None if _relative_that(child, token) else child
        inverted = _inverted_source(token)
        if inverted is not None:
            return inverted
        if _is_speech_verb(token) and token.dep_ == "conj" and token.head.dep_ == "ccomp":
            # 'He said A and said B': B's speaker is He; but in 'Long met Cruz and agreed
            # to …, the ministry said' the report comes after: B shares A's subject
            after = token.head.head.i > token.i
            token = token.head if after else token.head.head
            continue
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in {"NOUN", "PROPN"}:
            verb = _object_of_verb(token.head)
            if verb is None or _named_doer(token.head):
                return token.head  # "a super PAC backing Jeb Bush": the PAC backs him
            # "His office put out a statement saying …", "emailed supporters saying …":
            # the participle hangs on the object but is the subject's act
            token = verb
            continue
        governor = governor_of(token)
        if governor is None:
            return None
        if token.dep_ == "xcomp":
            # object control: "urged voters to back Cruz" -> the voters back him
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            # not an instrument: "used his speech to call for …" is the user's call
            if obj is not None and obj.i < token.i and governor.lemma_.lower() != "use":
                return obj
        token = governor
    return None


def _raised(cue) -> bool:
    """Whether a passive cue with no agent raises its subject into an infinitive ("is
    expected to meet", "is said to have told", "is believed to be"): the subject is what
    someone unnamed expects or says of it, not the one who expects or says."""
    return cue.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in cue.children) and \
        any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in cue.children) and \
        not any(c.dep_ == "agent" for c in cue.children)


def _low_attachment_subject(governor, cue):
    """The subject of the nearer clause a cue's coordination may join instead: "Mr Wang's
    visit comes days after he met Kuleba and said that …" is parsed with "said" joined to
    "comes", whose subject (a visit) cannot speak; "he met … and said" is the reading that
    gives the saying a speaker. The last clause verb between governor and cue with a
    subject of its own gives it, else None.

    governor (Token): the verb the parse joined the cue to; cue (Token): the cue verb."""
    for verb in reversed(governor.doc[governor.i + 1:cue.i]):
        if verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"advcl", "ccomp", "conj"} \
                and governor in verb.ancestors:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and not cannot_speak(subject):
                return subject
    return None


def _named_doer(noun) -> bool:
    """Whether a named person a participle hangs on does it himself: "no different
    from George Bush calling Reagan's policies …" is Bush's calling, not the speaker's;
    one addressed ("a letter to Pelosi saying …") is not."""
    if noun.ent_type_ != "PERSON" or noun.pos_ != "PROPN":
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in {"to", "for", "with", "at"}) \
        and noun.dep_ not in {"dative", "dobj"}


def _object_of_verb(noun):
    """The verb a noun is the object of ("put out [a statement]", "during [a speech]"
    under its verb), when that verb has a subject of its own; else None."""
    head = noun
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head
    if head.dep_ not in {"dobj", "dative", "prep"} or head.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = head.head
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None


def _nearest_subject(verb, first):
    """Of a verb's subjects, the one nearest before it: a parse that also takes a time
    heading for a subject ("12:15 p.m.:\n\nPresident Obama says") names the speaker
    last. first (Token): the first subject found."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    return subjects[-1] if len(subjects) > 1 else first


def _relative_that(subject, verb) -> bool:
    """Whether ``subject`` is a relative "that" heading ``verb``'s clause ("a super PAC
    that backed Rubio"): PolNeAR leaves such describing clauses unmarked about four times
    in five (train), unlike "who" clauses, so they give no source."""
    return subject.lower_ == "that" and subject.tag_ == "WDT" and verb.dep_ == "relcl"


def _inverted_source(cue):
    """The source after the cue in '"…", reported Xinhua' (parsed as the verb's object)."""
    if cue.i == 0 or cue.tag_ in {"VBG", "VBN", "VB"}:
        return None  # only a finite verb inverts: '“…,” recalling summer visits' has none
    # only right after a closing quote mark: '"…," said Mr Wang', '"…", reported Xinhua';
    # not after a conjunction ('“…” and tells the crowd'): that verb's object is no source
    before = cue.doc[max(0, cue.i - 2):cue.i]
    if not any(t.is_quote and all(u.is_punct for u in before[j + 1:])
               for j, t in enumerate(before)):
        return None
    for child in cue.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod", "nsubj"} and child.pos_ in {"PROPN", "NOUN"}:
            return child
    return None


def object_prep(cue):
    """The preposition right after a cue (or its particle) that takes the content, when
    the cue has no object or clause of its own: "vote for", "focused on", "talk about"."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in cue.children):
        return None
    nxt = cue.i + 1
    while nxt < len(cue.doc) and cue.doc[nxt].dep_ == "prt" and cue.doc[nxt].head.i == cue.i:
        nxt += 1
    if nxt >= len(cue.doc):
        return None
    prep = cue.doc[nxt]
    objects = [c for c in prep.children if c.dep_ in PREP_OBJECTS]
    if prep.dep_ == "prep" and prep.head.i == cue.i and prep.lower_ in _OBJECT_PREPS and \
            objects and objects[0].ent_type_ not in {"DATE", "TIME"}:  # not "on Monday"
        return prep
    return None


def cue_span(cue) -> tuple:
    """Char span of the cue: "according to", the verb with its auxiliaries, negation,
    particle and object preposition ("has not backed", "pointed out", "would vote for"),
    or "said in a statement"."""
    if cue.lower_ == "according":
        to = cue.nbor(1)
        return cue.idx, to.idx + len(to.text)
    top = chain_top(cue)
    top = top if top.i <= cue.i else cue  # "To understand X, they focused": not after the cue
    start, end = verb_group_left(top).idx, cue.idx + len(cue.text)
    for child in cue.rights:
        if child.dep_ == "prt" and child.i == cue.i + 1:
            end = child.idx + len(child.text)
    prep = object_prep(cue)
    if prep is not None and cue.lemma_.lower() not in _TOPIC_ONLY:
        end = prep.idx + len(prep.text)
    opener = for_clause(cue)
    if opener is not None:
        end = opener[0].idx + len(opener[0].text)
    for child in cue.rights:
        if child.dep_ == "prep" and child.lower_ in {"in", "during"}:
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in SPEECH_ACT_NOUNS:
                if not any(t.is_punct for t in cue.doc[cue.i + 1:obj.i]):
                    end = obj.idx + len(obj.text)
    text = doc_text(cue.doc)
    end = _to_opening_colon(cue, text, end)
    if text[end:end + 1] == ":":
        end += 1  # 'he continued: “…”': PolNeAR's cue keeps the colon that opens the quote
    return start, end


# What a cue governs between it and a quote's colon: where or how ("said in a
# statement:", "added warily:"), never its object or addressee ("told CNN:") nor a clause.
_CUE_EXTENSIONS = {"prep", "advmod", "npadvmod", "prt", "punct", "agent"}
_OPENING_COLON = re.compile(r"[^\n“”\"«».!?;:]{1,80}(?=:\s*[“\"«‘'])")


def _to_opening_colon(cue, text: str, end: int) -> int:
    """``end`` moved to just before the colon that opens a quote, when the words between
    hang on the cue ('said in a recent issue of Foreign Policy:', 'tweeted in response:'):
    PolNeAR's cue runs to that colon."""
    match = _OPENING_COLON.match(text, end)
    if match is None:
        return end
    between = cue.doc.char_span(end, match.end(), alignment_mode="expand")
    if between is None:
        return end
    for token in between:
        top = token
        while top.head.i != cue.i and top.head.i != top.i:
            top = top.head
        if top.head.i != cue.i or top.dep_ not in _CUE_EXTENSIONS:
            return end  # a clause or a word the cue does not govern: the quote's own words
    return match.end()


def make_cue(token) -> Cue:
    start, end = cue_span(token)
    head = source_head(token)
    span = source_span(head, token) if head is not None else None
    if span is not None and span[1] <= span[0]:
        head = span = None  # a parse heading the source in an earlier paragraph: none here
    return Cue(token, start, end, head, span)


def cues_in(doc, start_char: int, end_char: int, inside) -> list:
    """Cue tokens (list[Cue]) whose start lies in [start_char, end_char), outside quotes.

    inside (Callable[[int], bool]): whether a char offset lies within a quoted span.
    """
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return []
    return [make_cue(t) for t in span if is_cue(t) and not inside(t.idx)]


def best_cue(cues: list, doc, start: int, end: int, partial: bool) -> Optional[Cue]:
    """The cue that most likely governs the quoted span [start, end).

    Prefers, in order: for partial quotes, a cue that governs the quoted words; a cue
    with a source; the cue nearest to the span.
    """
    if not cues:
        return None
    inner = doc.char_span(start, end, alignment_mode="expand")
    first = inner[0] if inner is not None and len(inner) else None

    def rank(cue):
        governs = first is not None and _is_ancestor(cue.token, first)
        distance = start - cue.end if cue.end <= start else max(0, cue.start - end)
        return (not (partial and governs), cue.source is None, distance)

    chosen = min(cues, key=rank)
    if partial and is_irrealis(chosen.token):
        # 'Dimitriou said Greece would respond "with all …"': a cue that is itself what
        # another cue reports, and no speech that happened, leaves the words to that cue
        outer = [c for c in cues if c.source is not None and c.token.i != chosen.token.i
                 and _is_ancestor(c.token, chosen.token) and not is_irrealis(c.token)]
        if outer:
            return min(outer, key=lambda c: chosen.token.i - c.token.i)
    return chosen


# Auxiliaries that make a verb's act a plan, a wish or a possibility, not one that happened.
_IRREALIS_AUX = {"would", "will", "could", "might", "may", "shall", "should", "must", "'ll", "can"}


def _counts_again(token) -> bool:
    """Whether "recount" (Token) counts its object again ("recount ballots") instead of
    telling it."""
    return verb_lemma(token) == "recount" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _COUNTED for c in token.children)


def is_irrealis(token) -> bool:
    """Whether a cue verb (Token) speaks of an act to come or a possible one ("would
    respond", "will say", "to answer"), with its own words not yet said."""
    if any(c.dep_ == "aux" and (c.lower_ in _IRREALIS_AUX or c.tag_ == "TO") for c in token.children):
        return True
    return token.dep_ == "xcomp" and token.tag_ == "VB"


def _according_content(token) -> Optional[tuple]:
    """The clause "according to X" is attached to, on its longer side."""
    verb = token.head
    if verb.pos_ not in {"VERB", "AUX"} or is_cue(verb):
        return None  # "X said, according to Y": Y relays X's quote, it is no new one
    left, right = token.left_edge.i, token.right_edge.i
    before = [t for t in verb.subtree if t.i < left and not (t.is_punct or t.is_space)]
    after = [t for t in verb.subtree if t.i > right and not (t.is_punct or t.is_space)]
    part = after if len(after) >= len(before) else before
    if len(part) < 3:
        return None
    return part[0].idx, part[-1].idx + len(part[-1].text)


def _clause_comps(token) -> list:
    """The clause a cue verb reports: its ccomp, an intention's xcomp ("wants to build a
    wall"), a directive's addressee and xcomp ("urged Europe to act", "called on X to")."""
    text = doc_text(token.doc)
    # a parse that hangs the next paragraph's clause on the cue ("also said that A.\n\n
    # “B,” he said"): that clause is no part of what this cue reports; one headed in the
    # cue's paragraph is, though the parse lets it reach into the paragraph before
    # ('…advisor."\n\nThe new plans “will not solve it,” Richards said'): content_of cuts it
    comps = [c for c in token.children if c.dep_ == "ccomp" and "\n" not in
             text[min(token.idx, c.idx):max(token.idx, c.idx)]]
    if not comps and verb_lemma(token) == "ask":  # "asked the students if they were …"
        comps = [c for c in token.rights if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)]
    if not comps and verb_lemma(token) in _INTENTION | _TELLING:
        # "wants to build a wall"; "told Smith to quiet down", "asks them to pay": what
        # the addressee is told to do, without the addressee (PolNeAR train 0-400: 3 of 5)
        comps = [c for c in token.rights if c.dep_ == "xcomp"]
    if not comps and token.lemma_.lower() in DIRECTIVE:
        prep = object_prep(token)
        comps = [c for c in token.rights if c.dep_ in {"dobj", "xcomp"}]
        if prep is not None:
            comps += [o for o in prep.children if o.dep_ in PREP_OBJECTS]
        elif for_clause(token) is not None:
            comps = [for_clause(token)[1]]
        elif token.lemma_.lower() == "call" and not comps:
            comps = [c for c in token.rights if c.dep_ == "prep" and c.lower_ in {"for", "on"}]
    if not comps and not any(c.dep_ == "dobj" for c in token.children):
        # "supports squeezing out …", "opposed defunding …": a gerund is what the stance
        # is about; a speech verb's xcomp is a clause the parse missed ("said legalizing
        # it could …")
        comps = [c for c in token.rights if c.dep_ == "xcomp" and (
            c.tag_ == "VBG" or verb_lemma(token) in SPEECH_VERBS)]
    return comps


def content_of(cue) -> Optional[tuple]:
    """(char span, kind) of what a cue verb attributes, or None: a reported clause
    (kind "indirect") or, failing one, the thing a stance is about ("attitude")."""
    token = cue.token
    if token.lower_ == "according":
        span = _according_content(token)
        return (trim_content(token.doc, *span), "indirect") if span else None
    comps = _clause_comps(token)
    if not comps:
        inserted = inserted_content(token)
        if inserted is not None:
            return trim_content(token.doc, *inserted), "indirect"
    if not comps or (len(comps) == 1 and comps[0].dep_ == "dobj"):
        # no clause, or "called it a sham": the object (and what follows) is what is meant
        if token.lemma_.lower() in CLAUSE_ONLY_VERBS or _counts_again(token):
            return None
        span = passive_content(token) or object_content(token, object_prep(token)) or \
            _relative_object(token)
        if span is None:
            return None
        return trim_content(token.doc, *span), "attitude"
    start = max(min(phrase_span(c)[0] for c in comps), _paragraph_start(token))
    opener = for_clause(token)
    if opener is not None and start <= opener[0].idx:
        start = opener[0].idx + len(opener[0].text) + 1  # "calling for [X to act]"
    end = _quoted_continuation(token, max(clause_end(c) for c in comps))
    start, end = trim_content(token.doc, start, end)
    # two words are what is reported only as a refusal to speak: "declined to comment",
    # "refused to say" (not "plans to apologize", "agreed to participate")
    shortest = 2 if [c.dep_ for c in comps] == ["xcomp"] and is_cue(comps[0]) else 3
    if len(token.doc.char_span(start, end, alignment_mode="expand")) < shortest:
        return None
    return (start, end), "indirect"


_RELATIVES = {"which", "who", "whom"}


def _relative_object(cue) -> Optional[tuple]:
    """The relative pronoun a cue in a relative clause takes as its object ("a plan which
    Clinton supports", "a senator who many voters oppose"): PolNeAR marks the pronoun as
    the content, and the whole clause when it also says what the object is called or
    taken for ("which he describes as his second home", "who he dubbed the little
    senator"). Char span or None.

    cue (Token): a cue verb."""
    if cue.dep_ != "relcl":
        return None
    # not "that": "the plan that he mentioned" mostly only describes (PolNeAR train
    # 0-400: 4 of 15 such "that"s marked, 26 of 32 "which", "who" and "whom")
    pronoun = next((c for c in cue.lefts if c.dep_ == "dobj" and c.lower_ in _RELATIVES), None)
    if pronoun is None:
        return None
    if any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in cue.rights):
        return phrase_span(cue)
    return pronoun.idx, pronoun.idx + len(pronoun.text)


def _quoted_continuation(cue, end: int) -> int:
    """``end`` moved over a clause the parse hangs on the cue after its reported clause
    when that clause holds the speaker's own quoted words ('said he had offers, but “the
    offers were …”', 'argued that A, “because …”'): they go on with what was reported
    (PolNeAR's content runs on), unless the clause reports something of its own."""
    for child in cue.rights:
        if child.dep_ not in {"conj", "advcl"} or child.left_edge.idx < end:
            continue
        words = list(child.subtree)
        if any(t.is_quote for t in words) and not any(
                t.pos_ == "VERB" and (is_cue(t) or t.lemma_.lower() in INDIRECT_VERBS)
                for t in words):
            end = max(end, phrase_span(child)[1])
    return end


def _paragraph_start(token) -> int:
    """Char offset of the first word of the paragraph holding ``token``."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    while start < token.idx and text[start].isspace():
        start += 1
    return start


def clause_end(comp) -> int:
    """End char of a reported clause, stopping before a second report joined to it:
    'said A and said B' reports A, then B, as two quotes."""
    end = phrase_span(comp)[1]
    doc = comp.doc
    for token in comp.subtree:
        if token.dep_ == "conj" and token.i > comp.i and _is_speech_verb(token):
            last = token.left_edge.i - 1
            while last > comp.i and (doc[last].is_punct or doc[last].dep_ == "cc"
                                     or doc[last].is_space):
                last -= 1
            end = min(end, doc[last].idx + len(doc[last].text))
    return end


def _is_speech_verb(token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS
