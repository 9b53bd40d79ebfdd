"""Regular-expression building shared by the finders (time expressions, roles).

Python's ``re`` tries the branches of ``a|b|c`` one after another at every position, so
a list of a few hundred words costs a few hundred comparisons wherever it is tried; a
character trie ("ma(?:y|r(?:ch)?)") reads each character once.
"""
from __future__ import annotations

import re
from typing import Iterable


def trie_regex(words: Iterable[str], fold_case: bool = False) -> str:
    """A non-capturing regex matching any of ``words``, preferring the longest.

    Among literal words that match at one position each is a prefix of the next, so
    trying the deeper branch first (a greedy ``?``) prefers the longest, exactly as an
    alternation sorted longest first does.

    words (Iterable[str]): plain words (escaped here).
    fold_case (bool): the pattern is used under ``(?i:...)``; ASCII words are lower-cased
        so that "PM" and "pm" share one branch.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in (word.lower() if fold_case and word.isascii() else word):
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    branches = [re.escape(char) + _node_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group
