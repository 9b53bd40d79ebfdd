"""Shared fixtures.

``store_url`` runs a test once per storage backend: SQLite in a temp file, and PostgreSQL
in a throwaway database created (and dropped) on the server named by ``STORYLINE_TEST_PG``
(start one with ``eval "$(bash .ci/postgres.sh)"``). Without that variable the PostgreSQL
run fails under CI (CI=true) and is skipped, with the reason, elsewhere.
"""
from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest
from missing import unavailable

PG_ENV = "STORYLINE_TEST_PG"


def _pg_server() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    why = (f"{PG_ENV} is not set, so the PostgreSQL backend is untested; start a server with "
           f'`eval "$(bash .ci/postgres.sh)"` and run again')
    unavailable(why)


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A URL (or path) of a fresh, empty database for each backend in turn."""
    if request.param == "sqlite":
        yield str(tmp_path / "t.db")
        return
    import psycopg

    server = _pg_server()
    name = "storyline_test_" + uuid.uuid4().hex[:16]
    try:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        pytest.fail(f"cannot create a test database on {PG_ENV}={server}: {exc}")
    try:
        yield _with_database(server, name)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store(store_url):
    """An open store on a fresh database (each backend in turn), closed afterwards."""
    from storyline.store import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()
