"""Senses of trigger words that tell of no political event.

"fired as coach" is a dismissal, "pleaded guilty" a plea in court, "released 1,100 pages"
a publication, "did not return a message" a courtesy, "declined to comment" a source
keeping quiet. :mod:`storyline.events.coding` asks these before it codes a verb.
"""
from __future__ import annotations

# verbs that host someone only when someone is their object: "received 37 percent",
# "received emails" is no visit
PERSON_OBJECT_ONLY = {"receive"}
# "declined to comment / to be interviewed": a source keeping quiet, not a rejection
NO_COMMENT = {"comment", "speak", "say", "discuss", "name", "elaborate", "identify", "interview",
              "confirm", "disclose", "reveal", "specify", "talk", "detail", "quote"}
# what is published, not set free: "released 1,100 pages of emails", "released its figures"
PUBLISHED_THINGS = {"page", "document", "email", "report", "figure", "data", "result", "record",
                    "video", "footage", "transcript", "list", "book", "album", "film", "poll",
                    "survey", "budget", "number", "detail", "information", "text", "letter",
                    "memo", "photo", "image", "tape", "recording", "file", "version", "finding",
                    "ad", "advertisement", "statistic", "return", "schedule", "guideline"}
# what is returned without any political act: "did not return a message", "returned the funds"
RETURNED_COURTESIES = {"message", "call", "email", "comment", "request", "donation", "money",
                       "fund", "contribution", "compliment", "favor", "favour", "phone", "check"}
# pleas in court, not appeals: "pleaded guilty", "pled not guilty"
PLEA_WORDS = {"guilty", "innocent", "not", "no"}


def not_an_event_sense(verb, lemma: str) -> bool:
    """Whether a trigger verb (spaCy Token; ``lemma`` the lemma being looked up) is used in
    a sense that is no political event: "was fired as coach" (a person fired, with no
    "at"/"on" target), "released 400 pages", "did not return a message", a byline's
    "contributed", "pleaded guilty"."""
    if lemma == "fire":
        people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                  and (c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and c.dep_ == "nsubjpass"))]
        aimed = any(c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon") and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children)
        return bool(people) and not aimed
    if lemma == "release":
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PUBLISHED_THINGS
                   for c in verb.children)
    if lemma == "return":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in RETURNED_COURTESIES
                   for c in verb.children)
    if lemma == "contribute":  # "Jane Doe contributed." closes a byline
        return not any(c.dep_ in ("dobj", "prep", "dative") for c in verb.children)
    if lemma == "plead":
        return any(c.lower_ in PLEA_WORDS and c.dep_ in ("acomp", "advmod", "oprd", "dobj", "neg")
                   for c in verb.children)
    return False


def declines_comment(verb) -> bool:
    """Whether a verb is a source keeping quiet ("declined to comment", "refused to be
    interviewed"): coded as a rejection for the record (CAMEO), but no timeline event."""
    return verb.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in NO_COMMENT for c in verb.children)
