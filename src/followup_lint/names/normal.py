"""Comparing names: case, accents, apostrophes and spacing folded away."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final, Literal


#: Which field a value came from. ``None`` (unknown) is always allowed and is the most
#: conservative choice for junk detection.
Role = Literal["given", "family", "full"]
GIVEN: Final = "given"
FAMILY: Final = "family"
FULL: Final = "full"


_APOSTROPHES = "'’‘ʼ`´ʻ′"
_HYPHENS = "-‐‑‒–—"
_UNIFY = str.maketrans(
    {**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _HYPHENS}}
)
# letters that NFKD does not decompose but that readers treat as accented Latin letters
_SPECIAL_FOLD = str.maketrans(
    {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
        "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i",
        "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ƒ": "f",
    }
)


def _strip_latin_marks(value: str) -> str:
    """Drop combining marks that sit on Latin, Greek or Cyrillic letters (é -> e, ễ -> e),
    keeping marks that are part of other scripts (Japanese dakuten, Indic vowel signs)."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_SPECIAL_FOLD))
    out: list[str] = []
    base = 0
    for ch in decomposed:
        if unicodedata.combining(ch):
            if base < 0x0530 or 0x1E00 <= base <= 0x1FFF:
                continue
        else:
            base = ord(ch)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def normalize(value: str) -> str:
    """Comparison form of a name: accents stripped, casefolded, apostrophes and hyphens
    unified, whitespace collapsed (``"  José  María "`` -> ``"jose maria"``).
    Anything that is not a string normalises to ``""``."""
    if not isinstance(value, str):
        return ""
    return _normalize(value) if len(value) <= _CACHED_LENGTH else _normalize.__wrapped__(value)


# Values longer than this are not cached: a cache entry keeps its key (and result) alive, and
# a recipient file may hold many long values. Names are far shorter.
_CACHED_LENGTH = 256


@lru_cache(maxsize=65536)
def _normalize(value: str) -> str:
    if value.isascii():
        folded = value.casefold()
    else:
        folded = _strip_latin_marks(value).casefold()
    return " ".join(folded.translate(_UNIFY).split())


def name_key(value: str) -> str:
    """Lookup key: :func:`normalize` with everything but letters and digits removed
    (``"O'Neill"`` -> ``"oneill"``, ``"Mary-Jane"`` -> ``"maryjane"``)."""
    if not isinstance(value, str):
        return ""
    if len(value) > _CACHED_LENGTH:
        return "".join(ch for ch in normalize(value) if ch.isalnum())
    return _name_key(value)


@lru_cache(maxsize=65536)
def _name_key(value: str) -> str:
    return "".join(ch for ch in _normalize(value) if ch.isalnum())


def same_name(a: str, b: str) -> bool:
    """True when two non-empty name strings are the same name up to case, accents,
    apostrophes, hyphens and spacing ("van Beethoven" == "Van  Beethoven")."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and ka == kb


