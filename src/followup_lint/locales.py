"""Greeting words and honorifics per locale (data in ``rules/locales.yml``), and greeting matching."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .resources import load_yaml, rules_path

_TERMINATORS = ",!:;\u3001\uff0c"
_MAX_NAME_WORDS = 5


@dataclass(frozen=True, slots=True)
class LocaleWords:
    code: str
    informal: tuple[str, ...]
    formal: tuple[str, ...]
    honorifics: frozenset[str]
    generic_names: frozenset[str]


@dataclass(frozen=True, slots=True, eq=False)
class LocaleData:
    locales: dict[str, LocaleWords]
    default_locale: str = "en"

    @property
    def all_honorifics(self) -> frozenset[str]:
        return frozenset().union(*(loc.honorifics for loc in self.locales.values()))

    def honorifics(self, locale: str) -> frozenset[str]:
        words = self.locales.get(locale)
        return words.honorifics if words else self.all_honorifics

    def generic_names(self, locale: str) -> frozenset[str]:
        words = self.locales.get(locale)
        generic = set(self.locales["en"].generic_names) if "en" in self.locales else set()
        if words:
            generic |= words.generic_names
        return frozenset(generic)


@dataclass(frozen=True, slots=True)
class GreetingMatch:
    """A greeting found at the start of a line.

    ``slot_start``/``slot_end`` delimit the name (after any honorific) in the matched line;
    ``name_text`` is that text, stripped.
    """

    locale: str
    word: str
    formal: bool
    honorific: str | None
    slot_start: int
    slot_end: int
    name_text: str


def load_locale_data(path: Path | None = None) -> LocaleData:
    path = path or rules_path() / "locales.yml"
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    locales = {}
    for code, entry in raw.items():
        locales[str(code)] = LocaleWords(
            code=str(code),
            informal=tuple(w.lower() for w in entry.get("informal", ())),
            formal=tuple(w.lower() for w in entry.get("formal", ())),
            honorifics=frozenset(w.lower() for w in entry.get("honorifics", ())),
            generic_names=frozenset(w.lower() for w in entry.get("generic_names", ())),
        )
    return LocaleData(locales)


@cache
def builtin_locales() -> LocaleData:
    return load_locale_data()


@cache
def _phrase_table(locales: LocaleData) -> list[tuple[str, str, bool]]:
    table = [
        (phrase, code, formal)
        for code, words in locales.locales.items()
        for formal, phrases in ((False, words.informal), (True, words.formal))
        for phrase in phrases
    ]
    table.sort(key=lambda item: -len(item[0]))
    return table


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


def match_greeting(line: str, locales: LocaleData, locale: str | None = None) -> GreetingMatch | None:
    """Match a greeting at the start of ``line`` (already left-stripped)."""
    folded = _fold(line)
    if len(folded) != len(line):
        folded = line.lower()
    best: tuple[str, str, bool] | None = None
    for phrase, code, formal in _phrase_table(locales):
        if not folded.startswith(phrase):
            continue
        after = folded[len(phrase) : len(phrase) + 1]
        if after and (after.isalnum() or after in "'’-"):
            continue
        if best is None or (len(phrase) == len(best[0]) and code == locale and best[1] != locale):
            best = (phrase, code, formal)
        if best and len(phrase) < len(best[0]):
            break
    if best is None:
        return None
    phrase, code, formal = best
    pos = len(phrase)
    word = line[:pos]
    honorific: str | None = None
    honorifics = locales.honorifics(code)
    if phrase in honorifics:
        honorific = word
    # an honorific right after the greeting word: "Dear Mr. Smith", "Sehr geehrte Frau Berg"
    rest = line[pos:]
    hon = re.match(r"\s+([^\W\d_]+)(\.?)", rest)
    if hon and hon.group(1).lower() in honorifics:
        honorific = hon.group(1) + hon.group(2)
        pos += hon.end()
    line_end = line.find("\n", pos)
    line_end = len(line) if line_end == -1 else line_end
    stop = line_end
    for index in range(pos, line_end):
        # a dash also ends the name: "Hi Alex — great to meet you", "Hi Alex - quick note"
        if line[index] in _TERMINATORS or line[index] in "—–" or line.startswith(" - ", index):
            stop = index
            break
    slot = line[pos:stop]
    leading = len(slot) - len(slot.lstrip())
    name = slot.strip()
    if len(name.split()) > _MAX_NAME_WORDS:
        return None
    slot_start = pos + leading
    slot_end = slot_start + len(name)
    if not name:
        slot_start = slot_end = pos
    return GreetingMatch(code, word, formal, honorific, slot_start, slot_end, name)
