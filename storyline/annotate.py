"""``storyline annotate``: every layer of one article, with character offsets.

    from storyline import annotate
    layers = annotate("Wang Yi met Sergei Lavrov on Wednesday.", published="2023-02-22")

Offsets index the input string exactly as given: cleaning blanks furniture
instead of removing it, so ``text[start:end]`` is always the span's text. The
benchmarks call this same function, so their figures are what users get.

``annotate_batch`` is the batched form; ``annotate_corpus`` reads many articles as
one corpus and adds what ``storyline ingest`` links across them (each entity's
corpus-level ``entity`` name, each article's ``story``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

from .config import Config
from .errors import IngestError
from .model import Article, Span
from .pipeline import Pipeline


@lru_cache(maxsize=2)
def _pipeline(stages: tuple) -> Pipeline:
    return Pipeline(Config(stages=list(stages), jobs=1))


def _span(span: Optional[Span]) -> Optional[dict]:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def layers(article: Article) -> dict:
    """The annotate output for one annotated article."""
    return {
        # the headline and the outlet the input names (file header, HTML or JSONL fields), else None
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "published_source": article.published_source,
        # what gave the date: {"method", "text", "start", "end", "confidence"} (offsets into text)
        "published_evidence": article.published_evidence,
        "sentences": [{"start": s, "end": e} for s, e in article.sentences],
        "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                    for t in article.timexes],
        "entities": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type,
                      "canonical": m.canonical, "code": m.code, "kind": m.kind}
                     for m in article.mentions],
        "events": [{
            "trigger": _span(e.trigger), "type": e.type, "cameo": e.cameo, "modality": e.modality,
            "date": e.date,
            "actors": [{"start": a.start, "end": a.end, "text": a.text, "canonical": a.canonical, "role": a.role}
                       for a in e.actors],
            "location": _span(e.location),
        } for e in article.events],
        # the parts of one quote split by its attribution share a ``group`` (else None)
        "coding": article.coding,
        "quotes": [{"source": _span(q.source), "cue": _span(q.cue), "content": _span(q.content),
                    "speaker": q.speaker, "kind": q.kind, "group": q.group} for q in article.quotes],
        # why a layer may be empty: "W003 … language …" when the English stages skipped it
        "warnings": list(article.warnings),
    }


def annotate_article(article: Article, stages: Optional[list] = None) -> dict:
    """Run the per-article stages on ``article`` (nothing is stored) and return its layers."""
    pipeline = _pipeline(tuple(stages or Config().stages))
    (done,) = pipeline.annotate_batch([article])
    return layers(done)


def annotate_batch(articles: list, stages: Optional[list] = None, jobs: int = 1) -> list[dict]:
    """Layers of many articles at once (batched ``nlp.pipe``; ``jobs`` worker processes).

    articles (list[Article | dict | str]): the inputs, as ``Pipeline.pipe`` takes them.
    stages (list[str]): the per-article stages to run (default: all), e.g. ["clean", "nlp", "time"].
    Returns one annotate dict per article, in order, each with its ``id``.
    """
    pipeline = _pipeline(tuple(stages or Config().stages))
    return [{"id": done.id, **layers(done)} for done in pipeline.pipe(articles, jobs=jobs)]


def annotate_corpus(articles: list, stages: Optional[list] = None, jobs: int = 1) -> list[dict]:
    """Layers of many articles read as one corpus, linked the way ``storyline ingest`` links them.

    articles (list[Article | dict | str]): the corpus, as ``Pipeline.pipe`` takes them.
    stages (list[str]): the per-article stages to run (default: all).
    jobs (int): worker processes for the per-article stages.
    Returns one annotate dict per article, in order, each with its ``id`` and its ``story``;
    each entity keeps its within-article ``canonical`` and adds ``entity``: the name of the
    corpus-level entity the corpus stages (stories, then entity linking) joined it to. The
    publication date, time expressions and event dates are those after the corpus stages
    (an undated article dated from another of its story, its relative dates re-read), as
    ``storyline ingest`` stores them.
    """
    pipeline = _pipeline(tuple(stages or Config().stages))
    done = list(pipeline.pipe(articles, jobs=jobs))
    # the corpus stages rewrite each mention's canonical: keep the article-level layers first
    outputs = [{"id": a.id, **layers(a)} for a in done]
    pipeline.fuse(done)
    for output, article in zip(outputs, done):
        output["story"] = article.story
        for entity, mention in zip(output["entities"], article.mentions):
            entity["entity"] = mention.canonical
        _refresh_dates(output, article)
    return outputs


def _refresh_dates(output: dict, article: Article) -> None:
    """Copy into ``output`` (an annotate dict taken before the corpus stages) the dates those
    stages may have set on ``article``: its publication date and evidence, its time
    expressions' values and its events' dates."""
    fused = layers(article)
    for key in ("published", "published_source", "published_evidence", "timexes"):
        output[key] = fused[key]
    if len(output["events"]) == len(fused["events"]):
        for event, dated in zip(output["events"], fused["events"]):
            event["date"] = dated["date"]


def annotate(text: str, published: Optional[str] = None) -> dict:
    """Every layer of one article given as a string.

    text (str): the article, exactly as it is (offsets index this string).
    published (str): its publication date (YYYY-MM-DD), when known.
    """
    from .ingest.ids import article_id

    article = Article(id=article_id(text), text=text, published=published,
                      published_source="metadata" if published else None)
    return annotate_article(article)


def annotate_path(path: str, published: Optional[str] = None,
                  stages: Optional[list] = None) -> Iterator[dict]:
    """Annotate each article in a file (one output per JSONL record) or stdin ("-").

    path (str): a text, HTML, JSONL or feed file, or "-".
    published (str): a publication date (YYYY-MM-DD) overriding what the file gives.
    stages (list[str]): the per-article stages to run (default: all).
    """
    from .ingest import read_inputs

    for item in read_inputs([path], Config()):
        if isinstance(item, IngestError):
            yield {"error": str(item)}
            continue
        if published:
            item.published, item.published_source = published, "metadata"
        yield {"id": item.id, **annotate_article(item, stages)}
