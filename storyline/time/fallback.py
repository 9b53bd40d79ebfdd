"""The publication date as an event's date of last resort, read by tense.

News tells what happened since its last edition. An event with no date of its own
and none in its sentence, told in the present perfect ("has announced"), the present
("says", "is cutting jobs") or a headline's present ("Boeing wins contract", which
English headlines use for the recent past), happened on or just before the day the
report came out; so, most often, did a past-simple one ("the board approved the
deal"): on the SemEval-2015 TimeLine dev parts the publication day is right for most
of them and wrong for few (``python bench/event_dates.py``, by source). Each such date
carries a lower confidence than a written one, and ``date_source`` "publication".

What the publication date cannot date: a planned event ("will sign", a headline's
"X to buy Y") lies after it by an unknown span; an event in the past perfect ("had
signed") or a lasting state ("the war") lies before the telling by an unknown span.
Those stay undated (:mod:`.event_date` decides them before calling here).
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Article, Event, Furniture, Timex
from .calendar import parse_reference
from .calibration import (CONTINUED, CONTINUED_PRIOR, LEAD_DAY, PUBLICATION_HEADLINE, PUBLICATION_PAST,
                          PUBLICATION_PERFECT, PUBLICATION_PRESENT, share)
from .normalize import normalize

# How sure an event's date is, by what gave it: the share right of each origin's dates on
# the development parts (:mod:`.calibration`, ``python bench/event_dates.py --part dev
# --calibration``; a date where the gold knows none counts as not right): the publication
# day by the event's tense (past 53.5 % of 409, perfect 28.7 % of 101, present 37.4 % of
# 147, headline 84.6 % of 26)
PUBLICATION_CONFIDENCE = {"perfect": share(PUBLICATION_PERFECT), "present": share(PUBLICATION_PRESENT),
                          "headline": share(PUBLICATION_HEADLINE), "past": share(PUBLICATION_PAST)}
NARRATIVE_CONFIDENCE = share(LEAD_DAY)  # the day the lead gave, carried to a later sentence (68.2 % of 44)
# a date carried from an earlier sentence's frame to a background sentence going on about
# its subject (:mod:`.background`): 14 of 22 right, read by hand on PolNeAR's development
# half (:mod:`.calibration`): under the lead's day, as the telling may step back to the news
CONTINUED_CONFIDENCE = share(CONTINUED, CONTINUED_PRIOR)
# a written date: its timex's own confidence times this. Measured (:mod:`.calibration`):
# 72.7 % right of 315 at a mean of 0.84 shown with 0.9, so 0.9 was high by about a tenth;
# 0.78 makes the mean shown the share right (a weekday read at 0.9: 0.7)
WRITTEN_FACTOR = 0.78
# a date written elsewhere in the event's sentence: 39.6 % of 134 right at a mean of 0.41
# shown when its product with the written factor was 0.45 (matched): kept at 0.45
SENTENCE_FACTOR = 0.58
# how sure a publication date is that metadata or a date line did not give (no evidence kept);
# inferred dates carry their own evidence confidence (0.5-0.7), used as it is: corpus
# anchoring dated no document of the development parts' "mixed" setting, so unmeasured
INFERRED_REFERENCE = 0.5

# a headline's plan: "Airbus to cut 10,000 jobs", "Boeing set to win order",
# "Ryanair will buy 737s", "talks could resume"; read before (or as) the event's word
_HEADLINE_PLAN = re.compile(
    r"\b(?:will|'ll|shall|would|could|might|to\s+be|set\s+to|due\s+to|plans?\s+to|planning\s+to|"
    r"expected\s+to|poised\s+to|aims?\s+to|seeks?\s+to|vows?\s+to|threatens?\s+to|"
    r"promises?\s+to|hopes?\s+to|wants?\s+to|intends?\s+to)\b", re.I)
# "to" straight before the event's word: the headline's infinitive ("China Eastern to purchase jets")
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)


def undated() -> dict:
    """The resolver's answer for an event it cannot date."""
    return {"date": None, "date_range": None, "date_text": None, "date_source": "none",
            "timex": None, "confidence": None}


def publication_date(article: Article, reading: str) -> dict:
    """The publication date (at its own granularity: day, month or year) as the event's.

    article (Article): with ``published`` ("2009-06-18", "2009-06" or "2009").
    reading (str): why it dates the event, a key of :data:`PUBLICATION_CONFIDENCE`
        ("perfect", "present", "past" or "headline").
    Returns the resolver's dict, with "reading" saying why; undated when the article
    has no publication date.
    """
    day, granularity = parse_reference(article.published)
    if day is None:
        return undated()
    date = {"day": day.isoformat(), "month": f"{day.year}-{day.month:02d}", "year": str(day.year)}[granularity]
    return {"date": date, "date_range": None, "date_text": None, "date_source": "publication",
            "timex": None, "confidence": PUBLICATION_CONFIDENCE[reading], "reading": reading}


def headline_at(article: Article, offset: int) -> Optional[Furniture]:
    """The headline line (furniture of kind "headline") holding character ``offset``, or None."""
    for line in article.furniture:
        if line.kind == "headline" and line.start <= offset < line.end:
            return line
    return None


def headline_planned(headline: str, offset: int) -> bool:
    """Whether a headline tells the event whose word starts at ``offset`` (into
    ``headline``) as planned: a future or modal cue before the word ("Boeing set to win
    order", "Airlines to be compensated"), or "to" straight before it ("China Eastern
    to purchase jets"). A headline's present ("wins"), its bare participle ("delayed")
    and its nouns ("makes maiden flight") tell what just happened."""
    before = headline[:offset]
    return bool(_HEADLINE_PLAN.search(before) or _TO_BEFORE.search(before))


def headline_event_date(article: Article, trigger_start: int) -> dict:
    """Date of an event told in the article's headline: the publication date (the
    headline's recent past), unless the headline tells it as planned; undated when the
    offset is in no headline.

    article (Article): with ``furniture`` (the clean stage) and ``published``.
    trigger_start (int): char offset of the event's word in ``article.text``.
    """
    line = headline_at(article, trigger_start)
    if line is None or headline_planned(article.text[line.start:line.end], trigger_start - line.start):
        return undated()
    return publication_date(article, "headline")


def perfect(verb) -> bool:
    """Whether a spaCy verb token is in the present perfect ("has announced", "have been told")."""
    return verb is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve")
                                    for c in verb.children)


def reference_confidence(article: Article) -> float:
    """How sure the article's publication date is, as a reference to resolve against:
    1.0 when metadata or a date line gave it (``published_source`` "metadata" | "text"),
    else (inferred by the corpus or from the text's own dates) its evidence's confidence."""
    if article.published_source in ("metadata", "text", None):
        return 1.0
    evidence = article.published_evidence or {}
    return float(evidence.get("confidence") or INFERRED_REFERENCE)


def _on_reference(source: str, timex) -> bool:
    """Whether a date of ``source`` hangs on the publication date: taken from it, or
    written relative to it ("on Tuesday", "February 22" with its year supplied)."""
    return source == "publication" or timex is not None and timex.anchor == "publication"


def date_confidence(article: Article, source: Optional[str], base: Optional[float], timex=None) -> Optional[float]:
    """How sure an event's date is (0-1), None when undated. The rule: ``base`` (the
    timex's own confidence: 1.0 for "February 22, 2023", less for a weekday read by tense
    or a vague or guessed value; NARRATIVE_CONFIDENCE for the lead's day; the tense
    reading's PUBLICATION_CONFIDENCE for the publication day), times WRITTEN_FACTOR for
    a date written in the text and SENTENCE_FACTOR more when it was written elsewhere in
    the event's sentence, times :func:`reference_confidence`
    when the date hangs on a publication date (see :func:`_on_reference`). Factors chosen
    by calibration on the SemEval-2015 TimeLine dev parts (``python bench/event_dates.py
    --calibration``).

    source (str|None): the event's ``date_source``; base (float|None): as above;
    timex (Timex|None): the expression that gave the date.
    """
    if source in (None, "none") or base is None:
        return None
    value = base * {"timex": WRITTEN_FACTOR, "sentence": WRITTEN_FACTOR * SENTENCE_FACTOR}.get(source, 1.0)
    if _on_reference(source, timex):
        value *= reference_confidence(article)
    return round(min(1.0, value), 2)


def mention_date_confidence(article: Article, event: Event) -> Optional[float]:
    """:func:`date_confidence` of an event mention from what the event itself keeps (no
    parse, no timex layer, so that a merge loading the events alone reads the same): its
    ``date_text`` read again against the publication date, in the tense its modality gives
    (a plan's future, else the past), for the expression's confidence and whether it hangs
    on the publication date; the publication reading is the headline's when the event is
    in it, else the past's."""
    if event.date is None and event.date_range is None:
        return None
    source = event.date_source
    if source in (None, "none"):
        return None  # as date_confidence answers: the date text need not be read again
    if source == "publication":
        return date_confidence(article, source, PUBLICATION_CONFIDENCE[_publication_reading(article, event)])
    read = _read_again(article, event)
    base = _narrative_base(article, event) if source == "narrative" else (read.confidence if read else 1.0)
    return date_confidence(article, source, base, read)


# what stands right before a trigger told in the present perfect ("has announced", "have
# not yet been told") or the present progressive ("is cutting"), read from the text alone
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:not|n't|never|already|yet|also|just|now|\w+ly)\s+)*"
                             r"(?:been\s+)?$", re.I)
# ("'s" only after a pronoun: "Russia's attack" is a possessive, no "is")
_PROGRESSIVE_BEFORE = re.compile(r"(?:\b(?:is|are|am)|\b(?:it|he|she|that|there|what|who)'s|'re)"
                                 r"\s+(?:(?:not|n't|now|still|also)\s+)*$", re.I)


def _publication_reading(article: Article, event: Event) -> str:
    """The tense reading that put an event on the publication day, as far as the text
    before its word tells it with no parse: "headline", "perfect", "present" (a
    progressive), else "past" (what the events stage gave; a bare present "says" reads
    as past here)."""
    if headline_at(article, event.trigger.start):
        return "headline"
    before = article.text[max(event.sentence.start, event.trigger.start - 60):event.trigger.start]
    if _PERFECT_BEFORE.search(before):
        return "perfect"
    return "present" if _PROGRESSIVE_BEFORE.search(before) else "past"


def _narrative_base(article: Article, event: Event) -> float:
    """The base confidence of a "narrative" date: the lead's day (:mod:`.news_day`: always a
    day), or a frame carried from an earlier sentence (:mod:`.background`: a month or year)."""
    return NARRATIVE_CONFIDENCE if event.date and len(event.date) == 10 else CONTINUED_CONFIDENCE


def _read_again(article: Article, event: Event):
    """The event's ``date_text`` normalised again (a Timex with its confidence and anchor),
    or None when it has none or it does not read as a date."""
    if not event.date_text:
        return None
    tense = "future" if event.modality == "planned" else "past"
    found = normalize(event.date_text, article.published, tense)
    if found is None:
        return None
    return Timex(0, 0, event.date_text, value=found["value"], anchor=found["anchor"],
                 confidence=found["confidence"])


def fill_date_confidence(article: Article) -> Article:
    """Set :func:`mention_date_confidence` on each dated event of ``article`` that has none
    (made before the field, or by a stage that does not set it); returns the article.

    Read from what every event keeps, so that a merge from stored layers (timexes loaded or
    not) and a merge in memory give an event the same confidence: callers fill it once,
    before the article is stored or merged."""
    for event in article.events:
        if event.date_confidence is None and (event.date or event.date_range):
            event.date_confidence = mention_date_confidence(article, event)
    return article
