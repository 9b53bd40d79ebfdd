"""Versioned schema migrations, written once and adapted to each SQL dialect.

Migrations are the ``NNNN_name.sql`` files in ``storyline/store/migrations``, applied in
order of their number. Each is applied at most once: the ``schema_version`` table records
the versions already applied, and every statement is itself idempotent, so opening a
database twice (or from two processes at once) changes nothing the second time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


@dataclass(frozen=True)
class Migration:
    """One schema step: its version number, name, and dialect-neutral SQL statements."""

    version: int
    name: str
    statements: tuple


def split_statements(sql: str) -> list[str]:
    """SQL text -> statements; ``--`` comments dropped, split at ``;`` ending a line.

    sql (str): a migration file's text (no semicolons inside string literals).
    """
    lines = [line.split("--", 1)[0].rstrip() for line in sql.splitlines()]
    statements, current = [], []
    for line in lines:
        if not line.strip():
            continue
        current.append(line)
        if line.endswith(";"):
            statements.append("\n".join(current)[:-1].strip())
            current = []
    if current:
        statements.append("\n".join(current).strip())
    return statements


def load_migrations(directory: Optional[Path] = None) -> list[Migration]:
    """The migrations in ``directory`` (default: ``MIGRATIONS_DIR``), ordered by version.

    Raises ValueError on a misnamed file or two files with one version number.
    """
    found = {}
    for path in sorted(Path(directory or MIGRATIONS_DIR).glob("*.sql")):
        match = _FILE_NAME.match(path.name)
        if not match:
            raise ValueError(f"migration file {path.name!r} must be named NNNN_name.sql")
        version = int(match.group(1))
        if version in found:
            raise ValueError(f"two migrations share version {version}: {path.name}")
        found[version] = Migration(version, match.group(2),
                                   tuple(split_statements(path.read_text("utf-8"))))
    return [found[v] for v in sorted(found)]


def adapt(statement: str, types: dict) -> str:
    """Replace the ``{JSON}``-style type tokens of a statement with a dialect's types.

    statement (str): dialect-neutral SQL.
    types (dict): token name -> SQL type for the target dialect.
    """
    def replace(match):
        token = match.group(1)
        if token not in types:
            raise KeyError(f"no type for token {{{token}}} in this dialect")
        return types[token]

    return re.sub(r"\{([A-Z_]+)\}", replace, statement)


def pending(applied: set, migrations: list[Migration]) -> list[Migration]:
    """The migrations whose version is not in ``applied``, in order."""
    return [m for m in migrations if m.version not in applied]


def applied_now() -> str:
    """The timestamp recorded for an applied migration (UTC, ISO 8601)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


LATEST_VERSION = max((m.version for m in load_migrations()), default=0)
