"""Colon attributions: a headline "Graham: Trump's Rhetoric Destroying GOP's Chance"
attributes what follows the colon to the name before it, and 'Pollsters agree - Carl
Bialik: “…”' the quote after the colon (PolNeAR marks the colon as the cue). A kicker
("Revealed:", "Wow:", "Follow X on Twitter:") is no name, and a roster under a heading
("Iowa: A, B, C, D") is nothing said.

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
           "bottom line", "why", "what", "how", "when", "where", "who", "full text"}
_SMALL_WORDS = {"of", "on", "the", "for", "and", "in", "at", "to", "de", "van", "von", "a"}
MAX_SOURCE_WORDS = 6
MIN_CONTENT_WORDS = 3


def _source_words_ok(source: str) -> bool:
    words = source.split()
    if not words or len(words) > MAX_SOURCE_WORDS or source.lower().replace("’", "'") in _LABELS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words) \
        and not source.rstrip().endswith((".", ","))


# Parts of speech a speaker's name never holds: a kicker or a headline before the colon
# ("Revealed:", "Wow:", "Look:", "Follow X on Twitter:", "Clinton Wades In:").
_NOT_NAME_POS = {"VERB", "AUX", "ADV", "INTJ"}


def _label_is_name(doc, lo: int, hi: int) -> bool:
    """Whether the words before a headline's colon can be a name: none is parsed as a
    verb, adverb or interjection (words set in capitals are let through: the parser
    misreads them, "TAPPER", "HUFFPOLLSTER")."""
    label = doc.char_span(lo, hi, alignment_mode="expand")
    return label is None or not any(
        t.pos_ in _NOT_NAME_POS and not t.text.isupper() for t in label)


def _is_list(doc, lo: int, hi: int) -> bool:
    """Whether a headline's content is a list with no verb ("Iowa: Tim A, Brad B, …"),
    a roster under a heading rather than something said."""
    content = doc.char_span(lo, hi, alignment_mode="expand")
    if content is None:
        return False
    commas = sum(t.text == "," for t in content)
    return commas >= 3 and not any(t.pos_ in {"VERB", "AUX"} for t in content)


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
    content = content.rstrip()
    if not _label_is_name(doc, *source) or _is_list(doc, start, start + len(content)):
        return None
    if content.endswith(".") and not content.endswith("..") and ". " not in content:
        content = content[:-1]  # a headline's content stops before its stop (a transcript
        # line of several sentences keeps it, as PolNeAR marks both)
    return source, colon[0], (start, start + len(content))


# What stands right before the name in 'Pollsters agree - Carl Bialik:' or 'More from
# the report:' (or the line's start).
_NAME_OPENERS = (" - ", " – ", " — ", "from ", "From ")
_NAME_POS = {"PROPN", "NOUN", "DET", "CCONJ", "PUNCT", "ADJ", "NUM", "PART"}
MAX_NAME_TOKENS = 6


def colon_attribution(doc, line_start: int, mark_start: int) -> Optional[tuple]:
    """(source span, colon token) of a quote introduced by a name and a colon, with no
    verb: 'Pollsters agree - Carl Bialik: “One of …”', 'From the report: “In general …”'
    (PolNeAR marks the colon as the cue, the name as the source), or None.

    doc (Doc): the parse; line_start (int): start char of the quote's paragraph;
    mark_start (int): char of the quote's opening mark.
    """
    text = doc_text(doc)
    before = text[line_start:mark_start].rstrip(" \t\xa0")
    if not before.endswith(":"):
        return None
    cut = max([0] + [before.rfind(o) + len(o) for o in _NAME_OPENERS if o in before])
    lo = line_start + cut + len(before[cut:]) - len(before[cut:].lstrip())
    hi = line_start + len(before[:-1].rstrip())
    if hi <= lo:
        return None
    name = doc.char_span(lo, hi, alignment_mode="expand")
    if name is None or not 0 < len(name) <= MAX_NAME_TOKENS or \
            any(t.pos_ not in _NAME_POS for t in name) or \
            not any(t.pos_ in {"PROPN", "NOUN"} for t in name):
        return None
    colon_at = line_start + len(before) - 1
    colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
    if colon is None or colon[0].text != ":":
        return None
    return (lo, hi), colon[0]
