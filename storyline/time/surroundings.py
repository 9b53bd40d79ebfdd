"""Readings of a found expression that the words around it decide.

The resolver (:mod:`storyline.time.normalize`) reads an expression alone; these tests look
at its neighbours in the text: "will one day be" (the indefinite future, not a length),
"the fiscal year ended Jan. 31" (a period over, so a date gone by), "the first time in
20 years" (a stretch back, not a date ahead). :func:`storyline.time.extract.extract_timexes`
and its finder call them.
"""
from __future__ import annotations

import re
from typing import Optional

from .lexicon import MONTHS
from .tense import tense_at, tense_from_words

# "Islam will one day be ...", "hopes to one day return": "one day" before a verb is the
# indefinite future (TIDES' FUTURE_REF, as "someday"), not a length of one day
_ONE_DAY = re.compile(r"(?:one|some)\s+day", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|may|might|could|can|should|must)\s+$|'ll\s+$", re.I)
# "to" is a preposition as often: "cut to one day", "from three days to one day" (a length)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")  # an adverb may come first
# words that follow "to one day" without making "to" infinitival: "to one day a week",
# "to one day of talks", "to one day in May", "to one day before the vote"
_NOT_VERBS = {"a", "an", "the", "of", "in", "on", "at", "for", "from", "by", "with", "per", "each",
              "every", "and", "or", "but", "nor", "than", "before", "after", "until", "later",
              "earlier", "ago", "only", "this", "that", "next", "last", "instead", "while",
              "when", "if", "as", "so", "then", "to", "into", "during", "since", "without"}


def indefinite_future(text: str, start: int, end: int, tense: Optional[str], doc=None) -> bool:
    """Whether ``text[start:end]`` is "one day" / "some day" meaning some day ahead: after a
    modal ("could one day"), after an infinitival "to" ("hopes to one day return": a base-form
    verb follows), or before the verb of a clause in the future.

    tense (str|None): the clause's tense; doc (spacy Doc|None): the parse of ``text``."""
    if not _ONE_DAY.fullmatch(text[start:end]):
        return False
    before = text[max(0, start - 10):start]
    if _MODAL_BEFORE.search(before):
        return True
    if _TO_BEFORE.search(before):
        return _base_verb_after(text, start, end, doc)
    if tense != "future" or doc is None:
        return False
    after = doc.char_span(start, end, alignment_mode="expand")
    return after is not None and after.end < len(doc) and doc[after.end].pos_ in ("VERB", "AUX")


def _base_verb_after(text: str, start: int, end: int, doc=None) -> bool:
    """Whether a base-form verb follows ``text[start:end]``, perhaps after an adverb ("to one
    day fully rebuild"). Read from the parse ``doc`` when there is one, else from the word."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None:
        tokens = [t for t in doc[span.end:span.end + 3] if not t.is_space][:2]
        if tokens and tokens[0].tag_ == "RB" and len(tokens) > 1:
            tokens = tokens[1:]
        # the small model tags a base form after "to one day" VBP as often as VB, and a verb
        # that is also a noun ("coach the team") a noun, but heading the infinitive's clause
        return bool(tokens) and (tokens[0].pos_ in ("VERB", "AUX") and tokens[0].tag_ in ("VB", "VBP")
                                 or tokens[0].dep_ in ("xcomp", "ccomp"))
    m = _WORD_AFTER.match(text, end)
    if not m:
        return False  # a full stop, a comma, a capital: "cut to one day."
    word = m.group(1)
    # "-ing", "-ed" and plural "-s" forms are no base forms ("to one day trips"; "address" is)
    return word not in _NOT_VERBS and not re.search(r"(?:ing|[^e]ed|[^s]s)$", word)


# "the fiscal year ended Jan. 31": the end of a period over, so not after the reference
# date, however far back (a past tense alone decides only within about eight months)
_ENDED_BEFORE = re.compile(r"\bended\s+(?:on\s+)?$", re.I)


def ends_completed_period(text: str, start: int, end: int, found: dict, reference: Optional[str]) -> bool:
    """Whether the yearless date ``text[start:end]`` follows "ended" and was read after
    ``reference`` (ISO day): then it is the last such date gone by.

    found (dict): the resolver's reading (:func:`storyline.time.normalize.normalize`)."""
    if not reference or len(reference) < 10 or re.search(r"\d{4}", text[start:end]) \
            or not _ENDED_BEFORE.search(text[max(0, start - 12):start]):
        return False
    first = (found.get("range") or [found.get("value") or ""])[0]
    return found["type"] == "DATE" and bool(re.match(r"\d{4}-\d{2}", first)) and first > reference[:10]


def month_of_a_noun_ahead(start: int, end: int, found: dict, reference: Optional[str],
                          tense: Optional[str], doc=None) -> bool:
    """Whether the bare month ``doc``'s characters ``[start, end)`` modifies a noun in a past
    clause and the past reading lies more than about eight months back: then the month
    dates the noun's event, which the telling's tense does not place ("told buyers of a
    cutback in September", written in August, is the coming September; a month almost a
    year gone by would be "last September"). Within the window the past reading stays
    ("the manhunt in November", written in May).

    found (dict): the resolver's reading; reference (str|None): the publication day."""
    from .calendar import PAST_WINDOW_DAYS, bounds, iso_day

    if tense != "past" or doc is None or found.get("granularity") != "month":
        return False
    day, months = iso_day(reference), bounds(str(found.get("value") or ""))
    if day is None or months is None or (day - months[1]).days <= PAST_WINDOW_DAYS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.like_num for t in span):
        return False
    root = span.root
    return root.lower_.rstrip(".") in MONTHS and root.dep_ == "pobj" and root.head.dep_ == "prep" \
        and root.head.head.pos_ == "NOUN"


# "the first time in 20 years", "the lowest level in three years", "had not met in five
# years": "in" measures a stretch back to now, not a wait ("will retire in five years")
_IN_UNITS = re.compile(r"in\s+(?=\S+(?:\s+\S+)?\s+(?:days?|weeks?|months?|years?|decades?)\b)", re.I)
_SUPERLATIVE_WORDS = {"most", "least", "best", "worst"}
_NEGATION = {"not", "never", "n't", "no"}
_FUTURE = {"will", "would", "shall", "ll", "going", "due", "expected", "scheduled", "set", "planned", "to"}
_PERFECT = {"has", "have", "had", "ha"}
# "-est" words that are no superlatives
_NOT_SUPERLATIVE = {"interest", "test", "west", "request", "protest", "forest", "arrest", "contest",
                    "harvest", "suggest", "invest", "digest", "manifest", "honest", "modest", "rest",
                    "chest", "nest", "quest", "guest", "crest", "vest", "pest", "priest", "latest"}


def lookback_start(text: str, start: int, end: int, doc=None) -> int:
    """Where the expression ``text[start:end]`` really starts: past its "in" when it is
    "in <n> <units>" measuring a stretch back to now (a duration, which TimeML marks without
    the "in"); else ``start``. That is after a perfect's negation ("had not met in five
    years"), or after "first" or a superlative up to eight words back in the same clause when
    it sits in the noun phrase just before "in" ("the lowest level in a decade") or the
    clause is past, perfect or its predicate ("was the first visit the two made in ...").
    A clause ahead keeps the wait: "the first shipment arrives in two weeks".

    doc (spacy Doc|None): the parse of ``text``, to tell verbs and tense; else words decide."""
    m = _IN_UNITS.match(text, start, end)
    if not m:
        return start
    clause = re.split(r"[.,;:!?()\n]", text[max(0, start - 60):start])[-1]
    found = list(re.finditer(r"[a-z]+(?=n't)|n't|[a-z]+", clause.lower().replace("’", "'")))[-8:]
    words = [w.group() for w in found]
    if set(words) & _NEGATION and set(words) & _PERFECT:
        return m.end()  # "had not met in five years", not "will not be ready in two weeks"
    markers = [i for i, w in enumerate(words) if w == "first" or w in _SUPERLATIVE_WORDS
               or len(w) > 4 and w.endswith("est") and w not in _NOT_SUPERLATIVE]
    if not markers:
        return start
    marker = markers[-1]
    after_marker = start - len(clause) + found[marker].end()
    if _noun_phrase_between(text, after_marker, start, words[marker + 1:], doc) or \
            _looks_back(start, end, words, marker, doc):
        return m.end()
    return start


# words between "first" and its noun that keep the noun phrase whole: "the first ever visit"
_PHRASE_FILLERS = {"ever", "such"}


def _noun_phrase_between(text: str, begin: int, end: int, words: list, doc=None) -> bool:
    """Whether ``text[begin:end]`` (the words after "first" or a superlative, up to "in")
    finishes a noun phrase, holding no verb: "first time", "biggest monthly drop", not
    "first shipment arrives". With no parse, at most one word besides fillers."""
    span = doc.char_span(begin, end, alignment_mode="contract") if doc is not None else None
    if span is not None:
        return not any(t.pos_ in ("VERB", "AUX") for t in span)
    return len([w for w in words if w not in _PHRASE_FILLERS]) <= 1


_BE = {"is", "are", "was", "were", "am", "be", "been", "being"}


def _looks_back(start: int, end: int, words: list, marker: int, doc=None) -> bool:
    """Whether the clause of "in <n> <units>" at ``[start, end)`` (the clause's last words
    ``words``) looks back: it is past
    or perfect ("the first shipment arrived in two weeks"), or "first" or the superlative
    (``words[marker]``) is said of the subject by "to be" ("it is the first ... in")."""
    if set(words[:marker]) & _BE:
        return True  # "it will be the first time they meet in five years" looks back too
    if set(words) & _FUTURE:
        return False  # "the first meeting will be held in two weeks" (no past for "held")
    if doc is not None:
        return tense_at(doc, start, end) == "past"
    return bool(set(words) & _PERFECT) or tense_from_words(" ".join(words), len(" ".join(words))) == "past"


# "within two weeks", "in the next three months", "over the coming 10 days": a length
# that runs from now, so a plan told with it lies between now and its end
_FROM_NOW_BEFORE = re.compile(r"\b(?:within|(?:in|over|during)\s+the\s+(?:next|coming))\s+$", re.I)
_FROM_NOW_INSIDE = re.compile(r"^(?:the\s+)?(?:next|coming)\s+", re.I)
_LENGTH = re.compile(r"^P(\d+)([DWMY])$")


def ahead_range(text: str, start: int, end: int, found: dict, reference: Optional[str],
                tense: Optional[str]) -> Optional[list]:
    """[first, last] ISO days of a length counted from the publication day ("within two
    weeks", "in the next three months") in a clause that is not past: the span a plan
    told with it lies in; None otherwise (a length of the past, "won within two weeks",
    runs from a time the text does not give; TIMEX3 keeps the value P2W either way).

    found (dict): the resolver's reading of ``text[start:end]``; reference (str|None): the
    publication date (a day is needed); tense (str|None): the clause's tense."""
    from .calendar import DURATION_UNITS, parse_reference, shift

    length = _LENGTH.match(str(found.get("value") or ""))
    day, granularity = parse_reference(reference)
    if found.get("type") != "DURATION" or found.get("range") or length is None or \
            granularity != "day" or tense == "past":
        return None
    before = text[max(0, start - 24):start]
    if not (_FROM_NOW_BEFORE.search(before) or _FROM_NOW_INSIDE.match(text[start:end])
            and re.search(r"\b(?:within|in|over|during)\s+$", before, re.I)):
        return None
    last = shift(day, DURATION_UNITS[length.group(2)], int(length.group(1)))
    return [day.isoformat(), last.isoformat()]
