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
from .extents import after_dateline, dateline_end, trim_content, verb_group_left
from .inserted import inserted_content
from .lexicon import (ATTITUDE_VERBS, INDIRECT_VERBS, QUOTE_VERBS, SPEECH_ACT_NOUNS, SPEECH_VERBS,
                      verb_lemma)
from ..nlp import doc_text

_INTENTION = {"want", "plan", "intend", "hope", "expect", "refuse", "decline", "seek", "promise",
              "vow", "pledge", "threaten", "agree", "offer"}
# Cues whose preposition names a topic, not the content: '"…," Trump said of Apple'.
_TOPIC_ONLY = {"say", "write", "add", "tell"}
# Reporting verbs that attribute only a clause: their plain object is no stance ("added
# Nebraska to the map", "maintains a lead", "found himself in trouble"). PolNeAR train
# 0-400: 27 %, 19 % and 53 % of such objects touched a gold content, 6 %, 0 % and 13 %
# with the gold source; dropping them helped on train 600-840 too.
CLAUSE_ONLY_VERBS = frozenset({"add", "maintain", "find"})
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
    token = cue
    for _ in range(3):
        for child in token.children:
            if child.dep_ == "nsubjpass":
                agent = next((a for a in token.children if a.dep_ == "agent"), None)
                obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
                return obj or child
            if child.dep_ == "nsubj":
                child = _nearest_subject(token, child)
                return None if _relative_that(child, token) else child
        inverted = _inverted_source(token)
        if inverted is not None:
            return inverted
        if _is_speech_verb(token) and token.dep_ == "conj" and token.head.dep_ == "ccomp":
            token = token.head.head  # 'He said A and said B': B's speaker is He
            continue
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in {"NOUN", "PROPN"}:
            return token.head  # "a super PAC backing Jeb Bush": the PAC backs him
        governor = governor_of(token)
        if governor is None:
            return None
        if token.dep_ == "xcomp":
            # object control: "urged voters to back Cruz" -> the voters back him
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i < token.i:
                return obj
        token = governor
    return None


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
    if cue.i == 0:
        return None
    # only right after a closing quote mark: '"…," said Mr Wang', '"…", reported Xinhua'
    if not any(t.is_quote for t in cue.doc[max(0, cue.i - 2):cue.i]):
        return None
    for child in cue.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod", "nsubj"} and child.pos_ in {"PROPN", "NOUN"}:
            return child
    return None


def _closes_inside(tokens: list) -> bool:
    """Whether the last token closes a bracket or quote opened inside the phrase."""
    last = tokens[-1].text
    pairs = {")": "(", "]": "[", "”": "“", "’": "‘", '"': '"'}
    if last not in pairs:
        return False
    opened = sum(t.text == pairs[last] for t in tokens[:-1])
    return opened % 2 == 1 if last == '"' else opened > sum(t.text == last for t in tokens[:-1])


def phrase_span(head) -> tuple:
    """Char span of a phrase's full subtree, trimmed of edge punctuation (a bracket or
    quote mark closing one opened inside is kept: "Sen. Bernie Sanders (I-Vt.)")."""
    tokens = [t for t in head.subtree]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _closes_inside(tokens):
        tokens.pop()
    if not tokens:
        return head.idx, head.idx + len(head.text)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def source_span(head, cue=None) -> tuple:
    """Char span of a source phrase: its subtree, begun after a line break or a dateline
    dash before the head ("RENO, Nev. (AP) — Donald Trump"), and with the comma that
    closes an apposition ("Marvin Teske, 53, a security guard,"). A source is in its
    cue's paragraph (``cue``, Token|None): a parse that heads it in a paragraph before
    ("7:00 p.m.\n\nNevada's estimates are showing") keeps only the cue's paragraph."""
    start, end = phrase_span(head)
    text = doc_text(head.doc)
    if cue is not None:
        para = text.rfind("\n", 0, cue.idx) + 1
        if start < para <= cue.idx and head.idx < para:
            end = min(end, cue.idx)
            while para < end and not text[para].isalnum():
                para += 1
            while end > para and (text[end - 1].isspace() or text[end - 1] in ",;:"):
                end -= 1
            return para, end
    start = after_dateline(text, start, head.idx)
    if cue is not None and dateline_end(text, head.idx) > head.idx:
        return _subject_after_dateline(head.doc, dateline_end(text, head.idx), cue) or (start, end)
    before = text[start:head.idx]
    cut = max(before.rfind("\n"), before.rfind(" — "), before.rfind(" – "), before.rfind(" -- "))
    if cut >= 0:
        start = start + cut + 1
        while start < head.idx and not text[start].isalnum():
            start += 1
    end = min(end, _describing_cut(head))
    start = _after_focus(head.doc, start, head.idx)
    while start < head.idx and text[start] in _LEADING_DASHES:
        start += 1  # a byline dash glued to the name ("-Philip Bump"): no part of the source
    if cue is not None and head.i < cue.i and _is_ancestor(head, cue):
        end = min(end, _end_before(head.doc, cue.left_edge.i, head.i))  # "a PAC [backing …]"
    if "," in text[head.idx:end] and text[end:end + 1] == ",":
        end += 1
    return start, end


_LEADING_DASHES = "-–—―"


def _after_focus(doc, start: int, floor: int) -> int:
    """``start`` moved past a focusing "even" that opens a source ("Even Rendell, a
    stalwart supporter, said"): PolNeAR's source is the noun phrase without it (12 of 12
    in train 0-400). floor (int): the head's char offset, never passed."""
    span = doc.char_span(start, floor + 1, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ != "even" or span[0].dep_ != "advmod":
        return start
    return max(start, min(floor, span[1].idx))


def _end_before(doc, i: int, floor: int) -> int:
    """End char of the last word before token ``i`` (not before token ``floor``)."""
    last = i - 1
    while last > floor and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[last].idx + len(doc[last].text)


def _subject_after_dateline(doc, at: int, cue) -> Optional[tuple]:
    """'PHILADELPHIA, July 25 (UPI) -- The Democratic National Committee issued': a parse
    that takes the dateline for the subject; the noun phrase right after it instead."""
    for chunk in doc.noun_chunks:
        if chunk.start_char >= at and chunk.end_char <= cue.idx:
            return chunk.start_char, chunk.end_char
        if chunk.start_char > cue.idx:
            break
    return None


def _describing_cut(head) -> int:
    """End char of a source phrase before a comma that opens what only describes its
    head: a relative clause that reports something itself ("Obama, who has denounced
    it,"), a participle ("Rubio, speaking at a rally,"), an adjective ("Clinton, clearly
    frustrated,") or a placing preposition with the age before it ("Renee Gold, 83, of
    Sarasota"). PolNeAR's sources stop there; they keep restrictive modifiers ("people
    familiar with the plan") and, more often than not in train, a relative clause that
    only describes ("Chris Cox, who runs the NRA's lobbying arm,")."""
    doc = head.doc
    end = phrase_span(head)[1]
    for child in head.rights:
        if doc[child.left_edge.i - 1].text not in {",", "—", "–"}:
            continue
        if child.dep_ == "relcl" and not _reports(child):
            continue  # "Chris Cox, who runs the NRA’s lobbying arm," describes who speaks
        if child.dep_ in {"relcl", "acl", "amod", "advmod", "advcl"} or (
                child.dep_ == "prep" and child.lower_ not in {"including", "like"}):
            last = child.left_edge.i - 1
            while last > head.i and (doc[last].is_punct or doc[last].is_space):
                last -= 1
            if doc[last].like_num and doc[last].dep_ in {"appos", "npadvmod", "amod"}:
                last -= 1  # the age before a place: "Renee Gold, 83, of Sarasota"
                while last > head.i and (doc[last].is_punct or doc[last].is_space):
                    last -= 1
            return min(end, doc[last].idx + len(doc[last].text))
    return end


def _reports(clause) -> bool:
    """Whether a clause holds a cue verb of its own ("Obama, who has denounced the
    attack, …"): then it is another attribution, not part of the source phrase."""
    return any(t.pos_ in {"VERB", "AUX"} and (t.lemma_.lower() in INDIRECT_VERBS or
               t.lemma_.lower() in ATTITUDE_VERBS or t.lemma_.lower() in QUOTE_VERBS)
               for t in clause.subtree)


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


def _is_ancestor(token, other) -> bool:
    return any(a.i == token.i for a in other.ancestors)


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

    return min(cues, key=rank)


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
    if not comps and verb_lemma(token) in _INTENTION:
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
        if token.lemma_.lower() in CLAUSE_ONLY_VERBS:
            return None
        span = passive_content(token) or object_content(token, object_prep(token))
        if span is None:
            return None
        return trim_content(token.doc, *span), "attitude"
    start = max(min(phrase_span(c)[0] for c in comps), _paragraph_start(token))
    opener = for_clause(token)
    if opener is not None and start <= opener[0].idx:
        start = opener[0].idx + len(opener[0].text) + 1  # "calling for [X to act]"
    end = _quoted_continuation(token, max(clause_end(c) for c in comps))
    start, end = trim_content(token.doc, start, end)
    if len(token.doc.char_span(start, end, alignment_mode="expand")) < 3:
        return None
    return (start, end), "indirect"


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
