"""Stories: group articles that report one real-world event or development.

Two articles are compared by two TF-IDF cosines, mixed:

- the *whole* article: content words of the body (page furniture left out; the
  headline and lead sentence counted extra), numbers, and canonical entity names;
- the *lead*: headline plus the first body sentences, where news states what
  happened. Two reports of one event share their lead; two events of one kind
  among the same actors (a meeting, then a reshuffle a week later) share
  background paragraphs but not their leads.

Features found in a single article are left out of the vectors (they link nothing)
but not out of their length, so two articles are as close as the share of *all* their
words in common: normalising over shared features alone put 50 of 60 ECB+ articles, no
two of one event, in a story with another (24 now; `bench/stories.py --mixed`, feed "1").

Articles are grouped by average-link agglomerative clustering over candidate
pairs (articles sharing one of their strongest features, found via an inverted
index, so the work stays near-linear in practice). Average link, unlike single
link, does not chain: a story absorbs an article only when it is similar to the
story's members on average. Two stories also need a link of at least
``COHESION`` times the mean similarity inside each: in a small corpus, where
IDF cannot yet tell event-type words ("earthquake", "rescuers") from the
arguments that tell events apart (place, size, toll), reports of one event are
far more alike among themselves than with another event of the same kind.
A second pass joins stories of three articles or more that name one party in most
articles when linked at 0.77 of the threshold and at least 0.55 of their inner
similarity: in a corpus of one kind of event, such halves of one story stayed apart.
Time: outlets word one occasion differently, so their reports share few words (PolNeAR
groups of 3-5 publishers on one debate or primary night scored 0.03-0.15, like unrelated
campaign articles). Pairs published within ``NEAR_DAYS`` are raised (:func:`time_weighted`)
by how rare such closeness is in the corpus, and found as candidates by their days as well
as their words (:func:`near_pairs`); undated corpora (ECB+) are unchanged. Only pairs that
name a party alike are raised (:func:`share_a_name`): two reports of one week sharing generic
words ("police", "charged") are not one occasion; the cohesion rule still reads every close
pair raised (a story of same-day reports naming no one alike stays as tight as it was).
Where more than ``CROWD`` reports naming a party alike came out within those days (a campaign
fortnight), they hold several occasions, and the raise is scaled down (:func:`crowd_damped`).
These time functions live in :mod:`storyline.fuse.story_time`.
Quoted words: two reports quoting one run of five content words alike tell one statement
(all 144 ECB+ train pairs sharing one are of one event), so such pairs are candidates and,
unless dated more than ``QUOTE_DAYS`` apart (a famous line is quoted again for months), their
joining similarity is raised by ``QUOTE_LIFT`` (:func:`story_similarities`).
Days told: reports of one occasion tell the same days ("on Tuesday", "July 5"), what closeness
in time cannot say when a feed is that occasion's coverage alone: such pairs are raised as
much as rare closeness would raise them (:func:`days_told_raised`).
Words common in news: the idf of the whole and lead vectors is smoothed by ``BACKGROUND_DOCS``
articles of news in general (:func:`smoothed_idf`; a word's share of them from its frequency in
English, ``story_features.background_share``; for articles in English or of unknown language
only, ``story_features.language_feature``), so that a small feed, such as five reports of one
meeting, weighs the rare names its reports share above "president" and "talks"; the corpus's own
counts take over as it grows. Event merging's ``pair_similarities`` reads the corpus alone.
The bags of one article are read in :mod:`storyline.fuse.story_features`; their TF-IDF vectors
and the cosines of many pairs at once are made in :mod:`storyline.fuse.story_vectors`.
Near-duplicate copies (from ingest) are clustered as one article. Articles that
already carry a story id (from an earlier ingest) keep it; two such stories are
never merged, so ids stay stable.
"""
from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from datetime import date
from typing import Iterable, Optional

from ..model import Article, Story
from ..time.calendar import finest_first
from .story_features import (  # noqa: F401  (ENTITY_WEIGHT .. lead_spans re-exported)
    ARTICLE_TOKENS, BACKGROUND_DOCS, LEAD_TOKENS, background_share, smoothed_idf,
    ENTITY_WEIGHT, LEAD_SENTENCES, LEAD_WEIGHT, article_features, entity_names, feature_bags,
    LANG_PREFIX, NAME_PREFIX, headline, joined_bags, language_feature, lead_features, lead_spans,
    proper_names, quote_pairs, split_bags,
    told_days, without_days, without_quotes, word_bags)
from .story_time import (  # noqa: F401  (closeness in time, re-exported)
    CROWD, MAX_BLOCK, NEAR_BOOST, NEAR_DAYS, crowd_damped, dated_ordinals, days_told_raised, near_pairs,
    share_a_name, time_weighted)
from .story_vectors import pair_dots, tfidf_vectors  # noqa: F401  (tfidf_vectors re-exported)

LEAD_MIX = 0.4  # share of the lead cosine in the pair similarity
COHESION = 0.4  # two stories merge only if linked at least this share of their inner similarity
# the second pass (see the module docstring): fitted on ECB+ train topics clustered one
# topic at a time, checked on the whole train split, corpora of three topics, mixed feeds
JOIN_SHARE, JOIN_COHESION, JOIN_MIN = 0.77, 0.55, 3
MAX_GAP_DAYS = 45  # publication dates further apart: similarity halved
# two reports quoting one run of words (story_features.quoted_runs) tell one statement:
# their similarity is raised by QUOTE_LIFT (the threshold: two reports alone join), however
# differently they word the rest, unless both are dated more than QUOTE_DAYS apart (on the
# 2,000-article bench corpus, runs of four words at any distance changed 66 stories, most by
# lines quoted again months later; runs of five within 3 days change 7)
QUOTE_LIFT, QUOTE_DAYS = 0.13, 3
TOP_FEATURES = 20  # an article's strongest features used to find candidate pairs


def _blocks(vectors: dict, top: int) -> dict:
    """{feature: [article ids]} over each article's ``top`` strongest features."""
    blocks: dict = defaultdict(list)
    for aid, vec in vectors.items():
        for f in sorted(vec, key=vec.get, reverse=True)[:top]:
            blocks[f].append(aid)
    return blocks


def candidate_pairs(vectors: dict, top: int = TOP_FEATURES, max_block: int = MAX_BLOCK,
                    new: Optional[set] = None) -> set:
    """Pairs (a, b), a < b, of article ids sharing one of their ``top`` strongest features.

    vectors (dict[str, dict]): from ``tfidf_vectors``; a feature held by more than
    ``max_block`` articles is too common to block on and is skipped.
    new (set[str]): when given, only the pairs holding one of these ids.
    """
    pairs = set()
    for members in _blocks(vectors, top).values():
        if len(members) > max_block:
            continue
        if new is None:
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    pairs.add((a, b) if a < b else (b, a))
        else:
            fresh = [m for m in members if m in new]
            pairs.update((a, b) if a < b else (b, a) for a in fresh for b in members if a != b)
    return pairs


def _similarities(whole: dict, lead: dict, days: dict, pairs: Iterable, mix: float = LEAD_MIX) -> dict:
    """{(a, b): (1 - mix) * whole cosine + mix * lead cosine, halved past ``MAX_GAP_DAYS``}, > 0 only,
    in the order of ``pairs`` (the cosines: ``story_vectors.pair_dots``)."""
    pairs = list(pairs)
    sims = {}
    for (a, b), on_whole, on_lead in zip(pairs, pair_dots(whole, pairs), pair_dots(lead, pairs)):
        sim = (1 - mix) * on_whole + mix * on_lead
        if days.get(a) and days.get(b) and abs((days[a] - days[b]).days) > MAX_GAP_DAYS:
            sim *= 0.5
        if sim > 0:
            sims[(a, b)] = sim
    return sims


def _day(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    parts = (value.split("T")[0].split("-") + ["01", "01"])[:3]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def pair_similarities(articles: list[Article], mix: float = LEAD_MIX,
                      names: Optional[dict] = None, words: Optional[dict] = None) -> dict:
    """{(id a, id b): similarity} over candidate pairs, a < b.

    Similarity = (1 - mix) * whole-article cosine + mix * lead cosine, halved when
    both articles are dated more than ``MAX_GAP_DAYS`` apart (a later story on the
    same actors). names (dict | None): article id -> ``entity_names``, when known.
    words (dict | None): article id -> its ``story_features.stored_words``, when known
    (else ``word_bags`` reads them). Quoted runs are left out, and so are the candidates
    by days and quotes (story clustering adds them in :func:`story_similarities`).
    """
    names, words = names or {}, words or {}
    read = {a.id: words.get(a.id) or word_bags(a) for a in articles}
    whole = tfidf_vectors(without_quotes(
        {a.id: article_features(a, names.get(a.id), read[a.id]) for a in articles})[0])
    lead = tfidf_vectors({a.id: lead_features(a, read[a.id]) for a in articles})
    days = {a.id: _day(a.published) for a in articles}
    return _similarities(whole, lead, days, candidate_pairs(whole), mix)


def average_link(ids: list, sims: dict, threshold: float, fixed: Optional[dict] = None,
                 names: Optional[dict] = None, knit: Optional[dict] = None) -> dict:
    """Agglomerative clustering, average link, stopping below ``threshold``; then, with
    ``names``, stories of ``JOIN_MIN`` articles or more that name one party in most of
    their articles join at ``JOIN_SHARE`` times the threshold when their link is at
    least ``JOIN_COHESION`` times the mean inside each (see :func:`_merge_pass`).

    ids (list[str]): items; sims (dict[(str, str), float]): similarities of the
    candidate pairs (a missing pair counts 0); fixed (dict[str, str]): item -> an
    existing cluster label; items with one label start together, and two clusters
    holding different labels never merge; names (dict[str, frozenset] | None): item ->
    the entity names it mentions; knit (dict[(str, str), float] | None): the similarities
    the cohesion rule reads (``story_similarities``' second), else ``sims`` again.
    Returns {item: representative item}.
    """
    fixed = fixed or {}
    members = {i: [i] for i in ids}
    for label_items in _group_by(fixed).values():
        head = label_items[0]
        for other in label_items[1:]:
            members[head] += members.pop(other)
    rep = {i: r for r, ms in members.items() for i in ms}
    # summed similarity between clusters and within each: of ``sims`` (what joins), and of
    # how tightly knit the clusters are (``knit``, else ``sims`` again)
    state = {"members": members, "label": {r: fixed.get(r) for r in members}, "fixed": fixed,
             "among": getattr(knit, "among", None), "completed": set()}
    for links, inner, pairs in (("links", "inner", sims), ("knit", "knit_inner", sims if knit is None else knit)):
        state[links], state[inner] = defaultdict(lambda: defaultdict(float)), defaultdict(float)
        for (a, b), s in pairs.items():
            ra, rb = rep[a], rep[b]
            if ra == rb:
                state[inner][ra] += s
            else:
                state[links][ra][rb] += s
                state[links][rb][ra] += s
    _merge_pass(state, threshold, COHESION, min_size=1)
    if names is not None:
        _merge_pass(state, threshold * JOIN_SHARE, JOIN_COHESION, JOIN_MIN, names)
    return {i: r for r, ms in state["members"].items() for i in ms}


def _merge_pass(state: dict, threshold: float, cohesion: float, min_size: int,
                names: Optional[dict] = None) -> None:
    """Merge clusters of ``state`` (members, label, links, inner; updated in place), best
    average link first, while it is at least ``threshold``, between clusters of
    ``min_size`` items or more linked at least ``cohesion`` times the mean link inside
    each and (with ``names``: item -> entity names) sharing a name most of their items
    mention. The second pass joins halves of one story in a corpus of one kind of event,
    whose words weigh little there: they link weakly, yet as closely as each is knit.
    An article alone or a pair is never pulled in by it."""
    members, label, links = state["members"], state["label"], state["links"]
    knit, knit_inner = state["knit"], state["knit_inner"]
    known: dict = {}  # cluster -> its salient names, until it next grows

    def salient(k: str) -> set:
        if k not in known:
            counts = Counter(n for item in members[k] for n in names.get(item, ()))
            known[k] = {n for n, c in counts.items() if 2 * c >= len(members[k])}
        return known[k]

    def score(a: str, b: str, sums: dict = links) -> float:
        return sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))

    def knit_inside(k: str) -> float:
        if state["among"] and label[k] and k not in state["completed"]:  # its earlier articles' pairs
            state["completed"].add(k)
            knit_inner[k] += state["among"]([i for i in members[k] if state["fixed"].get(i)])
        return knit_inner[k] * 2 / (len(members[k]) * (len(members[k]) - 1))

    def eligible(a: str, b: str) -> bool:
        if label[a] and label[b] or min(len(members[a]), len(members[b])) < min_size:
            return False  # two earlier stories keep apart
        # a weak link between two tight stories (one shared background article) is not enough
        inside = [knit_inside(k) for k in (a, b) if len(members[k]) > 1]
        if inside and score(a, b, knit) < cohesion * min(inside):
            return False
        return names is None or bool(salient(a) & salient(b))

    heap = [(-score(a, b), a, b) for a in links for b in links[a] if a < b]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or abs(score(a, b) + neg) > 1e-12:
            continue  # a stale entry: one side merged since it was pushed
        if -neg < threshold:
            break
        if not eligible(a, b):
            continue
        if label[b] and not label[a]:
            a, b = b, a  # the labelled cluster absorbs the new one
        for sums, inner in ((links, state["inner"]), (knit, knit_inner)):
            inner[a] += inner.pop(b, 0.0) + sums[a].get(b, 0.0)
            for c, s in sums.pop(b, {}).items():
                del sums[c][b]
                if c != a:
                    sums[a][c] += s
                    sums[c][a] += s
            sums[a].pop(b, None)
        members[a] += members.pop(b)
        known.pop(a, None)
        for c in links[a]:
            heapq.heappush(heap, (-score(a, c), min(a, c), max(a, c)))


def _group_by(mapping: dict) -> dict:
    groups: dict = defaultdict(list)
    for key, value in mapping.items():
        groups[value].append(key)
    return groups


def story_id(first_article_id: str) -> str:
    return "s" + hashlib.sha1(first_article_id.encode()).hexdigest()[:10]


def _order(articles: list[Article]) -> list[Article]:
    indexed = list(enumerate(articles))
    indexed.sort(key=lambda p: (p[1].published is None, p[1].published or "", p[0]))
    return [a for _, a in indexed]


def near_duplicate_leaders(docs: list[Article]) -> dict:
    """{article id: id of the earliest article it is a near-duplicate of} (chains followed).

    docs (list[Article]): in publication order; ``near_duplicates`` from ingest.
    Syndicated copies are clustered as one article: kept apart, their near-identical
    pair would make a story look far tighter than its other reports.
    """
    position = {a.id: n for n, a in enumerate(docs)}
    leader: dict = {}
    for article in docs:
        if article.story:
            continue  # placed by an earlier ingest: stays where it is
        earlier = [leader.get(o, o) for o in article.near_duplicates
                   if o in position and position[o] < position[article.id]]
        if earlier:
            leader[article.id] = min(earlier, key=position.get)
    return leader


def cluster_stories(articles: list[Article], threshold: float = 0.13) -> list[Story]:
    """Assign ``article.story`` to every article and return the stories.

    articles (list[Article]): annotated articles; those with ``story`` set keep it.
    threshold (float): average similarity a group of articles needs to the rest of
    a story to join it (0-1).
    Returns list[Story], in order of each story's first article (publication order).
    """
    docs = _order([a for a in articles if a.duplicate_of is None])
    leader = near_duplicate_leaders(docs)
    units = [a for a in docs if a.id not in leader]
    fixed = {a.id: a.story for a in units if a.story}
    counted = {a.id: entity_names(a) for a in units}  # read once: features and second pass
    names = {aid: frozenset(c) for aid, c in counted.items()}
    # closeness in time is read over every original, as incremental placement reads it
    days = {a.id: _day(a.published) for a in docs}
    bags = {a.id: (joined_bags(article_features(a, counted[a.id]), told_days(a), proper_names(a),
                               language_feature(a)), lead_features(a)) for a in units}
    sims, knit = story_similarities(bags, days)
    grouping = average_link([a.id for a in units], sims, threshold, fixed, names, knit)
    grouping.update({aid: grouping[lead] for aid, lead in leader.items()})
    position = {a.id: n for n, a in enumerate(docs)}
    stories = []
    for ids in _group_by(grouping).values():
        members = sorted((docs[position[i]] for i in ids), key=lambda a: position[a.id])
        sid = next((a.story for a in members if a.story), None) or story_id(members[0].id)
        for article in members:
            article.story = sid
        stories.append((position[members[0].id], _story_record(sid, members)))
    every = {a.id: a for a in articles}
    for article in articles:  # an exact duplicate sits in its original's story
        if article.duplicate_of and article.duplicate_of in every:
            article.story = every[article.duplicate_of].story
    return [story for _, story in sorted(stories, key=lambda p: p[0])]


STORY_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE"})  # the mentions a story record lists


def _story_record(sid: str, members: list[Article]) -> Story:
    # a publication date known only to the month ("2026-03", inferred) neither opens nor
    # closes a story whose other articles give days within it
    dates = sorted((a.published for a in members if a.published), key=finest_first)
    last = max((a.published for a in members if a.published), default=None)
    names = Counter(m.canonical for a in members for m in a.mentions
                    if m.canonical and m.type in STORY_ENTITY_TYPES)
    titled = [a.title for a in members if a.title]
    title = titled[0] if titled else members[0].text.strip().split("\n")[0][:100]
    return Story(id=sid, title=title, articles=[a.id for a in members],
                 first=dates[0] if dates else None, last=last,
                 entities=[name for name, _ in names.most_common(8)])


def assign_stories(articles: Iterable[Article], threshold: float) -> list[Story]:
    """The fuse step's entry point (kept separate so a later store-backed version can replace it)."""
    return cluster_stories(list(articles), threshold)


# ---- public API for incremental placement (fuse.fuse_incremental) -------------------


def publication_order(articles: list[Article]) -> list[Article]:
    """The articles in publication order, undated last, ties in the given order."""
    return _order(articles)


def publication_day(value: Optional[str]) -> Optional[date]:
    """The day of an ISO date or datetime ("2024-03" -> 2024-03-01), or None."""
    return _day(value)


def story_record(sid: str, members: list[Article]) -> Story:
    """The Story record of ``members`` (list[Article], in publication order) under id ``sid``."""
    return _story_record(sid, members)


def story_name_mentions(stories: list[Story], originals: list[Article]) -> dict:
    """{story id: {name: [Mention]}}: each name a story record lists, with the mentions of
    its member articles counted under it. Read when the records are made, before entity
    linking rewrites the names (:func:`name_linked_entities`).

    stories (list[Story]): records whose ``entities`` are article-level canonical names;
    originals (list[Article]): the articles that are no exact duplicate, ``story`` set.
    """
    held = {s.id: {name: [] for name in s.entities} for s in stories}
    for article in originals:
        names = held.get(article.story)
        if names is None:
            continue
        for mention in article.mentions:
            if mention.canonical in names and mention.type in STORY_ENTITY_TYPES:
                names[mention.canonical].append(mention)
    return held


def name_linked_entities(stories: list[Story], held: dict, listed: set) -> None:
    """Name each linked entity a story lists once, as linking named it (in place).

    A record lists the names its articles used before entity linking ("Charles Mwale Phiri",
    "Charles Phiri" of one man); linking rewrites each mention's ``canonical`` to its entity's
    name. A listed name some of its mentions still carry stays; any other becomes the name
    of a ``listed`` entity most of its mentions now carry (none: it stays, as no entity is
    listed under it), and a name linking joined to one listed earlier is dropped.

    held (dict): :func:`story_name_mentions`' of these stories; listed (set[str]): the
    names of the entities linking lists.
    """
    for story in stories:
        mentions_of, names = held.get(story.id, {}), []
        for name in story.entities:
            linked = Counter(m.canonical for m in mentions_of.get(name, ()) if m.canonical in listed)
            if linked and name not in linked:
                name = linked.most_common(1)[0][0]
            if name not in names:
                names.append(name)
        story.entities = names


def story_similarities(bags: dict, days: dict, new: Optional[set] = None) -> tuple:
    """What story clustering joins by: ``pair_similarities`` over the pairs sharing a strong
    word, published within days (``near_pairs``) or quoting one run of words (``quote_pairs``).

    bags (dict[str, tuple[Counter, Counter]]): article id -> ``feature_bags``, for every
        article of the corpus (the TF-IDF weights are the whole corpus's);
    days (dict[str, date|None]): article id -> ``publication_day``, of every original;
    new (set[str] | None): ids of the articles being placed: only pairs holding one.
    Returns (sims, knit): sims {(id a, id b): similarity}, a < b, ``days_told_raised``
    (else ``time_weighted``; both only for pairs naming a party alike, ``share_a_name``; both
    scaled down in crowded days, ``crowd_damped``), then raised by ``QUOTE_LIFT`` for pairs
    quoting one run of words (not more than ``QUOTE_DAYS`` apart when both are dated); knit,
    ``time_weighted``'s (every close pair raised), not raised
    for days told or quotes: what :func:`average_link`'s cohesion rule reads.
    """
    # names: whether closeness counts (share_a_name)
    words, runs, told, names, langs = split_bags({i: b[0] for i, b in bags.items()})
    foreign = frozenset(i for i, lang in langs.items() if lang)  # the news-word prior is English
    # names are known of an article whose entities were read: it has some ``ent:`` feature
    named = {i: frozenset(n) for i, n in names.items() if n or any(f.startswith("ent:") for f in words[i])}
    whole = tfidf_vectors(words, ARTICLE_TOKENS, foreign=foreign)
    lead = tfidf_vectors({i: b[1] for i, b in bags.items()}, LEAD_TOKENS, foreign=foreign)
    quoted = quote_pairs(runs, MAX_BLOCK, new)
    every = dated_ordinals(days)  # sorted once: each story's ``among`` below reads it again
    pairs = candidate_pairs(whole, new=new) | near_pairs(days, whole, new=new, every=every) | quoted
    plain = _similarities(whole, lead, days, pairs)
    timed, knit = time_weighted(plain, days, named=named, dated=every)
    # what joins is raised; how tightly a story is knit is not (a pair quoting alike, raised
    # there too, would make its story's other reports look loose beside it)
    raised = crowd_damped(plain, days_told_raised(plain, timed, tfidf_vectors(told), named=named), days, named)
    for a, b in quoted:
        if days.get(a) and days.get(b) and abs((days[a] - days[b]).days) > QUOTE_DAYS:
            continue
        raised[(a, b)] = raised.get((a, b), 0.0) + QUOTE_LIFT
    if new is None:
        return raised, knit
    found: dict = {}  # made once, at the first story that asks

    def among(items: list) -> float:
        """The summed knit of the pairs among ``items`` (earlier articles), as scored above."""
        if not found:
            found["tops"] = defaultdict(set)
            for f, members in _blocks(whole, TOP_FEATURES).items():
                for m in members if len(members) <= MAX_BLOCK else ():
                    found["tops"][m].add(f)
            found["quoted"] = quote_pairs(runs, MAX_BLOCK)
        tops, ids = found["tops"], sorted(items)
        pairs = {(a, b) for n, a in enumerate(ids) for b in ids[n + 1:]
                 if not tops[a].isdisjoint(tops[b]) or (a, b) in found["quoted"]} | near_pairs(days, ids, every=every)
        return sum(time_weighted(_similarities(whole, lead, days, pairs), days, named=named, dated=every)[1].values())
    return raised, KnitScores(knit, among)


class KnitScores(dict):
    """``story_similarities``' knit when only the pairs holding a new article were scored,
    with ``among(items)``: the summed knit of the pairs among earlier articles. Why: the
    cohesion rule reads how tightly each story is knit, and an earlier story is knit by its
    earlier articles; read as 0, a weak link (0.10) from a new group passed the rule that a
    full merge of the same articles applies (the bundled sample, ingested in two parts)."""

    def __init__(self, pairs: dict, among) -> None:
        super().__init__(pairs)
        self.among = among
