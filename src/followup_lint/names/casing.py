"""Casing: the corrected form of an ALL CAPS or all-lowercase name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .normal import (
    FAMILY,
    FULL,
    GIVEN,
    Role,
    _APOSTROPHES,
    name_key,
    normalize,
)
from .tables import name_info
from .tokens import (
    HONORIFICS,
    _IRISH_PARTICLES,
    _LOWER_PARTICLES,
    _SUFFIXES,
)


# Gaelic name elements that keep a capital after Mac (MacLeod, MacArthur). Anything else is
# written plainly (Mack, Macy, Machado, Macias, Mackey), which is never wrong-looking.
_MAC_ELEMENTS: Final = frozenset(
    {
        "adam", "allister", "alister", "alpine", "andrew", "arthur", "askill", "aulay", "bain",
        "beth", "brayne", "bride", "callum", "caskill", "clure", "coll", "connell", "cormack",
        "corquodale", "cracken", "crae", "crimmon", "cullough", "curdy", "cutcheon", "dermott",
        "diarmid", "donald", "donnell", "dougal", "dougall", "dowell", "duff", "eacharn",
        "eachern", "elroy", "ewan", "ewen", "fadyen", "fadzean", "farlane", "farquhar",
        "geachy", "gill", "gillivray", "gilvray", "giolla", "glashan", "gowan", "gregor",
        "guire", "hardy", "hugh", "ilroy", "innes", "innis", "intyre", "isaac", "iver", "ivor",
        "kay", "kechnie", "kellar", "kelvie", "kendrick", "kenzie", "killop", "kinlay",
        "kinley", "kinnell", "kinnon", "kintosh", "lachlainn", "lachlan", "lagan", "laren",
        "lauchlan", "laughlin", "lean", "leish", "lellan", "lennan", "leod", "lintock", "lure",
        "mahon", "manus", "master", "millan", "millen", "murray", "nab", "nair", "nally",
        "namara", "naughton", "neal", "neil", "neill", "neish", "nicol", "nicoll", "niven",
        "nulty", "phail", "phee", "pherson", "quaid", "quarrie", "queen", "rae", "ritchie",
        "robbie", "rory", "rury", "shane", "sween", "taggart", "tavish", "tear", "vicar",
        "walter", "whirter", "william",
    }
)


def _cap_simple(word: str) -> str:
    """First letter upper, the rest lower (skipping leading punctuation)."""
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1:].lower()
    return word


def _cap_piece(piece: str, role: Role | None) -> str:
    """Capitalise one hyphen-free, space-free piece of a name."""
    low = piece.lower().replace("i\u0307", "i")  # Turkish dotted capital I lower-cases in two
    if not low:
        return piece
    # apostrophe names: O'Neill, D'Arcy, L'Estrange, N'Dour
    for apo in _APOSTROPHES:
        if apo in low:
            head, _, tail = low.partition(apo)
            if len(head) == 1 and head in "odln" and tail:
                return head.upper() + apo + _cap_piece(tail, role)
            return _cap_simple(head) + apo + tail
    letters = "".join(ch for ch in low if ch.isalpha())
    if len(letters) >= 4 and low.startswith("mc"):
        return "Mc" + _cap_simple(low[2:])
    if role != GIVEN and low.startswith("mac") and low[3:] in _MAC_ELEMENTS:
        return "Mac" + _cap_simple(low[3:])
    return _cap_simple(low)


def _is_known_name(word: str) -> bool:
    info = name_info(word)
    return info is not None and (info.given >= 5 or info.family >= 10)


def casing_suggestion(value: str, role: Role | None = None) -> str | None:
    """The correctly cased form of an ALL CAPS or all-lowercase name, or None.

    ``"PARISSA BEHNIA"`` -> ``"Parissa Behnia"``, ``"mcdonald"`` -> ``"McDonald"``,
    ``"o'neill"`` -> ``"O'Neill"``, ``"ludwig van beethoven"`` -> ``"Ludwig van Beethoven"``,
    ``"ní bhriain"`` -> ``"Ní Bhriain"``. Returns None for mixed case (DeShawn, McDonald,
    LaToya, "de la Cruz"), for two-letter capitals that are likely initials (JP, AJ, TJ), for
    scripts without case (CJK, Arabic) and for anything that is not a plausible name.
    ``role="given"`` keeps Mac- plain (Mackenzie) and a first particle capitalised;
    ``role="family"`` writes a leading particle in lowercase ("van Beethoven").
    """
    if not isinstance(value, str):
        return None
    return _casing_suggestion(value, role if role in (GIVEN, FAMILY, FULL) else None)


@lru_cache(maxsize=65536)
def _casing_suggestion(value: str, role: Role | None) -> str | None:
    text = " ".join(value.split())
    cased = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    if not cased:
        return None
    upper = all(ch.isupper() for ch in cased)
    lower = all(ch.islower() for ch in cased)
    if not (upper or lower):
        return None
    if any(ch.isdigit() or ch == "@" for ch in text):
        return None
    tokens = text.split(" ")
    if len(tokens) == 1 and len(cased) <= 2 and not (lower and _is_known_name(text)):
        return None  # JP, AJ, "J.R.", or an unknown two-letter word
    out: list[str] = []
    keys = [normalize(t).strip(".,") for t in tokens]
    for i, token in enumerate(tokens):
        low = token.lower()
        bare = low.strip(".,")
        n = len(tokens)
        # suffixes at the end: Jr, III, PhD
        if i == n - 1 and n > 1 and name_key(bare) in _SUFFIXES and not (
            name_key(bare) == "v" and not upper
        ):
            mapped = _SUFFIXES[name_key(bare)]
            out.append(token[: len(token) - len(token.lstrip(".,"))] + mapped
                       + token[len(token.rstrip(".,")):])
            continue
        letters = [ch for ch in token if ch.isalpha()]
        # initials: J. / A.J. / j
        if re.fullmatch(r"(?:[^\W\d_]\.)+|[^\W\d_]", token):
            out.append(token.upper())
            continue
        if name_key(bare) in HONORIFICS and (i == 0 or name_key(bare) not in ("sr", "v")):
            out.append(_cap_simple(token))  # DR. -> Dr., MRS -> Mrs
            continue
        if bare in ("st", "ste", "saint"):
            out.append(_cap_simple(token))
            continue
        if n > 1 and (bare in ("ní", "ó", "uí", "nic") or (bare in _IRISH_PARTICLES and i < n - 1
                                                          and bare not in ("o", "ni"))):
            out.append(_cap_simple(token))
            continue
        # two capitals inside a longer name: keep initialisms (JP Morgan), fix names (AL GORE)
        if upper and n > 1 and len(letters) == 2 and not _is_known_name(token) \
                and bare not in _LOWER_PARTICLES:
            out.append(token)
            continue
        if bare in _LOWER_PARTICLES and n > 1 and i < n - 1:
            vietnamese = bare in ("van", "thi") and (
                _has_origin(keys[i - 1] if i else "", "vi.f")
                or _has_origin(keys[i + 1], "vi.g")
            )
            if not vietnamese:
                next_is_particle = keys[i + 1] in _LOWER_PARTICLES
                if i > 0 or (role != GIVEN and (role == FAMILY or next_is_particle)):
                    out.append(low)
                    continue
        out.append("-".join(_cap_piece(p, role) for p in low.split("-")))
    result = " ".join(out)
    if result == text:
        return None
    return result


def _has_origin(word: str, tag: str) -> bool:
    info = name_info(word) if word else None
    return info is not None and tag in info.origins


