"""Parsing again, for re-dating: an article whose publication date the corpus stages
inferred has its events dated again against that date, after the spaCy Doc of the nlp
stage is gone (it never leaves the worker, and the store keeps no parse). Without a
parse the clause rules of :mod:`.event_date` do not apply (a date inside a relative
clause, a bound "before March", a report's date told of what it reports), so the article's
body is parsed again, only for those articles and only for the time of re-dating.

That parse is the cost of a merge that grows with the store, so what re-dating made is
kept between merges as a *dating record* (plain JSON data, :func:`dating_record`): the
article's own publication date (before the corpus inferred one), the inferred date with
its evidence, the re-dated timexes and event dates, and a key naming everything they were
computed from. A later merge that infers the same date from the same evidence for the
same text, rules and model takes them back (:func:`apply_record`) instead of parsing.
"""
from __future__ import annotations

import functools
import hashlib
import json
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import metadata
from pathlib import Path
from typing import Iterator, Optional

from ..config import DEFAULT_SPACY_MODEL as DEFAULT_MODEL
from ..model import Article, Timex
from .fallback import mention_date_confidence

DATE_FIELDS = ("published", "published_source", "published_evidence")
# the records a merge may take back, for a fuse stage called as stages are (articles alone)
_KEPT: ContextVar[Optional[dict]] = ContextVar("storyline_kept_dating", default=None)

# bodies parsed for re-dating in this process: the cost that keeping re-dated layers
# between merges avoids (read by benchmarks and tests through parse_count)
_PARSED = [0]


def parse_count() -> int:
    """How many article bodies this process has parsed for re-dating so far."""
    return _PARSED[0]


def needs_parse(article: Article) -> bool:
    """Whether ``article`` lacks the parse the nlp stage gave it: English (the stage reads
    no other language), sentences found by that stage, and no Doc now."""
    return article.doc is None and bool(article.sentences) and (article.lang or "en") == "en"


def parse_body(article: Article, model: str = DEFAULT_MODEL):
    """The spaCy Doc of ``article``'s body, as the nlp stage made it (furniture blanked by
    spaces, so token offsets are offsets into ``article.text``), or None when the model
    cannot be loaded.

    article (Article): the article; model (str): installed spaCy model package name."""
    from ..nlp import load_model, parse_article

    try:
        nlp = load_model(model)
    except (OSError, ImportError):  # no model installed: re-date with the rules that need none
        return None
    _PARSED[0] += 1
    # the date rules read tags, lemmas and the dependency parse, never the entities, and
    # named-entity recognition is half of the model's time (the parse is the same without)
    # sentences as the nlp stage made them: never across a furniture line
    return parse_article(nlp, article, disable=("ner",))


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


# ---- dating records: re-dated layers kept between merges --------------------------


def date_of(article: Article) -> dict:
    """The article's publication date fields (``DATE_FIELDS``) as a dict."""
    return {name: getattr(article, name) for name in DATE_FIELDS}


def set_date(article: Article, date: Optional[dict]) -> None:
    """Set the publication date fields from a ``date_of`` dict (None: undated)."""
    for name in DATE_FIELDS:
        setattr(article, name, (date or {}).get(name))


@functools.lru_cache(maxsize=None)
def rules_digest() -> str:
    """A digest of the code that re-dates (the time package and the nlp module's parse)
    and of the spaCy version: a record made by other rules is never taken back."""
    digest = hashlib.sha1()
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("*.py")) + [here.parent / "nlp.py"]:
        digest.update(path.read_bytes())
    try:
        digest.update(metadata.version("spacy").encode())
    except metadata.PackageNotFoundError:  # no spaCy: re-dating runs without a parse
        pass
    return digest.hexdigest()


@functools.lru_cache(maxsize=None)
def _installed(package: Optional[str]) -> Optional[str]:
    """The installed version of a package (a spaCy model's), or None."""
    try:
        return metadata.version(package) if package else None
    except (metadata.PackageNotFoundError, ValueError):
        return None


def redating_key(article: Article, model: Optional[str]) -> str:
    """What re-dating ``article`` reads besides its stored layers: its publication date and
    that date's evidence, its text, the dating rules and the spaCy model (str | None) in
    its installed version."""
    text = article.content_hash or hashlib.sha1(article.text.encode("utf-8")).hexdigest()
    payload = json.dumps([date_of(article), text, len(article.text), model, _installed(model),
                          rules_digest()], sort_keys=True, default=str)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def dating_record(article: Article, own: Optional[dict], model: Optional[str]) -> dict:
    """The record to keep of an article whose publication date the corpus inferred.

    article (Article): re-dated against its inferred date (timexes and events loaded).
    own (dict | None): its date before inference (``date_of``), restored by the next merge.
    model (str | None): the spaCy model re-dating parsed with.
    Returns {"own", "date", "key", "timexes": [timex dicts], "events": [[trigger start,
    date, date_range, date_text, date_source]]}, as JSON would give it back.
    """
    record = {"own": own or dict.fromkeys(DATE_FIELDS), "date": date_of(article),
              "key": redating_key(article, model),
              "timexes": [t.to_dict() for t in article.timexes],
              "events": [[e.trigger.start, e.date, e.date_range, e.date_text, e.date_source]
                         for e in article.events]}
    return json.loads(json.dumps(record, default=str))  # lists, not tuples: compares with stored


def apply_record(article: Article, record: Optional[dict], model: Optional[str]) -> bool:
    """Give ``article`` the re-dated timexes and event dates of ``record`` when it was made
    from the date and evidence the article has now, for its text, with these rules and
    ``model``, and for the same events; returns whether it did (False: nothing changed)."""
    if not record or record.get("key") != redating_key(article, model):
        return False
    events = record.get("events") or []
    if len(events) != len(article.events) or any(
            e.trigger.start != kept[0] for e, kept in zip(article.events, events)):
        return False  # the stored layers are not the ones the record was made from
    article.timexes = [Timex.from_dict(t) for t in record.get("timexes") or []]
    for event, (_start, date, date_range, date_text, source) in zip(article.events, events):
        event.date, event.date_range, event.date_text, event.date_source = \
            date, date_range, date_text, source
        event.date_confidence = mention_date_confidence(article, event)  # read again: cheap, no parse
    return True


@contextmanager
def keeping(records: Optional[dict]) -> Iterator[None]:
    """Within the block, :func:`kept_records` is ``records`` (article id -> dating record):
    the fuse stage, which the pipeline calls with the articles alone, re-dates through them."""
    token = _KEPT.set(records)
    try:
        yield
    finally:
        _KEPT.reset(token)


def kept_records() -> dict:
    """The dating records of the enclosing :func:`keeping` block ({} outside one)."""
    return _KEPT.get() or {}
