"""A recipient list linted in parts: the shape that runs on Spark (``mapInPandas``), Dask or
any pool of workers.

:class:`ListRun` does once per run what does not depend on the records (template analysis,
template-level checks) and splits the checks into two kinds:

* **per-record** checks (``parallel_safe``): each part of the list is linted by
  :meth:`ListRun.lint_part`, anywhere, in any order; a part returns its diagnostics and the
  suppressions it used;
* **whole-list** checks (duplicates, "no record has this field", fields the template never
  uses): they must see every record, on one side, through :meth:`ListRun.see_whole_list`;
  then :meth:`ListRun.finish` adds what they conclude and the unused suppressions.

The findings are the same as a sequential run's over the same records in the same order:
the engine's own ``process_record`` does the per-record work in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .context import RunContext
from .model import Diagnostic, RecipientRef, Scope, Span
from .recipients import Recipient
from .rule import SKIP
from .templates import TemplateSource, read_template_source

if TYPE_CHECKING:
    from .column_facts import ListFacts
    from .engine import Linter, _ActiveCheck, _TemplateRun

SuppressionUse = tuple[int, int, str]  # (template, suppression entry, selector)


@dataclass(frozen=True, slots=True)
class PartResult:
    diagnostics: list[Diagnostic]
    used_suppressions: list[SuppressionUse]
    facts: ListFacts | None = None
    """The part's per-column facts, for :meth:`ListRun.add_facts` on the side that finishes."""


class ListRun:
    """Templates prepared for one recipient list (``source`` names it in the findings)."""

    def __init__(self, linter: Linter, templates: Iterable[TemplateSource | tuple[str, str]], source: str,
                 *, row_offset: int = 1) -> None:
        from .engine import LOAD_FAILED

        self.linter = linter
        self.source = source
        self.row_offset = row_offset
        self.template_diagnostics: list[Diagnostic] = []
        out = self.template_diagnostics
        for problem in linter.registry.problems:
            linter.emit_problem(out, LOAD_FAILED, problem.message, problem.origin, Span.point(problem.line))
        sources = [t if isinstance(t, TemplateSource) else read_template_source(t[1], t[0]) for t in templates]
        self.runs = [linter._start_template(s, out, None, True, source) for s in sources]
        config = linter.config
        self.run_context = RunContext(linter.locales, check_deliverability=config.check_deliverability,
                                      send_date=config.effective_send_date)
        self.recipient_checks = self._prepare_recipient_checks(out)
        self.facts = linter._column_facts(self.runs)  # shared by the templates' contexts
        self._part: tuple[list[_TemplateRun], list[_ActiveCheck]] | None = None

    @classmethod
    def for_stream(cls, linter: Linter, runs: list[_TemplateRun], recipient_checks: list[_ActiveCheck],
                   run_context: RunContext, facts: ListFacts | None, source: str | None = None) -> ListRun:
        """A run the engine has already prepared for a stream (templates started, recipient
        checks prepared): how parallel.py hands the rest of a long list to workers."""
        run = cls.__new__(cls)
        run.linter, run.source, run.row_offset = linter, source or "<records>", 1
        run.template_diagnostics = []
        run.runs, run.run_context, run.recipient_checks, run.facts = runs, run_context, recipient_checks, facts
        run._part = None
        return run

    def _prepare_recipient_checks(self, out: list[Diagnostic]) -> list[_ActiveCheck]:
        from .engine import _ActiveCheck

        active_checks = []
        for spec in self.linter.enabled:
            check = self.linter.registry.checks[spec.code]
            if check.scope is not Scope.RECIPIENT:
                continue
            active = _ActiveCheck(spec, check, None)
            try:
                active.state = check.prepare(self.run_context)
            except Exception as exc:
                self.linter._report_crash(out, active, exc, "<recipients>", None)
                continue
            if active.state is not SKIP:
                active_checks.append(active)
        return active_checks

    # ---------------------------------------------------------------- which checks go where

    def _runs_with(self, parallel_safe: bool) -> list[_TemplateRun]:
        return [
            copy_run(run, [a for a in run.message_checks if a.check.parallel_safe is parallel_safe])
            for run in self.runs if run.context.info.compiled is not None
        ]

    def whole_list_side(self) -> tuple[list[_TemplateRun], list[_ActiveCheck]]:
        """The templates with only their whole-list checks, and the whole-list record checks."""
        return self._runs_with(parallel_safe=False), [a for a in self.recipient_checks if not a.check.parallel_safe]

    def whole_list_codes(self) -> set[str]:
        """Codes of the enabled checks that must see every record."""
        codes = {a.spec.code for a in self.recipient_checks if not a.check.parallel_safe}
        codes |= {a.spec.code for run in self.runs for a in run.message_checks if not a.check.parallel_safe}
        return codes

    # ---------------------------------------------------------------- the two sides

    def _recipient(self, index: int, data: Mapping[str, Any]) -> Recipient:
        return Recipient(data, RecipientRef(index + self.row_offset, self.source, index), self.linter.field_map)

    def lint_part(self, records: Iterable[tuple[int, Mapping[str, Any]]]) -> PartResult:
        """Per-record checks on a part of the list: ``(index, record)`` pairs, index 0-based in
        the whole list."""
        return self.lint_recipients(self._recipient(index, data) for index, data in records)

    def lint_recipients(self, recipients: Iterable[Recipient]) -> PartResult:
        """Per-record checks on a part of the list, as records with their place in the source.
        A template stopped by a limit in one part stays stopped for the parts that follow in
        this process, as in a sequential run."""
        if self._part is None:
            self._part = (self._runs_with(parallel_safe=True), [a for a in self.recipient_checks if a.check.parallel_safe])
        runs, checks = self._part
        out: list[Diagnostic] = []
        facts = self.facts.empty_copy() if self.facts is not None else None
        process = self.linter.process_record
        for recipient in recipients:
            if facts is not None:
                facts.add(recipient.data)
            process(recipient, checks, runs, self.run_context, out)
        used = [
            (run_index, entry_index, selector)
            for run_index, run in enumerate(self.runs)
            for entry_index, entry in enumerate(run.suppressions.entries)
            for selector in entry.used
        ]
        return PartResult(out, used, facts)

    def add_facts(self, facts: ListFacts | None) -> None:
        """Merge a part's per-column facts (before :meth:`finish`, which reads them)."""
        if facts is not None and self.facts is not None:
            self.facts.merge(facts)

    def see_whole_list(self, records: Iterable[tuple[int, Mapping[str, Any]]], *, codes: set[str] | None = None) -> list[Diagnostic]:
        """Whole-list checks over every record in order (only those in ``codes``, when given: a
        check whose records were chosen elsewhere, such as duplicates by a group-by)."""
        def wanted(active: _ActiveCheck) -> bool:
            return not active.check.parallel_safe and (codes is None or active.spec.code in codes)

        runs = self._runs_with(parallel_safe=False)
        for run in runs:
            run.message_checks = [a for a in run.message_checks if wanted(a)]
        checks = [a for a in self.recipient_checks if wanted(a)]
        out: list[Diagnostic] = []
        if not checks and not any(run.message_checks for run in runs):
            return out
        for index, data in records:
            self.linter.process_record(self._recipient(index, data), checks, runs, self.run_context, out, render=False)
        return out

    def finish(self, used: Iterable[SuppressionUse] = ()) -> list[Diagnostic]:
        """What the checks conclude from the whole list, and the suppressions no part used."""
        for run_index, entry_index, selector in used:
            self.runs[run_index].suppressions.entries[entry_index].used.add(selector)
        out: list[Diagnostic] = []
        for run in self.runs:
            for active in (*run.template_checks, *run.message_checks):
                self.linter._finish(active, run, out)
        for active in self.recipient_checks:
            self.linter._finish(active, None, out)
        self.linter._report_unused_suppressions(self.runs, out)
        return out


def copy_run(run: _TemplateRun, message_checks: list[_ActiveCheck]) -> _TemplateRun:
    """The same template run with a subset of its message checks (suppressions and render
    memos shared)."""
    from .engine import _TemplateRun  # engine imports this module's users

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
