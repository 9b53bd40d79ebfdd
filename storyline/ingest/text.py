"""Plain-text inputs: decoding bytes safely, spotting binary files, one article per file."""
from __future__ import annotations

from typing import Optional

from ..errors import W, warning
from ..model import Article
from .ids import article_id, content_hash

# Bytes that never occur in text: C0 controls other than tab, newline, form feed, carriage return.
_CONTROL = set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) | {0x7F}
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")
_SNIFF_BYTES = 8192


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is not text: it holds a NUL byte, or many control bytes.

    data (bytes): the start of a file (a few KB is enough).
    """
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        # UTF-16 text has NULs too, but it comes with a byte-order mark
        return not sample.startswith((b"\xff\xfe", b"\xfe\xff"))
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, Optional[str]]:
    """Decode file bytes to text; returns ``(text, warning or None)``.

    UTF-8 first (with or without BOM; UTF-16 when it has a BOM), then cp1252, then
    latin-1 (which always succeeds), with a W001 warning naming the fallback used.
    data (bytes): the whole file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding in _FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), warning(W.DECODE, encoding=encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so one line is one line whatever the source system."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_to_article(text: str, path: Optional[str], warnings: Optional[list] = None) -> Article:
    """An Article from plain text; the title is the headline-like line the clean rules pick,
    the outlet the one its header names (``clean.find_outlet``: "headline / outlet / date",
    or a dateline's "LIMA (Pacific Ledger) -"), else None.

    text (str): the article text, kept exactly (offsets refer to it).
    path (str | None): where it came from.
    warnings (list[str] | None): decoding warnings to carry on the article.
    """
    from ..clean import classify_lines, find_outlet, title_from_lines  # the clean stage's line rules

    classified = classify_lines(text)
    return Article(
        id=article_id(text),
        text=text,
        title=title_from_lines(text, classified),
        outlet=find_outlet(text, classified),
        path=path,
        content_hash=content_hash(text),
        warnings=list(warnings or []),
    )
