"""Parsing again, for re-dating: an article whose publication date the corpus stages
inferred has its events dated again against that date, after the spaCy Doc of the nlp
stage is gone (it never leaves the worker, and the store keeps no parse). Without a
parse the clause rules of :mod:`.event_date` do not apply (a date inside a relative
clause, a bound "before March", a report's date told of what it reports), so the article's
body is parsed again, only for those articles and only for the time of re-dating.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Optional

from ..config import DEFAULT_SPACY_MODEL as DEFAULT_MODEL
from ..model import Article


def needs_parse(article: Article) -> bool:
    """Whether ``article`` lacks the parse the nlp stage gave it: English (the stage reads
    no other language), sentences found by that stage, and no Doc now."""
    return article.doc is None and bool(article.sentences) and (article.lang or "en") == "en"


def parse_body(article: Article, model: str = DEFAULT_MODEL):
    """The spaCy Doc of ``article``'s body, as the nlp stage made it (furniture blanked by
    spaces, so token offsets are offsets into ``article.text``), or None when the model
    cannot be loaded.

    article (Article): the article; model (str): installed spaCy model package name."""
    from ..nlp import body_text, load_model, parse_text

    try:
        nlp = load_model(model)
    except (OSError, ImportError):  # no model installed: re-date with the rules that need none
        return None
    # the date rules read tags, lemmas and the dependency parse, never the entities, and
    # named-entity recognition is half of the model's time (the parse is the same without)
    return parse_text(nlp, body_text(article), disable=("ner",))


@contextmanager
def parsed(article: Article, model: Optional[str] = DEFAULT_MODEL) -> Iterator[Article]:
    """Within the block, ``article.doc`` holds a parse when :func:`needs_parse` says it
    lacks one (model None: never parse); afterwards the Doc is dropped again, so later
    corpus steps read the article as they would have without it."""
    added = model is not None and needs_parse(article)
    if added:
        article.doc = parse_body(article, model)
    try:
        yield article
    finally:
        if added:
            article.doc = None
