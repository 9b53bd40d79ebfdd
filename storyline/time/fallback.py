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

from ..model import Article, Furniture
from .calendar import parse_reference

# how sure a date taken from the publication date is, by what the event's tense says;
# a date read from the text itself keeps its timex's confidence (1.0 unless guessed)
PUBLICATION_CONFIDENCE = {"perfect": 0.6, "present": 0.6, "headline": 0.5, "past": 0.5}
NARRATIVE_CONFIDENCE = 0.6  # the day the lead gave, carried to an undated later sentence

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
