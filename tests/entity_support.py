"""Shared helpers for the entity tests on invented articles: an article of a story run
through the entities stage, the mention at a surface, the one linked entity of a name."""
from storyline.entities import annotate_entities
from storyline.model import Article


def story_article(id_, text, story="s1", published=None):
    """Article ``id_`` of ``story`` with ``text``, its entity mentions annotated."""
    return annotate_entities(Article(id=id_, text=text, story=story, published=published))


def mention(article, surface, nth=0):
    """The mention whose span starts at the nth occurrence of ``surface``."""
    at = -1
    for _ in range(nth + 1):
        at = article.text.index(surface, at + 1)
    found = [m for m in article.mentions if m.start == at]
    assert found, f"no mention at {surface!r}"
    return found[0]


def by_name(entities, name):
    """The one entity of ``entities`` named ``name``."""
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, [e.name for e in entities]
    return found[0]
