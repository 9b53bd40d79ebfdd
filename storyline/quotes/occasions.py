"""Words that name the occasion of a quote: where it was said, or the saying itself.

An event can be the occasion of a quote in two ways: the gathering or medium it was said
at ("said at a rally", "told reporters after the meeting", "in a phone interview", "during
the video call"), or the statement act the quote reports when the events stage coded the
saying as an event ("slammed the proposal as ...", "called on him to ...", "declined to
say ..."). Any other event near a quote (what the quote is about, or what its speaker
supports) is not where it was said, so these word lists decide which events may be linked.

Words are matched by prefix on the lower-cased trigger words, so that one entry covers
its inflections ("interview", "interviews", "interviewed"); each prefix is long enough
not to catch unrelated words ("call" also catches "caller": a harmless miss).
"""
from __future__ import annotations

import re
from functools import lru_cache

# Gatherings and media a statement is made at or in.
OCCASION_PREFIXES = (
    "interview", "speech", "rally", "rallies", "debate", "conference", "briefing", "hearing",
    "testimon", "testif", "meeting", "met", "meet", "talks", "talk", "summit", "phon",
    "visit", "trip", "remarks", "address", "town hall", "forum", "statement", "discuss",
    "convention", "broadcast", "appearance", "appeared", "session", "negotiat", "consult",
    "tweet", "post", "letter", "wrote", "op-ed", "editorial", "podcast", "event",
)
# Verbs and nouns of saying: an event with one of these as trigger is the statement act.
SPEECH_ACT_PREFIXES = (
    "said", "say", "told", "tell", "stated", "declar", "announc", "warn", "urg", "call",
    "slam", "accus", "critici", "assail", "blast", "condemn", "denounc", "lament", "prais",
    "congratulat", "credit", "applaud", "thank", "apologi", "implor", "appeal", "plead",
    "demand", "insist", "vow", "pledg", "promis", "threat", "declin", "refus", "deni",
    "deny", "reject", "dismiss", "agre", "argu", "claim", "assert", "allege", "charg",
    "complain", "question", "respond", "repl", "express", "reiterat", "stress", "predict",
    "acknowledg", "admit", "confirm", "suggest", "propos", "ask", "request", "invit",
    "endors", "hail", "welcom", "protest", "object", "mock", "ridicul", "rebuk",
)
# Prefixes that look like the above but name no saying ("metal", "statue", "posture").
_NOT_OCCASION = ("metal", "meter", "metro", "method", "postur", "postpon", "eventual", "callous",
                 "tripl", "phony")


def trigger_words(trigger: str) -> list:
    """Lower-cased words (list[str]) of an event trigger (str)."""
    return re.findall(r"[a-z][a-z'-]*", trigger.lower())


def _matches(words: list, prefixes: tuple) -> bool:
    text = " ".join(words)
    if any(" " in p and p in text for p in prefixes):
        return True
    return any(w.startswith(p) and not w.startswith(_NOT_OCCASION) and _fits(w, p)
               for w in words for p in prefixes if " " not in p)


def _fits(word: str, prefix: str) -> bool:
    """A short prefix ("met", "ask", "say") must be the whole word or an inflection of it,
    not the start of another word ("metaphor", "asked" yes, "askance" no)."""
    if len(prefix) > 4:
        return True
    rest = word[len(prefix):]
    if rest[:1] == prefix[-1]:
        rest = rest[1:]  # a doubled consonant: "slammed", "vetted"
    return rest in _ENDINGS


_ENDINGS = frozenset({"", "e", "s", "d", "ed", "ing", "es", "er", "ers", "ings", "ion", "ions",
                      "ment", "ments", "y", "ied", "ies"})


# A call is an occasion only as a phone or video call: "his call for a ban" is a demand.
CALL_MODIFIERS = ("phone", "video", "conference", "telephone", "zoom", "video-link", "online")


# asked for every (quote, event) pair of an article: each trigger is read once
@lru_cache(maxsize=65536)
def is_occasion(trigger: str, before: str = "") -> bool:
    """Whether an event trigger (str) names a gathering or medium a statement is made at
    ("press conference", "phoning", "met", "rally"); ``before`` (str), the text just before
    the trigger, makes a "call" one ("video call", "phone call")."""
    words = trigger_words(trigger)
    if _matches(words, OCCASION_PREFIXES):
        return True
    previous = trigger_words(before)[-1:]
    return bool(words) and words[-1] in {"call", "calls"} and \
        bool(previous) and previous[0] in CALL_MODIFIERS


@lru_cache(maxsize=65536)
def is_speech_act(trigger: str) -> bool:
    """Whether an event trigger (str) is a verb or noun of saying ("slammed", "urged",
    "called on", "declined", "criticism")."""
    return _matches(trigger_words(trigger), SPEECH_ACT_PREFIXES)


def on_cue(quote, start: int, end: int) -> bool:
    """Whether an event trigger [start, end) (chars) overlaps the cue of ``quote`` (Quote):
    the event is the saying itself ("slammed the proposal as ...")."""
    return quote.cue is not None and start < quote.cue.end and quote.cue.start < end
