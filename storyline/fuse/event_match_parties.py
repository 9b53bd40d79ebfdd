"""When two event mentions with parties in common are still two events: a meeting of
some of a gathering's parties held beside it (a bilateral "on the sidelines" of a summit,
or on another of its days) is not the gathering itself, though every party it names is
one of the gathering's."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..model import Event
from .event_match_dates import _parse_day

# words that set a smaller meeting beside a larger one: "on the sidelines of the summit",
# "on the margins of", "a bilateral meeting", "met separately"
SIDE_CUE = re.compile(
    r"\bon the (?:sidelines?|side-lines?|margins?|fringes?)\b|\bside(?:-| )(?:meeting|talks)\b"
    r"|\bbilateral\b|\bseparately\b|\bone-on-one\b", re.IGNORECASE)


def people_conflict(pa, pb) -> bool:
    """Whether two mentions' Parties name people neither of which includes the other's."""
    return bool(pa.people and pb.people
                and not (pa.people <= pb.people or pb.people <= pa.people))


def _strict_subset(small: frozenset, large: frozenset) -> bool:
    """Whether ``small`` names two parties or more, all of them ``large``'s, and ``large``
    has more: a meeting of two among a gathering of three or more (one party alone is
    only a shorter telling: "Wang held talks" of "China and Russia held talks")."""
    return len(small) >= 2 and small < large


def _fewer(pa, pb) -> bool:
    """Whether mention b's parties (``pb``: Parties) are a strict subset of a's (``pa``), by
    countries when both name countries, by people when both name people, and never a
    superset by the other."""
    countries = bool(pa.countries and pb.countries)
    people = bool(pa.people and pb.people)
    if countries and pa.countries < pb.countries or people and pa.people < pb.people:
        return False
    return (countries and _strict_subset(pb.countries, pa.countries)) or \
        (people and _strict_subset(pb.people, pa.people))


def _other_day(a: Event, b: Event) -> bool:
    """Whether both mentions have a day said of the trigger itself and the days differ."""
    if a.date_source != "timex" or b.date_source != "timex" or not a.date or not b.date:
        return False
    da, db = _parse_day(a.date), _parse_day(b.date)
    return bool(len(a.date) == 10 and len(b.date) == 10 and da and db and da != db)


def side_meeting(a: Event, b: Event, pa, pb) -> bool:
    """Whether one mention tells a meeting of some of the other's parties held beside it:
    its parties (two or more) a strict subset of the other's, and either the two dated to
    different days by their own dates, or its sentence setting it aside ("on the
    sidelines", "bilateral", "separately"). "The leaders of four countries will meet on
    Monday for a two-day summit" and "two of them met on Tuesday on the sidelines" are
    two events; "the leaders of four countries met" and "A and B met" on one day with no
    such word may be one meeting told in part.

    a, b (Event): the mentions; pa, pb (Parties): their parties (event_match.parties)."""
    for small, large, p_small, p_large in ((b, a, pb, pa), (a, b, pa, pb)):
        if _fewer(p_large, p_small) and (
                _other_day(small, large) or SIDE_CUE.search(small.sentence.text or "")):
            return True
    return False


# kinds whose source and target may be told either way round ("Xi met Putin" / "Putin met
# Xi", "A signed an accord with B" / "B with A"); in every other kind the roles tell who
# did what to whom
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}


def _role_atoms(event: Event, role: str) -> set:
    """Who fills ``role`` ("source" | "target") in a mention, each actor as every key it is
    known by: its folded name, its country code ("TZAGOV" -> "TZA") and its country's key,
    so that "Tanzania" and "Tanzania's president" meet."""
    from .event_match import actor_key, country_atom
    out: set = set()
    for actor in event.actors:
        key = actor_key(actor)
        if actor.role != role or not key:
            continue
        out.add(key)
        for atom in (country_atom(actor.canonical, actor.code), country_atom(actor.affiliation)):
            if atom:
                out.add(atom)
    return out


def roles_swapped(a: Event, b: Event) -> bool:
    """Whether two mentions of a directed kind name the same parties the other way round:
    a's source is b's target and a's target b's source, with neither side shared in the
    same role ("Tanzania raised duties on Kenya" / "Kenya halted imports from Tanzania":
    one act and its answer, not one event)."""
    if a.type in SYMMETRIC_TYPES or b.type in SYMMETRIC_TYPES:
        return False
    sa, ta, sb, tb = (_role_atoms(e, r) for e in (a, b) for r in ("source", "target"))
    return bool(sa & tb and ta & sb) and not (sa & sb or ta & tb)


def parties_apart(a: Event, b: Event, pa, pb) -> bool:
    """Whether the parties of two mentions tell two events though they overlap: a side
    meeting beside a gathering (:func:`side_meeting`) or an act and its answer
    (:func:`roles_swapped`)."""
    return side_meeting(a, b, pa, pb) or roles_swapped(a, b)


# endings of a nationality adjective ("Varnothian", "Maltese", "Azmiri", "Danish"), for
# countries the knowledge base does not know
DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "i")
# common words with those endings that open a group's name ("Human rights groups")
NOT_DEMONYMS = frozenset({"human", "woman", "urban", "veteran", "republican", "christian",
                          "civilian", "guardian", "politician", "pedestrian", "median",
                          "partisan", "artisan", "librarian", "vegetarian", "sectarian"})


# plural heads that name several states, not the people of one ("European countries")
POLITIES = frozenset({"countries", "nations", "states", "governments", "members", "allies",
                      "neighbours", "neighbors", "powers", "partners"})


@lru_cache(maxsize=4096)
def national_group(name: Optional[str]) -> Optional[str]:
    """The country atom (:func:`country_atom`) of an unnamed set of people told by their
    nationality ("Varnothian negotiators", "Thai officials", "Italian troops"): they act for
    that country, as "Varnothia asked" tells the same act as "Varnothian negotiators
    asked"; None for any other name ("Opposition parties", "Liberty Square"), for one
    body ("the Israeli government", "Italian police"), which is a party of its own, and
    for several states ("European countries")."""
    words = (name or "").split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[0][1:].islower() or \
            not all(w.islower() for w in words[1:]) or not words[-1].endswith("s") or \
            words[-1].endswith(("ss", "us")) or words[-1] in POLITIES:
        return None
    from .event_match import _known_country, country_atom
    first = words[0]
    known = _known_country(first)
    if known:
        return known
    return country_atom(first) if first.lower().endswith(DEMONYM_ENDINGS) and len(first) > 4 \
        and first.lower() not in NOT_DEMONYMS else None
