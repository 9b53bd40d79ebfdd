"""News carriers the NER misses: "state news agency BRENA reported", "the broadcaster
KTV said", "the newspaper Kestrel Post wrote".

Wire copy credits a fact to the agency or outlet that carried it, naming the outlet right
after the noun that says what it is. A small NER tags some such names and misses others,
most often an acronym it has never seen, so the carrier of a fact is no entity and its
quote or event has no source. The noun before the name types it: an outlet is an
organisation.
"""
from __future__ import annotations

import re

from .find import Found

# the nouns that say a name after them is an outlet, with the words wire copy puts before
# them ("state news agency", "public broadcaster"); "daily" and "weekly" are left out,
# adjectives too often ("the weekly Cabinet meeting")
_OUTLET = (r"(?:news\s+agency|news\s+service|wire\s+service|broadcaster|television|"
           r"(?:TV|radio)\s+(?:channel|station)|newspaper)")
# an acronym ("BRENA", "KTV-2") or up to three capitalised words ("Kestrel Post")
_NAME = r"(?P<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
_CARRIER = re.compile(rf"\b{_OUTLET}\s+{_NAME}(?![\w'’\-])")
# words that are no outlet's name however capitalised after the noun ("the news agency
# Thursday", a sentence's next word after a line break)
_NOT_NAMES = {"The", "A", "An", "On", "In", "Monday", "Tuesday", "Wednesday", "Thursday",
              "Friday", "Saturday", "Sunday", "I", "He", "She", "It", "They", "We"}


def carrier_names(text: str, names: list[Found]) -> list[Found]:
    """ORG mentions for outlets ``text`` (str) names after an outlet noun that no mention
    of ``names`` ([Found], the article's names) covers yet."""
    found = []
    for m in _CARRIER.finditer(text):
        start, end = m.span("name")
        if m.group("name").split()[0] in _NOT_NAMES or "\n" in text[m.start():end]:
            continue
        if any(n.start < end and start < n.end for n in names):
            continue
        found.append(Found(start, end, text[start:end], "ORG"))
    return found
