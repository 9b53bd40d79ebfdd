"""Reading inputs: files, folders, globs and stdin become Articles (or IngestErrors).

``read_inputs(["news/", "feed.xml", "-"], config)`` yields one
:class:`~storyline.model.Article` per article found and one
:class:`~storyline.errors.IngestError` per problem; a bad file never stops the rest.
Readers by kind live beside this module: ``text``, ``html``, ``jsonl``, ``feeds``;
``dedupe`` links exact and near duplicates; ``ids`` makes stable ids.
"""
from __future__ import annotations

import glob
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional

from ..config import Config
from ..errors import E, IngestError
from ..model import Article
from .dedupe import mark_exact_duplicate
from .feeds import looks_like_feed, read_feed
from .html import BlockedPageError, NoArticleError, html_to_article
from .jsonl import looks_like_json_lines, read_json_document, read_json_lines
from .text import decode_bytes, looks_binary, normalise_newlines, text_to_article

__all__ = ["read_inputs", "read_file", "read_stream", "expand_paths"]

TEXT_EXTS = {".txt", ".text"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
JSONL_EXTS = {".jsonl", ".ndjson"}
JSON_EXTS = {".json"}
FEED_EXTS = {".xml", ".rss", ".atom"}
KNOWN_EXTS = TEXT_EXTS | HTML_EXTS | JSONL_EXTS | JSON_EXTS | FEED_EXTS
STDIN = "-"


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, Optional[IngestError]]]:
    """Each input file once, in a stable order: ``(path, None)`` or ``(path, error)``.

    paths (Iterable[str]): files, folders (walked recursively, hidden entries skipped),
        glob patterns, or "-" for stdin.
    """
    seen: set = set()
    for given in paths:
        if given == STDIN:
            yield STDIN, None
            continue
        if os.path.isdir(given):
            root = Path(given)
            # broken links are listed so that they are reported, not silently skipped
            # in a folder, only files of a known type are inputs (a README.md beside
            # the articles is not a failed article); named files are always tried
            found = sorted(str(p) for p in root.rglob("*")
                           if (p.is_file() or (p.is_symlink() and not p.exists()))
                           and not _is_hidden(p, root) and p.suffix.lower() in KNOWN_EXTS)
        elif os.path.lexists(given):
            found = [given]
        elif glob.has_magic(given):
            found = sorted(p for p in glob.glob(given, recursive=True) if os.path.isfile(p))
            if not found:
                yield given, IngestError.of(given, E.NOT_FOUND)
        else:
            yield given, IngestError.of(given, E.NOT_FOUND)
            continue
        for path in found:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path, None


def _kind_of(path: str, head: bytes) -> Optional[str]:
    """"text" | "html" | "jsonl" | "json" | "feed", or None when unknown."""
    ext = Path(path).suffix.lower()
    if ext in HTML_EXTS:
        return "html"
    if ext in JSONL_EXTS:
        return "jsonl"
    if ext in JSON_EXTS:
        return "json"
    if ext in FEED_EXTS or looks_like_feed(head):
        return "feed"
    if ext in TEXT_EXTS:
        return "text"
    return None


def _parse(kind: str, data: bytes, path: str) -> Iterator[Article | IngestError]:
    """Articles from a file's bytes, once its kind is known."""
    if kind == "html":
        try:
            yield html_to_article(data, path)
        except BlockedPageError as blocked:
            yield IngestError.of(path, E.BLOCKED, detail=str(blocked))
        except NoArticleError:
            yield IngestError.of(path, E.NO_ARTICLE)
        return
    if kind == "feed":
        yield from read_feed(data, path)
        return
    text, problem = decode_bytes(data)
    text = normalise_newlines(text)
    if not text.strip():
        yield IngestError.of(path, E.EMPTY)
        return
    if kind == "jsonl":
        items = read_json_lines(text, path)
    elif kind == "json":
        items = read_json_document(text, path)
    else:
        items = iter([text_to_article(text, path)])
    for item in items:
        if problem and isinstance(item, Article):
            item.warnings.insert(0, problem)
        yield item


def read_file(path: str, config: Optional[Config] = None) -> Iterator[Article | IngestError]:
    """Articles from one file, or the error that stops it being read.

    path (str): a file path.
    config (Config | None): ``max_bytes`` is checked before anything is read.
    """
    config = config or Config()
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        yield IngestError.of(path, E.NOT_FOUND)
        return
    except OSError as exc:
        yield IngestError.of(path, E.UNREADABLE, detail=exc.strerror or str(exc))
        return
    if size > config.max_bytes:
        yield IngestError.of(path, E.TOO_LARGE, limit=config.max_bytes)
        return
    if size == 0:
        yield IngestError.of(path, E.EMPTY)
        return
    try:
        with open(path, "rb") as fh:
            # read(n) allocates n bytes up front: ask for what the file holds (+1 to see growth)
            data = fh.read(size + 1)
    except OSError as exc:
        yield IngestError.of(path, E.UNREADABLE, detail=exc.strerror or str(exc))
        return
    yield from _read_bytes(data, path, config)


def _read_bytes(data: bytes, path: str, config: Config, kind: Optional[str] = None
                ) -> Iterator[Article | IngestError]:
    if len(data) > config.max_bytes:  # the file grew, or a stream, past the limit
        yield IngestError.of(path, E.TOO_LARGE, limit=config.max_bytes)
        return
    if not data.strip():
        yield IngestError.of(path, E.EMPTY)
        return
    if looks_binary(data):
        yield IngestError.of(path, E.BINARY)
        return
    kind = kind or _kind_of(path, data[:4096])
    if kind is None:
        yield IngestError.of(path, E.UNKNOWN_EXT, ext=Path(path).suffix or "(none)")
        return
    try:
        yield from _parse(kind, data, path)
    except Exception as exc:  # a reader bug must not stop the batch; say where it happened
        yield IngestError.of(path, E.UNREADABLE, detail=f"{type(exc).__name__}: {exc}")


def _read_limited(stream, limit: int, chunk: int = 1 << 20) -> bytes:
    """At most ``limit`` bytes of a stream, read in chunks (no ``limit``-sized buffer up front)."""
    raw = getattr(stream, "buffer", stream)
    parts, total = [], 0
    while total < limit:
        block = raw.read(min(chunk, limit - total))
        if not block:
            break
        if isinstance(block, str):
            block = block.encode("utf-8")
        parts.append(block)
        total += len(block)
    return b"".join(parts)


def read_stream(stream: BinaryIO, config: Optional[Config] = None, name: str = STDIN
                ) -> Iterator[Article | IngestError]:
    """Articles from a byte stream (stdin): JSON lines if every line is an object, else one text.

    stream (BinaryIO): read up to ``config.max_bytes`` (+1 to detect overflow).
    name (str): the path reported for what it yields.
    """
    config = config or Config()
    data = _read_limited(stream, config.max_bytes + 1)
    head_text = decode_bytes(data[:65536])[0]
    kind = "text"
    if looks_like_feed(data[:4096]):
        kind = "feed"
    elif head_text.lstrip().startswith("{") and looks_like_json_lines(decode_bytes(data)[0]):
        kind = "jsonl"
    yield from _read_bytes(data, name, config, kind=kind)


def read_inputs(paths: list[str], config: Optional[Config] = None,
                seen_hashes: Optional[dict] = None) -> Iterator[Article | IngestError]:
    """Every article in ``paths``, in order; problems come out as IngestError items.

    paths (list[str]): files, folders (recursive), globs, or "-" for stdin.
    config (Config | None): settings (``max_bytes``).
    seen_hashes (dict | None): content_hash -> article id of articles already stored; an
        article whose text is already there under another id gets ``duplicate_of`` set.
        Updated in place; a fresh map is used when None.
    """
    config = config or Config()
    seen_hashes = {} if seen_hashes is None else seen_hashes
    for path, error in expand_paths(paths):
        if error is not None:
            yield error
            continue
        items = read_stream(sys.stdin.buffer, config) if path == STDIN else read_file(path, config)
        for item in items:
            if isinstance(item, Article):
                mark_exact_duplicate(item, seen_hashes)
            yield item
