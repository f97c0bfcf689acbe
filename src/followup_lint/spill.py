"""Diagnostics on disk, for runs with more findings than fit comfortably in memory.

A diagnostic is written as a flat tuple whose first fields are its sort key, so that sorted
runs can be merged by plain tuple comparison (``heapq.merge``) without building keys::

    (path, recipient index or -1, line, column, code, message, sequence, ...)

``sequence`` is the order the engine reported it in: it keeps equal keys in that order, like
the stable sort of an in-memory run, and makes every tuple unique so the comparison never
reaches the fields after it.

Files live in a private folder (``mkdtemp``: readable by the owner only) that is removed when
the last object using it is gone, when :meth:`SpillDir.remove` is called (the run failed) or
when the interpreter exits. They hold what the report holds: messages and identities already
masked unless personal data is shown, never the records themselves.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any, Iterable, Iterator

from .model import Diagnostic, Edit, RecipientRef, Severity

BATCH = 1_000
"""Diagnostics per pickle record: small enough to read runs side by side, big enough that
pickle's memo shares repeated strings (codes, names, paths) within a record."""

Packed = tuple[Any, ...]
_SEVERITIES = {severity.value: severity for severity in Severity}


def pack(d: Diagnostic, sequence: int) -> Packed:
    ref = d.recipient
    rec = None if ref is None else (ref.row, ref.source, ref.index, ref.identity, ref.key, ref.record)
    edit = None if d.edit is None else (d.edit.path, d.edit.start, d.edit.end, d.edit.replacement, d.edit.safe,
                                        d.edit.title)
    return (d.path, -1 if ref is None else ref.index, d.line, d.column, d.code, d.message, sequence,
            d.name, d.severity.value, d.end_line, d.end_column, rec, d.fix, d.group_key, edit)


def unpack(t: Packed) -> Diagnostic:
    path, _, line, column, code, message, _, name, severity, end_line, end_column, rec, fix, group_key, edit = t
    return Diagnostic(code, name, _SEVERITIES[severity], message, path, line, column, end_line, end_column,
                      None if rec is None else RecipientRef(*rec), fix, group_key,
                      None if edit is None else Edit(*edit))


class SpillDir:
    """A private temporary folder, removed with the last object that holds it (or at exit)."""

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="followup-lint-"))
        self._remove = weakref.finalize(self, _remove_folder, str(self.path), os.getpid())
        self._files = 0

    def new_file(self, stem: str) -> Path:
        self._files += 1
        return self.path / f"{stem}-{self._files}.pickle"

    def remove(self) -> None:
        self._remove()

    @property
    def removed(self) -> bool:
        return not self._remove.alive


def _remove_folder(path: str, owner: int) -> None:
    """Remove the folder, from the process that made it only: a forked worker holds a copy of
    the objects that point at it, and must not remove it when it exits."""
    if os.getpid() == owner:
        shutil.rmtree(path, ignore_errors=True)


def write_packed(path: Path, items: Iterable[Packed]) -> int:
    """Write ``items`` in batches; returns how many were written."""
    count = 0
    batch: list[Packed] = []
    with open(path, "wb") as handle:
        os.chmod(path, 0o600)
        for item in items:
            batch.append(item)
            if len(batch) >= BATCH:
                pickle.dump(batch, handle, protocol=pickle.HIGHEST_PROTOCOL)
                count += len(batch)
                batch = []
        if batch:
            pickle.dump(batch, handle, protocol=pickle.HIGHEST_PROTOCOL)
            count += len(batch)
    return count


def read_packed(path: Path) -> Iterator[Packed]:
    """The tuples of a file written by :func:`write_packed`, a batch in memory at a time."""
    with open(path, "rb") as handle:
        while True:
            try:
                batch = pickle.load(handle)
            except EOFError:
                return
            yield from batch
