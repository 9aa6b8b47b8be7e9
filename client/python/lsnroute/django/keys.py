"""Sticky key text of a request (``user:<pk>``, ``session:<key>`` or what the
``KEY`` callable returns) and the signed cookie that carries the token."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.utils.module_loading import import_string

from .conf import Conf

COOKIE_SALT = "lsnroute.django"


@dataclass(frozen=True)
class Carried:
    """What the signed cookie carries: the token, and the key it was issued
    for together with the session key it belonged to (a user's identity only
    changes with the session key: login cycles it, logout flushes it), so that
    the key is known at request start without loading the session."""

    token: str
    session_key: str
    key: str

    def dumps(self) -> str:
        return f"{self.token}|{self.session_key}|{self.key}"

    @classmethod
    def loads(cls, text: Optional[str]) -> Optional["Carried"]:
        if not text or text.count("|") < 2:
            return None
        token, session_key, key = text.split("|", 2)
        return cls(token, session_key, key)


def read_cookie(request, conf: Conf) -> Optional[Carried]:
    """The cookie's content if its signature (Django's signing) is valid."""
    if not conf.cookie:
        return None
    value = request.get_signed_cookie(conf.cookie, default=None, salt=COOKIE_SALT, max_age=conf.cookie_age_s)
    return Carried.loads(value)


def write_cookie(response, conf: Conf, carried: Carried) -> None:
    response.set_signed_cookie(
        conf.cookie,
        carried.dumps(),
        salt=COOKIE_SALT,
        max_age=conf.cookie_age_s,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE or None,
    )


def session_key(request) -> str:
    """The request's session key now ("" without one); never reads the database."""
    session = getattr(request, "session", None)
    if session is not None:
        return session.session_key or ""
    return request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")


def resolver(request, conf: Conf, carried: Optional[Carried]) -> Callable[[], Optional[str]]:
    """A function returning the request's key text, or None (anonymous without
    a session key: the cookie alone protects the request)."""
    if conf.key == "session":
        return lambda: _session_text(session_key(request))
    if conf.key == "user":

        def user_key() -> Optional[str]:
            sk = session_key(request)
            if carried and sk and carried.session_key == sk:
                return carried.key or None
            return user_key_from_session(request, sk)

        return user_key
    func = import_string(conf.key)
    return lambda: func(request) or None


def user_key_from_session(request, sk: str) -> Optional[str]:
    """``user:<pk>`` of the session's user (loads the session if needed),
    else ``session:<key>``."""
    session = getattr(request, "session", None)
    uid = session.get(SESSION_KEY) if session is not None and sk else None
    return f"user:{uid}" if uid else _session_text(sk)


def _session_text(sk: str) -> Optional[str]:
    return f"session:{sk}" if sk else None
