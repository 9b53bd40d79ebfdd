"""Where the outlets that tell one merged event disagree (date, place, participants,
modality, counts), naming who says what.

A conflict is a disagreement between articles: each article's values of a field are
taken together, and two articles disagree when nothing one gives fits anything the other
gives. Two values inside one article (a meeting dated by its own "on Wednesday" and by a
"Tuesday" elsewhere in a sentence) are that article's own uncertainty, not outlets
disagreeing. A plan reported before the event's date agrees with the later reports that
it happened (the plan came true); a report published after that date that still calls it
planned, or a denial against a report that it happened, disagrees.
"""
from __future__ import annotations

from typing import Callable, Optional

from .event_match import actor_key, parties
from .event_match_dates import _later, _soft, dates_compatible

HAPPENED = frozenset({"happened", "reported"})


def group_values(cluster: list, articles: dict, value_of: Callable) -> list:
    """[{"value", "articles", "outlets"}] for each distinct non-empty value of the
    mentions (list[Event]); ``articles``: article id -> Article (for outlets)."""
    groups: dict = {}
    for event in cluster:
        value = value_of(event)
        if value in (None, "", ()):
            continue
        entry = groups.setdefault(value, {"value": value, "articles": [], "outlets": []})
        if event.article not in entry["articles"]:
            entry["articles"].append(event.article)
            outlet = getattr(articles.get(event.article), "outlet", None)
            if outlet and outlet not in entry["outlets"]:
                entry["outlets"].append(outlet)
    return list(groups.values())


def articles_disagree(groups: list, agree: Callable) -> bool:
    """Whether two articles disagree: every value one gives fails ``agree`` (value, value ->
    bool) with every value the other gives. groups: from :func:`group_values`."""
    by_article: dict = {}
    for group in groups:
        for article_id in group["articles"]:
            by_article.setdefault(article_id, []).append(group["value"])
    told = list(by_article.values())
    return any(not any(agree(x, y) for x in xs for y in ys)
               for i, xs in enumerate(told) for ys in told[i + 1:])


def event_conflicts(cluster: list, articles: dict, date: Optional[str] = None) -> list:
    """Fields on which the articles telling one event (cluster: list[Event]) disagree.

    articles (dict): article id -> Article (outlets, publication days).
    date (str | None): the date chosen for the event: a plan published after it is stale.
    """
    out = []
    dates = group_values(cluster, articles, lambda e: None if _soft(e) else e.date)
    if articles_disagree(dates, dates_compatible):
        out.append({"field": "date", "values": disagreeing_dates(dates)})
    places = group_values(cluster, articles, lambda e: e.location_name)
    if articles_disagree(places, lambda x, y: x == y):
        out.append({"field": "location", "values": places})
    parts = participants(cluster, articles)
    if parts:
        out.append({"field": "participants", "values": parts})
    modalities = modality_conflict(cluster, articles, date)
    if modalities:
        out.append({"field": "modality", "values": modalities})
    return out + count_conflicts(cluster, articles)


def disagreeing_dates(groups: list) -> list:
    """The date groups (from :func:`group_values`) less each coarser value that contains
    every other value ("2024-03" beside "2024-03-13" and "2024-03-14"): it fits every
    outlet, so it takes no side in their disagreement."""
    return [g for g in groups
            if not all(o["value"].startswith(g["value"]) for o in groups if o is not g)]


def participants(cluster: list, articles: dict) -> list:
    """The participants' values when two articles name sets of two or more people neither
    of which includes the other's, each value the people's linked names (as the merged
    actors show them), else []."""
    names: dict = {}  # folded key -> the name entity linking gave it
    for event in cluster:
        people = parties(event).people
        for actor in event.actors:
            key = actor_key(actor)
            if key in people:
                names.setdefault(key, actor.canonical or actor.text)
    parts = group_values(cluster, articles, lambda e: tuple(sorted(parties(e).people)))

    def fits(a: tuple, b: tuple) -> bool:
        return len(a) < 2 or len(b) < 2 or set(a) <= set(b) or set(b) <= set(a)

    if not articles_disagree(parts, fits):
        return []
    for part in parts:
        part["value"] = sorted(names.get(k, k) for k in part["value"])
    return parts


def modality_conflict(cluster: list, articles: dict, date: Optional[str]) -> list:
    """The modality values that disagree: reports that it happened against denials, or
    against plans published after the event's ``date`` ("will meet" in a report of the
    day after); plans published before it, and uncertain reports, are left out (they agree
    with the reports that it happened). [] when no two articles disagree."""
    def stance(event) -> Optional[str]:
        if event.modality in HAPPENED or event.modality == "denied":
            return event.modality
        if event.modality == "planned" and date and _stale(articles.get(event.article), date):
            return "planned"
        return None

    def agree(a: str, b: str) -> bool:
        return (a in HAPPENED) == (b in HAPPENED)

    values = group_values(cluster, articles, stance)
    if not any(v["value"] in HAPPENED for v in values) or not articles_disagree(values, agree):
        return []
    return values


def _stale(article, date: str) -> bool:
    """Whether the article (Article | None) was published after ``date`` (by more than a
    day when both are days), so that a plan it reports is out of date."""
    published = getattr(article, "published", None)
    return bool(published) and _later(published[:10], date)


def count_conflicts(cluster: list, articles: dict) -> list:
    """ "four agreements" in one outlet, "three agreements" in another: for each counted
    noun that several articles give for one event with different numbers, who says what."""
    by_noun: dict = {}
    for event in cluster:
        for noun, number, text in event.quantities or ():
            by_noun.setdefault(noun, {}).setdefault(number, {})[event.article] = text
    out = []
    for noun, numbers in sorted(by_noun.items()):
        # one article giving two numbers ("12 crew", later "14 people") is not outlets disagreeing
        told = [{"value": number, "articles": list(per)} for number, per in numbers.items()]
        if len(numbers) < 2 or not articles_disagree(told, lambda x, y: x == y):
            continue
        values = []
        for number, per in sorted(numbers.items()):
            outlets = []
            for article_id in per:
                outlet = getattr(articles.get(article_id), "outlet", None)
                if outlet and outlet not in outlets:
                    outlets.append(outlet)
            values.append({"value": number, "text": next(iter(per.values())),
                           "articles": sorted(per), "outlets": outlets})
        out.append({"field": "count", "noun": noun, "values": values})
    return out
