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
HEAD = 20
"""Rows, record numbers and recipients kept per entry: the most any format lists (html: 20)."""

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
    """One entry in the output: ``first`` speaks for all its diagnostics. Only the first few
    recipients, rows and identities are kept (enough for any format), with their counts, so a
    mistake that hits a million recipients costs what one that hits twenty does."""

    first: Diagnostic
    in_data: bool
    count: int = 1
    """Diagnostics in the entry."""
    recipients: list[RecipientRef] = field(default_factory=list)
    """The first :data:`HEAD` distinct recipients, in (file, record) order."""
    recipient_count: int = 0
    named: list[RecipientRef] = field(default_factory=list)
    """The first :data:`IDENTITIES_SHOWN` of those recipients that have an identity."""
    named_count: int = 0
    rows: list[int] = field(default_factory=list)
    """The first :data:`HEAD` rows of a recipients file this entry is about (distinct,
    ascending for a recipients file's own problems; one per recipient otherwise)."""
    row_count: int = 0
    noun: str = "row"
    """``row``, or ``record`` when the records are elements of a JSON array (several may
    share a line): then ``numbers`` are record numbers."""
    numbers: list[int] = field(default_factory=list)
    number_count: int = 0
    sources: list[str] = field(default_factory=list)
    firsts: dict[str, list[Diagnostic]] = field(default_factory=dict)
    """Per recipients file, the first diagnostic about each of the first :data:`HEAD`
    recipients (the HTML page re-renders a few of them)."""

    @property
    def numbered(self) -> tuple[str, list[int]]:
        """``("row", rows)``, or ``("record", numbers)`` (the first :data:`HEAD` of them)."""
        return self.noun, self.numbers

    def sort_key(self) -> tuple[object, ...]:
        d = self.first
        rec = d.recipient
        return (d.path, d.line, d.column, 0 if rec is None else 1, -1 if rec is None else rec.index, d.code, d.message)


class _Tally:
    """Builds a :class:`Group` from its diagnostics in report order (recipient by recipient),
    keeping a bounded head. ``exact`` turns False when the order it relies on does not hold
    (diagnostics not sorted, one entry over several recipient files); the entry is then
    recounted from all its diagnostics (:func:`_recount`)."""

    __slots__ = ("first", "first_key", "in_data", "count", "heads", "named", "recipient_count", "named_count",
                 "last_index", "at_last", "all_records", "rows", "row_count", "last_row", "records", "last_record",
                 "exact")

    def __init__(self, first: Diagnostic, in_data: bool) -> None:
        self.first = first
        self.first_key = _order(first)
        self.in_data = in_data
        self.count = 0
        self.heads: dict[str, list[Diagnostic]] = {}
        self.named: dict[str, list[RecipientRef]] = {}
        self.recipient_count = self.named_count = self.row_count = 0
        self.last_index = -1
        self.at_last: set[str] = set()
        self.all_records = True
        self.rows: list[int] = []
        self.last_row = -1
        self.records: list[int] = []
        self.last_record = -1
        self.exact = True

    def add(self, d: Diagnostic) -> None:
        self.count += 1
        rec = d.recipient
        order = _order(d)
        if order < self.first_key:
            self.first, self.first_key = d, order
        if self.in_data:
            row = rec.row if rec is not None else d.line
            if row > self.last_row:
                self.last_row = row
                self.row_count += 1
                if len(self.rows) < HEAD:
                    self.rows.append(row)
            elif row < self.last_row:
                self.exact = False
        if rec is None:
            return
        if rec.index != self.last_index:
            if rec.index < self.last_index:
                self.exact = False
                return
            self.last_index = rec.index
            self.at_last = set()
        if rec.source in self.at_last:
            return  # this recipient again
        self.at_last.add(rec.source)
        self.recipient_count += 1
        head = self.heads.setdefault(rec.source, [])
        if len(head) < HEAD:
            head.append(d)
        if rec.identity:
            self.named_count += 1
            named = self.named.setdefault(rec.source, [])
            if len(named) < IDENTITIES_SHOWN:
                named.append(rec)
        if rec.record is None:
            self.all_records = False
        elif rec.record > self.last_record:
            self.last_record = rec.record
            if len(self.records) < HEAD:
                self.records.append(rec.record)
        else:
            self.exact = False

    def result(self) -> Group:
        sources = sorted(self.heads)
        if len(sources) > 1 and (self.in_data or self.all_records):
            self.exact = False  # rows or record numbers of several files: a union to count
        recipients = [d.recipient for s in sources for d in self.heads[s]][:HEAD]
        named = [r for s in sources for r in self.named.get(s, ())][:IDENTITIES_SHOWN]
        entry = Group(self.first, self.in_data, self.count, recipients, self.recipient_count, named,  # type: ignore[arg-type]
                      self.named_count, sources=sources, firsts={s: list(self.heads[s]) for s in sources})
        if self.in_data:
            entry.rows, entry.row_count = self.rows, self.row_count
        else:
            entry.rows = [r.row for r in recipients]  # type: ignore[union-attr]
            entry.row_count = self.recipient_count
        if recipients and self.all_records:
            entry.noun, entry.numbers, entry.number_count = "record", self.records, self.recipient_count
        else:
            entry.numbers, entry.number_count = entry.rows, entry.row_count
        return entry


def _order(d: Diagnostic) -> tuple[int, int]:
    return (d.recipient.index if d.recipient else -1, d.line)


def _recount(items: list[Diagnostic], in_data: bool) -> Group:
    """The exact entry from all its diagnostics, whatever their order."""
    items.sort(key=_order)
    seen: dict[tuple[str, int], Diagnostic] = {}
    for d in items:
        if d.recipient is not None:
            seen.setdefault((d.recipient.source, d.recipient.index), d)
    firsts = [seen[key] for key in sorted(seen)]
    everyone = [d.recipient for d in firsts]
    named = [r for r in everyone if r.identity]  # type: ignore[union-attr]
    sources = sorted({r.source for r in everyone})  # type: ignore[union-attr]
    by_source: dict[str, list[Diagnostic]] = {}
    for d in firsts:
        head = by_source.setdefault(d.recipient.source, [])  # type: ignore[union-attr]
        if len(head) < HEAD:
            head.append(d)
    if in_data:
        rows = sorted({d.recipient.row if d.recipient else d.line for d in items})
    else:
        rows = [r.row for r in everyone]  # type: ignore[union-attr]
    entry = Group(items[0], in_data, len(items), everyone[:HEAD], len(everyone), named[:IDENTITIES_SHOWN],  # type: ignore[arg-type]
                  len(named), rows[:HEAD], len(rows), sources=sources, firsts=by_source)
    if everyone and all(r.record is not None for r in everyone):  # type: ignore[union-attr]
        numbers = sorted({r.record for r in everyone if r.record is not None})  # type: ignore[union-attr]
        entry.noun, entry.numbers, entry.number_count = "record", numbers[:HEAD], len(numbers)
    else:
        entry.numbers, entry.number_count = entry.rows, entry.row_count
    return entry


def _key(d: Diagnostic, position: int, known: set[str], paths: dict[str, bool]) -> tuple[tuple[object, ...], bool]:
    in_data = paths.get(d.path)
    if in_data is None:
        in_data = paths[d.path] = is_data_path(d.path, known)
    if in_data:
        if d.recipient is None and not d.code.startswith("FL4") and d.code != "FL021":
            return ("single", position), in_data  # a file-level problem (FL020, FL022)
        return ("data", d.path, d.code, d.severity, message_key(d)), in_data
    if d.recipient is None:
        return ("single", position), in_data
    return ("template", d.path, d.code, d.severity, d.line, d.column, d.end_line, d.end_column, message_key(d)), in_data


def group(diagnostics: Iterable[Diagnostic]) -> list[Group]:
    """Entries in output order: by file, then place, then rule. One pass over ``diagnostics``
    (a report's: sorted), with memory bounded by the number of entries, not of diagnostics; a
    second pass only for entries whose diagnostics came out of order."""
    known = getattr(diagnostics, "data_paths", None)
    if known is None:
        diagnostics = diagnostics if isinstance(diagnostics, (list, tuple)) else list(diagnostics)
        known = data_paths(diagnostics)
    tallies: dict[tuple[object, ...], _Tally] = {}
    paths: dict[str, bool] = {}  # is a path a recipients file (worked out once per path)
    for position, d in enumerate(diagnostics):
        key, in_data = _key(d, position, known, paths)
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = _Tally(d, in_data)
        tally.add(d)
    entries = {key: tally.result() for key, tally in tallies.items()}
    redo: dict[tuple[object, ...], list[Diagnostic]] = {key: [] for key, t in tallies.items() if not t.exact}
    if redo:
        for position, d in enumerate(diagnostics):
            key, _ = _key(d, position, known, paths)
            if key in redo:
                redo[key].append(d)
        for key, items in redo.items():
            entries[key] = _recount(items, tallies[key].in_data)
    return sorted(entries.values(), key=Group.sort_key)


def row_list(rows: list[int], limit: int = ROWS_SHOWN, total: int | None = None) -> str:
    """The first ``limit`` rows, with "…" when there are more (``total``: how many in all,
    when ``rows`` is only the first of them)."""
    shown = ", ".join(str(row) for row in rows[:limit])
    return shown + (", …" if (len(rows) if total is None else total) > limit else "")


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
        if entry.count == 1:
            ref = entry.first.recipient
            if ref is None:
                return None
            where = ref.label if ref.source == entry.first.path else f"{ref.label} of {ref.source}"
            return f"{where}: {ref.identity}" if ref.identity else (None if ref.source == entry.first.path else where)
        named = "; ".join(who(r) for r in recipients[:IDENTITIES_SHOWN] if r.identity)
        noun, numbers = entry.numbered
        text = f"{plural(entry.number_count, noun)}: {row_list(numbers, total=entry.number_count)}"
        return f"{text}; first: {named}" if named else text
    if not recipients:
        return None
    sources = entry.sources
    where = sources[0] if len(sources) == 1 else "several files"
    if entry.recipient_count == 1:
        ref = recipients[0]
        return f"{ref.label} of {where}" + (f": {ref.identity}" if ref.identity else "")
    named = "; ".join(who(r) for r in recipients[:IDENTITIES_SHOWN])
    noun, numbers = entry.numbered
    return (f"affects {plural(entry.recipient_count, 'recipient')} in {where}: {noun}s "
            f"{row_list(numbers, total=entry.number_count)}; first: {named}")


def with_affects(text: str, entry: Group) -> str:
    """``text`` followed by :func:`affects`'s note in parentheses, when the entry has one."""
    note = affects(entry)
    return f"{text} ({note})" if note else text
