"""Interview transcripts: in "Q: … A: …" the answers are the interviewee's words.

A transcript labels each turn with "Q:" or "A:" instead of naming the speaker; the
colon-attribution rules take the label for the source, which names no one. The
interviewee is the person the text names most before the first question (the
introduction: "Vice President Joe Biden spent the day …"); the questions are the
interviewer's, left without a speaker (the interviewer is seldom named).

Finding only: returns names, changes nothing.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

ANSWER_LABELS = frozenset({"A", "A."})
QUESTION_LABELS = frozenset({"Q", "Q."})
# A question turn opening a line: the mark that a text is a transcript.
_QUESTION_LINE = re.compile(r"(?m)^[ \t]*Q[.:][ \t]")


def interviewee(article) -> Optional[str]:
    """The canonical name of the person an interview transcript questions, or None when
    ``article`` (Article, ``mentions`` set) has no "Q:" line or names no person before it."""
    first = _QUESTION_LINE.search(article.text)
    if first is None:
        return None
    named = Counter()
    order = {}
    for start, name in _persons(article):
        if start < first.start():
            named[name] += 1
            order.setdefault(name, start)
    if not named:
        return None
    return max(named, key=lambda name: (named[name], -order[name]))


def _persons(article) -> list:
    """(char start, name) of each person named: the entities stage's canonical names,
    else (a quotes stage run alone) spaCy's PERSON entities."""
    if article.mentions:
        return [(m.start, m.canonical) for m in article.mentions
                if (m.entity_type or m.type) == "PERSON" and m.canonical]
    doc = getattr(article, "doc", None)
    return [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"] if doc else []


def turn_speaker(article, label: str, known: Optional[dict] = None) -> tuple:
    """(is a transcript turn, speaker) for a colon source ``label`` (str): an answer is
    the interviewee's, a question no one's; (False, None) for any other label.

    known (dict | None): one dict per article kept by the caller across its turns, so
    that the interviewee is counted once, not once per answer."""
    label = label.strip()
    if label in ANSWER_LABELS:
        if known is None:
            return True, interviewee(article)
        if "interviewee" not in known:
            known["interviewee"] = interviewee(article)
        return True, known["interviewee"]
    if label in QUESTION_LABELS and _QUESTION_LINE.search(article.text):
        return True, None
    return False, None
