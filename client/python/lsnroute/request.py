"""``Router.request()``: one request of one sticky key, as a context manager."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import psycopg2
import psycopg2.errors
import psycopg2.extensions as ext

from . import lsn as lsnlib
from .errors import Error, InvalidArgumentError, PostgresError, RedisError, TokenNotSavedError
from .pool import NodePool

if TYPE_CHECKING:  # pragma: no cover
    from .router import Choice, Router

# Errors that say the server or the connection failed, not the query.
_SERVER_FAILURES = (psycopg2.OperationalError, psycopg2.InterfaceError)


def commit_lsn(conn: ext.connection) -> Optional[str]:
    """The commit LSN of ``conn``'s last write: ``lsnroute.last_commit_lsn()``,
    or the primary's insert LSN where the extension is absent; ``None`` when
    the session committed nothing that wrote WAL."""
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT lsnroute.last_commit_lsn()::text")
            value = cur.fetchone()[0]
        conn.rollback()
        return value
    except psycopg2.errors.UndefinedFunction:
        conn.rollback()
    except psycopg2.errors.InvalidSchemaName:
        conn.rollback()
    with conn.cursor() as cur:
        cur.execute("SELECT pg_current_wal_insert_lsn()::text")
        value = cur.fetchone()[0]
    conn.rollback()
    return value


class _Lease:
    """A pooled connection and the pool it goes back to."""

    def __init__(self, pool: NodePool, conn: ext.connection, is_primary: bool) -> None:
        self.pool = pool
        self.conn = conn
        self.is_primary = is_primary


class Request:
    """One request of sticky key ``key`` (see ``Router.request``).

    On entry it reads the key's effective token (the larger of Redis and
    ``hint``). ``read()`` returns a connection to a replica that has replayed
    past it, else to the primary, the same node for the whole request;
    ``write()`` returns the primary, and later reads go there too. On a clean
    exit a write still open is committed and its commit LSN becomes the key's
    token; on an exception everything is rolled back. Connections go back to
    the router's pools, reset. ``token`` is then the token to carry on (e.g.
    in a cookie). Not thread-safe: one thread per request.
    """

    def __init__(self, router: "Router", key: str, hint: Optional[str]) -> None:
        self._router = router
        self.key = key
        self.hint = hint
        self.token: Optional[str] = None
        self.node: Optional[str] = None  # node of the last connection handed out
        self.reason: Optional[str] = None  # why the read went where it did
        self._primary_only = False
        self._wrote = False
        self._read: Optional[_Lease] = None
        self._write: Optional[_Lease] = None

    def __enter__(self) -> "Request":
        try:
            self.token = self._router.token(self.key, self.hint)
        except (RedisError, InvalidArgumentError):
            # No request fails because of Redis or a malformed hint: without a
            # trustworthy token only the primary is safe.
            self._primary_only = True
            self.token = lsnlib.largest(self.hint)
        return self

    def read(self) -> ext.connection:
        """A connection for reads: a replica past the token, else the primary."""
        if self._wrote or self._primary_only:
            return self.write_connection()
        if self._read is None:
            self._read = self._lease_for_read()
        self.node = self._read.pool.node
        return self._read.conn

    def write(self) -> ext.connection:
        """The primary; later reads of this request go to the primary too."""
        self._wrote = True
        return self.write_connection()

    def write_connection(self) -> ext.connection:
        if self._write is None:
            if self._read is not None and self._read.is_primary:
                self._write, self._read = self._read, None
            else:
                self._write = self._lease(self._router.primary())
        self.node = self._write.pool.node
        return self._write.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc is not None:
                self._blame(exc)
                return
            if self._wrote:
                self._finish_write()
        finally:
            self._release()

    # -- internals ---------------------------------------------------------

    def _lease_for_read(self) -> _Lease:
        choice = self._router.choose_at(self.token)
        self.reason = choice.reason
        if choice.is_primary:
            return self._lease(choice)
        pool = self._router.pools.get(choice.node, choice.dsn)
        try:
            conn, fresh = pool.checkout()
        except PostgresError as e:
            if isinstance(e.__cause__, psycopg2.Error):  # it failed, not a full pool
                self._blacklist(choice.node)
            self.reason = "replica_failed"
            return self._lease(self._router.primary())
        if fresh and not self._replayed_past_token(pool, conn):
            self.reason = "replica_behind_entry"
            return self._lease(self._router.primary())
        return _Lease(pool, conn, False)

    def _replayed_past_token(self, pool: NodePool, conn: ext.connection) -> bool:
        """A new replica connection must not serve reads below the token (a
        replica restarted below what its registry entry promised)."""
        want = lsnlib.parse(self.token)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT pg_last_wal_replay_lsn()::text")
                have = lsnlib.parse(cur.fetchone()[0])
            conn.rollback()
        except psycopg2.Error:
            pool.discard(conn)
            self._blacklist(pool.node)
            return False
        if want is not None and (have is None or have < want):
            pool.checkin(conn)
            return False
        return True

    def _lease(self, choice: "Choice") -> _Lease:
        pool = self._router.pools.get(choice.node, choice.dsn)
        conn, _ = pool.checkout()
        return _Lease(pool, conn, choice.is_primary)

    def _finish_write(self) -> None:
        conn = self._write.conn
        if conn.info.transaction_status != ext.TRANSACTION_STATUS_IDLE:
            conn.commit()
        written = commit_lsn(conn)
        if written is None:
            return
        self.token = lsnlib.largest(self.token, written)
        try:
            self._router.note_write(self.key, written)
        except TokenNotSavedError as e:
            e.token = self.token
            raise

    def _blame(self, exc: BaseException) -> None:
        """A replica whose server or connection failed is blacklisted, so that
        this and every other app server stop reading there."""
        lease = self._read
        if lease is None or lease.is_primary or not isinstance(exc, _SERVER_FAILURES):
            return
        if lease.conn.closed or lease.conn.info.transaction_status == ext.TRANSACTION_STATUS_UNKNOWN:
            self._blacklist(lease.pool.node)

    def _blacklist(self, node: str) -> None:
        try:
            self._router.blacklist(node)
        except Error:
            pass  # the local blacklist took it; Redis is down

    def _release(self) -> None:
        for lease in (self._read, self._write):
            if lease is not None:
                lease.pool.checkin(lease.conn)
        self._read = self._write = None
