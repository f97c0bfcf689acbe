"""Collecting a run's diagnostics with memory that does not grow with the number of findings.

The engine appends every diagnostic to a :class:`Collector` (its ``out``). Up to
:data:`SPILL_AFTER` of them stay in a list, and a small run ends exactly as before: a sorted,
de-duplicated list in the :class:`~followup_lint.report.Report`. Past that, each full buffer
is sorted and written to a temporary file (a sorted run, see spill.py); at the end the runs
are merged into one file in the report's order, de-duplicated on the way, while the summary
counts are taken. The report then reads its diagnostics from that file
(:class:`SpilledDiagnostics`): JSON is written from it one diagnostic at a time, and the
grouped formats keep only a few rows of each mistake (formats/_grouping.py).

Sorting by merging runs gives the same order as sorting one list: runs are merged on
(sort key, order of arrival), which is what the stable in-memory sort does.
"""

from __future__ import annotations

import heapq
import warnings
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Protocol, overload

from .model import Diagnostic
from .spill import Packed, SpillDir, pack, read_packed, unpack, write_packed

SPILL_AFTER = 20_000
"""Diagnostics held in memory before they go to a temporary file (each sorted run is this long)."""
MERGE_FAN_IN = 64
"""Runs merged at once (past 1,280,000 diagnostics runs are merged in steps): open files."""


class DiagnosticSink(Protocol):
    """What the engine reports into: a list, or a :class:`Collector`."""

    def append(self, d: Diagnostic, /) -> None: ...


class Collector:
    """Where the engine puts a run's diagnostics (it behaves like the list it used to be).

    ``silence`` drops what ``ignore-recipients`` silences as it arrives; ``skip_codes`` drops
    whole codes (load problems are reported once per run, not once per recipient file)."""

    def __init__(self, spill_after: int | None = None) -> None:
        self.spill_after = spill_after or SPILL_AFTER
        self.silence: Callable[[Diagnostic], bool] | None = None
        self.skip_codes: frozenset[str] = frozenset()
        self.template_level: list[Diagnostic] = []
        """The diagnostics about no recipient (few: they are about templates and files), for the
        personalization score, which must not re-read a spilled run."""
        self._buffer: list[Diagnostic] = []
        self._runs: list[Any] = []
        self._dir: SpillDir | None = None
        self._count = 0
        self._cannot_spill = False

    def append(self, d: Diagnostic) -> None:
        if d.code in self.skip_codes or (self.silence is not None and self.silence(d)):
            return
        if d.recipient is None:
            self.template_level.append(d)
        self._buffer.append(d)
        if len(self._buffer) >= self.spill_after and not self._cannot_spill:
            self._spill()

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        for d in diagnostics:
            self.append(d)

    def __len__(self) -> int:
        return self._count + len(self._buffer)

    def __iter__(self) -> Iterator[Diagnostic]:
        """Everything collected so far (spilled runs first, each in sorted order)."""
        for run in list(self._runs):
            yield from map(unpack, read_packed(run))
        yield from list(self._buffer)

    @property
    def spilled(self) -> bool:
        return bool(self._runs)

    def _spill(self) -> None:
        path = None
        try:
            if self._dir is None:
                self._dir = SpillDir()
            packed = sorted(pack(d, self._count + n) for n, d in enumerate(self._buffer))
            path = self._dir.new_file("run")
            write_packed(path, packed)
        except OSError as exc:  # no temporary folder, disk full: go on in memory
            if path is not None:
                path.unlink(missing_ok=True)
            self._cannot_spill = True
            _warn(exc)
            return
        self._runs.append(path)
        self._count += len(self._buffer)
        self._buffer = []

    def discard(self) -> None:
        """Remove the temporary files now (the run failed, or its report was built)."""
        self._buffer = []
        self._runs = []
        if self._dir is not None:
            self._dir.remove()

    def finish(self) -> list[Diagnostic] | SpilledDiagnostics:
        """The diagnostics in the report's order without duplicates: a list for a run that
        never spilled, else a :class:`SpilledDiagnostics` over one merged file (a list again
        if that file cannot be written)."""
        if not self._runs:
            found = dedupe_sorted(self._buffer)
            self._buffer = []
            return found
        assert self._dir is not None
        tail = sorted(pack(d, self._count + n) for n, d in enumerate(self._buffer))  # the last, unspilled part
        self._buffer = []
        try:
            while len(self._runs) > MERGE_FAN_IN:  # very long runs: merge in steps, few files open at once
                first = self._runs[:MERGE_FAN_IN]
                path = self._dir.new_file("run")
                try:
                    write_packed(path, heapq.merge(*(read_packed(run) for run in first)))
                except OSError:
                    path.unlink(missing_ok=True)
                    raise
                self._runs = self._runs[MERGE_FAN_IN:] + [path]
                for run in first:
                    run.unlink(missing_ok=True)
            result = SpilledDiagnostics(self._dir)
            result.write(_unique(heapq.merge(*(read_packed(run) for run in self._runs), tail)))
        except OSError as exc:
            _warn(exc)
            found = [unpack(t) for t in _unique(heapq.merge(*(read_packed(run) for run in self._runs), tail))]
            self.discard()
            return found
        for run in self._runs:
            run.unlink(missing_ok=True)
        self._runs = []
        self._dir = None  # the result holds the folder now
        return result


def _warn(exc: OSError) -> None:
    warnings.warn(f"followup-lint: cannot write temporary files ({exc.strerror or exc}); the findings are kept in "
                  "memory", RuntimeWarning, stacklevel=3)


def dedupe_sorted(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sorted by :meth:`Diagnostic.sort_key`, the first of identical ones kept (in-memory runs)."""
    unique: dict[tuple[Any, ...], Diagnostic] = {}
    for diagnostic in diagnostics:
        unique.setdefault(diagnostic.sort_key() + (diagnostic.end_line, diagnostic.end_column), diagnostic)
    return sorted(unique.values(), key=Diagnostic.sort_key)


def _unique(merged: Iterable[Packed]) -> Iterator[Packed]:
    """Drop repeats from a merged stream: same sort key and end position (the first kept)."""
    key: Packed = ()
    ends: set[tuple[int, int]] = set()
    for item in merged:
        if item[:6] != key:
            key = item[:6]
            ends = set()
        end = (item[9], item[10])
        if end in ends:
            continue
        ends.add(end)
        yield item


class SpilledDiagnostics(Sequence[Diagnostic]):
    """A report's diagnostics read from a temporary file, in order, as often as needed.

    It is a read-only sequence: ``len()``, iteration and indexing work (indexing reads up to
    the item, so iterate instead). Counts for the summary and the paths of recipient files
    are taken while the file is written."""

    def __init__(self, folder: SpillDir) -> None:
        self._dir = folder
        self._path = folder.new_file("report")
        self._count = 0
        self.by_severity: Counter[str] = Counter()
        self.by_code: Counter[str] = Counter()
        self.data_paths: set[str] = set()

    def write(self, items: Iterable[Packed]) -> None:
        self._count = write_packed(self._path, self._counted(items))

    def _counted(self, items: Iterable[Packed]) -> Iterator[Packed]:
        by_severity, by_code, paths = self.by_severity, self.by_code, self.data_paths
        for item in items:
            by_severity[item[8]] += 1
            code = item[4]
            by_code[code] += 1
            rec = item[11]
            if rec is not None:
                paths.add(rec[1])
            if code.startswith("FL4") or code in ("FL021", "FL022"):
                paths.add(item[0])
            yield item

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Diagnostic]:
        if self._dir.removed:
            raise RuntimeError("the report's temporary file was removed; lint again")
        return map(unpack, read_packed(self._path))

    @overload
    def __getitem__(self, index: int) -> Diagnostic: ...

    @overload
    def __getitem__(self, index: slice) -> list[Diagnostic]: ...

    def __getitem__(self, index: int | slice) -> Diagnostic | list[Diagnostic]:
        if isinstance(index, slice):
            return list(self)[index] if (index.step or 1) < 0 or (index.start or 0) < 0 or (
                index.stop is not None and index.stop < 0) else list(islice(self, index.start, index.stop, index.step))
        position = index + self._count if index < 0 else index
        if not 0 <= position < self._count:
            raise IndexError("diagnostic index out of range")
        return next(islice(self, position, None))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, SpilledDiagnostics)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<SpilledDiagnostics: {self._count} diagnostics in {self._path}>"

    def remove(self) -> None:
        """Delete the file now (the report is unusable afterwards)."""
        self._dir.remove()
