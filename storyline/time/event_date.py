"""The date of one event: its own temporal expression, else its sentence's, else
(when it has already happened) the day of the news the article's lead dates
(:mod:`.news_day`), else the publication date."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Article, Timex
from .calendar import bounds
from .news_day import news_day, no_later_than
from .normalize import normalize
from .tense import governing_verb, past_perfect, verb_tense

# values that say nothing about the day of an event
_UNDATED = {"PRESENT_REF", "PAST_REF", "FUTURE_REF", None}


def contract_date(value: Optional[str], rng: Optional[list]) -> tuple[Optional[str], Optional[list]]:
    """A TIMEX3 value as the contract's date ("YYYY-MM-DD" | "YYYY-MM" | "YYYY") and range.

    Weeks, quarters and seasons become the month or year that holds them, with
    their exact days in the range."""
    if value in _UNDATED or value.startswith("X"):
        return None, rng
    if value.startswith("P"):
        # "three days later": a duration whose range is the one day it lands on
        if rng and rng[0] == rng[1]:
            return rng[0], None
        return None, rng
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


def _timex_and_trigger(article: Article, timex: Timex, trigger_start: int):
    """(the timex's token span, the trigger's token span) in the article's parse, or None."""
    doc = article.doc
    if doc is None:
        return None
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    trigger = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    if span is None or trigger is None or len(span) == 0 or len(trigger) == 0:
        return None
    return span, trigger


def _attached(article: Article, timex: Timex, trigger_start: int) -> bool:
    """Whether the timex hangs off the trigger's clause in the parse."""
    tokens = _timex_and_trigger(article, timex, trigger_start)
    if tokens is None:
        return False
    span, trigger = tokens
    verb = governing_verb(span.root)
    target = trigger[0]
    return verb is not None and (verb == target or verb == governing_verb(target))


def pick_timex(article: Article, sentence_index: int, trigger_start: int) -> tuple[Optional[Timex], str]:
    """The timex an event at ``trigger_start`` takes, and "timex" (its own) or "sentence"."""
    candidates = [t for t in article.timexes if _usable(t) and _in_sentence(article, t, sentence_index)]
    if not candidates:
        return None, "none"
    candidates = [t for t in candidates if not _bound_only(article, t)]
    state = ongoing_state(article, trigger_start)
    if state is not None:
        # "concern on Tuesday about the war": a day of another clause is not the war's
        candidates = [t for t in candidates if not _a_day(t) or
                      state.left_edge.idx <= t.start < state.right_edge.idx + len(state.right_edge)]
    if not candidates:
        return None, "none"
    # "sentenced for the crimes he committed on March 11": a date inside another clause
    # dates that clause, not the rest of the sentence (asked once per timex, used twice)
    own = [t for t in candidates if not _in_other_clause(article, t, trigger_start)]
    # "invited them to the Sept. 9 meeting": a date inside a noun dates that noun only,
    # unless the noun is the time frame itself ("captured the town in the 1967 war")
    attached = [t for t in candidates if _attached(article, t, trigger_start)
                and (_in_frame(article, t) or any(t is o for o in own))]
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
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def ongoing_state(article: Article, trigger_start: int):
    """The trigger's token when it is a noun naming a lasting state ("the war", "the
    crisis") and no verb makes it a happening ("launched the invasion"), else None."""
    if article.doc is None:
        return None
    span = article.doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    noun = span[0]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STATE_NOUNS:
        return None
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in STATE_CHANGE_VERBS:
        return None
    return noun


def _a_day(timex: Timex) -> bool:
    """Whether the timex names a day or a time of day."""
    return bool(_DAY_VALUE.match(str(timex.value or ""))) or \
        timex.type == "DURATION" and bool(timex.range) and timex.range[0] == timex.range[1]


# prepositions that make a date a bound, not the day of the event: "before Election Day",
# "until Dec. 11", "ahead of the summit", "prior to March"
BOUND_PREPS = {"before", "until", "till", "prior", "ahead", "pending"}


FRAME_PREPS = {"in", "during", "throughout", "amid", "after", "since", "at"}


def _in_frame(article: Article, timex: Timex) -> bool:
    """Whether a date inside a noun names a time frame: the noun follows "in", "during"
    ("in the 1967 war", "during the 2008 campaign")."""
    span = article.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    noun = span.root.head
    return noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPS


def _bound_only(article: Article, timex: Timex) -> bool:
    """Whether a date is only a bound of the events around it ("has promised to bring the
    nominee to the floor before Election Day", "punt negotiations until Dec. 11")."""
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.dep_ == "prep" and prep.lower_ in ("to", "of") and \
            prep.head.lower_ in ("prior", "ahead"):
        prep = prep.head  # "prior to March", "ahead of the vote"
    return prep is not None and prep.lower_ in BOUND_PREPS


def _in_other_clause(article: Article, timex: Timex, trigger_start: int) -> bool:
    """Whether the timex dates something the trigger is not part of: a clause describing a
    noun ("sentenced for the crimes he committed on March 11") or a noun itself ("after
    she had worked for Clinton during her 2008 run, Tanden wrote that Soros can call"),
    when the trigger is outside that clause or noun; or a clause told or planned by the
    trigger's, or telling it (see :func:`_in_other_complement`)."""
    tokens = _timex_and_trigger(article, timex, trigger_start)
    if tokens is None:
        return False
    span, trigger = tokens
    root, target = span.root, trigger[0]
    if root.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head  # "her 2008 run": the run's date
        if _gathering_of(noun, target):
            return False  # "to attend next month's forum": the attending's date
        return not (noun.left_edge.i <= target.i <= noun.right_edge.i)
    clause = governing_verb(root)
    for _ in range(12):
        if clause is None or clause.dep_ in ("relcl", "acl") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause is not None and clause.dep_ in ("relcl", "acl"):
        if _describes(clause, target):
            return False  # "a deal begun last year": the clause dates the noun it describes
        return not (clause.left_edge.i <= target.i <= clause.right_edge.i)
    return _in_other_complement(governing_verb(root), target)


# verbs whose event happens at the gathering they take: "attend next month's forum",
# "hosted Friday's meeting", "travel to the March 3 summit"
GATHERING_VERBS = {"attend", "visit", "host", "hold", "join", "chair", "skip", "boycott",
                   "convene", "open", "address", "participate", "travel", "go", "come",
                   "arrive", "head", "co-host", "cohost", "organize", "organise", "lead", "miss"}
_GATHERING_PREPS = {"at", "to", "in", "for"}


def _gathering_of(noun, target) -> bool:
    """Whether ``noun`` (holding a date) is what the trigger verb attends, visits or hosts:
    its object, or the object of its "at" / "to" / "in" / "for"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in _GATHERING_PREPS:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return verb.i == target.i and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in GATHERING_VERBS


def _describes(clause, target) -> bool:
    """Whether a relative or participle clause describes the trigger noun itself: "a deal
    begun between them last year", "a policy of involvement dating back to the 1990s"."""
    noun = clause.head
    if target.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.i == target.i or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == target.i


# clauses that hang off a verb as what it says, wants or plans: "announced that X would be
# released in 2007", "agreed to buy them in 2009"; and a reporting verb set in its content
# ("This switch, he said, would happen next year")
_COMPLEMENTS = {"ccomp", "xcomp"}


def _climb(low, high) -> Optional[list]:
    """The dependency labels from verb ``low`` up to verb ``high``, or None when
    ``high`` is not above ``low`` (within twelve steps)."""
    deps, token = [], low
    for _ in range(12):
        if token.i == high.i:  # spaCy makes a new Token object on each access: compare indices
            return deps
        if token.head.i == token.i:
            return None
        deps.append(token.dep_)
        token = token.head
    return None


def _in_other_complement(verb, target) -> bool:
    """Whether the timex's clause (``verb``) and the trigger's are a report and what it
    reports, the date not being the trigger's: the date inside the complement of the
    trigger ("announced that it would be released in 2007": not the announcing), a
    reporting verb set inside the dated clause ("he said"), or the trigger inside the
    complement of a dated report when it is told as earlier or later than the report
    ("stated on Thursday that it had signed a contract", "said Monday it will sign")."""
    own = governing_verb(target)
    if verb is None or own is None or verb.i == own.i:
        return False
    if own.dep_ == "parataxis" and _climb(verb, own.head) is not None:
        return True  # "the switch, he said, would happen next year": the saying is not next year
    down = _climb(verb, own)  # the date below the trigger's clause
    if down is not None:
        return bool(_COMPLEMENTS & set(down))
    up = _climb(own, verb)  # the trigger below the date's clause
    if up is None or not _COMPLEMENTS & set(up):
        return False
    return past_perfect(own) or verb_tense(own) != verb_tense(verb)


def _in_sentence(article: Article, timex: Timex, index: int) -> bool:
    if timex.sentence is not None:
        return timex.sentence == index
    if 0 <= index < len(article.sentences):
        start, end = article.sentences[index]
        return start <= timex.start < end
    return False


def trigger_tense(article: Article, trigger_start: int) -> Optional[str]:
    """Tense of the event trigger's clause, from the parse (None without one)."""
    if article.doc is None:
        return None
    span = article.doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span[0])
    for _ in range(4):
        # "Jobs started by hinting at the incident, saying ...": a participle without an
        # auxiliary has no tense of its own; it takes its clause's
        if verb is None or verb.tag_ != "VBG" or verb.dep_ not in _NONFINITE_DEPS or \
                any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            break
        verb = governing_verb(verb.head)
    return verb_tense(verb) if verb is not None else None


_NONFINITE_DEPS = {"advcl", "pcomp", "xcomp", "conj"}


def _told_as_earlier(article: Article, trigger_start: int) -> bool:
    """Whether the trigger's verb is in the past perfect ("had signed", "had been told")."""
    tokens = None if article.doc is None else \
        article.doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    if not tokens:
        return False
    verb = governing_verb(tokens[0])
    return verb is not None and past_perfect(verb)


def resolve_event_date(article: Article, sentence_index: int, trigger_start: int,
                       tense: Optional[str] = None) -> dict:
    """Date of the event whose trigger starts at ``trigger_start``.

    article (Article): with ``timexes`` (the time stage) and ``published``.
    sentence_index (int): index into ``article.sentences`` of the event's sentence.
    trigger_start (int): char offset of the trigger in ``article.text``.
    tense (str|None): "past" | "present" | "future" of the event; read from the
        parse when None and a Doc is present.
    Returns {"date", "date_range", "date_text", "date_source", "timex"}; date_source is
    "timex" | "sentence" | "narrative" (the day the lead gave the news) | "publication" | "none".
    """
    if tense is None:
        tense = trigger_tense(article, trigger_start)
    timex, source = pick_timex(article, sentence_index, trigger_start)
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
                    "date_source": source, "timex": timex}
    if tense == "past" and (_told_as_earlier(article, trigger_start) or
                            ongoing_state(article, trigger_start) is not None):
        # "said on Thursday that it had signed a contract": before the telling, of which
        # the text gives no day; the publication day would be wrong for sure ("concern
        # about the war": a lasting state has no day either)
        return {"date": None, "date_range": None, "date_text": None, "date_source": "none", "timex": None}
    lead = news_day(article) if tense == "past" else None
    if lead is not None and lead.value[:10] != (article.published or "")[:10]:
        # "Yesterday, Jobs unveiled iPhone 4. [...] He demoed the gyroscope": the day the lead gave
        return {"date": lead.value[:10], "date_range": None, "date_text": lead.text,
                "date_source": "narrative", "timex": lead}
    if article.published and tense in ("past", "present"):
        date, date_range = contract_date(article.published[:10], None)
        return {"date": date, "date_range": date_range, "date_text": None,
                "date_source": "publication", "timex": None}
    return {"date": None, "date_range": None, "date_text": None, "date_source": "none", "timex": None}
