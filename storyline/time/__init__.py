"""The time stage: temporal expressions, the publication date, event dates.

Usable alone::

    from storyline.time import normalize, extract_timexes, resolve_event_date
    normalize("on Wednesday", "2023-02-24", "past")["value"]  # "2023-02-22"

The stage assigns ``Article.timexes`` (offsets into ``Article.text``, with their
sentence index) and fills ``published`` / ``published_source`` /
``published_evidence`` when metadata did not (see :mod:`.published`).
"""
from __future__ import annotations

from ..config import Config
from ..model import Article
from ..pipeline import register_stage
from .corpus import infer_corpus_dates
from .event_date import contract_date, resolve_event_date
from .extract import extract_timexes, find_timex_spans
from .normalize import normalize
from .published import date_article

__all__ = ["normalize", "extract_timexes", "find_timex_spans", "resolve_event_date",
           "contract_date", "infer_corpus_dates", "date_article", "annotate_times"]


def annotate_times(article: Article) -> Article:
    """Date the article (if it can be) and resolve its temporal expressions."""
    from ..nlp import body_text  # furniture ("20 minutes ago") is blanked, offsets kept

    date_article(article)
    # a dateline ("JOHANNESBURG, August 7 (Xinhua) --") is furniture, but its date is a real date
    article.timexes = extract_timexes(body_text(article, keep=("dateline",)), article.published, article.doc,
                                      article.sentences or None)
    return article


@register_stage("time", assigns=["Article.timexes", "Article.published",
                                 "Article.published_source", "Article.published_evidence"],
                languages=("en",))
def make_stage(config: Config):
    return annotate_times
