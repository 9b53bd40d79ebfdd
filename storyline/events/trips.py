"""Visits that cannot be: a visitor "visiting" its own country or capital.

A leader does not visit the capital he governs from, nor a minister his own country:
where the events stage finds one, a pronoun or a clause was read wrongly ("Putin sat
beside Wang, who wrapped up his visit to Moscow": "his" is Wang's), or the trip is a
homecoming, which is no diplomatic visit either. Other cities of one's own country can
be visited ("the president visited the flooded province").
"""
from __future__ import annotations

from typing import Optional

from ..entities.kb import fold, load_kb
from ..model import Event

VISIT_CODE = "042"  # CAMEO "make a visit"; hosting one (043) happens at home


def home_of(name: Optional[str]) -> Optional[str]:
    """The country code (ISO alpha-3) when ``name`` (str) names a country or its capital
    ("Moscow" -> "RUS", "China" -> "CHN"), else None."""
    if not name:
        return None
    kb = load_kb()
    key = fold(name)
    return kb.country_words.get(key) or kb.capitals.get(key)


def drop_home_visitors(event: Event) -> Optional[bool]:
    """Remove from a visit (``event``, changed in place) every visitor whose actor code
    belongs to the country visited or to the country whose capital is visited.

    Returns None when nothing changed, True when other visitors remain (the summary must
    be written again), False when no visitor remains (the event should be dropped).
    """
    if event.cameo != VISIT_CODE:
        return None
    places = {home_of(a.canonical or a.text) for a in event.actors if a.role == "target"}
    places.add(home_of(event.location_name))
    places.discard(None)
    sources = [a for a in event.actors if a.role == "source"]
    home = [a for a in sources if a.code and a.code[:3] in places]
    if not home:
        return None
    event.actors = [a for a in event.actors if not any(a is h for h in home)]
    return len(home) < len(sources)
