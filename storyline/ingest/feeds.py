"""RSS and Atom feeds: one article per item that carries text."""
from __future__ import annotations

import re
import time
from typing import Iterator, Optional

from ..errors import E, IngestError
from ..model import Article
from .ids import article_id, content_hash

# a feed's root element appears within the first few KB, after any XML prolog
_FEED_ROOT = re.compile(rb"<(?:[a-zA-Z0-9_]+:)?(rss|feed|RDF)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(p|br|div|span|a|img|em|strong|b|i|ul|li|h\d|figure|blockquote)\b", re.I)


def looks_like_feed(data: bytes) -> bool:
    """True when the start of ``data`` is an RSS, RDF or Atom document."""
    head = data[:4096].lstrip()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if not head.startswith(b"<"):
        return False
    return bool(_FEED_ROOT.search(head)) and b"<html" not in head[:512].lower()


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed item content): paragraphs become lines."""
    if not _HTML_TAG.search(fragment):
        return fragment.strip()
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for el in root.iter("script", "style"):
        el.drop_tree()
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    for el in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        el.tail = "\n\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _item_text(entry) -> Optional[str]:
    """The longest of an item's content blocks and summary, as plain text."""
    blocks = [c.get("value", "") for c in entry.get("content", []) or []]
    blocks.append(entry.get("summary", "") or "")
    blocks = [b for b in blocks if b and b.strip()]
    if not blocks:
        return None
    text = html_fragment_to_text(max(blocks, key=len))
    return text or None


def _item_date(entry) -> Optional[str]:
    """The item's published (else updated) date as YYYY-MM-DD."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def read_feed(data: bytes, path: str) -> Iterator[Article | IngestError]:
    """Articles from the items of one feed file; items without text give E005.

    data (bytes): the feed document.
    path (str): the file it came from; items get ``path#item<n>`` (1-based).
    """
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception") or "no items")
        yield IngestError.of(path, E.BAD_FEED, detail=detail)
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(parsed.entries, start=1):
        item_path = f"{path}#item{n}"
        text = _item_text(entry)
        if not text:
            yield IngestError.of(item_path, E.NO_TEXT)
            continue
        published = _item_date(entry)
        given_id = entry.get("id") or entry.get("guid")
        yield Article(
            id=article_id(text),
            text=text,
            title=(entry.get("title") or "").strip() or None,
            outlet=outlet,
            url=entry.get("link"),
            path=item_path,
            published=published,
            published_source="metadata" if published else None,
            meta={k: v for k, v in (("guid", given_id), ("author", entry.get("author"))) if v},
            content_hash=content_hash(text),
        )
