"""Attendance column names with a tool or a unit beside them, and attended flags named after the
occasion.

A merged list or a tool's own export names the tool ("Attended (Zoom)", "GoTo Attended?",
"Zoom - Attended", "Webex: Time in Session") and the unit of a duration ("Duration (Minutes)",
"Dauer (Min.)", "Duración (minutos)"); an in-person event's list names the occasion before the
flag ("Tour Attended", "Site Visit Attended?", "Besuch erschienen", "Rondleiding aanwezig"). A
name that the literal lists of ``rules/data/attendance.yml`` do not know is read again here:

* without the tool at its start or end, and without an answer format at its end ("Attended
  (Yes/No)", "Teilgenommen (ja/nein)"), it is looked up like any other name (attendance.py);
* a bare word for duration with a unit or a tool beside it ("Duration (Minutes)", "Zoom:
  Duration", "Total Duration (hh:mm:ss)", "Duur (minuten)") is a count of minutes in the session: 0 is a no-show. A duration
  with another word ("Call Duration (minutes)", "Anrufdauer") or with nothing ("Duration", often
  the event's length) is not;
* a name that ends with a word for "attended" or "present" and holds no negation ("Not
  Attended") is a yes/no flag; so is one that starts with such a word and names the occasion
  after it ("Aanwezig bedrijfsbezoek", "Attended Site Visit", "Teilgenommen Werksbesichtigung").

The words are data (``column_qualifiers`` in ``rules/data/attendance.yml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Iterable

from .attendance_counts import column_words
from .resources import data_path, load_yaml

__all__ = ["Qualified", "core_words", "ends_as_flag", "qualified", "starts_as_flag"]


@dataclass(frozen=True, slots=True)
class _Words:
    tools: tuple[tuple[str, ...], ...]  # longest first
    units: frozenset[str]
    durations: frozenset[str]
    fillers: frozenset[str]
    formats: tuple[tuple[str, ...], ...]
    flag_endings: tuple[tuple[str, ...], ...]
    negations: frozenset[str]
    occasions: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Qualified:
    """A column name's words without the tool named at its start or end."""

    words: tuple[str, ...]
    tool: bool  # a tool or an answer format was named
    duration_only: bool  # a bare duration word with a unit or a tool beside it

    @property
    def folded(self) -> str:
        return "".join(self.words)


def _phrases(raw: Iterable[Any] | None) -> tuple[tuple[str, ...], ...]:
    found = {tuple(column_words(str(p))) for p in raw or ()}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


@cache
def _words() -> _Words:
    raw = (load_yaml(data_path("attendance.yml").read_text(encoding="utf-8")) or {}).get("column_qualifiers") or {}

    def plain(key: str) -> frozenset[str]:
        return frozenset(w for entry in raw.get(key) or () for w in column_words(str(entry)))

    return _Words(_phrases(raw.get("tools")), plain("units"), plain("durations"), plain("fillers"),
                  _phrases(raw.get("answer_formats")), _phrases(raw.get("flag_endings")), plain("negations"),
                  _phrases(raw.get("occasions")))


def _strip_tool(words: tuple[str, ...], tools: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], bool]:
    """``words`` without a tool named at the start or the end (once each)."""
    found = False
    for tool in tools:
        if len(words) > len(tool) and words[: len(tool)] == tool:
            words, found = words[len(tool):], True
            break
    for tool in tools:
        if len(words) > len(tool) and words[-len(tool):] == tool:
            words, found = words[: -len(tool)], True
            break
    return words, found


@lru_cache(maxsize=2048)
def qualified(name: str) -> Qualified | None:
    """The name's words without its tool, or None when it names no tool and no unit."""
    table = _words()
    words, answer_format = _strip_tool(tuple(column_words(name)), table.formats)  # "Attended (Yes/No)"
    words, tool = _strip_tool(words, table.tools)
    tool = tool or answer_format
    if not words:
        return None
    bare = tuple(w for w in words if w not in table.units)
    unit = len(bare) < len(words)
    if not tool and not unit:
        return None
    core = [w for w in bare if w not in table.fillers]  # "Total Duration (hh:mm:ss)"
    duration_only = len(core) == 1 and core[0] in table.durations
    return Qualified(words, tool, duration_only)


@lru_cache(maxsize=2048)
def ends_as_flag(name: str) -> bool:
    """"Tour Attended", "Site Visit Attended?", "Besuch erschienen", "Visite - Présent": a name
    that ends with a word for attended or present after the occasion, with no negation."""
    table = _words()
    words, _ = _strip_tool(_strip_tool(tuple(column_words(name)), table.formats)[0], table.tools)
    if len(words) < 2 or any(w in table.negations for w in words):
        return False
    return any(words[-len(end):] == end for end in table.flag_endings if len(words) > len(end))


@lru_cache(maxsize=2048)
def core_words(name: str) -> tuple[str, ...]:
    """The words of a column's name without the tool and the answer format named beside it."""
    table = _words()
    return _strip_tool(_strip_tool(tuple(column_words(name)), table.formats)[0], table.tools)[0]


@lru_cache(maxsize=2048)
def starts_as_flag(name: str) -> bool:
    """"Aanwezig bedrijfsbezoek", "Attended Site Visit", "Présent visite": a word for attended or
    present first, then the occasion (a German or Dutch compound ending in one counts), no negation."""
    table = _words()
    words = core_words(name)
    if len(words) < 2 or any(w in table.negations for w in words):
        return False
    start = next((end for end in table.flag_endings if words[: len(end)] == end and len(words) > len(end)), None)
    if start is None:
        return False
    rest = words[len(start):]
    return any(rest[-len(o):] == o for o in table.occasions if len(rest) >= len(o)) or any(
        len(o) == 1 and len(rest[-1]) > len(o[0]) + 3 and rest[-1].endswith(o[0]) for o in table.occasions)
