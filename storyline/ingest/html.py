"""HTML pages: the article body (trafilatura), title, outlet, canonical URL, publication date (htmldate).

Nothing is ever fetched: every function works on the page as given.
"""
from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlparse

from ..model import Article
from .ids import article_id, content_hash

# How we call htmldate (bench/htmldate_eval.py should call :func:`page_date`): the
# original publication date, not the last update, from the page's markup first; a
# floor keeps out epoch-like garbage. Only when markup has no date is the page text
# searched too ("extensive"), and then a bare January 1st is refused: that is how a
# copyright year ("© 2023") comes back, not a publication date. Nothing is fetched
# and no date is ever filled in from today's.
HTMLDATE_OPTIONS = {"original_date": True, "extensive_search": False, "min_date": "1995-01-01"}
HTMLDATE_FALLBACK_OPTIONS = {**HTMLDATE_OPTIONS, "extensive_search": True}

# trafilatura output shorter than this is navigation or a teaser, not an article
MIN_BODY_CHARS = 40

# What a crawler gets instead of the article when a site turns it away or the page is
# gone: a bot check, an access wall or an HTTP error page. Such pages are short, so the
# phrases are only looked for in short bodies: an article that quotes "access denied"
# at length is still an article.
BLOCKED_BODY_CHARS = 600
BLOCKED_PAGE = re.compile(
    r"\b(?:request unsuccessful|incapsula incident|access denied|access to this page has been denied"
    r"|attention required|checking your browser|just a moment\.\.\.|verify (?:that )?you are (?:a )?human"
    r"|are you a robot|complete the captcha|enable javascript and cookies|(?:40[34]|50[023]) (?:forbidden"
    r"|not found|bad gateway|service unavailable)|page (?:you requested )?(?:was |could )?not (?:be )?found"
    r"|this page (?:is|isn't|is not) available|you have been blocked)\b",
    re.IGNORECASE)


class NoArticleError(ValueError):
    """The page holds no extractable article text."""


class BlockedPageError(NoArticleError):
    """The page is a bot check, access wall or HTTP error page, not the article."""


def blocked_page_reason(body: str, title: Optional[str]) -> Optional[str]:
    """The words that show a short page is a block or error page, or None.

    body (str): the extracted page text; title (str | None): the page's <title>.
    """
    if len(body.strip()) > BLOCKED_BODY_CHARS:
        return None
    for text in (title or "", body):
        match = BLOCKED_PAGE.search(text)
        if match:
            return match.group(0)
    return None


def parse_html(html: str | bytes):
    """An lxml tree of the page, or None when it cannot be parsed."""
    from trafilatura import load_html

    return load_html(html)


def _meta(tree, *names: str) -> Optional[str]:
    """The first non-empty ``content`` of ``<meta property|name=...>`` among ``names``."""
    for name in names:
        for el in tree.xpath('//meta[@property=$n or @name=$n]', n=name):
            value = (el.get("content") or "").strip()
            if value:
                return value
    return None


def canonical_url(tree) -> Optional[str]:
    """``<link rel=canonical>``, else ``og:url``, else ``twitter:url`` (absolute http(s) only)."""
    candidates = [el.get("href") for el in tree.xpath('//link[@rel="canonical"]')]
    candidates += [_meta(tree, "og:url"), _meta(tree, "twitter:url")]
    for url in candidates:
        url = (url or "").strip()
        if urlparse(url).scheme in ("http", "https") and urlparse(url).netloc:
            return url
    return None


def domain_of(url: Optional[str]) -> Optional[str]:
    """``https://www.example.com/a`` -> ``example.com``."""
    if not url:
        return None
    host = urlparse(url).netloc.split("@")[-1].split(":")[0].lower()
    return host[4:] if host.startswith("www.") else (host or None)


def _title_tag(tree) -> Optional[str]:
    """The text of the page's <title>, or None."""
    found = tree.find(".//title")
    return (found.text_content().strip() or None) if found is not None else None


def page_title(tree, metadata) -> Optional[str]:
    """og:title, else what trafilatura found (``<title>``/``<h1>``)."""
    title = _meta(tree, "og:title", "twitter:title") or (metadata.title if metadata else None)
    return " ".join(title.split()) if title else None


def page_outlet(tree, url: Optional[str], metadata) -> Optional[str]:
    """og:site_name, else the domain of the canonical URL, else trafilatura's site name."""
    name = _meta(tree, "og:site_name", "application-name")
    if name:
        return " ".join(name.split())
    return domain_of(url) or (metadata.sitename if metadata else None)


def page_date(tree, url: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """The original publication date in the page and how it was found.

    Returns ``("YYYY-MM-DD", "htmldate" | "htmldate-text")`` or ``(None, None)``.
    tree: an lxml tree of the page (copied before each htmldate pass, which prunes it).
    url (str | None): the page's own URL (dates in URL paths count).
    """
    from copy import deepcopy

    from htmldate import find_date

    for options, method in ((HTMLDATE_OPTIONS, "htmldate"), (HTMLDATE_FALLBACK_OPTIONS, "htmldate-text")):
        try:
            found = find_date(deepcopy(tree), url=url, **options)
        except Exception:  # htmldate raises on odd markup; a missing date is not an error
            found = None
        if found and not (method == "htmldate-text" and found.endswith("-01-01")):
            return found, method
    return None, None


def page_body(tree) -> Optional[str]:
    """The main text of the page as plain text (paragraphs split by newlines), or None."""
    from trafilatura import extract

    text = extract(tree, output_format="txt", include_comments=False, include_tables=True,
                   include_images=False, deduplicate=False)
    if not text or len(text.strip()) < MIN_BODY_CHARS:
        return None
    return text


def html_to_article(html: str | bytes, path: Optional[str]) -> Article:
    """An Article from one HTML page; raises :class:`NoArticleError` when there is no body.

    html (str | bytes): the page source.
    path (str | None): where it came from (kept as Article.path).
    """
    from copy import deepcopy

    from trafilatura.metadata import extract_metadata

    tree = parse_html(html)
    if tree is None:
        raise NoArticleError("unparseable HTML")
    # trafilatura prunes the tree it is given, so metadata and date see a copy
    body = page_body(deepcopy(tree))
    if body is None:
        raise NoArticleError("no body")
    blocked = blocked_page_reason(body, _title_tag(tree))
    if blocked:
        raise BlockedPageError(blocked)
    url = canonical_url(tree)
    try:
        metadata = extract_metadata(deepcopy(tree), default_url=url, extensive=False)
    except Exception:
        metadata = None
    url = url or (metadata.url if metadata and metadata.url else None)
    published, method = page_date(tree, url)
    meta = {}
    if metadata is not None:
        meta = {k: v for k, v in (("author", metadata.author), ("description", metadata.description))
                if v}
    if tree.get("lang"):
        meta["lang"] = tree.get("lang")  # a hint: storyline/language.py decides
    return Article(
        id=article_id(body),
        text=body,
        title=page_title(tree, metadata),
        outlet=page_outlet(tree, url, metadata),
        url=url,
        path=path,
        published=published,
        published_source="metadata" if published else None,
        published_evidence={"method": method, "text": published,
                            "confidence": 0.9 if method == "htmldate" else 0.6} if published else None,
        meta=meta,
        content_hash=content_hash(body),
    )
