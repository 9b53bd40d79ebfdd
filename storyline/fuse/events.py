"""Merging event mentions across outlets into one cited timeline.

Two event mentions are taken to be the same real-world event when they are in
the same story, their PLOVER types are compatible (equal, or both meetings of the
CONSULT family: met / held talks / visited / summit, but a phone call is not a
meeting), their dates agree, and their parties agree well enough:

- two people (or organisations) shared; or
- two countries shared, where a person counts for the country they act for
  ("Veloria's foreign minister, Aleksandr Petrovan" makes Petrovan Velorian for
  the whole corpus), so "the foreign ministers of Veloria and Karsk met" and
  "Petrovan held talks with Valen" can meet; or
- one party shared and the same place or the same CAMEO code on the same day.

Two mentions naming different people on both sides never merge. Dates agree when
equal, when one is unknown or coarser ("2024-03" / "2024-03-14"), when a date
taken only from the publication day falls up to a week after the other, or (with
two parties shared) when they are a day apart, which is kept as a date conflict.
Everything the mentions disagree on (date, participants, place, counts, denial)
is kept in ``conflicts``; the modality is "happened" once any outlet reports it.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date as _date
from functools import lru_cache
from typing import Optional

from ..events.coding import compatible_types, trigger_classes, type_family
from ..model import Event, MergedEvent

# pronouns and relative words say nothing about identity unless resolved to a name
UNRESOLVED = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
              "who", "which", "that", "i", "we", "you", "both"}
MODALITY_RANK = {"happened": 0, "reported": 1, "planned": 2, "uncertain": 3, "denied": 4}
DATE_SOURCE_WEIGHT = {"timex": 3.0, "sentence": 2.0, "publication": 1.0}
MEETING_CODES = {"040", "044", "045", "046"}
PUBLICATION_SLACK_DAYS = 7  # "X met Y" in a report of that day may tell of the days before


@dataclass(frozen=True)
class Parties:
    """Who an event mention involves, for matching.

    people (frozenset[str]): folded canonical names of people and organisations.
    countries (frozenset[str]): country atoms: codes ("RUS") or name stems ("veloria").
    context (frozenset[str]): every other name in the mention's sentence, folded.
    """

    people: frozenset
    countries: frozenset
    context: frozenset = frozenset()


@lru_cache(maxsize=65536)  # called for every actor of every pairing; names repeat
def _fold(name: str) -> str:
    """Folding key of a name; transliteration variants fold alike ("Alexander" and
    "Aleksandr", "Dmitry" and "Dmitri") in case entity linking left them apart."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019s", "").replace("'s", "")
    words = [w for w in re.split(r"[\s\-.']+", text) if w and w != "the"]
    return " ".join(_fold_word(w) for w in words)


def _fold_word(word: str) -> str:
    word = word.replace("x", "ks")
    word = re.sub(r"([^aeiou])er$", r"\1r", word)  # Aleksander / Aleksandr
    word = re.sub(r"([aeiou])[yj]$", r"\1i", word)  # Sergey / Sergei
    word = re.sub(r"([^aeiou])y$", r"\1i", word)  # Dmitry / Dmitri
    return re.sub(r"(.)\1", r"\1", word)  # doubled letters


def country_atom(name: Optional[str], code: Optional[str] = None) -> Optional[str]:
    """A key shared by a country's name, its demonym and its code: "RUS" for a coded
    country, else the first five letters ("Velorian" and "Veloria" -> "velor")."""
    if code and len(code) >= 3 and code[:3].isalpha() and code[:3].isupper():
        return code[:3]
    if not name:
        return None
    if len(name) == 3 and name.isupper():
        return name
    folded = _fold(name)
    # "Velorian Energy (ministry)": the first word names the country
    return folded.split()[0][:5] if folded else None


def actor_key(actor) -> Optional[str]:
    """Identity key of an event actor: its canonical name, folded; None when unresolved."""
    name = (actor.canonical or "").strip()
    if not name or name.lower() in UNRESOLVED:
        return None
    return _fold(name)


def actor_keys(event: Event) -> frozenset:
    return frozenset(k for k in (actor_key(a) for a in event.actors) if k)


def _is_country(actor) -> bool:
    code = actor.code or ""
    if len(code) == 3:
        return True
    if len(code) > 3:
        return False  # "RUSGOV": a person or body of a country
    return bool(actor.canonical) and " " not in _fold(actor.canonical)


def parties(event: Event, affiliations: Optional[dict] = None,
            context: frozenset = frozenset()) -> Parties:
    """The :class:`Parties` of one mention; ``affiliations`` maps a person's key to the
    country atoms seen for them anywhere in the corpus (see :func:`corpus_affiliations`);
    ``context`` holds the names in the mention's sentence (see :func:`sentence_names`)."""
    affiliations = affiliations or {}
    people, countries = set(), set()
    for actor in event.actors:
        key = actor_key(actor)
        if key and _is_country(actor):
            countries.add(country_atom(actor.canonical, actor.code) or key)
        elif key:
            people.add(key)
            countries.update(affiliations.get(key, ()))
            if actor.code and len(actor.code) > 3:
                countries.add(actor.code[:3])
        atom = country_atom(actor.affiliation)
        if atom:
            countries.add(atom)
    return Parties(frozenset(people), frozenset(countries),
                   frozenset(c for c in context if c not in people))


def sentence_names(event: Event, article, names: Optional[list] = None) -> frozenset:
    """Folded canonical names of the name mentions in the event's sentence.

    names (list | None): ``name_mentions(article)``, when the caller made it once for
    all the article's events.
    """
    start, end = event.sentence.start, event.sentence.end
    names = name_mentions(article) if names is None else names
    return frozenset(key for m_start, m_end, key in names if start <= m_start and m_end <= end)


def name_mentions(article) -> list:
    """[(start, end, folded name)] of the article's name mentions."""
    return [(m.start, m.end, _fold(m.canonical or m.text))
            for m in getattr(article, "mentions", ()) or () if m.kind == "name"]


def corpus_affiliations(events: list) -> dict:
    """Person key -> set of country atoms, from every mention that says whom they act for."""
    out: dict = {}
    for event in events:
        for actor in event.actors:
            key = actor_key(actor)
            if not key or _is_country(actor):
                continue
            atom = country_atom(actor.affiliation)
            if actor.code and len(actor.code) > 3:
                out.setdefault(key, set()).add(actor.code[:3])
            if atom:
                out.setdefault(key, set()).add(atom)
    return out


@lru_cache(maxsize=4096)  # called for every pair of mentions compared
def _parse_day(value: Optional[str]) -> Optional[_date]:
    if value and len(value) == 10:
        try:
            return _date.fromisoformat(value)
        except ValueError:
            return None
    return None


def dates_compatible(a: Optional[str], b: Optional[str], slack_days: int = 0) -> bool:
    """Same date, one unknown, one a coarser prefix of the other ("2023-02" / "2023-02-22"),
    or (with ``slack_days``) days at most that far apart."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    da, db = _parse_day(a), _parse_day(b)
    return bool(da and db and abs((da - db).days) <= slack_days)


def _soft(event: Event) -> bool:
    """A past event dated only by its article's publication day."""
    return event.date_source == "publication" and event.modality != "planned"


def event_dates_compatible(a: Event, b: Event, slack_days: int = 0) -> bool:
    """:func:`dates_compatible` for two mentions, where a date taken only from the
    publication day may fall up to a week after the event's own date."""
    if dates_compatible(a.date, b.date, slack_days):
        return True
    for soft, other in ((a, b), (b, a)):
        if _soft(soft) and not _soft(other):
            ds, do = _parse_day(soft.date), _parse_day(other.date)
            if ds and do and 0 <= (ds - do).days <= PUBLICATION_SLACK_DAYS:
                return True
    return False


def _modes_compatible(a: Event, b: Event) -> bool:
    # a phone call and a meeting in person are different events
    return (a.mode == "phone") == (b.mode == "phone")


def _same_day(a: Event, b: Event) -> bool:
    return bool(a.date) and a.date == b.date and not (_soft(a) or _soft(b))


def cameo_family(cameo: Optional[str]) -> str:
    """Meetings and talks are one family, visits another, calls a third; others by root."""
    cameo = cameo or ""
    if cameo in MEETING_CODES:
        return "meet"
    return {"041": "phone", "042": "visit", "043": "visit"}.get(cameo, cameo[:2])


def kinds_compatible(a: Event, b: Event) -> bool:
    """Whether two mentions can name one kind of event: compatible PLOVER types, or
    triggers of one class of happening ("killed" ASSAULT / "murder" ASSAULT, "arrested"
    COERCE / "captured" ASSAULT), as ECB+ event coreference shows outlets vary the word."""
    if compatible_types(a.type, b.type):
        return True
    return bool(trigger_classes(a.trigger.text) & trigger_classes(b.trigger.text))


def kind_keys(event: Event) -> frozenset:
    """Keys two mentions share exactly when :func:`kinds_compatible` and the phone/in-person
    check both hold, i.e. whenever :func:`match_strength` can be above 0."""
    phone = event.mode == "phone"
    return frozenset([(phone, "type", type_family(event.type))]
                     + [(phone, "class", c) for c in trigger_classes(event.trigger.text)])


def people_conflict(pa: Parties, pb: Parties) -> bool:
    """Whether two mentions name people neither of which includes the other's."""
    return bool(pa.people and pb.people
                and not (pa.people <= pb.people or pb.people <= pa.people))


def match_strength(a: Event, b: Event, pa: Parties, pb: Parties) -> int:
    """0 when the mentions cannot be one event, 1 when they match, 2 when they share
    two parties (strong enough to bridge a one-day date disagreement)."""
    if not kinds_compatible(a, b) or not _modes_compatible(a, b):
        return 0
    if people_conflict(pa, pb):
        return 0  # "Wang met Lavrov" / "Wang met Putin": different people, different events
    people = len(pa.people & pb.people)
    countries = len(pa.countries & pb.countries)
    dated = bool(a.date and b.date)
    # in a two-country story every event has both countries: they count only with dates
    if people >= 2 or (countries >= 2 and dated):
        return 2 if event_dates_compatible(a, b, slack_days=1) else 0
    if countries >= 2 and a.cameo == b.cameo and event_dates_compatible(a, b):
        # "Veloria and Aldera signed an accord" / "the accord, signed by Orlan and Vistrup":
        # the ministers' countries bridge the two tellings of one act of the same code
        return 1
    if not event_dates_compatible(a, b, slack_days=1):
        return 0
    exact = event_dates_compatible(a, b)
    place = bool(a.location_name) and a.location_name == b.location_name
    same_kind = a.type == b.type and cameo_family(a.cameo) == cameo_family(b.cameo)
    if people + countries >= 1:
        # one party shared: same kind of event, and the same place, the same day, or
        # two more names in common in the sentences that tell it; with place or names
        # in common, a day apart is a date conflict ("a day after it was seized")
        context = len((pa.context | pa.people) & (pb.context | pb.people)) - people
        if same_kind and (place or context >= 2 or (exact and _same_day(a, b))):
            return 1
        return 0
    if not exact:
        return 0
    if not (pa.people or pa.countries) or not (pb.people or pb.countries):
        # no named party on one side: the same place on a known, agreeing date
        return 1 if place and a.type == b.type and dated else 0
    return 0


def same_event(a: Event, b: Event, affiliations: Optional[dict] = None) -> bool:
    """Whether two event mentions name the same real-world event."""
    return match_strength(a, b, parties(a, affiliations), parties(b, affiliations)) > 0


def cluster_events(events: list, affiliations: Optional[dict] = None,
                   contexts: Optional[dict] = None) -> list:
    """Group event mentions (list[Event]) into clusters (list[list[Event]]), greedily in
    order: a mention joins the cluster it matches best, if it agrees with every member's
    date (a day apart at most) and people, so that chains of weak links cannot snowball.
    contexts (dict | None): id(event) -> names in its sentence (:func:`sentence_names`)."""
    clusters: list = []
    profiles: list = []
    named: list = []  # per cluster: Parties holding every person its members name
    # kind key -> clusters with a member of that kind: a cluster with none scores 0 and
    # cannot be chosen, so only these are scored (same result, far fewer pairs in big stories)
    by_kind: dict = {}
    for event in events:
        mine = parties(event, affiliations, (contexts or {}).get(id(event), frozenset()))
        keys = kind_keys(event)
        best, best_score = None, 0
        for index in sorted({i for key in keys for i in by_kind.get(key, ())}):
            cluster = clusters[index]
            score = max(match_strength(event, o, mine, p) for o, p in zip(cluster, profiles[index]))
            # every member must agree on the date, and the people named must fit those
            # the cluster names, so "Wang" alone cannot chain "Wang-Lavrov" to "Wang-Putin"
            if score > best_score and not people_conflict(mine, named[index]) and all(
                    event_dates_compatible(event, o, slack_days=1) for o in cluster):
                best, best_score = index, score
        if best is None:
            best = len(clusters)
            clusters.append([event])
            profiles.append([mine])
            named.append(Parties(mine.people, frozenset()))
        else:
            clusters[best].append(event)
            profiles[best].append(mine)
            named[best] = Parties(named[best].people | mine.people, frozenset())
        for key in keys:
            by_kind.setdefault(key, set()).add(best)
    return clusters


def _pick_date(cluster: list) -> tuple:
    """(date, date_range) chosen by weighted agreement, preferring the most specific value."""
    votes: Counter = Counter()
    ranges = {}
    for event in cluster:
        if event.date:
            weight = DATE_SOURCE_WEIGHT.get(event.date_source or "", 1.0)
            if event.modality in ("planned", "uncertain"):
                weight *= 0.5  # a plan's date is less sure than a report of what happened
            votes[event.date] += weight
            ranges.setdefault(event.date, event.date_range)
    if not votes:
        return None, None
    # a coarser value that agrees ("2023-02") supports the finer one ("2023-02-22")
    scored = {d: v + sum(w for o, w in votes.items() if o != d and d.startswith(o))
              for d, v in votes.items()}
    best = max(scored, key=lambda d: (scored[d], len(d), d))
    return best, ranges.get(best)


def _group_values(cluster: list, articles: dict, value_of) -> list:
    """[{"value", "articles", "outlets"}] for each distinct non-empty value."""
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


def _conflicts(cluster: list, articles: dict) -> list:
    """Fields on which the mentions of one event disagree, naming who says what."""
    out = []
    dates = _group_values(cluster, articles, lambda e: None if _soft(e) else e.date)
    if any(not dates_compatible(a["value"], b["value"]) for a in dates for b in dates):
        out.append({"field": "date", "values": dates})
    places = _group_values(cluster, articles, lambda e: e.location_name)
    if len(places) > 1:
        out.append({"field": "location", "values": places})
    parts = _group_values(cluster, articles,
                          lambda e: tuple(sorted(k for k in parties(e).people)))
    sets = [set(p["value"]) for p in parts if len(p["value"]) >= 2]
    if any(not (a <= b or b <= a) for a in sets for b in sets):
        for p in parts:
            p["value"] = list(p["value"])
        out.append({"field": "participants", "values": parts})
    modalities = _group_values(cluster, articles, lambda e: e.modality)
    if {"happened", "denied"} <= {m["value"] for m in modalities}:
        out.append({"field": "modality", "values": modalities})
    return out + count_conflicts(cluster, articles)


def count_conflicts(cluster: list, articles: dict) -> list:
    """ "four agreements" in one outlet, "three agreements" in another: for each counted
    noun that several articles give for one event with different numbers, who says what."""
    by_noun: dict = {}
    for event in cluster:
        for noun, number, text in event.quantities or ():
            by_noun.setdefault(noun, {}).setdefault(number, {})[event.article] = text
    out = []
    for noun, numbers in sorted(by_noun.items()):
        said_by = {a for per in numbers.values() for a in per}
        if len(numbers) < 2 or len(said_by) < 2:
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


def _merged_actors(cluster: list) -> list:
    """Union of resolved actors by identity key, each with its most frequent role; the
    unresolved ones ("the defence ministry") only when nothing in the cluster is resolved."""
    roles: dict = {}
    info: dict = {}
    resolved = any(actor_key(a) for e in cluster for a in e.actors)
    for event in cluster:
        for actor in event.actors:
            key = actor_key(actor)
            if key is None and not resolved and actor.text.lower() not in UNRESOLVED:
                key = _fold(actor.text)
            if not key:
                continue
            roles.setdefault(key, Counter())[actor.role] += 1
            name, code = info.get(key, (None, None))
            info[key] = (name or actor.canonical or actor.text, code or actor.code)
    out = []
    places = {_fold(e.location_name) for e in cluster if e.location_name}
    for key, counter in roles.items():
        if key in places:
            continue  # "travel to Belozar": the place is where, not who
        name, code = info[key]
        out.append({"name": name, "role": counter.most_common(1)[0][0], "code": code})
    order = {"source": 0, "target": 1, "participant": 2}
    return sorted(out, key=lambda a: order.get(a["role"], 3))


def _modality(cluster: list) -> str:
    """Happened beats planned once any outlet reports that it happened."""
    return min((e.modality for e in cluster), key=lambda m: MODALITY_RANK.get(m, 9))


def _representative(cluster: list) -> Event:
    """The mention that tells the event best: what happened, with place and most actors."""
    # people named count before places ("Putin visits Moscow" tells less than "Putin meets Wang")
    return min(cluster, key=lambda e: (MODALITY_RANK.get(e.modality, 9), -len(parties(e).people),
                                       -len(actor_keys(e)), e.location_name is None, e.article,
                                       e.trigger.start))


def event_id(story: Optional[str], ptype: str, actors: list, date: Optional[str]) -> str:
    """Stable id: a hash of story + type + actor names + date."""
    names = "|".join(sorted((a["name"] or "").lower() for a in actors))
    raw = f"{story or ''}\x1f{ptype}\x1f{names}\x1f{date or ''}"
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def merged_from_cluster(cluster: list, articles: dict, story: Optional[str]) -> MergedEvent:
    """One :class:`MergedEvent` from the mentions (list[Event]) of one event."""
    rep = _representative(cluster)
    date, date_range = _pick_date(cluster)
    types = Counter(e.type for e in cluster)
    ptype = rep.type if types[rep.type] == max(types.values()) else types.most_common(1)[0][0]
    actors = _merged_actors(cluster)
    places = Counter(e.location_name for e in cluster if e.location_name)
    sources = []
    for event in sorted(cluster, key=lambda e: (e.article, e.trigger.start)):
        article = articles.get(event.article)
        sources.append({"article": event.article,
                        "outlet": getattr(article, "outlet", None),
                        "sentence": event.sentence.text,
                        "char_start": event.trigger.start, "char_end": event.trigger.end,
                        "date_text": event.date_text})
    return MergedEvent(
        id=event_id(story, ptype, actors, date), date=date, date_range=date_range,
        type=ptype, cameo=rep.cameo, modality=_modality(cluster), summary=rep.summary,
        actors=actors, location=places.most_common(1)[0][0] if places else None,
        sources=sources, conflicts=_conflicts(cluster, articles), goldstein=rep.goldstein,
        mode=rep.mode, story=story)


def refreshed(event: Event, article, spans: Optional[dict] = None) -> Event:
    """A copy of ``event`` whose actors carry the canonical names and codes their
    mentions have now: entity linking may have rewritten them after the events stage.

    spans (dict | None): ``mention_spans(article)``, when made once for all its events.
    """
    spans = mention_spans(article) if spans is None else spans
    actors = []
    for actor in event.actors:
        mention = spans.get((actor.start, actor.end)) if actor.canonical else None
        if mention is not None and mention.canonical and mention.canonical != actor.canonical \
                and mention.text == actor.text:
            actor = replace(actor, canonical=mention.canonical, code=mention.code or actor.code)
        actors.append(actor)
    return replace(event, actors=actors)


def mention_spans(article) -> dict:
    """{(start, end): Mention} of the article's mentions (the last one for a span)."""
    return {(m.start, m.end): m for m in getattr(article, "mentions", None) or ()}


def _seed_order(event: Event, affiliations: dict) -> tuple:
    """Best-attested mentions first: what happened, with the most named parties."""
    p = parties(event, affiliations)
    return (MODALITY_RANK.get(event.modality, 9), -(2 * len(p.people) + len(p.countries)),
            event.article, event.trigger.start)


def merge_events(articles: list) -> list:
    """Merge the events of annotated articles (list[Article]) into list[MergedEvent],
    date-sorted with undated events last. Articles marked as duplicates are skipped."""
    by_id = {a.id: a for a in articles}
    by_story: dict = {}
    contexts: dict = {}  # id(event copy) -> names in its sentence
    for article in articles:
        if article.duplicate_of:
            continue
        spans, names = mention_spans(article), name_mentions(article)
        for event in article.events:
            copy = refreshed(event, article, spans)
            contexts[id(copy)] = sentence_names(copy, article, names)
            by_story.setdefault(article.story, []).append(copy)
    affiliations = corpus_affiliations([e for events in by_story.values() for e in events])
    merged = []
    for story, events in by_story.items():
        ordered = sorted(events, key=lambda e: _seed_order(e, affiliations))
        merged.extend(merged_from_cluster(c, by_id, story)
                      for c in cluster_events(ordered, affiliations, contexts))
    seen: Counter = Counter()
    for event in merged:  # two distinct events may hash alike (same actors, same day)
        seen[event.id] += 1
        if seen[event.id] > 1:
            event.id = f"{event.id}-{seen[event.id]}"
    return sorted(merged, key=lambda m: (m.date is None, m.date or "",
                                         m.sources[0]["article"], m.sources[0]["char_start"]))
