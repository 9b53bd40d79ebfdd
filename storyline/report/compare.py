"""Coverage comparison: which outlets carry each merged fact, and where they disagree."""
from __future__ import annotations

from typing import Optional


def _outlets(sources: list) -> list:
    return sorted({s.get("outlet") or f"article {s.get('article')}" for s in sources})


def coverage(timeline: list, quotes: list, story: Optional[str] = None) -> dict:
    """Per merged fact (event or quote): the outlets carrying it; single-outlet facts; conflicts.

    timeline (list[dict]): merged events (contract records).
    quotes (list[dict]): merged quotes (contract records).
    story (str): keep only facts of this story, when given.
    """
    facts = []
    for event in timeline:
        if story and event.get("story") not in (None, story):
            continue
        facts.append({"kind": "event", "id": event["id"], "date": event.get("date"),
                      "text": event.get("summary"), "outlets": _outlets(event.get("sources", [])),
                      "sources": event.get("sources", []), "conflicts": event.get("conflicts", [])})
    for quote in quotes:
        if story and quote.get("story") not in (None, story):
            continue
        facts.append({"kind": "quote", "id": quote["id"], "date": None,
                      "text": f"{quote.get('speaker') or 'unattributed'}: {quote.get('text')}",
                      "outlets": _outlets(quote.get("sources", [])), "sources": quote.get("sources", []),
                      "conflicts": []})
    all_outlets = sorted({o for f in facts for o in f["outlets"]})
    return {
        "outlets": all_outlets,
        "facts": facts,
        "single_outlet": [f for f in facts if len(f["outlets"]) == 1],
        "conflicts": [f for f in facts if f["conflicts"]],
    }
