"""Fast scanning with one large regex: try it only where a match can begin.

The timex finder is a single alternation of some 13,000 characters, and
``re.finditer`` tries all of it at every character of the text. A match of
such a pattern can only begin with one of a known set of words ("last",
"the", "january", "two", ...) or with a few non-letters (digits), so
:class:`GuardedPattern` finds those words (standing whole) and characters with
one cheap regex and tries the big pattern only there.
The matches are exactly those of ``pattern.finditer``.

The set is read from the pattern's own parse tree (the standard library's
regex parser), so it follows every edit of the pattern. When it cannot be read
(the pattern may begin with any letter, or may start inside a word), the
guard is off and every position is tried, as before.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from .lexicon import trie_alternation

try:  # Python 3.11+: the parser moved under re
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C
    import sre_parse as P

_MAX_OPTIONS = 20000  # distinct leading words before we stop reading and guard nothing
_CATEGORY_CLASS = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s"}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


class Unreadable(Exception):
    """The pattern can begin with letters we cannot list: no guard."""


_LETTER = re.compile(r"[^\W\d_]")  # what the scan calls a letter, so both sides agree


def _letter(code: int) -> bool:
    return _LETTER.match(chr(code)) is not None


def _class_options(items: list) -> set:
    """Leading options of a character class: one letter each, or a non-letter class."""
    options, rendered, nonletter = set(), [], False
    for op, av in items:
        if op == C.LITERAL:
            if _letter(av):
                options.add((chr(av).lower(), True, None))
            else:
                nonletter = True
            rendered.append(re.escape(chr(av)))
        elif op == C.RANGE:
            lo, hi = av
            if any(_letter(c) for c in range(lo, hi + 1)):
                raise Unreadable("a letter range")
            nonletter = True
            rendered.append(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
        elif op == C.CATEGORY and av in _CATEGORY_CLASS:
            nonletter = True
            rendered.append(_CATEGORY_CLASS[av])
        else:  # \w, \S, a negated class...: any letter may come first
            raise Unreadable(str(op))
    if nonletter:
        options.add(("", False, f"[{''.join(rendered)}]"))
    return options


def _item_options(op, av) -> set:
    """(letters, whole, first) options for the text one regex item can match:
    ``letters`` the letter run it begins with (lowercased), ``whole`` whether the
    item matched nothing but those letters (so the run may go on), ``first`` the
    class of a leading non-letter (when ``letters`` is "" and not whole)."""
    if op == C.LITERAL:
        return {(chr(av).lower(), True, None)} if _letter(av) else {("", False, re.escape(chr(av)))}
    if op == C.IN:
        return _class_options(av)
    if op in _ZERO_WIDTH:
        return {("", True, None)}  # ignoring an assertion only widens the set
    if op == C.BRANCH:
        return set().union(*(_sequence_options(branch) for branch in av[1]))
    if op == C.SUBPATTERN:
        return _sequence_options(av[-1])
    if getattr(C, "ATOMIC_GROUP", None) is not None and op == C.ATOMIC_GROUP:
        return _sequence_options(av)
    if op in _REPEATS:
        return _repeat_options(*av)
    raise Unreadable(str(op))


def _repeat_options(low: int, high, body) -> set:
    once = _sequence_options(body)
    grows = any(letters and whole for letters, whole, _ in once)
    if grows and (high == C.MAXREPEAT or high > 4):
        raise Unreadable("a repeated run of letters")
    options = {("", True, None)} if low == 0 else set()
    current = {("", True, None)}
    for count in range(1, (high if grows else 1) + 1):
        current = _extend(current, once)
        if count >= low or not grows:
            options |= current
    return options


def _extend(states: set, options: set) -> set:
    """Every state whose run is still open, followed by each option."""
    out = set()
    for letters, whole, first in states:
        if not whole:
            out.add((letters, whole, first))
            continue
        for more, more_whole, more_first in options:
            out.add((letters + more, more_whole, more_first if not letters and not more else None))
    if len(out) > _MAX_OPTIONS:
        raise Unreadable("too many leading words")
    return out


def _sequence_options(items) -> set:
    states = {("", True, None)}
    for op, av in items:
        if not any(whole for _, whole, _ in states):
            break  # every run has ended: later items cannot change a leading word
        states = _extend(states, _item_options(op, av))
    return states


def _starts_outside_words(items) -> bool:
    """Whether the pattern opens with a lookbehind that forbids a letter before the
    match ("(?<![\\w$-])"), so that no match begins inside a word."""
    if not items:
        return False
    op, av = items[0]
    if op != C.ASSERT_NOT or av[0] != -1:
        return False
    body = list(av[1])
    return len(body) == 1 and body[0][0] == C.IN and (C.CATEGORY, C.CATEGORY_WORD) in body[0][1]


class GuardedPattern:
    """``pattern``'s matches, found by trying it only where one can begin.

    pattern (re.Pattern): a compiled pattern; the guard is used when it opens
        with a lookbehind that excludes word characters and its leading words
        can be listed, else :meth:`finditer` is plain ``pattern.finditer``.
    """

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.words: Optional[frozenset] = None
        self._scan: Optional[re.Pattern] = None
        try:
            tree = list(P.parse(pattern.pattern, pattern.flags))
            if not _starts_outside_words(tree):
                raise Unreadable("may start inside a word")
            options = _sequence_options(tree)
        except (Unreadable, RecursionError, AttributeError, TypeError):
            return
        closed = sorted({letters for letters, whole, _ in options if letters and not whole})
        # a whole-letter option is a match that may end inside a longer word: a prefix
        opened = sorted({letters for letters, whole, _ in options if whole})
        firsts = sorted({first for letters, whole, first in options if not letters and not whole})
        self.words = frozenset(closed)
        # one case-blind regex finds every place a match may begin: a word of the set
        # standing whole, a word beginning with an open prefix, or a leading non-letter
        parts = [rf"(?<![^\W\d_])(?:{_alternation(closed)})(?![^\W\d_])" if closed else None,
                 rf"(?<![^\W\d_])(?:{_alternation(opened)})" if opened else None, *firsts]
        self._scan = re.compile("|".join(p for p in parts if p), re.I)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches of ``pattern.finditer(text)``, in order."""
        if self._scan is None:
            yield from self.pattern.finditer(text)
            return
        resume = 0
        for candidate in self._scan.finditer(text):
            start = candidate.start()
            if start < resume:
                continue
            found = self.pattern.match(text, start)
            if found is not None:
                resume = found.end()
                yield found


def _alternation(words: list) -> str:
    """Regex for any of ``words``, as a trie (a plain "a|b|c" of a hundred words would
    cost the scan what it saves)."""
    return trie_alternation("|".join(sorted(words, key=len, reverse=True)))
