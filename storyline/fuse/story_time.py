"""Closeness in time as story evidence: which pairs of articles it finds and how much it
raises them (used by :mod:`storyline.fuse.stories`, which re-exports these names).

Outlets word one occasion differently, so their reports share few words; that they came
out within days of each other (:func:`time_weighted`) or tell the same days
(:func:`days_told_raised`) says they report one occasion, as far as such closeness is rare
in the corpus and the two name a party in common (:func:`share_a_name`), and less where many
such reports came out within those days (:func:`crowd_damped`).
"""
from __future__ import annotations

import bisect
from datetime import date
from typing import Iterable, Optional

# reports of one occasion by several outlets come out within days of each other, in words
# that differ by outlet: a pair published within NEAR_DAYS has its similarity raised by up to
# NEAR_BOOST of itself, scaled by how rare such closeness is in the corpus (see time_weighted)
NEAR_DAYS, NEAR_BOOST = 3, 1.0
MAX_BLOCK = 200  # a word or stretch of days shared by more articles than this finds no candidates
# one occasion's coverage in a feed seldom holds more than CROWD reports: where more articles
# naming a party alike came out within NEAR_DAYS of a report, its days hold several occasions,
# and the raise is scaled by CROWD / their number (see crowd_damped)
CROWD = 12


def share_a_name(named: Optional[dict], a: str, b: str) -> bool:
    """Whether closeness in time may raise the pair (a, b): they name a party (person,
    organisation, place) in common, or the names of either were never read.

    named (dict[str, frozenset] | None): article id -> its proper names
    (``story_features.proper_names``), for the articles whose entities were read (an article
    missing from it went through no entities stage); None: every pair may be raised.
    Why: an occasion has named parties, and two reports of it name at least one alike,
    whatever else they word differently (all 54 same-occasion pairs the raise lifts from
    0.05-0.13 to near the threshold in the PolNeAR development halves do); two unrelated
    reports of one week that share only generic words ("police", "jury", "charged") do not
    (34 of the 47 such lifted pairs of different events in the dated ECB+ train feeds; 4 of
    their 12 same-event pairs lose the raise too). A name every report holds ("Trump") still
    opens the gate: its rarity is not asked (a guard on rare names lost the PolNeAR gains,
    BENCHMARKS.md), so dense campaign coverage is not helped by it."""
    if named is None:
        return True
    na, nb = named.get(a), named.get(b)
    return na is None or nb is None or not na.isdisjoint(nb)


def dated_ordinals(days: dict) -> list:
    """The sorted day ordinals of the dated articles of ``days`` (dict[str, date | None]): what
    :func:`near_pairs` and :func:`time_weighted` count crowding in, sorted once by a caller
    that asks both of one corpus many times (an incremental merge, once per earlier story)."""
    return sorted(d.toordinal() for d in days.values() if d)


def near_pairs(days: dict, ids: Iterable, near: int = NEAR_DAYS, max_block: int = MAX_BLOCK,
               new: Optional[set] = None, every: Optional[list] = None) -> set:
    """Pairs (a, b), a < b, of ``ids`` published within ``near`` days of each other, where
    neither has more than ``max_block`` articles of ``days`` within ``near`` days of it.

    days (dict[str, date | None]): every article of the corpus -> its publication day;
    new (set[str]): when given, only the pairs holding one of these ids; every (list[int] |
    None): ``dated_ordinals(days)``, when the caller has it. Publication time
    is a blocking key as a shared strong word is: reports of one occasion in other words
    share few strong ones, and a crowded stretch of days, like a common word, finds none.
    """
    dated = sorted((days[i].toordinal(), i) for i in ids if days.get(i))
    every = dated_ordinals(days) if every is None else every

    def crowded(o: int) -> bool:
        return bisect.bisect_right(every, o + near) - bisect.bisect_left(every, o - near) > max_block

    pairs = set()
    for n, (o, a) in enumerate(dated):
        if crowded(o):
            continue
        for o2, b in dated[n + 1:bisect.bisect_right(dated, (o + near, "\uffff"))]:
            if (new is None or a in new or b in new) and not crowded(o2):
                pairs.add((a, b) if a < b else (b, a))
    return pairs


def time_weighted(sims: dict, days: dict, near: int = NEAR_DAYS, boost: float = NEAR_BOOST,
                  named: Optional[dict] = None, dated: Optional[list] = None) -> tuple:
    """Story-clustering similarities: ``sims`` with each pair published within ``near`` days
    of each other raised by ``boost`` x (1 - the larger share of the corpus's dated articles
    published within ``near`` days of either article), when they ``share_a_name``.

    sims (dict[(str, str), float]): pair similarities; days (dict[str, date | None]): every
    article of the corpus -> its publication day; named (dict[str, frozenset] | None): article
    id -> its proper names (see :func:`share_a_name`); dated (list[int] | None):
    ``dated_ordinals(days)``, when the caller has it. Why: outlets word one occasion
    differently, so their reports share fewer words than one outlet's; that they came out the
    same days is evidence of one occasion only as far as few other articles did (a feed of one
    day's news gains nothing: every pair is that close), so the boost is the rarity of the
    closeness. Pairs with an undated article are kept as they are (in ``knit``, raised by the
    rarity of the dated one's closeness).

    Returns (raised, knit), both dict[(str, str), float]: ``knit`` is what the cohesion rule
    of ``stories.average_link`` reads, where an article with no date is taken as close to its
    dated partner: a story of same-day reports is raised among itself, and an undated report
    of it must not look loose beside them for lacking a date. ``knit`` raises close pairs
    whether or not they share a name: the gate decides what joins, and a story of two same-day
    reports that name no one alike (an extractor found "Indian Navy" in one, "Gulf of Aden" in
    the other) must not look loose beside its next week's story (ECB+ feed "1,1,2,3" at three
    events a day fell 0.901 -> 0.880 when the knit was gated as well).
    """
    dated = dated_ordinals(days) if dated is None else dated
    if not dated or boost <= 0:
        return sims, sims
    crowd: dict = {}  # day ordinal -> share of dated articles within ``near`` days of it

    def share(day: date) -> float:
        o = day.toordinal()
        if o not in crowd:
            crowd[o] = (bisect.bisect_right(dated, o + near) - bisect.bisect_left(dated, o - near)) / len(dated)
        return crowd[o]

    out, knit = {}, {}
    for (a, b), sim in sims.items():
        da, db = days.get(a), days.get(b)
        out[(a, b)] = knit[(a, b)] = sim
        if da and db:
            if abs((da - db).days) <= near:
                knit[(a, b)] = sim * (1 + boost * (1 - max(share(da), share(db))))
                if share_a_name(named, a, b):
                    out[(a, b)] = knit[(a, b)]
        elif da or db:
            knit[(a, b)] = sim * (1 + boost * (1 - share(da or db)))
    return out, knit


def days_told_raised(plain: dict, timed: dict, told: dict, boost: float = NEAR_BOOST,
                     named: Optional[dict] = None) -> dict:
    """``timed`` with each pair whose articles tell the same days raised to ``plain`` x
    (1 + ``boost`` x the cosine of their told-day vectors), where that is more and they
    ``share_a_name`` (named: article id -> its proper names, or None).

    plain, timed (dict[(str, str), float]): pair similarities before and after
    ``time_weighted``; told (dict[str, dict]): article id -> TF-IDF vector of its
    ``story_features.told_days``. The larger raise, never both: they are one evidence
    (close to one occasion), and stacked they joined a week's unrelated 1989 company
    reports in a 2016 corpus (rare in time, all telling the same "yesterday")."""
    raised = dict(timed)
    for (a, b), sim in timed.items():
        ta, tb = told.get(a), told.get(b)
        if ta and tb and share_a_name(named, a, b):
            shared = sum(ta[f] * tb[f] for f in ta.keys() & tb.keys())
            if shared:
                raised[(a, b)] = max(sim, plain[(a, b)] * (1 + boost * shared))
    return raised


def comparable_counts(days: dict, named: Optional[dict], ids: Iterable, near: int = NEAR_DAYS,
                      crowd: int = CROWD, max_block: int = MAX_BLOCK) -> dict:
    """{id: how many other articles of ``days`` came out within ``near`` days of it and name a
    party alike (:func:`share_a_name`)}, for the dated ``ids``.

    days (dict[str, date | None]): every article of the corpus -> its publication day; named
    (dict[str, frozenset] | None): as for :func:`share_a_name`. Names are compared only where
    the answer matters: a window of at most ``crowd`` other articles, or of more than
    ``max_block`` (too crowded to compare, as :func:`near_pairs` finds no candidates there),
    counts all of them.
    """
    dated = sorted((d.toordinal(), i) for i, d in days.items() if d)
    ordinals = [o for o, _ in dated]
    counts = {}
    for x in ids:
        if not days.get(x):
            continue
        o = days[x].toordinal()
        lo, hi = bisect.bisect_left(ordinals, o - near), bisect.bisect_right(ordinals, o + near)
        others = hi - lo - 1
        if others <= crowd or others > max_block or named is None:
            counts[x] = others
        else:
            counts[x] = sum(1 for _, c in dated[lo:hi] if c != x and share_a_name(named, x, c))
    return counts


def crowd_damped(plain: dict, raised: dict, days: dict, named: Optional[dict] = None,
                 crowd: int = CROWD) -> dict:
    """``raised`` with each pair's raise (what it holds above ``plain``) scaled by ``crowd`` / K
    where K, the larger :func:`comparable_counts` of its two articles, is more than ``crowd``.

    plain, raised (dict[(str, str), float]): pair similarities before and after closeness
    (``time_weighted``, ``days_told_raised``); days, named: as for :func:`comparable_counts`.
    Why: the raise says "one occasion" by closeness alone, and that holds while few reports
    naming the same people came out those days. In a campaign fortnight of PolNeAR (the
    "iowa" half of bench/stories_week.py: 49 articles, nearly all naming Trump or Clinton,
    a median 20 within three days of one) most such neighbours report other occasions, and
    the raise joined 47 pairs of different ones (a debate, a preview, a strategy piece) into
    chains: B3 F1 0.791, below 0.874 for every article alone; damped 0.888, no right pair
    lost. Where one occasion's coverage is most of its days (the PolNeAR groups of
    bench/stories_occasions.py: at most 7 alike within days; dated ECB+ feeds) nothing changes.
    Not solved: sparser weeks (that bench's "jan" half, a median 13) are scaled too little.
    """
    lifted = [p for p, s in raised.items() if s > plain.get(p, 0.0)]
    counts = comparable_counts(days, named, {i for p in lifted for i in p}, crowd=crowd)
    out = dict(raised)
    for a, b in lifted:
        k = max(counts.get(a, 0), counts.get(b, 0))
        if k > crowd:
            base = plain.get((a, b), 0.0)
            out[(a, b)] = base + (raised[(a, b)] - base) * crowd / k
    return out
