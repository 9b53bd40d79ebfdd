"""SQLite backend (the default): one file, WAL mode, foreign keys on.

    store = SQLiteStore("storyline.db")
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .sql import SQLStore


class SQLiteStore(SQLStore):
    """The store in a SQLite file.

    path (str): the database file (created, with its schema, when missing), or ":memory:".
    """

    types = {"JSON": "TEXT", "BLOB": "BLOB", "SERIAL_PK": "INTEGER PRIMARY KEY AUTOINCREMENT"}
    driver_error = (sqlite3.Error,)
    dialect = "sqlite"

    def __init__(self, path: str):
        path = str(path)
        if path != ":memory:" and not Path(path).parent.is_dir():
            raise StoreError(f"cannot open the store at {path}: folder "
                             f"{Path(path).parent} does not exist; create it first")
        super().__init__(path)

    def _connect(self):
        # autocommit mode: transactions are begun explicitly (see _begin), never implicitly
        conn = sqlite3.connect(self.url, isolation_level=None, check_same_thread=False,
                               timeout=30)
        conn.row_factory = sqlite3.Row
        if self.url != ":memory:":
            # WAL lets readers (the web view) read while an ingest writes
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # durable enough under WAL
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    @contextmanager
    def _begin(self, for_migration: bool = False):
        # IMMEDIATE takes the write lock up front, so two writers (or two processes
        # migrating the same new file) queue instead of failing half-way
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _rows(self, cursor) -> list[dict]:
        return [dict(r) for r in cursor.fetchall()]
