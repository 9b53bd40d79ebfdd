"""Where a source phrase begins and ends: its head's subtree, with PolNeAR's bounds
(a closing comma or dash kept, a dateline, a focusing "even", what only describes the
head or says when it spoke left out). ``attribution`` finds the head; this bounds it.

Everything here finds and returns offsets; nothing writes to the article.
"""
from __future__ import annotations

from typing import Optional

from .extents import after_dateline, dateline_end
from .lexicon import ATTITUDE_VERBS, INDIRECT_VERBS, QUOTE_VERBS
from ..nlp import doc_text


def is_ancestor(token, other) -> bool:
    """Whether ``token`` governs ``other`` (is one of its ancestors)."""
    return any(a.i == token.i for a in other.ancestors)


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
    cut = max(before.rfind("\n"), before.rfind(" — "), before.rfind(" – "), before.rfind(" -- "),
              # a quote the parse hangs on the name after it ('“…,” Trump, the front-runner,')
              *(before.rfind(mark) + len(mark) - 1 for mark in (",” ", "”, ", ",'' ", "'', ")
                if mark in before))
    if cut >= 0:
        start = start + cut + 1
        while start < head.idx and not text[start].isalnum():
            start += 1
    end = min(end, _describing_cut(head))
    start = _after_focus(head.doc, start, head.idx)
    while start < head.idx and text[start] in _LEADING_DASHES:
        start += 1  # a byline dash glued to the name ("-Philip Bump"): no part of the source
    if cue is not None and head.i < cue.i and is_ancestor(head, cue):
        end = min(end, _end_before(head.doc, cue.left_edge.i, head.i))  # "a PAC [backing …]"
    if "," in text[head.idx:end] and text[end:end + 1] == ",":
        end += 1
        if text[end:end + 1] == "”" and text.count("“", start, end) > text.count("”", start, end):
            end += 1  # 'host of MSNBC’s “Morning Joe,”': the title's mark closes after the comma
    for dash in ("—", "–", "--"):  # "Jason Sims — a teacher from X —" keeps its closing dash
        if f" {dash} " in text[head.idx:end] and text.startswith(f" {dash}", end):
            end += 1 + len(dash)
            break
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
        if child.i > head.i and _when_said(child):
            return min(end, _end_before(doc, child.left_edge.i, head.i))
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


def _when_said(child) -> bool:
    """Whether a modifier after a source head says when (or on what occasion) the source
    spoke, not who it is: "Trump on Thursday", "Trump at the time", "Golvach when asked
    about Graham"; PolNeAR's sources leave it out (but keep "a poll released Tuesday",
    "a survey last week": that says which poll)."""
    if child.dep_ == "prep" and child.lower_ in {"on", "at", "during"}:
        objs = [c for c in child.children if c.dep_ == "pobj"]
        return bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} or o.lower_ == "time"
                                  for o in objs)
    if child.dep_ == "advcl":
        return any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "while"}
                   for c in child.children)
    return False


def _reports(clause) -> bool:
    """Whether a clause holds a cue verb of its own ("Obama, who has denounced the
    attack, …"): then it is another attribution, not part of the source phrase."""
    return any(t.pos_ in {"VERB", "AUX"} and (t.lemma_.lower() in INDIRECT_VERBS or
               t.lemma_.lower() in ATTITUDE_VERBS or t.lemma_.lower() in QUOTE_VERBS)
               for t in clause.subtree)
