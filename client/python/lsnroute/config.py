"""The few configuration keys the Python layer itself needs.

The C library parses and validates the whole string (``Router`` fails with
ConfigError naming a bad value); this reads only ``pool_size`` and
``blacklist_ms`` for the package's own pools and blacklisting, with the C
library's defaults.
"""

from __future__ import annotations

from typing import Dict

DEFAULT_POOL_SIZE = 8
DEFAULT_BLACKLIST_MS = 30000


def parse_conninfo(text: str) -> Dict[str, str]:
    """``key=value`` pairs in libpq conninfo style (single quotes, backslash
    escapes). Malformed input yields what could be read: the C parser has
    already refused it with a precise message."""
    out: Dict[str, str] = {}
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        start = i
        while i < n and text[i] != "=" and not text[i].isspace():
            i += 1
        key = text[start:i]
        while i < n and text[i].isspace():
            i += 1
        if not key or i >= n or text[i] != "=":
            break
        i += 1
        while i < n and text[i].isspace():
            i += 1
        value = []
        if i < n and text[i] == "'":
            i += 1
            while i < n and text[i] != "'":
                if text[i] == "\\" and i + 1 < n:
                    i += 1
                value.append(text[i])
                i += 1
            i += 1
        else:
            while i < n and not text[i].isspace():
                value.append(text[i])
                i += 1
        out[key] = "".join(value)
    return out


def int_option(options: Dict[str, str], key: str, default: int) -> int:
    try:
        return int(options[key])
    except (KeyError, ValueError):
        return default
