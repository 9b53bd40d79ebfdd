"""The fuse stage: many annotated articles in, one merged Dossier out.

Steps, in order (each reads what the one before set on the articles):
1. stories  — incremental clustering; sets ``Article.story``;
2. dates    — undated articles anchored by dated ones reporting the same event;
3. entities — one node per real entity across articles; rewrites mention canonicals;
4. events   — the same event from several outlets becomes one record, conflicts kept;
5. quotes   — one statement in several wordings becomes one quote with its variants.
"""
from __future__ import annotations

import hashlib

from ..config import Config
from ..model import Article, Dossier, article_summary
from ..pipeline import register_stage


def fuse_articles(articles: list[Article], config: Config) -> Dossier:
    """Merge annotated articles into a Dossier (articles, entities, timeline, quotes, stories)."""
    from ..entities.kb import load_kb
    from ..entities.link import link_entities
    from ..time.corpus import infer_corpus_dates
    from .events import merge_events
    from .quotes import merge_quotes
    from .stories import assign_stories

    originals = [a for a in articles if a.duplicate_of is None]
    stories = assign_stories(articles, config.story_threshold)
    infer_corpus_dates(originals)
    entities = unique_ids(link_entities(originals, kb=load_kb(tuple(config.kb_files))))
    timeline = unique_ids(merge_events(originals))
    quotes = unique_ids(merge_quotes(originals, timeline))
    # dates inferred in step 2 can move a story's first/last day
    stories = _refresh_story_dates(stories, articles)
    return Dossier(
        articles=[article_summary(a) for a in articles],
        entities=entities,
        timeline=timeline,
        quotes=quotes,
        stories=stories,
    )


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
