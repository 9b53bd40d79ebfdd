"""JSON lines / JSON list readers: one article per record."""
from __future__ import annotations

import json
from typing import Iterator, Optional

from ..errors import E, IngestError
from ..model import Article
from .ids import article_id, content_hash
from .published import normalise_published

TEXT_FIELDS = ("text", "body", "content")
OUTLET_FIELDS = ("outlet", "source")
KNOWN_FIELDS = {"id", "title", "url", "published", *TEXT_FIELDS, *OUTLET_FIELDS}
# containers a JSON document may wrap its article list in
LIST_KEYS = ("articles", "items", "records", "data")


def _text_of(record: dict) -> Optional[str]:
    return next((record[f] for f in TEXT_FIELDS
                 if isinstance(record.get(f), str) and record[f].strip()), None)


def _outlet_of(record: dict) -> Optional[str]:
    for name in OUTLET_FIELDS:
        value = record.get(name)
        if isinstance(value, dict):  # {"source": {"name": "Reuters", ...}}
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def record_to_article(record: dict, path: Optional[str]) -> Article:
    """Make an Article from a JSON record; raises ValueError when it has no text.

    record (dict): fields ``id``, ``text`` (or ``body``/``content``), ``title``, ``url``,
        ``outlet`` (or ``source``), ``published``; every other field goes to ``meta``.
    path (str | None): where the record came from.
    """
    text = _text_of(record)
    if text is None:
        raise ValueError("no text")
    rid = record.get("id")
    published, problem = normalise_published(record.get("published"))
    meta = {k: v for k, v in record.items() if k not in KNOWN_FIELDS}
    raw_published = record.get("published")
    if published and str(raw_published).strip() != published:
        meta["published_given"] = raw_published  # the full timestamp, kept
    title = record.get("title")
    return Article(
        id=str(rid).strip() if rid not in (None, "") and str(rid).strip() else article_id(text),
        text=text,
        title=str(title).strip() if title not in (None, "") else None,
        outlet=_outlet_of(record),
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        path=path,
        published=published,
        published_source="metadata" if published else None,
        meta=meta,
        content_hash=content_hash(text),
        warnings=[problem] if problem else [],
    )


def _record_or_error(record, path: str, line: Optional[int]) -> Article | IngestError:
    if not isinstance(record, dict):
        return IngestError.of(path, E.BAD_JSON, line=line,
                              detail=f"expected an object, got {type(record).__name__}")
    try:
        return record_to_article(record, path)
    except ValueError:
        return IngestError.of(path, E.NO_TEXT, line=line)


def read_json_lines(text: str, path: str) -> Iterator[Article | IngestError]:
    """One article per non-empty line; a bad line gives an error with its 1-based number.

    text (str): the file's text.
    path (str): the file; articles get ``path#L<n>``.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError.of(path, E.BAD_JSON, line=number, detail=exc.msg)
            continue
        item = _record_or_error(record, f"{path}#L{number}", number)
        if isinstance(item, IngestError):
            item.path = path
        yield item


def read_json_document(text: str, path: str) -> Iterator[Article | IngestError]:
    """A ``.json`` file: a list of records, one record, or ``{"articles": [...]}``.

    A file that is not one JSON document but JSON lines is read as JSON lines.
    text (str): the file's text.
    path (str): the file; list items get ``path#item<n>`` (1-based).
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if _first_line_is_object(text):
            yield from read_json_lines(text, path)
        else:
            yield IngestError.of(path, E.BAD_JSON, line=exc.lineno, detail=exc.msg)
        return
    if isinstance(doc, dict):
        wrapped = next((doc[k] for k in LIST_KEYS if isinstance(doc.get(k), list)), None)
        if wrapped is None:
            item = _record_or_error(doc, path, None)
            yield item
            return
        doc = wrapped
    if not isinstance(doc, list):
        yield IngestError.of(path, E.BAD_JSON, detail="expected an object or a list of objects")
        return
    for n, record in enumerate(doc, start=1):
        item = _record_or_error(record, f"{path}#item{n}", None)
        if isinstance(item, IngestError):
            item.message += f" (item {n})"
            item.path = path
        yield item


def _first_line_is_object(text: str) -> bool:
    """True when the first non-empty line alone is a JSON object (a JSON-lines file)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def looks_like_json_lines(text: str) -> bool:
    """True when every non-empty line of ``text`` parses as a JSON object (and there is one)."""
    seen = False
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except json.JSONDecodeError:
            return False
        seen = True
    return seen
