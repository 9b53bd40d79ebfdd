"""Find temporal expressions in running text, then resolve each one.

Finding (:func:`find_timex_spans`) uses rules over the text plus spaCy's DATE and
TIME entities when a Doc is given; resolving (:func:`extract_timexes`) hands each
span to :func:`storyline.time.normalize.normalize` with the tense of its clause.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..model import Timex
from .lexicon import (MONTH_NAMES, NUMBER_ALT, ORDINAL_ALT, SPELLED_YEAR, UNIT_ALT, WEEKDAY_NAMES,
                      trie_alternation)
from .calendar import bounds
from .event_anchor import add_event_relative
from .fiscal import apply_reporting_periods
from .holidays import HOLIDAY_PATTERN
from .surroundings import (ahead_range, ends_completed_period, indefinite_future, lookback_start,
                           month_of_a_noun_ahead)
from .scan import GuardedPattern
from .normalize import normalize
from .tense import tense_at, tense_from_words
from ..nlp import doc_text

# the finder's word lists as tries: the same matches, with far fewer comparisons per position
_MONTH_TRIE, _WEEKDAY_TRIE = trie_alternation(MONTH_NAMES), trie_alternation(WEEKDAY_NAMES)
_NUMBER_TRIE, _ORDINAL_TRIE = trie_alternation(NUMBER_ALT), trie_alternation(ORDINAL_ALT)
# TimeML leaves the preposition out ("by the end of 1990" is a signal and "the end of 1990")
_MOD = (r"(?:(?:the\s+)?(?:end|beginning|start|middle|"
        r"turn|close|first\s+half|second\s+half|latter\s+part|early\s+part)\s+of\s+(?:the\s+)?|"
        r"(?:early|mid|late)[-\s])?")
_REL = (r"(?:this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+previous|the\s+following|"
        r"the\s+next|the\s+last|the\s+current|this|last|next|past|coming|previous|following|current)")
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = rf"(?:{_NUMBER_TRIE}|\d{{1,3}}(?:\.\d+)?)"
# "the nineties": with "the" only, since "in his sixties" is an age
_DECADE_WORDS = r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
_Q_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final)"
_YEAR_ANY = rf"(?:{_YEAR}\b|{SPELLED_YEAR})"
# reporting periods first: at one start the first alternative that matches wins
_PERIOD_FORMS = [
    rf"(?:the\s+)?(?:this|last|next)\s+year['’]s\s+(?:{_Q_ORD}[-\s](?:fiscal\s+)?)?(?:quarter|period)",
    rf"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-ago|year-earlier|prior-year)\s+"
    rf"(?:{_Q_ORD}[-\s])?(?:fiscal\s+)?(?:quarter|period)",
    r"the\s+(?:comparable\s+|corresponding\s+|same\s+)?(?:quarter|period),?\s+(?:of\s+)?"
    r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)",
    rf"the\s+{_YEAR}\s+(?:fiscal\s+)?(?:quarter|period)",
    r"the\s+(?:latest\s+|current\s+|most\s+recent\s+|same\s+)?quarter(?![-\w])(?!\s+of\b)",
    r"the\s+(?:latest|most\s+recent)\s+period",
    r"year-ago|year-earlier",
    r"(?:the\s+)?(?:year-end|year\s+end|year['’]s\s+end)",
    r"the\s+(?:full\s+|whole\s+|entire\s+)?year(?![-\w])(?!\s+(?:\d|two\s+thousand|nineteen))",
]
_FORMS = _PERIOD_FORMS + [
    # before the month forms: "May Day" is a day, not May
    rf"(?:{_REL}\s+)?{HOLIDAY_PATTERN}(?:,?\s+(?:of\s+)?{_YEAR}\b)?",
    rf"(?:the\s+)?(?:{_ORDINAL_TRIE}|\d+(?:st|nd|rd|th)|\d+-year)\s+anniversary",
    r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z?)?",
    r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
    rf"(?:(?:last|next|this\s+past|this\s+coming)\s+|(?:{_WEEKDAY_TRIE}),?\s+)?"
    rf"(?:{_MONTH_TRIE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+{_YEAR}\b|,?\s+(?:of\s+)?(?:last|this|next)\s+year)?",
    rf"(?:(?:{_WEEKDAY_TRIE}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_TRIE})\b\.?"
    rf"(?:,?\s+{_YEAR}\b)?",
    rf"(?:{_REL}\s+)?(?:{_MONTH_TRIE})\b\.?(?:,?\s+(?:of\s+)?{_YEAR_ANY}|\s+(?:of\s+)?(?:last|this|next)\s+year)?",
    rf"(?:the\s+)?(?:{_YEAR}\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)[-\s](?:fiscal\s+)?quarter"
    rf"(?:\s+(?:of\s+)?(?:{_YEAR}|this\s+year|last\s+year|next\s+year))?",
    # a bare "the first half" is as often a match's as a year's: only with its year
    rf"(?:the\s+)?(?:(?:first|second|latter|last)\s+half|(?:first|last)\s+two\s+quarters)\s+of\s+"
    rf"(?:{_YEAR}|this\s+year|last\s+year|next\s+year|the\s+year)"
    rf"|H[12]\s?{_YEAR}",
    rf"Q[1-4]\s+{_YEAR}\b",  # "Q3 2023"
    # "the last week of May" (before "the last week", a period of its own)
    rf"(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of\s+(?:{_MONTH_TRIE})\b\.?(?:,?\s+{_YEAR}\b)?",
    # "the fall of 2021": the season, where a year follows ("the fall of Saigon" does not)
    rf"(?:the\s+)?fall\s+of\s+{_YEAR}\b",
    rf"(?:{_REL}\s+)?(?:spring|summer|autumn|winter)(?:\s+(?:of\s+)?{_YEAR_ANY})?",
    rf"(?:{_REL}\s+)fall(?:\s+(?:of\s+)?{_YEAR})?",
    # "on Mondays", "Tuesday nights": every such day (before the single weekday, which would stop short)
    rf"(?:{_WEEKDAY_TRIE})(?:s(?:\s+(?:morning|afternoon|evening|night)s?)?|\s+(?:morning|afternoon|evening|night)s)",
    rf"(?:(?:last|this|next|this\s+past|this\s+coming|coming|past|the\s+following|the\s+next|the\s+previous|"
    rf"the\s+preceding|the\s+same)\s+)?(?:{_WEEKDAY_TRIE})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?",
    # "had left the day before.": the day before the narrative's, when no event follows
    r"the\s+day\s+(?:before|after)(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but)\b)",
    r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|earlier\s+today|later\s+today|"
    r"(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|last\s+night|"
    r"this\s+(?:morning|afternoon|evening))",
    r"(?:earlier|later)\s+(?:this|last|next)\s+(?:week|month|year)",
    r"(?:the\s+same|that|the\s+next|the\s+following|the\s+previous|the\s+preceding)\s+"
    r"(?:day|week|month|year|morning|afternoon|evening|night)",
    rf"{_REL}\s+(?:week|weekend|month|year|quarter|decade|century)",
    rf"{_NUM}\s+years?\s+and\s+a\s+half(?:\s+or\s+so)?\s+(?:ago|from\s+now|hence)",  # a month 18 months back
    rf"{_NUM}\s+(?:{UNIT_ALT})(?:\s+or\s+so)?\s+(?:ago|earlier|later|from\s+now|hence)",
    rf"in\s+{_NUM}\s+(?:days?|weeks?|months?|years?)(?:\s+time)?(?=\s+(?:time|from)|[,.;])",
    r"(?:the\s+)?(?:coming|next|past|last|recent|previous)\s+(?:few\s+|several\s+|many\s+)?(?:days|weeks|months|years|decades)",
    rf"(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final|following)\s+)?{_NUM}(?:\s+1/2|½)?[-\s]"
    rf"(?:(?:more|additional|further|extra)\s+)?(?:(?:trading|business|working)\s+(?=days?\b))?(?:{UNIT_ALT})"
    rf"(?:[-\s]long|\s+and\s+a\s+half)?",
    rf"(?:another|an\s+additional|an\s+extra|a\s+further)\s+(?:{_NUM}\s+)?(?:{UNIT_ALT})\b",
    r"(?:day|week|month|year|hour)-long",
    # a part of the day alone: "in the morning" (of the narrative day), "by mid afternoon"
    r"(?:mid[-\s]?|the\s+)(?:morning|afternoon|evening)(?:\s+(?:yesterday|today|tomorrow))?"
    r"(?!\s+(?:of|after|before|(?:news)?papers?|news|shows?|sessions?|editions?|shifts?|rush|commute|prayers?|"
    r"stars?|programs?|programmes?)\b)",
    r"the\s+day\b(?=\s*[,.;:]|\s+(?:and|but|as|when|with)\b)",  # only "later in the day" (see _plausible)
    rf"(?:every|each)\s+(?:other\s+)?(?:day|week|month|year|quarter|{_WEEKDAY_TRIE}|morning|evening|night|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|daily|weekly|monthly|annually|yearly|quarterly",
    rf"(?:every|each)\s+{_NUM}\s+(?:days|weeks|months|years|hours|quarters|decades)\b",  # "every two years"
    # "by the end of the month", "later in the week": the reference's month or week
    r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:week|month)\b"
    r"|(?:earlier|later)\s+in\s+the\s+(?:week|month|year)\b",
    r"(?:the\s+)?(?:early\s+|mid-?|late\s+)?(?:1[89]|20)?\d0'?s\b",
    rf"the\s+(?:early\s+|mid-?|late\s+)?(?:nineteen[-\s])?{_DECADE_WORDS}\b",
    rf"(?:(?:calendar|fiscal)\s+(?:year\s+)?)?{_YEAR}\b(?![-/]\d)",
    # "two thousand years" is a length, not the year 2000
    rf"(?:the\s+year\s+)?(?:{SPELLED_YEAR})\b(?!\s+(?:{UNIT_ALT})\b)",
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+century",
    r"(?:the\s+)?(?:current\s+|present\s+)?fiscal\s+year|the\s+(?:current|present)\s+year|the\s+weekend",
    r"\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b",
    r"(?:[01]?\d|2[0-3]):?[0-5]\d\s+(?:GMT|UTC)\b",  # wire copy's "0900 GMT", "14:30 GMT"
    r"the\s+(?:near|distant|foreseeable|immediate)\s+future|the\s+(?:near|short)\s+term|a\s+later\s+date|"
    r"these\s+days|now|currently|recently|lately|nowadays|at\s+present|the\s+future|soon|"
    # "the past three summers", "the past two seasons": a count follows, so no noun "the past"
    rf"the\s+past(?!\s+(?:{_NUM}|few|several|many)\s)",
]
# "a year" is not an expression inside "a year-earlier loss" or "52-year-old"
_FINDER = re.compile(rf"(?<![\w$£€-]){_MOD}(?:{'|'.join(f'(?:{f})' for f in _FORMS)})"
                     rf"(?![\w%]|-(?:ago|earlier|old|end)\b)", re.I)
# the same matches, trying the pattern only at words that can begin one (with the tries,
# finding went from 6.9 to 1.5 ms per 4,400-character article)
_FINDER_AT_WORDS = GuardedPattern(_FINDER)
# glue between two found expressions that makes them one ("last month on February 22")
_JOIN = re.compile(r"^(?:,?\s+(?i:on|in|at|of|or|to|through|until|or\s+in|or\s+on)\s+|,\s*|\s+|\s*[-–]\s*|"
                   r"\s+(?:before|after)\s+|\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT),?\s+)$")
_CAPITAL_ONLY = re.compile(rf"^(?:{_MOD})?(?:{_REL}\s+)?(may|march|sun|wed|sat|dec|jan|mar|jun|jul|aug|oct|nov|sep|sept|apr|feb)\b", re.I)
_BARE_ABBREVIATION = re.compile(r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec", re.I)
_IN_THE_DAY = re.compile(r"\b(?:earlier|later|late|early)\s+in\s+$", re.I)
_HOLIDAY_START = re.compile(rf"^(?:{_MOD})?(?:{_REL}\s+)?({HOLIDAY_PATTERN})", re.I)
_NOT_YEAR_AFTER = re.compile(r"^\s+(?:[a-z]+s|per|people|troops|km|miles|to\s+\d)\b")


def find_timex_spans(text: str, doc=None) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of temporal expressions in ``text``.

    text (str): the article text (offsets are into it).
    doc (spacy.tokens.Doc|None): parse of the same-length text; its DATE/TIME
        entities add expressions the rules miss.
    """
    spans = []
    for m in _FINDER_AT_WORDS.finditer(text):
        start, end = m.start(), m.end()
        if text[end - 1] == "." and not re.search(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|[ap]\.m)\.$",
                                                  text[start:end], re.I):
            end -= 1  # a full stop, not an abbreviation's dot ("Feb.")
        if not _plausible(text, start, end):
            continue
        spans.append((_with_approximator(text, lookback_start(text, start, end, doc), end), end))
    if doc is not None:
        spans.extend(_entity_spans(doc, spans))
    return _join_adjacent(text, sorted(set(spans)))


# TimeML keeps a count's approximator in the expression (its mod: APPROX, MORE_THAN, ...):
# "nearly two weeks ago", "at least 20 more years", "no more than sixty days" (TimeBank:
# 18 inside, 4 outside; "about" and "over" stay out, as TimeBank leaves them out more often)
_APPROXIMATOR_BEFORE = re.compile(
    r"\b(?:nearly|around|at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|"
    r"no\s+less\s+than)\s+$", re.I)
_APPROXIMATOR_START = re.compile(_APPROXIMATOR_BEFORE.pattern.replace(r"\s+$", r"\s+"), re.I)
_COUNT_START = re.compile(rf"(?:\d|(?:{_NUMBER_TRIE}|a|an)\b)", re.I)


def _with_approximator(text: str, start: int, end: int) -> int:
    """``start`` moved back over an approximator before a counted expression."""
    if not _COUNT_START.match(text, start, end) or re.fullmatch(r"\d{4}", text[start:end]):
        return start  # "since at least 1980": the year is no count
    m = _APPROXIMATOR_BEFORE.search(text, max(0, start - 16), start)
    return m.start() if m else start


def _plausible(text: str, start: int, end: int) -> bool:
    surface = text[start:end]
    approximator = _APPROXIMATOR_START.match(surface)
    if approximator:  # "more than a quarter of the market" is judged as "a quarter of"
        return _plausible(text, start + approximator.end(), end)
    m = _CAPITAL_ONLY.match(surface) or _HOLIDAY_START.match(surface)
    if m and not text[start + m.start(1)].isupper():
        return False  # "may", "march", "sun" as ordinary words; "election day" of any election
    if re.fullmatch(r"\d+\s+(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years)", surface):
        return False  # "60 Minutes", "48 Hours": a title, the unit capitalised
    if _BARE_ABBREVIATION.fullmatch(surface) and text[end:end + 1] != ".":
        return False  # "Jan Kavan", "Aug" alone: a month abbreviation has its dot or a day
    if surface == "March" and _MARCH_NAME_AFTER.match(text, end) \
            and not _MONTH_PREPOSITION_BEFORE.search(text[max(0, start - 12):start]):
        return False  # "the annual March for Life", "the March on Washington": a march, not the month
    if re.fullmatch(r"the\s+quarter", surface, re.I) and re.match(r"\s+of\b", text[end:end + 4]):
        return False  # "the quarter of caucus voters": a fraction (the rules' own form skips it too)
    if re.fullmatch(r"the\s+day", surface, re.I) and not _IN_THE_DAY.search(text[max(0, start - 16):start]):
        return False  # "the day" is a time only as "earlier / later in the day"
    if re.fullmatch(r"(?:the\s+)?(?:1[89]|20)\d\d", surface, re.I):
        if _NOT_YEAR_AFTER.match(text[end:end + 16]) or re.search(r"[$£€#]\s*$", text[max(0, start - 2):start]) \
                or re.match(r"[.,]\d", text[end:end + 2]):
            return False  # "close at 2082.1", "$1988"
    if surface.lower() in ("now", "soon", "recently", "currently", "lately") \
            and (text[end:end + 1] == "-" or re.match(r"\s+as\b|\s+after\b", text[end:end + 7])
                 or surface.lower() != "now" and re.match(r"\s+that\b", text[end:end + 7])):
        return False  # "as soon as next week": the date is the next week; "now that" is now
    return not (_AGE.search(surface) and (surface.lower().endswith("old") or _AGE_AFTER.match(text[end:end + 8]))
                or _RATE_BEFORE.search(text[max(0, start - 24):start]) and _RATE.fullmatch(surface)
                or _FRACTION.fullmatch(surface) and re.match(r"\s+of\b", text[end:end + 4])
                or _ADJECTIVE_SET.fullmatch(surface) and not _BASIS_AFTER.match(text, end)
                and (_ADJECTIVE_BEFORE.search(text[max(0, start - 12):start]) or _MEASURE_AFTER.match(text, end))
                or _ADJECTIVE_SET.fullmatch(surface) and _PUBLICATION_AFTER.match(text, end)
                or _SET_ADVERB.fullmatch(surface) and _RATE_BEFORE.search(text[max(0, start - 24):start])
                or surface == "This Week"  # a programme's name ("ABC's This Week")
                or re.fullmatch(r"a\s+second", surface, re.I) and not re.match(r"\s+(?:later|ago|earlier)", text[end:]))


_MARCH_NAME_AFTER = re.compile(r"\s+(?:for|on|against|of|to)\s+(?:the\s+)?[A-Z]")
_MONTH_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|by|until|till|since|from|before|after|through|during|early|late|mid|last|next|this|of|"
    r"and|or|between)\s+$", re.I)
# "52 years old", "a 136-year-old institution": ages, not times
_AGE = re.compile(r"\b(?:\d+|[a-z]+)[-\s](?:years?|months?|weeks?|days?)(?:[-\s]old)?$", re.I)
_AGE_AFTER = re.compile(r"^[-\s]old\b", re.I)
# "$1.76 a year", "700 seats a week", "twice a day": rates, not expressions of time
_RATE = re.compile(r"(?:a|an|per|one)\s+(?:year|month|week|day|night|quarter|hour)", re.I)
_RATE_BEFORE = re.compile(r"(?:\d|million|billion|trillion|cents?|percent|%|times|twice|once|seats|flights|"
                          r"units|shares|barrels|people|tons)\s+$", re.I)
# "three-quarters of its food", "a quarter of the market": fractions
_FRACTION = re.compile(r"(?:a|one|three|two)[-\s]quarters?", re.I)
# "its quarterly dividend", "average daily volume": a figure of a reporting period, not a
# set (TimeBank leaves them all unmarked); "his weekly radio address" is a set
_ADJECTIVE_SET = re.compile(r"quarterly|daily|weekly|monthly|yearly|nightly", re.I)
# "on a weekly basis": the adjective is the set, determiner or not
_BASIS_AFTER = re.compile(r"\s+basis\b", re.I)
# "the Communist Party daily Granma", "the weekly Der Spiegel": a "daily" is a newspaper
_PUBLICATION_AFTER = re.compile(r"\s+(?:[A-Z][a-z]|(?:news)?papers?\b|magazines?\b|tabloids?\b)")
# "rise 8.5% annually", "10,000 units annually": a rate, as "$1.76 a year" is
_SET_ADVERB = re.compile(r"annually|quarterly|yearly|daily|weekly|monthly", re.I)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:average|initial|first|regular|latest|usual|normal)\s+$", re.I)
_MEASURE_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:dividends?|results?|loss(?:es)?|earnings|reports?|figures?|volumes?|turnover|"
    r"payments?|profits?|sales|revenues?|rates?|returns?|average|data|statistics|output|income|"
    r"payout|distribution|interest|fees?|rents?|wages?|salar(?:y|ies)|budgets?|allowance|"
    r"limits?|caps?|quotas?|totals?|highs?|lows?|gains?|declines?|drops?|increases?|rises?)\b"
    r"|\s+of\b", re.I)


def _entity_spans(doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy DATE/TIME entities that overlap nothing found and can be resolved."""
    extra = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = ent.start_char, ent.end_char
        if any(s < end and start < e for s, e in found) or not _plausible(doc_text(doc), start, end):
            continue
        if normalize(ent.text) is not None:
            extra.append((start, end))
    return extra


def _join_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping spans, and neighbours that read as one expression."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            continue
        if merged and _JOIN.match(text[merged[-1][1]:start]) and start - merged[-1][1] <= 12:
            joined = text[merged[-1][0]:end]
            if normalize(joined, "2000-06-15") is not None and _joinable(text, merged[-1], (start, end)):
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


_RANK = {"minute": 0, "hour": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 5, "year": 6}


def _joinable(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Two dates joined only when one qualifies the other, not for a list of dates."""
    a, b = text[left[0]:left[1]], text[right[0]:right[1]]
    between = text[left[1]:right[0]].strip(" ,").lower()
    if between in ("in", "of", "during") and (normalize(a, "2000-06-15") or {}).get("type") == "DURATION":
        return False  # "86 days in 2019": a count of days within the year, no date of its own
    if re.search(r"\b(?:later|earlier|ago|afterwards?)$", a, re.I) and \
            ("," in text[left[1]:right[0]] or between in ("in", "on")):
        return False  # "two years later, in 1998": the offset is whole, the year its own
    context = re.fullmatch(r"(?:last|this|next)\s+(week|month|year)", b.strip(), re.I)
    if context and _RANK.get((normalize(a, "2000-06-15") or {}).get("granularity"), 9) > _RANK[context.group(1).lower()]:
        return False  # "Wednesday last week" is one day; "the fourth quarter next month" is two times
    gap = re.sub(r"\s+(?:in|on)$", "", between)
    if gap in ("before", "after"):
        return normalize(a) is not None and normalize(a)["type"] == "DURATION"
    if gap in ("to", "through", "until"):
        return False  # "from Aug. 26 to Oct. 20": TimeML marks each end on its own
    if gap in ("or", "-", "–"):
        return normalize(a, "2000-06-15")["type"] == "DATE" and normalize(b, "2000-06-15")["type"] == "DATE"
    return True


def extract_timexes(text: str, reference: Optional[str] = None, doc=None,
                    sentences: Optional[list] = None) -> list[Timex]:
    """Find and resolve the temporal expressions of ``text``.

    text (str): the text; offsets of the result are into it.
    reference (str|None): ISO reference (publication) date, possibly partial.
    doc (spacy.tokens.Doc|None): parse of the same-length text, for tense and entities.
    sentences (list|None): [[start, end]] sentence spans, to record sentence indexes.
    Returns Timex records in text order.
    """
    timexes = []
    for start, end in find_timex_spans(text, doc):
        tense = _possessive_tense(text, start, end, tense_of(text, start, end, doc, sentences))
        found, anchor = normalize(text[start:end], reference, tense), None
        if found is not None and indefinite_future(text, start, end, tense, doc):
            found = normalize("someday", reference, tense)
        if found is not None and ends_completed_period(text, start, end, found, reference):
            found = normalize(f"last {text[start:end]}", reference, "past") or found
        if found is not None and month_of_a_noun_ahead(start, end, found, reference, tense, doc):
            found = normalize(text[start:end], reference, None) or found
        ahead = ahead_range(text, start, end, found, reference, tense) if found is not None else None
        if ahead is not None:  # "will lift the ban within two weeks": from now to two weeks on
            found.update(range=ahead, anchor="publication")
        narrative = _narrative_anchor(text, start, timexes)
        if narrative is not None and found is not None:
            # "the following day", "three days later" after "on December 30": narrative time
            again = normalize(text[start:end], _as_reference(narrative), tense)
            if again is not None and again["value"]:
                found, anchor = again, f"timex:{narrative.start}"
        if found is None:
            continue
        timexes.append(Timex(start=start, end=end, text=text[start:end], type=found["type"],
                             value=found["value"], granularity=found["granularity"],
                             range=found["range"], anchor=anchor or found["anchor"],
                             confidence=found["confidence"],
                             sentence=_sentence_of(sentences, start), tense=tense))
        timexes.extend(_second_day(text, timexes[-1], sentences))
    timexes = add_event_relative(text, timexes, lambda offset: _sentence_of(sentences, offset), reference)
    return apply_reporting_periods(text, timexes, reference)


# "Thursday's closing price", "Wednesday's ruling": a possessive date names a thing that
# already exists, so it lies back, whatever the clause's tense, unless the words before
# it look ahead ("ahead of Sunday's vote")
_POSSESSIVE = re.compile(r"['’]s\b")
_AHEAD_BEFORE = re.compile(r"\b(?:ahead\s+of|before|until|till|for|awaiting|await|preview\s+of)\s+$", re.I)


def _possessive_tense(text: str, start: int, end: int, tense: Optional[str]) -> Optional[str]:
    """``tense`` for the expression ``text[start:end]``, or "past" when it is a possessive
    ("Friday's close") in a clause that does not say it lies ahead."""
    if tense == "future" or not _POSSESSIVE.match(text, end) \
            or _AHEAD_BEFORE.search(text, max(0, start - 16), start):
        return tense
    return "past"


# "on April 24 and 25": the second day is an expression of its own (TimeML marks each)
_AND_DAY = re.compile(r"\s+(?:and|or|&)\s+(\d{1,2})(?=\s*[,;:)\n]|\.(?!\d)|\s*$|"
                      r"\s+(?:in|at|on|to|when|where|with|for|during|and|but)\b)")


def _second_day(text: str, first: Timex, sentences: Optional[list]) -> list[Timex]:
    """The bare day number after a full date ("April 24 and 25"), dated in its month."""
    m = _AND_DAY.match(text, first.end)
    if not m or first.type != "DATE" or first.granularity != "day" or not re.search(r"\d$", first.text) \
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", first.value or ""):
        return []
    day = int(m.group(1))
    if not int(first.value[8:]) < day <= 31:
        return []
    value = f"{first.value[:8]}{day:02d}"
    try:
        date.fromisoformat(value)
    except ValueError:  # "Feb. 28 and 30"
        return []
    start, end = m.start(1), m.end(1)
    return [Timex(start=start, end=end, text=text[start:end], type="DATE", value=value, granularity="day",
                  range=[value, value] if first.range else None, anchor=f"timex:{first.start}",
                  confidence=first.confidence, sentence=_sentence_of(sentences, start), tense=first.tense)]


# expressions whose reference is the narrative time (the date the text last gave),
# and the coarsest unit that date may have: "the next day" needs a day, "that year" a year
_NARRATIVE_FORMS = [
    (re.compile(r"^(?:the\s+same|that|the\s+next|the\s+following|the\s+previous|the\s+preceding|next)\s+"
                r"(?:day|night|morning|afternoon|evening)\b|^the\s+(?:day|morning|afternoon|evening)\b|"
                r"^overnight\b", re.I), "day"),
    (re.compile(rf"^(?:the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding)\s+"
                rf"(?:{WEEKDAY_NAMES})\b", re.I), "week"),
    (re.compile(r"^(?:the\s+same|that|the\s+next|the\s+following|the\s+previous|the\s+preceding)\s+"
                r"(?P<unit>week|month|year|spring|summer|autumn|fall|winter)\b", re.I), None),
    (re.compile(r"^(?:\S+\s+){1,2}?(?:or\s+so\s+)?(?P<unit>days?|weeks?|months?|years?)\s+"
                r"(?:or\s+so\s+)?(?:later|earlier|afterwards?|after\s+that|before\s+that)\b", re.I), None),
]
_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4}
_UNIT_RANK = {"day": 0, "week": 1, "month": 2, "year": 4, "spring": 4, "summer": 4, "autumn": 4,
              "fall": 4, "winter": 4}
# how far back the narrative time is looked for: a few paragraphs of news
_NARRATIVE_WINDOW = 1200


def _narrative_anchor(text: str, start: int, earlier: list) -> Optional[Timex]:
    """The date the text last gave before a narrative-relative expression ("the
    following day", "that week", "three days later", "the following Tuesday"), at
    a granularity it can anchor: a day for "the next day", a month or finer for
    "the following month", a year or finer for "that year". None when the text
    gave no such date shortly before (the publication date is then the reference)."""
    head = text[start:start + 48]
    finest = None
    for pattern, unit in _NARRATIVE_FORMS:
        m = pattern.match(head)
        if m:
            word = unit or m.group("unit").lower().rstrip("s")
            finest = _UNIT_RANK.get(word, 0)
            break
    if finest is None:
        return None
    for timex in reversed(earlier):
        if start - timex.end > _NARRATIVE_WINDOW:
            return None
        rank = _GRANULARITY_RANK.get(timex.granularity)
        if rank is not None and rank <= finest and timex.type in ("DATE", "TIME") and timex.value \
                and timex.value[:4].isdigit() and "-Q" not in timex.value:
            return timex
    return None


def _as_reference(timex: Timex) -> str:
    """The ISO date a narrative anchor stands for: its day, or the first day of its week."""
    if re.match(r"\d{4}-W\d{2}", timex.value):
        return bounds(timex.value[:8])[0].isoformat()
    return timex.value[:10]


def tense_of(text: str, start: int, end: int, doc=None, sentences=None) -> Optional[str]:
    """Tense of the clause holding ``text[start:end]``: from the parse, else cue words."""
    if doc is not None:
        return tense_at(doc, start, end)
    index = _sentence_of(sentences, start)
    if index is not None:
        s, _ = sentences[index]
    else:
        s = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    e = min([i for i in (text.find(".", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return tense_from_words(text[s:e], start - s)


def _sentence_of(sentences: Optional[list], offset: int) -> Optional[int]:
    if not sentences:
        return None
    for i, (start, end) in enumerate(sentences):
        if start <= offset < end:
            return i
    return None
