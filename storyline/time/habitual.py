"""Events told as repeated or as lasting over a long stretch, which no single day dates.

"Obama, who has often complained about ...", "has been fighting terror for over two
decades", "have praised them over the years": the report's day is not when they happened,
nor is the day the lead gives the news, so :mod:`.event_date` leaves them undated when the
text gives no date of their own. Read from the spaCy parse.
"""
from __future__ import annotations

from .tense import governing_verb

# adverbs that make a verb's event a habit or a repeated act
HABIT_ADVERBS = {"often", "repeatedly", "frequently", "regularly", "routinely", "always",
                 "usually", "constantly", "continually", "consistently", "traditionally",
                 "habitually", "perennially", "long", "sometimes",
                 "occasionally", "generally", "typically", "increasingly"}
# adverbs of a round of acts, one each day, week or night ("daily", "weekly")
_HABIT_OR_ROUND = frozenset(HABIT_ADVERBS | {"daily", "weekly", "nightly"})
# units whose plural in "for / over / in recent ..." spans more than the days around a report
LONG_UNITS = {"year", "decade", "century", "generation", "month", "era", "week"}
_STRETCH_PREPS = {"for", "over", "throughout", "across"}
# "every day", "each week": a round of acts, one a day
_EVERY = {"every", "each"}
# what makes a plural event noun many events on many days: "Trump's recent visits",
# "repeated calls", "several trips", "personal visits from the candidate"
ITERATING = {"recent", "repeated", "frequent", "regular", "previous", "past", "earlier",
             "prior", "many", "several", "numerous", "multiple", "countless", "various",
             "personal", "occasional", "periodic", "routine", "constant", "weekly", "daily",
             "monthly", "annual", "yearly"}


def _long_stretch(prep) -> bool:
    """Whether a preposition (token) heads a long stretch: "for years", "for over two
    decades", "over the years", "in recent years", "for the past 20 months"."""
    word = prep.lower_
    if word not in _STRETCH_PREPS and word != "in":
        return False
    # "for over two decades": the parser may hang "over" under "for"
    nouns = [n for c in prep.children for n in ([c] if c.dep_ == "pobj" else
                                               [g for g in c.children if g.dep_ == "pobj"]
                                               if c.dep_ == "prep" else [])]
    for noun in nouns:
        if noun.lemma_.lower() not in LONG_UNITS or noun.tag_ != "NNS":
            continue
        ahead = {c.lower_ for c in noun.children} & {"next", "coming", "following", "upcoming", "future"}
        if ahead:
            return False  # "announced cuts over the next four years": the plan's span, not the telling's
        if word != "in":
            return True
        # "in 2012" is a frame, "in two years" a plan: only "in recent / the past years"
        return any(c.lower_ in ("recent", "past", "last") for c in noun.children)
    return False


def unbounded(trigger) -> bool:
    """Whether the event whose trigger is ``trigger`` (spaCy Token, or None) is told as a
    habit or as spread over a long stretch: its verb has a habit adverb ("often
    complained", "daily"), a round ("every day") or a long stretch ("for over two
    decades", "over the years"); or it is a plural event noun told as many ("recent visits")."""
    if trigger is not None and trigger.tag_ == "NNS" and \
            any(c.lower_ in ITERATING for c in trigger.children if c.dep_ in ("amod", "det", "nummod")):
        return True  # "Trump's recent visits to the battlegrounds": many days, none given
    verb = governing_verb(trigger) if trigger is not None else None
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _HABIT_OR_ROUND:
            return True
        if child.dep_ == "npadvmod" and any(c.lower_ in _EVERY for c in child.children if c.dep_ == "det"):
            return True  # "calling people every day"
        if child.dep_ == "prep" and _long_stretch(child):
            return True
    return False
