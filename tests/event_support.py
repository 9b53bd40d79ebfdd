"""Shared helpers for the event tests on invented articles: one pipeline per test module,
articles dated by metadata, the one event a trigger names, an event's parties."""
from storyline.config import Config
from storyline.model import Article
from storyline.pipeline import Pipeline


def dated_annotator(article_id: str, published: str = "2023-03-22"):
    """A function text -> Article run through every per-article stage, the article published
    on ``published`` (from metadata); build it once per module (it loads the pipeline)."""
    pipeline = Pipeline(Config(jobs=1))

    def annotate(text: str) -> Article:
        (article,) = pipeline.pipe([Article(id=article_id, text=text, published=published,
                                            published_source="metadata")], jobs=1)
        return article
    return annotate


def at(article, trigger):
    """The one event of ``article`` whose trigger starts with ``trigger`` (fails otherwise)."""
    found = [e for e in article.events if e.trigger.text.startswith(trigger)]
    assert len(found) == 1, [(e.trigger.text, e.type, e.modality) for e in article.events]
    return found[0]


def roles(event):
    """{(actor text, role)} of ``event``."""
    return {(a.text, a.role) for a in event.actors}


def kinds(article):
    """[(trigger text, PLOVER type)] of ``article``'s events, in order."""
    return [(e.trigger.text, e.type) for e in article.events]
