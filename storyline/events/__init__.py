"""The events stage: who did what to whom, where, when, and how sure the text is.

Usable alone::

    from storyline.events import annotate_events
    article = annotate_events(article)   # needs article.doc (the nlp stage)

Finding lives in :mod:`storyline.events.extract`, coding in
:mod:`storyline.events.coding`; this module writes :class:`~storyline.model.Event`
records: char offsets into ``Article.text``, actors mapped to canonical entities
through ``Article.mentions``, a summary, and a date from ``storyline.time``.
"""
from __future__ import annotations

from typing import Optional

from ..config import Config
from ..model import Actor, Article, Event, Span
from ..pipeline import register_stage
from .coding import Sense, intent_type, legacy_type, sense_for_cameo  # noqa: F401 (re-export)
from .extract import Finding, find_events
from .summary import summarize

PLACE_TYPES = {"GPE", "LOC", "FAC"}


def _mention_lookup():
    """``mention_at(article, start, end)`` from the entities stage, or our own fallback."""
    try:
        from ..entities import mention_at  # written by the entities engineer
        return mention_at
    except ImportError:
        return mention_covering


def mention_covering(article: Article, start: int, end: int):
    """The mention that best covers ``[start, end)``: the longest one overlapping it, or None."""
    best = None
    for mention in article.mentions:
        if mention.start < end and mention.end > start:
            if best is None or (mention.end - mention.start) > (best.end - best.start):
                best = mention
    return best


def _actor_bounds(token) -> tuple:
    """Char span of an actor's noun phrase without clauses, appositions or prepositions."""
    keep = ("compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "quantmod")
    left = token
    for child in token.lefts:
        if child.dep_ in keep:
            left = child.left_edge if child.dep_ == "poss" else child
            break
    end = token.idx + len(token.text)
    for child in token.rights:
        if child.dep_ in ("flat", "compound"):  # never the possessive 's
            end = max(end, child.idx + len(child.text))
    return left.idx, end


def _make_actor(article: Article, token, role: str, mention_at) -> Actor:
    start, end = _actor_bounds(token)
    head_start, head_end = token.idx, token.idx + len(token.text)
    mention = mention_at(article, head_start, head_end) or mention_at(article, start, end)
    if mention is None:
        for child in token.children:  # "China's top diplomat, Wang Yi, ..."
            if child.dep_ == "appos":
                mention = mention_at(article, child.idx, child.idx + len(child.text))
                if mention is not None:
                    break
    if mention is not None:
        canonical = mention.canonical or mention.text
        return Actor(start=start, end=end, text=article.text[start:end], role=role,
                     canonical=canonical, code=mention.code)
    # no entities layer: fall back on spaCy's own entity around the head word
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return Actor(start=start, end=end, text=article.text[start:end], role=role,
                 canonical=ent.text if ent is not None else None, code=None)


def _mention_tokens(article: Article, doc) -> tuple:
    """(place token indices, actor token indices) inside the entities stage's mentions."""
    places, actors = set(), set()
    for mention in article.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        actors.update(t.i for t in span)
        if (mention.entity_type or mention.type) in PLACE_TYPES and mention.kind != "metonym":
            places.update(t.i for t in span)
    return places, actors


def _resolve_date(article: Article, sentence_index: Optional[int], trigger_start: int,
                  tense: str) -> dict:
    try:
        from ..time import resolve_event_date  # written by the time engineer
    except ImportError:
        return {}
    if sentence_index is None:
        return {}
    try:
        return resolve_event_date(article, sentence_index, trigger_start, tense) or {}
    except Exception as exc:  # a date bug must not lose the event; keep a trace
        article.warnings.append(f"events: date resolution failed: {exc}")
        return {}


def event_from_finding(article: Article, finding: Finding, mention_at=None) -> Event:
    """Write one :class:`Event` for a :class:`Finding` (offsets into ``article.text``)."""
    mention_at = mention_at or _mention_lookup()
    trig = finding.trigger
    sent = trig.sent
    start, end = trig.idx, trig.idx + len(trig.text)
    for tok in finding.extra:  # "held ... talks": the trigger covers the whole phrase
        end = max(end, tok.idx + len(tok.text))
    sent_start, sent_end = sent.start_char, sent.end_char
    actors, seen = [], set()
    for role, tokens in (("source", finding.sources), ("target", finding.targets),
                         ("participant", finding.participants)):
        for token in tokens:
            if token.i in seen:
                continue
            seen.add(token.i)
            actors.append(_make_actor(article, token, role, mention_at))
    location = location_name = None
    if finding.location is not None:
        loc = finding.location
        ent = next((e for e in loc.doc.ents if e.start <= loc.i < e.end), None)
        lstart, lend = (ent.start_char, ent.end_char) if ent else (loc.idx, loc.idx + len(loc.text))
        location = Span(lstart, lend, article.text[lstart:lend])
        mention = mention_at(article, lstart, lend)
        location_name = (mention.canonical if mention is not None and mention.canonical
                         else location.text)
    sense = finding.sense
    event = Event(
        article=article.id, trigger=Span(start, end, article.text[start:end]),
        sentence=Span(sent_start, sent_end, article.text[sent_start:sent_end]),
        type=sense.type, mode=sense.mode, cameo=sense.cameo, goldstein=sense.goldstein,
        modality=finding.modality, actors=actors, location=location,
        location_name=location_name)
    plural = any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "we", "both")
                 for t in finding.sources)
    event.summary = summarize(event, finding.phrase or sense.phrase, plural)
    sentence_index = article.sentence_index(start)
    found = _resolve_date(article, sentence_index, start, finding.tense)
    event.date = found.get("date")
    event.date_range = found.get("date_range")
    event.date_text = found.get("date_text")
    event.date_source = found.get("date_source")
    return event


def find_article_events(article: Article) -> list:
    """Findings for every sentence of ``article`` (needs ``article.doc``)."""
    doc = article.doc
    if doc is None:
        return []
    places, actors = _mention_tokens(article, doc)
    findings = []
    for sent in doc.sents:
        if sent.text.strip():
            findings.extend(find_events(sent, places, actors))
    return findings


def annotate_events(article: Article) -> Article:
    """The stage: set ``article.events`` from the parsed document."""
    mention_at = _mention_lookup()
    article.events = [event_from_finding(article, f, mention_at)
                      for f in find_article_events(article)]
    return article


@register_stage("events", assigns=["Article.events"])
def make_stage(config: Config):
    return annotate_events
