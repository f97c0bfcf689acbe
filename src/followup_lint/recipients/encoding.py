"""Choosing the text encoding of a recipients file from its first bytes.

A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE). Without one: UTF-16 is
recognised by its zero bytes (Excel's "Unicode text" export and PowerShell write it, a BOM
is easily lost on the way); otherwise UTF-8, unless the bytes are not UTF-8, in which case
Windows-1252 (what Excel writes for "CSV" on Western-European Windows) with a notice.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_CP1252_NOTICE = (
    "recipients file is not UTF-8; read it as Windows-1252 (cp1252). Save it as UTF-8 to be sure names are right"
)

#: Error handler for the fallback: cp1252 leaves five bytes undefined; they are read as
#: Latin-1 so that no byte is lost.
LATIN1_FALLBACK = "followup_lint_latin1"


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("latin-1"), error.end


codecs.register_error(LATIN1_FALLBACK, _cp1252_or_latin1)


@dataclass(frozen=True, slots=True)
class Encoding:
    """How to decode a file: ``codec`` and ``errors`` for :class:`io.TextIOWrapper`,
    ``bom`` the bytes to skip, ``notice`` a message for FL022 when the choice is a guess
    the user should know about, ``strict_utf8`` when undecodable bytes mean a broken row."""

    codec: str
    errors: str
    bom: int = 0
    notice: str | None = None
    strict_utf8: bool = False


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def detect_encoding(head: bytes) -> Encoding:
    """The encoding of a file that starts with ``head`` (a few KiB are enough)."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if codec == "utf-8":
                return Encoding("utf-8", "surrogateescape", len(bom), strict_utf8=True)
            return Encoding(codec, "replace", len(bom))
    utf16 = _utf16_without_bom(head)
    if utf16:
        return Encoding(utf16, "replace")
    if _is_mostly_utf8(head):
        return Encoding("utf-8", "surrogateescape", strict_utf8=True)
    return Encoding("cp1252", LATIN1_FALLBACK, notice=_CP1252_NOTICE)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text in Latin script has a zero byte in every other position (the high byte of
    ASCII characters): odd positions for little-endian, even ones for big-endian."""
    sample = head[: 4096 - 4096 % 2]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) // 2
    # a few stray NUL bytes in a short UTF-8 file are not UTF-16: read as UTF-16 its lines would
    # run together and disappear into one garbled "line"
    if odd_zero >= _MIN_UTF16_ZEROS and odd_zero > half * 0.3 and even_zero < half * 0.05:
        return "utf-16-le"
    if even_zero >= _MIN_UTF16_ZEROS and even_zero > half * 0.3 and odd_zero < half * 0.05:
        return "utf-16-be"
    return None


_MIN_UTF16_ZEROS = 4  # the zero high bytes of four ASCII characters at least


def _is_mostly_utf8(head: bytes) -> bool:
    """True for UTF-8, and for UTF-8 with a few broken rows (more valid multi-byte characters
    than bad bytes; the broken rows are reported one by one)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        pass
    text = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape").decode(head, final=False)
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return good > bad


def has_escaped_bytes(value: str) -> bool:
    """True when ``value`` holds a byte that was not UTF-8 (decoded with surrogateescape)."""
    return not value.isascii() and _ESCAPED_BYTE.search(value) is not None


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a non-UTF-8 byte
