"""The arrival columns of in-person visits: a sign-in time, a check-in time, a badge handed out.

A visitor sign-in system or a check-in app writes when each visitor arrived ("Envoy Signed In"
= "2027-01-21 09:52", "Checked In At", "Check-in-Zeit", "Heure d'arrivée", "Hora de llegada",
"Aankomsttijd") and leaves the cell empty for those who never came; a badge handed out or
scanned at the door says the same ("Badge Collected" = Yes, "badge_remis" = Non). So a time or a
date in such a column is someone who came, a yes/no word reads as in a flag, and an empty cell is
a no-show only where others in the same column hold a time (decided for the whole list by
attendance_scan.py, as for an empty count).

A column is one when, without the tool named beside it and its words for a time or a date, its
name is one of the listed actions, or one German or Dutch compound of an action and a time word
("Ankunftszeit"); never with a word that puts it elsewhere (an app's "Last Signed In", "Not
Checked In Reason"). The words are data: ``arrival_columns`` in ``rules/data/attendance.yml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .attendance_qualifiers import core_words
from .resources import data_path, load_once, load_yaml

__all__ = ["is_arrival_column", "looks_like_a_time"]

# "09:52", "9h52", "2027-01-21", "21/01/2027", "21.01.2027"
_TIME = re.compile(r"\d{1,2}\s?[:h.]\s?\d{2}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


@dataclass(frozen=True, slots=True)
class _Words:
    actions: frozenset[tuple[str, ...]]
    single_actions: tuple[str, ...]
    time_words: frozenset[str]
    not_words: frozenset[str]


@load_once
def _words() -> _Words:
    raw = (load_yaml(data_path("attendance.yml").read_text(encoding="utf-8")) or {}).get("arrival_columns") or {}
    actions = frozenset(tuple(core_words(str(a))) or () for a in raw.get("actions") or ()) - {()}

    def plain(key: str) -> frozenset[str]:
        return frozenset(w for entry in raw.get(key) or () for w in core_words(str(entry)))

    singles = tuple(sorted((a[0] for a in actions if len(a) == 1 and len(a[0]) >= 6), key=len, reverse=True))
    return _Words(actions, singles, plain("time_words"), plain("not_words"))


@lru_cache(maxsize=2048)
def is_arrival_column(name: str) -> bool:
    """Whether a column, by its name, holds the time a visitor arrived or a badge handed out."""
    table = _words()
    words = core_words(name)
    if not words or any(w in table.not_words for w in words):
        return False
    rest = tuple(w for w in words if w not in table.time_words)
    if rest in table.actions:
        return True
    if len(rest) == 1 and len(words) == 1:  # "Ankunftszeit", "Aankomsttijd"
        word = rest[0]
        for time_word in (t for t in table.time_words if len(t) >= 3 and word.endswith(t)):
            stem = word[: -len(time_word)]
            if stem in table.single_actions or stem[:-1] in table.single_actions and stem.endswith("s"):
                return True
    return False


def looks_like_a_time(text: str) -> bool:
    """A time or a date as sign-in systems write it ("2027-01-21 09:52", "9h52", "21.01.2027")."""
    return bool(_TIME.search(text))
