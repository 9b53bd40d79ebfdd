"""Coverage comparison: which outlets carry each merged fact, and where they disagree.

One implementation for ``storyline compare`` and the web view's ``/api/compare``.
"""
from __future__ import annotations

from typing import Optional

from .conflicts import value_sayers


def event_articles(event: dict) -> list[str]:
    """Distinct article ids among an event's (or quote's) sources, in source order."""
    seen: list[str] = []
    for src in event.get("sources") or []:
        art = src.get("article")
        if art and art not in seen:
            seen.append(art)
    return seen


def outlet_of(article_id: str, summaries: dict) -> str:
    """The outlet of an article, else its title (else its file name, else its id) in
    brackets, so unnamed outlets stay apart."""
    summary = summaries.get(article_id) or {}
    if summary.get("outlet"):
        return summary["outlet"]
    path = str(summary.get("path") or "").replace("\\", "/").rsplit("/", 1)[-1]
    title = str(summary.get("title") or path or article_id)
    return f"[{title[:32]}…]" if len(title) > 33 else f"[{title}]"


def _fact(kind: str, record: dict, summaries: dict) -> dict:
    articles = event_articles(record)
    outlets: list[str] = []
    for src in record.get("sources") or []:
        name = src.get("outlet") or outlet_of(src.get("article"), summaries)
        if name not in outlets:
            outlets.append(name)
    conflicts = _named_conflicts(record, summaries)
    label = record.get("summary") if kind == "event" else record.get("text")
    return {
        "id": record.get("id"), "kind": kind, "label": label or "",
        "type": record.get("type"), "modality": record.get("modality"),
        "date": record.get("date"), "speaker": record.get("speaker"),
        "outlets": outlets, "articles": articles,
        "single_outlet": len(outlets) == 1, "conflicts": conflicts,
        "conflict_outlets": sorted(conflict_outlets(conflicts, summaries)),
    }


def _named_conflicts(record: dict, summaries: dict) -> list:
    """The record's conflicts, each value with ``names``: who gave it, one name per article,
    as the outlet columns name them (``outlet_of`` for an article of no known outlet;
    :func:`storyline.report.conflicts.value_sayers`)."""
    sources = record.get("sources") or []
    named = []
    for conflict in record.get("conflicts") or []:
        # names made afresh from the sources, whatever a value carried
        values = [{**v, "names": value_sayers({**v, "names": None}, sources,
                                              lambda a: outlet_of(a, summaries))}
                  for v in conflict.get("values") or [] if isinstance(v, dict)]
        named.append({**conflict, "values": values})
    return named


def conflict_outlets(conflicts: list, summaries: dict) -> set[str]:
    """Outlets named by a conflict's minority values (the values fewer sources gave), as
    the outlet columns name them (each value's ``names``, set by :func:`_named_conflicts`;
    else one name per article, :func:`storyline.report.conflicts.value_sayers`).

    conflicts (list[dict]): [{"field","values":[{"value","articles","outlets"[,"names"]}]}].
    """
    flagged: set[str] = set()
    for conflict in conflicts or []:
        values = [v for v in conflict.get("values") or [] if isinstance(v, dict)]
        if len(values) < 2:
            continue
        most = max(len(v.get("articles") or []) for v in values)
        for value in values:
            if len(value.get("articles") or []) == most and most > 1:
                continue  # the majority reading is not the odd one out
            flagged.update(value_sayers(value, (), lambda a: outlet_of(a, summaries)))
    return flagged


def compare(timeline: list[dict], quotes: list[dict], summaries: dict) -> dict:
    """Which outlet carries which merged fact.

    timeline, quotes (list[dict]): contract events and quotes (already filtered).
    summaries (dict): article id -> contract article summary (for outlet names).
    Returns {"outlets": [...], "facts": [...], "single_outlet": [ids], "conflicts": [ids]}.
    """
    facts = [_fact("event", e, summaries) for e in timeline]
    facts += [_fact("quote", q, summaries) for q in quotes]
    outlets: list[str] = []
    for fact in facts:
        for name in fact["outlets"]:
            if name not in outlets:
                outlets.append(name)
    counts = {o: sum(o in f["outlets"] for f in facts) for o in outlets}
    outlets.sort(key=lambda o: (-counts[o], o))
    return {
        "outlets": outlets,
        "facts": facts,
        "single_outlet": [f["id"] for f in facts if f["single_outlet"]],
        "conflicts": [f["id"] for f in facts if f["conflicts"]],
    }


def coverage(timeline: list, quotes: list, summaries: Optional[dict] = None) -> dict:
    """``compare`` with summaries optional (outlets then come from the sources alone)."""
    return compare(timeline, quotes, summaries or {})
