"""How FL301's frame reading cuts a sentence: into clauses (at full stops, semicolons, colons,
dashes and a pair of spaced hyphens around an aside) and into parts (also at commas, brackets, a
hyphen typed as a dash (not the one inside "infection-control") and the coordinators "and", "und", "et": "thanks for attending and for answering the survey" thanks
for two things). Used by attendance_frame.py."""

from __future__ import annotations

from typing import Sequence

from ..content.tokens import Token

__all__ = ["clauses", "parts", "sender_acts"]

_CLAUSE_BREAKS = frozenset(".!?;:—–…")


def parts(tokens: Sequence[Token], coordinators: frozenset[str] = frozenset(), *,
          commas: bool = True) -> list[list[Token]]:
    """The sentence cut at commas, brackets and dashes as well as at clause breaks (where
    ``unless`` words count), and at ``coordinators`` ("and", "und", "et": "thanks for attending
    and for answering the survey" thanks for two things); with ``commas`` False only at the
    coordinators and clause breaks ("Vielen Dank, dass Sie ... heruntergeladen haben" is one
    thanks)."""
    breaks = _CLAUSE_BREAKS | (frozenset(",()-") if commas else frozenset())
    cut: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        if token.text == "-" and _joins_words(tokens, index):
            continue  # "infection-control survey", "Online-Umfrage": one word, not a dash
        if (token.kind == "punct" and token.text in breaks) or (token.kind == "word" and token.lower in coordinators):
            if cut[-1]:
                cut.append([])
            continue
        cut[-1].append(token)
    return [p for p in cut if p]


def _joins_words(tokens: Sequence[Token], index: int) -> bool:
    """A hyphen with a word right against it on both sides: a compound's, not a dash."""
    if not 0 < index < len(tokens) - 1:
        return False
    before, hyphen, after = tokens[index - 1], tokens[index], tokens[index + 1]
    return before.kind != "punct" and after.kind != "punct" and before.end == hyphen.start and hyphen.end == after.start


def clauses(tokens: Sequence[Token], text: str = "") -> list[list[Token]]:
    asides = _aside_dashes(tokens, text)
    cut: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        if token.kind == "punct" and (token.text in _CLAUSE_BREAKS or index in asides):
            if cut[-1]:
                cut.append([])
            continue
        cut[-1].append(token)
    return [c for c in cut if c]


def _aside_dashes(tokens: Sequence[Token], text: str) -> frozenset[int]:
    """The hyphens typed as dashes (a space on each side) that enclose an aside, in pairs within
    one sentence ("die Sie angemerkt haben - Schnittstelle ... und Schulung ... - habe ich"):
    breaks like "–" and "—". A lone one ("at our stand - thanks for your patience") is a comma."""
    found: set[int] = set()
    sentence: list[int] = []
    for index, token in enumerate(tokens):
        if token.kind != "punct":
            continue
        if token.text in _CLAUSE_BREAKS:
            found.update(sentence if len(sentence) >= 2 else ())
            sentence = []
        elif (token.text == "-" and 0 < token.start and token.end < len(text)
              and text[token.start - 1].isspace() and text[token.end].isspace()):
            sentence.append(index)
    found.update(sentence if len(sentence) >= 2 else ())
    return frozenset(found)


def sender_acts(senders: frozenset[str], after: Sequence[Token], start: int, end: int) -> bool:
    """Whether a sender subject ("we", "wir", "nous") stands in the three words before ``start``
    or the two after ``end`` ("we answered", "beantworten wir"): the action is the sender's, not
    what the reader is thanked for."""
    words = [t for t in after if t.kind == "word"]
    near = [t for t in words if t.end <= start][-3:] + [t for t in words if t.start >= end][:2]
    return any(t.lower in senders for t in near)
