"""Titles in quote marks: 'released a memo titled “…”' quotes the memo's title.

A title is its author's words, and whoever released or wrote the document is the
closest named author the sentence offers: "The committee released a memo titled “X”"
gives X to the committee; "a book titled “X”" with no releaser names no one. The title
keeps the releaser as speaker (rather than none) so that two outlets quoting one
document's title can be matched by who issued it.

Finding only: returns the token heading the author's phrase.
"""
from __future__ import annotations

from typing import Optional

from ..nlp import doc_text

TITLE_WORDS = frozenset({"titled", "entitled", "headlined", "headed", "subtitled"})
_SUBJECTS = {"nsubj", "nsubjpass"}
_MAX_GAP = 3  # chars between the title word and the opening mark (", “")


def title_author(doc, mark_start: int) -> Optional[object]:
    """The head token of whoever issued the document a quoted title names ('The
    committee released a memo titled “…”' -> "committee"), or None.

    doc (Doc): the parse; mark_start (int): char offset of the title's opening mark.
    """
    head = doc_text(doc)[:mark_start].rstrip(" ,:\t“\"'‘")
    words = head[-30:].split()
    if not words or words[-1].lower() not in TITLE_WORDS or mark_start - len(head) > _MAX_GAP:
        return None
    word = doc.char_span(len(head) - len(words[-1]), len(head), alignment_mode="expand")
    if word is None:
        return None
    document = word.root.head  # "memo" that "titled" modifies
    verb = document.head if document.dep_ in {"dobj", "nsubjpass", "pobj"} else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
