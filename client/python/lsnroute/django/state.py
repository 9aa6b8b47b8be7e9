"""What one request (or one ``sticky`` block) knows while it routes: its key,
its token, the one replica alias it reads from, whether it wrote."""

from __future__ import annotations

import contextvars
import logging
from typing import Callable, List, Optional

import psycopg2
from django.db import DatabaseError, connections, transaction
from django.db.utils import InterfaceError, OperationalError

from .. import lsn as lsnlib
from ..errors import Error
from ..request import commit_lsn
from . import conf as confmod

log = logging.getLogger("lsnroute.django")

current: contextvars.ContextVar[Optional["State"]] = contextvars.ContextVar("lsnroute_state", default=None)


class State:
    """Routing state of one request or ``sticky`` block.

    The key and its token are resolved at the first routing decision, i.e.
    before the first query (``lsnr_token``: the larger of Redis, the floor and
    ``hint``); a request that never touches the database never asks Redis.
    ``resolve_key`` may itself read the database (the session): those reads
    go to the primary.
    """

    def __init__(self, resolve_key: Callable[[], Optional[str]], hint: Optional[str] = None) -> None:
        self.conf = confmod.conf()
        self._resolve_key = resolve_key
        self.hint = hint
        self.key: Optional[str] = None
        self.token: Optional[str] = None
        self.wrote = False
        self.read_alias: Optional[str] = None
        self._resolved = False
        self._resolving = False
        self._primary_only = False

    # -- routing -----------------------------------------------------------

    def alias_for_read(self) -> str:
        primary = self.conf.primary
        if self.wrote or self._resolving or connections[primary].in_atomic_block:
            return primary
        if self.read_alias is None:
            self.resolve()
            self.read_alias = primary if self._primary_only else self._choose_replica_alias()
        return self.read_alias

    @property
    def resolved(self) -> bool:
        return self._resolved

    def alias_for_write(self) -> str:
        self.wrote = True
        return self.conf.primary

    def resolve(self) -> None:
        """Finds the key and reads its token (once)."""
        if self._resolved or self._resolving:
            return
        self._resolving = True
        try:
            self.key = self._resolve_key()
            if self.key:
                self.token = confmod.router().token(self.key, self.hint)
            else:
                self.token = lsnlib.largest(self.hint)
        except Error as e:
            log.info("lsnroute: token of %r unavailable, reading from the primary: %s", self.key, e)
            self._primary_only = True
        except BaseException:
            self._primary_only = True  # no key, no token: only the primary is safe
            raise
        finally:
            self._resolving = False
            self._resolved = True

    def _choose_replica_alias(self) -> str:
        r = confmod.router()
        primary = self.conf.primary
        try:
            choice = r.choose_at(self.token)
        except Error as e:
            log.warning("lsnroute: no routing decision, reading from the primary: %s", e)
            return primary
        alias = None if choice.is_primary else self.conf.replicas.get(choice.node)
        if alias is None:
            return primary
        return alias if self._replica_usable(alias, choice.node) else primary

    def _replica_usable(self, alias: str, node: str) -> bool:
        """Opens the replica alias's own Django connection if it has none yet,
        and checks that a new connection's server replayed past the token (a
        restarted replica must not serve reads below it). A replica that
        cannot be reached is blacklisted; the request then reads the primary."""
        db = connections[alias]
        if db.connection is not None:
            return True
        try:
            db.ensure_connection()
            with db.connection.cursor() as cur:  # the driver's cursor: not a counted query
                cur.execute("SELECT pg_last_wal_replay_lsn()::text")
                replayed = lsnlib.parse(cur.fetchone()[0])
        except (DatabaseError, psycopg2.Error) as e:
            log.warning("lsnroute: replica %s (%s) failed, blacklisting it: %s", node, alias, e)
            self._blacklist(node)
            db.close()
            return False
        want = lsnlib.parse(self.token)
        return want is None or (replayed is not None and replayed >= want)

    # -- the end -----------------------------------------------------------

    def save_written(self, keys: List[Optional[str]]) -> Optional[str]:
        """Saves the commit LSN of this block's last write, read on the primary
        connection after the commit, as the token of each of ``keys``, and
        returns it (``None`` without a write). Inside an ``atomic`` block the
        save waits for its commit. A token Redis does not take is logged; the
        caller may carry the returned LSN itself."""
        if not self.wrote:
            return None
        primary = self.conf.primary
        if connections[primary].in_atomic_block:
            transaction.on_commit(lambda: self._save_now(keys), using=primary)
            return None
        return self._save_now(keys)

    def _save_now(self, keys: List[Optional[str]]) -> Optional[str]:
        db = connections[self.conf.primary]
        if db.connection is None:
            return None
        try:
            written = commit_lsn(db.connection)
        except psycopg2.Error as e:
            log.warning("lsnroute: cannot read the commit LSN: %s", e)
            return None
        if written is None:
            return None
        for key in dict.fromkeys(k for k in keys if k):
            try:
                confmod.router().note_write(key, written)
            except Error as e:  # TokenNotSavedError included
                log.warning("lsnroute: token %s of %r not saved: %s", written, key, e)
        return written

    def blame(self, exc: BaseException) -> None:
        """A replica alias whose connection failed during the request is
        blacklisted (the view still sees the error: a router cannot retry)."""
        alias = self.read_alias
        node = self.conf.node_of_alias.get(alias) if alias else None
        if node is None or not isinstance(exc, (OperationalError, InterfaceError)):
            return
        db = connections[alias]
        if db.errors_occurred or db.connection is None or db.connection.closed:
            log.warning("lsnroute: replica %s (%s) failed, blacklisting it: %s", node, alias, exc)
            self._blacklist(node)

    def _blacklist(self, node: str) -> None:
        try:
            confmod.router().blacklist(node)
        except Error as e:
            log.warning("lsnroute: blacklist %s only locally: %s", node, e)
