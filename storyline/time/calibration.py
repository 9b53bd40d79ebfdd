"""How often each origin of an event date is right: the table the date confidences come from.

Measured by ``python bench/event_dates.py --part dev --calibration`` (its last table,
"all settings + TimeBank-Dense"): our resolver's dates at the gold event mentions of the
development parts only, the SemEval-2015 TimeLine trial and corpus_1 parts (WikiNews;
settings dct, mixed, no-dct) and TimeBank-Dense (36 TimeBank documents with their
creation time; ``bench/event_dates_dense.py``). A date is right when it agrees with the
gold at the gold's granularity; a date where the gold knows none (an event before or
after the publication day on no day the text gives) counts as not right, so the share
is how often a date shown is a true one. Measured after the rounds' rule changes
(``past_paragraph``, ``news_day``'s first day); held-out parts were not read.

Each entry: (right, dated). An origin with fewer than :data:`MIN_MEASURED` dated
readings keeps the prior written beside it (too few to measure).
"""
from __future__ import annotations

# the publication day by the event's tense (storyline/time/fallback.py)
PUBLICATION_PAST = (219, 409)       # 53.5 %: WikiNews 82 of 122, TimeBank-Dense 137 of 287
PUBLICATION_PERFECT = (29, 101)     # 28.7 %: 25 of 48, 4 of 53 (a perfect is mostly before the day)
PUBLICATION_PRESENT = (55, 147)     # 37.4 %: 31 of 63, 24 of 84
PUBLICATION_HEADLINE = (22, 26)     # 84.6 %: WikiNews only (TimeBank keeps no headline line)
# the day the lead gave, carried to a later undated past sentence (news_day)
LEAD_DAY = (30, 44)                 # 68.2 %: 30 of 39, 0 of 5
# an earlier sentence's frame (a month or a year) carried to a background sentence
# (background.py): one such reading in the parts above (not right), so read by hand on
# PolNeAR train's first half (development; its first 250 documents, the DCT given, every
# past verb resolved; /tmp scripts, not kept): 14 of 22 carried months or years right
# (wrong ones: a frame of a quote carried to the writer's own sentence, a hypothetical
# "even if he lost", a later year told in the same sentence); a recent day carried as
# it is (the lead's day's confidence) was right 5 of 7
CONTINUED = (14, 22)
CONTINUED_PRIOR = 0.4  # what stood before the reading by hand
# a date written for the event's own clause, and one written elsewhere in its sentence:
# their confidences are their expression's own times factors (fallback.WRITTEN_FACTOR,
# SENTENCE_FACTOR), so these shares are read against the mean confidence shown
WRITTEN = (229, 315)                # 72.7 % at a mean of 0.84 shown: a tenth too sure, hence 0.78
SENTENCE = (53, 134)                # 39.6 % at a mean of 0.41 shown: matched

MIN_MEASURED = 20


def share(measured: tuple[int, int], prior: float | None = None) -> float:
    """right / dated of a table entry, rounded to two places; ``prior`` when fewer than
    :data:`MIN_MEASURED` dates were measured (None then raises, as every entry has one)."""
    right, dated = measured
    if dated < MIN_MEASURED:
        if prior is None:
            raise ValueError("too few measured and no prior")
        return prior
    return round(right / dated, 2)
