"""``LsnrouteMiddleware``: one routing state per request.

List it in ``MIDDLEWARE`` *before* ``SessionMiddleware``: its
``process_response`` must run after the session has been saved, so that the
session write's commit LSN is part of the token too.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.deprecation import MiddlewareMixin

from .. import lsn as lsnlib
from . import conf as confmod
from .keys import Carried, read_cookie, resolver, session_key, write_cookie
from .state import State, current

_SELF = "lsnroute.django.middleware.LsnrouteMiddleware"
_SESSION = "django.contrib.sessions.middleware.SessionMiddleware"


class LsnrouteMiddleware(MiddlewareMixin):
    """Reads the request's key and token before its first query, routes its
    reads through ``LsnrouteRouter``, and in ``process_response`` (before the
    response is returned) saves the commit LSN of its last write as the token
    of the key it started with and of the key it ends with (they differ at
    login and logout). With ``COOKIE`` set the token also travels in a signed
    cookie; the larger of cookie and Redis is used, so a token Redis did not
    take still protects the user's next request."""

    def __init__(self, get_response) -> None:
        super().__init__(get_response)
        mw = list(settings.MIDDLEWARE)
        if _SESSION in mw and mw.index(_SESSION) < mw.index(_SELF):
            raise ImproperlyConfigured(
                f"{_SELF} must come before {_SESSION} in MIDDLEWARE: it saves the token "
                "after the session has been saved"
            )

    def process_request(self, request) -> None:
        conf = confmod.conf()
        carried = read_cookie(request, conf)
        state = State(resolver(request, conf, carried), hint=carried.token if carried else None)
        request._lsnroute = (state, current.set(state), carried, session_key(request))

    def process_exception(self, request, exception) -> None:
        entry = getattr(request, "_lsnroute", None)
        if entry is not None:
            entry[0].blame(exception)

    def process_response(self, request, response):
        entry = getattr(request, "_lsnroute", None)
        if entry is None:
            return response
        state, ctx, carried, sk_start = entry
        try:
            self._finish(request, response, state, carried, sk_start)
        finally:
            del request._lsnroute
            try:
                current.reset(ctx)
            except ValueError:  # process_response ran in another context (async)
                current.set(None)
        return response

    @staticmethod
    def _finish(request, response, state: State, carried, sk_start: str) -> None:
        conf = state.conf
        resolve = resolver(request, conf, carried)
        key_start = state.key if state.resolved else (resolve() if state.wrote else None)
        sk_end = session_key(request)
        same_session = sk_end == sk_start and conf.key in ("user", "session")
        key_end = key_start if same_session else resolve()
        written = state.save_written([key_start, key_end])
        if not conf.cookie:
            return
        token = lsnlib.largest(state.token, carried.token if carried else None, written) or ""
        new = Carried(token, sk_end, key_end or "")
        if new != carried and (token or key_end):
            write_cookie(response, conf, new)
