"""P.S. markers as people type them: "P.S.", "P. S.", "PS -", "P.P.S.", "**P.S.**", Spanish
"P. D." / "PD:", French "P.-S." / "PS :" / "Post-scriptum :", German "PS:", Dutch "PS"
(``rules/data/postscript-markers.yml``). "N.B." is a weaker marker: only the segmenter's last
paragraph is a P.S. by it (a note under the signature), never a note in the middle of the body.

The table is read once per process; a line is checked character by character, without a
regular expression built from it, so the table stays readable and a user's marker cannot make
matching slow.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..resources import data_path, load_once, load_yaml

__all__ = ["marker_end", "starts_with_marker"]


@dataclass(frozen=True)
class _Markers:
    letters: frozenset[str]
    weak: frozenset[str]
    prefixes: frozenset[str]
    joiners: frozenset[str]
    decoration: frozenset[str]
    endings: frozenset[str]
    not_before: frozenset[str]


@load_once
def _markers() -> _Markers:
    raw = load_yaml(data_path("postscript-markers.yml").read_text(encoding="utf-8")) or {}
    letters = frozenset(str(w).casefold() for w in raw.get("letters") or ())
    weak = frozenset(str(w).casefold() for w in raw.get("last_paragraph_letters") or ())
    return _Markers(
        letters=letters,
        weak=weak,
        prefixes=frozenset(w[:i] for w in letters | weak for i in range(1, len(w) + 1)),
        joiners=frozenset(str(c) for c in raw.get("joiners") or ()),
        decoration=frozenset(str(c) for c in raw.get("decoration") or ()),
        endings=frozenset(str(c) for c in raw.get("endings") or ()),
        not_before=frozenset(str(w).casefold() for w in raw.get("not_before") or ()),
    )


def marker_end(line: str, *, weak: bool = False) -> int | None:
    """Where the P.S. marker at the start of ``line`` ends (after its colon, dash and spaces), or
    None when the line does not start with one. ``weak``: also the markers that make a P.S. only
    in the last paragraph ("N.B.")."""
    table = _markers()
    position, length = 0, len(line)
    while position < length and (line[position] in table.decoration or _symbol(line, position)):
        position += 1
    letters = ""
    joined = ""  # what was written after the last letter
    while position < length and line[position].isalpha() and letters + line[position].casefold() in table.prefixes:
        letters += line[position].casefold()
        position += 1
        start = position
        while position < length and line[position] in table.joiners and position - start < 3:
            position += 1
        joined = line[start:position]
    if letters not in table.letters and not (weak and letters in table.weak):
        return None
    # "PSD", "PS5", "Psalm": the letters run on; "PS-starke", "P.D.F.": a compound or an
    # abbreviation; "P.S.Only" (no space after the full stop) is still a marker
    if (position < length and line[position].isalnum() and not _ends_in_space(joined)
            and not (joined[-1:] in (".", ":") and _starts_a_word(line, position))):
        return None
    while position < length and (line[position] in table.decoration or line[position] in table.endings):
        position += 1
    if position < length and line[position - 1].isalnum():
        return None  # "Pd/Ag"
    rest = line[position:].split(None, 1)
    bare = all(c.isalpha() or c.isspace() for c in line[:position])
    if bare and rest and rest[0].casefold().rstrip(",:;") in table.not_before:
        return None  # "PD Dr. Johanna Weiß", "PS Plus"; "P.-S. Plus que deux dates" is a P.S.
    return position


def _symbol(line: str, position: int) -> bool:
    """An emoji or arrow before the marker ("👉 P.S.", "→ PS:"), its variation selector, or a space
    after one."""
    char = line[position]
    if unicodedata.category(char) in ("So", "Sm", "Sk") or char == "\ufe0f":
        return True
    return char.isspace() and position > 0 and (unicodedata.category(line[position - 1]) in ("So", "Sm", "Sk")
                                                or line[position - 1] in ("\ufe0f", " "))


def _ends_in_space(joined: str) -> bool:
    return bool(joined) and joined[-1].isspace()


def _starts_a_word(line: str, position: int) -> bool:
    """An upper-case letter followed by a lower-case one ("Only", "Unser")."""
    return line[position].isupper() and position + 1 < len(line) and line[position + 1].islower()


def starts_with_marker(line: str, *, weak: bool = False) -> bool:
    """Whether ``line`` (stripped) starts with a P.S. marker (``weak``: "N.B." too)."""
    return marker_end(line, weak=weak) is not None
