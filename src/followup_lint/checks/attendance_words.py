"""Word-level pieces of the attendance frames: "*" word patterns, plurals, capitalised nouns,
the reader's own occasions. Kept apart from attendance_frame.py, which reads the frames."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..content.tokens import Token

__all__ = ["Glob", "all_forms", "capitalised_noun", "irregular_spec", "owned", "singular", "word_pattern"]


@dataclass(frozen=True, slots=True)
class Glob:
    """One word with "*" for at least two letters; ``lemma`` (after "<") is a pattern its lemma
    must match as well: "*te < *en" is a Dutch weak past ("werkte" -> "werken", not "grote")."""

    pattern: str
    lemma: str = ""

    def fits(self, token: Token) -> bool:
        fixed = len(self.pattern.replace("*", ""))
        if len(token.lower) < fixed + 2 or not fnmatch.fnmatchcase(token.lower, self.pattern):
            return False
        return not self.lemma or (token.lemma != token.lower and fnmatch.fnmatchcase(token.lemma, self.lemma))


def irregular_spec(spec: Any) -> tuple[frozenset[str], tuple[str, ...]] | None:
    if not isinstance(spec, Mapping):
        return None
    return (frozenset(str(w).lower() for w in spec.get("never") or ()),
            tuple(str(e).lower() for e in spec.get("endings") or ()))


def word_pattern(entry: str) -> Glob | None:
    """A "*" word entry ("*ed", "*te < *en"); None for a cue phrase."""
    pattern, _, lemma = entry.lower().partition("<")
    pattern, lemma = pattern.strip(), lemma.strip()
    if "*" not in pattern or " " in pattern or " " in lemma:
        return None
    return Glob(pattern, lemma)


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def all_forms(entry: str) -> bool:
    """Whether every word of a cue entry is written as an "=form" (``[=no|=nunca]``)."""
    words = entry.replace("[", " ").replace("]", " ").replace("|", " ").replace("?", " ").split()
    return bool(words) and all(w.startswith("=") for w in words)


def capitalised_noun(clause: Sequence[Token], start: int, text: str) -> bool:
    """Whether the word at ``start`` is written with a capital inside the clause (not its first
    word): in a language that capitalises nouns, a noun that looks like a past ("Stand")."""
    first = next((t.start for t in clause if t.kind == "word"), start)
    return start != first and text[start:start + 1].isupper()


def owned(tokens: Sequence[Token], start: int, own: frozenset[str]) -> bool:
    """Whether one of the two words before offset ``start`` makes the occasion the reader's own."""
    before = [t for t in tokens if t.end <= start and t.kind != "punct"][-2:]  # "Ihre Live-Vorführung"
    return any(t.lower in own for t in before)
