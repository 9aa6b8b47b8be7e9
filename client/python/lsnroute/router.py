"""``lsnroute.Router``: the C router, plus the package's own connection pools."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Optional

import psycopg2

from . import _native as n
from . import config as cfg
from .errors import ConfigError, TokenNotSavedError, check, error_for
from .pool import PoolSet
from .request import Request

ffi, lib = n.ffi, n.lib


@dataclass(frozen=True)
class Choice:
    """Where a read (or, from ``Router.primary()``, a write) should go.

    ``dsn`` is the node's conninfo merged with the configuration's ``pg``
    option: ``psycopg2.connect(choice.dsn)`` works. ``reason`` is the C
    router's reason (``fresh_replica``, ``no_eligible_replica``, ...)."""

    node: str
    dsn: str
    is_primary: bool
    reason: str


def _key(key: str) -> bytes:
    if not isinstance(key, str) or not key:
        raise ValueError("lsnroute: a sticky key is a non-empty str")
    return key.encode("utf-8")


def _hint(hint: Optional[str]):
    return hint.encode("ascii", "replace") if hint else ffi.NULL


class Router:
    """Routes each request of a sticky key to a replica that has replayed past
    the key's last write, else to the primary.

    ``config`` is the client configuration string of the C library
    (``"redis=10.0.0.5:6379 cluster=shop pg='user=app dbname=app'"``). Every
    method is safe to call from many threads; a ``Request`` belongs to one.
    Use as a context manager, or call ``close()``, to release the router.
    """

    def __init__(self, config: str) -> None:
        err = ffi.new("char[]", 512)
        handle = lib.lsnr_router_new(config.encode("utf-8"), err, len(err))
        if handle == ffi.NULL:
            raise ConfigError(f"lsnroute: {n.text(err) or 'cannot create the router'}", n.LSNR_ECONFIG)
        self._handle = handle
        self._free = weakref.finalize(self, lib.lsnr_router_free, handle)
        options = cfg.parse_conninfo(config)
        self.pool_size = cfg.int_option(options, "pool_size", cfg.DEFAULT_POOL_SIZE)
        self.blacklist_ms = cfg.int_option(options, "blacklist_ms", cfg.DEFAULT_BLACKLIST_MS)
        self.pools = PoolSet(self.pool_size, connect=psycopg2.connect)

    # -- requests ----------------------------------------------------------

    def request(self, key: str, hint: Optional[str] = None) -> Request:
        """A request of sticky key ``key``; use it as a context manager.

        ``hint`` is a token the caller carries (a cookie): the request uses the
        larger of it and the key's token in Redis. Inside the block,
        ``.read()`` / ``.write()`` hand out psycopg2 connections; after it,
        ``.token`` is the token to carry on."""
        return Request(self, key, hint)

    # -- advisory calls ----------------------------------------------------

    def token(self, key: str, hint: Optional[str] = None) -> Optional[str]:
        """The effective token of ``key``: max(token in Redis, floor, hint),
        as LSN text, or ``None`` when there is none (one Redis round trip)."""
        k = _key(key)
        out = ffi.new("char[]", n.LSNR_TOKEN_MAX)
        check(lib.lsnr_token(self._handle, k, len(k), _hint(hint), out, len(out)), f"token of '{key}'")
        return n.text(out) or None

    def choose(self, key: str, hint: Optional[str] = None) -> Choice:
        """Where a read of ``key`` should go now (with ``hint``, as ``request``)."""
        if hint is not None:
            return self.choose_at(self.token(key, hint))
        k = _key(key)
        out = ffi.new("lsnr_choice *")
        check(lib.lsnr_choose(self._handle, k, len(k), out), f"choose for '{key}'")
        return _choice(out)

    def choose_at(self, token: Optional[str]) -> Choice:
        """Where a read should go for a token the caller already has (no Redis
        round trip). A malformed token raises InvalidArgumentError."""
        out = ffi.new("lsnr_choice *")
        check(lib.lsnr_choose_at(self._handle, _hint(token), out), f"choose at token '{token}'")
        return _choice(out)

    def primary(self) -> Choice:
        """Where writes go now: the registry's primary, else the ``primary`` option."""
        out = ffi.new("lsnr_choice *")
        check(lib.lsnr_primary(self._handle, out), "find the primary")
        return _choice(out)

    def note_write(self, key: str, lsn: str) -> None:
        """Raises the token of ``key`` to ``lsn`` (the commit LSN of a write,
        ``SELECT lsnroute.last_commit_lsn()``), monotonically. Raises
        TokenNotSavedError when Redis did not take it: carry ``lsn`` yourself."""
        k = _key(key)
        rc = lib.lsnr_note_write(self._handle, k, len(k), lsn.encode("ascii", "replace"))
        if rc == n.LSNR_ETOKEN:
            e = error_for(rc, f"token {lsn} of '{key}' not saved")
            raise TokenNotSavedError(str(e), rc, token=lsn)
        check(rc, f"note write {lsn} of '{key}'")

    # -- operations --------------------------------------------------------

    def blacklist(self, node: str, ms: Optional[int] = None) -> None:
        """Keeps reads off ``node`` for ``ms`` (default: ``blacklist_ms``), here
        and, through Redis, on every app server. ``ms=0`` removes it."""
        duration = self.blacklist_ms if ms is None else ms
        check(lib.lsnr_blacklist(self._handle, node.encode("utf-8"), duration), f"blacklist '{node}'")

    def metrics(self) -> str:
        """The router's metrics in Prometheus text format."""
        size = 1 << 16
        while True:
            buf = ffi.new("char[]", size)
            rc = lib.lsnr_metrics(self._handle, buf, size)
            if rc != n.LSNR_ETRUNC:
                check(rc, "metrics")
                return n.text(buf)
            size *= 4

    def close(self) -> None:
        """Closes the pooled connections and frees the C router."""
        self.pools.close()
        self._free()

    def __enter__(self) -> "Router":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _choice(c) -> Choice:
    return Choice(
        node=n.text(c.node), dsn=n.text(c.dsn), is_primary=bool(c.is_primary), reason=n.text(c.reason)
    )
