"""Colon headlines: "Graham: Trump's Rhetoric Destroying GOP's Chance" attributes what
follows the colon to the name before it (PolNeAR marks the colon as the cue).

Finding only: returns char offsets and the colon token.
"""
from __future__ import annotations

import re
from typing import Optional
from ..nlp import doc_text

# "Name: rest of the line", the name short and set in title case.
_HEADLINE = re.compile(r"([A-Z][^:\n]{0,48}?):[ \t]+(\S[^\n]*)")
# Title words that are not sources: section labels and small words inside names.
_LABELS = {"the latest", "update", "updated", "watch", "exclusive", "live", "breaking", "video",
           "photos", "opinion", "analysis", "editorial", "note", "related", "read more",
           "source", "sources", "transcript", "correction", "editor's note", "q&a", "faq",
           "bottom line", "why", "what", "how", "when", "where", "who", "update", "full text"}
_SMALL_WORDS = {"of", "on", "the", "for", "and", "in", "at", "to", "de", "van", "von", "a"}
MAX_SOURCE_WORDS = 6
MIN_CONTENT_WORDS = 3


def _source_words_ok(source: str) -> bool:
    words = source.split()
    if not words or len(words) > MAX_SOURCE_WORDS or source.lower() in _LABELS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words) \
        and not source.rstrip().endswith((".", ","))


def headline_attribution(doc, lo: int, hi: int) -> Optional[tuple]:
    """(source span, colon token, content span) of a colon headline filling the line
    [lo, hi) of ``doc``'s text, or None when the line is no such headline.

    doc (Doc): the parse; lo, hi (int): char span of one line (a paragraph).
    """
    text = doc_text(doc)
    match = _HEADLINE.fullmatch(text[lo:hi].rstrip())
    if match is None or not _source_words_ok(match.group(1)):
        return None
    content = match.group(2)
    if len(content.split()) < MIN_CONTENT_WORDS or content.rstrip().endswith(":"):
        return None
    colon_at = lo + match.end(1)
    colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
    if colon is None or colon[0].text != ":":
        return None
    source = (lo + match.start(1), lo + match.end(1))
    start = lo + match.start(2)
    return source, colon[0], (start, start + len(content.rstrip()))
