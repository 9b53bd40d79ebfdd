"""Dates given relative to an event: "the day after his death", "the week before the vote",
"the eighth day of the blockade".

TimeML marks the unit ("the day") as the expression; its value is the event's date
moved by one unit, which the text gives elsewhere ("the Oct. 23 killing", "the
election on Nov. 3", "Sunday's vote") or in apposition ("Oct. 12, the day before
the plunge": that date itself). When the text gives the event no date, the
expression is still a date, of unknown value at its unit ("XXXX-XX-XX").

Finding (:func:`find_event_relative`) is kept apart from resolving
(:func:`resolve_event_relative`); :func:`add_event_relative` does both for the
timexes :func:`storyline.time.extract.extract_timexes` found.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..model import Timex
from .calendar import shift, span_of, value_of
from .lexicon import ORDINALS
from .normalize import normalize

_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}
# "the day after his death": the unit, the direction, then the event's noun phrase
# (a determiner and at most three words up to its head, before punctuation or a preposition)
_EVENT_RELATIVE = re.compile(
    r"(?<![\w-])(?P<unit>the\s+(?:day|night|week|month|year))\s+(?P<dir>after|before)\s+"
    r"(?:the|his|her|their|its|a|an)\s+(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:!?)]|$|\s(?:of|in|at|on|by|to|for|and|but|when|that|which|who)\b))", re.I)
# "the eighth day of the blockade": the event's first day moved by seven ("the last day"
# counts from an end the text seldom gives: not read)
_COUNTED = "|".join(sorted((w for w, n in ORDINALS.items() if n >= 1), key=len, reverse=True))
_ORDINAL_DAY = re.compile(
    rf"(?<![\w-])(?P<unit>(?:the\s+)?(?P<n>{_COUNTED})\s+day)\s+of\s+(?:the\s+|an?\s+|[`'‘“\"]+)*"
    r"(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)", re.I)
# every expression above has one of these words
_CUE = re.compile(r"\bday\s+of\b|\b(?:day|night|week|month|year)\s+(?:after|before)\b", re.I)
# "today is the eighth day of ...", "it's the second day of ...": the day told
_TODAY_IS = re.compile(r"\b(?:today|it|this)\s*(?:is|['’]s)\s+$", re.I)
_PART_OF_DAY = {"night": "NI"}
# how far from the expression the event's dated mention is looked for
_WINDOW = 3000
# one event, several nouns: news names a violent death by any of them
_SAME_EVENT = [{"death", "killing", "slaying", "murder", "shooting", "assassination"},
               {"vote", "election", "poll", "ballot", "referendum"},
               {"attack", "bombing", "blast", "explosion"}]


def find_event_relative(text: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Event-relative expressions in ``text`` that overlap no span in ``taken``.

    text (str): the article text.
    taken (list): (start, end) spans already found as expressions.
    Returns [{"start", "end", "unit", "shift", "words"}]: the span is the unit's
    ("the day"), ``shift`` how many units from the event's (first) day it lies,
    ``words`` the event phrase's lower-cased words, last = head.
    """
    if not _CUE.search(text):
        return []  # one cheap scan instead of two costly ones on most texts
    found = []
    for m in _EVENT_RELATIVE.finditer(text):
        unit = m.group("unit").split()[-1].lower()
        found.append({"start": m.start("unit"), "end": m.end("unit"), "unit": unit, "match_end": m.end(),
                      "shift": 1 if m.group("dir").lower() == "after" else -1,
                      "words": m.group("phrase").lower().split()})
    for m in _ORDINAL_DAY.finditer(text):
        found.append({"start": m.start("unit"), "end": m.end("unit"), "unit": "day", "match_end": m.end(),
                      "shift": ORDINALS[m.group("n").lower()] - 1,
                      "words": m.group("phrase").lower().split()})
    # not "the day before yesterday", nor a phrase holding a date
    return sorted((f for f in found if not any(s < f["match_end"] and f["start"] < e for s, e in taken)),
                  key=lambda f: f["start"])


def resolve_event_relative(text: str, found: dict, timexes: list[Timex],
                           reference: Optional[str] = None) -> Optional[tuple[date, str]]:
    """(the event's day, how it was found: "timex:<start>" | "publication") for one
    expression from :func:`find_event_relative`, or None when the text gives the event no day.
    reference (str|None): the publication date, for "today is the eighth day of ..."."""
    if _TODAY_IS.search(text, max(0, found["start"] - 12), found["start"]):
        today = normalize("today", reference)
        if today is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", today["value"] or ""):
            return shift(date.fromisoformat(today["value"]), found["unit"], -found["shift"]), "publication"
    for timex in timexes:
        day = _day_of(timex)
        if day is None:
            continue
        if timex.end <= found["start"] and re.fullmatch(r",\s*", text[timex.end:found["start"]]):
            # "Oct. 12, the day before the plunge": an apposition names the same day
            return shift(day, found["unit"], -found["shift"]), f"timex:{timex.start}"
    heads = _event_nouns(found["words"][-1])
    best = None
    for timex in timexes:
        day = _day_of(timex)
        if day is None or abs(timex.start - found["start"]) > _WINDOW or timex.start == found["start"]:
            continue
        if _names_event(text, timex, heads):
            distance = abs(timex.start - found["start"])
            if best is None or distance < best[0]:
                best = (distance, day, timex.start)
    return (best[1], f"timex:{best[2]}") if best else None


def _event_nouns(head: str) -> set:
    words = {head, head[:-1] if head.endswith("s") else head}
    for group in _SAME_EVENT:
        if words & group:
            return words | group
    return words


def _names_event(text: str, timex: Timex, heads: set) -> bool:
    """Whether the date ``timex`` is given to an event named by one of ``heads``:
    "the Oct. 23 killing", "Sunday's vote", "the killing on Oct. 23", "the strike began on March 3"."""
    after = re.match(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)", text[timex.end:timex.end + 40])
    if after and after.group(1).lower() in heads:
        return True
    # "the killing on Oct. 23", "the strike began on March 3", "was shot to death last Oct. 23":
    # the event's word among the few words before the date, in its clause
    clause = re.split(r"[.,;:!?()]", text[max(0, timex.start - 48):timex.start])[-1]
    return any(word.lower() in heads for word in re.findall(r"[A-Za-z][\w-]*", clause)[-5:])


def _day_of(timex: Timex) -> Optional[date]:
    if timex.type not in ("DATE", "TIME") or not re.match(r"\d{4}-\d{2}-\d{2}", timex.value or ""):
        return None
    return date.fromisoformat(timex.value[:10])


def add_event_relative(text: str, timexes: list[Timex], sentence_of,
                       reference: Optional[str] = None) -> list[Timex]:
    """``timexes`` with the event-relative expressions of ``text`` added, in text order.

    text (str): the article text.
    timexes (list[Timex]): the expressions found so far.
    sentence_of (callable): offset -> sentence index (or None).
    reference (str|None): the publication date (ISO), for "today is the second day of ...".
    """
    added = []
    for found in find_event_relative(text, [(t.start, t.end) for t in timexes]):
        unit, start, end = found["unit"], found["start"], found["end"]
        granularity = "day" if unit == "night" else unit
        resolved = resolve_event_relative(text, found, timexes, reference)
        if resolved is None:
            value, rng, anchor, confidence = _UNKNOWN[granularity], None, "event", 0.3
        else:
            day = shift(resolved[0], granularity, found["shift"])
            value = value_of(day, granularity)
            first, last = span_of(day, granularity)
            rng = None if granularity == "day" else [first.isoformat(), last.isoformat()]
            anchor, confidence = resolved[1], 0.6
        if unit in _PART_OF_DAY and resolved is not None:
            value += f"T{_PART_OF_DAY[unit]}"
        added.append(Timex(start=start, end=end, text=text[start:end],
                           type="TIME" if unit in _PART_OF_DAY else "DATE", value=value,
                           granularity=granularity, range=rng, anchor=anchor, confidence=confidence,
                           sentence=sentence_of(start), tense=None))
    return sorted(timexes + added, key=lambda t: t.start) if added else timexes
