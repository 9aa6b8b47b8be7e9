"""The ``LSNROUTE`` setting, checked, and the one ``lsnroute.Router`` per process."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Dict, Optional

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed

from .. import config as cfgparse
from ..router import Router

DEFAULT_COOKIE = "lsnr"
_UNSET = object()


@dataclass(frozen=True)
class Conf:
    """``settings.LSNROUTE``:

    * ``CONFIG``: the client configuration string of the C library;
    * ``PRIMARY``: the ``DATABASES`` alias of the primary (default ``"default"``);
    * ``REPLICAS``: ``{node name: alias}``; nodes not listed are never used;
    * ``KEY``: ``"user"`` (default), ``"session"`` or the dotted path of a
      callable ``f(request) -> str | None`` returning the key text itself;
    * ``COOKIE``: the signed cookie carrying the token (default ``"lsnr"``),
      or ``None`` for none.
    """

    config: str
    primary: str
    replicas: Dict[str, str]
    key: str
    cookie: Optional[str]
    cookie_age_s: int
    node_of_alias: Dict[str, str] = field(default_factory=dict)


_conf: Optional[Conf] = None
_routers: Dict[str, Router] = {}
_lock = threading.Lock()


def conf() -> Conf:
    """The checked ``LSNROUTE`` setting (re-read after ``override_settings``)."""
    global _conf
    c = _conf
    if c is None:
        c = _conf = _load()
    return c


def router() -> Router:
    """The process's router for ``LSNROUTE["CONFIG"]`` (created once; thread-safe)."""
    text = conf().config
    with _lock:
        r = _routers.get(text)
        if r is None:
            r = _routers[text] = Router(text)
        return r


def _load() -> Conf:
    raw = getattr(settings, "LSNROUTE", None)
    if not isinstance(raw, dict):
        raise ImproperlyConfigured("LSNROUTE must be a dict with at least CONFIG (see lsnroute.django)")
    unknown = set(raw) - {"CONFIG", "PRIMARY", "REPLICAS", "KEY", "COOKIE"}
    if unknown:
        raise ImproperlyConfigured(f"LSNROUTE: unknown keys {sorted(unknown)}")
    config = raw.get("CONFIG")
    if not isinstance(config, str):
        raise ImproperlyConfigured("LSNROUTE['CONFIG'] must be the client configuration string")
    primary = raw.get("PRIMARY", "default")
    replicas = dict(raw.get("REPLICAS", {}))
    for alias in [primary, *replicas.values()]:
        if alias not in settings.DATABASES:
            raise ImproperlyConfigured(f"LSNROUTE: '{alias}' is not an alias in DATABASES")
    if primary in replicas.values():
        raise ImproperlyConfigured(f"LSNROUTE: the primary alias '{primary}' is also listed in REPLICAS")
    key = raw.get("KEY", "user")
    if not isinstance(key, str) or not key:
        raise ImproperlyConfigured("LSNROUTE['KEY'] must be 'user', 'session' or a dotted path")
    cookie = raw.get("COOKIE", DEFAULT_COOKIE)
    ttl_ms = cfgparse.int_option(cfgparse.parse_conninfo(config), "token_ttl_ms", 3600000)
    return Conf(
        config=config,
        primary=primary,
        replicas=replicas,
        key=key,
        cookie=cookie or None,
        cookie_age_s=max(1, ttl_ms // 1000),
        node_of_alias={alias: node for node, alias in replicas.items()},
    )


def _forget(*, setting, **kwargs) -> None:
    global _conf
    if setting in ("LSNROUTE", "DATABASES"):
        _conf = None


setting_changed.connect(_forget)
