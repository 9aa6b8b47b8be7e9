"""LSN text as PostgreSQL prints ``pg_lsn`` (``0/16B3748``), as comparable ints."""

from __future__ import annotations

from typing import Optional


def parse(text: Optional[str]) -> Optional[int]:
    """The LSN ``text`` as an int; ``None`` for ``None``, ``""`` or a malformed value."""
    if not text:
        return None
    hi, sep, lo = text.partition("/")
    if not sep or not 1 <= len(hi) <= 8 or not 1 <= len(lo) <= 8:
        return None
    try:
        return (int(hi, 16) << 32) | int(lo, 16)
    except ValueError:
        return None


def format(value: int) -> str:
    """``value`` as LSN text, upper-case hex (``0/16B3748``)."""
    return f"{value >> 32:X}/{value & 0xFFFFFFFF:X}"


def largest(*tokens: Optional[str]) -> Optional[str]:
    """The largest well-formed LSN among ``tokens`` (normalised), or ``None``."""
    values = [v for v in map(parse, tokens) if v is not None]
    return format(max(values)) if values else None
