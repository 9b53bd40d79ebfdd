"""Storage behind one small interface: SQLite by default, PostgreSQL by URL.

    store = open_store("storyline.db")            # SQLite file (WAL)
    store = open_store("postgresql://localhost/x") # PostgreSQL, same schema
"""
from .base import Store, open_store

__all__ = ["Store", "open_store"]
