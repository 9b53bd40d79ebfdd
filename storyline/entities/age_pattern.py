"""The one pattern for a person's age written before a noun or standing alone: "59-year-old",
"a fifty-year-old man", "fifty - nine - year - old" (tokenised text), read by the nominal
finder and modifiers (``nominals.py``) and by the age links (``ages.py``) alike.
"""
from __future__ import annotations

import re

UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# an age in digits or words: "59", "Sixty", "fifty-nine" ("fifty - nine" in tokenised text)
AGE_NUMBER = r"(\d{{1,3}}|(?:{0})(?:\s*-\s*(?:{1}))?|{2}|{1})".format(
    "|".join(TENS), "|".join(UNITS), "|".join(TEENS))
# an age before a noun, the one pattern every age reader shares: "59-year-old", "59 - year
# - old" (tokenised text), "59-years-old", "a fifty-year-old man"
AGE = re.compile(r"\b" + AGE_NUMBER + r"\s*-\s*years?\s*-\s*old\b", re.IGNORECASE)


def age_years(age: str) -> str:
    """An age written in digits or words ("59", "fifty - nine", "Sixty") as digits."""
    words = re.split(r"\s*-\s*", age.lower())
    if words[0].isdigit():
        return words[0]
    value = 0
    for word in words:
        if word in TENS:
            value += 20 + 10 * TENS.index(word)
        elif word in TEENS:
            value += 10 + TEENS.index(word)
        else:
            value += 1 + UNITS.index(word)
    return str(value)
