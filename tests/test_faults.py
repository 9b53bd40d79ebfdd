"""Faults during an ingest, on real components: the database cut, locked or full, the merge
failing, the process killed. The standard: nothing crashes, what was stored stays whole,
the error says what happened (exit code 3 for a database failure), and running the same
command again finishes the job with nothing duplicated.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from storyline.cli import EXIT_STORE, app
from storyline.config import Config
from storyline.data import sample_paths
from storyline.ingest_service import ingest_paths
from storyline.pipeline import register_stage
from storyline.store import open_store
from storyline.store.sqlite import SQLiteStore

pytestmark = pytest.mark.slow

# four invented articles on different subjects (never copied from real outlets)
ARTICLES = {
    "accord.txt": "Norland and Estmark signed a fishing accord in Kaldera on Monday. The accord sets "
                  "catch limits for both fleets. Minister Ana Reyes said the deal was fair.",
    "strike.txt": "Dock workers in Port Veyra walked out on Tuesday over pay. The union leader Tomas "
                  "Quill said the strike would last a week.",
    "flood.txt": "Heavy rain flooded the lower town of Brask on Wednesday. The mayor, Ilse Varga, "
                 "ordered schools closed and asked the army for pumps.",
    "court.txt": "The supreme court of Estmark struck down the new press law on Thursday. Judge "
                 "Marek Olin wrote that it broke the constitution.",
}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _comparable(store) -> dict:
    """What a user sees: article summaries, stories and the timeline, order-free."""
    dossier = store.load_dossier().to_dict()
    return {kind: sorted(json.dumps(r, sort_keys=True) for r in dossier[kind])
            for kind in ("articles", "stories", "timeline")}


def _clean_run(paths: list, tmp_path: Path, *later: list) -> dict:
    """The store that ingesting ``paths`` (then each of ``later``) gives with nothing failing."""
    with open_store(str(tmp_path / "clean.db")) as clean:
        for step in (paths, *later):
            summary = ingest_paths([str(p) for p in step], clean, Config(jobs=1))
            assert summary.aborted is None and summary.failed == 0
        return _comparable(clean)


def _assert_whole(store, expected: int) -> None:
    """``expected`` articles stored, none twice, each with its layers and its signature."""
    ids = [a["id"] for a in store.article_summaries()]
    assert len(ids) == len(set(ids)) == expected
    assert {i for i, _ in store.signatures()} == set(ids)
    for article in store.load_articles():
        assert article.sentences and article.mentions, article.id


def _hold_write_lock(db: str) -> sqlite3.Connection:
    """Another writer on the SQLite file, holding its write lock until rolled back."""
    other = sqlite3.connect(db, isolation_level=None, timeout=30, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def _pg_admin(url: str) -> str:
    """The server's maintenance database (to act on the test database from outside)."""
    return url.rsplit("/", 1)[0] + "/postgres"


def _terminate(url: str, pid: int) -> None:
    import psycopg

    with psycopg.connect(_pg_admin(url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


# ---- the database unavailable for a moment: wait or reconnect, and finish ---------------


def test_a_database_cut_between_articles_is_survived(corpus, tmp_path, store_url):
    store = open_store(store_url)
    cuts, released = [], []

    def cut_after_first(item) -> None:
        if cuts:
            return
        if store_url.startswith("postgresql"):
            cuts.append(store.conn.info.backend_pid)
            _terminate(store_url, cuts[0])  # as a restart or a failover would
        else:
            other = _hold_write_lock(store_url)  # another writer, for a second
            cuts.append(other)
            timer = threading.Timer(1.0, lambda: (other.rollback(), released.append(1)))
            timer.start()

    try:
        summary = ingest_paths([str(corpus)], store, Config(jobs=1), progress=cut_after_first)
        assert summary.aborted is None and summary.failed == 0
        assert summary.ingested == 4 and cuts
        if store_url.startswith("postgresql"):
            assert store.conn.info.backend_pid != cuts[0]  # it reconnected
        else:
            assert released  # it waited for the other writer
        _assert_whole(store, 4)
        again = ingest_paths([str(corpus)], store, Config(jobs=1))
        assert (again.ingested, again.unchanged, again.aborted) == (0, 4, None)
        assert _comparable(store) == _clean_run(sorted(corpus.iterdir()), tmp_path)
    finally:
        store.close()


# ---- the database gone for good: stop, report, keep what is stored; a re-run finishes -----


def test_a_database_lost_for_good_stops_the_run_and_a_rerun_finishes(corpus, tmp_path, store_url):
    import psycopg

    is_pg = store_url.startswith("postgresql")
    store = SQLiteStore(store_url, busy_timeout=0.3) if not is_pg else open_store(store_url)
    name = urlsplit(store_url).path.lstrip("/")
    lock = []

    def lose_after_second(item) -> None:
        if store.count_articles() != 2 or lock:
            return
        if is_pg:
            with psycopg.connect(_pg_admin(store_url), autocommit=True) as admin:
                admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            lock.append(True)
            _terminate(store_url, store.conn.info.backend_pid)
        else:
            lock.append(_hold_write_lock(store_url))  # and never let go during this run

    try:
        summary = ingest_paths([str(corpus)], store, Config(jobs=1), progress=lose_after_second)
    finally:
        store.close()
        if is_pg:
            with psycopg.connect(_pg_admin(store_url), autocommit=True) as admin:
                admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        elif lock:
            lock[0].rollback()
    assert summary.aborted and summary.ingested == 2
    assert ("could not reconnect" if is_pg else "database is locked") in summary.aborted
    with open_store(store_url) as store:
        _assert_whole(store, 2)
        assert len(store.unmerged_article_ids()) == 2  # the merge never ran: nothing half-saved
        again = ingest_paths([str(corpus)], store, Config(jobs=1))
        assert (again.ingested, again.unchanged, again.aborted) == (2, 2, None)
        _assert_whole(store, 4)
        assert store.unmerged_article_ids() == []
        assert _comparable(store) == _clean_run(sorted(corpus.iterdir()), tmp_path)


def test_a_full_disk_stops_the_run_and_a_rerun_finishes(corpus, tmp_path):
    """SQLite's page limit stands in for a full disk (the same SQLITE_FULL error)."""
    db = str(tmp_path / "full.db")
    first, *rest = sorted(corpus.iterdir())
    for path in rest:  # long enough to need pages of their own
        path.write_text(" ".join([path.read_text(encoding="utf-8")] * 40), encoding="utf-8")
    store = open_store(db)
    try:
        assert ingest_paths([str(first)], store, Config(jobs=1)).ingested == 1
        store.conn.execute("VACUUM")  # no free pages left for the next article to use
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        assert store.conn.execute(f"PRAGMA max_page_count = {pages}").fetchone()[0] == pages
        summary = ingest_paths([str(p) for p in rest], store, Config(jobs=1))
    finally:
        store.close()
    assert summary.aborted and "full" in summary.aborted and summary.ingested == 0
    with open_store(db) as store:  # room again (a new connection has no limit)
        _assert_whole(store, 1)
        again = ingest_paths([str(corpus)], store, Config(jobs=1))
        assert (again.ingested, again.unchanged, again.aborted) == (3, 1, None)
        _assert_whole(store, 4)
        # story ids record the order of merges, so the clean run merges in the same steps
        assert _comparable(store) == _clean_run([first], tmp_path, rest)


# ---- the merge failing: the articles stay, and the next ingest merges them ----------------


@register_stage("explode_after_fuse")
def make_exploding_corpus_stage(config):
    """A corpus stage (a real plug-in, for these tests) that fails after the merge ran."""
    def explode(articles, dossier):
        raise RuntimeError("merge failed on purpose")
    return explode


def test_a_failed_merge_keeps_the_articles_and_the_next_ingest_merges_them(corpus, tmp_path,
                                                                            store_url):
    failing = Config(jobs=1, corpus_stages=["fuse", "explode_after_fuse"])
    with open_store(store_url) as store:
        summary = ingest_paths([str(corpus)], store, failing)
        assert summary.ingested == 4 and summary.failed == 1 and summary.aborted is None
        assert [e.code for e in summary.errors] == ["E012"]
        assert "merge failed on purpose" in summary.errors[0].message
        assert [e["code"] for e in store.errors()] == ["E012"]
        _assert_whole(store, 4)
        assert len(store.unmerged_article_ids()) == 4 and store.stories() == []
        again = ingest_paths([str(corpus)], store, Config(jobs=1))
        assert (again.ingested, again.unchanged, again.failed) == (0, 4, 0)
        assert store.unmerged_article_ids() == []
        assert _comparable(store) == _clean_run(sorted(corpus.iterdir()), tmp_path)


def test_articles_an_earlier_run_left_unmerged_are_merged_with_the_new_ones(corpus, tmp_path,
                                                                             store_url):
    first, second, *rest = sorted(corpus.iterdir())
    failing = Config(jobs=1, corpus_stages=["fuse", "explode_after_fuse"])
    with open_store(store_url) as store:
        assert ingest_paths([str(first)], store, Config(jobs=1)).failed == 0  # a merged store
        assert ingest_paths([str(second)], store, failing).failed == 1  # stored, left unmerged
        later = ingest_paths([str(p) for p in rest], store, Config(jobs=1))  # new articles
        assert later.ingested == 2 and later.failed == 0
        assert store.unmerged_article_ids() == []
        merged = {a for s in store.stories() for a in s["articles"]}
        assert len(merged) == 4


# ---- the process killed mid-ingest --------------------------------------------------------


def _cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    # the installed console script, as a user runs it
    storyline = str(Path(sys.executable).with_name("storyline"))
    return subprocess.Popen([storyline, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_killed_ingest_rerun_equals_a_clean_run(tmp_path, store_url):
    paths = [str(p) for p in sample_paths()]
    args = ["ingest", *paths, "--db", store_url, "--jobs", "1", "-q"]
    proc = _cli(*args)
    stored = 0
    try:
        deadline = time.monotonic() + 60
        # articles are stored in a burst after their batch is annotated: kill at the first
        while stored < 1 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
            with open_store(store_url) as peek:
                stored = peek.count_articles()
        assert proc.poll() is None, "the ingest ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    with open_store(store_url) as store:
        killed_at = store.count_articles()
        assert killed_at >= 1
        if killed_at < 16:
            assert store.stories() == []  # the merge comes after every article is stored
    rerun = _cli(*args)
    out, errors = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, errors
    with open_store(store_url) as store:
        _assert_whole_sample(store)
        assert _comparable(store) == _clean_run(sample_paths(), tmp_path)


def _assert_whole_sample(store) -> None:
    ids = [a["id"] for a in store.article_summaries()]
    assert len(ids) == len(set(ids)) == 16
    assert store.unmerged_article_ids() == []


# ---- the CLI: a database failure is exit code 3, with a message that says what to do ------


def test_cli_exits_3_when_another_writer_holds_the_database(tmp_path, monkeypatch):
    db = str(tmp_path / "t.db")
    paths = [str(p) for p in sample_paths()]
    open_store(db).close()
    monkeypatch.setenv("STORYLINE_SQLITE_TIMEOUT", "0.3")
    held = []

    def lock_when_some_are_stored():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with sqlite3.connect(db) as peek:
                if peek.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= 2:
                    held.append(_hold_write_lock(db))
                    return
            time.sleep(0.01)

    locker = threading.Thread(target=lock_when_some_are_stored)
    locker.start()
    try:
        result = CliRunner().invoke(app, ["ingest", *paths, "--db", db, "--jobs", "1", "-q"])
    finally:
        locker.join()
        if held:
            held[0].rollback()
    assert held and result.exit_code == EXIT_STORE
    assert "database is locked" in result.stderr and "run the same command again" in result.stderr
    monkeypatch.delenv("STORYLINE_SQLITE_TIMEOUT")
    again = CliRunner().invoke(app, ["ingest", *paths, "--db", db, "--jobs", "1", "-q"])
    assert again.exit_code == 0, again.stderr
    with open_store(db) as store:
        _assert_whole_sample(store)


# ---- the web server: reads go on while a writer holds the lock, and after a cut -----------


def test_the_server_reads_through_a_write_lock_and_a_cut_connection(corpus, store_url,
                                                                   monkeypatch):
    from fastapi.testclient import TestClient

    from storyline.serve import create_app

    with open_store(store_url) as store:
        ingest_paths([str(corpus)], store, Config(jobs=1))
    with TestClient(create_app(store_url)) as client:
        before = client.get("/api/stories").json()
        assert client.get("/").status_code == 200
        if store_url.startswith("postgresql"):
            import psycopg

            name = urlsplit(store_url).path.lstrip("/")
            with psycopg.connect(_pg_admin(store_url), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            pages = ["/api/stories", "/", "/api/timeline", "/api/articles"]
            answers = [client.get(p) for p in pages]
        else:
            # an ingest holding the write lock (a long merge): a server started meanwhile opens
            # its stores and answers without waiting for it
            monkeypatch.setenv("STORYLINE_SQLITE_TIMEOUT", "0.3")
            other = _hold_write_lock(store_url)
            try:
                with TestClient(create_app(store_url)) as fresh:
                    answers = [fresh.get(p) for p in ["/api/stories", "/", "/api/timeline",
                                                      "/api/search?q=Estmark"]]
            finally:
                other.rollback()
        assert [r.status_code for r in answers] == [200] * len(answers)
        assert answers[0].json() == before


def test_a_post_the_database_cannot_take_answers_503_and_a_repost_stores_it(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from storyline.serve import create_app

    db = str(tmp_path / "api.db")
    open_store(db).close()
    payload = {"articles": [{"id": f"posted-{name}", "text": text} for name, text in ARTICLES.items()]}
    headers = {"Authorization": "Bearer s3cret"}
    monkeypatch.setenv("STORYLINE_SQLITE_TIMEOUT", "0.3")
    with TestClient(create_app(db, token="s3cret")) as client:
        other = _hold_write_lock(db)
        try:
            refused = client.post("/api/articles", json=payload, headers=headers)
        finally:
            other.rollback()
        assert refused.status_code == 503
        assert "database is locked" in refused.json()["aborted"]
        stored = client.post("/api/articles", json=payload, headers=headers)
        assert stored.status_code == 201 and stored.json()["aborted"] is None
        listed = client.get("/api/articles").json()
    assert sorted(a["id"] for a in listed["articles"]) == sorted(f"posted-{name}" for name in ARTICLES)
