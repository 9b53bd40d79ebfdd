"""What quote linking reads of an article around its quotes, shared by
:mod:`storyline.fuse.quotes` (a quote's event) and :mod:`storyline.fuse.quote_settings`
(the links read from a quote's setting and from other quotes): where quoted words, days
and cues lie (:class:`ArticleMarks`), paragraphs, the roles a speaker has in an event, and
whether an event's date may be when a quote was said."""
from __future__ import annotations

import bisect
from datetime import timedelta
from itertools import accumulate

from ..model import Article
from ..time.calendar import iso_day
from .quote_match import is_role, same_speaker

# Days between a quote's occasion and the article's publication (a weekly's lag).
OCCASION_MAX_DAYS = 10


# Cue words that carry on a speech already quoted ("He added: …", "she went on").
GOES_ON = frozenset({"add", "adds", "added", "adding", "continue", "continues", "continued", "went"})


class ArticleMarks:
    """Where an article's quoted words and its dates lie, indexed once per article: whether
    an event is the occasion of a quote is asked for every pair of its quotes and events.

    article (Article): with ``quotes`` and ``timexes`` set."""

    def __init__(self, article: Article):
        spans = sorted((q.content.start, q.content.end) for q in article.quotes if q.kind != "attitude")
        self.quote_starts = [start for start, _ in spans]
        # the furthest end of the quotes starting at or before each: an offset lies inside
        # a quote when the quotes starting at or before it reach past it
        self.quote_reach = list(accumulate((end for _, end in spans), max))
        timexes = sorted(article.timexes, key=lambda t: t.start)
        self.timex_starts = [t.start for t in timexes]
        self.timex_days = [iso_day(t.value) for t in timexes]
        # cues the quotes stage read with their speakers: a statement act the events stage
        # gave another source ("Spicer ... urged that ...") is still the quote speaker's
        self.cues = sorted((q.cue.start, q.cue.end, q.speaker) for q in article.quotes
                           if q.cue is not None and q.speaker)
        self.roles: dict = {}  # (speaker, id(event)) -> speaker_roles, asked per quote
        self.spoken_at: list = []  # per indexed event: may it be an occasion (set by quotes._event_for)

    def inside_quote(self, offset: int) -> bool:
        """Whether ``offset`` (char) lies in quoted words (a stance is no quoted words)."""
        n = bisect.bisect_right(self.quote_starts, offset)
        return n > 0 and self.quote_reach[n - 1] > offset

    def says_at(self, start: int, end: int, speaker: str) -> bool:
        """Whether a cue of ``speaker`` (str) overlaps the chars [start, end): the quotes
        stage read a saying of this speaker there."""
        first = bisect.bisect_left(self.cues, (start - 60,))
        return any(lo < end and start < hi and (who == speaker or same_speaker(who, speaker))
                   for lo, hi, who in self.cues[first:first + 8] if lo < end)

    def days_between(self, lo: int, hi: int, outside: tuple) -> list:
        """Days (list[date]) named by the timexes starting in [lo, hi) but not inside the
        span ``outside`` ((start, end)): a quote's own words."""
        first, last = bisect.bisect_left(self.timex_starts, lo), bisect.bisect_left(self.timex_starts, hi)
        return [day for start, day in zip(self.timex_starts[first:last], self.timex_days[first:last])
                if day is not None and not outside[0] <= start < outside[1]]


def speaker_roles(speaker: str, event) -> set:
    """Roles (set[str]) in which the speaker (str) is an actor of the merged event: a
    name agrees as :func:`same_speaker` allows, a role ("the senator") only word for word."""
    roles = set()
    for actor in event.actors:
        name = actor.get("name")
        if not name:
            continue
        if name == speaker or (not is_role(speaker) and not is_role(name)
                               and same_speaker(speaker, name)):
            roles.add(actor.get("role") or "participant")
    return roles


def sentence_span(article: Article, quote) -> tuple:
    if quote.sentence is not None and quote.sentence < len(article.sentences):
        return tuple(article.sentences[quote.sentence])
    return (quote.content.start, quote.content.end)


def paragraph_start(text: str, offset: int) -> int:
    """Start of the paragraph (a line of text) holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def agrees_in_time(article: Article, quote, event, marks: ArticleMarks) -> bool:
    """Whether the event's date (ISO, possibly partial) may be when the quote was said: a
    day named in the quote's sentence outside its quoted words ("said on Tuesday") must
    be the event's day; else the event falls in the days up to publication. Unknown
    dates agree."""
    if not event.date:
        return True
    lo, hi = sentence_span(article, quote)
    said_on = marks.days_between(lo, hi, (quote.content.start, quote.content.end))
    day = iso_day(event.date)
    if said_on and day is not None:
        return any(abs((d - day).days) <= 1 for d in said_on)
    published = iso_day(article.published)
    if published is None:
        return True
    earliest = published - timedelta(days=OCCASION_MAX_DAYS)
    if day is not None:
        return earliest <= day <= published + timedelta(days=1)
    # a month or a year agrees when the window before publication overlaps it
    return any(event.date == d.isoformat()[:len(event.date)] for d in (earliest, published))
