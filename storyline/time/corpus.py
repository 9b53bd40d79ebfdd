"""Corpus-level dating: an undated article reporting the same event as a dated
one takes its date from it.

Two event mentions are the same happening when they share the event type, at
least two canonical actors (or all of them when one side has one), and the
undated one's weekday ("on Wednesday") falls on the dated one's day. The
undated article is then published on or within a week after that day; we
take the day itself (news reports meetings the day they happen) with a
confidence that says so, then re-resolve its timexes and event dates.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..model import Article
from .calendar import parse_reference
from .event_date import resolve_event_date
from .lexicon import WEEKDAY_NAMES, WEEKDAYS
from .normalize import normalize

_WEEKDAY = re.compile(rf"\b({WEEKDAY_NAMES})\b", re.I)
_RELATIVE_WORDS = re.compile(rf"\b({WEEKDAY_NAMES}|today|yesterday|tomorrow|tonight|last|next|this|ago)\b", re.I)


def _actors(event) -> set:
    return {a.canonical or a.text for a in event.actors if (a.canonical or a.text)}


def _anchor_events(article: Article) -> list:
    """(event, day) for events dated to a day by a written, absolute date."""
    found = []
    for event in article.events:
        if not event.date or len(event.date) != 10 or event.date_source not in ("timex", "sentence"):
            continue
        if event.date_text and _RELATIVE_WORDS.search(event.date_text) and \
                article.published_source not in ("metadata", "text"):
            continue  # dated only through a guessed publication date: no anchor
        found.append((event, date.fromisoformat(event.date)))
    return found


def _same_happening(undated, dated, day: date) -> bool:
    if undated.type != dated.type:
        return False
    ours, theirs = _actors(undated), _actors(dated)
    shared = ours & theirs
    if len(shared) < 2 and not (shared and (len(ours) == 1 or len(theirs) == 1)):
        return False
    weekday = _WEEKDAY.search(undated.date_text or "")
    return bool(weekday) and WEEKDAYS[weekday.group(1).lower()] == day.weekday()


def _weekday_events(article: Article) -> list:
    return [e for e in article.events if e.date_text and _WEEKDAY.search(e.date_text)]


def find_anchor(article: Article, others: list[Article]) -> Optional[tuple]:
    """(day, other article, their event, our event) that dates ``article``, or None."""
    best = None
    for other in others:
        if other is article or (article.story and other.story and article.story != other.story):
            continue
        for theirs, day in _anchor_events(other):
            for ours in _weekday_events(article):
                if _same_happening(ours, theirs, day):
                    score = len(_actors(ours) & _actors(theirs))
                    if best is None or score > best[0]:
                        best = (score, day, other, theirs, ours)
    return best[1:] if best else None


def infer_corpus_dates(articles: list[Article]) -> None:
    """Date undated (or only partly dated) articles from dated reports of the same event.

    articles (list[Article]): annotated articles (events with canonical actors);
        changed in place: published, published_source="inferred",
        published_evidence naming the other article, timexes and event dates.
    """
    for article in articles:
        _ref, granularity = parse_reference(article.published)
        if granularity == "day":
            continue
        found = find_anchor(article, articles)
        if found is None:
            continue
        day, other, theirs, ours = found
        if article.published and not day.isoformat().startswith(article.published):
            continue  # contradicts the partial date the article already has
        article.published = day.isoformat()
        article.published_source = "inferred"
        article.published_evidence = {
            "method": "same event in a dated article", "article": other.id,
            "text": ours.date_text, "start": ours.trigger.start, "end": ours.trigger.end,
            "other_text": theirs.date_text, "confidence": 0.6}
        reresolve(article)


def reresolve(article: Article) -> None:
    """Re-resolve timexes and event dates against a newly found publication date."""
    for timex in article.timexes:
        found = normalize(timex.text, article.published, timex.tense)
        if found is not None:
            timex.value, timex.range = found["value"], found["range"]
            timex.granularity, timex.confidence = found["granularity"], found["confidence"]
    for event in article.events:
        index = article.sentence_index(event.trigger.start)
        if index is None:
            continue
        tense = {"planned": "future", "happened": "past"}.get(event.modality)
        result = resolve_event_date(article, index, event.trigger.start, tense)
        event.date, event.date_range = result["date"], result["date_range"]
        event.date_text, event.date_source = result["date_text"], result["date_source"]
