"""pg_lsnroute for Python: read-your-writes routing of PostgreSQL reads to
streaming replicas, over the C library (liblsnroute).

    import lsnroute

    router = lsnroute.Router("redis=127.0.0.1:6379 cluster=shop pg='dbname=app'")
    with router.request("user:42") as q:
        with q.write().cursor() as cur:       # the primary
            cur.execute("UPDATE carts SET ... WHERE user_id = 42")
    # committed; the token of user:42 is now that commit's LSN (q.token)
    with router.request("user:42") as q:
        with q.read().cursor() as cur:        # a replica past that commit, else the primary
            cur.execute("SELECT ... FROM carts WHERE user_id = 42")

Django: see ``lsnroute.django``.
"""

from .errors import (
    ConfigError,
    Error,
    InvalidArgumentError,
    NoPrimaryError,
    PostgresError,
    RedisError,
    TokenNotSavedError,
)
from . import lsn
from .request import Request
from .router import Choice, Router

__version__ = "1.1.0"

__all__ = [
    "Choice",
    "ConfigError",
    "Error",
    "InvalidArgumentError",
    "NoPrimaryError",
    "PostgresError",
    "RedisError",
    "Request",
    "Router",
    "TokenNotSavedError",
    "lsn",
]
