"""SQLite backend (the default): one file, WAL mode, foreign keys on.

    store = SQLiteStore("storyline.db")
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from ..errors import StoreError
from .sql import SQLStore


class SQLiteStore(SQLStore):
    """The store in a SQLite file.

    path (str): the database file (created, with its schema, when missing), or ":memory:".
    busy_timeout (float | None): seconds a write waits for another writer's lock before it
        fails; default ``$STORYLINE_SQLITE_TIMEOUT``, else 30.
    """

    types = {"JSON": "TEXT", "BLOB": "BLOB", "SERIAL_PK": "INTEGER PRIMARY KEY AUTOINCREMENT"}
    driver_error = (sqlite3.Error,)
    dialect = "sqlite"

    def __init__(self, path: str, busy_timeout: Optional[float] = None):
        path = str(path)
        self.busy_timeout = float(busy_timeout if busy_timeout is not None
                                  else os.environ.get("STORYLINE_SQLITE_TIMEOUT") or 30)
        if path != ":memory:" and not Path(path).parent.is_dir():
            raise StoreError(f"cannot open the store at {path}: folder "
                             f"{Path(path).parent} does not exist; create it first")
        super().__init__(path)

    def _connect(self):
        # autocommit mode: transactions are begun explicitly (see _begin), never implicitly
        conn = sqlite3.connect(self.url, isolation_level=None, check_same_thread=False,
                               timeout=self.busy_timeout)
        conn.row_factory = sqlite3.Row
        if self.url != ":memory:":
            # WAL lets readers (the web view) read while an ingest writes
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # durable enough under WAL
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
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
