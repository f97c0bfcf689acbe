"""Use every core for large recipient lists.

The engine lints the first :data:`SEQUENTIAL_RECORDS` records itself; if the list goes on, the
rest is cut into chunks that forked worker processes lint with the checks that are
``parallel_safe``. Checks that keep state across records (duplicates, "no record has this
field") still see every record, in the main process, which reads the file once and renders a
message only if such a check asks for it. Results are merged and the report is sorted, so the
output is the same as a sequential run.

Workers are forked, so they inherit the loaded rules and analysed templates without pickling
them; where ``fork`` is not available (Windows, macOS default) the run stays sequential.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from typing import TYPE_CHECKING, Any, Iterator

from .model import Diagnostic, RecipientRef
from .partition import ListRun
from .recipients import Recipient, SourceProblem

if TYPE_CHECKING:
    from .column_facts import ListFacts
    from .context import RunContext
    from .engine import Linter, _ActiveCheck, _TemplateRun

SEQUENTIAL_RECORDS = 5_000
CHUNK_RECORDS = 2_000
_MAX_JOBS = 8


def job_count(configured: int) -> int:
    """Worker processes to use: ``configured``, or one per core when 0; 1 without fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if configured > 0:
        return configured
    return max(1, min(os.cpu_count() or 1, _MAX_JOBS))


_JOB: ListRun | None = None  # set in the parent just before forking; inherited by workers


class _Chunk:
    """Records on their way to a worker, in the shape that pickles fastest: a CSV's records
    share their columns, so each one travels as a tuple of values (a record with other columns
    as its mapping), and its place in the source as a tuple."""

    __slots__ = ("columns", "values", "places")

    def __init__(self) -> None:
        self.columns: tuple[str, ...] | None = None
        self.values: list[Any] = []
        self.places: list[tuple[Any, ...]] = []

    def __len__(self) -> int:
        return len(self.places)

    def add(self, recipient: Recipient) -> None:
        data, ref = recipient.data, recipient.ref
        values: Any = data
        if type(data) is dict:
            if self.columns is None:
                self.columns = tuple(data)
            if len(data) == len(self.columns) and tuple(data) == self.columns:
                values = tuple(data.values())
        self.values.append(values)
        self.places.append((ref.row, ref.source, ref.index, ref.identity, ref.key, ref.record))

    def __getstate__(self) -> tuple[Any, ...]:
        return self.columns, self.values, self.places

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.columns, self.values, self.places = state

    def recipients(self, field_map: Any) -> Iterator[Recipient]:
        columns = self.columns or ()
        for values, place in zip(self.values, self.places):
            data = dict(zip(columns, values)) if type(values) is tuple else values
            yield Recipient(data, RecipientRef(*place), field_map)


def _lint_chunk(chunk: _Chunk) -> tuple[list[Diagnostic], list[tuple[int, int, str]], Any]:
    """Worker side: lint a chunk of records with the per-record checks (partition.ListRun);
    return diagnostics, the suppressions they used and the chunk's per-column facts (merged by
    the main process)."""
    job = _JOB
    assert job is not None
    part = job.lint_recipients(chunk.recipients(job.linter.field_map))
    return part.diagnostics, part.used_suppressions, part.facts


def _reset_in_child() -> None:
    from . import sandbox

    sandbox.reset_after_fork()
    if _JOB is not None:  # the check watchdog and Ctrl-C handling, for this process
        _JOB.linter._guard.in_worker()


def run_rest(
    linter: Linter,
    records: Iterator[Any],
    recipient_checks: list[_ActiveCheck],
    runs: list[_TemplateRun],
    run_context: RunContext,
    out: list[Diagnostic],
    jobs: int,
    *,
    progress: Any = None,
    done: int = 0,
    facts: ListFacts | None = None,
) -> None:
    """Lint the remaining ``records`` with ``jobs`` forked workers plus the main process.

    ``progress`` (see progress.py) hears of each chunk handed out, ``done`` records in.
    ``facts`` (column_facts.py) receives the workers' per-chunk facts."""
    global _JOB
    list_run = ListRun.for_stream(linter, runs, recipient_checks, run_context, facts)
    main_runs, main_rchecks = list_run.whole_list_side()
    whole_list = bool(main_rchecks or any(r.message_checks for r in main_runs))
    _JOB = list_run
    context = multiprocessing.get_context("fork")
    pending: deque[Any] = deque()
    chunk = _Chunk()
    try:
        with context.Pool(jobs, initializer=_reset_in_child) as pool:

            def take(result: Any) -> None:
                diagnostics, used, chunk_facts = result.get()
                out.extend(diagnostics)
                list_run.add_facts(chunk_facts)
                for run_index, entry_index, selector in used:
                    runs[run_index].suppressions.entries[entry_index].used.add(selector)

            for item in records:
                if isinstance(item, SourceProblem):
                    linter.emit_source_problem(item, out)
                    continue
                if whole_list:
                    linter.process_record(item, main_rchecks, main_runs, run_context, out, render=False)
                chunk.add(item)
                if len(chunk) >= CHUNK_RECORDS:
                    pending.append(pool.apply_async(_lint_chunk, (chunk,)))
                    done += len(chunk)
                    if progress is not None:
                        progress.update(done)
                    chunk = _Chunk()
                    if len(pending) > 2 * jobs:  # keep memory bounded: wait for the oldest chunk
                        take(pending.popleft())
                    while pending and pending[0].ready():
                        take(pending.popleft())
            if chunk:
                pending.append(pool.apply_async(_lint_chunk, (chunk,)))
            while pending:
                take(pending.popleft())
    finally:
        _JOB = None
    for original, main_run in zip((r for r in runs if r.context.info.compiled is not None), main_runs):
        original.stopped = original.stopped or main_run.stopped
