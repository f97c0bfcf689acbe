"""Count and time columns of attendance, recognised by the words of their names, and their values.

The literal column lists of ``rules/data/attendance.yml`` name the columns exports are known to
write; a CRM property or a translated report names them in other words ("Zoom Webinar
Attendance Count", "AttendeeTotalTimeInSession", "Teilnahmedauer (Min.)", "Nombre de sessions
suivies"). Such a name is a count of attendance when it has a word for being there and a word for
how much, and none that makes it about something else (a registration count, an average, polls,
a date, time before the session): the words are data, ``rules/data/attendance-counts.yml``.

Values: "N of M" ("0 of 3", "2 sur 3") is read by its first number, so a partial series counts
as attended and "0 of 3" as missed; an empty-looking cell ("", "-") says nothing by itself, and is
a no-show only where the same column holds a count for someone else (attendance_scan.py).

Both answers are memoised: per column name (a list has few) and per value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Iterable, Mapping

from .resources import data_path, load_yaml

__all__ = ["LIVE", "REPLAY", "is_count_column", "is_blank_count", "leading_ratio", "column_words", "viewing_mode"]

#: How a viewing column was watched: live, or afterwards from the recording.
LIVE, REPLAY = "live", "replay"

_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class CountWords:
    """The word lists of ``attendance-counts.yml``, every language together."""

    presence: frozenset[str]
    weak_presence: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    heads: tuple[str, ...]
    tails: tuple[str, ...]
    amount: frozenset[str]
    plurals: frozenset[str]
    events: frozenset[str]
    other: frozenset[str]
    blanks: frozenset[str]
    ratio: re.Pattern[str]
    modes: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    """(mode, its words as phrases): "Live Duration", "Minutes Viewed (On Demand)"."""
    viewing_time: frozenset[str] = frozenset()


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(raw: Any) -> frozenset[str]:
    """Every language's list of one entry, as one set of plain words."""
    lists: Iterable[Any] = raw.values() if isinstance(raw, Mapping) else [raw or ()]
    return frozenset(_plain(str(word)) for words in lists for word in words or ())


@cache
def count_words() -> CountWords:
    raw = load_yaml(data_path("attendance-counts.yml").read_text(encoding="utf-8")) or {}
    ratio_words = sorted((_plain(str(w)) for w in raw.get("ratio_words") or ()), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ratio_words) or "of"
    return CountWords(
        presence=_words(raw.get("presence")),
        weak_presence=_words(raw.get("weak_presence")),
        phrases=tuple(sorted({tuple(p.split()) for p in _words(raw.get("presence_phrases"))})),
        heads=tuple(sorted(_words(raw.get("compound_heads")))),
        tails=tuple(sorted(_words(raw.get("compound_tails")))),
        amount=_words(raw.get("amount")),
        plurals=_words(raw.get("event_plurals")),
        events=_words(raw.get("event_plurals")) | _words(raw.get("event_singulars")),
        other=_words(raw.get("other")),
        blanks=frozenset(str(v).strip() for v in raw.get("blank_values") or ()),
        ratio=re.compile(rf"^\s*(\d+(?:[.,]\d+)?)\s*(?:/|(?:{alternation})\s)\s*\d", re.IGNORECASE),
        modes=tuple((mode, tuple(sorted({tuple(p.split()) for p in _words(words)})))
                    for mode, words in (raw.get("viewing_modes") or {}).items()),
        viewing_time=_words(raw.get("viewing_time")),
    )


def column_words(name: str) -> tuple[str, ...]:
    """``"AttendeeTotalTimeInSession"`` -> attendee total time in session; ``"Durée de présence
    (min)"`` -> duree de presence min."""
    return tuple(_WORD.findall(_plain(_HUMP.sub(" ", name))))


def _has_phrase(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        size = len(phrase)
        if any(words[i:i + size] == phrase for i in range(len(words) - size + 1)):
            return True
    return False


def _compound(word: str, table: CountWords) -> bool:
    """A German or Dutch compound of being there and how much: "teilnahmedauer", "aanwezigheidsduur"."""
    return (any(word.startswith(head) for head in table.heads)
            and any(word.endswith(tail) and len(word) > len(tail) + 4 for tail in table.tails))


@lru_cache(maxsize=2048)
def is_count_column(name: str) -> bool:
    """Whether a column, by the words of its name, counts or times a person's attendance."""
    table = count_words()
    words = column_words(name)
    if not words or any(word in table.other for word in words):
        return False
    if any(_compound(word, table) for word in words):
        return True
    if _mode(words, table) is not None and any(word in table.viewing_time for word in words):
        return True  # "Live Duration (mins)", "Dauer Aufzeichnung (Min.)", "Durée en direct (min)"
    strong = any(word in table.presence or word.startswith(table.heads) for word in words) \
        or _has_phrase(words, table.phrases)
    how_much = any(word in table.amount or word in table.plurals for word in words)
    if strong:
        return how_much
    weak = any(word in table.weak_presence for word in words)
    return weak and how_much and any(word in table.events for word in words)


def _mode(words: tuple[str, ...], table: CountWords) -> str | None:
    """The viewing mode a column's words name: a listed word or phrase, or a long one that starts
    a compound ("aufzeichnungsminuten", "terugkijkduur")."""
    for mode, phrases in table.modes:
        if _has_phrase(words, phrases):
            return mode
        if any(len(p) == 1 and len(p[0]) >= 7 and word.startswith(p[0]) for p in phrases for word in words):
            return mode
    return None


@lru_cache(maxsize=2048)
def viewing_mode(name: str) -> str | None:
    """``"Live Minutes"`` -> live, ``"Archive Minutes"`` / ``"Terugkijkduur (min)"`` -> replay; a
    column that does not say how it was watched -> None."""
    return _mode(column_words(name), count_words())


def is_blank_count(value: Any) -> bool:
    """An empty-looking count cell ("", "-", None, a float NaN as ``DataFrame.to_dict`` gives it)."""
    if value is None or (isinstance(value, float) and value != value):
        return True
    return isinstance(value, str) and value.strip() in count_words().blanks


@lru_cache(maxsize=4096)
def leading_ratio(text: str) -> float | None:
    """The first number of an "N of M" value ("0 of 3", "2 sur 3", "1/4"), None otherwise."""
    match = count_words().ratio.match(_plain(text))
    if match is None:
        return None
    return float(match.group(1).replace(",", "."))
