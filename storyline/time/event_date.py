"""The date of one event: its own temporal expression, else its sentence's, else (when
it has already happened) an earlier frame its background sentence goes on from, or none
(:mod:`.background`), else the day of the news the article's lead dates (:mod:`.news_day`),
else the publication date by tense (:mod:`.fallback`)."""
from __future__ import annotations

import re
from datetime import date as calendar_day
from typing import Optional

from ..model import Article, Timex
from .background import background_date
from .calendar import DAY_VALUE, DURATION_UNITS, bounds, shift
from .clauses import described_date, in_other_clause
from .fallback import NARRATIVE_CONFIDENCE, date_confidence, headline_event_date, perfect, publication_date, undated
from .habitual import unbounded
from .news_day import news_day, no_later_than
from .normalize import normalize
from .past_paragraph import past_paragraph_reading
from .sequence import in_until, index_of, marker_of, sequence_clause, hangs_off
from .tense import governing_verb, past_perfect, planned_occasion, speech_time_verb, verb_tense

# values that say nothing about the day of an event
_UNDATED = {"PRESENT_REF", "PAST_REF", "FUTURE_REF", None}


def contract_date(value: Optional[str], rng: Optional[list]) -> tuple[Optional[str], Optional[list]]:
    """A TIMEX3 value as the contract's date ("YYYY-MM-DD" | "YYYY-MM" | "YYYY") and range.

    Weeks, quarters and seasons become the month or year that holds them, with
    their exact days in the range; so does a length placed from now ("within two
    weeks" of a plan: its range)."""
    if value in _UNDATED or value.startswith("X"):
        return None, rng
    if value.startswith("P"):
        # "three days later": a duration whose range is the one day it lands on
        if rng and rng[0] == rng[1]:
            return rng[0], None
        if not rng:
            return None, rng
        start, end = calendar_day.fromisoformat(rng[0]), calendar_day.fromisoformat(rng[1])
    else:
        value = value.split("T")[0]
        span = bounds(value)
        if span is None:
            return None, rng
        start, end = span
        if len(value) == 10 or len(value) == 7 and value[5:].isdigit() or len(value) == 4:
            return value, rng
    rng = rng or [start.isoformat(), end.isoformat()]
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year}-{start.month:02d}", rng
    if start.year == end.year:
        return str(start.year), rng
    return None, rng


def _usable(timex: Timex) -> bool:
    if timex.type == "DURATION":  # "in the coming months": only its range places the event
        return timex.range is not None
    return timex.type in ("DATE", "TIME") and timex.value not in _UNDATED \
        and not str(timex.value).startswith("X")


def token_at(article: Article, start: int):
    """The spaCy token of ``article.doc`` holding character ``start``, or None (no parse,
    or no token there)."""
    if article.doc is None:
        return None
    span = article.doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _timex_tokens(article: Article, timex: Timex):
    """The timex's token span in the article's parse, or None."""
    if article.doc is None:
        return None
    span = article.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _attached(span, target) -> bool:
    """Whether the timex (token span) hangs off the trigger's (token) clause in the parse,
    or opens the sentence before the first of the verbs joined to it ("During the 2012
    election, Romney ran on the economy and accused Obama": the frame of both)."""
    if span is None or target is None:
        return False
    verb = governing_verb(span.root)
    if verb is None:
        return False
    verb = speech_time_verb(verb, span)  # "said on Friday she would ...": the saying's day
    own = governing_verb(target)
    if verb == target or verb == own:
        return True
    if own is not None and own.dep_ == "advcl" and own.tag_ in ("VBN", "VBG") and own.head.i == verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in own.children):
        return True  # "appeared in court on Friday charged with fraud": the participle shares its verb's day
    first = own
    while first is not None and first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first is not None and first.i != own.i and verb.i == first.i and span.end <= first.i


_NOT_READ = object()  # pick_timex's state when the caller has not read it yet


def pick_timex(article: Article, sentence_index: int, trigger_start: int,
               trigger=_NOT_READ, state=_NOT_READ) -> tuple[Optional[Timex], str]:
    """The timex an event at ``trigger_start`` takes, and "timex" (its own) or "sentence".

    trigger, state: the trigger's token (:func:`token_at`) and :func:`ongoing_state_of`'s
        answer, when the caller has them already; read here otherwise.
    The source is "bound" (and the timex None) when the only dates end the event ("went
    on until the truce took hold on Sunday"): it then has no day of its own.
    """
    candidates = [t for t in article.timexes if _usable(t) and _in_sentence(article, t, sentence_index)]
    if not candidates:
        return None, "none"
    if trigger is _NOT_READ:
        trigger = token_at(article, trigger_start)
    if state is _NOT_READ:
        state = ongoing_state_of(trigger)
    spans = {id(t): _timex_tokens(article, t) for t in candidates}  # each timex parsed once
    described = described_date(trigger, [spans[id(t)] for t in candidates])
    if described is not None:  # "until 2023, when the president dismissed him": 2023, whatever its preposition
        return candidates[described], "timex"
    candidates = [t for t in candidates if not _bound_only(spans[id(t)])
                  and not _modifies_other_noun(spans[id(t)], trigger)
                  and not _occasion_of_other(spans[id(t)], trigger)]
    own_sequence = index_of(sequence_clause(trigger)) if trigger is not None else None
    if own_sequence is not None:
        # "released them on Tuesday, a week after they were detained": a day told outside
        # an "after" / "since" / "before" clause is not the day of an event inside it (the
        # other way round it may be: "has received orders since it was announced in 2000")
        candidates = [t for t in candidates if spans[id(t)] is None or
                      index_of(sequence_clause(spans[id(t)].root)) == own_sequence]
    # "continued until the ceasefire was signed on Friday": Friday ends the continuing
    bounded = [t for t in candidates if in_until(spans[id(t)], own_sequence)]
    candidates = [t for t in candidates if not any(t is b for b in bounded)]
    if bounded and not candidates and trigger is not None and \
            any(hangs_off(spans[id(t)], trigger) for t in bounded):
        return None, "bound"  # dated only by its end: no day, not the publication's either
    if state is not None:
        # "concern on Tuesday about the war": a day of another clause is not the war's
        candidates = [t for t in candidates if not _a_day(t) or
                      state.left_edge.idx <= t.start < state.right_edge.idx + len(state.right_edge)]
    if not candidates:
        return None, "none"
    # "sentenced for the crimes he committed on March 11": a date inside another clause
    # dates that clause, not the rest of the sentence (asked once per timex, used twice)
    own = [t for t in candidates if not in_other_clause(spans[id(t)], trigger)]
    # "invited them to the Sept. 9 meeting": a date inside a noun dates that noun only,
    # unless the noun is the time frame itself ("captured the town in the 1967 war"); a
    # present perfect takes no past frame but a "since" ("has denied any role in the 2001
    # attacks", "has held the land since the 1967 war")
    perfect_aspect = trigger is not None and perfect(governing_verb(trigger))
    attached = [t for t in candidates if _attached(spans[id(t)], trigger)
                and (_in_frame(spans[id(t)], perfect_aspect) or any(t is o for o in own))]
    pool = attached or own
    if not pool:
        return None, "none"
    # nearest to the trigger, preferring what follows it ("met Lavrov on Wednesday")
    best = min(pool, key=lambda t: abs(t.start - trigger_start) + (0 if t.start >= trigger_start else 5))
    if attached or article.doc is None and len(candidates) == 1:
        return best, "timex"
    return best, "sentence"


# nouns naming a state that lasts (a war, a crisis): a day told for another clause of
# their sentence is not theirs, and without a date of their own they have no day at all
STATE_NOUNS = {"war", "conflict", "crisis", "invasion", "occupation", "standoff", "stand-off",
               "dispute", "tension", "hostility", "fighting", "siege", "blockade", "sanction",
               "embargo", "rivalry", "feud", "insurgency", "unrest", "recession", "slump",
               "shortage", "drought", "pandemic", "epidemic", "stalemate", "deadlock",
               "isolation", "rift", "turmoil", "downturn", "famine", "boom"}
# verbs that make such a noun a happening of their own day: "launched an invasion on
# Tuesday", "declared war", "imposed sanctions Friday"
STATE_CHANGE_VERBS = {"launch", "start", "begin", "declare", "wage", "open", "mount", "stage",
                      "end", "halt", "stop", "resume", "escalate", "spark", "trigger", "ignite",
                      "unleash", "impose", "lift", "announce", "threaten", "order", "settle",
                      "resolve", "provoke", "cause", "avert", "break", "win", "lose"}


def ongoing_state_of(noun):
    """The trigger token ``noun`` when it is a noun naming a lasting state ("the war", "the
    crisis") and no verb makes it a happening ("launched the invasion"), else None (also
    with no parse: ``noun`` None)."""
    if noun is None:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STATE_NOUNS:
        return None
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in STATE_CHANGE_VERBS:
        return None
    return noun


def _a_day(timex: Timex) -> bool:
    """Whether the timex names a day or a time of day."""
    return bool(DAY_VALUE.match(str(timex.value or ""))) or \
        timex.type == "DURATION" and bool(timex.range) and timex.range[0] == timex.range[1]


# prepositions that make a date a bound, not the day of the event: "before Election Day",
# "until Dec. 11", "ahead of the summit", "prior to March"
BOUND_PREPS = {"before", "until", "till", "prior", "ahead", "pending"}


FRAME_PREPS = {"in", "during", "throughout", "amid", "after", "since", "at"}


def _in_frame(span, perfect_aspect: bool = False) -> bool:
    """Whether a date (token span) inside a noun names a time frame: the noun follows
    "in", "during" hanging off a verb ("captured the town in the 1967 war", "during the
    2008 campaign"); not one hanging off a noun ("denied any role in the 2001 attacks":
    the attacks' date, not the denial's); with ``perfect_aspect`` (the verb is in the present
    perfect) only a "since" frame."""
    if span is None:
        return False
    noun = span.root.head
    return noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPS and \
        noun.head.head.pos_ in ("VERB", "AUX") and (not perfect_aspect or noun.head.lower_ == "since")


def _modifies_other_noun(span, trigger) -> bool:
    """Whether a date (token span) is an adverb of a common noun other than the trigger
    ("protest against the seizure of the tanker a day earlier", "the attack two days
    ago"): it dates what that noun names, not the clause around it."""
    if span is None or trigger is None:
        return False
    root = span.root
    if root.dep_ == "npadvmod" and root.head.dep_ == "advmod":
        root = root.head  # "[a day] earlier": the adverb carries the measure
    noun = root.head
    # only an adverb ("earlier", "ago"): a bare day the parser hangs off the object
    # ("signed the deal Monday") still dates the verb
    return root.dep_ == "advmod" and root.pos_ == "ADV" and noun.pos_ == "NOUN" \
        and noun.i not in (trigger.i, root.i)


def _occasion_of_other(span, trigger) -> bool:
    """Whether a date (token span) is the day of an occasion called for or set by its verb
    (:func:`.tense.planned_occasion`: "called for a strike on Friday") and ``trigger`` (token)
    is not that occasion: the calling is not done on the occasion's day."""
    if span is None or trigger is None:
        return False
    occasion = planned_occasion(span)
    return occasion is not None and occasion.i != trigger.i


def _bound_only(span) -> bool:
    """Whether a date (token span) is only a bound of the events around it ("has promised
    to bring the nominee to the floor before Election Day", "punt negotiations until Dec. 11")."""
    if span is None:
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.dep_ == "prep" and prep.lower_ in ("to", "of") and \
            prep.head.lower_ in ("prior", "ahead"):
        prep = prep.head  # "prior to March", "ahead of the vote"
    return prep is not None and prep.lower_ in BOUND_PREPS


_MEASURE = re.compile(r"P(\d+)([DWMY])$|PT(?:\d+|X)[HMS]$")


def _measure_of(article: Article, clause) -> Optional[tuple[str, int]]:
    """(unit, amount) of the duration measuring an "after" / "before" clause ("a week
    after", "two days before"): a DURATION timex hanging off the clause's verb or its
    preposition; None when there is none."""
    verb = clause[0]
    owners = {verb.i} | {c.i for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ in ("pobj", "pcomp"):
        owners.add(verb.head.i)  # "a week [after [being detained]]"
        if verb.head.head.dep_ == "npadvmod":
            owners.add(verb.head.head.i)  # "[a day [after the seizure]]"
    for timex in article.timexes:
        found = _MEASURE.match(str(timex.value or "")) if timex.type == "DURATION" else None
        span = _timex_tokens(article, timex) if found else None
        if span is not None and span.root.dep_ == "npadvmod" and \
                (span.root.head.i in owners or span.root.i in owners):
            if found.group(2) is None:
                return "day", 0  # "hours after", "minutes before": the same day, at day granularity
            return DURATION_UNITS[found.group(2)], int(found.group(1))
    return None


def _from_main(article: Article, sentence_index: int, clause) -> Optional[dict]:
    """The date of an event inside an "after" / "since" / "before" ``clause`` (from
    :func:`sequence_clause`) with no date of its own, when its main clause is dated:
    that day moved by the clause's measure (Tuesday minus "a week": "released them on
    Tuesday, a week after they were detained"), else undated, as the text gives no span
    ("released them on Tuesday after they were detained"); None when the main clause has
    no date either (the usual fallbacks then date the event)."""
    main = governing_verb(clause[0].head) or clause[0].head
    timex, _source = pick_timex(article, sentence_index, main.idx, main)
    if timex is None:
        return _from_undated_main(article, sentence_index, clause, main)
    if timex.type == "DURATION":
        return undated()
    counted = _counted(timex, _measure_of(article, clause), clause[1])
    saying = main.head if main.dep_ == "ccomp" and main.head.i != main.i else None
    if counted is not None and saying is not None and clause[0].tag_ == "VBD" \
            and counted["date"] > (article.published or "9999")[:10]:
        # "said on Friday she would open talks next Monday, a day after her minister
        # resigned": told as done, the resigning cannot follow the telling; the measure
        # counts from the saying's day
        said, _source = pick_timex(article, sentence_index, saying.idx, saying)
        again = _counted(said, _measure_of(article, clause), clause[1]) if said is not None else None
        if again is not None and again["date"] <= (article.published or "")[:10]:
            return again
    return counted or undated()


def _from_undated_main(article: Article, sentence_index: int, clause, main) -> Optional[dict]:
    """The date of an event in a measured "after" / "before" ``clause`` whose main clause
    has no date of its own ("The seizure came two weeks after the bloc imposed
    sanctions"): the day the main clause's event is dated by the usual fallbacks (the
    lead's day, the report's) moved by the measure, at low confidence; undated when that
    is no single day. The report's day itself would be wrong for sure: the text says the
    event came a measured time before (or after) another. None when the clause has no
    measure (the usual fallbacks then date the event)."""
    measure = _measure_of(article, clause)
    if measure is None or main.i == clause[0].i:
        return None
    found = _resolve(article, sentence_index, main.idx)
    day = found["date"]
    if found["date_source"] == "none" or not day or len(day) != 10 or \
            found["date_source"] == "publication" and clause[1] > 0:
        # a day after the report's own would put what it tells as done after its telling
        return undated()
    moved = shift(calendar_day.fromisoformat(day), measure[0], clause[1] * measure[1])
    return {"date": moved.isoformat(), "date_range": None, "date_text": found["date_text"],
            "date_source": "sentence", "timex": found["timex"],
            "confidence": min(found["confidence"] or SEQUENCE_CONFIDENCE, SEQUENCE_CONFIDENCE)}


def _from_clause(article: Article, trigger, timex: Timex) -> Optional[dict]:
    """The date of a main-clause event dated only inside its measured "after" / "before"
    clause: that day moved the other way ("shelled the town a week after the talks
    collapsed on April 2": April 9); None when the date is not in such a clause."""
    span = _timex_tokens(article, timex)
    clause = sequence_clause(span.root) if span is not None else None
    if clause is None or marker_of(clause) not in ("after", "before") or not hangs_off(span, trigger) \
            or index_of(sequence_clause(trigger)) == index_of(clause):
        return None  # not such a clause, or the trigger inside it ("before the vote on Sunday")
    return _counted(timex, _measure_of(article, clause), -clause[1])


def _counted(timex: Timex, measure: Optional[tuple[str, int]], direction: int) -> Optional[dict]:
    """The resolver's answer for the day of ``timex`` moved ``direction`` (-1 earlier, +1
    later) times ``measure`` (:func:`_measure_of`); None when there is no measure or the
    timex names no single day."""
    day, _range = contract_date(timex.value, timex.range)
    if measure is None or not _a_day(timex) or day is None or len(day) != 10:
        return None
    moved = shift(calendar_day.fromisoformat(day), measure[0], direction * measure[1])
    return {"date": moved.isoformat(), "date_range": None, "date_text": timex.text,
            "date_source": "sentence", "timex": timex,
            "confidence": min(timex.confidence or SEQUENCE_CONFIDENCE, SEQUENCE_CONFIDENCE)}


SEQUENCE_CONFIDENCE = 0.6  # a day counted from another clause's: the count may be loose


def _in_sentence(article: Article, timex: Timex, index: int) -> bool:
    if timex.sentence is not None:
        return timex.sentence == index
    if 0 <= index < len(article.sentences):
        start, end = article.sentences[index]
        return start <= timex.start < end
    return False


def tense_of(trigger) -> Optional[str]:
    """Tense of an event trigger token's clause, from the parse (None: no parse)."""
    if trigger is None:
        return None
    verb = governing_verb(trigger)
    for _ in range(4):
        # "Jobs started by hinting at the incident, saying ...": a participle without an
        # auxiliary has no tense of its own; it takes its clause's
        if verb is None or verb.tag_ != "VBG" or verb.dep_ not in _NONFINITE_DEPS or \
                any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            break
        verb = governing_verb(verb.head)
    return verb_tense(verb) if verb is not None else None


_NONFINITE_DEPS = {"advcl", "pcomp", "xcomp", "conj"}


def _told_as_earlier(trigger) -> bool:
    """Whether the trigger's (token) verb is in the past perfect ("had signed", "had been told")."""
    if trigger is None:
        return False
    verb = governing_verb(trigger)
    return verb is not None and past_perfect(verb)


def resolve_event_date(article: Article, sentence_index: Optional[int], trigger_start: int,
                       tense: Optional[str] = None) -> dict:
    """:func:`_resolve`'s answer, its "confidence" made how sure the date is by
    :func:`.fallback.date_confidence` (None when undated)."""
    found = _resolve(article, sentence_index, trigger_start, tense)
    found["confidence"] = date_confidence(article, found["date_source"], found["confidence"], found["timex"])
    return found


def _resolve(article: Article, sentence_index: Optional[int], trigger_start: int,
             tense: Optional[str] = None) -> dict:
    """Date of the event whose trigger starts at ``trigger_start``: its own temporal
    expression, else its sentence's, else (past) the day the lead gave the news, else the
    publication date by tense (:mod:`.fallback`).

    article (Article): with ``timexes`` (the time stage) and ``published``.
    sentence_index (int|None): index into ``article.sentences`` of the event's sentence;
        None for an event in the headline (furniture, no sentence of the body).
    trigger_start (int): char offset of the trigger in ``article.text``.
    tense (str|None): "past" | "present" | "future" of the event; read from the
        parse when None and a Doc is present.
    Returns {"date", "date_range", "date_text", "date_source", "timex", "confidence"};
    date_source is "timex" | "sentence" | "narrative" (the day the lead gave the news) |
    "publication" | "none"; confidence (float|None) how sure the date is.
    """
    if sentence_index is None:  # a plan told in the headline has no date there either
        return undated() if tense == "future" else headline_event_date(article, trigger_start)
    trigger = token_at(article, trigger_start)
    if tense is None:
        tense = tense_of(trigger)
    state = ongoing_state_of(trigger)
    timex, source = pick_timex(article, sentence_index, trigger_start, trigger, state)
    counted = _from_clause(article, trigger, timex) if timex is not None and trigger is not None else None
    if counted is not None:  # "a week after the talks collapsed on April 2": April 9
        return counted
    if timex is not None:
        value, rng = timex.value, timex.range
        # the event's own tense re-reads only its own date: a date of another clause of
        # the sentence ("arrested Friday, charged with killing X") keeps its reading
        if tense and tense != timex.tense and timex.anchor == "publication" and source == "timex":
            again = normalize(timex.text, article.published, tense)  # the event's own tense decides
            if again and again["value"]:
                value, rng = again["value"], again["range"]
        date, date_range = contract_date(value, rng)
        if tense == "past":
            date, date_range = no_later_than((date, date_range), value, article.published)
        if date is not None or date_range is not None:
            return {"date": date, "date_range": date_range, "date_text": timex.text,
                    "date_source": source, "timex": timex, "confidence": timex.confidence}
    if source == "bound":
        return undated()
    clause = sequence_clause(trigger) if trigger is not None else None
    dated = _from_main(article, sentence_index, clause) if clause is not None else None
    if dated is not None:  # "a week after they were detained": counted from the main clause's day
        return dated
    if tense == "past" and (state is not None or _told_as_earlier(trigger)):
        # "said on Thursday that it had signed a contract": before the telling, of which
        # the text gives no day; the publication day would be wrong for sure ("concern
        # about the war": a lasting state has no day either)
        return undated()
    if unbounded(trigger):
        return undated()  # "has often complained", "for over two decades": no one day dates it
    told = background_date(article, sentence_index, trigger) if tense == "past" and trigger is not None else None
    if told is None and tense == "past" and trigger is not None:  # a dateless paragraph of history
        told = past_paragraph_reading(article, sentence_index, trigger)
    if told is not None:  # "In 2014 he led the reform. He fired half the generals": 2014
        return told
    lead = news_day(article) if tense == "past" else None
    if lead is not None and lead.value[:10] != (article.published or "")[:10]:
        # "Yesterday, Jobs unveiled iPhone 4. [...] He demoed the gyroscope": the day the lead gave
        return {"date": lead.value[:10], "date_range": None, "date_text": lead.text,
                "date_source": "narrative", "timex": lead, "confidence": NARRATIVE_CONFIDENCE}
    if tense in ("past", "present"):
        # what is told as done or doing, with no date in its sentence: the report's day
        perfect_aspect = tense == "past" and trigger is not None and perfect(governing_verb(trigger))
        return publication_date(article, "perfect" if perfect_aspect else tense)
    return undated()  # planned, or no tense to tell: after (or around) publication, by an unknown span
