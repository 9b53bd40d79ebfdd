"""Cues set inside the clause they report, with no clause of their own: "This
campaign, he says, is different", "As BuzzFeed News first reported, Trump voiced
support …", "…, as The Times reported", "A trend will end, the budget office reported".

Finding only: functions take a cue token and return char offsets.
"""
from __future__ import annotations

from typing import Optional

from .source_spans import phrase_span

_SET_OFF = {",", "—", "–"}
# What a cue has when it reports something of its own, not the clause around it.
_OWN_CONTENT = {"ccomp", "dobj", "xcomp", "attr", "oprd"}
_FINITE = {"VBD", "VBZ", "VBP"}


def _set_off(doc, i: int) -> bool:
    """Whether token ``i`` is a comma or dash, or follows one."""
    return doc[i].text in _SET_OFF or (i > 0 and doc[i - 1].text in _SET_OFF)


def _parenthetical_content(cue) -> Optional[tuple]:
    """'This campaign, he says, is different': a cue set off by commas inside the clause
    it reports; the content is that clause's extent, the cue within it (as PolNeAR
    marks it). 'Rubio says, win or lose, he's staying': the clause after the comma."""
    doc = cue.doc
    if cue.dep_ == "parataxis" and cue.head.pos_ in {"VERB", "AUX"} and \
            _set_off(doc, cue.left_edge.i):
        return phrase_span(cue.head)
    after = [c for c in cue.rights if c.dep_ in {"parataxis", "ccomp"} and c.pos_ in {"VERB", "AUX"}
             and c.left_edge.i > cue.i and _set_off(doc, c.left_edge.i)
             and not any(t.is_punct for t in doc[cue.i + 1:c.left_edge.i - 1])]
    if after:
        return phrase_span(after[0])
    return None


def _framing_content(cue) -> Optional[tuple]:
    """'As BuzzFeed News first reported, Trump voiced support …', '…, as The Times
    reported', 'A trend will end, the budget office reported': the cue heads an
    adverbial clause ("as" or set off by a comma) of the clause it reports; the content
    is that clause without the cue's own words, on the longer side of them (PolNeAR
    train 0-400: 9 such "report" cues never offered, "say" alike)."""
    head, doc = cue.head, cue.doc
    if cue.dep_ != "advcl" or head.pos_ not in {"VERB", "AUX"} or head.i == cue.i:
        return None
    if cue.tag_ not in _FINITE or not any(c.dep_ == "nsubj" for c in cue.children):
        return None  # "…, he said, referring to X": a participle states its own content
    marks = [c.lower_ for c in cue.children if c.dep_ == "mark"]
    if marks != ["as"] and (marks or not _set_off(doc, cue.left_edge.i)):
        return None
    if any(c.dep_ in _OWN_CONTENT for c in cue.children):
        return None
    left, right = cue.left_edge.i, cue.right_edge.i
    words = [t for t in head.subtree if not (t.is_punct or t.is_space or left <= t.i <= right)]
    before = [t for t in words if t.i < left]
    after = [t for t in words if t.i > right]
    part = after if len(after) >= len(before) else before
    if len(part) < 3:
        return None
    return part[0].idx, part[-1].idx + len(part[-1].text)


def inserted_content(cue) -> Optional[tuple]:
    """(start, end) of the clause a cue without a clause of its own is inserted in, or
    None. cue (Token): a cue verb with no complement clause."""
    return _parenthetical_content(cue) or _framing_content(cue)
