"""The word lists of FL301's event-talk reading (``rules/data/attendance-event-talk.yml``),
parsed per language: entries as written or by lemma, runs of words, "*" globs, and what
counts as a past form. The reading itself is attendance_event_talk.py."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from ..content.tokens import Token, tokenize

__all__ = ["GRAMMATICAL", "SAFE_KINDS", "Language", "Words", "glob_fits", "parse_language"]

#: The safe kinds that govern only the words after them (see the data file).
GRAMMATICAL = frozenset({"conditional", "future", "negation"})
SAFE_KINDS = ("conditional", "registration", "interest", "recording", "future", "absent", "negation", "others",
              "elsewhere")
#: The plain word lists of a language section, by key.
_LISTS = ("events", "channels", "contributions", "locatives", "during", "as", "recalled", "hope", "senders",
          "pleasure", "contact", "shared", "talks", "attendance_nouns", "presence", "live_channels", "deixis",
          "witnessed", "hedges", "spare", "not_after", "subordinators", "prepositions",
          # the reader's memory of the event (attendance_recall.py)
          "memory", "memory_reader", "memory_not_before", "shown", "timeline", "sources", "speakers", "honorifics",
          "shown_things", "in_operation",
          # "we" got to talk there (attendance_event_talk.py)
          "together", "talk_together", "in_person")


@dataclass(frozen=True, slots=True)
class Words:
    """A list of entries: single words (as written or by lemma, "*" globs) and runs of words."""

    single: frozenset[str]
    globs: tuple[str, ...]
    runs: tuple[tuple[str, ...], ...]
    runs_by_first: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)
    """The runs by their first word, so that a token is tried only against runs it can start."""

    def at(self, tokens: Sequence[Token], i: int, lemma: bool = True) -> int:
        """How many tokens from ``i`` match an entry (0 when none)."""
        token = tokens[i]
        best = 0
        if self.runs:
            runs = self.runs_by_first.get(token.lower, ())
            if lemma and token.lemma != token.lower:
                runs = runs + self.runs_by_first.get(token.lemma, ())
            for run in runs:
                if len(run) > best and i + len(run) <= len(tokens) and all(
                        tokens[i + k].lower == word or (lemma and tokens[i + k].lemma == word)
                        for k, word in enumerate(run)):
                    best = len(run)
        if best:
            return best
        if token.kind not in ("word", "var") and token.lower not in self.single:
            return 0
        if token.lower in self.single or (lemma and token.lemma in self.single):
            return 1
        return 1 if self.globs and any(glob_fits(g, token.lower) for g in self.globs) else 0


def glob_fits(pattern: str, word: str) -> bool:
    """``*`` stands for at least two letters."""
    return len(word) >= len(pattern.replace("*", "")) + 2 and fnmatch.fnmatchcase(word, pattern)


def _words(entries: Iterable[Any] | None, lang: str) -> Words:
    single: set[str] = set()
    globs: list[str] = []
    runs: list[tuple[str, ...]] = []
    for entry in entries or ():
        text = str(entry).strip().lower()
        if not text:
            continue
        if "*" in text and " " not in text:
            globs.append(text)
            continue
        parts = tuple(t.lower for t in tokenize(text, lang))
        if len(parts) == 1:
            single.add(parts[0])
        elif parts:
            runs.append(parts)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for run in runs:
        by_first.setdefault(run[0], []).append(run)
    return Words(frozenset(single), tuple(globs), tuple(runs), {k: tuple(v) for k, v in by_first.items()})


def _lower(entries: Iterable[Any] | None) -> tuple[str, ...]:
    return tuple(str(e).lower() for e in entries or ())


@dataclass(frozen=True, slots=True)
class Language:
    """One language's section of the data file."""

    lang: str
    lists: Mapping[str, Words]
    subject: Words
    object: Words
    possessive: Words
    capitalised: frozenset[str]
    past_forms: frozenset[str]
    past_shapes: tuple[str, ...]
    shapes_need_lemma: bool
    past_ignore: frozenset[str]
    past_by_lemma: tuple[str, ...]
    """Where the lemma table knows the irregular pasts: a word read as a form of a lemma ending
    so ("aanschoof" -> "aanschuiven"), itself not ending as a present or an infinitive does."""
    present_endings: tuple[str, ...]
    second_person_past: tuple[str, ...]
    window: int
    verb_last: bool
    clitics: tuple[str, ...]
    contact_after: bool
    """The reader comes after the verb ("seeing you"), so "you have the slides" is no contact."""
    safe: Mapping[str, Words]
    nouns_capitalised: bool = False
    """German writes every noun with a capital: a capital says nothing of a name there."""

    def __getattr__(self, name: str) -> Words:
        # the plain lists read as attributes: language.events, language.hope ...
        try:
            return self.lists[name]
        except KeyError:
            raise AttributeError(name) from None

    def is_past(self, token: Token) -> bool:
        if token.kind != "word" or token.lower in self.past_ignore:
            return False
        if token.lower in self.past_forms:
            return True
        if self.past_by_lemma and token.lemma != token.lower and token.lemma.endswith(self.past_by_lemma) \
                and not token.lower.endswith(self.present_endings) and not _present_stem(token.lower, token.lemma):
            return True
        if self.shapes_need_lemma and token.lemma == token.lower:
            return False
        return any(glob_fits(shape, token.lower) for shape in self.past_shapes)

    def is_reader(self, words: Words, tokens: Sequence[Token], i: int) -> bool:
        token = tokens[i]
        if not words.at(tokens, i, lemma=False):
            return False
        return token.lower not in self.capitalised or token.text[:1].isupper()


def _present_stem(word: str, lemma: str) -> bool:
    """Whether ``word`` is its lemma's bare stem, as a present or an imperative is ("neem" of
    "nemen", "blijf" of "blijven"), not a past with another vowel ("kwam" of "komen")."""
    def plain(text: str) -> str:
        out = "".join(c for n, c in enumerate(text) if n == 0 or c != text[n - 1])
        return out[:-1] + {"f": "v", "s": "z"}.get(out[-1:], out[-1:]) if out else out
    stem = lemma.removesuffix("en")
    return plain(word) == plain(stem)


def parse_language(lang: str, spec: Mapping[str, Any]) -> Language:
    reader = spec.get("reader") or {}
    past = spec.get("past") or {}
    safe = spec.get("safe") or {}
    return Language(
        lang, {name: _words(spec.get(name), lang) for name in _LISTS},
        _words(reader.get("subject"), lang), _words(reader.get("object"), lang), _words(reader.get("possessive"), lang),
        frozenset(_lower(reader.get("case_sensitive"))), frozenset(_lower(past.get("forms"))),
        _lower(past.get("shapes")), bool(past.get("shapes_need_lemma")), frozenset(_lower(past.get("ignore"))),
        _lower(past.get("by_lemma")), _lower(past.get("present_endings")), _lower(spec.get("second_person_past")),
        int(spec.get("window") or 3), bool(spec.get("verb_last")), _lower(spec.get("clitics")),
        spec.get("contact_order") == "after", {kind: _words(safe.get(kind), lang) for kind in SAFE_KINDS},
        bool(spec.get("nouns_capitalised")),
    )
