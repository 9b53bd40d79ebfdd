"""Errors and warnings, with stable codes and messages that say what to do.

Ingest problems never stop a batch: each is reported as an :class:`IngestError`
naming the file (and line) and the problem, and the rest is processed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


class StorylineError(Exception):
    """Base class for errors raised by storyline."""


class ConfigError(StorylineError):
    """A setting or stage name is wrong."""


class StoreError(StorylineError):
    """The database could not be opened or written."""


class E:
    """Stable ingest error codes (shown to users, kept in the database)."""

    EMPTY = ("E001", "file is empty")
    BINARY = ("E002", "file looks binary (NUL bytes or mostly non-text); not an article")
    TOO_LARGE = ("E003", "file is larger than the limit of {limit} bytes; split it or raise --max-bytes")
    BAD_JSON = ("E004", "malformed JSON: {detail}")
    NO_TEXT = ("E005", "record has no text (expected a 'text', 'body' or 'content' field)")
    NO_ARTICLE = ("E006", "no article text could be extracted from this HTML page")
    UNKNOWN_EXT = ("E007", "unknown file type '{ext}'; expected .txt, .html, .htm, .json, .jsonl, .xml, .rss, .atom")
    UNREADABLE = ("E008", "cannot read file: {detail}")
    BAD_FEED = ("E009", "malformed feed: {detail}")
    PIPELINE = ("E010", "processing failed: {detail}")
    NOT_FOUND = ("E011", "no such file or directory")
    FUSE = ("E012", "merging the corpus failed ({detail}); the articles are stored and the previous merged "
                    "records kept; please report this")
    BLOCKED = ("E013", "the page is a bot check, access wall or error page, not an article "
                       "(it says {detail!r}); fetch it again or from another source")


class W:
    """Stable warning codes."""

    DECODE = ("W001", "not valid UTF-8; decoded as {encoding}, some characters may be wrong")
    BAD_DATE = ("W002", "could not parse the published date {value!r}; ignored")
    LANGUAGE = ("W003", "the article is in {name} ({code}); storyline reads English only for now: it is stored "
                        "and grouped into stories, but no dates, entities, events or quotes are read from it")


@dataclass
class IngestError:
    """A problem with one input: which file (and line), which error, and why."""

    path: str
    code: str
    message: str
    line: Optional[int] = None

    @classmethod
    def of(cls, path: str, error: tuple, line: Optional[int] = None, **details) -> "IngestError":
        code, template = error
        return cls(path=str(path), code=code, message=template.format(**details), line=line)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.code} {self.message}"


def warning(error: tuple, **details) -> str:
    code, template = error
    return f"{code} {template.format(**details)}"
