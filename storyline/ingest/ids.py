"""Stable article ids: the given id, else a hash of the normalised text."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Text as compared for identity: NFKC, straight quotes, folded white space, lower case."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().lower()


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """The id of an article that came without one: 16 hex digits of its content hash."""
    return content_hash(text)[:16]
