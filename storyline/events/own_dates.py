"""Whether a date written elsewhere in an event's sentence is the event's own, read from the
tense and clause of its trigger (asked by :func:`storyline.events._event_date`)."""
from __future__ import annotations

from .modality_words import REPORTING_VERBS


def names_the_time(token, timex) -> bool:
    """Whether ``token`` (spaCy Token) lies in ``timex`` (Timex or None): "in 1947, when she met"."""
    return getattr(timex, "start", None) is not None and timex.start <= token.idx < timex.end


def perfect_before(trigger, timex) -> bool:
    """A present perfect (spaCy Token) its sentence's date (Timex) is no saying day of: "X has
    expelled two envoys, the ministry said on Tuesday" is done by the day told; not "since ..."."""
    if not present_perfect(trigger):
        return False
    start = getattr(timex, "start", None)
    said = None if start is None else token_from(trigger, start)
    while said is not None and said.pos_ != "VERB" and said.head.i != said.i:
        said = said.head
    return not (said is not None and said.lemma_.lower() in REPORTING_VERBS
                and trigger.i in (said.head.i, *(c.i for c in said.children)))


def token_from(trigger, start: int):
    """The first token (spaCy Token) at or after character ``start`` in ``trigger``'s Doc,
    or None; read from the trigger's sentence on when the date lies there (as a sentence's
    date does), not from the top of the Doc for each event."""
    sentence = trigger.sent
    tokens = trigger.doc[sentence.start:] if start >= sentence.start_char else trigger.doc
    return next((t for t in tokens if t.idx >= start), None)


def present_perfect(trigger) -> bool:
    """Whether a trigger (spaCy Token) is a present perfect: an act up to now, dated by no other
    clause's time ("since it bought RJR in February, it has agreed to sell ...")."""
    return trigger.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in trigger.children)
