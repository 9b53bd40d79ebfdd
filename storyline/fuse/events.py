"""Merging event mentions across outlets into one cited timeline.

Two event mentions are taken to be the same real-world event when they are in
the same story, their PLOVER types are compatible (equal, or both meetings of the
CONSULT family: met / held talks / visited / summit, but a phone call is not a
meeting), their dates agree, and their parties agree well enough:

- two people (or organisations) shared; or
- two countries shared, where a person counts for the country they act for
  ("Veloria's foreign minister, Aleksandr Petrovan" makes Petrovan Velorian for
  the whole corpus), so "the foreign ministers of Veloria and Karsk met" and
  "Petrovan held talks with Valen" can meet, when both tell one CAMEO family (a visit,
  "Wang visits Moscow", is not the talks held during it; across families only the two
  same people join "Putin receives Wang" and "Wang met Putin"); or
- one party shared and the same place or the same CAMEO code on the same day.

A mention that matches two clusters by these rules joins them when they agree as wholes
(greedy placement in one order may split one event: "will hold talks in Arusha next week"
matches both "the ministers met on Monday" and "opened talks in Arusha on Monday").
Two mentions naming different people on both sides never merge (one naming the people
of two such meetings joins the one its own day fits, else neither), nor does a plan
reported after the day another mention says the event happened (:func:`stale_plan`:
"Xi to hold a summit with Putin", written in February, is not their December
meeting; a plan written before the day is the event it announced). Dates agree when
equal, when one is unknown or coarser ("2024-03" / "2024-03-14"), when a date
taken only from the publication day falls up to a week after the other, or (with
two parties shared) when they are a day apart, which is kept as a date conflict.
With ``embeddings`` (and the all-MiniLM-L6-v2 weights installed), a trigger read in
its sentence may stand in for the place or the names: one party, the kind and the date
shared and trigger vectors at cosine 0.7 or more; no party named, 0.8 or more.
When the rules find no match, a learned pair score may join a mention to a cluster
of its story (mean probability over the members at least the fitted threshold, 0.5 or
more), and afterwards whole clusters join by the same mean, best first (average link,
:func:`join_clusters`): a logistic model over the trigger's stem and word, CAMEO code,
parties, date, place, sentence words, how alike the two articles are, and a table of
trigger pairs that told one event in the training stories ("died" / "killed", counts
only) (storyline/fuse/data/event_pairs.json, fitted on the ECB+ train topics by
``bench/ecb_events.py --product --export-pairs``), only where one member at least
shares the mention's trigger stem (any reading of its inflection: "offer" / "offered",
"held" / "hold"), or is paired with it in that table, or, with embeddings, reads alike,
or names one class of happening
("arrested" / "detained") with the place or a party in the same role in common
(:func:`triggers_related`), and no member
conflicts with it (:func:`pair_conflict`: other kinds or modalities, other
people, no party in common, firmly different dates, a report dated only by its own
day more than three months later). Missing evidence is no conflict:
an undated mention or one with no named party can join, and a date found only elsewhere
in the sentence or taken from the publication day weighs in the score rather than
forbidding.
A merged actor is shown by a name its own article supports (storyline.fuse.event_records).
What the articles disagree on (date, participants, place, counts, lengths, a denial or a plan
reported after its day against what happened) is kept in ``conflicts``
(:mod:`storyline.fuse.event_conflicts`; values inside one article are its own uncertainty);
the modality is "happened" once any outlet reports it.
A group named by its nationality ("Varnothian negotiators") counts as the country it acts
for, not as a person (:func:`storyline.fuse.event_match_parties.national_group`).
A plan (or a denial that it went ahead) dated to an earlier day joins what happened later,
when an outlet says it was put off; the record keeps the day it happened and shows the
planned days as a postponement (:mod:`storyline.fuse.event_postponed`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Optional

from ..model import Event
from .embed import load_encoder, trigger_vectors
from .event_conflicts import count_conflicts, event_conflicts  # noqa: F401  (re-exported)
from .event_records import (  # noqa: F401  (event_id, merged_from_cluster re-exported)
    _modality, corpus_names, event_id, merged_from_cluster, supported_name)
from .event_postponed import postponed_plans, postponed_record
from .event_spanning import spanned_meeting, spanning
from .event_match_parties import parties_apart
from .event_match import (  # noqa: F401  (kind_keys, name_mentions, sentence_names re-exported)
    DATE_SOURCE_WEIGHT, MODALITY_RANK, Parties, UNRESOLVED, _fold, _is_country, actor_key,
    actor_keys, cameo_family, corpus_affiliations, country_atom, kind_keys, kinds_compatible,
    match_strength, name_mentions,
    pair_conflict, pair_features, pair_model, pair_probability, parties, people_conflict,
    sentence_names, trigger_stems, triggers_related)
from ..time.fallback import fill_date_confidence
from .event_match_dates import _soft, dates_conflict, event_dates_compatible, stale_plan


def cluster_events(events: list, affiliations: Optional[dict] = None,
                   contexts: Optional[dict] = None, vectors: Optional[dict] = None,
                   model: Optional[dict] = None, doc_sims: Optional[dict] = None,
                   published: Optional[dict] = None) -> list:
    """Group event mentions (list[Event]) into clusters (list[list[Event]]), greedily in
    order: a mention joins the cluster it matches best, if it agrees with every member's
    date (a day apart at most; :func:`fits_dates`) and people, so that chains of weak links
    cannot snowball.
    When no cluster matches by the rules, it joins the cluster whose members it fits best
    by the learned pair score (mean probability, at least the model's threshold), unless
    a member conflicts with it (:func:`pair_conflict`) or none shares its trigger's stem.
    contexts (dict | None): id(event) -> names in its sentence (:func:`sentence_names`).
    vectors (dict | None): id(event) -> unit vector of its trigger (:func:`trigger_vectors`).
    model (dict | None): the pair model (:func:`pair_model`); None uses the rules alone.
    doc_sims (dict | None): {(article id, article id): similarity} (:func:`article_similarities`).
    published (dict | None): article id -> its publication day: a plan reported after the
        day another member says the event happened is another event (:func:`stale_plan`).
    A mention naming the people of two meetings ("Wang met Lavrov and Patrushev") is placed
    last, in the one its own day fits, else alone (storyline.fuse.event_spanning)."""
    published = published or {}
    clusters: list = []
    profiles: list = []
    named: list = []  # per cluster: Parties holding every person its members name
    # kind key -> clusters with a member of that kind: a cluster with none scores 0 and
    # cannot be chosen, so only these are scored (same result, far fewer pairs in big stories)
    by_kind: dict = {}
    stems = Counter(s for e in events for s in trigger_stems(e.trigger.text))
    mines = [parties(e, affiliations, (contexts or {}).get(id(e), frozenset())) for e in events]
    # a mention naming the people of two meetings is placed once both are made
    late = spanning(events, mines)
    alone: set = set()  # clusters of such a mention that fits neither meeting better
    gone: set = set()  # clusters emptied into another by a mention that bridges them
    for n in sorted(range(len(events)), key=lambda i: i in late):
        event, mine = events[n], mines[n]
        keys = kind_keys(event)
        candidates = sorted({i for key in keys for i in by_kind.get(key, ())} - alone - gone)
        fitting: dict = {}  # cluster index -> match score, for those the mention may join
        for index in candidates:
            cluster = clusters[index]
            score = max(match_strength(event, o, mine, p, _cosine(vectors, event, o))
                        for o, p in zip(cluster, profiles[index]))
            # every member must agree on the date, and the people named must fit those
            # the cluster names, so "Wang" alone cannot chain "Wang-Lavrov" to "Wang-Putin"
            if score > 0 and not people_conflict(mine, named[index]) and \
                    fits_dates(event, cluster) and not any(
                        parties_apart(event, o, mine, p)
                        for o, p in zip(cluster, profiles[index])) and not any(
                        stale_plan(event, o, published.get(event.article))
                        or stale_plan(o, event, published.get(o.article)) for o in cluster):
                fitting[index] = score
        best = max(fitting, key=lambda i: (fitting[i], -i)) if fitting else None
        if n in late:
            best = spanned_meeting(event, fitting, clusters, named)
            if best is None:
                alone.add(len(clusters))
        elif best is None and model is not None:
            best = _best_by_score(event, mine, [(i, clusters[i], profiles[i], named[i])
                                                for i in candidates], stems, vectors, model,
                                  doc_sims)
        if best is None:
            best = len(clusters)
            clusters.append([event])
            profiles.append([mine])
            named.append(Parties(mine.people, frozenset()))
        else:
            clusters[best].append(event)
            profiles[best].append(mine)
            named[best] = Parties(named[best].people | mine.people, frozenset())
            if n not in late:
                for index in bridged(best, fitting, clusters, named, published, profiles):
                    clusters[best] += clusters[index]
                    profiles[best] += profiles[index]
                    named[best] = Parties(named[best].people | named[index].people, frozenset())
                    clusters[index], profiles[index] = [], []
                    gone.add(index)
                    keys = keys | frozenset(k for k, held in by_kind.items() if index in held)
        for key in keys:
            by_kind.setdefault(key, set()).add(best)
    kept = [i for i in range(len(clusters)) if i not in gone]
    clusters, profiles = [clusters[i] for i in kept], [profiles[i] for i in kept]
    alone = {kept.index(i) for i in alone}
    if model is not None:
        return join_clusters(clusters, profiles, stems, vectors, model, doc_sims, alone)
    return clusters


def bridged(best: int, fitting: dict, clusters: list, named: list, published: dict,
            profiles: Optional[list] = None) -> list:
    """Indexes of the other clusters that a mention just placed in ``clusters[best]`` also
    matches by the rules (``fitting``: index -> match score) and that agree with it as a
    whole (every date fits both ways, the people named fit, no plan reported after the
    day the other tells it happened): the mention says they tell one event, which greedy
    placement in one order had split ("will hold talks in Arusha next week" matches both
    "the ministers met on Monday" and "opened talks in Arusha on Monday", which matched
    neither the other). Each is checked against the cluster as grown by those before it.
    published (dict): article id -> its publication day (:func:`stale_plan`).
    profiles (list | None): per cluster, its members' Parties: then no member may be a
        side meeting or an answer of another's (:func:`parties_apart`)."""
    out: list = []
    grown = list(clusters[best])
    sides = list(profiles[best]) if profiles else []
    people = named[best]
    for index in sorted(fitting):
        other = clusters[index]
        if index == best or not other or people_conflict(people, named[index]) or \
                not _one_event(grown, other, published) or profiles and any(
                    parties_apart(x, y, px, py) for x, px in zip(grown, sides)
                    for y, py in zip(other, profiles[index])):
            continue
        out.append(index)
        grown += other
        sides += profiles[index] if profiles else []
        people = Parties(people.people | named[index].people, frozenset())
    return out


def _one_event(a: list, b: list, published: dict) -> bool:
    """Whether two clusters (lists of Events) may be one event as wholes: every pair of
    kinds alike (:func:`kinds_alike`), every date fitting both ways (:func:`fits_dates`),
    and no plan reported after the day the other tells it happened (:func:`stale_plan`)."""
    return all(kinds_alike(x, y) for x in a for y in b) and \
        all(fits_dates(x, b) for x in a) and all(fits_dates(y, a) for y in b) and \
        not any(stale_plan(x, y, published.get(x.article))
                or stale_plan(y, x, published.get(y.article)) for x in a for y in b)


def kinds_alike(a: Event, b: Event) -> bool:
    """Whether two mentions may tell one kind of event whatever else they share: compatible
    kinds, both phoned or neither, and one CAMEO family when both are coded (a visit is not
    the meeting held during it)."""
    return kinds_compatible(a, b) and (a.mode == "phone") == (b.mode == "phone") and not (
        a.cameo and b.cameo and cameo_family(a.cameo) != cameo_family(b.cameo))


def join_clusters(clusters: list, profiles: list, stems: Counter, vectors: Optional[dict],
                  model: dict, doc_sims: Optional[dict] = None, apart: frozenset = frozenset()
                  ) -> list:
    """Average-link joining of event clusters (list[list[Event]]) by the learned pair score:
    the two clusters with the highest :func:`_mean_link` join, while it is at or above the
    model's threshold. Greedy placement sees only the clusters made so far; joining whole
    clusters lets two halves of one event told in either order meet.
    profiles (list[list[Parties]]): per cluster, its members' Parties.
    apart (set): indexes of clusters that join none (a sentence telling two meetings)."""
    import heapq
    embedded = vectors is not None and "embed_weights" in model
    threshold = model["embed_threshold" if embedded else "threshold"]
    clusters, profiles = [list(c) for c in clusters], [list(p) for p in profiles]
    keys = [set().union(*(kind_keys(e) for e in c)) for c in clusters]
    first = list(range(len(clusters)))  # output keeps the order clusters were made in
    alive = set(first)

    def link(i: int, j: int) -> Optional[float]:
        if not keys[i] & keys[j] or i in apart or j in apart:
            return None  # no kind in common: some pair conflicts
        mean = _mean_link(clusters[i], clusters[j], profiles[i], profiles[j], stems,
                          vectors if embedded else None, model, doc_sims)
        return mean if mean is not None and mean >= threshold else None

    heap = [(-m, i, j) for i in first for j in first[i + 1:] if (m := link(i, j)) is not None]
    heapq.heapify(heap)
    while heap:
        _, i, j = heapq.heappop(heap)
        if i not in alive or j not in alive:
            continue  # stale: one side joined since
        # the joined cluster takes a fresh index, so stale entries for i are skipped
        clusters.append(clusters[i] + clusters[j])
        profiles.append(profiles[i] + profiles[j])
        keys.append(keys[i] | keys[j])
        first.append(min(first[i], first[j]))
        alive -= {i, j}
        new = len(clusters) - 1
        for k in sorted(alive):
            if (m := link(k, new)) is not None:
                heapq.heappush(heap, (-m, k, new))
        alive.add(new)
    return [clusters[i] for i in sorted(alive, key=lambda i: first[i])]


def _mean_link(a: list, b: list, pa: list, pb: list, stems: Counter, vectors: Optional[dict],
               model: dict, doc_sims: Optional[dict]) -> Optional[float]:
    """Mean pair probability over the cross pairs of two clusters (lists of Events, with
    their Parties ``pa``, ``pb``), or None when none has related triggers
    (:func:`triggers_related`) or one conflicts (:func:`pair_conflict`, the people each
    cluster names, dates: :func:`fits_dates` both ways)."""
    # a lone mention with nothing but its word stays apart (see _word_only)
    if len(a) == 1 and _word_only(a, pa, b, pb) or len(b) == 1 and _word_only(b, pb, a, pa):
        return None
    pairs = model.get("word_pairs")
    sims = [[_cosine(vectors, x, y) for y in b] for x in a]
    if not any(triggers_related(x, y, sims[r][c], pairs) for r, x in enumerate(a)
               for c, y in enumerate(b)):
        return None
    named = [Parties(frozenset().union(*(p.people for p in q)), frozenset()) for q in (pa, pb)]
    # each cluster stands for what its strongest member tells (a plan the rules joined to
    # its happening is that happening)
    told = (_modality(a), _modality(b))
    if people_conflict(*named) or any(pair_conflict(x, y, px, py, told) for x, px in zip(a, pa)
                                      for y, py in zip(b, pb)) or \
            not all(fits_dates(x, b) for x in a) or not all(fits_dates(y, a) for y in b):
        return None
    return sum(pair_probability(pair_features(x, y, px, py, stems, sims[r][c], pairs,
                                              doc_similarity(doc_sims, x, y)), model)
               for r, (x, px) in enumerate(zip(a, pa))
               for c, (y, py) in enumerate(zip(b, pb))) / (len(a) * len(b))


def _word_only(a: list, pa: list, b: list, pb: list) -> bool:
    """Whether mentions ``a`` (their Parties ``pa``) tell nothing but their words (no party
    named, no date, no place) while every mention of ``b`` names its parties. The pair
    score does not join a lone such mention to such a cluster: in a story of several acts
    of one kind ("the ministers had agreed on an outline" beside "Petrovan and Valen
    agreed to reopen consulates"), a word alone cannot tell which one it is; the rules
    may still join it (a cluster the rules made of several has more than its words).
    ECB+ product CoNLL F1 train 76.7 unchanged, dev 72.4 -> 72.9; keeping whole such
    clusters apart too made train 76.2."""
    return all(not (p.people or p.countries or e.date or e.location_name)
               for e, p in zip(a, pa)) and all(p.people or p.countries for p in pb)


def fits_dates(event: Event, cluster: list) -> bool:
    """Whether ``event``'s date agrees with every member's (:func:`event_dates_compatible`,
    a day apart at most). A member dated only by its report's publication day (one the
    pair score may have let in from weeks later) does not veto a mention whose own date
    it does not firmly contradict (:func:`dates_conflict`), so one weakly dated report
    cannot split the mentions that the cluster's own dates agree with; a mention dated
    only that way must still agree with every member."""
    return all(event_dates_compatible(event, o, slack_days=1)
               or _soft(o) and not _soft(event) and not dates_conflict(event, o) for o in cluster)


def _best_by_score(event: Event, mine, candidates: list, stems: Counter,
                   vectors: Optional[dict], model: dict,
                   doc_sims: Optional[dict] = None) -> Optional[int]:
    """Index of the candidate cluster ((index, members, their Parties, people named))
    with the highest mean pair probability to ``event``, when at or above the model's
    threshold, no member conflicts with ``event`` and one at least has a related trigger
    (one member told with another word, joined by the rules, is missing evidence, not
    conflicting evidence); else None."""
    embedded = vectors is not None and "embed_weights" in model
    threshold = model["embed_threshold" if embedded else "threshold"]
    pairs = model.get("word_pairs")
    best, best_mean = None, threshold
    for index, cluster, profiles, named in candidates:
        if _word_only([event], [mine], cluster, profiles):
            continue
        sims = [_cosine(vectors, event, o) for o in cluster]
        told = (event.modality, _modality(cluster))  # as in _mean_link
        # the cheap test first: most clusters of a story share no word with the mention
        if not any(triggers_related(event, o, sim, pairs) for o, sim in zip(cluster, sims)) or \
                people_conflict(mine, named) or any(
                pair_conflict(event, o, mine, p, told) for o, p in zip(cluster, profiles)):
            continue
        mean = sum(pair_probability(pair_features(
            event, o, mine, p, stems, sim if embedded else None, pairs,
            doc_similarity(doc_sims, event, o)), model)
            for o, p, sim in zip(cluster, profiles, sims)) / len(cluster)
        if mean >= best_mean:
            best, best_mean = index, mean
    return best


def doc_similarity(doc_sims: Optional[dict], a: Event, b: Event) -> float:
    """Similarity of two mentions' articles: 1 for one article, else from ``doc_sims``
    (:func:`article_similarities`; 0 when missing)."""
    if a.article == b.article:
        return 1.0
    key = (a.article, b.article) if a.article < b.article else (b.article, a.article)
    return (doc_sims or {}).get(key, 0.0)


def article_similarities(articles: list, words: Optional[dict] = None) -> dict:
    """{(id a, id b): similarity}, a < b, of the articles (list[Article]) of each story, as
    story clustering compares them (storyline.fuse.stories.pair_similarities) but weighed
    within the story, where the words of its common subject weigh little.

    words (dict | None): article id -> its words (``story_features.stored_words``), when
        kept; the others are read from the text (``story_features.word_bags``)."""
    from .stories import pair_similarities
    by_story: dict = {}
    for article in articles:
        if not article.duplicate_of:
            by_story.setdefault(article.story, []).append(article)
    out: dict = {}
    for members in by_story.values():
        if len(members) > 1:
            out.update(pair_similarities(members, words=words))
    return out


def _cosine(vectors: Optional[dict], a: Event, b: Event) -> Optional[float]:
    if not vectors or id(a) not in vectors or id(b) not in vectors:
        return None
    return float(vectors[id(a)] @ vectors[id(b)])


def refreshed(event: Event, article, spans: Optional[dict] = None,
              renamed: Optional[dict] = None) -> Event:
    """A copy of ``event`` whose actors carry the canonical names and codes their
    mentions have now: entity linking may have rewritten them after the events stage.

    spans (dict | None): ``mention_spans(article)``, when made once for all its events.
    renamed (dict | None): filled with id(new actor) -> the canonical name it had before.
    """
    spans = mention_spans(article) if spans is None else spans
    actors = []
    for actor in event.actors:
        mention = spans.get((actor.start, actor.end)) if actor.canonical else None
        if mention is not None and mention.canonical and mention.canonical != actor.canonical \
                and mention.text == actor.text:
            before = actor.canonical
            actor = replace(actor, canonical=mention.canonical, code=mention.code or actor.code)
            if renamed is not None:
                renamed[id(actor)] = before
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


def story_events(articles: list, embeddings: bool = False,
                 renamed: Optional[dict] = None) -> tuple:
    """What merging reads, per story: (story -> [Event copies with refreshed actors],
    affiliations, contexts (id(event) -> names in its sentence), vectors or None).
    Articles marked as duplicates are skipped. renamed (dict | None): filled as
    :func:`refreshed` fills it."""
    by_story: dict = {}
    contexts: dict = {}  # id(event copy) -> names in its sentence
    for article in articles:
        if article.duplicate_of:
            continue
        spans, names = mention_spans(article), name_mentions(article)
        for event in fill_date_confidence(article).events:
            copy = refreshed(event, article, spans, renamed)
            contexts[id(copy)] = sentence_names(copy, article, names)
            by_story.setdefault(article.story, []).append(copy)
    affiliations = corpus_affiliations([e for events in by_story.values() for e in events])
    encoder = load_encoder() if embeddings else None
    vectors = trigger_vectors([e for events in by_story.values() for e in events],
                               encoder) if encoder is not None else None
    return by_story, affiliations, contexts, vectors


def merge_events(articles: list, embeddings: bool = False, learned=True,
                 words: Optional[dict] = None) -> list:
    """Merge the events of annotated articles (list[Article]) into list[MergedEvent],
    date-sorted with undated events last. Articles marked as duplicates are skipped.

    embeddings (bool): compare the mentions' sentences by all-MiniLM-L6-v2 vectors when
        its weights are installed (storyline.fuse.embed); without them, or when False,
        names, places and dates alone decide.
    learned (bool | dict): also merge by the pair score fitted on ECB+ (True: the model in
        fuse/data/event_pairs.json, when present; a dict: that model; False: rules alone).
    words (dict | None): article id -> the words of its story bags, when kept
        (``story_features.stored_words``): article similarity then reads no text again.
    """
    by_id = {a.id: a for a in articles}
    renamed: dict = {}  # id(actor) -> its own article's name, where linking renamed it
    by_story, affiliations, contexts, vectors = story_events(articles, embeddings, renamed)
    model = pair_model() if learned is True else (learned or None)
    doc_sims = article_similarities(articles, words) if model is not None else None
    published = {a.id: a.published for a in articles if a.published}
    merged, names = [], {}  # names: article id -> its linked names (linked_summary's known)
    named = corpus_names(articles)
    for story, events in by_story.items():
        ordered = sorted(events, key=lambda e: _seed_order(e, affiliations))
        clusters = cluster_events(ordered, affiliations, contexts, vectors, model, doc_sims,
                                  published)
        # a plan put off to a later day joins what happened then (storyline.fuse.event_postponed)
        moved = postponed_plans(clusters, kinds_alike)
        joined = {i for plans in moved.values() for i in plans}
        for index, cluster in enumerate(clusters):
            if index in moved:
                plans = [e for i in moved[index] for e in clusters[i]]
                merged.append(postponed_record(cluster, plans, by_id, story, names, named,
                                               renamed))
            elif index not in joined:
                merged.append(merged_from_cluster(cluster, by_id, story, names, named, renamed))
    seen: Counter = Counter()
    for event in merged:  # two distinct events may hash alike (same actors, same day)
        seen[event.id] += 1
        if seen[event.id] > 1:
            event.id = f"{event.id}-{seen[event.id]}"
    return sorted(merged, key=lambda m: (m.date is None, m.date or "",
                                         m.sources[0]["article"], m.sources[0]["char_start"]))
