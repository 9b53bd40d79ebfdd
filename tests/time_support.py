"""Helpers shared by the time-stage test files (tests/test_time_*.py)."""
from storyline.time import extract_timexes, normalize


def value(text, reference=None, tense=None):
    """The TIMEX3 value ``normalize`` gives ``text`` against ``reference`` (and ``tense``)."""
    return normalize(text, reference, tense)["value"]


def parsed(nlp, text, reference):
    """Timexes found in ``text`` parsed by ``nlp``, by their surface text."""
    return {t.text: t for t in extract_timexes(text, reference, nlp(text))}


def annotated(nlp, text, published, article_id="w"):
    """An invented article published on ``published`` (metadata), parsed by ``nlp`` and
    through the time stage."""
    from storyline.model import Article
    from storyline.nlp import sentence_spans
    from storyline.time import annotate_times

    article = Article(id=article_id, text=text, published=published, published_source="metadata")
    article.doc = nlp(text)
    article.sentences = sentence_spans(article.doc)
    return annotate_times(article)


def date_at(article, word, nth=0):
    """The resolver's date of an event whose trigger is the ``nth`` whole ``word`` in the text."""
    import re

    from storyline.time import resolve_event_date

    start = [m.start() for m in re.finditer(rf"\b{word}\b", article.text)][nth]
    return resolve_event_date(article, article.sentence_index(start), start)


def story_event(article_id, text, phrase, date_text, day=None, source="none", kind="AGREE",
                parties=(("Ruritania", "Ruritania"), ("Freedonia", "Freedonia"))):
    """An event of ``kind`` whose trigger is ``phrase`` of one-sentence ``text``, done by the
    first of ``parties`` ((written, canonical) names) to the second, dated ``day`` from
    ``source``: what the corpus dating reads of a story mate."""
    from storyline.model import Actor, Event, Span

    start = text.index(phrase)
    (doer, doer_name), (done_to, done_to_name) = parties
    actors = [Actor(0, 5, doer, "source", canonical=doer_name),
              Actor(0, 5, done_to, "target", canonical=done_to_name)]
    return Event(article=article_id, trigger=Span(start, start + len(phrase), phrase),
                 sentence=Span(0, len(text), text), type=kind, actors=actors,
                 date=day, date_text=date_text, date_source=source)
