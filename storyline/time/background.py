"""Past events told as background, which the publication day does not date.

A news report tells its news, then often steps back: "The bank was founded in 1990. It
started lending to farmers." or "In 2014 he led the army's reform. He fired half the
generals." Read alone, the second sentence is a past event with no date of its own, which
the fallbacks would put on the publication day (or on the day the lead gives the news). But
a narrative carries its reference time forward (Reichenbach's R): the firing belongs to
2014, the lending to the bank's early years, not to the day of the report.

Readings, all for a past-simple event with no date in its sentence:

- **continued frame**: the sentence just before it in the same paragraph (a line of the
  text) dates its own main past-simple (or past-perfect) verb by a frame written for it
  ("In 2014", "last March", "two decades ago") that ends before the publication day, and
  this event's clause goes on about that sentence's subject (a personal pronoun, the same
  name, or the same noun made definite: "the bank"); then it takes that date (a day before
  the news week as its month), with a low confidence. Chains over such sentences ("He
  fired half the generals. He also ..."). Not when the clause steps forward ("More
  recently, he pledged") or tells what someone said (most often gathered for the report).
- **pointing back**: "at the time", "back then", "in those days" take the last date of the
  two sentences before in the paragraph when it ends before the publication day; "back
  then" and "in those days" with no such date stay undated.
- **background**: its own clause says it is background ("used to", "in its early years",
  "as a student", "was born", "founded") or it goes on, with the same subject, from a
  sentence told in the past perfect ("He had joined the party as a student. He rose
  quickly."); then it stays undated.

On WikiNews (``python bench/event_dates.py``) none of these fire: news and background
sentences alternate with a change of subject ("In April, a blog obtained a prototype. Jobs
started by hinting at the incident"), and the subject test keeps those on the news day.
On longer political news (PolNeAR train, read by hand) they change about one article in
twenty-five, nearly always from a wrong publication or lead day to the right frame.
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Optional

from ..model import Article
from .calendar import bounds, parse_reference
from .fallback import CONTINUED_CONFIDENCE, NARRATIVE_CONFIDENCE, perfect, undated
from .news_day import NEWS_WINDOW_DAYS
from .tense import governing_verb, past_perfect, verb_tense

# how many sentences back a frame may be carried over a chain of continuing sentences
MAX_CHAIN = 3

# words in an event's own clause that make it background ("used to", "back then")
_BACKGROUND = re.compile(
    r"\b(?:used\s+to|in\s+(?:its|his|her|their|the)\s+(?:early|first|formative)\s+(?:years|days|decades)|"
    r"early\s+on|long\s+ago|in\s+(?:his|her|their)\s+(?:youth|childhood|twenties|thirties|teens)|"
    r"as\s+a\s+(?:child|boy|girl|teenager|student|young\s+\w+))\b", re.I)
# words that point back to a time already told ("At the time, regulators blamed ..."): the
# last date of the sentences before; "back then" and "in those days" are far past even
# without one ("at the time of the attack" is framed by its noun, not pointing back)
_ANAPHORIC = re.compile(r"\b(?:at\s+(?:the|that)\s+time(?!\s+of\b)|back\s+then|in\s+those\s+days)\b", re.I)
_FAR_PAST = ("back", "in")  # first words of the pointing-back cues that are far past by themselves
# verbs of a beginning told as background: "was born", "founded the firm", "grew up"
ORIGIN_VERBS = {"bear", "found", "co-found", "cofound", "grow"}
_PRONOUNS = {"he", "she", "it", "they", "we"}
_SUBJECTS = {"nsubj", "nsubjpass"}


def background_date(article: Article, sentence_index: int, trigger) -> Optional[dict]:
    """The answer for a past-simple event with no date in its sentence told as background
    (see the module): the continued frame's date, or undated; None when it is not.

    article (Article): parsed (``doc``), with ``timexes``, ``sentences``, ``published``.
    sentence_index (int): the event's sentence; trigger (spaCy Token): its word.
    """
    verb = governing_verb(trigger)
    if verb is None or verb_tense(verb) != "past" or perfect(verb) or past_perfect(verb):
        return None
    if _told_as_background(verb, trigger):
        return _undated()
    cue = _cue_in_clause(verb, _ANAPHORIC)
    if cue is not None:  # "At the time, regulators blamed the bank": the time told last
        timex = _last_date_before(article, sentence_index)
        found = _continued(article, timex) if timex is not None else None
        far = cue.split()[0].lower() in _FAR_PAST
        return found or (_undated() if far and timex is None else None)
    index, current = sentence_index, verb
    if _steps_forward(verb) or _reports(verb):
        return None  # "More recently, he pledged ...", "he praised them but said ...": the news
    for _ in range(MAX_CHAIN):
        before = _previous_main(article, index)
        if before is None or not _same_subject(current, before):
            return None
        if verb_tense(before) != "past" or perfect(before):
            return None  # "has fought cancer since 2004": a state up to now, not a frame left behind
        timex = _frame_of(article, index - 1, before)
        if timex is not None:
            return _continued(article, timex)
        if past_perfect(before):
            return _undated()  # a flashback told on: before the news by an unknown span
        index, current = index - 1, before
    return None


def _undated() -> dict:
    """:func:`.fallback.undated`, read as background (bench/event_dates tallies it apart)."""
    return {**undated(), "reading": "background"}


def _frame_of(article: Article, index: int, verb):
    """The timex written for ``verb``'s own clause in sentence ``index`` (event_date's own
    reading: attached to the clause, not a date of a noun or of another clause), or None."""
    from .event_date import pick_timex  # event_date calls this module: read it late

    timex, source = pick_timex(article, index, verb.idx, verb)
    return timex if source == "timex" else None


def _told_as_background(verb, trigger) -> bool:
    """Whether the event's own clause (its verb's words, not a clause below it) marks it
    as background: a cue of :data:`_BACKGROUND`, or a beginning ("was born", "founded")."""
    if verb.lemma_.lower() in ORIGIN_VERBS and (verb.lemma_.lower() != "grow" or
                                               any(c.lower_ == "up" for c in verb.children)):
        return trigger.i == verb.i or trigger.head.i == verb.i
    return _cue_in_clause(verb, _BACKGROUND) is not None


def _cue_in_clause(verb, pattern) -> Optional[str]:
    """The first words matching ``pattern`` that hang off ``verb``'s own clause (not a
    clause below it; "used to run a bakery": also the verb it completes), or None."""
    doc = verb.doc
    clause = {verb.i, verb.head.i} if verb.dep_ == "xcomp" else {verb.i}
    first = min(verb.left_edge.i, verb.head.left_edge.i) if verb.dep_ == "xcomp" else verb.left_edge.i
    span = doc[first:verb.right_edge.i + 1]
    start = span.start_char  # the span's own text: Doc.text would join every token of the doc
    for found in pattern.finditer(span.text):
        cue = doc.char_span(start + found.start(), start + found.end(), alignment_mode="expand")
        owner = governing_verb(cue[0]) if cue is not None and len(cue) else None
        if owner is not None and owner.i in clause and not _instrument_use(cue[0]):
            return found.group(0)
    return None


def _last_date_before(article: Article, index: int):
    """The last date (a DATE or TIME timex with a calendar value) of the two sentences
    before sentence ``index`` in its paragraph, or None."""
    first = index
    while first > 0 and index - first < 2 and _same_paragraph(article, first):
        first -= 1
    found = [t for t in article.timexes if t.sentence is not None and first <= t.sentence < index
             and t.type in ("DATE", "TIME") and str(t.value or "")[:1].isdigit()]
    return found[-1] if found else None


def _instrument_use(word) -> bool:
    """Whether "used" (before "to") is a use, not a habit: "the gun he used to kill",
    "Gun Used To Kill": a relative or participle clause, or a passive."""
    return word.lower_ == "used" and (word.dep_ in ("relcl", "acl", "amod") or word.tag_ == "VBN" or any(
        c.dep_ in ("dobj", "auxpass") or c.lower_ in ("that", "which") for c in word.children))


# adverbs that bring the telling back from a past frame to the news: "More recently, he
# pledged", "he now said"
FORWARD_ADVERBS = {"recently", "now", "lately", "currently", "today", "tonight", "yesterday",
                   "since", "subsequently", "afterwards", "afterward"}


# verbs of saying: what a sentence tells someone said is most often gathered for the report
REPORTING_VERBS = {"say", "tell", "add", "insist", "argue", "explain", "note", "stress", "write", "tweet"}


def _reports(verb) -> bool:
    """Whether the verb, or a verb joined to it, is one of :data:`REPORTING_VERBS`."""
    joined = [verb, *[c for c in verb.children if c.dep_ == "conj"]]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    return any(v.lemma_.lower() in REPORTING_VERBS for v in joined)


def _steps_forward(verb) -> bool:
    """Whether the verb (or the verb it joins) has an adverb of :data:`FORWARD_ADVERBS`."""
    for node in (verb, verb.head):
        if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in FORWARD_ADVERBS for c in node.children):
            return True
    return False


def _previous_main(article: Article, index: int):
    """The main verb of the sentence before ``index`` when it is in the same paragraph
    (no line break between them), else None."""
    if article.doc is None or not _same_paragraph(article, index):
        return None
    prev_start, prev_end = article.sentences[index - 1]
    span = article.doc.char_span(prev_start, prev_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    return root if root.pos_ in ("VERB", "AUX") else None


def _same_paragraph(article: Article, index: int) -> bool:
    """Whether sentence ``index`` and the one before it share a paragraph (a line)."""
    if index <= 0 or index >= len(article.sentences):
        return False
    (start, _end), (prev_start, prev_end) = article.sentences[index], article.sentences[index - 1]
    return "\n" not in article.text[prev_end:start] and "\n" not in article.text[prev_start:prev_end].strip()


def _subject(verb):
    """The subject of ``verb``'s clause: its own, else (a joined or infinitive verb: "fought
    in the war and won a medal", "started lending and opened branches") the one above it."""
    for _ in range(6):
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                return child
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _same_subject(verb, before) -> bool:
    """Whether ``verb``'s clause goes on about the subject of ``before``: its subject is a
    personal pronoun, or has the same head word."""
    mine, theirs = _subject(verb), _subject(before)
    if mine is None or theirs is None:
        return False
    if mine.lower_ in _PRONOUNS:
        return True
    if mine.lemma_.lower() != theirs.lemma_.lower():
        return False
    # a name, or a definite noun ("the bank"), refers back; "34,000 people" are new ones
    return mine.pos_ == "PROPN" or mine.pos_ == "NOUN" and \
        any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in mine.children)


_DEFINITE = {"the", "this", "that", "these", "those", "its", "his", "her", "their"}


def _continued(article: Article, timex) -> Optional[dict]:
    """The answer carrying ``timex``'s date forward, when it lies wholly before the
    publication day or is that day itself ("She flew to Arequipa on Tuesday [the day of the
    report]. She promised ...": Tuesday, not the day an earlier sentence gave the news); a
    period running up to the publication day is the news itself, which the other fallbacks
    date. A recent day is carried as it is (as the lead's day is, :mod:`.news_day`), an
    older one as its month (what follows lies in its month, not on its day); None otherwise."""
    from .event_date import contract_date  # the one reading of a timex as a contract date

    published, _granularity = parse_reference(article.published)
    value = str(timex.value or "").split("T")[0]
    span = bounds(value) if value[:1].isdigit() else None
    if published is None or span is None or span[1] > published or span[1] == published != span[0]:
        return None
    found, rng = contract_date(timex.value, timex.range)
    if found is None:
        return None
    confidence = CONTINUED_CONFIDENCE
    if len(found) == 10 and span[1] >= published - timedelta(days=NEWS_WINDOW_DAYS):
        confidence = NARRATIVE_CONFIDENCE
    elif len(found) == 10:
        found, rng = found[:7], None
    return {"date": found, "date_range": rng, "date_text": timex.text, "date_source": "narrative",
            "timex": timex, "confidence": confidence, "reading": "continued"}
