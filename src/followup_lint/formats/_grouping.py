"""Grouping of per-recipient diagnostics, shared by the formats that summarise (text, github,
junit).

A template mistake that hits 12,000 recipients is one mistake: it is reported once, with how
many recipients it affects, their first row numbers and who the first few are. Diagnostics
group when they have the same file, rule, severity, place and message *before* personal
values were filled in (:attr:`Diagnostic.group_key`), so "the greeting name "O…" is ALL CAPS"
and "the greeting name "M…" is ALL CAPS" are one entry.

Diagnostics that point into a recipients file (FL4xx, malformed rows) are grouped the same way,
but without the row in the key, since the row *is* their location.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Iterable

from ..model import Diagnostic, RecipientRef

DATA_SUFFIXES = frozenset({".csv", ".tsv", ".json", ".jsonl", ".ndjson"})
ROWS_SHOWN = 8
IDENTITIES_SHOWN = 3

_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def data_paths(diagnostics: Iterable[Diagnostic]) -> set[str]:
    """Paths that are recipient files: never show a line of them (it is personal data)."""
    paths: set[str] = set()
    for d in diagnostics:
        if d.recipient is not None:
            paths.add(d.recipient.source)
        if d.code.startswith("FL4") or d.code in ("FL021", "FL022"):
            paths.add(d.path)
    return paths


def is_data_path(path: str, known: set[str]) -> bool:
    return path in known or PurePath(path).suffix.lower() in DATA_SUFFIXES or path.startswith("<records")


def message_key(d: Diagnostic) -> str:
    """The message without its personal values: the engine's ``group_key``, or for diagnostics
    built elsewhere the message with quoted values blanked."""
    if d.group_key is not None:
        return d.group_key
    return _QUOTED.sub('"…"', d.message) if d.recipient is not None else d.message


@dataclass(slots=True)
class Group:
    """Diagnostics that are one entry in the output; ``first`` speaks for all of them."""

    first: Diagnostic
    in_data: bool
    items: list[Diagnostic] = field(default_factory=list)

    @property
    def recipients(self) -> list[RecipientRef]:
        """Distinct recipients, in row order."""
        seen: dict[tuple[str, int], RecipientRef] = {}
        for d in self.items:
            if d.recipient is not None:
                seen.setdefault((d.recipient.source, d.recipient.index), d.recipient)
        return sorted(seen.values(), key=lambda r: (r.source, r.index))

    @property
    def rows(self) -> list[int]:
        """Rows of a recipients file this entry is about (distinct, ascending)."""
        if self.in_data:
            return sorted({d.recipient.row if d.recipient else d.line for d in self.items})
        return [r.row for r in self.recipients]

    @property
    def numbered(self) -> tuple[str, list[int]]:
        """``("row", rows)``, or ``("record", numbers)`` when the records are elements of a JSON
        array (several may share a line)."""
        recipients = self.recipients
        if recipients and all(r.record is not None for r in recipients):
            return "record", sorted({r.record for r in recipients if r.record is not None})
        return "row", self.rows

    @property
    def sources(self) -> list[str]:
        return sorted({r.source for r in self.recipients})

    def sort_key(self) -> tuple[object, ...]:
        d = self.first
        rec = d.recipient
        return (d.path, d.line, d.column, 0 if rec is None else 1, -1 if rec is None else rec.index, d.code, d.message)


def group(diagnostics: list[Diagnostic]) -> list[Group]:
    """Entries in output order: by file, then place, then rule."""
    known = data_paths(diagnostics)
    groups: dict[tuple[object, ...], Group] = {}
    for position, d in enumerate(diagnostics):
        in_data = is_data_path(d.path, known)
        if in_data:
            if d.recipient is None and not d.code.startswith("FL4") and d.code != "FL021":
                key: tuple[object, ...] = ("single", position)  # a file-level problem (FL020, FL022)
            else:
                key = ("data", d.path, d.code, d.severity, message_key(d))
        elif d.recipient is None:
            key = ("single", position)
        else:
            key = ("template", d.path, d.code, d.severity, d.line, d.column, d.end_line, d.end_column, message_key(d))
        entry = groups.get(key)
        if entry is None:
            entry = groups[key] = Group(d, in_data)
        entry.items.append(d)
    for entry in groups.values():
        entry.items.sort(key=lambda d: (d.recipient.index if d.recipient else -1, d.line))
        entry.first = entry.items[0]
    return sorted(groups.values(), key=Group.sort_key)


def row_list(rows: list[int], limit: int = ROWS_SHOWN) -> str:
    shown = ", ".join(str(row) for row in rows[:limit])
    return shown + (", …" if len(rows) > limit else "")


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def who(ref: RecipientRef) -> str:
    """``row 7 (P. B., p***@northwind.example)``, or ``row 7`` when the record has no name or email
    (``record 7 (line 1)`` for an element of a JSON array)."""
    return f"{ref.label} ({ref.identity})" if ref.identity else ref.label


def affects(entry: Group) -> str | None:
    """One line about whom an entry concerns, for one-line formats (github, junit); None for a
    template-level finding."""
    recipients = entry.recipients
    if entry.in_data:
        if len(entry.items) == 1:
            ref = entry.first.recipient
            if ref is None:
                return None
            where = ref.label if ref.source == entry.first.path else f"{ref.label} of {ref.source}"
            return f"{where}: {ref.identity}" if ref.identity else (None if ref.source == entry.first.path else where)
        named = "; ".join(who(r) for r in recipients[:IDENTITIES_SHOWN] if r.identity)
        noun, numbers = entry.numbered
        text = f"{plural(len(numbers), noun)}: {row_list(numbers)}"
        return f"{text}; first: {named}" if named else text
    if not recipients:
        return None
    sources = entry.sources
    where = sources[0] if len(sources) == 1 else "several files"
    if len(recipients) == 1:
        ref = recipients[0]
        return f"{ref.label} of {where}" + (f": {ref.identity}" if ref.identity else "")
    named = "; ".join(who(r) for r in recipients[:IDENTITIES_SHOWN])
    noun, numbers = entry.numbered
    return f"affects {plural(len(recipients), 'recipient')} in {where}: {noun}s {row_list(numbers)}; first: {named}"
