"""The time stage: the guarded fast finder finds what the plain patterns find."""
import re

import pytest

from storyline.time import normalize

# ---- fast finding: the guarded scan finds what the plain regex finds -----------------

def test_normalize_answers_are_copies_of_the_remembered_one():
    # normalize is cached: a caller changing its answer (fiscal periods rewrite ranges)
    # must not change the next caller's
    found = normalize("March 2023", "2023-05-01")
    found["value"] = "changed"
    found["range"][0] = "changed"
    assert normalize("March 2023", "2023-05-01") == {
        "type": "DATE", "value": "2023-03", "granularity": "month", "range": ["2023-03-01", "2023-03-31"],
        "anchor": "absolute", "confidence": 1.0, "mod": None}


def test_guarded_pattern_reads_leading_words():
    from storyline.time.scan import GuardedPattern

    pattern = re.compile(r"(?<![\w-])(?:(?:the\s+)?(?:last|next)\s+(?:week|month)|\d{4})", re.I)
    guarded = GuardedPattern(pattern)
    # a match can only begin with "the", "last" or "next", or with a digit
    assert guarded.words == {"the", "last", "next"}
    text = "He left last week; THE NEXT MONTH is busy. Thenext week, 1999, and x2000 and lastweek."
    assert [m.group(0) for m in guarded.finditer(text)] == ["last week", "THE NEXT MONTH", "1999"]


def test_guarded_pattern_falls_back_when_any_letter_may_begin():
    from storyline.time.scan import GuardedPattern

    # "\w+day" may begin with any letter and the pattern may start inside a word: no guard
    guarded = GuardedPattern(re.compile(r"\w+day", re.I))
    assert guarded.words is None
    assert [m.group(0) for m in guarded.finditer("on Monday and holiday")] == ["Monday", "holiday"]


def test_timex_finder_is_guarded():
    # the finder's pattern must stay readable, or finding is ten times slower
    from storyline.time.extract import _FINDER_AT_WORDS

    assert _FINDER_AT_WORDS.words is not None
    assert {"last", "the", "january", "two", "monday"} <= _FINDER_AT_WORDS.words
    assert "said" not in _FINDER_AT_WORDS.words


def test_guarded_finder_matches_the_plain_finder_on_the_sample_corpus():
    # the guard must only skip places where no match can begin: the same matches as finditer
    from storyline.data import sample_paths
    from storyline.time.extract import _FINDER, _FINDER_AT_WORDS

    text = "\n".join(p.read_text(encoding="utf-8") for p in sample_paths())
    text += " 3 p.m. Friday, 12/25/1999, 1990s, Q3 2023, H1 2023, the nineties, twenty years ago."
    plain = [(m.start(), m.end()) for m in _FINDER.finditer(text)]
    assert len(plain) > 100
    assert [(m.start(), m.end()) for m in _FINDER_AT_WORDS.finditer(text)] == plain


def test_finder_spans_with_guard():
    from storyline.time import find_timex_spans

    text = "Last week the talks ended. On Feb. 22, 2023 they began; mid-2022 they met two days later (x2023)."
    assert [text[s:e] for s, e in find_timex_spans(text)] == [
        "Last week", "Feb. 22, 2023", "mid-2022", "two days later"]


def test_trie_alternation_keeps_longest_first():
    from storyline.time.lexicon import trie_alternation

    months = re.compile(rf"(?:{trie_alternation('march|mar|may')})\b", re.I)
    assert [m.group(0) for m in months.finditer("March, Mar. and May; marc")] == ["March", "Mar", "May"]
    with pytest.raises(ValueError):
        trie_alternation("mar|march")  # a shorter word first would change what matches
