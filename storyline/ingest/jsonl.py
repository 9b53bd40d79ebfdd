"""JSON lines / JSON list readers: one article per record."""
from __future__ import annotations

from typing import Optional

from ..model import Article
from .ids import article_id, content_hash

TEXT_FIELDS = ("text", "body", "content")
OUTLET_FIELDS = ("outlet", "source")
KNOWN_FIELDS = {"id", "title", "url", "published", *TEXT_FIELDS, *OUTLET_FIELDS}


def record_to_article(record: dict, path: Optional[str]) -> Article:
    """Make an Article from a JSON record; raises ValueError when it has no text."""
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    if text is None:
        raise ValueError("no text")
    outlet = next((record[f] for f in OUTLET_FIELDS if isinstance(record.get(f), str)), None)
    rid = record.get("id")
    published = record.get("published")
    return Article(
        id=str(rid) if rid not in (None, "") else article_id(text),
        text=text,
        title=record.get("title"),
        outlet=outlet,
        url=record.get("url"),
        path=path,
        published=str(published) if published else None,
        published_source="metadata" if published else None,
        meta={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
        content_hash=content_hash(text),
    )
