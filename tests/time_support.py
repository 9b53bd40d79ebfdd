"""Helpers shared by the time-stage test files (tests/test_time_*.py)."""
from storyline.time import extract_timexes, normalize


def value(text, reference=None, tense=None):
    """The TIMEX3 value ``normalize`` gives ``text`` against ``reference`` (and ``tense``)."""
    return normalize(text, reference, tense)["value"]


def parsed(nlp, text, reference):
    """Timexes found in ``text`` parsed by ``nlp``, by their surface text."""
    return {t.text: t for t in extract_timexes(text, reference, nlp(text))}
