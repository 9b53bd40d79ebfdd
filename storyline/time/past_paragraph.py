"""A paragraph of history told below the news, with no date of its own.

A report gives its news first, then often a whole paragraph of what came before:

    Moscow and Beijing signed a treaty of friendship on Tuesday. [...]
    The two neighbours had long been rivals. They fought a border war and broke off
    ties; trade fell to almost nothing.

Read alone, "fought" and "broke off" are past events with no date in their sentence,
which the fallbacks put on the publication day. But the paragraph is history: it tells
only the past, names no date, follows a paragraph that names none just before it either,
and marks itself as earlier than the news ("had been", "at the time", "since then").
Such a paragraph has no frame the text gives; its events stay undated rather than take
a day that is surely wrong.

The reading needs all of: the event's paragraph (a line of the text) is not the first
of the body and starts at its third sentence or later; no time expression in the
paragraph nor in the sentence just before it (a date frames it, and :mod:`.background`
reads those; "minutes later" steps on from the news); every sentence's main verb in the
paragraph in the past simple or past perfect (a present, perfect or future one brings the
telling back to the news); a cue of an earlier time in a main clause of the paragraph (a
past perfect main verb, or one of :data:`_EARLIER`); and the event's own verb is no saying
(what someone said is most often gathered for the report).

Measured before choosing it (``python bench/event_dates.py --part dev`` and
``python bench/event_dates_dense.py``): the publication day stays right for past-simple
events far down WikiNews reports (sentences 9 and later: 25 right, 1 wrong), so depth
alone is no cue; TimeBank-Dense's past-simple events dated by the publication day are as
often before it on no day given (146) as on it (137). With the rule: WikiNews unchanged
(its bodies are one paragraph), TimeBank-Dense 4 fewer dates where the gold knows none, no
right one lost; over PolNeAR train's first 250 documents (development half, every past
verb) it undates 4, each read by hand as history (cues inside a quote or a relative
clause fired wrongly before they were limited to main clauses).
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Article
from .fallback import perfect, undated
from .tense import governing_verb, past_perfect, verb_tense

# sentences of the body before the one a history paragraph may start at: the lead's
HISTORY_FROM = 2
# words saying the paragraph tells a time before the news
_EARLIER = re.compile(r"\b(?:at\s+the\s+time|since\s+then|back\s+then|in\s+those\s+days|"
                      r"previously|years\s+(?:earlier|before)|until\s+then|by\s+then|long\s+ago|"
                      r"in\s+the\s+past)\b", re.I)
# the saying verbs a history paragraph's event is not (see the module)
_SAYING = {"say", "tell", "add", "announce", "state", "report", "claim", "insist", "note", "write"}


def paragraph_of(article: Article, index: int) -> tuple[int, int]:
    """(first, last + 1) indices of the sentences sharing sentence ``index``'s line."""
    text, sentences = article.text, article.sentences
    first = index
    while first > 0 and "\n" not in text[sentences[first - 1][1]:sentences[first][0]] \
            and "\n" not in text[sentences[first - 1][0]:sentences[first - 1][1]].strip():
        first -= 1
    last = index + 1
    while last < len(sentences) and "\n" not in text[sentences[last - 1][1]:sentences[last][0]] \
            and "\n" not in text[sentences[last][0]:sentences[last][1]].strip():
        last += 1
    return first, last


def in_past_paragraph(article: Article, sentence_index: int, verb) -> bool:
    """Whether a past-simple event (its clause's ``verb``, a spaCy token) in sentence
    ``sentence_index`` lies in a history paragraph with no date (see the module).

    article (Article): parsed (``doc``), with ``sentences`` and ``timexes``.
    """
    if article.doc is None or verb.lemma_.lower() in _SAYING:
        return False
    first, last = paragraph_of(article, sentence_index)
    body = _body_start(article)
    if first <= body or first - body < HISTORY_FROM:
        return False  # the lead's paragraph, or one right below it: the news itself
    timed = {t.sentence for t in article.timexes if t.sentence is not None}
    if timed & set(range(first - 1, last)):
        # a date in the paragraph or just before it frames it (background.py reads those);
        # "minutes later", "for years" step on from a time told
        return False
    roots = [_root(article, i) for i in range(first, last)]
    if any(root is None or verb_tense(root) != "past" or perfect(root) for root in roots):
        return False
    # cues count only in main clauses ("The two had long been rivals", "At the time, he
    # refused"): in what someone said or thought a past perfect is the reported tense
    # ("said they had found"), and "comments he had made previously" dates the comments
    mains = {v.i for root in roots for v in (root, *[c for c in root.children if c.dep_ == "conj"])}
    if any(past_perfect(article.doc[i]) for i in mains):
        return True
    start, end = article.sentences[first][0], article.sentences[last - 1][1]
    for found in _EARLIER.finditer(article.text[start:end]):
        cue = article.doc.char_span(start + found.start(), start + found.end(), alignment_mode="expand")
        owner = governing_verb(cue[0]) if cue is not None and len(cue) else None
        if owner is not None and owner.i in mains:
            return True
    return False


def _body_start(article: Article) -> int:
    """Index of the first sentence of the body: the first one the clean stage's headline
    and date lines (furniture) do not hold."""
    furniture = [(f.start, f.end) for f in article.furniture]
    for i, (start, _end) in enumerate(article.sentences):
        if not any(s <= start < e for s, e in furniture):
            return i
    return 0


def _root(article: Article, index: int):
    """The main verb of sentence ``index`` (its parse's root when a verb), else None."""
    start, end = article.sentences[index]
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root if span.root.pos_ in ("VERB", "AUX") else None


def past_paragraph_reading(article: Article, sentence_index: int, trigger) -> Optional[dict]:
    """The resolver's answer (undated, read as "background") for a past-simple event
    (``trigger``: its spaCy token) in a history paragraph (:func:`in_past_paragraph`),
    else None (also for a present perfect, which tells what is still the case)."""
    verb = governing_verb(trigger)
    if verb is None or perfect(verb) or not in_past_paragraph(article, sentence_index, verb):
        return None
    return {**undated(), "reading": "background"}
