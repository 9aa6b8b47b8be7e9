"""The C API of liblsnroute (``lsnroute.h``), loaded with cffi in ABI mode.

Nothing is compiled: the declarations below mirror ``client/include/lsnroute.h``
and the shared library is opened at import time. ``LSNROUTE_LIBRARY`` names the
library file to use (the tests point it at a build directory); otherwise the
one ``make install`` put next to this package's install, else
``liblsnroute.so.1`` through the dynamic linker.
"""

from __future__ import annotations

import ctypes.util
import os

import cffi

# The constants and sizes of lsnroute.h (binding names, docs/design.md).
LSNR_OK = 0
LSNR_EINVAL = -1
LSNR_ENOMEM = -2
LSNR_ECONFIG = -3
LSNR_EREDIS = -4
LSNR_EPG = -5
LSNR_ENOPRIMARY = -6
LSNR_ETRUNC = -7
LSNR_ESTATE = -8
LSNR_EINTERNAL = -9
LSNR_ETOKEN = -10
LSNR_NODE_MAX = 129
LSNR_DSN_MAX = 1024
LSNR_TOKEN_MAX = 18

ffi = cffi.FFI()
ffi.cdef(
    """
    typedef struct pg_conn PGconn;
    typedef struct lsnr_router lsnr_router;
    typedef struct lsnr_request lsnr_request;
    typedef struct lsnr_choice {
        char node[129];
        char dsn[1024];
        int is_primary;
        const char *reason;
    } lsnr_choice;

    lsnr_router *lsnr_router_new(const char *config, char *errbuf, size_t errlen);
    void lsnr_router_free(lsnr_router *r);

    int lsnr_choose(lsnr_router *r, const char *key, size_t keylen, lsnr_choice *out);
    int lsnr_note_write(lsnr_router *r, const char *key, size_t keylen, const char *lsn);
    int lsnr_choose_at(lsnr_router *r, const char *token, lsnr_choice *out);
    int lsnr_token(lsnr_router *r, const char *key, size_t keylen, const char *hint,
                   char *out, size_t len);
    int lsnr_primary(lsnr_router *r, lsnr_choice *out);

    int lsnr_blacklist(lsnr_router *r, const char *node, long ms);
    int lsnr_metrics(lsnr_router *r, char *buf, size_t len);
    const char *lsnr_strerror(int code);
    """
)


def library_path() -> str:
    """The library file to open: ``$LSNROUTE_LIBRARY``, else the one installed
    by the same ``make install`` as this package, else the dynamic linker's."""
    explicit = os.environ.get("LSNROUTE_LIBRARY")
    if explicit:
        return explicit
    try:
        from ._installed import LIBRARY  # absent in the source tree

        if os.path.exists(LIBRARY):
            return LIBRARY
    except ImportError:
        pass
    return ctypes.util.find_library("lsnroute") or "liblsnroute.so.1"


def _open():
    path = library_path()
    try:
        return ffi.dlopen(path)
    except OSError as e:
        raise ImportError(
            f"lsnroute: cannot load the C library '{path}' ({e}); install the client "
            "(make install) or set LSNROUTE_LIBRARY to liblsnroute.so"
        ) from e


lib = _open()


def text(cdata) -> str:
    """A NUL-terminated C string as str ("" for NULL)."""
    if cdata == ffi.NULL:
        return ""
    return ffi.string(cdata).decode("utf-8", "replace")
