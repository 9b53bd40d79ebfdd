"""One-line event summaries: "Wang Yi meets Vladimir Putin in Moscow"."""
from __future__ import annotations

from ..model import Event

TRAILING_PREPS = {"with", "to", "on", "about", "against", "for", "from", "of", "in",
                  "into", "between", "by", "at", "near"}
IRREGULAR_3SG = {"have": "has", "be": "is", "do": "does", "go": "goes"}


def third_person(verb: str) -> str:
    """'meet' -> 'meets', 'fly' -> 'flies', 'hold' -> 'holds' (present, 3rd person singular)."""
    if verb in IRREGULAR_3SG:
        return IRREGULAR_3SG[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _names(actors: list) -> str:
    names = []
    for actor in actors:
        name = actor.canonical or actor.text
        if name and name not in names:
            names.append(name)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def predicate(phrase: str, modality: str, plural: bool) -> str:
    """The phrase inflected for the event's modality ("meets", "to meet", "does not meet")."""
    words = phrase.split()
    if not words:
        return phrase
    if modality == "planned":
        return "to " + phrase
    if modality == "uncertain":
        return "may " + phrase
    if modality == "denied":
        return ("do not " if plural else "does not ") + phrase
    head = words[0] if plural else third_person(words[0])
    verb = " ".join([head, *words[1:]])
    return "reportedly " + verb if modality == "reported" else verb


def summarize(event: Event, phrase: str, plural: bool = False) -> str:
    """Summary of ``event`` from its actors, location and base-form ``phrase``.

    plural (bool): the source is grammatically plural ("the two sides").
    """
    sources = [a for a in event.actors if a.role == "source"]
    targets = [a for a in event.actors if a.role in ("target", "participant")]
    subject = _names(sources)
    obj = _names(targets)
    words = phrase.split()
    if not obj and words and words[-1] in TRAILING_PREPS:
        phrase = " ".join(words[:-1])
    plural = plural or len(sources) > 1
    parts = [subject, predicate(phrase, event.modality, plural), obj]
    if event.location_name and event.location_name not in (obj, subject):
        parts.append("in " + event.location_name)
    return " ".join(p for p in parts if p).strip()
