"""Running a store method again after a lost connection (shared by the SQL store's modules)."""
from __future__ import annotations

import functools

from ..errors import StoreError


def reconnecting(method):
    """Run a store method again, once, on a fresh connection when the connection was lost
    (a database restart, a failover, an idle connection cut by a proxy). Safe because every
    write is one transaction that the server rolled back when the connection went, and
    re-adding an article is a no-op (ON CONFLICT DO NOTHING)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (StoreError, *self.driver_error) as exc:
            if not self._connection_lost(exc):
                raise
            self._reconnect()
            return method(self, *args, **kwargs)

    return wrapper
