"""An experiment kept with its figures: estimating an article's publication month (or year)
from every date its text writes. Measured by ``python bench/pubdate.py`` and left out of
:func:`storyline.time.published.infer_from_text`: it met the precision aim on the
development parts but not on the check half of PolNeAR train (other outlets), see
``MIN_MONTH_SHARE`` below and BENCHMARKS.md.
"""
from __future__ import annotations

import math
import re
from typing import Optional


# --- Estimating the month (or year) from all the dates written -------------------------------
# Each date the text writes says something about when it was written: a past "on Oct. 25"
# is days or weeks before, "in 1988" a year or more, a future "on Nov. 3" is ahead. Each
# kind of date (written year, month or day, or a month and day without a year) and tense
# (future or not) has a distribution of how far it lies from the publication month, binned
# below; the bins' shares were counted on the development parts (TimeBank and the first
# half of PolNeAR train: ``python bench/pubdate.py --fit``). Every candidate month is scored
# by the product of each date's density there; the best month's share of the total is its
# confidence. A yearless date scores months alike in every year, so only written years
# can pick the year: without one, nothing is estimated.

# (label, first, last) of the distance bins, in months for "day"/"month"/"yearless"
# (publication minus the date, the yearless one modulo 12) and in years for "year";
# an open end stands for the widths below
_BINS = {
    "exact": (("after", -24, -1), ("0", 0, 0), ("1", 1, 1), ("2-3", 2, 3), ("4-12", 4, 12), ("older", 13, 132)),
    "year": (("after", -5, -1), ("0", 0, 0), ("1", 1, 1), ("2-5", 2, 5), ("older", 6, 30)),
    "yearless": (("0", 0, 0), ("1", 1, 1), ("2-3", 2, 3), ("4-6", 4, 6), ("7-11", 7, 11)),
}
# counts per (kind, tense) and bin label, from ``python bench/pubdate.py --fit``
BIN_COUNTS = {
    'exact+day/future': {'after': 1},
    'exact+day/other': {'0': 18, '1': 2, '4-12': 2, 'after': 6, 'older': 9},
    'exact+day/past': {'0': 4, '1': 1, '2-3': 1, '4-12': 2, 'after': 10, 'older': 11},
    'exact/future': {'after': 2, 'older': 1},
    'exact/other': {'4-12': 1, 'after': 2, 'older': 25},
    'exact/past': {'4-12': 7, 'older': 40},
    'year/future': {'0': 7, '1': 3, '2-5': 3, 'after': 22, 'older': 6},
    'year/other': {'0': 33, '1': 15, '2-5': 74, 'after': 32, 'older': 166},
    'year/past': {'0': 40, '1': 17, '2-5': 109, 'after': 31, 'older': 265},
    'yearless+day/future': {'0': 10, '1': 1, '4-6': 1, '7-11': 18},
    'yearless+day/other': {'0': 51, '1': 18, '2-3': 7, '4-6': 7, '7-11': 30},
    'yearless+day/past': {'0': 44, '1': 29, '2-3': 23, '4-6': 6, '7-11': 36},
    'yearless/future': {'0': 3, '1': 1, '2-3': 1, '4-6': 5, '7-11': 14},
    'yearless/other': {'0': 12, '1': 25, '2-3': 39, '4-6': 24, '7-11': 38},
    'yearless/past': {'0': 12, '1': 32, '2-3': 56, '4-6': 48, '7-11': 47},
}
_FIT_PRIOR = 1.0  # added to every bin's count (so no bin rules a month out entirely)
# the shares an estimate would need, chosen on the development parts (bench/pubdate.py's
# table): month answers at 0.7 were right for 7 of 8 documents of PolNeAR's first half (0 of
# 1 on TimeBank), year answers at 0.8 for 8 of 9 (0 of 2); on the check half (other outlets)
# the same shares gave 1 right month in 4 and 3 right years in 9, so inference leaves it out
MIN_MONTH_SHARE, MIN_YEAR_SHARE = 0.7, 0.8


_RELATIVE_WORDS = re.compile(r"\b(?:last|this|next|ago|earlier|later|past|coming|previous|following)\b", re.I)


def dated_mentions(timexes) -> list[tuple]:
    """(kind, tense, year, month, timex) for each date written in a form that bears on the
    publication date: a year alone, a month or a day with its year, or a month (and day)
    without a year. ``kind`` is "year", "exact" or "yearless", with "+day" when a day is
    written; ``tense`` is "future", "past" or "other". Repeats of one value and tense are
    counted once.

    timexes (list[Timex]): the article's temporal expressions, resolved with no reference.
    """
    found, seen = [], set()
    for t in timexes:
        m = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?", t.value or "") if t.type == "DATE" else None
        if not m or (m.group(1) == "XXXX" and not m.group(2)):
            continue
        year = None if m.group(1) == "XXXX" else int(m.group(1))
        if year is None and _RELATIVE_WORDS.search(t.text):
            continue  # "June last year", "last November": their year hangs on the one sought
        month = int(m.group(2)) if m.group(2) else None
        kind = "yearless" if year is None else "year" if month is None else "exact"
        kind += "+day" if m.group(3) else ""
        tense = t.tense if t.tense in ("future", "past") else "other"
        if (t.value, tense) in seen or (year is not None and not 1800 <= year <= 2200):
            continue
        seen.add((t.value, tense))
        found.append((kind, tense, year, month, t))
    return found


def distance_bin(kind: str, year: Optional[int], month: Optional[int], pub_year: int, pub_month: int) -> tuple:
    """(bin label, bin width in months) of a date seen from a candidate publication month."""
    kind = kind.split("+")[0]
    if kind == "year":
        delta, scale = pub_year - year, 12
    elif kind == "exact":
        delta, scale = (pub_year - year) * 12 + pub_month - month, 1
    else:
        delta, scale = (pub_month - month) % 12, 1
    bins = _BINS[kind]
    delta = min(max(delta, bins[0][1]), bins[-1][2])  # beyond the open ends: the end bins
    for label, first, last in bins:
        if first <= delta <= last:
            return label, (last - first + 1) * scale
    raise AssertionError(delta)


def _density(kind: str, tense: str, label: str, width: int) -> float:
    counts = BIN_COUNTS.get(f"{kind}/{tense}", {})
    total = sum(counts.values()) + _FIT_PRIOR * len(_BINS[kind.split("+")[0]])
    return (counts.get(label, 0) + _FIT_PRIOR) / total / width


def month_scores(mentions: list) -> dict:
    """{(year, month): share of the evidence} over candidate months around the written years.

    mentions (list[tuple]): as from :func:`dated_mentions`.
    """
    years = [y for _k, _t, y, _m, _x in mentions if y is not None]
    if not years:
        return {}
    latest = max(years)
    logs = {}
    # as far ahead as the "older" bins reach, so a lone old date spreads its share thin
    for year in range(max(min(years), latest - 30) - 1, latest + 12):
        for month in range(1, 13):
            logs[(year, month)] = sum(math.log(_density(kind, tense, *distance_bin(kind, y, m, year, month)))
                                      for kind, tense, y, m, _t in mentions)
    top = max(logs.values())  # in logs: a long article's product would underflow
    scores = {key: math.exp(value - top) for key, value in logs.items()}
    total = sum(scores.values())
    return {key: value / total for key, value in scores.items()}


def estimate_from_dates(timexes, min_month: float = 0.0, min_year: float = 0.0) -> Optional[tuple]:
    """(date, "inferred", evidence): the best month when its share of the evidence is at
    least ``min_month``, else its year when the year's share is at least ``min_year``,
    else None. The evidence names the written date nearest the answer, and the share.

    timexes (list[Timex]): the article's temporal expressions, resolved with no reference.
    """
    mentions = dated_mentions(timexes)
    scores = month_scores(mentions)
    if not scores:
        return None
    (year, month), share = max(scores.items(), key=lambda pair: pair[1])
    year_share = sum(value for (y, _m), value in scores.items() if y == year)
    if share >= min_month:
        value, confidence = f"{year}-{month:02d}", share
    elif year_share >= min_year:
        value, confidence = str(year), year_share
    else:
        return None
    nearest = min((t for _k, _t, y, _m, t in mentions if y is not None),
                  key=lambda t: (abs(int(t.value[:4]) - year), -t.start))
    return value, "inferred", {
        "method": f"estimate from the {len(mentions)} date(s) written", "text": nearest.text,
        "start": nearest.start, "end": nearest.end, "confidence": round(confidence, 2), "year": year,
        "dates": [t.text for _k, _t, _y, _m, t in mentions][:12]}
