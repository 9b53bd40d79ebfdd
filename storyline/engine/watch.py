"""Watching sources: poll feeds (files or URLs) and folders, and ingest what is new.

    watcher = Watcher(["feeds/world.xml", "https://example.org/rss", "inbox/"], store, config)
    summary = watcher.poll()          # one pass; call again every N seconds

A file is read again only when its size or modification time changed since the last
poll; a URL is fetched with the ETag / Last-Modified it last answered, so an unchanged
feed costs one "304 Not Modified". Whatever is read goes through ``ingest_items``, which
skips articles already stored (same id) and links exact duplicates, so re-reading a feed
whose items are mostly known stores only the new ones.
"""
from __future__ import annotations

import io
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

from ..config import Config
from ..errors import E, IngestError
from ..model import Article
from ..store import Store
from . import Engine

URL_PREFIXES = ("http://", "https://")
FETCH_TIMEOUT_S = 30
USER_AGENT = "storyline-watch/0.1"


@dataclass
class FetchState:
    """What a URL answered last time: validators for a conditional GET."""

    etag: Optional[str] = None
    last_modified: Optional[str] = None


@dataclass
class Watcher:
    """Polls ``sources`` (feed files, folders, globs, http(s) URLs) into ``store``.

    sources (list[str]): what to watch.
    store (Store): where articles go.
    config (Config): pipeline settings.
    engine (Engine | None): where the per-article stages run (default local).
    """

    sources: list
    store: Store
    config: Config
    engine: Optional[Engine] = None
    files: dict = field(default_factory=dict)  # path -> (mtime_ns, size) when last read
    urls: dict = field(default_factory=dict)  # url -> FetchState

    def poll(self, progress: Optional[Callable] = None):
        """Read what changed since the last poll and ingest it; returns the IngestSummary."""
        from ..ingest_service import ingest_items

        return ingest_items(self.changed_items(), self.store, self.config,
                            progress=progress, engine=self.engine)

    def changed_items(self) -> Iterator[Article | IngestError]:
        from ..ingest import expand_paths, read_file

        files = [s for s in self.sources if not s.startswith(URL_PREFIXES)]
        for path, error in expand_paths(files):
            if error is not None:
                yield error
            elif self._file_changed(path):
                yield from read_file(path, self.config)
        for url in (s for s in self.sources if s.startswith(URL_PREFIXES)):
            yield from self._read_url(url)

    def _file_changed(self, path: str) -> bool:
        try:
            stat = os.stat(path)
        except OSError:
            return True  # read_file reports why
        key = (stat.st_mtime_ns, stat.st_size)
        if self.files.get(path) == key:
            return False
        self.files[path] = key
        return True

    def _read_url(self, url: str) -> Iterator[Article | IngestError]:
        from ..ingest import read_stream

        state = self.urls.setdefault(url, FetchState())
        try:
            data = fetch(url, state, self.config.max_bytes)
        except Exception as exc:  # noqa: BLE001 - network trouble is one input's error
            yield IngestError.of(url, E.UNREADABLE, detail=f"{type(exc).__name__}: {exc}")
            return
        if data is not None:
            yield from read_stream(io.BytesIO(data), self.config, name=url)


def fetch(url: str, state: FetchState, max_bytes: int) -> Optional[bytes]:
    """The body of ``url``, or None when it answers 304 (unchanged since ``state``).

    url (str): an http(s) address.
    state (FetchState): validators from the last answer; updated in place.
    max_bytes (int): read at most this + 1 bytes (the reader then reports E003).
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if state.etag:
        request.add_header("If-None-Match", state.etag)
    if state.last_modified:
        request.add_header("If-Modified-Since", state.last_modified)
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data = response.read(max_bytes + 1)
            state.etag = response.headers.get("ETag")
            state.last_modified = response.headers.get("Last-Modified")
            return data
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        raise


def watch(watcher: Watcher, every: float, once: bool = False,
          on_poll: Optional[Callable] = None, sleep: Callable[[float], None] = time.sleep) -> None:
    """Poll every ``every`` seconds until interrupted (Ctrl-C raises KeyboardInterrupt to the
    caller), or once when ``once``; ``on_poll(summary)`` is called after each pass."""
    while True:
        started = time.monotonic()
        summary = watcher.poll()
        if on_poll:
            on_poll(summary)
        if once:
            return
        sleep(max(0.0, every - (time.monotonic() - started)))
