"""Recipient data is personal: values from records are masked in output unless asked for."""

from __future__ import annotations

import string
from typing import Mapping

_FORMATTER = string.Formatter()


def mask(value: str) -> str:
    """Keep just enough to recognise a value: ``Behnia`` -> ``B…``, ``ana@example.com`` -> ``a…@e…``."""
    value = value.strip()
    if not value:
        return value
    if "@" in value:
        local, _, domain = value.rpartition("@")
        return f"{local[:1]}…@{domain[:1]}…"
    return f"{value[:1]}…" if len(value) > 1 else "…"


def quote(value: str) -> str:
    return '"' + value.replace("\n", "\\n").replace("\r", "\\r") + '"'


def format_personal(message: str, personal: Mapping[str, str], show: bool, *, quoted: bool = True) -> str:
    """Fill ``{placeholders}`` with personal values (quoted for messages, bare for fixes),
    masked unless ``show``."""
    if not personal and "{" not in message:
        return message
    wrap = quote if quoted else str
    values = {key: wrap(str(v) if show else mask(str(v))) for key, v in personal.items()}
    try:
        return _FORMATTER.vformat(message, (), _Default(values))
    except (ValueError, IndexError, KeyError):
        return message


class _Default(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def is_only_personal(text: str, personal: Mapping[str, str]) -> bool:
    """True when ``text`` is nothing but one personal value (``"{suggestion}"``): masked, such a
    fix would only show an initial, so it is left out unless personal data may be shown."""
    stripped = text.strip()
    return stripped.startswith("{") and stripped.endswith("}") and stripped[1:-1] in personal
