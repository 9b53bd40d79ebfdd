"""Discourse layout a pronoun resolver needs: paragraphs, direct quotations and their
speakers, and whether a named person-typed entity can be a person at all.

Kept apart from the salience model (``coref.py``): these are plain findings on the text
and the parse, used there as constraints.
"""
from __future__ import annotations

import bisect
import re

from ..nlp import doc_text
from .recall import PLACE_ORG_WORDS

# reporting verbs whose subject is the speaker of a quotation in the same sentence
SPEECH_LEMMAS = {"say", "tell", "add", "state", "write", "ask", "insist", "explain", "note",
                 "declare", "warn", "claim", "argue", "tweet", "announce", "reply", "continue",
                 "recall", "acknowledge", "admit", "stress", "conclude", "respond", "joke"}
# last or inner words that make a "PERSON" run a team or a body ("Manchester United")
TEAM_WORDS = {"united", "rovers", "athletic", "wanderers", "rangers", "celtic", "hotspur",
              "albion", "fc", "sc"}
_QUOTE_RE = re.compile(r"''|``|[\"“”]")  # '' and `` stand for double marks in some feeds


def paragraph_lookup(text: str):
    """A function offset → paragraph index, paragraphs being the text's lines (news
    text keeps one paragraph a line; a run of blank lines is one break)."""
    breaks = [m.start() for m in re.finditer(r"\n\s*", text)]
    return lambda offset: bisect.bisect_right(breaks, offset)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """[(start, end)] of the direct quotations of ``text`` (str), the marks included.
    Curly marks pair as open/close; straight ones alternate within a line; a quotation
    left open runs to the end of its line (the news habit of leaving a paragraph's
    quotation open when the next paragraph goes on with it)."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        opened = None
        for m in _QUOTE_RE.finditer(line):
            ch = m.group()
            if opened is None and ch != "”":
                opened = pos + m.start()
            elif opened is not None and ch not in ("“", "``"):
                spans.append((opened, pos + m.end()))
                opened = None
        if opened is not None:
            spans.append((opened, pos + len(line)))
        pos += len(line) + 1
    return spans


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls inside one of ``spans`` (sorted, disjoint)."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def is_speaker(doc, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether the mention at [start, end) is the subject of a reporting verb that stands
    outside the quotations ``quotes`` ("'...,' X said"; not X of "X 'said he ...'", where
    the verb is itself quoted words of someone else)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_LEMMAS \
        and not inside(quotes, root.head.idx)


def named_like_body(name: str) -> bool:
    """Whether a name typed PERSON reads as a team, firm or body instead ("Manchester
    United", "Acme Inc"): one of its words after the first is an organisation's word."""
    words = [w.lower().strip(".,'’") for w in name.split()]
    return len(words) >= 2 and any(w in PLACE_ORG_WORDS or w in TEAM_WORDS for w in words[1:])


def unit_lookup(doc, sentence_of):
    """A function offset → index of the piece of text it lies in, pieces being the doc's
    sentences cut again at paragraph breaks; None where ``sentence_of`` (offset → sentence
    index or None) gives None, so skipped text stays skipped."""
    cuts = sorted({s.start_char for s in doc.sents}
                  | {m.end() for m in re.finditer(r"\n\s*", doc_text(doc))})

    def unit_of(offset: int):
        if sentence_of(offset) is None:
            return None
        return bisect.bisect_right(cuts, offset)
    return unit_of


def coordinated_people(doc, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """Whether [start, end) holds two people joined by "and" ("Susan Doe and Tom Roe"),
    people being the [(start, end)] spans of person mentions (the article's entities, as
    NER alone may type one of the pair an organisation): a "they" after them is the pair,
    which no single entity of the article stands for."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False

    def person(tok) -> bool:
        i = bisect.bisect_right(people, (tok.idx, float("inf"))) - 1
        return i >= 0 and people[i][0] <= tok.idx < people[i][1]
    return any(t.dep_ == "conj" and t.head.i < t.i and person(t) and person(t.head)
               for t in span)
