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
from .lexicon import MONTH_NAMES, MONTHS as MONTHS_BY_NAME, WEEKDAY_NAMES, WEEKDAYS
from .normalize import normalize

_WEEKDAY = re.compile(rf"\b({WEEKDAY_NAMES})\b", re.I)
_MONTH_DAY = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{MONTH_NAMES})\b", re.I)
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
                article.published_source not in ("metadata", "text") and not _MONTH_DAY.search(event.date_text):
            continue  # dated only through a guessed publication date: no anchor
            # ("last month on February 22" writes the day; only its year was inferred)
        found.append((event, date.fromisoformat(event.date)))
    return found


def _same_happening(undated, weekday_text: str, dated, day: date) -> bool:
    if undated.type != dated.type:
        return False
    ours, theirs = _actors(undated), _actors(dated)
    shared = _shared_actors(ours, theirs)
    if shared < 2 and not (shared and (len(ours) == 1 or len(theirs) == 1)):
        return False
    weekday = _WEEKDAY.search(weekday_text)
    return bool(weekday) and WEEKDAYS[weekday.group(1).lower()] == day.weekday()


def _name_words(name: str) -> set:
    return set(re.sub(r"['’]s\b", "", name).lower().split()) - {"the", "of", "a"}


def _same_actor(a: str, b: str) -> bool:
    """Same canonical name, or one proper name inside the other ("Aldera" in
    "Aldera's foreign ministry"): this runs before cross-article entity linking."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    words = _name_words(short)
    return bool(words) and words <= _name_words(long_) and any(w[:1].isupper() for w in short.split())


def _shared_actors(ours: set, theirs: set) -> int:
    return sum(1 for a in ours if any(_same_actor(a, b) for b in theirs))


def _weekday_events(article: Article) -> list:
    """(event, weekday expression) for events whose sentence names a weekday. In an
    undated article the weekday has no value, so the event took no date_text from it."""
    found = []
    for event in article.events:
        if event.date_text and _WEEKDAY.search(event.date_text):
            found.append((event, event.date_text))
            continue
        index = article.sentence_index(event.trigger.start)
        near = [t for t in article.timexes if _WEEKDAY.search(t.text) and index is not None
                and (t.sentence == index or t.sentence is None and _within(article, index, t.start))]
        if near:
            best = min(near, key=lambda t: abs(t.start - event.trigger.start))
            found.append((event, best.text))
    return found


def _within(article: Article, index: int, offset: int) -> bool:
    start, end = article.sentences[index]
    return start <= offset < end


def find_anchor(article: Article, others: list[Article]) -> Optional[tuple]:
    """(day, other article, their event, our event) that dates ``article``, or None."""
    best = None
    for other in others:
        if other is article or (article.story and other.story and article.story != other.story):
            continue
        for theirs, day in _anchor_events(other):
            for ours, weekday_text in _weekday_events(article):
                if _same_happening(ours, weekday_text, theirs, day):
                    score = _shared_actors(_actors(ours), _actors(theirs))
                    if best is None or score > best[0]:
                        best = (score, day, other, theirs, ours, weekday_text)
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
        day, other, theirs, ours, weekday_text = found
        if article.published and not day.isoformat().startswith(article.published):
            continue  # contradicts the partial date the article already has
        article.published = day.isoformat()
        article.published_source = "inferred"
        article.published_evidence = {
            "method": "same event in a dated article", "article": other.id,
            "text": weekday_text, "start": ours.trigger.start, "end": ours.trigger.end,
            "other_text": theirs.date_text, "confidence": 0.6}
        reresolve(article)
    for article in articles:  # then those that name a month of last year (needs the above)
        if not article.published and article.story:
            _date_from_story_year(article, articles)


_MONTH_LAST_YEAR = re.compile(rf"\b({MONTH_NAMES})\.?\s+(?:of\s+)?last\s+year\b", re.I)
_THIS_MONTH_NAME = re.compile(rf"\bthis\s+({MONTH_NAMES})\b", re.I)


def month_from_relations(text: str) -> Optional[int]:
    """The month of writing when "next month" and "this October" are both written
    (the month before October), else None. Both must point at one month."""
    if not re.search(r"\bnext\s+month\b", text, re.I):
        return None
    months = {MONTHS_BY_NAME[m.group(1).lower()] for m in _THIS_MONTH_NAME.finditer(text)
              if m.group(1)[0].isupper()}
    if len(months) != 1:
        return None
    return (months.pop() - 2) % 12 + 1


def year_from_story(article: Article, others: list[Article]) -> Optional[tuple]:
    """(year, other article, their event) when ``article`` writes "February last year"
    for an event that a dated story-mate of the same type and actors dates to
    February of some year: the article was written the year after."""
    for timex in article.timexes:
        m = _MONTH_LAST_YEAR.fullmatch(timex.text.strip())
        if not m or timex.sentence is None:
            continue
        month = MONTHS_BY_NAME[m.group(1).lower()]
        ours = [e for e in article.events if article.sentence_index(e.trigger.start) == timex.sentence]
        for other in others:
            if other is article or not other.published or article.story != other.story:
                continue
            for theirs in other.events:
                if not theirs.date or not re.fullmatch(rf"\d{{4}}-{month:02d}(?:-\d\d)?", theirs.date):
                    continue
                for event in ours:
                    if event.type == theirs.type and _shared_actors(_actors(event), _actors(theirs)):
                        return int(theirs.date[:4]) + 1, other, theirs, timex
            found = _same_words_dated(ours, other, month)
            if found:
                return found[0] + 1, other, found[1], timex
    return None


def _same_words_dated(ours: list, other: Article, month: int) -> Optional[tuple]:
    """(year, their timex) when a sentence of ``other`` holds a date of that month and
    our event's trigger word with one of its actors' names (the other article's
    event stage may not have coded that clause as an event)."""
    for timex in other.timexes:
        if timex.sentence is None or not timex.value or timex.granularity != "month" or \
                not re.fullmatch(rf"\d{{4}}-{month:02d}", timex.value):
            continue  # the month itself written ("February last year"), not a day in it
        start, end = other.sentences[timex.sentence]
        sentence = other.text[start:end]
        for event in ours:
            names = [a.text for a in event.actors if a.text and a.text[:1].isupper()]
            if re.search(rf"\b{re.escape(event.trigger.text)}\b", sentence) and \
                    any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in names):
                return int(timex.value[:4]), timex
    return None


def _date_from_story_year(article: Article, others: list[Article]) -> None:
    found = year_from_story(article, others)
    if found is None:
        return
    year, other, theirs, timex = found
    month = month_from_relations(article.text)
    article.published = f"{year}-{month:02d}" if month else str(year)
    article.published_source = "inferred"
    article.published_evidence = {
        "method": "'<month> last year' dated by the same event in a story-mate"
                  + ("; 'next month' and 'this <month>' give the month" if month else ""),
        "article": other.id, "text": timex.text, "start": timex.start, "end": timex.end,
        "other_text": getattr(theirs, "date_text", None) or getattr(theirs, "text", None), "confidence": 0.5}
    reresolve(article)


def reresolve(article: Article) -> None:
    """Re-resolve timexes and event dates against a newly found publication date."""
    for timex in article.timexes:
        if (timex.anchor or "").startswith("timex:") or timex.anchor == "event":
            continue  # dated from another date in the text or an event, not from the publication date
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
