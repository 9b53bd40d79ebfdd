"""Finding quoted spans by their quote marks, in plain text.

Handles curly and straight double quotes, two apostrophes used as a double quote
(''…''), guillemets («…», »…«), low-high quotes („…“), and single quotes (‘…’, '…')
that are not apostrophes. A paragraph that opens a quote without closing it, followed
by a paragraph that opens with a quote mark, continues the quote (the newspaper
convention for multi-paragraph quotes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# '' must be tried before ' so that two apostrophes read as one double mark.
_MARK = re.compile(r"''|[\"“”„«»‘’'‹›]")
_DOUBLE = {"''", '"', "“", "”", "„", "«", "»"}
_OPENERS = {"“", "„", "«", "‘", "‹"}
_CLOSERS = {"”", "»", "’", "›"}
_BEFORE_OPEN = set(" \t([{—–-/:;,") | {""}


@dataclass
class QuotedSpan:
    """The text between a pair of quote marks.

    start, end (int): the content, marks excluded, white space trimmed.
    mark_start, mark_end (int): the span including both marks (or to paragraph end).
    continued (bool): it continues an unclosed quote from the paragraph before.
    continues (bool): it is left open at its paragraph's end and goes on in the next.
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    continued: bool = False
    continues: bool = False


def paragraphs(text: str) -> list:
    """[start, end] of each non-blank line of ``text``."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append([match.start(), match.end()])
    return spans


def _context(text: str, start: int, end: int) -> tuple:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return before, after


def _is_opening(text: str, start: int, end: int, mark: str) -> bool:
    """Whether a mark reads as an opening mark from what surrounds it."""
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    before, after = _context(text, start, end)
    return (before in _BEFORE_OPEN or before.isspace() or before in "\"“'‘") and not (
        after == "" or after.isspace())


def _is_single_close(text: str, start: int, end: int) -> bool:
    """A ’ or ' closes a quote only when it is not an apostrophe inside a word."""
    before, after = _context(text, start, end)
    return bool(before) and not before.isspace() and not after.isalnum()


def _trim(text: str, start: int, end: int) -> tuple:
    while start < end and text[start].isspace():
        start += 1
    # a comma before the closing mark belongs to the sentence, not the quote
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _double_marks(text: str, lo: int, hi: int) -> list:
    return [(m.start(), m.end(), m.group()) for m in _MARK.finditer(text, lo, hi)
            if m.group() in _DOUBLE]


def _pair_double(text: str, lo: int, hi: int) -> tuple:
    """Pair double marks in one paragraph.

    Returns (pairs, open_at): pairs of (open_start, open_end, close_start, close_end),
    and open_at, the (start, end) of a mark left unclosed at the paragraph's end, or None.
    """
    pairs, opened = [], None
    for start, end, mark in _double_marks(text, lo, hi):
        if opened is None:
            if mark in _CLOSERS and not _is_opening(text, start, end, '"'):
                continue  # a stray closing mark with nothing open
            opened = (start, end)
        else:
            pairs.append((opened[0], opened[1], start, end))
            opened = None
    return pairs, opened


def _pair_single(text: str, lo: int, hi: int, taken: list) -> list:
    """Pair single quote marks that are not apostrophes, outside double-quoted spans."""
    pairs, opened = [], None
    for match in _MARK.finditer(text, lo, hi):
        start, end, mark = match.start(), match.end(), match.group()
        if mark in _DOUBLE or any(a <= start < b for a, b in taken):
            continue
        if opened is None:
            if mark in "‘‹" or (mark == "'" and _is_opening(text, start, end, mark)):
                opened = (start, end)
        elif mark in "’'›" and _is_single_close(text, start, end) and start > opened[1]:
            pairs.append((opened[0], opened[1], start, end))
            opened = None
    return pairs


# A markup tag with attributes left in the text of a scraped page.
_MARKUP_TAG = re.compile(r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+=(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))+\s*/?>")


def find_quoted_spans(text: str) -> list:
    """All quoted spans in ``text`` (list[QuotedSpan]), in text order.

    text (str): the article text; offsets returned index into it.
    """
    spans, paras = [], paragraphs(text)
    for index, (lo, hi) in enumerate(paras):
        pairs, open_at = _pair_double(text, lo, hi)
        for o_start, o_end, c_start, c_end in pairs:
            start, end = _trim(text, o_end, c_start)
            if end > start:
                spans.append(QuotedSpan(start, end, o_start, c_end))
        if open_at is not None:
            nxt = paras[index + 1][0] if index + 1 < len(paras) else None
            starts_quote = nxt is not None and text[nxt] in "\"“„«'"
            at_paragraph_start = not text[lo:open_at[0]].strip()
            if starts_quote or at_paragraph_start:
                start, end = _trim(text, open_at[1], hi)
                if end > start:
                    spans.append(QuotedSpan(start, end, open_at[0], hi,
                                            continues=starts_quote))
        taken = [(s.mark_start, s.mark_end) for s in spans if s.mark_end > lo]
        for o_start, o_end, c_start, c_end in _pair_single(text, lo, hi, taken):
            start, end = _trim(text, o_end, c_start)
            if end > start:
                spans.append(QuotedSpan(start, end, o_start, c_end))
    tags = [m.span() for m in _MARKUP_TAG.finditer(text)]
    # '<tweet id="6721…" author="@x">': attribute values in left-over markup quote nobody
    spans = [s for s in spans if not any(lo < s.mark_start < hi for lo, hi in tags)]
    spans.sort(key=lambda s: s.start)
    return _link_continuations(spans, text)


def _link_continuations(spans: list, text: str) -> list:
    """Mark a span that opens a paragraph right after an unclosed one as continued."""
    for before, after in zip(spans, spans[1:]):
        if before.continues and not text[before.mark_end:after.mark_start].strip():
            after.continued = True
    return spans
