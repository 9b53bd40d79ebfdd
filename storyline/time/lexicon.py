"""Word lists shared by the timex finder (extract) and the resolver (normalize).

Kept in one place so that whatever the finder can match, the resolver can read.
"""
from __future__ import annotations

from ..patterns import trie_regex

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# only full names are safe to find in running text ("sun", "wed", "may" are words)
MONTH_NAMES = ("january|february|march|april|may|june|july|august|september|october|"
               "november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a few": 3, "few": 3, "a couple of": 2, "couple of": 2, "several": 3, "half a": 0.5,
    "half an": 0.5,
}
# vague amounts become "X" in TIMEX3 values (P XY = "some years")
VAGUE_AMOUNTS = {"a few", "few", "several", "some", "many"}
for _tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
    for _unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
        for _sep in (" ", "-"):
            NUMBER_WORDS[f"{_tens}{_sep}{_unit}"] = NUMBER_WORDS[_tens] + NUMBER_WORDS[_unit]
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "hundredth": 100,
    "last": -1, "final": -1,
}
NUMBER_ALT = "|".join(sorted((k for k in NUMBER_WORDS), key=len, reverse=True))
_TEENS_AND_TENS = ("ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                   "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# "nineteen ninety-six", "two thousand and one": years as transcripts spell them
SPELLED_YEAR = (rf"(?:nineteen|eighteen|twenty)[\s-](?:{_TEENS_AND_TENS})(?:[\s-](?:{_ONES}))?|"
                rf"two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|{_TEENS_AND_TENS}))?")


def spelled_year(text: str):
    """1996 for "nineteen ninety-six", 2001 for "two thousand and one", else None."""
    words = text.lower().replace("-", " ").replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = " ".join(words[2:])
        return 2000 + (NUMBER_WORDS.get(rest, 0) if rest else 0)
    if len(words) < 2 or words[0] not in ("eighteen", "nineteen", "twenty"):
        return None
    century = NUMBER_WORDS[words[0]] * 100
    tail = sum(NUMBER_WORDS.get(w, 0) for w in words[1:])
    return century + tail if tail < 100 else None
ORDINAL_ALT = "|".join(sorted(ORDINALS, key=len, reverse=True))

# unit word -> (TIMEX3 duration letter, granularity name)
UNITS = {
    "second": ("S", "second"), "minute": ("M", "minute"), "hour": ("H", "hour"),
    "day": ("D", "day"), "night": ("D", "day"), "week": ("W", "week"),
    "weekend": ("WE", "week"), "fortnight": ("W", "week"),
    "month": ("M", "month"), "quarter": ("Q", "quarter"), "year": ("Y", "year"),
    # TimeML's letters for units ISO 8601 lacks ("decades" = PXE, "centuries" = PXC); counted
    # decades and centuries are written in years (see durations)
    "decade": ("E", "decade"), "century": ("C", "century"),
}
UNIT_ALT = ("seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
            "quarters?|years?|decades?|centur(?:y|ies)")

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

PRESENT_WORDS = {"now", "currently", "at present", "presently", "nowadays", "at the moment",
                 "right now", "the present", "current", "these days", "at this time",
                 "today's"}
PAST_WORDS = {"recently", "lately", "the past", "in the past", "formerly", "previously",
              "once", "earlier", "before", "former", "recent", "of late"}
FUTURE_WORDS = {"the future", "in the future", "soon", "shortly", "eventually",
                "future", "someday", "one day", "in the near future", "later",
                "the near future", "the foreseeable future", "the distant future",
                "the immediate future", "the near term", "the short term", "a later date"}

SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D"}


def unit_of(word: str) -> str:
    """Singular unit name for a (possibly plural) unit word: "weeks" -> "week"."""
    word = word.lower()
    if word in ("centuries", "century"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def number_of(word: str):
    """Number for a digit string or number word ("two" -> 2), or None."""
    word = word.lower().strip()
    if word.replace(".", "", 1).isdigit():
        return float(word) if "." in word else int(word)
    return NUMBER_WORDS.get(word)


def trie_alternation(alternatives: str) -> str:
    """The regex alternation ``alternatives`` ("may|march|mar") of plain words,
    rewritten as a character trie ("ma(?:y|r(?:ch)?)") that matches the same strings
    in the same order of preference, longest first, as the original sorted longest
    first does. Python's ``re`` tries the branches of "a|b|c" one after another, so
    a list of a hundred number words cost a hundred comparisons wherever it stood."""
    words = alternatives.split("|")
    for i, word in enumerate(words):
        if any(later != word and later.startswith(word) for later in words[i + 1:]):
            raise ValueError(f"{word!r} comes before a longer word it begins: the trie would change the match")
    return trie_regex(words)
