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

# "Islam will one day be ...", "hopes to one day return": "one day" before a verb is the
# indefinite future (TIDES' FUTURE_REF, as "someday"), not a length of one day
_ONE_DAY = re.compile(r"(?:one|some)\s+day", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|may|might|could|can|should|must|to)\s+$|'ll\s+$", re.I)


def indefinite_future(text: str, start: int, end: int, tense: Optional[str], doc=None) -> bool:
    """Whether ``text[start:end]`` is "one day" / "some day" meaning some day ahead: after a
    modal or "to" ("could one day"), or before the verb of a clause in the future.

    tense (str|None): the clause's tense; doc (spacy Doc|None): the parse of ``text``."""
    if not _ONE_DAY.fullmatch(text[start:end]):
        return False
    if _MODAL_BEFORE.search(text[max(0, start - 10):start]):
        return True
    if tense != "future" or doc is None:
        return False
    after = doc.char_span(start, end, alignment_mode="expand")
    return after is not None and after.end < len(doc) and doc[after.end].pos_ in ("VERB", "AUX")


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


def lookback_start(text: str, start: int, end: int) -> int:
    """Where the expression ``text[start:end]`` really starts: past its "in" when it is
    "in <n> <units>" after a superlative, "first time" or a perfect's negation in the same
    clause, up to six words back (a duration, which TimeML marks without the "in"); else ``start``."""
    m = _IN_UNITS.match(text, start, end)
    if not m:
        return start
    clause = re.split(r"[.,;:!?()\n]", text[max(0, start - 60):start])[-1]
    words = re.findall(r"[a-z]+(?=n't)|n't|[a-z]+", clause.lower().replace("’", "'"))[-6:]
    superlative = any(w in _SUPERLATIVE_WORDS or len(w) > 4 and w.endswith("est") and w not in _NOT_SUPERLATIVE
                      for w in words)
    # "the first time in 20 years"; "the first such report in 10 years", but not "the first
    # meeting will be held in two weeks" (a wait)
    first_time = any(a == "first" and b == "time" for a, b in zip(words, words[1:])) or \
        "first" in words and not set(words) & _FUTURE
    # "had not met in five years", not "will not be ready in two weeks" (a wait)
    unbroken = bool(set(words) & _NEGATION) and bool(set(words) & _PERFECT)
    return m.end() if superlative or first_time or unbroken else start
