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


# What a quote's sentence may say it was said at when no event stands for it (the events
# stage makes no interviews, statements or press conferences: they stay quote occasions).
# Nouns by kind, matched as whole lower-cased words after a preposition of setting.
OCCASION_NOUNS = {
    "interview": "interview", "interviews": "interview",
    "news conference": "press conference", "press conference": "press conference",
    "press briefing": "press conference", "news briefing": "press conference",
    "briefing": "press conference", "press availability": "press conference",
    "statement": "statement", "readout": "statement", "communique": "statement",
    "speech": "speech", "address": "speech", "remarks": "speech", "sermon": "speech",
    "rally": "rally", "debate": "debate", "hearing": "hearing", "testimony": "hearing",
    "conference": "conference", "forum": "conference", "convention": "conference",
    "summit": "summit", "meeting": "meeting", "talks": "meeting",
    "phone call": "phone call", "telephone call": "phone call", "video call": "phone call",
    "call": "phone call", "video conference": "phone call",
    "twitter": "social media post", "facebook": "social media post", "instagram": "social media post",
    "telegram": "social media post", "weibo": "social media post", "truth social": "social media post",
    "social media": "social media post", "tweet": "social media post", "post": "social media post",
    "letter": "letter", "op-ed": "op-ed", "opinion article": "op-ed", "opinion piece": "op-ed",
    "essay": "op-ed", "column": "op-ed", "podcast": "broadcast", "broadcast": "broadcast",
    "town hall": "town hall", "visit": "visit", "trip": "visit",
}
# "at the Munich Security Conference", "in a brief televised statement", "during talks":
# up to four words between the preposition and the noun, none of them one that starts a
# clause or a phrase of its own ("in the wake of the debate" is no debate it was said at)
_FILLER_STOP = r"(?!(?:of|about|over|for|to|with|after|before|ahead|since|that|which|who|and|or|but|than|when|where|while|as|on|in|at|by|into|against|ahead|next|upcoming|planned|coming)\b)"
_NOUN_ALTERNATION = "|".join(sorted((re.escape(n) for n in OCCASION_NOUNS), key=len, reverse=True))
_SETTING = re.compile(
    r"\b(?:at|in|during|on|via|while\s+(?:speaking|appearing)\s+(?:at|on|in))\s+"
    r"((?:" + _FILLER_STOP + r"[\w’'.&-]+\s+){0,4}?)(" + _NOUN_ALTERNATION + r")(?![\w-])",
    re.IGNORECASE)
# Sayings whose verb names the occasion: "told reporters", "tweeted", "testified".
_SAYING = re.compile(
    r"\b(?:told|telling|tells|tell)\s+(?:a\s+group\s+of\s+|a\s+)?(reporters|journalists|the\s+press|the\s+media|"
    r"a\s+(?:news|press)\s+conference|a\s+(?:news|press)\s+briefing|lawmakers|the\s+committee|"
    r"the\s+crowd|a\s+crowd|supporters|the\s+audience|an\s+audience)\b"
    r"|\b(tweeted|testified|wrote\s+on\s+(?:Twitter|Facebook|X|social\s+media|Telegram|Weibo))\b",
    re.IGNORECASE)
_SAYING_KINDS = {"reporters": "remarks to reporters", "journalists": "remarks to reporters",
                 "press": "remarks to reporters", "media": "remarks to reporters",
                 "conference": "press conference", "briefing": "press conference",
                 "lawmakers": "remarks to lawmakers", "committee": "hearing", "crowd": "speech",
                 "supporters": "speech", "audience": "speech", "tweeted": "social media post",
                 "testified": "hearing", "wrote": "social media post"}


_ON_KINDS = frozenset({"social media post", "phone call", "broadcast"})


def said_at(text: str, lo: int, hi: int, skip: tuple) -> list:
    """What the text [lo, hi) (chars; a quote's sentence) says a statement was made at:
    [(kind, start, end)] (kind a key of the values of OCCASION_NOUNS, or "remarks to
    reporters"; start/end chars in ``text``), none of them inside ``skip`` ((start, end),
    the quoted words, which are what was said, not where)."""
    found = []
    for match in _SETTING.finditer(text, lo, hi):
        noun = " ".join(match.group(2).lower().split())
        if noun == "post" and (not match.group(1).strip() or match.group(2) != "post"):
            continue  # "on post", "in The Washington Post": no social media post
        if noun == "call" and not text.startswith(" with ", match.end()):
            continue  # "in his call for a ban" is a demand; "during a call with Xi" a call
        kind = OCCASION_NOUNS[noun]
        if match.group(0)[:2].lower() == "on" and kind not in _ON_KINDS:
            continue  # "expand on her earlier statement": "on" a medium only ("on Twitter")
        found.append((kind, match.start(), match.end()))
    for match in _SAYING.finditer(text, lo, hi):
        words = (match.group(1) or match.group(2)).lower().split()
        key = words[-1] if match.group(1) else words[0]
        found.append((_SAYING_KINDS[key], match.start(), match.end()))
    return [f for f in found if not (skip[0] <= f[1] < skip[1] or skip[0] < f[2] <= skip[1])]


# Words that open a clause of its own: a setting before one ("the day that footage emerged of
# a man at a Trump rally, Trump said") sets that clause, not the saying after it.
_SUBORDINATE = re.compile(r"\b(?:that|when|after|before|as|while|where|which|who|whose|since|"
                          r"because|if|although|though|until)\b", re.IGNORECASE)
# ("before", "after", "since" also head phrases: "At the debate before the primary, she said")
_ADVERBIAL = re.compile(r"\b(?:when|while|because|although|though|whereas)\b", re.IGNORECASE)
# Chars a setting may stand from its saying verb: before it (a fronted "In an interview with
# ABC News on Sunday, Mr. Rhodes said") and after it ("said Monday in an interview").
BEFORE_CUE, AFTER_CUE = 80, 30


def attached(text: str, setting: tuple, cue: tuple, sentence_start: int) -> bool:
    """Whether a setting phrase [start, end) (chars) found by :func:`said_at` belongs to
    the saying whose cue is [start, end): right after it with no clause break between
    ("said Monday in an interview", not "said, paraphrasing her remarks at the debate"),
    or fronted before it with no clause of its own around it ("In a letter released
    Monday, Sanders rips", not "as footage emerged of a man at a rally, Trump said").
    sentence_start (int): where the sentence holding both starts."""
    start, end = setting
    if cue[0] <= start < cue[1] or start <= cue[0] < end:
        return True  # "told reporters", "tweeted": the cue names the occasion itself
    if start >= cue[1]:
        gap = text[cue[1]:start]
        return len(gap) <= AFTER_CUE and not any(c in gap for c in ",.;:—–(")
    if cue[0] - end > BEFORE_CUE:
        return False
    # a relative clause between the two may be the setting's own ("at a meeting, at which
    # he accepted an invitation, Wang said"), but a clause of time or cause, or a second
    # main clause, puts the saying in another ("rattled at the last debate when Clinton
    # accused him", "her anger in the last debate was over the top, and now allies hope")
    gap = text[end:cue[0]]
    return not _SUBORDINATE.search(text[sentence_start:start]) and \
        not _ADVERBIAL.search(gap) and not any(c in gap for c in (", and ", ", but ", "; "))


# Kinds of gathering an event trigger names, to match the setting a quote's text names
# ("said at the rally" and a rally event): the first prefix a trigger word starts with.
_EVENT_KINDS = (("meet", "meeting"), ("met", "meeting"), ("talk", "meeting"), ("summit", "summit"),
                ("rall", "rally"), ("debat", "debate"), ("visit", "visit"), ("trip", "visit"),
                ("phon", "phone call"), ("call", "phone call"), ("hearing", "hearing"),
                ("testi", "hearing"), ("conference", "conference"), ("forum", "conference"),
                ("convention", "conference"), ("speech", "speech"), ("address", "speech"),
                ("town hall", "town hall"), ("interview", "interview"))
# Settings that are one kind of gathering under two names.
_SAME_KIND = {"press conference": "conference", "summit": "meeting", "town hall": "rally"}


def gathering_kind(trigger: str) -> str | None:
    """The kind of gathering (str, as :data:`OCCASION_NOUNS` names them) an event trigger
    (str) names ("held talks" -> "meeting", "rallies" -> "rally"), or None."""
    text = " ".join(trigger_words(trigger))
    for prefix, kind in _EVENT_KINDS:
        if " " in prefix and prefix in text:
            return kind
        if prefix == "call":  # "called on", "calls for": a demand unless the noun alone
            if any(w in ("call", "calls") for w in text.split()):
                return kind
        elif any(w.startswith(prefix) and _fits(w, prefix) for w in text.split()):
            return kind
    return None


def same_kind(setting: str, kind: str | None) -> bool:
    """Whether a quote's setting kind (str) and an event's gathering kind (str|None) name
    one kind of gathering."""
    return kind is not None and _SAME_KIND.get(setting, setting) == _SAME_KIND.get(kind, kind)
