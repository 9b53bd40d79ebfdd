"""Reported-speech clauses and attitudes over a whole parse ("Wang said Beijing would
...", "Christie endorsed Trump"), and the attributions PolNeAR marks without a
speaker of their own: the writer's judgements ("the plan appears to be dead", "he was
charged with assault", "Asked whether he would run, …") and polls framing a sentence
("In a CNN poll, Clinton leads").

Finding only: returns cues and char offsets; nothing writes to the article.
"""
from __future__ import annotations

from typing import Optional

from .adjectives import adjective_attribution
from .attribution import (PREP_OBJECTS, Cue, clause_end, content_of, cue_span,
                          is_cue, make_cue, object_prep, phrase_span, source_span)
from .extents import trim_content
from .lexicon import ATTITUDE_VERBS, INDIRECT_VERBS, verb_lemma
from .nouns import noun_attribution
from ..nlp import doc_text

# Verbs of seeming: a judgement with no source ("the plan appears to be dead").
_SEEMING = {"seem", "appear"}
_SEEMING_COMPLEMENTS = {"xcomp", "acomp", "attr", "oprd"}
# Verbs of speaking that attribute only with "about" (PolNeAR train: "speak" heads a gold
# cue in 17 % of its uses, too few to count it a cue everywhere).
_TOPIC_VERBS = {"speak"}
# Nouns of "in a poll, …": the poll is the source of the clause.
_POLLS = {"poll", "survey"}


def reported_clauses(doc, used: set, direct_spans: list, inside) -> tuple:
    """(listed, unlisted), each a list of (cue, (content_start, content_end), kind) in
    text order, over the tokens not already a cue nor inside quote marks, whose content
    does not overlap a direct quote. listed: reported-speech clauses and attitudes of
    the cue lists (:func:`_attribution_at`). unlisted: verbs outside them that take a
    clause ("Obama believes that …", "officials warned the talks would fail"), only
    candidates the learned decision (``decide``) keeps when PolNeAR marks their lemma
    and frame often enough. One pass: each token is read as a listed cue once.

    used (set[int]): token ids already serving as cues of quoted spans;
    direct_spans (list[(int, int)]): spans of full direct quotes the content must not overlap;
    inside (callable): char offset -> whether it lies within quote marks.
    """
    listed, unlisted = [], []
    text = doc_text(doc)
    for token in doc:
        if token.i in used or inside(token.idx):
            continue
        attribution, found = _attribution_at(token), listed
        if attribution is None and token.pos_ == "VERB" \
                and any(c.dep_ == "ccomp" for c in token.children):
            attribution, found = verb_attribution(token), unlisted
        if attribution is None:
            continue
        cue, span, kind = attribution
        # a parse may run the content into the next paragraph's quote: only the cue's
        # paragraph counts
        start, end = _in_paragraph(text, cue.start, *span)
        if start >= end:
            continue  # all of it in another paragraph
        if (start, end) != span:
            start, end = trim_content(doc, start, end)
            attribution = cue, (start, end), kind
        if not any(s < end and start < e for s, e in direct_spans):
            found.append(attribution)
    return listed, unlisted


def _in_paragraph(text: str, anchor: int, start: int, end: int) -> tuple:
    """[start, end) cut to the paragraph (line) holding char ``anchor``, without the
    stop that closes the paragraph when the end is cut."""
    line_end = text.find("\n", anchor)
    if 0 <= line_end < end:
        end = len(text[:line_end].rstrip().rstrip(".,;:"))  # without the paragraph's stop
    return max(start, text.rfind("\n", 0, anchor) + 1), end


def _attribution_at(token) -> Optional[tuple]:
    """(Cue, content span, kind) of the attribution ``token`` cues, or None: a stance
    noun or adjective, a judgement without source, a poll, or a reporting verb.
    Judgements and polls are kind "attitude": nobody's words, so they are never
    matched across outlets as statements."""
    framed = noun_attribution(token) if token.pos_ == "NOUN" else (
        adjective_attribution(token) if token.pos_ == "ADJ" else None)
    if framed is not None:
        (c_start, c_end), owner, owner_span, content, kind = framed
        span = owner_span or (source_span(owner) if owner is not None else None)
        return Cue(token, c_start, c_end, owner, span), content, kind
    lemma = verb_lemma(token)
    if lemma in _SEEMING or lemma == "ask":
        judged = _seeming_content(token) if lemma in _SEEMING else _asked_content(token)
        if judged is not None or lemma in _SEEMING:
            return (Cue(token, *cue_span(token)), judged, "attitude") if judged else None
    polled = _poll_attribution(token) if token.dep_ == "prep" else None
    if polled is not None:
        return polled
    reporting = lemma in INDIRECT_VERBS or lemma in ATTITUDE_VERBS or (
        lemma == "vote" and _votes_on(token)) or (lemma in _TOPIC_VERBS and _speaks_about(token))
    if not (token.lower_ == "according" and is_cue(token)) and not (
            token.pos_ in {"VERB", "AUX"} and reporting):
        return None
    return verb_attribution(token)


def verb_attribution(token) -> Optional[tuple]:
    """(Cue, content span, kind) of a verb read as a cue, or None: what it reports (a
    clause, "indirect") or is a stance about (its object, "attitude"), with its subject
    as the source; a passive without agent is the writer's judgement, with no source.
    Whether the verb is a cue at all is the caller's question (bench/polnear_lexicon.py
    asks it of every verb to count how often each would be right).

    token (Token): a verb, or the "according" of "according to".
    """
    if _passive_without_agent(token) and not any(c.dep_ == "ccomp" for c in token.children):
        judged = _agentless_content(token)
        return (Cue(token, *cue_span(token)), judged, "attitude") if judged else None
    cue = make_cue(token)
    if cue.source is None:
        return None
    content = content_of(cue)
    if content is None or content[1] == "attitude" and _passive_without_agent(token):
        return None
    return cue, content[0], content[1]


def _speaks_about(verb) -> bool:
    """'Obama spoke about the victims', 'she spoke out about race': speaking states a
    stance only with what it is about ("spoke at a rally", "spoke to reporters" do not)."""
    prep = object_prep(verb)
    return prep is not None and prep.lower_ == "about"


def _votes_on(verb) -> bool:
    """'56 percent would vote for Clinton', 'voted against the bill', 'voted to ban it': a
    vote for or against something states a stance; "voted on Tuesday" does not."""
    return any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in {"for", "against"}
               for c in verb.rights)


def _seeming_content(verb) -> Optional[tuple]:
    """'Trump's supporters seemed unperturbed', 'the plan appears to be dead': the writer's
    judgement, which PolNeAR marks with no source and the whole clause, subject and cue
    included, as content. None when the verb has no subject and complement ("appeared
    on Fox News" is no judgement) or when the clause reports a cue of its own."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    complements = [c for c in verb.rights if c.dep_ in _SEEMING_COMPLEMENTS]
    if subject is None or not complements or subject.tag_ in {"WDT", "WP"}:
        return None
    if any(t.i != verb.i and t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in INDIRECT_VERBS
           for t in verb.subtree):
        return None  # "X seemed to say Y": the saying is the attribution
    end = max(clause_end(c) for c in complements)
    return trim_content(verb.doc, phrase_span(subject)[0], end)


def _asked_content(verb) -> Optional[tuple]:
    """'Asked whether he would run again, Smith shrugged': the question, which PolNeAR
    marks with no source (the one asked is not its source); None for other uses of
    "ask". verb (Token): a token of lemma "ask"."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return None
    for child in verb.rights:
        if child.dep_ in {"ccomp", "advcl"} and any(
                m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in child.children):
            return trim_content(verb.doc, *phrase_span(child))
        if child.dep_ == "prep" and child.lower_ == "about":
            objects = [o for o in child.children if o.dep_ in PREP_OBJECTS]
            if objects:
                return trim_content(verb.doc, *phrase_span(objects[0]))
    return None


def _poll_attribution(prep) -> Optional[tuple]:
    """'In a CNN poll released Monday, Clinton led by 10 points': the poll is the source,
    "In" the cue, the clause it is set in the content. (Cue, content span, kind) or None."""
    if prep.lower_ != "in":
        return None
    poll = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in _POLLS:
        return None
    words = [t for t in prep.sent if not (t.is_punct or t.is_space)]
    if not words or prep.sent.root.pos_ not in {"VERB", "AUX"} or is_cue(prep.sent.root):
        return None
    # only a poll that frames its whole sentence, opening or closing it ("In a CNN poll,
    # Clinton leads", "Trump leads in the polls"); one inside a clause qualifies a part
    if prep.left_edge.i == words[0].i:
        part = [t for t in words if t.i > prep.right_edge.i]
    elif prep.right_edge.i == words[-1].i:
        part = [t for t in words if t.i < prep.left_edge.i]
    else:
        return None
    if len(part) < 3:
        return None
    content = part[0].idx, part[-1].idx + len(part[-1].text)
    cue = Cue(prep, prep.idx, prep.idx + len(prep.text), poll, source_span(poll))
    return cue, trim_content(prep.doc, *content), "attitude"


def _agentless_content(verb) -> Optional[tuple]:
    """'He was charged with assault', 'she was announced the winner': a passive cue with
    no agent names no source; PolNeAR marks the clause, subject and cue included, as
    content. The clause ends before a comma-set or joined clause ("…, and he …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.tag_ in {"WDT", "WP"} or subject.i > verb.i:
        return None
    doc, end = verb.doc, verb.idx + len(verb.text)
    for child in verb.rights:
        if child.dep_ in {"advcl", "conj", "cc", "parataxis", "relcl", "punct"}:
            break
        end = max(end, phrase_span(child)[1])
    return trim_content(doc, phrase_span(subject)[0], end)


def _passive_without_agent(token) -> bool:
    """'Trump was criticized': the subject is the target, and no source is named."""
    return any(c.dep_ == "nsubjpass" for c in token.children) and \
        not any(c.dep_ == "agent" for c in token.children)
