"""Corpus-level dating: an undated article reporting the same event as a dated
one takes its date from it.

Two event mentions are the same happening when they share the event type, at
least two canonical actors (or all of them when one side has one), and the
undated one's deictic date agrees with the dated one's day. What the undated
article calls that day gives its publication date: a weekday ("on Wednesday")
or "today" the day itself (news reports meetings the day they happen; a weekday
may be up to six days back, and the confidence says so), "yesterday" the day
after, "three days ago" three days after, "last week" the month of the week
after, "last month" the month after. Without a coded event, a weekday sentence
that names two of the people or bodies a dated story-mate's sentence names on
that weekday is the same happening too. A report of the same happening that gives
it another weekday a day or two off, when the dated report tells it as news (in its
week), dates the article to the later of the two days, so both dates stand as a
conflict (:func:`_told_otherwise`). Without either, a happening named by a relative
day's possessive ("last week's earthquake") that a dated story-mate dates by a day
dates the article as that expression would (:func:`noun_anchor`). The article's
timexes and event dates are then resolved again.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ..model import Article
from .calendar import DAY_VALUE, add_months, parse_reference, week_bounds
from .event_date import resolve_event_date
from .fallback import mention_date_confidence
from .lexicon import MONTH_NAMES, MONTHS as MONTHS_BY_NAME, NUMBER_ALT, WEEKDAY_NAMES, WEEKDAYS, number_of
from .normalize import normalize
from .published import MONTH_LAST_OR_THIS_YEAR
from .news_day import NEWS_WINDOW_DAYS
from .redate import DEFAULT_MODEL, apply_record, parsed
from .surroundings import ahead_range

_WEEKDAY = re.compile(rf"\b({WEEKDAY_NAMES})\b", re.I)
_MONTH_DAY = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{MONTH_NAMES})\b", re.I)
# what an undated article may call the day of a happening another article dates
_DEICTIC = re.compile(
    rf"\b(?:(?P<weekday>{WEEKDAY_NAMES})|(?P<today>today|tonight|this (?:morning|afternoon|evening))|"
    rf"(?P<yesterday>yesterday|last night)|(?P<ago>\d{{1,2}}|{NUMBER_ALT}) days? ago|"
    rf"(?P<week>last week)|(?P<month>last month))\b", re.I)
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


def publication_after(expression: str, day: date) -> Optional[tuple[str, float]]:
    """(publication date, confidence) of an article that calls ``day`` by ``expression``
    ("on Wednesday", "yesterday", "three days ago", "last week", "last month"), or None
    when the expression says nothing of it (or a weekday that is not ``day``'s)."""
    m = _DEICTIC.search(expression)
    if m is None:
        return None
    if m.group("weekday"):
        if WEEKDAYS[m.group("weekday").lower()] != day.weekday():
            return None
        return day.isoformat(), 0.6  # the day itself: a weekday is within the last six days
    if m.group("today"):
        return day.isoformat(), 0.7
    if m.group("yesterday"):
        return (day + timedelta(days=1)).isoformat(), 0.7
    if m.group("ago"):
        count = number_of(m.group("ago").lower()) if not m.group("ago").isdigit() else int(m.group("ago"))
        return ((day + timedelta(days=count)).isoformat(), 0.6) if isinstance(count, int) else None
    if m.group("week"):
        first, last = week_bounds(day + timedelta(days=7))  # written in the week after
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year}-{first.month:02d}", 0.5
        return (str(first.year), 0.5) if first.year == last.year else None
    year, month = add_months(day.year, day.month, 1)
    return f"{year}-{month:02d}", 0.5


def _same_happening(undated, expression: str, dated, day: date, news: bool = False) -> Optional[tuple[tuple, tuple]]:
    """((weekday agrees, actors shared), :func:`publication_after`'s answer) when the
    undated event is the dated one's happening and ``expression`` can name ``day``, or, when
    ``day`` is news where it is dated (``news``: in the week up to that report), is a
    weekday other than ``day``'s (:func:`_told_otherwise`); else None."""
    if undated.type != dated.type:
        return None
    ours, theirs = _actors(undated), _actors(dated)
    shared = _shared_actors(ours, theirs)
    if shared < 2 and not (shared and (len(ours) == 1 or len(theirs) == 1)):
        return None
    found = publication_after(expression, day)
    if found is not None:
        return (True, shared), found
    found = _told_otherwise(expression, day) if news else None
    return None if found is None else ((False, shared), found)


# how far a weekday another report gives the same happening may lie from its day (a
# day or two: a report's error or a time zone; three days off is any weekday at all)
OTHER_WEEKDAY_DAYS = 2


def _told_otherwise(expression: str, day: date) -> Optional[tuple[str, float]]:
    """(publication date, confidence) of an article calling a happening another report
    dates to ``day`` by another weekday ("signed on Tuesday" where the other says
    Wednesday): reports disagree on a day by one or two, so ours names the weekday nearest
    ``day`` (within :data:`OTHER_WEEKDAY_DAYS`), and the article came out no earlier than
    both: then its weekday is read as written and the two dates stand side by side as
    a conflict, not one lost to an undated report. None for other expressions."""
    m = _DEICTIC.search(expression)
    if m is None or not m.group("weekday"):
        return None
    gap = (WEEKDAYS[m.group("weekday").lower()] - day.weekday()) % 7
    gap = gap - 7 if gap > 3 else gap  # the weekday nearest: at most three days either way
    if gap == 0 or abs(gap) > OTHER_WEEKDAY_DAYS:
        return None
    return max(day, day + timedelta(days=gap)).isoformat(), 0.4


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


def _deictic_events(article: Article) -> list:
    """(event, deictic expression) for events whose sentence names a weekday, "yesterday",
    "last week"... In an undated article those have no value, so the event took no
    date_text from them."""
    found = []
    for event in article.events:
        if event.date_text and _DEICTIC.search(event.date_text):
            found.append((event, event.date_text))
            continue
        index = article.sentence_index(event.trigger.start)
        near = [t for t in article.timexes if _DEICTIC.search(t.text) and index is not None
                and (t.sentence == index or t.sentence is None and _within(article, index, t.start))]
        if near:
            best = min(near, key=lambda t: abs(t.start - event.trigger.start))
            found.append((event, best.text))
    return found


def _within(article: Article, index: int, offset: int) -> bool:
    start, end = article.sentences[index]
    return start <= offset < end


def find_anchor(article: Article, others: list[Article]) -> Optional[dict]:
    """How a dated report of the same happening dates ``article``, or None:
    {"published", "confidence", "other", "other_text", "text", "start", "end", "method"}
    (``text`` and the offsets: what in ``article`` names the day)."""
    best, deictic = None, _deictic_events(article)
    for other in others:
        if other is article or (article.story and other.story and article.story != other.story):
            continue
        out, granularity = parse_reference(other.published)
        for theirs, day in _anchor_events(other):
            news = granularity == "day" and timedelta(0) <= out - day <= timedelta(days=NEWS_WINDOW_DAYS)
            for ours, expression in deictic:
                match = _same_happening(ours, expression, theirs, day, news)
                if match is None:
                    continue
                score, (published, confidence) = match
                if best is None or score > best[0]:
                    best = (score, {"published": published, "confidence": confidence, "other": other,
                                    "other_text": theirs.date_text, "text": expression,
                                    "start": ours.trigger.start, "end": ours.trigger.end,
                                    "method": "same event in a dated article"})
    return best[1] if best else sentence_anchor(article, others) or noun_anchor(article, others)


def sentence_anchor(article: Article, others: list[Article]) -> Optional[dict]:
    """:func:`find_anchor`'s answer from sentences when no coded event matches: our
    weekday ("on Friday") in a sentence naming at least two of the people or bodies that
    a dated story-mate's sentence names beside a day that is that weekday, written within
    the week before that story-mate came out."""
    best = None
    for timex in article.timexes:
        weekday = _WEEKDAY.match(timex.text.strip())  # "Friday", "Friday night", "Friday's"
        if weekday is None or timex.sentence is None or timex.type == "SET":
            continue
        ours = _sentence_names(article, timex.sentence)
        for other in others:
            if other is article or not article.story or other.story != article.story or \
                    other.published_source not in ("metadata", "text"):
                continue
            for day, theirs in _written_days(other):
                if day.weekday() != WEEKDAYS[weekday.group(1).lower()]:
                    continue
                shared = _shared_actors(ours, _sentence_names(other, theirs.sentence))
                if shared >= 2 and (best is None or shared > best[0]):
                    best = (shared, {"published": day.isoformat(), "confidence": 0.5, "other": other,
                                     "other_text": theirs.text, "text": timex.text, "start": timex.start,
                                     "end": timex.end, "method": "same weekday and names as a dated story-mate"})
    return best[1] if best else None


# "last week's earthquake", "Sunday's vote": a day's possessive naming a happening, and the
# words that may name it (a noun, maybe after an adjective or two)
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_NOT_NOUNS = {"the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
              "was", "were", "is", "are", "has", "had", "have", "been", "be", "that", "which", "who"}


def noun_anchor(article: Article, others: list[Article]) -> Optional[dict]:
    """:func:`find_anchor`'s answer from a happening our text names by a relative day's
    possessive ("survivors of last week's earthquake") when a dated story-mate's sentence
    names that happening (the same noun) beside a day written within the week before it
    came out ("an earthquake struck on Sunday night"): :func:`publication_after` of that
    day. Of several story-mates, the first published decides (the first report is the one
    nearest the happening)."""
    mates = sorted((o for o in others if o is not article and article.story and o.story == article.story
                    and o.published_source in ("metadata", "text")), key=lambda o: str(o.published))
    for timex in article.timexes:
        m = _DEICTIC.fullmatch(timex.text.strip())
        after = _POSSESSIVE_NOUN.match(article.text, timex.end)
        if m is None or after is None or timex.sentence is None:
            continue
        words = [w for w in after.group(1).lower().split() if w not in _NOT_NOUNS and len(w) > 3]
        for other in mates:
            day = _day_naming(other, words)
            found = publication_after(timex.text, day) if day is not None else None
            if found is not None:
                return {"published": found[0], "confidence": min(found[1], 0.5), "other": other,
                        "other_text": after.group(1), "text": timex.text, "start": timex.start,
                        "end": timex.end, "method": "a happening named as a dated story-mate names it"}
    return None


def _day_naming(other: Article, words: list) -> Optional[date]:
    """The day ``other`` writes (:func:`_written_days`) nearest one of ``words`` in its
    sentence, the first such sentence in text order; None when none names them."""
    for day, timex in _written_days(other):
        start, end = other.sentences[timex.sentence]
        sentence = other.text[start:end].lower()
        places = [start + m.start() for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", sentence)]
        if not places:
            continue
        nearest = min(_written_days(other), key=lambda found: min(abs(found[1].start - p) for p in places)
                      if found[1].sentence == timex.sentence else float("inf"))
        return nearest[0]
    return None


def _sentence_names(article: Article, index: int) -> set:
    """Canonical names of the people, bodies and places named in sentence ``index``."""
    return {m.canonical or m.text for m in article.mentions
            if m.kind == "name" and article.sentence_index(m.start) == index}


def _written_days(article: Article) -> list:
    """(day, timex) for days a dated article names, in the week up to its publication."""
    published, granularity = parse_reference(article.published)
    if granularity != "day":
        return []
    found = []
    for timex in article.timexes:
        if timex.sentence is None or not DAY_VALUE.match(timex.value or ""):
            continue
        day = date.fromisoformat(timex.value[:10])
        if published - timedelta(days=6) <= day <= published:
            found.append((day, timex))
    return found


def infer_corpus_dates(articles: list[Article], model: Optional[str] = DEFAULT_MODEL,
                       kept: Optional[dict] = None) -> None:
    """Date undated (or only partly dated) articles from dated reports of the same event.

    articles (list[Article]): annotated articles (events with canonical actors);
        changed in place: published, published_source="inferred",
        published_evidence naming the other article, timexes and event dates.
    model (str | None): the spaCy model that re-parses a newly dated article (``reresolve``).
    kept (dict | None): article id -> dating record of an earlier merge (``redate``), taken
        instead of a parse when it was made from the same date and evidence.
    """
    for article in articles:
        _ref, granularity = parse_reference(article.published)
        if granularity == "day":
            continue
        found = find_anchor(article, articles)
        if found is None:
            continue
        published = found["published"]
        if article.published and (not published.startswith(article.published)
                                  or len(published) <= len(article.published)):
            continue  # contradicts (or is no finer than) the partial date the article already has
        article.published = published
        article.published_source = "inferred"
        article.published_evidence = {
            "method": found["method"], "article": found["other"].id, "text": found["text"],
            "start": found["start"], "end": found["end"], "other_text": found["other_text"],
            "confidence": found["confidence"]}
        reresolve(article, model, kept)
    for article in articles:  # then those that name a month of last year (needs the above)
        if not article.published and article.story:
            _date_from_story_year(article, articles, model, kept)


_THIS_MONTH_NAME = re.compile(rf"\bthis\s+({MONTH_NAMES})\b", re.I)
_MONTH_NAME = re.compile(rf"\b(?:{MONTH_NAMES})\b", re.I)


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
    """(year, other article, their event or timex, our timex) when ``article`` writes
    "February last year" for an event that a dated story-mate dates to February of some
    year: the article was written the year after. Of several story-mates, the one telling
    it most alike decides (:func:`_year_evidence`), not the first: a war dated "Tuesday"
    in February is weaker evidence than "the invasion ... in February last year"."""
    best = None
    for timex in article.timexes:
        m = MONTH_LAST_OR_THIS_YEAR.fullmatch(timex.text.strip())
        if not m or m.group("rel").lower() != "last" or timex.sentence is None:
            continue
        month = MONTHS_BY_NAME[m.group("m").lower()]
        ours = [e for e in article.events if article.sentence_index(e.trigger.start) == timex.sentence]
        for other in others:
            if other is article or not other.published or article.story != other.story:
                continue
            for strength, year, theirs in _year_evidence(ours, other, month):
                if best is None or strength > best[0]:
                    best = (strength, (year + 1, other, theirs, timex))
    return best[1] if best else None


def _year_evidence(ours: list, other: Article, month: int) -> list:
    """(strength, year, their event or timex) for each way ``other`` dates one of our
    events to ``month`` of a year: an event of the same type sharing an actor, or our
    trigger word and an actor's name beside a written month (:func:`_same_words_dated`).
    Strength: (their date names the month, a trigger word shared, actors shared)."""
    found = []
    for theirs in other.events:
        if not theirs.date or not re.fullmatch(rf"\d{{4}}-{month:02d}(?:-\d\d)?", theirs.date):
            continue
        named = bool(theirs.date_text and _MONTH_NAME.search(theirs.date_text))
        for event in ours:
            shared = _shared_actors(_actors(event), _actors(theirs))
            if event.type == theirs.type and shared:
                same_word = bool(_words(event.trigger.text) & _words(theirs.trigger.text))
                found.append(((named, same_word, shared), int(theirs.date[:4]), theirs))
    written = _same_words_dated(ours, other, month)
    if written:
        found.append(((True, True, 1), written[0], written[1]))
    return found


def _words(text: str) -> set:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}


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


def _date_from_story_year(article: Article, others: list[Article], model: Optional[str],
                          kept: Optional[dict] = None) -> None:
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
    reresolve(article, model, kept)


def reresolve(article: Article, model: Optional[str] = DEFAULT_MODEL,
              kept: Optional[dict] = None) -> None:
    """Re-resolve timexes and event dates against a newly found publication date.

    article (Article): changed in place (timex values, event dates).
    model (str | None): spaCy model to parse the body with when the article has no Doc
        (the clause rules of :mod:`.event_date` read the parse); None: re-date without.
    kept (dict | None): article id -> dating record of an earlier merge; the article's is
        taken back, with no parse, when made from the date and evidence it has now.
    """
    if kept and apply_record(article, kept.get(article.id), model):
        return
    with parsed(article, model):
        _reresolve(article)


def _reresolve(article: Article) -> None:
    for timex in article.timexes:
        if (timex.anchor or "").startswith("timex:") or timex.anchor == "event":
            continue  # dated from another date in the text or an event, not from the publication date
        found = normalize(timex.text, article.published, timex.tense)
        ahead = ahead_range(article.text, timex.start, timex.end, found, article.published, timex.tense) \
            if found is not None else None
        if ahead is not None:  # "within two weeks" of a plan: from the new date on
            found.update(range=ahead, anchor="publication")
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
        event.date_confidence = mention_date_confidence(article, event)  # as a stored event reads it
