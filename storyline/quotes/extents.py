"""Where a content span ends, by PolNeAR's conventions: trimming what a parse's
subtree carries past the reported words (a description tacked on after a comma)
and finishing a quotation the span opened.

Finding only: functions take a spaCy Doc and char offsets and return char offsets.
"""
from __future__ import annotations

import re
from ..nlp import doc_text

_DOUBLE_MARKS = "\"“”«»"


def open_marks(text: str) -> int:
    """How many double quote marks ``text`` holds (an odd count leaves one open)."""
    return sum(text.count(m) for m in _DOUBLE_MARKS) + text.count("''")


def close_open_quote(text: str, start: int, end: int, reach: int = 300) -> int:
    """End of a content that opens a quote and stops inside it, moved past the closing
    mark when that lies in the same paragraph: 'as “absurd' -> 'as “absurd.”'.

    text (str): the article text; start, end (int): the content span.
    """
    if open_marks(text[start:end]) % 2 == 0:
        return end
    for probe in range(end, min(len(text), end + reach)):
        char = text[probe]
        if char == "\n":
            break
        if text.startswith("''", probe):  # ''…'', as the New York Times sets quotes
            return probe + 2
        if char in "\"”»":
            return probe + 1
    return end


def open_quote_before(text: str, start: int, end: int) -> int:
    """Start of a content whose first word follows an opening quote mark that the
    content closes, moved onto that mark: 'said “it gets me mad” every time' reports
    '“it gets me mad” every time' (a parse's subtree leaves the mark out).

    text (str): the article text; start, end (int): the content span.
    """
    if open_marks(text[start:end]) % 2 == 0:
        return start
    if text[max(0, start - 2):start] == "''":
        return start - 2
    if start > 0 and text[start - 1] in "\"“«":
        return start - 1
    return start


def _last_token(doc, end: int):
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def cut_trailing_description(doc, start: int, end: int) -> int:
    """End before a comma-set apposition that closes the content: 'a ban on fracking,
    an extraction method known as fracking' reports only 'a ban on fracking'. An
    apposition inside the content, or a bare name ('his wife, Sarah'), stays.

    doc (Doc): the parse; start, end (int): the content span. Returns the new end.
    """
    last = _last_token(doc, end)
    if last is None:
        return end
    for token in doc.char_span(start, end, alignment_mode="expand"):
        if token.dep_ != "appos" or token.head.i >= token.i:
            continue
        if doc[token.left_edge.i].lower_ not in {"a", "an", "the"}:
            continue  # "his wife, Sarah": a name in a list, not a description
        left = token.left_edge.i
        if token.right_edge.i < last.i or left == 0 or doc[left - 1].text not in {",", "—", "–"}:
            continue
        if doc[left - 1].idx <= start:
            continue
        cut = left - 1
        while cut > 0 and (doc[cut].is_punct or doc[cut].is_space) and doc[cut].idx > start:
            cut -= 1
        return doc[cut].idx + len(doc[cut].text)
    return end


def cut_trailing_which(doc, start: int, end: int) -> int:
    """End before a comma-set ", which …" clause that closes the content: the writer's
    gloss on the last thing named ('plans to repeal the Dodd-Frank Act, which was passed
    in 2010'; PolNeAR train 0-400 cuts it 30 times to 13, bench/polnear_bounds.py,
    where ", who …" is kept 12 to 10 and stays). A clause with quote marks is the
    speaker's words and stays.

    doc (Doc): the parse; start, end (int): the content span. Returns the new end.
    """
    last = _last_token(doc, end)
    span = doc.char_span(start, end, alignment_mode="expand")
    if last is None or span is None:
        return end
    for token in span:
        first = token.left_edge
        if token.dep_ != "relcl" or first.lower_ != "which" or first.i <= span[0].i + 1:
            continue
        if token.right_edge.i < last.i - 1 or doc[first.i - 1].text != ",":
            continue
        if any(t.is_quote for t in doc[first.i:last.i + 1]):
            continue
        return doc[first.i - 1].idx
    return end


def trim_content(doc, start: int, end: int) -> tuple:
    """(start, end) of a reported clause or attitude content after PolNeAR's trimming.

    doc (Doc): the parse (its text equals the article text); start, end (int): the span.
    """
    text = doc_text(doc)
    end = cut_trailing_which(doc, start, cut_trailing_description(doc, start, end))
    start = open_quote_before(text, start, end)
    end = close_open_quote(text, start, end)
    return start, end


# A wire dateline opening a paragraph: "WASHINGTON (AP) — ", "LOS ANGELES, Feb. 2 (UPI) — ",
# "Dec 29 (Reuters) - ", "RENO, Nev. — ".
_DATELINE = re.compile(
    r"(?:[A-Z][^\n()]{0,50}?\([A-Z][A-Za-z/ .&-]{0,24}\)[ \t]*(?:—|–|--|-)"
    r"|[A-Z][A-Z.'’ -]{2,30}(?:,[^\n—–(]{1,30})?[ \t]+(?:—|–|--))[ \t]*")


def dateline_end(text: str, offset: int) -> int:
    """End char of the wire dateline opening the paragraph that holds ``offset``, or -1.

    text (str): the article text; offset (int): any char offset in the paragraph.
    """
    para = text.rfind("\n", 0, offset) + 1
    match = _DATELINE.match(text, para)
    return match.end() if match and match.end() <= offset + 1 else -1


def after_dateline(text: str, start: int, anchor: int) -> int:
    """``start`` moved past a dateline that lies between it and ``anchor`` (the cue or
    the phrase's head): 'LOS ANGELES, Feb. 2 (UPI) — The next record is ...' -> 'The next'."""
    end = dateline_end(text, anchor)
    return end if start < end <= anchor else start


# dependencies of the words that belong to a verb group standing before the verb
VERB_GROUP = {"aux", "auxpass", "neg", "advmod"}


def verb_group_left(verb):
    """First token of the verb group before ``verb`` (a spaCy Token): the auxiliaries,
    negation and adverbs right before it ("has not yet said", "is telling", "was asked")."""
    first = verb
    while first.i > 0:
        before = verb.doc[first.i - 1]
        if before.head.i != verb.i or before.dep_ not in VERB_GROUP or before.tag_ == "WRB":
            break  # "when asked about": the clause opener is no part of the verb group
        first = before
    return first
