"""A speaker's gender read from the name, for matching "he" and "she" to speakers."""
from __future__ import annotations

from typing import Optional


def name_gender(name: str) -> Optional[str]:
    """"m" or "f" from a speaker name (str), else None (unknown or no name): a Slavic or
    Central Asian surname's ending first, then the given name."""
    from ..entities.names import given_name_gender

    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2:
        return None
    # a Slavic or Central Asian surname marks its bearer's gender more surely than a given
    # name a list knows in one gender only ("Nurzhan Sadykova" is a woman)
    surname = words[-1].lower()
    if surname.endswith(_FEMININE_SURNAME_ENDINGS) and len(surname) > 5:
        return "f"
    if surname.endswith(_MASCULINE_SURNAME_ENDINGS) and len(surname) > 4:
        return "m"
    return given_name_gender(words[0])


_FEMININE_SURNAME_ENDINGS = ("ova", "eva", "yova", "skaya", "tskaya", "ovna", "evna")
_MASCULINE_SURNAME_ENDINGS = ("ov", "ev", "yev", "skiy", "tskiy")
