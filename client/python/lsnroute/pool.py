"""Per-node pools of psycopg2 connections, owned by one Router.

psycopg2 cannot wrap a ``PGconn`` that the C library opened, so the package
keeps its own connections: one bounded pool per (node, dsn). A connection
handed back is rolled back and reset (``DISCARD ALL``, session defaults) so
that nothing one request set leaks into the next; one that is broken or
cannot be reset is closed instead.
"""

from __future__ import annotations

import threading
import time
from typing import Callable, Dict, List, Tuple

import psycopg2
import psycopg2.extensions as ext

from .errors import PostgresError

Connect = Callable[[str], "ext.connection"]


class NodePool:
    """At most ``size`` connections to one node; thread-safe."""

    def __init__(self, node: str, dsn: str, size: int, wait_s: float, connect: Connect) -> None:
        self.node = node
        self.dsn = dsn
        self._size = size
        self._wait_s = wait_s
        self._connect = connect
        self._idle: List[ext.connection] = []
        self._open = 0  # idle + checked out
        self._cond = threading.Condition()
        self._closed = False

    def checkout(self) -> Tuple[ext.connection, bool]:
        """A connection, and whether it was opened just now. Waits up to the
        pool's wait for a free slot; raises PostgresError when it cannot connect."""
        deadline = time.monotonic() + self._wait_s
        with self._cond:
            while not self._idle and self._open >= self._size:
                left = deadline - time.monotonic()
                if left <= 0 or not self._cond.wait(left):
                    raise PostgresError(
                        f"no free connection to node '{self.node}' within {self._wait_s:g} s "
                        f"(pool of {self._size})"
                    )
            if self._idle:
                return self._idle.pop(), False
            self._open += 1
        try:
            return self._connect(self.dsn), True
        except psycopg2.Error as e:
            self._release_slot()
            raise PostgresError(f"connect to node '{self.node}': {e}".strip()) from e

    def checkin(self, conn: ext.connection) -> None:
        """Returns ``conn`` reset to a fresh session, or closes it."""
        if self._closed or not _reset(conn):
            _close_quietly(conn)
            self._release_slot()
            return
        with self._cond:
            self._idle.append(conn)
            self._cond.notify()

    def discard(self, conn: ext.connection) -> None:
        """Closes ``conn`` (it failed) instead of pooling it."""
        _close_quietly(conn)
        self._release_slot()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._open -= len(idle)
            self._cond.notify_all()
        for c in idle:
            _close_quietly(c)

    def _release_slot(self) -> None:
        with self._cond:
            self._open -= 1
            self._cond.notify()


class PoolSet:
    """The pools of one Router, one per (node, dsn): a node whose published
    dsn changes gets a new pool."""

    def __init__(self, size: int, wait_s: float = 5.0, connect: Connect = psycopg2.connect) -> None:
        self._size = size
        self._wait_s = wait_s
        self._connect = connect
        self._pools: Dict[Tuple[str, str], NodePool] = {}
        self._lock = threading.Lock()

    def get(self, node: str, dsn: str) -> NodePool:
        with self._lock:
            pool = self._pools.get((node, dsn))
            if pool is None:
                pool = NodePool(node, dsn, self._size, self._wait_s, self._connect)
                self._pools[(node, dsn)] = pool
            return pool

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for p in pools:
            p.close()


def _reset(conn: ext.connection) -> bool:
    """Rolls back and resets ``conn``'s session; False when it is unusable."""
    if conn.closed:
        return False
    try:
        status = conn.info.transaction_status
        if status == ext.TRANSACTION_STATUS_UNKNOWN:
            return False
        if status != ext.TRANSACTION_STATUS_IDLE and not conn.autocommit:
            conn.rollback()
        conn.autocommit = True
        with conn.cursor() as cur:
            if status != ext.TRANSACTION_STATUS_IDLE:
                cur.execute("ROLLBACK")  # a BEGIN sent in autocommit mode
            cur.execute("DISCARD ALL")
        conn.autocommit = False
        conn.set_session(isolation_level="DEFAULT", readonly="DEFAULT", deferrable="DEFAULT")
        del conn.notices[:]
        return True
    except psycopg2.Error:
        return False


def _close_quietly(conn: ext.connection) -> None:
    try:
        conn.close()
    except psycopg2.Error:
        pass
