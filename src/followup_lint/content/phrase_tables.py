"""Word classes kept as data: one YAML file of groups, each a list of cue phrases per language.

Several structural readings (the filler shape of a sentence, what a loss follows from, the topics
of a qualification question) need a few classes of words each - "contact verbs", "rule words",
"budget words" - written in the cue syntax of ``rules/cues/`` and matched on lemmas. A
:class:`PhraseTable` reads one such file from ``rules/data/`` once per process and parses each
language's groups the first time that language is read.
"""

from __future__ import annotations

from typing import Sequence

from ..resources import data_path, load_once, load_once_per_key, load_yaml
from .cues import CueMatch, CueSet, parse_cue
from .tokens import Token

__all__ = ["PhraseTable"]


class PhraseTable:
    """The groups of ``rules/data/<name>``: ``{group: {lang: [phrase, ...]}}``."""

    def __init__(self, name: str, groups: Sequence[str]) -> None:
        self.name = name
        self.groups = tuple(groups)
        self._raw = load_once(self._read)
        self._sets = load_once_per_key(self._parse)

    def _read(self) -> dict[str, dict[str, list[str]]]:
        data = load_yaml(data_path(self.name).read_text(encoding="utf-8")) or {}
        return {
            group: {str(lang): [str(p) for p in phrases or ()] for lang, phrases in (data.get(group) or {}).items()}
            for group in self.groups
        }

    def _parse(self, lang: str) -> dict[str, CueSet]:
        origin = f"rules/data/{self.name}"
        found = {}
        for group, by_lang in self._raw().items():
            cues = CueSet(lang)
            for phrase in by_lang.get(lang, ()):
                cues.add(parse_cue(phrase, lang, group, origin, group))
            found[group] = cues
        return found

    def find(self, group: str, tokens: Sequence[Token], text: str, lang: str) -> list[CueMatch]:
        """Where the phrases of ``group`` match ``text`` (tokenised as ``tokens``)."""
        return self._sets(lang)[group].find(tokens, text)

    def first_per_group(self, tokens: Sequence[Token], text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
        """Every group that matches ``text``, in file order, with the span of its first match:
        ``(group, start, end)``."""
        found = []
        for group in self.groups:
            matches = self.find(group, tokens, text, lang)
            if matches:
                first = min(matches, key=lambda m: m.start)
                found.append((group, first.start, first.end))
        return tuple(found)

    def words(self, group: str, lang: str) -> frozenset[str]:
        """The entries of ``group`` for ``lang`` as plain lower-case words (for closed word lists)."""
        return frozenset(p.lower() for p in self._raw()[group].get(lang, ()))
