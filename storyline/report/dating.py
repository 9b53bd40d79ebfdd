"""How sure a merged event's date is: where its mentions took the date from.

The merged timeline keeps the chosen date; each article's event mention keeps how it was
dated (``Event.date_source``). This module reads those back so every view (terminal table,
Markdown dossier, JSON, web) can say whether a date is written in the text or taken from
the publication day, and can list plans apart from what happened.
"""
from __future__ import annotations

from typing import Optional

from ..model import strongest_date_source as _strongest

# date origins, strongest first, are model.DATE_SOURCES (the merge stores the strongest on
# each event it dates; stores merged before it did are read back from their mentions here)
# how each view names a date's origin (short enough for a table cell)
DATE_SOURCE_LABELS = {
    "timex": "in the text",
    "sentence": "same sentence",
    "narrative": "told around it",
    "publication": "publication day",
}
# how each view words a date's confidence (its share right when measured, see
# time.fallback.date_confidence): the first whose floor it reaches
CERTAINTY_WORDS = ((0.85, "very likely"), (0.6, "likely"), (0.0, "uncertain"))
# modalities of things that have not happened (yet): listed apart from the record of deeds
PLANNED_MODALITIES = ("planned", "uncertain")


def mention_date_sources(store, events: list) -> dict:
    """article id -> {trigger start: (date, date_source)} of every event mention the
    timeline's dated events cite: the stored events layer, overlaid with the re-dated
    events of articles whose publication date the corpus inferred (their dating records,
    ``time.redate.dating_record``), as the merge saw them. Only events of stores merged
    before the merge stored ``date_source`` need it: their cited articles are read in one
    query (``Store.event_dates``), whatever the size of the store.

    store: an open store; events (list[dict]): contract timeline events.
    """
    wanted = {s["article"] for e in events if e.get("date") and not e.get("date_source")
              for s in e.get("sources") or [] if s.get("article")}
    found: dict = {}
    if not wanted:
        return found
    for article_id, (mentions, redated) in store.event_dates(wanted).items():
        by_start = found.setdefault(article_id, {})
        for start, date, source in mentions:
            by_start[start] = (date, source)
        if [r[0] for r in redated] == [m[0] for m in mentions]:
            for row in redated:  # [trigger start, date, date_range, date_text, date_source]
                if len(row) >= 5:
                    by_start[row[0]] = (row[1], row[4])
    return found


def event_date_source(event: dict, mentions: dict) -> Optional[str]:
    """The strongest origin among the mentions that gave ``event`` its date (those with the
    same date, else a date it refines or that refines it); None for an undated event.

    event (dict): a contract timeline event; mentions (dict): ``mention_date_sources``.
    """
    date = event.get("date")
    if not date:
        return None
    if event.get("date_source"):
        return event["date_source"]
    cited = [_cited(s, mentions) for s in event.get("sources") or []]
    cited = [c for c in cited if c and c[0]]
    same = [kind for value, kind in cited if value == date]
    near = [kind for value, kind in cited if value.startswith(date) or date.startswith(value)]
    return _strongest(same) or _strongest(near)


def _cited(source: dict, mentions: dict) -> Optional[tuple]:
    """The (date, date_source) of the mention a source cites: the one whose trigger starts
    at the source's offset, else the first that starts inside the cited span."""
    by_start = mentions.get(source.get("article")) or {}
    start, end = source.get("char_start"), source.get("char_end")
    if start in by_start:
        return by_start[start]
    if start is None or end is None:
        return None
    inside = [at for at in by_start if start <= at < end]
    return by_start[min(inside)] if inside else None


def with_date_sources(store, events: list) -> list:
    """``events`` with ``date_source`` and ``date_confidence`` set on each (None when
    undated or not known): new dicts, the contract's fields untouched.

    store: an open store; events (list[dict]): contract timeline events.
    """
    mentions = mention_date_sources(store, events)
    # date_confidence right after date_source; None from stores merged before it was kept
    return [{**e, "date_source": event_date_source(e, mentions),
             "date_confidence": e.get("date_confidence")} for e in events]


def date_label(event: dict) -> str:
    """How a view names where ``event``'s date came from ('' when not known)."""
    return DATE_SOURCE_LABELS.get(event.get("date_source") or "", "")


def certainty(event: dict) -> str:
    """How a view words how sure ``event``'s date is (:data:`CERTAINTY_WORDS`; '' when
    undated or not known)."""
    value = event.get("date_confidence")
    if value is None or not (event.get("date") or event.get("date_range")):
        return ""
    return next(word for floor, word in CERTAINTY_WORDS if value >= floor)


def date_note(event: dict) -> str:
    """Where ``event``'s date came from and how sure it is: "in the text, very likely",
    "publication day, uncertain" ('' when neither is known)."""
    return ", ".join(part for part in (date_label(event), certainty(event)) if part)


def is_planned(event: dict) -> bool:
    return event.get("modality") in PLANNED_MODALITIES
