"""What the story, entity and index pages (and their JSON twins) show, read from the store
piece by piece: a story's events and quotes by its id, an entity's by its names, article
summaries, stories and entity ids only for those on the page, per-story event counts with
one GROUP BY. Nothing here reads the whole fused corpus.

Each function takes a store (``storyline.store.open_store``) and contract dicts, and
returns plain data shaped as the pages and the JSON API use it.
"""
from __future__ import annotations

from typing import Iterable, Optional

from ..report.dating import with_date_sources
from ..report.story_summary import summarize_story
from . import queries


def referenced_articles(records: Iterable[dict]) -> list[str]:
    """Distinct article ids a page may name an outlet for: the sources, quote variants and
    conflict values of ``records`` (contract events or quotes), in first-seen order."""
    ids: list = []
    for record in records:
        ids += queries.event_articles(record)
        ids += [v.get("article") for v in record.get("variants") or [] if isinstance(v, dict)]
        for conflict in record.get("conflicts") or []:
            values = conflict.get("values") or [] if isinstance(conflict, dict) else []
            for value in values:
                if isinstance(value, dict):
                    ids += value.get("articles") or []
    return [i for i in dict.fromkeys(ids) if isinstance(i, str) and i]


def known_actors(store, timeline: list[dict]) -> Optional[set[str]]:
    """Case-folded actor names of ``timeline`` that name a canonical entity, for
    ``queries.network``; None when the store has no entities at all (then every actor is drawn)."""
    if not store.has_entities():
        return None
    names = {a.get("name") for e in timeline for a in e.get("actors") or []
             if isinstance(a, dict) and isinstance(a.get("name"), str)}
    found = store.known_entity_names(names)
    return {n.casefold() for n in names if n.strip().lower() in found}


def entity_ids(store, names: Iterable) -> dict:
    """Entity name -> entity id, for the exact ``names`` a page links (actors, speakers, mentions)."""
    return store.entity_ids_named({n for n in names if isinstance(n, str) and n})


# what the pages read beside the JSON bundles: links and outlet names
PAGE_ONLY = ("by_article", "entity_ids", "stories")


def json_part(view: dict) -> dict:
    """A page's view without its page-only lookups: the JSON API's answer."""
    return {k: v for k, v in view.items() if k not in PAGE_ONLY}


def story_bundle(store, story: dict) -> dict:
    """The JSON of ``/api/stories/{id}``: ``story_view`` without the page's lookups, and the
    story's cited ``summary``."""
    view = story_view(store, story)
    return {**json_part(view), "summary": view_summary(view)}


def view_summary(view: dict) -> dict:
    """The cited account of a ``story_view`` (``report.story_summary.summarize_story``)."""
    return summarize_story(view["story"], view["timeline"], view["quotes"], view["by_article"],
                           view["entities"])


def entity_bundle(store, entity: dict, limit: Optional[int] = None, offset: int = 0) -> dict:
    """The JSON of ``/api/entities/{id}``: ``entity_view`` (one page of each list) without the
    page's lookups."""
    return json_part(entity_view(store, entity, limit, offset))


def story_view(store, story: dict) -> dict:
    """Everything the story page shows, as plain data: the story, its member articles (in
    the story's order), its entities (by id, else by name or alias), its events (date-sorted)
    and quotes, who-met-whom, coverage per outlet, and ``by_article`` (summaries of every
    article the page names) and ``entity_ids`` (the page's actor and speaker names)."""
    with store.reading():
        timeline = with_date_sources(store, store.page_timeline(None, story["id"])[1])
        quotes = store.page_quotes(story["id"])[1]
        member_ids = list(story.get("articles") or [])
        by_article = store.summaries_by_id(member_ids + referenced_articles(timeline + quotes))
        keys = [str(k) for k in story.get("entities") or []]
        candidates = store.entities_for_keys(keys)
        known = known_actors(store, timeline)
        names = [a.get("name") for e in timeline for a in e.get("actors") or [] if isinstance(a, dict)]
        ids = entity_ids(store, names + [q.get("speaker") for q in quotes])
    return {
        "story": story,
        "articles": [by_article[a] for a in member_ids if a in by_article],
        "entities": [e for key in keys if (e := queries.find_entity(candidates, key))],
        "timeline": timeline, "quotes": quotes,
        "network": queries.network(timeline, known),
        "compare": queries.compare(timeline, quotes, by_article),
        "by_article": by_article,
        "entity_ids": ids,
    }


def entity_names(entity: dict) -> list[str]:
    """An entity's name and aliases, stripped and lower-cased, as the store's filters match them."""
    names = [entity.get("name"), *(entity.get("aliases") or [])]
    return sorted({n.strip().lower() for n in names if isinstance(n, str) and n.strip()})


def entity_view(store, entity: dict, limit: Optional[int] = None, offset: int = 0) -> dict:
    """An entity with one page of its events (an actor goes by one of its names), of its quotes
    (the speaker does) and of the articles that mention it (in the entity's order), ``stories``
    (id -> story, for the stories the page's events belong to), the page asked for (``limit``,
    ``offset``) and ``totals`` ({"timeline", "quotes", "articles"}: how many there are in all).

    limit (int|None): records per list (None: all the rest); offset (int): records skipped in each.
    """
    names = entity_names(entity)
    article_ids = list(entity.get("articles") or [])
    shown_ids = queries.paginate(article_ids, limit, offset)
    with store.reading():
        n_events, timeline = store.page_timeline(names, limit=limit, offset=offset)
        timeline = with_date_sources(store, timeline)
        n_quotes, quotes = store.page_quotes(None, names, limit, offset)
        summaries = store.summaries_by_id(shown_ids)
        stories = store.stories_by_id(e["story"] for e in timeline if e.get("story"))
    return {"entity": entity, "timeline": timeline, "quotes": quotes,
            "articles": [summaries[a] for a in shown_ids if a in summaries], "stories": stories,
            "limit": limit, "offset": offset,
            "totals": {"timeline": n_events, "quotes": n_quotes, "articles": len(article_ids)}}


def coverage(store, story_id: Optional[str] = None) -> dict:
    """``queries.compare`` over one story's events and quotes, or over the whole corpus when
    ``story_id`` is None (outlet names read only for the articles the facts cite)."""
    with store.reading():
        timeline = store.page_timeline(None, story_id)[1]
        quotes = store.page_quotes(story_id)[1]
        summaries = store.summaries_by_id(referenced_articles(timeline + quotes))
    return queries.compare(timeline, quotes, summaries)


def index_context(store, limit: Optional[int] = None, offset: int = 0) -> dict:
    """The index page: one page of the stories (latest first) with their event counts, one page
    of the articles (insertion order), those of them in no story, the titles of the stories
    the page's articles belong to, the page asked for and ``totals`` ({"stories", "articles"}).

    limit (int|None): records per list (None: all the rest); offset (int): records skipped in each.
    """
    with store.reading():
        n_stories, stories = store.page_stories(limit, offset)
        counts = store.story_event_counts(s["id"] for s in stories)
        n_articles, articles = store.page_articles(None, None, limit, offset)
        shown = {s["id"]: s for s in stories}
        others = store.stories_by_id(a["story"] for a in articles
                                     if a.get("story") and a["story"] not in shown)
    titles = {i: s.get("title") or i for i, s in {**others, **shown}.items()}
    return {"stories": stories, "event_counts": {s["id"]: counts.get(s["id"], 0) for s in stories},
            "story_titles": titles, "articles": articles,
            "loose": [a for a in articles if not a.get("story")],
            "limit": limit, "offset": offset, "totals": {"stories": n_stories, "articles": n_articles}}
