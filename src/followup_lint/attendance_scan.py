"""What a ticket-only status means, decided once per list: a cheap second read of the status column.

In an Eventbrite attendee report the ``Attendee Status`` of a ticket holder is "Attending"; at
the door it becomes "Checked In". So in a list where some people are "Checked In", an
"Attending" left over means the person did not check in - a no-show for FL301 - while in a list
where no one is checked in (check-in was never used, or the report was pulled before the
event) it only says they hold a ticket. The same value means two things, and which one is a
fact of the whole column, which a streaming linter has not seen when it reaches the record.

For a list that can be read twice (a recipients file; a list, tuple or DataFrame passed to
``lint()``) the engine reads it once more before the stream, only when it matters: a template
that presumes attendance is linted with FL301 on, and the first record has a status column. The
scan reads the records with the same reader as the stream (CSV and JSON agree, and forked
workers inherit the answer, which is set before they are forked), looks only at the status
columns, and stops at the first "Checked In" in each: in a mixed list that is within the first
rows; in a list with no check-in it is one more pass over the file (measured in
benchmarks/README.md). A stream that cannot be read twice (a generator, Spark or Dask
partitions) is not scanned: there "Attending" says nothing, unless FL301's ``ticket_holders``
option says what it means (``no-show``, or ``unknown``; the default ``auto`` is the scan).

An empty count cell is the same kind of fact: in a column where others hold a count ("Time in
Session (minutes)" 52, a HubSpot "... Attendance Count" of 1) it means the person was never
counted, a no-show; in a column no one has filled it says nothing. The same scan notes the count
columns that hold a positive count somewhere, and the arrival columns of in-person visits that
hold a sign-in time somewhere ("Envoy Signed In": an empty cell there is a visitor who never
signed in; attendance_arrival.py).
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from typing import Any, Callable, Iterable, Iterator

from .attendance import ARRIVAL, ATTENDED, COUNT, STATUS, attendance_columns, value_answer
from .recipients import Recipient, RecordOrProblem, lookup

__all__ = ["TICKET_HOLDERS", "blank_means_no_show", "checked_in_columns", "scan_checked_in", "for_stream",
           "ticket_means_no_show"]

#: FL301's ``ticket_holders`` option: how to read a ticket-only status.
TICKET_HOLDERS = ("auto", "no-show", "unknown")

_CHECKED_IN: ContextVar[frozenset[str] | None] = ContextVar("followup_lint_checked_in", default=None)


def scan_checked_in(records: Iterable[RecordOrProblem]) -> frozenset[str]:
    """The status columns (as dotted paths) that hold a "Checked In"-like value in some record,
    and the count columns that hold a positive count ("Time in Session" 52) in some record;
    stops as soon as every such column of the first record has one."""
    wanted: set[str] | None = None
    found: set[str] = set()
    known: dict[tuple[str, ...], list[tuple[tuple[str, ...], str, str]]] = {}  # keys -> status and count columns
    answers: dict[Any, bool] = {}  # value -> checks the person in (a column holds few values)
    for item in records:
        if not isinstance(item, Recipient):
            continue  # a bad row is the stream's to report, not the scan's
        keys = item.field_keys()
        columns = known.get(keys)
        if columns is None:
            fields = item.field_map
            custom = fields.custom_columns("attendance") + fields.custom_columns("attended")
            columns = [(path, ".".join(path), kind) for path, kind in attendance_columns(keys, custom)
                       if kind in (STATUS, COUNT, ARRIVAL)]
            if len(known) < 64:
                known[keys] = columns
        if wanted is None:
            wanted = {name for _, name, _ in columns}
            if not wanted:
                return frozenset()  # no status or count column: nothing depends on the whole list
        for path, name, kind in columns:
            if name in found:
                continue
            value = lookup(item.data, path)
            try:
                checked_in = answers.get((value, kind))
            except TypeError:  # a list or a mapping: says nothing
                continue
            if checked_in is None:
                checked_in = value_answer(value, kind) == ATTENDED
                if len(answers) < 4096:
                    answers[(value, kind)] = checked_in
            if checked_in:
                found.add(name)
        if found >= wanted:
            break
    return frozenset(found)


@contextlib.contextmanager
def for_stream(reread: Callable[[], Iterable[RecordOrProblem]] | None) -> Iterator[frozenset[str] | None]:
    """While a stream is linted: the status columns that check people in, scanned from a fresh
    read of the list (``reread``), or None when the list cannot be read twice."""
    columns = None
    if reread is not None:
        records = None
        try:
            records = reread()
            columns = scan_checked_in(records)
        except Exception:  # noqa: BLE001 - the stream itself reports what is wrong with the list
            columns = None
        finally:
            close = getattr(records, "close", None)
            if close is not None:
                close()  # a generator over an open file
    token = _CHECKED_IN.set(columns)
    try:
        yield columns
    finally:
        _CHECKED_IN.reset(token)


def checked_in_columns() -> frozenset[str] | None:
    """The current stream's status columns that check people in; None when it was not scanned."""
    return _CHECKED_IN.get()


def blank_means_no_show(column: str | None) -> bool:
    """Whether an empty count cell in ``column`` means the person did not attend: others in the
    same column hold a count (Zoom's "Time in Session" left empty for the absentees of a merged
    registrant list; a HubSpot attendance count never set). Unknown when the list was not scanned."""
    columns = checked_in_columns()
    return column is not None and columns is not None and column in columns


def ticket_means_no_show(column: str | None, option: str = "auto") -> bool:
    """Whether a ticket-only value in ``column`` ("Attending") means the holder did not come."""
    if option == "no-show":
        return True
    if option != "auto" or column is None:
        return False
    columns = checked_in_columns()
    return columns is not None and column in columns
