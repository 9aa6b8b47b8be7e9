"""pg_lsnroute for Django: reads on replicas without stale reads.

    MIDDLEWARE = [
        "lsnroute.django.middleware.LsnrouteMiddleware",   # before SessionMiddleware
        "django.contrib.sessions.middleware.SessionMiddleware",
        ...
    ]
    DATABASE_ROUTERS = ["lsnroute.django.router.LsnrouteRouter"]
    LSNROUTE = {
        "CONFIG": "redis=127.0.0.1:6379 cluster=shop pg='user=app dbname=app'",
        "PRIMARY": "default",
        "REPLICAS": {"db2": "replica1", "db3": "replica2"},   # node name -> alias
        "KEY": "user",          # or "session", or "myapp.keys.tenant_key"
        "COOKIE": "lsnr",       # or None
    }

Background jobs use ``sticky(key)``, as a context manager or a decorator.
"""

from __future__ import annotations

from contextlib import ContextDecorator
from typing import Optional

from .. import lsn as lsnlib


class sticky(ContextDecorator):
    """Routes the database work of a background job (a Celery task, a
    management command) like a request of sticky key ``key`` (the same text
    as the middleware's: ``"user:42"``): reads see that key's earlier writes,
    and the block's last write becomes the key's token (inside an outer
    ``atomic``, once that commits). ``token`` is set after the block. A token
    Redis does not take is logged, not raised: the write committed and must
    not be retried."""

    def __init__(self, key: str) -> None:
        if not isinstance(key, str) or not key:
            raise ValueError("lsnroute.django.sticky: the key is a non-empty str")
        self.key = key
        self.token: Optional[str] = None
        self._entry = None

    def _recreate_cm(self) -> "sticky":
        return sticky(self.key)  # each decorated call gets its own state

    def __enter__(self) -> "sticky":
        from .state import State, current

        key = self.key
        state = State(lambda: key)
        self._entry = (state, current.set(state))
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        from .state import current

        state, ctx = self._entry
        try:
            if exc is not None:
                state.blame(exc)
                return False
            self.token = lsnlib.largest(state.token, state.save_written([self.key]))
        finally:
            current.reset(ctx)
        return False


__all__ = ["sticky"]
