"""What a quote's own text says of where it was said, and links read from other quotes.

The setting a quote's sentence names beside its saying verb ("in an interview with CNN",
"told reporters", "at the Munich Security Conference"; storyline/quotes/occasions.py) is
kept on the merged quote, since the events stage makes no interviews or statements. Two
links come after :func:`storyline.fuse.quotes.merge_quotes` has linked each quote by its
own text: a named setting links to the speaker's one gathering of that kind in the story
("said at the rally" and the rally reported further up), and a quote that goes on with
its speaker's last ("He also said …") shares that quote's gathering. A quote its sentence
sets in a medium ("in an interview") keeps no link to a gathering of another kind.
"""
from __future__ import annotations

from typing import Optional

from ..model import Article
from ..quotes.occasions import attached, gathering_kind, is_occasion, said_at, same_kind
from .quote_marks import GOES_ON, ArticleMarks, agrees_in_time, paragraph_start, speaker_roles


def setting_of(members: list, marks: dict) -> Optional[dict]:
    """What the text says a statement was said at ("in an interview with CNN", "told
    reporters", "at the Munich Security Conference"): a setting in the sentence of a
    quote's cue, outside quoted words, that belongs to that cue (:func:`attached`) with no
    other speaker's cue between; the nearest of the first member that has one.
    Returns {"kind", "text", "article", "char_start", "char_end"} or None.

    members (list[Statement]); marks (dict): article id -> ArticleMarks (made by _event_for)."""
    for statement in members:
        article = statement.article
        mark = marks.get(article.id) or ArticleMarks(article)
        for quote in statement.parts:
            cue = quote.cue or quote.source
            if quote.kind == "attitude" or cue is None:
                continue  # "X endorsed Y": a stance, said nowhere in particular
            at = article.sentence_index(cue.start)
            lo, hi = article.sentences[at] if at is not None else (cue.start, cue.end)
            found = [(kind, start, end) for kind, start, end in
                     said_at(article.text, lo, hi, (quote.content.start, quote.content.end))
                     if not mark.inside_quote(start)
                     and attached(article.text, (start, end), (cue.start, cue.end), lo)
                     and not _other_cue_between(mark, quote, start, cue)]
            if found:
                kind, start, end = min(found, key=lambda f: (abs(f[1] - cue.start), f[1]))
                return {"kind": kind, "text": article.text[start:end], "article": article.id,
                        "char_start": start, "char_end": end}
    return None


def _other_cue_between(mark: ArticleMarks, quote, offset: int, cue) -> bool:
    """Whether another speaker's cue lies between ``offset`` and the quote's ``cue`` (Span):
    "During the debate, Clinton claimed that Trump's statements calling for ..." sets
    Clinton's claim, not Trump's statements."""
    lo, hi = sorted((offset, cue.start))
    return any(lo < start < hi and who != quote.speaker for start, _, who in mark.cues)


def link_named_settings(merged: list, members: list, timeline: list, marks: dict) -> None:
    """Links a quote whose own sentence names its setting ("said at the rally", "in his talks
    with Lavrov") but no event near it to the one gathering of that kind its speaker took
    part in, in the story, whose date agrees with the quote: the article or another outlet
    reports it elsewhere. Changes ``merged`` in place.

    merged (list[MergedQuote]) and members (list[list[Statement]]): side by side;
    timeline (list[MergedEvent]); marks (dict): article id -> ArticleMarks."""
    texts = {m.article.id: m.article.text for group in members for m in group}
    for quote, statements_ in zip(merged, members):
        if quote.event or not quote.occasion or not quote.speaker:
            continue
        said = next(((s.article, part) for s in statements_ for part in s.parts
                     if s.article.id == quote.occasion["article"]), None)
        if said is None:
            continue
        article, part = said
        mark = marks.get(article.id) or ArticleMarks(article)
        fits = {event.id for event in timeline
                if event.story == quote.story and event.modality == "happened"
                and any(same_kind(quote.occasion["kind"], _trigger_kind(texts, source))
                        for source in event.sources)
                and speaker_roles(quote.speaker, event)
                and agrees_in_time(article, part, event, mark)}
        if len(fits) == 1:
            quote.event = fits.pop()


# settings that are a medium, no gathering ("said in an interview with state television")
MEDIA = frozenset({"interview", "social media post", "letter", "op-ed", "broadcast"})


def unlink_other_media(merged: list, members: list, timeline: list) -> None:
    """Drops the link of a quote whose own sentence sets it in a medium (:data:`MEDIA`) to a
    gathering of another kind ("Orrin met Varn on Monday. [...] 'This was necessary,' he
    said in an interview": not said at the meeting the lead reports). A link to the saying
    itself (a trigger naming no gathering) stays. Changes ``merged`` in place; merged and
    members (list[list[Statement]]) side by side; timeline (list[MergedEvent])."""
    texts = {m.article.id: m.article.text for group in members for m in group}
    events = {event.id: event for event in timeline}
    for quote in merged:
        event = events.get(quote.event)
        if event is None or not quote.occasion or quote.occasion["kind"] not in MEDIA:
            continue
        kinds = {_trigger_kind(texts, source) for source in event.sources} - {None}
        if kinds and not any(same_kind(quote.occasion["kind"], kind) for kind in kinds):
            quote.event = None


def carry_on(merged: list, members: list, timeline: list) -> None:
    """Gives a quote that goes on with its speaker's quote just before ("He added: …", "He
    also said …"), linked to no event, the gathering that quote was said at: it was said
    there too (a statement act stays its own quote's: it is that saying, not the next).
    Changes ``merged`` in place; merged and members (list[list[Statement]]) side by side;
    timeline (list[MergedEvent])."""
    events = {event.id: event for event in timeline}
    said_at_event = {}  # (article id, content start) -> id of the gathering it was said at
    for quote, group in zip(merged, members):
        for s in group:
            if quote.event and _gathering_in(events[quote.event], s.article):
                said_at_event.update({(s.article.id, part.content.start): quote.event for part in s.parts})
    for quote, group in zip(merged, members):
        if quote.event or not quote.speaker:
            continue
        for statement in group:
            event = next((e for part in statement.parts if _continues(statement.article, part)
                          for e in [_previous_link(statement.article, part, said_at_event)] if e), None)
            if event:
                quote.event = event
                break


def _gathering_in(event, article: Article) -> bool:
    """Whether one of the event's sources in ``article`` names a gathering ("met", "talks")."""
    text = article.text
    return any(s.get("article") == article.id and is_occasion(
        text[s["char_start"]:s["char_end"]], text[max(0, s["char_start"] - 20):s["char_start"]])
        for s in event.sources)


def _continues(article: Article, quote) -> bool:
    """Whether the quote's cue carries on a speech ("added", "went on", "also said")."""
    if quote.cue is None:
        return False
    words = article.text[quote.cue.start:quote.cue.end].lower().replace(":", " ").split()
    before = article.text[max(0, quote.cue.start - 6):quote.cue.start].lower().split()
    return bool(words) and (words[0] in GOES_ON or "also" in words[:1] + before[-1:])


def _previous_link(article: Article, quote, said_at_event: dict) -> Optional[str]:
    """The event the speaker's last quote before ``quote`` in its paragraph or the one before
    links to (str id), or None when that quote is another speaker's or links to none."""
    lo = paragraph_start(article.text, max(paragraph_start(article.text, quote.content.start) - 2, 0))
    # quotes ended before this one: an indirect quote holding it is the same saying
    before = [q for q in article.quotes
              if q.kind != "attitude" and lo <= q.content.start and q.content.end <= quote.content.start]
    if not before:
        return None
    last = max(before, key=lambda q: q.content.start)
    if last.speaker != quote.speaker:
        return None
    return said_at_event.get((article.id, last.content.start))


def _trigger_kind(texts: dict, source: dict) -> Optional[str]:
    """The gathering kind of an event source's trigger, when its article's text is at hand."""
    text = texts.get(source.get("article"))
    start, end = source.get("char_start", -1), source.get("char_end", -1)
    return gathering_kind(text[start:end]) if text is not None and 0 <= start < end else None
