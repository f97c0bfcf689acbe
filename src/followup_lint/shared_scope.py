"""A value presented as the same for everyone by the words around its sentence (shared_columns.py's helper).

Three readings, from ``rules/data/shared-columns.yml``:

* "for all ..." earlier in the value's sentence, even before another variable that the group
  includes ("A quick note for all the councils we support, {{ company }} included: bids are due
  by {{ bid_deadline }}"), with no word of the reader's between the marker and the value;
* the sentence before it, in the same paragraph, addressed to the whole group ("Even een
  herinnering voor alle gemeenten die we begeleiden. De aanvragen moeten uiterlijk
  {{ indiendatum }} binnen zijn."), for a date, deadline, code or price;
* the rest of its own sentence saying it applies to everyone, for a date, deadline, code or
  price ("... close on {{ deadline }} for every council in the country", "..., die termijn geldt
  landelijk");
* the sentence after it, in the same paragraph, saying that it applies to everyone
  (`scope_phrases`: "applies nationally", "gilt bundesweit", "s'applique à tous", "a nivel
  nacional", "geldt landelijk") and opening with a word that points back at it
  (`back_references`: "That", "Diese", "Cette", "Ese", "Die") or a noun of its kind ("Die
  Frist", "El plazo"), again for a date, deadline, code or price.

A word of the reader's near the value ("Your deadline {{ deadline }}") wins over all three:
shared_columns.py checks it first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import Pattern

from .resources import data_path, load_once, load_yaml

__all__ = ["Neighbours", "neighbours", "points_back", "says_it_applies_to_all", "scope_tables"]

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Neighbours:
    """The sentences before and after a value's sentence in its paragraph ("" when none), and
    the rest of its own sentence after it."""

    previous: str
    following: str
    rest: str = ""


@dataclass(frozen=True)
class ScopeTables:
    scope: Pattern[str] | None
    back: frozenset[str]


def _phrases(entries: list[str]) -> Pattern[str] | None:
    parts = [re.escape(e).replace(r"\ ", r"\s+").replace("'", "['’]") for e in sorted(set(entries), key=len, reverse=True)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.I) if parts else None


@load_once
def scope_tables() -> ScopeTables:
    data = load_yaml(data_path("shared-columns.yml").read_text(encoding="utf-8")) or {}
    scope = [str(p).strip() for words in (data.get("scope_phrases") or {}).values() for p in words or () if str(p).strip()]
    back = frozenset(str(w).casefold() for words in (data.get("back_references") or {}).values() for w in words or ())
    return ScopeTables(_phrases(scope), back)


def neighbours(text: str, begin: int, end: int, value_end: int) -> Neighbours:
    """The sentences next to ``text[begin:end]`` (a sentence), not across a blank line, and the
    words after the value (ending at ``value_end``) in it."""
    head = text[:begin]
    stripped = head.rstrip()
    previous = ""
    if stripped and "\n\n" not in head[len(stripped):]:
        body = stripped[:-1] if stripped[-1] in ".!?:;" else stripped
        start = 0
        for match in _SENTENCE_END.finditer(body):
            start = match.end()
        previous = body[start:].strip()
    tail = text[end:]
    following = ""
    lead = len(tail) - len(tail.lstrip())
    if tail.strip() and "\n\n" not in tail[:lead]:
        rest = tail[lead:]
        stop = _SENTENCE_END.search(rest)
        following = rest[: stop.end() if stop else len(rest)].strip()
    return Neighbours(previous, following, text[value_end:end])


def points_back(sentence: str, kind_nouns: tuple[str, ...]) -> bool:
    """The sentence opens with a word that points back at the value, or a noun of its kind."""
    first = [w.casefold() for w in _WORD.findall(sentence)[:3]]
    return bool(first) and (first[0] in scope_tables().back or any(w.endswith(kind_nouns) for w in first))


def says_it_applies_to_all(sentence: str) -> bool:
    pattern = scope_tables().scope
    return pattern is not None and pattern.search(sentence) is not None
