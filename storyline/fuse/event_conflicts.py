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

import re
from typing import Callable, Optional

from ..events.quantities import NUMBER_WORDS

from .event_match import _fold, actor_key, parties
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


def articles_disagree(groups: list, agree: Callable, said: Optional[set] = None) -> bool:
    """Whether two articles disagree: every value one gives fails ``agree`` (value, value ->
    bool) with every value the other gives. groups: from :func:`group_values`.
    said (set | None): when given, one of the two at least must be among these article ids."""
    by_article: dict = {}
    for group in groups:
        for article_id in group["articles"]:
            by_article.setdefault(article_id, []).append(group["value"])
    told = list(by_article.items())
    return any(not any(agree(x, y) for x in xs for y in ys) and (
        said is None or a in said or b in said)
        for i, (a, xs) in enumerate(told) for b, ys in told[i + 1:])


def event_conflicts(cluster: list, articles: dict, date: Optional[str] = None) -> list:
    """Fields on which the articles telling one event (cluster: list[Event]) disagree.

    articles (dict): article id -> Article (outlets, publication days).
    date (str | None): the date chosen for the event: a plan published after it is stale.
    """
    out = []
    dates = group_values(cluster, articles, lambda e: None if _soft(e) else e.date)
    # a date carried over from an earlier sentence ("narrative") is the day an article
    # reads the story by, not one it says of this event: it disagrees with a day said of
    # it, but two such are no outlets disagreeing
    said = {e.article for e in cluster if e.date and not _soft(e) and e.date_source != "narrative"}
    if articles_disagree(dates, dates_compatible, said):
        out.append({"field": "date", "values": disagreeing_dates(dates)})
    places = group_values(cluster, articles, lambda e: e.location_name)
    if articles_disagree(places, same_place):
        out.append({"field": "location", "values": places})
    parts = participants(cluster, articles)
    if parts:
        out.append({"field": "participants", "values": parts})
    modalities = modality_conflict(cluster, articles, date)
    if modalities:
        out.append({"field": "modality", "values": modalities})
    return out + count_conflicts(cluster, articles) + duration_conflicts(cluster, articles)


def same_place(a: str, b: str) -> bool:
    """Whether two place names may name one place: equal, or one's words all among the
    other's ("villages" / "remote villages", "Arequipa" / "the Arequipa region")."""
    x, y = set(_fold(a).split()), set(_fold(b).split())
    return bool(x and y) and (x <= y or y <= x)


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
    noun that several articles give for one event with different numbers, who says what
    ({"field": "count", "noun", "values": [{"value", "text", "articles", "outlets"}]}).

    A count the latest report says was revised ("the toll has risen to 14", "revising an
    earlier figure") updates the earlier reports rather than disagreeing with them: it is
    kept as {"field": "count", "noun", "revised": True, "latest": number, "values"} with
    the values in the order they were published, the latest last (:func:`revision`)."""
    by_noun: dict = {}
    revising: dict = {}  # noun -> {article id: [(number, text, sentence)] said as revised}
    for event in cluster:
        for noun, number, text in event.quantities or ():
            noun = COUNTED_AS_PEOPLE.get(noun, noun)
            by_noun.setdefault(noun, {}).setdefault(number, {})[event.article] = text
            if REVISED.search(event.sentence.text or ""):
                revising.setdefault(noun, {}).setdefault(event.article, []).append(
                    (number, text, event.sentence.text))
    out = []
    for noun, numbers in sorted(by_noun.items()):
        if len(numbers) < 2:
            continue
        values = [{"value": number, "text": next(iter(per.values())), "articles": sorted(per),
                   "outlets": _outlets(per, articles)} for number, per in sorted(numbers.items())]
        # a revision is told whether or not the revising report repeats the old number
        revised = revision(values, revising.get(noun, {}), articles)
        told = [{"value": number, "articles": list(per)} for number, per in numbers.items()]
        if revised is not None:
            out.append({"field": "count", "noun": noun, "revised": True,
                        "latest": revised[-1]["value"], "values": revised})
        elif articles_disagree(told, lambda x, y: x == y):  # one article's two numbers are not
            out.append({"field": "count", "noun": noun, "values": values})
    return out


# nouns that count the same people of one event whichever an outlet chose ("3,000
# residents were evacuated" / "3,500 people were moved"); "children", "soldiers" count a part
COUNTED_AS_PEOPLE = {"person": "people", "resident": "people", "inhabitant": "people",
                     "villager": "people", "local": "people"}

# a count said to be changed since an earlier report: "has risen to 14", "rose to", "was
# revised", "revising an earlier toll", "up from nine", "now stands at"
REVISED = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:risen|rose|climbed|jumped|increased|grown|"
                     r"fallen|dropped|gone up)\s+to\b|\brevis(?:ed|ing|ion)\b|\b(?:up|down) from\b|"
                     r"\bnow stands? at\b|\braising the (?:toll|number|figure|count)\b",
                     re.IGNORECASE)


def revision(values: list, revising: dict, articles: dict) -> Optional[list]:
    """The count's values in the order they were first published, the revised one last,
    when the last article to give one says it revised the count and no article before it
    gave the revised number (the others are the history it replaced); None when that does
    not hold (no revision said, another article published as late, or days unknown).

    values (list): from :func:`count_conflicts`, one per number.
    revising (dict): article id -> (number, its text, the sentence) for each count it
        gives in a sentence saying it revised."""
    when = {a: (getattr(articles.get(a), "published", None) or "") for v in values
            for a in v["articles"]}
    if not revising or not all(when.values()):
        return None
    last = max(when, key=lambda a: when[a])
    if last not in revising or len(when) < 2 or sum(1 for a in when if when[a] == when[last]) > 1:
        return None  # one report's own "rose to 14 from 7" updates no other outlet
    # the revised number is the one the revising sentence gives that no report gave before
    # ("risen to 14, up from seven": 14); none, or two, and it is not told which
    given = {v["value"] for v in values if set(v["articles"]) - {last}}
    new = {(n, text, sentence) for n, text, sentence in revising[last] if n not in given}
    if len({n for n, _, _ in new}) > 1:
        # "revised down to 9 from 12": the number the count went to
        new = {(n, text, sentence) for n, text, sentence in new if re.search(
            r"\bto\s+(?:\w+\s+)?" + re.escape(text), sentence)}
    if len({n for n, _, _ in new}) != 1:
        return None
    latest = new.pop()[0]
    # the revising report may repeat the number it replaces ("up from seven"): the history
    # goes by when each number was first published, the revised one last
    return sorted(values, key=lambda v: (v["value"] == latest,
                                         min(when[a] for a in v["articles"]), v["value"]))


# how long something named lasted: "two days of talks", "a three-day visit" (not "two days
# after the quake", "within two weeks" or a "37-year-old": those measure no named act)
_NUMBER = r"(\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(hour|day|week|month|year)"
DURATION = re.compile(r"(?<![\w-])" + _NUMBER + r"(?:\s+" + _UNIT + r"s?\s+of\s+(?:the\s+)?|-"
                      + _UNIT + r"(?:-long)?\s+)([a-z]+)", re.IGNORECASE)
HEDGES = ("more than", "less than", "fewer than", "at least", "about", "around", "nearly",
          "almost", "over", "some", "up to", "under", "roughly")
HOURS = {"hour": 1, "day": 24, "week": 168, "month": 720, "year": 8760}


def durations(sentence: str) -> list:
    """[(noun, hours, text)] for each exact length of a named act in ``sentence`` ("two days
    of talks" -> ("talk", 48, "two days of talks")); hedged lengths ("more than four
    hours") bound it rather than state it, and are left out."""
    out = []
    for match in DURATION.finditer(sentence):
        before = sentence[:match.start()].lower().rstrip()
        if before.endswith(HEDGES):
            continue
        word, unit, noun = match.group(1).lower(), (match.group(2) or match.group(3)).lower(), \
            match.group(4).lower()
        number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if number:
            noun = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
            out.append((noun, number * HOURS[unit], match.group(0)))
    return out


def duration_conflicts(cluster: list, articles: dict) -> list:
    """ "after two days of talks" in one outlet, "after three days of talks" in another: for
    each named act whose length several articles of one event give differently, who says
    what ({"field": "duration", "noun", "values": [{"value" (hours), "text", "articles",
    "outlets"}]}); one article giving two lengths is not outlets disagreeing."""
    by_noun: dict = {}
    seen = set()
    for event in cluster:
        if (event.article, event.sentence.start) in seen:
            continue
        seen.add((event.article, event.sentence.start))
        for noun, hours, text in durations(event.sentence.text):
            by_noun.setdefault(noun, {}).setdefault(hours, {}).setdefault(event.article, text)
    out = []
    for noun, lengths in sorted(by_noun.items()):
        told = [{"value": hours, "articles": list(per)} for hours, per in lengths.items()]
        if len(lengths) < 2 or not articles_disagree(told, lambda x, y: x == y):
            continue
        values = [{"value": hours, "text": next(iter(per.values())), "articles": sorted(per),
                   "outlets": _outlets(per, articles)} for hours, per in sorted(lengths.items())]
        out.append({"field": "duration", "noun": noun, "values": values})
    return out


def _outlets(article_ids, articles: dict) -> list:
    """The distinct known outlets of the articles, in order."""
    out = []
    for article_id in article_ids:
        outlet = getattr(articles.get(article_id), "outlet", None)
        if outlet and outlet not in out:
            out.append(outlet)
    return out
