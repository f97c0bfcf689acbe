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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator

from .model import Diagnostic, RecipientRef
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


@dataclass(slots=True)
class _WorkerJob:
    linter: Linter
    recipient_checks: list[_ActiveCheck]
    runs: list[_TemplateRun]
    run_context: RunContext
    facts: ListFacts | None = None


_JOB: _WorkerJob | None = None  # set in the parent just before forking; inherited by workers


def _lint_chunk(chunk: list[tuple[Any, RecipientRef]]) -> tuple[list[Diagnostic], list[tuple[int, int, str]], Any]:
    """Worker side: lint a chunk of records; return diagnostics, the suppressions they used
    and the chunk's per-column facts (merged by the main process)."""
    job = _JOB
    assert job is not None
    out: list[Diagnostic] = []
    field_map = job.linter.field_map
    facts = job.facts.empty_copy() if job.facts is not None else None
    for data, ref in chunk:
        if facts is not None:
            facts.add(data)
        recipient = Recipient(data, ref, field_map)
        job.linter.process_record(recipient, job.recipient_checks, job.runs, job.run_context, out)
    used = [
        (run_index, entry_index, selector)
        for run_index, run in enumerate(job.runs)
        for entry_index, entry in enumerate(run.suppressions.entries)
        for selector in entry.used
    ]
    return out, used, facts


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
    worker_runs = [_copy_run(run, [a for a in run.message_checks if a.check.parallel_safe]) for run in runs]
    main_runs = [_copy_run(run, [a for a in run.message_checks if not a.check.parallel_safe]) for run in runs]
    worker_rchecks = [a for a in recipient_checks if a.check.parallel_safe]
    main_rchecks = [a for a in recipient_checks if not a.check.parallel_safe]
    _JOB = _WorkerJob(linter, worker_rchecks, worker_runs, run_context, facts)
    context = multiprocessing.get_context("fork")
    pending: deque[Any] = deque()
    chunk: list[tuple[Any, RecipientRef]] = []
    try:
        with context.Pool(jobs, initializer=_reset_in_child) as pool:

            def take(result: Any) -> None:
                diagnostics, used, chunk_facts = result.get()
                out.extend(diagnostics)
                if facts is not None and chunk_facts is not None:
                    facts.merge(chunk_facts)
                for run_index, entry_index, selector in used:
                    runs[run_index].suppressions.entries[entry_index].used.add(selector)

            for item in records:
                if isinstance(item, SourceProblem):
                    linter.emit_source_problem(item, out)
                    continue
                if main_rchecks or any(r.message_checks for r in main_runs):
                    linter.process_record(item, main_rchecks, main_runs, run_context, out, render=False)
                chunk.append((item.data, item.ref))
                if len(chunk) >= CHUNK_RECORDS:
                    pending.append(pool.apply_async(_lint_chunk, (chunk,)))
                    done += len(chunk)
                    if progress is not None:
                        progress.update(done)
                    chunk = []
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
    for original, worker_run, main_run in zip(runs, worker_runs, main_runs):
        original.stopped = original.stopped or worker_run.stopped or main_run.stopped


def _copy_run(run: _TemplateRun, message_checks: list[_ActiveCheck]) -> _TemplateRun:
    """The same template run with a subset of its message checks (suppressions shared)."""
    from .engine import _TemplateRun  # engine imports this module

    return _TemplateRun(
        context=run.context,
        suppressions=run.suppressions,
        template_checks=[],
        message_checks=message_checks,
        subject_template=run.subject_template,
        render_errors=run.render_errors,
        stopped=run.stopped,
        body_memo=run.body_memo,
        subject_memo=run.subject_memo,
    )
