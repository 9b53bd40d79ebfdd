"""The fuse stage: many annotated articles in, one merged Dossier out.

Steps, in order (each reads what the one before set on the articles):
1. stories  — incremental clustering; sets ``Article.story``;
2. dates    — undated articles anchored by dated ones reporting the same event;
3. entities — one node per real entity across articles; rewrites mention canonicals;
4. events   — the same event from several outlets becomes one record, conflicts kept;
5. quotes   — one statement in several wordings becomes one quote with its variants.

:func:`fuse_incremental` does the same after an ingest of a few new articles, merging
again only the stories they touch and keeping every other merged record as it was. Both
read the articles in one canonical order (:func:`canonical_order`), so the same articles
give the same Dossier however they are listed or were ingested.

Merging stored articles again starts from each one's own publication date, as a merge from
scratch does, not from the date an earlier merge inferred (clustering and story records read
dates): :func:`restore_own_dates` gives it back from the dating records a store keeps
(``Store.datings``, made by :mod:`storyline.time.redate`), whose re-dated timexes and events
an article dated again as before takes back instead of being parsed (:func:`keep_datings`
makes the records of a merge).
"""
from __future__ import annotations

import gc
import hashlib
from collections import Counter, defaultdict
from contextlib import contextmanager
from copy import copy
from typing import Callable, Iterable, Optional

from ..config import Config
from ..model import Article, Dossier, article_summary
from ..pipeline import register_stage

# the layers an incremental fuse reads of every article (stories, entities and events are
# merged over the whole corpus); timexes and quotes are read only for re-merged stories
LEAN_LAYERS = ("mentions", "events")


@contextmanager
def collector_spared():
    """Move every object alive on entry out of the cyclic collector's reach until exit.

    Why: the annotated corpus (mentions, events, spans: millions of objects) is alive the
    whole merge, and each full collection the merge's many small dicts and lists trigger
    walked all of it again (on 600 corpus articles, fuse 9.5 -> 8.7 s). Objects made inside
    are collected as usual; a cycle among the objects on entry that the merge drops is
    collected after exit (no output reads the collector). A caller
    that froze objects itself is left alone (``gc.freeze`` is process-wide). Used as a
    decorator (``@collector_spared()``) on the merge entry points; nesting is harmless."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@collector_spared()
def fuse_articles(articles: list[Article], config: Config) -> Dossier:
    """Merge annotated articles into a Dossier (articles, entities, timeline, quotes, stories).

    articles (list[Article]): annotated articles (changed in place: story, dates, canonicals).
    Within ``time.redate.keeping(records)``, an article dated by inference as a record there
    says takes the record's re-dated layers back instead of being parsed.
    """
    from ..entities.kb import load_kb
    from ..entities.link import link_entities
    from ..entities.redate import resolve_roles_by_date
    from ..time.corpus import infer_corpus_dates
    from ..time.redate import kept_records
    from .events import merge_events
    from .quotes import merge_quotes
    from .stories import assign_stories, name_linked_entities, story_name_mentions

    given, articles = articles, canonical_order(articles)
    originals = [a for a in articles if a.duplicate_of is None]
    stories = assign_stories(articles, config.story_threshold)
    named = story_name_mentions(stories, originals)  # before role dating and linking rename them
    reresolve_inferred(originals, config.spacy_model)  # dates given as inferred, with no record
    infer_corpus_dates(originals, config.spacy_model, kept_records())
    kb = load_kb(tuple(config.kb_files))
    resolve_roles_by_date([a for a in originals if a.published_source == "inferred"], kb)
    entities = unique_ids(link_entities(originals, kb=kb))
    name_linked_entities(stories, named, {e.name for e in entities})
    timeline = unique_ids(merge_events(originals, embeddings=config.embeddings))
    quotes = unique_ids(merge_quotes(originals, timeline))
    # dates inferred in step 2 can move a story's first/last day
    stories = _refresh_story_dates(stories, articles)
    return Dossier(
        articles=[article_summary(a) for a in given],  # the caller's order
        entities=entities,
        timeline=timeline,
        quotes=quotes,
        stories=stories,
    )


def canonical_order(articles: list[Article]) -> list[Article]:
    """The articles sorted by id: every step reads articles in some order (greedy clustering,
    first-member choices, ties between articles of one day), so fusing the same articles
    given in any order must start from one order to give one result."""
    return sorted(articles, key=lambda a: a.id)


def reresolve_inferred(articles: Iterable[Article], model: Optional[str]) -> None:
    """Re-date the timexes and events of articles given with a publication date an earlier
    fuse inferred and no dating record of it (their stored layers were dated without it).
    Each such article is parsed again with ``model`` (the clause rules of
    time/event_date.py read the parse)."""
    from ..time.corpus import reresolve

    for article in articles:
        if article.published_source == "inferred" and article.published:
            reresolve(article, model)


def restore_own_dates(originals: list[Article], dating: Optional[dict]) -> tuple:
    """Give each article its own publication date back in place of the one the last merge
    inferred, so that clustering, story records and date inference read what a merge from
    scratch reads. Returns (kept records, {id: own date} or None, ids of stale articles).

    originals (list[Article]): articles as stored (changed in place).
    dating (dict | None): article id -> dating record (None: nothing is changed). An article
        stored with an inferred date and no record (a store from before records were kept)
        is taken as undated, and named among the stale ones, to be dated again.
    """
    from ..time.redate import date_of, set_date

    if dating is None:
        return {}, None, set()
    kept, own, stale = dict(dating), {}, set()
    for article in originals:
        record = kept.get(article.id)
        if record:
            set_date(article, record.get("own"))
        elif article.published_source == "inferred":
            set_date(article, None)
            stale.add(article.id)
        own[article.id] = date_of(article)
    return kept, own, stale


def keep_datings(dating: Optional[dict], originals: list[Article], own: Optional[dict],
                 model: Optional[str]) -> None:
    """Replace the records in ``dating`` by those of the articles now dated by inference.

    own (dict | None): article id -> its own date, from :func:`restore_own_dates`."""
    from ..time.redate import dating_record

    if dating is None or own is None:
        return
    dating.clear()
    dating.update({a.id: dating_record(a, own.get(a.id), model) for a in originals
                   if a.published_source == "inferred" and a.published})


def date_as_kept(articles: list[Article], kept: dict, model: Optional[str],
                 fill: Optional[Callable] = None) -> None:
    """Give articles the date the last merge inferred and its re-dated timexes and events,
    from their records (``kept``); one whose record no longer fits (other rules or model)
    has its timexes read (``fill``) and is parsed and re-dated again."""
    from ..time.corpus import reresolve
    from ..time.redate import apply_record, set_date

    for article in articles:
        record = kept.get(article.id)
        if not record:
            continue
        set_date(article, record.get("date"))
        if not apply_record(article, record, model):
            if fill is not None:
                fill([article], ("timexes",))
            reresolve(article, model)


def unique_ids(records: list) -> list:
    """Records whose content-derived ids collide (namesakes in unrelated stories, two
    same-day meetings of the same people) keep apart ids: the first keeps the plain id,
    each later one gets a suffix from its first source article, stably."""
    seen: set = set()
    for record in records:
        if record.id in seen:
            anchor = _first_article(record) or str(len(seen))
            suffix = hashlib.sha1(f"{record.id}|{anchor}".encode("utf-8")).hexdigest()[:6]
            record.id = f"{record.id}-{suffix}"
            while record.id in seen:  # same first article too: extend until free
                record.id += "x"
        seen.add(record.id)
    return records


def _first_article(record) -> str:
    articles = getattr(record, "articles", None)
    if articles:
        return articles[0]
    sources = getattr(record, "sources", None) or []
    return sources[0].get("article", "") if sources else ""


def _refresh_story_dates(stories, articles):
    by_id = {a.id: a for a in articles}
    for story in stories:
        dates = sorted(by_id[i].published for i in story.articles if i in by_id and by_id[i].published)
        story.first, story.last = (dates[0], dates[-1]) if dates else (None, None)
    return stories


@register_stage("fuse", assigns=["Article.story", "Dossier"])
def make_fuse_stage(config: Config):
    def fuse(articles: list[Article], dossier: Dossier) -> Dossier:
        return fuse_articles(articles, config)

    return fuse


# ---- incremental fuse: only the stories new articles touch ------------------------


@collector_spared()
def fuse_incremental(articles: list[Article], new_ids: Iterable[str], previous: Dossier,
                     config: Config, fill: Optional[Callable] = None,
                     bags: Optional[dict] = None, dating: Optional[dict] = None) -> Dossier:
    """The Dossier ``fuse_articles`` would give, re-merging only what ``new_ids`` touch.

    articles (list[Article]): every stored article; old ones carry their ``story``. With
        ``fill``, they may come with only the ``LEAN_LAYERS`` read.
    new_ids (Iterable[str]): ids of the articles added since ``previous`` was made.
    previous (Dossier): the merged records saved by the last fuse.
    fill (callable | None): ``fill(articles, layers)`` reads the named layers into
        articles that lack them (``Store.fill_layers``); only the articles of the stories
        re-merged are filled, so most of a large store is never read whole.
    bags (dict | None): article id -> ``stories.feature_bags`` kept from earlier merges
        (``Store.story_features``); the missing ones are made and added to it.
    dating (dict | None): article id -> dating record kept by the last merge
        (``Store.datings``); on return it holds this merge's. None: none kept.

    New articles join stories by the clustering of fuse/stories.py, computed on the pairs
    that involve a new article (the only pairs that can change a grouping, since two
    existing stories never merge); only the touched stories' records and dates are made
    again. Entities are linked and events merged over the whole corpus, as a full fuse
    does (both are fast, and both carry signals across stories: a new spelling renames an
    entity everywhere, a new "Petrovan, Veloria's foreign minister" decides how his
    events elsewhere merge). Quotes are merged again for the stories whose events or
    entity names changed, or whose statements, matched with this merge's linked names, fall
    into other quotes; every other story's quotes are kept from ``previous``. Dates are
    inferred again in the touched stories (inference reads only story-mates), with each
    article's own date as a start; the other stories' articles take theirs from ``dating``,
    as do the touched ones dated again as before: only a new or changed date is parsed.
    """
    from ..entities.kb import load_kb
    from ..entities.link import link_entities
    from ..entities.redate import resolve_roles_by_date
    from .events import merge_events
    from .stories import name_linked_entities, story_name_mentions

    new_ids = set(new_ids)
    bags = {} if bags is None else bags  # the bags placing makes, reused by event merging
    given, articles = articles, canonical_order(articles)
    originals = [a for a in articles if a.duplicate_of is None]
    dating = {} if dating is None else dating
    kept, own, stale = restore_own_dates(originals, dating)
    touched = place_new_articles(articles, config.story_threshold, bags)
    touched |= {a.story for a in articles if a.id in new_ids and a.story}
    stories = _updated_stories(articles, touched, previous.stories)
    named = story_name_mentions(stories, originals)  # before role dating and linking rename them
    redate = touched | _stories_of(originals, stale)  # stories whose dates are inferred again
    filled = _redate(originals, redate, kept, own, dating, config.spacy_model, fill)
    kb = load_kb(tuple(config.kb_files))
    resolve_roles_by_date([a for a in originals if a.published_source == "inferred"], kb)
    entities = unique_ids(link_entities(originals, kb=kb))
    # every story's names: a new spelling renames an entity everywhere
    name_linked_entities(stories, named, {e.name for e in entities})
    timeline = unique_ids(merge_events(originals, embeddings=config.embeddings,
                                       words=_kept_words(originals, bags)))
    changed = (touched | _stories_of(originals, _renamed_articles(previous.entities, entities))
               | _stories_with_changed_events(previous.timeline, timeline))
    return Dossier(
        articles=[article_summary(a) for a in given],
        entities=entities,
        timeline=timeline,
        quotes=_remerged_quotes(originals, changed, timeline, previous.quotes, fill, filled,
                                {i for i, record in kept.items() if record}),
        stories=_refresh_story_dates(stories, articles),
    )


def _redate(originals: list[Article], redate: set, kept: dict, own: dict, dating: dict,
            spacy_model: str, fill: Optional[Callable]) -> set:
    """Date the articles again: those of the ``redate`` stories by corpus inference (their
    timexes and quotes read in first), the others as ``kept`` says; then keep this merge's
    datings in ``dating``. kept, own: ``restore_own_dates``'. Returns the ids filled."""
    from ..time.corpus import infer_corpus_dates

    filled = _fill(fill, [a for a in originals if a.story in redate], ("timexes", "quotes"), set())
    date_as_kept([a for a in originals if a.story not in redate], kept, spacy_model, fill)
    infer_corpus_dates([a for a in originals if a.story in redate], spacy_model, kept)
    keep_datings(dating, originals, own, spacy_model)
    return filled


def _kept_words(originals: list[Article], bags: dict) -> dict:
    """Article id -> ``stored_words`` of its kept bags, for event merging's article
    similarity (which then reads no text; the names, which linking has just rewritten, are
    read afresh). Only of articles sharing their story with another original: event
    merging compares no others."""
    from .story_features import stored_words

    size = Counter(a.story for a in originals)
    return {a.id: stored_words(bags[a.id], a) for a in originals
            if a.id in bags and size[a.story] > 1}


def _remerged_quotes(originals: list[Article], changed: set, timeline: list, previous: list,
                     fill: Optional[Callable], filled: set, dated: set) -> list:
    """Quotes merged again for the ``changed`` stories and those whose statements now match
    otherwise (:func:`_stories_matched_otherwise`), copies of the ``previous`` ones for the rest.

    filled (set): ids of articles whose timexes and quotes are read in already; dated (set):
    ids whose timexes their dating record gave (``date_as_kept``): the others of a story
    merged again have their stored timexes read in, as a full merge reads them (a day named
    beside a quote decides which event it was said at)."""
    from .quotes import merge_quotes

    _fill(fill, originals, ("quotes",), filled)  # matching reads every story's quotes
    changed = changed | _stories_matched_otherwise(
        [a for a in originals if a.story not in changed], previous)
    again = [a for a in originals if a.story in changed]
    _fill(fill, [a for a in again if a.id not in dated], ("timexes",), filled)
    quotes = merge_quotes(again, [e for e in timeline if e.story in changed])
    # copies: ``previous`` stays what the store holds, for the caller to diff against
    kept = [copy(q) for q in previous if q.story not in changed]
    summaries = {e.id: e.summary for e in timeline}
    for quote in kept:  # a kept event's summary can change (its place) with no field compared
        quote.event_summary = summaries.get(quote.event)
    return unique_ids(kept + quotes)


def _stories_matched_otherwise(articles: list[Article], previous: list) -> set:
    """Stories of ``articles`` whose quotes, matched again with this merge's entity linking,
    fall into other merged quotes (members, speaker, wording) than ``previous`` holds. A
    statement's speaker is read through corpus-wide linked names (``quote_match.who_spoke``:
    "the presidential nominee" linked to a name or not), which articles of other stories
    can change; their occasions (events) are compared apart, by the timeline.

    articles (list[Article]): originals of the stories kept, quotes and mentions read in;
    previous (list[MergedQuote]): the quotes of the last merge."""
    from .quotes import merge_quotes

    stories = {a.story for a in articles}

    def by_story(quotes) -> dict:
        out: dict = defaultdict(set)
        for quote in quotes:
            if quote.story in stories:
                out[quote.story].add((quote.speaker, quote.speaker_code, quote.text, quote.kind,
                                      tuple(sorted((s.get("article"), s.get("char_start"),
                                                    s.get("char_end")) for s in quote.sources))))
        return out

    old, new = by_story(previous), by_story(merge_quotes(articles))
    return {story for story in old.keys() | new.keys() if old.get(story) != new.get(story)}


def _fill(fill: Optional[Callable], articles: list[Article], layers: tuple, done: set) -> set:
    """Read ``layers`` into the articles not in ``done`` (when a ``fill`` is given);
    returns ``done`` with their ids added."""
    todo = [a for a in articles if a.id not in done]
    if fill is not None and todo:
        fill(todo, layers)
    return done | {a.id for a in todo}


def _stories_with_changed_events(before: list, after: list) -> set:
    """Stories whose merged events differ, between two timelines, in what quote merging
    reads of them (id, order, source offsets, actor names and roles, type, modality, date)."""
    def by_story(timeline: list) -> dict:
        out: dict = defaultdict(list)
        for event in timeline:
            out[event.story].append((
                event.id, tuple((s.get("article"), s.get("char_start")) for s in event.sources),
                tuple((a.get("name"), a.get("role")) for a in event.actors),
                event.type, event.modality, event.date))
        return out

    old, new = by_story(before), by_story(after)
    return {story for story in old.keys() | new.keys() if old.get(story) != new.get(story)}


def place_new_articles(articles: list[Article], threshold: float,
                       bags: Optional[dict] = None) -> set:
    """Give each original article without a story one, as ``cluster_stories`` would; return
    the ids of the stories that got articles (new stories included).

    bags (dict | None): article id -> ``stories.feature_bags``, kept from earlier ingests;
        the bags of articles missing from it are made and added to it.

    The similarities and the average-link clustering are fuse/stories.py's, over the whole
    corpus's TF-IDF, but only pairs with a new article are scored: a pair of old articles
    links two stories that may never merge, so it cannot change the result.
    """
    from .stories import (average_link, entity_names, feature_bags, publication_day,
                          publication_order, story_id, story_similarities)

    docs = publication_order([a for a in articles if a.duplicate_of is None])
    new = {a.id for a in docs if not a.story}
    by_id = {a.id: a for a in docs}
    if new:
        bags = {} if bags is None else bags
        bags.update({a.id: feature_bags(a) for a in docs if a.id not in bags})
        fixed = {a.id: a.story for a in docs if a.story}
        days = {a.id: publication_day(a.published) for a in docs}
        sims, knit = story_similarities({i: bags[i] for i in by_id}, days, new)
        groups = defaultdict(list)
        names = {a.id: frozenset(entity_names(a)) for a in docs}  # the second pass, as a full merge
        for item, rep in average_link([a.id for a in docs], sims, threshold, fixed, names, knit).items():
            groups[rep].append(item)
        position = {a.id: n for n, a in enumerate(docs)}
        for ids in groups.values():
            if not new.intersection(ids):
                continue
            members = sorted((by_id[i] for i in ids), key=lambda a: position[a.id])
            sid = next((a.story for a in members if a.story), None) or story_id(members[0].id)
            for article in members:
                article.story = sid
    for article in articles:  # an exact duplicate sits in its original's story
        if article.duplicate_of in by_id:
            article.story = by_id[article.duplicate_of].story
    return {by_id[i].story for i in new}


def _updated_stories(articles: list[Article], touched: set, previous: list) -> list:
    """Story records: rebuilt for ``touched`` stories, kept for the rest; in the order of each
    story's first article (publication order), as ``cluster_stories`` returns them. A kept
    record lists its articles' names before linking again, as a rebuilt one does: the stored
    list holds the names the last merge's linking gave, which this merge's may change."""
    from .stories import publication_order, story_record

    docs = publication_order([a for a in articles if a.duplicate_of is None])
    members: dict = defaultdict(list)
    for article in docs:
        members[article.story].append(article)
    kept = {s.id: copy(s) for s in previous if s.id not in touched}
    records = []
    for sid, group in members.items():
        record = story_record(sid, group)
        if sid in kept:
            kept[sid].entities = record.entities
        records.append(kept.get(sid) or record)
    return records


def _renamed_articles(before: list, after: list) -> set:
    """Ids of articles whose set of entity names differs between two entity lists."""
    def names(entities: list) -> dict:
        out: dict = defaultdict(set)
        for entity in entities:
            for article_id in entity.articles:
                out[article_id].add(entity.name)
        return out

    old, new = names(before), names(after)
    return {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}


def _stories_of(articles: list[Article], ids: set) -> set:
    return {a.story for a in articles if a.id in ids and a.story}
