"""The exceptions of the lsnroute package: one class per C API error code."""

from __future__ import annotations

from typing import Dict, Optional, Type

from . import _native as n


class Error(Exception):
    """An error of the lsnroute C library.

    ``code`` is the negative ``LSNR_E*`` constant of ``lsnroute.h`` (``None``
    for errors raised by the Python layer itself); ``str(e)`` explains it.
    """

    def __init__(self, message: str, code: Optional[int] = None) -> None:
        super().__init__(message)
        self.code = code


class ConfigError(Error):
    """The configuration string is malformed (``LSNR_ECONFIG``)."""


class RedisError(Error):
    """Redis was unreachable, timed out or answered an error (``LSNR_EREDIS``)."""


class PostgresError(Error):
    """A PostgreSQL connection or query failed (``LSNR_EPG``)."""


class NoPrimaryError(Error):
    """No primary is known: the registry names none and no ``primary`` option
    is set (``LSNR_ENOPRIMARY``)."""


class TokenNotSavedError(Error):
    """The write committed but its token could not be stored in Redis
    (``LSNR_ETOKEN``). Do not retry the write. ``token`` is the LSN the caller
    must carry itself (e.g. in a cookie) for the write to be visible to the
    key's next request on another app server."""

    def __init__(self, message: str, code: Optional[int] = None, token: Optional[str] = None):
        super().__init__(message, code)
        self.token = token


class InvalidArgumentError(Error, ValueError):
    """A bad argument: too long, or a malformed LSN (``LSNR_EINVAL``)."""


_BY_CODE: Dict[int, Type[Error]] = {
    n.LSNR_ECONFIG: ConfigError,
    n.LSNR_EREDIS: RedisError,
    n.LSNR_EPG: PostgresError,
    n.LSNR_ENOPRIMARY: NoPrimaryError,
    n.LSNR_ETOKEN: TokenNotSavedError,
    n.LSNR_EINVAL: InvalidArgumentError,
}


def error_for(code: int, what: str) -> Error:
    """The exception for C return code ``code``, saying what failed."""
    cls = _BY_CODE.get(code, Error)
    return cls(f"{what}: {n.text(n.lib.lsnr_strerror(code))} ({code})", code)


def check(code: int, what: str) -> None:
    """Raises the matching exception when ``code`` is not ``LSNR_OK``."""
    if code != n.LSNR_OK:
        raise error_for(code, what)
