"""The engine: analyses each template once, streams recipients, renders each message in the
sandbox, runs the enabled checks with crash isolation, and applies suppressions.

Data flow (see docs/architecture.md)::

    templates -> analyse once -> template checks, message checks' prepare()
    recipients (streamed) -> recipient checks -> per template: render -> message checks
    finish() -> suppressions / per-file ignores / severity overrides -> sorted Report
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from jinja2 import TemplateSyntaxError

from . import attendance_scan, parallel, record_pass
from .column_facts import SAME_VALUE_SHARE, ListFacts, tracked_paths
from .config import Config, ConfigError, sequence_for
from .context import RunContext, TemplateContext
from .diagnostics import DiagnosticEmitter, ignored_for_path
from .isolation import CheckGuard, CheckTimeout
from .locales import LocaleData, builtin_locales
from .masking import SeenValues
from .model import Diagnostic, RecipientRef, Scope, Span
from .recipients import FieldMap, Recipient, RecordOrProblem, SourceProblem
from .registry import Registry, build_registry
from .render_memo import RenderMemo
from .render_worker import RenderWorker
from .report import Report
from .rule import SKIP, Check, RuleSpec
from .sandbox import LintSandbox
from .scoring import ScoreReason, TemplateScore, score_template
from .selection import enabled_rules
from .suppressions import Suppressions, parse_suppressions
from .syntax_errors import describe_syntax_error, front_matter_line
from .template_kinds import known_kinds
from .templates import TemplateInfo, TemplateSource, analyse_template

# Codes the engine reports itself (their identity and docs live in rules/FL0-integrity.yml).
SYNTAX_ERROR = "FL001"
LIQUID_SYNTAX = "FL008"
UNUSED_SUPPRESSION = "FL009"
RULE_CRASHED = "FL010"
LOAD_FAILED = "FL011"
FRONT_MATTER = "FL012"
TEMPLATE_UNREADABLE = "FL013"
INVALID_SUPPRESSION = "FL014"
RECIPIENTS_UNREADABLE = "FL020"

_PROGRESS_EVERY = 128  # records between progress reports (the reporter throttles by time)


@dataclass(slots=True)
class _ActiveCheck:
    spec: RuleSpec
    check: Check
    state: Any
    crashed: bool = False
    memo: Any = None  # its CheckMemo (check_memo.py), False when not memoised; made on first use

    @property
    def foreign(self) -> bool:
        """A plugin's check (not shipped with followup-lint): its messages are scrubbed too."""
        return _is_foreign(self.check)


@dataclass(slots=True)
class _TemplateRun:
    context: TemplateContext
    suppressions: Suppressions
    template_checks: list[_ActiveCheck] = field(default_factory=list)
    message_checks: list[_ActiveCheck] = field(default_factory=list)
    subject_template: Any = None
    render_errors: int = 0
    stopped: bool = False  # a limit or sandbox violation: rendering this template is pointless
    subject_stopped: bool = False  # the same for the subject line
    body_memo: RenderMemo | None = None  # rendered text by the values the template reads
    subject_memo: RenderMemo | None = None


class Linter(DiagnosticEmitter):
    """Reusable linter: build once (loads rules and plugins), lint many campaigns."""

    progress: Any = None
    """Optional progress reporter (:class:`followup_lint.progress.Progress`): told when a
    recipient stream starts, how many records are done every few hundred, and when it ends."""

    def __init__(self, config: Config | None = None, registry: Registry | None = None) -> None:
        self.config = config or Config()
        self.registry = registry or build_registry(self.config.rule_files)
        self.enabled = enabled_rules(self.registry, self.config)
        self.enabled_codes = {spec.code for spec in self.enabled}
        self._apply_rule_options()
        self.env = LintSandbox(self.config.max_output_chars)
        if self.config.render_memory_limit:  # the hard cap: renders in a memory-limited process
            self.env.worker = RenderWorker(self.config.render_memory_limit)
        self.locales: LocaleData = builtin_locales()
        self.field_map = FieldMap(self.config.fields)
        self._guard = CheckGuard(self.config.check_timeout)
        self._timed_out: set[str] = set()  # rules turned off for the rest of the run
        self._instances: dict[str, list[_ActiveCheck]] = {}  # by code: to turn a hung rule off everywhere
        self._seen: SeenValues | None = None
        self._subjects: dict[str, Any] = {}  # compiled subject lines by text
        # a plugin's finish() sees every record: remember their values to mask its messages
        self._remember_values = any(
            _is_foreign(check) and type(check).finish is not Check.finish
            for check in (self.registry.checks.get(spec.code) for spec in self.enabled) if check is not None
        )

    def _apply_rule_options(self) -> None:
        """Merge ``[tool.followup-lint.rules.CODE]`` tables over each rule's declared options."""
        for key, overrides in self.config.rule_options.items():
            spec = self.registry.lookup(key)
            if spec is None:
                continue  # already reported by enabled_rules()
            unknown = sorted(set(overrides) - set(spec.options))
            if unknown:
                known = ", ".join(sorted(spec.options)) or "none"
                raise ConfigError(f"rules.{key}: unknown option(s) {', '.join(unknown)}; {spec.code} takes: {known}")
            for name, value in overrides.items():  # FL505 `kinds`, FL23x `skip_kinds`: template kinds
                if name == "kinds" or name.endswith("_kinds"):
                    try:
                        known_kinds(value if isinstance(value, (list, tuple)) else [value], name)
                    except ValueError as exc:
                        raise ConfigError(f"rules.{key}: {exc}") from None
            check = self.registry.checks[spec.code]
            check.options = {**spec.options, **overrides}

    # ---------------------------------------------------------------- public entry points

    def lint_sources(
        self,
        templates: list[TemplateSource],
        recipients: Iterable[RecordOrProblem] | None,
        *,
        recipient_source: str | None = None,
        subject: str | None = None,
        scores: list[TemplateScore] | None = None,
        out: Any = None,
        reread: Callable[[], Iterable[RecordOrProblem]] | None = None,
    ) -> list[Diagnostic]:
        """Lint templates that share one recipient stream (or none).

        ``reread`` gives the same records once more, for a check that needs a fact of a whole
        column before the stream (a ticket-only status, see attendance_scan.py).

        With ``scores``, each template's personalization score is appended to it (when a
        personalization rule is enabled: scoring reads the spaCy segmentation). ``out``
        receives the diagnostics (a list, or a :class:`~followup_lint.collect.Collector`) and
        is returned."""
        out = [] if out is None else out
        for problem in self.registry.problems:
            self.emit_problem(out, LOAD_FAILED, problem.message, problem.origin, Span.point(problem.line))
        self._seen = SeenValues() if self._remember_values and recipients is not None else None
        with self._guard:  # time budget and Ctrl-C handling for every check call (isolation.py)
            runs = [run for source in templates
                    if (run := self._start_template_safely(source, out, subject, recipients is not None, recipient_source))]
            scan = reread if recipients is not None and _reads_whole_columns(runs) else None
            with attendance_scan.for_stream(scan):
                self._stream(runs, recipients, out, recipient_source)
            for run in runs:
                for active in (*run.template_checks, *run.message_checks):
                    self._finish(active, run, out)
        self._seen = None
        self._instances.clear()
        self._report_unused_suppressions(runs, out)
        if scores is not None and self.scores_personalization:
            by_path: dict[str, list[Diagnostic]] = {}  # each template's own findings: scoring reads only those
            for diagnostic in out:
                if diagnostic.recipient is None:
                    by_path.setdefault(diagnostic.path, []).append(diagnostic)
            scores.extend(self._score(run, by_path.get(run.context.info.path, [])) for run in runs)
        return out

    def _score(self, run: _TemplateRun, out: list[Diagnostic]) -> TemplateScore:
        """The template's personalization score; a failure while scoring is said in the score's
        reasons instead of ending the run (the findings are what matters)."""
        try:
            return score_template(run.context, getattr(out, "template_level", out))  # a Collector keeps those apart
        except Exception as exc:
            reason = f"the score could not be computed: {type(exc).__name__}: {exc}"
            return TemplateScore(run.context.info.path, 0, (ScoreReason(0, reason),))

    @property
    def scores_personalization(self) -> bool:
        """Scores are computed when any personalization rule (FL3xx) is enabled."""
        return any(code.startswith("FL3") for code in self.enabled_codes)

    # ---------------------------------------------------------------- per template

    def _start_template_safely(self, source: TemplateSource, out: list[Diagnostic], subject: str | None,
                               has_recipients: bool, recipient_source: str | None) -> _TemplateRun | None:
        """:meth:`_start_template`, with a failure of the analysis itself reported on the
        template (FL001) instead of ending the run: the other templates are still linted."""
        try:
            return self._start_template(source, out, subject, has_recipients, recipient_source)
        except Exception as exc:
            self.emit_problem(out, SYNTAX_ERROR, f"the template could not be analysed ({type(exc).__name__}) and was "
                              "skipped; the other templates were linted", source.path, Span.point(1))
            return None

    def _start_template(
        self,
        source: TemplateSource,
        out: list[Diagnostic],
        subject: str | None,
        has_recipients: bool,
        recipient_source: str | None,
    ) -> _TemplateRun:
        for problem in source.problems:
            self.emit_problem(out, FRONT_MATTER, problem.message, source.path, problem.span)
        info = analyse_template(source, self.env, self.locales, subject=subject, default_locale=self.config.locale)
        context = TemplateContext(
            info, self.locales, has_recipients, recipient_source, self.field_map, self.config.effective_send_date
        )
        context.sequence = sequence_for(self.config, source.path)
        context.lexicon = self.registry.lexicon
        run = _TemplateRun(context, parse_suppressions(source.text, info.tags, info.line_index))
        for span, comment in run.suppressions.malformed:
            self.emit_problem(
                out, INVALID_SUPPRESSION,
                f"not a valid suppression: {comment!r}; write {{# followup-lint: disable=FL101 #}}", source.path, span,
            )
        if info.syntax_error is not None:
            liquid, message, span = describe_syntax_error(info, self.env)
            self.emit_problem(out, LIQUID_SYNTAX if liquid else SYNTAX_ERROR, message, info.path, span)
        run.subject_template = self._compile_subject(info, out)
        if info.compiled is not None:
            run.body_memo = RenderMemo.for_body(source.body, info.context_names, self.env.globals)
        if run.subject_template is not None:
            run.subject_memo = _subject_memo(run.subject_template, info.subject or "")
        for spec in self.enabled:
            check = self.registry.checks[spec.code]
            if check.scope is Scope.RECIPIENT:
                continue
            if check.scope is Scope.MESSAGE and info.compiled is None:
                continue
            if ignored_for_path(spec, source.path, self.config) or spec.code in self._timed_out:
                continue
            active = self._activate(spec, check)
            if not self._prepare(active, context, out, info.path):
                continue
            if active.state is SKIP:
                continue
            if check.scope is Scope.TEMPLATE:
                self._run_check(active, context, run, out, None)
                run.template_checks.append(active)
                continue
            self._run_static(active, context, run, out)
            if has_recipients and not active.crashed:
                run.message_checks.append(active)
        return run

    def _compile_subject(self, info: TemplateInfo, out: list[Diagnostic]) -> Any:
        subject = info.subject
        if not subject or ("{{" not in subject and "{%" not in subject):
            return None
        compiled = self._subjects.get(subject)  # many templates of a campaign share their subject
        if compiled is not None:
            return compiled
        try:
            compiled = self._subjects[subject] = self.env.from_string(subject)
            if len(self._subjects) > 256:
                self._subjects.pop(next(iter(self._subjects)))
            return compiled
        except TemplateSyntaxError as exc:
            line = front_matter_line(info.source.text, "subject")
            self.emit_problem(out, SYNTAX_ERROR, f"subject line syntax error: {exc.message}", info.path, Span.point(line))
            return None

    # ---------------------------------------------------------------- the recipient stream

    def _stream(self, runs: list[_TemplateRun], recipients: Iterable[RecordOrProblem] | None, out: list[Diagnostic],
                source: str | None = None) -> None:
        if recipients is None:
            return
        progress = self.progress
        if progress is not None:
            progress.start(source)
        run_context = RunContext(
            self.locales, check_deliverability=self.config.check_deliverability, send_date=self.config.effective_send_date
        )
        recipient_checks: list[_ActiveCheck] = []
        for spec in self.enabled:
            check = self.registry.checks[spec.code]
            if check.scope is not Scope.RECIPIENT:
                continue
            if spec.code in self._timed_out:
                continue
            active = self._activate(spec, check)
            if not self._prepare(active, run_context, out, "<recipients>"):
                continue
            if active.state is not SKIP:
                recipient_checks.append(active)
        renderable = [run for run in runs if run.context.info.compiled is not None]
        facts = self._column_facts(runs)
        jobs = parallel.job_count(self.config.jobs)
        count = 0
        iterator = iter(recipients) if self._seen is None else _remembering(recipients, self._seen)
        for item in iterator:
            if isinstance(item, SourceProblem):
                self.emit_source_problem(item, out)
                continue
            if facts is not None:
                facts.add(item.data)
            self.process_record(item, recipient_checks, renderable, run_context, out)
            count += 1
            if progress is not None and not count % _PROGRESS_EVERY:
                progress.update(count)
            if jobs > 1 and count == parallel.SEQUENTIAL_RECORDS:
                # a large list: hand the rest to worker processes (see parallel.py)
                parallel.run_rest(self, iterator, recipient_checks, renderable, run_context, out, jobs,
                                  progress=progress, done=count, facts=facts)
                break
        for active in recipient_checks:
            self._finish(active, None, out)
        if progress is not None:
            progress.done()

    def _column_facts(self, runs: list[_TemplateRun]) -> ListFacts | None:
        """Per-column facts of this stream for the personalization rules and the score (see
        column_facts.py); every template of the stream shares them. None when no FL3 rule is on."""
        if not self.scores_personalization:
            return None
        same_rule = self.registry.checks.get("FL304")
        share = same_rule.options.get("same_value_share", SAME_VALUE_SHARE) if same_rule is not None else SAME_VALUE_SHARE
        facts = ListFacts(tracked_paths(run.context.info for run in runs), same_value_share=float(share))
        for run in runs:
            run.context.column_facts = facts
        return facts

    process_record = record_pass.process_record  # the per-record pass (record_pass.py)

    def emit_source_problem(self, item: SourceProblem, out: list[Diagnostic]) -> None:
        ref = None if item.index is None else RecipientRef(item.line, item.source, item.index)
        self.emit_problem(out, item.code, item.message, item.source, Span.point(item.line, item.column), ref)

    # ---------------------------------------------------------------- checks

    def _activate(self, spec: RuleSpec, check: Check) -> _ActiveCheck:
        active = _ActiveCheck(spec, check, None)
        self._instances.setdefault(spec.code, []).append(active)
        return active

    def _prepare(self, active: _ActiveCheck, context: Any, out: list[Diagnostic], path: str) -> bool:
        """Run ``prepare()`` in isolation; False when it failed (reported)."""
        call = self._guard.enter()
        try:
            active.state = active.check.prepare(context)
            self._guard.leave(call)
            return True
        except BaseException as exc:
            self._report_crash(out, active, exc, path, None)
            return False

    def _run_check(self, active: _ActiveCheck, target: Any, run: _TemplateRun | None, out: list[Diagnostic], ref: RecipientRef | None) -> None:
        guard = self._guard
        call = guard.enter()
        try:
            findings = active.check.check(target, active.state)
            if findings:
                named = None  # who the record is: worked out only once something is reported
                scrub = None
                for finding in findings:
                    if named is None:
                        recipient = getattr(target, "recipient", None)
                        named = self._identified(ref, recipient)
                        if active.foreign and recipient is not None:
                            scrub = functools.partial(self._scrub, recipient=recipient, strict=True)
                    self._emit_finding(out, active.spec, finding, run, named, scrub)
            guard.running = 0  # guard.leave(call), inlined: this runs for every record and check
            if guard.fired:
                guard.over_budget(call)
        except BaseException as exc:  # SystemExit, a plugin's KeyboardInterrupt, a timeout too
            path = run.context.info.path if run else (ref.source if ref else "<recipients>")
            recipient = getattr(target, "recipient", None)
            self._report_crash(out, active, exc, path, self._identified(ref, recipient), recipient)

    def _run_static(self, active: _ActiveCheck, context: TemplateContext, run: _TemplateRun, out: list[Diagnostic]) -> None:
        call = self._guard.enter()
        try:
            for finding in active.check.check_template(context, active.state) or ():
                self._emit_finding(out, active.spec, finding, run, None)
            self._guard.leave(call)
        except BaseException as exc:
            self._report_crash(out, active, exc, context.info.path, None)

    def _finish(self, active: _ActiveCheck, run: _TemplateRun | None, out: list[Diagnostic]) -> None:
        if active.crashed:
            return
        # finish() may report on any record seen: a plugin's messages are scrubbed against all of them
        scrub = functools.partial(self._scrub, recipient=None, strict=True) if active.foreign else None
        call = self._guard.enter()
        try:
            for finding in active.check.finish(active.state) or ():
                self._emit_finding(out, active.spec, finding, run, None, scrub)
            self._guard.leave(call)
        except BaseException as exc:
            self._report_crash(out, active, exc, run.context.info.path if run else "<recipients>", None)

    def _report_crash(self, out: list[Diagnostic], active: _ActiveCheck, exc: BaseException, path: str,
                      ref: RecipientRef | None, recipient: Recipient | None = None) -> None:
        """FL010 for a check that raised anything (SystemExit and a check's own
        KeyboardInterrupt included) or ran past ``check-timeout``; a real Ctrl-C is passed on."""
        timed_out = self._guard.settle() or isinstance(exc, CheckTimeout)
        if not timed_out and self._guard.is_real_interrupt(exc):
            raise exc
        active.crashed = True
        where = f" on {ref.label}" if ref else ""
        name = f"rule {active.spec.code} ({active.spec.name})"
        if timed_out:
            self._timed_out.add(active.spec.code)
            for instance in self._instances.get(active.spec.code, ()):
                instance.crashed = True
            message = (f"{name} took longer than {self.config.check_timeout:g} s{where} and was turned off for the rest "
                       f"of this run (a rule may hang; raise check-timeout if it is only slow)")
        else:
            message = (f"{name} crashed{where} and was turned off for the rest of this input: "
                       f"{type(exc).__name__}{_detail(self._scrub(self._describe(exc), recipient, strict=active.foreign))}")
        self.emit_problem(out, RULE_CRASHED, message, path, Span.point(1), ref)

    def _describe(self, exc: BaseException) -> str:
        """``str(exc)``, which is plugin code too: it may raise or hang."""
        call = self._guard.enter()
        try:
            text = str(exc)
            self._guard.leave(call)
            return text
        except BaseException as error:
            if not self._guard.settle() and self._guard.is_real_interrupt(error):
                raise
            return "(its message could not be read)"

    # ---------------------------------------------------------------- diagnostics

    def _report_unused_suppressions(self, runs: list[_TemplateRun], out: list[Diagnostic]) -> None:
        for run in runs:
            for entry, selectors in run.suppressions.unused():
                self.emit_problem(out, UNUSED_SUPPRESSION, f"suppression of {', '.join(selectors)} silences nothing; remove it",
                                  run.context.info.path, entry.span)

    def build_report(self, diagnostics: Iterable[Diagnostic], *, templates: int, recipients: int,
                     scores: Iterable[TemplateScore] = (), template_paths: Iterable[str] = (),
                     recipient_files: Iterable[str] = (), recipient_counts: Mapping[str, int] | None = None,
                     template_recipients: Mapping[str, str | None] | None = None) -> Report:
        return Report.build(diagnostics, fail_level=self.config.fail_level, templates=templates, recipients=recipients,
                            scores=scores, template_paths=template_paths, recipient_files=recipient_files,
                            recipient_counts=recipient_counts, template_recipients=template_recipients)


def _reads_whole_columns(runs: list[_TemplateRun]) -> bool:
    """Whether a check that is on for some template wants the list scanned first
    (``reads_whole_columns``: FL301, when the template presumes attendance)."""
    return any(getattr(active.check, "reads_whole_columns", False) and active.state is not SKIP and not active.crashed
               for run in runs for active in run.message_checks)


def _subject_memo(compiled: Any, subject: str) -> RenderMemo | None:
    """One render memo per compiled subject line, shared by the templates that use it."""
    memo: RenderMemo | None | bool = getattr(compiled, "lint_memo", False)
    if memo is False:
        memo = compiled.lint_memo = RenderMemo.for_source(subject)
    return memo if isinstance(memo, RenderMemo) else None


def _detail(text: str) -> str:
    return f": {text}" if text else ""


def _is_foreign(check: Check) -> bool:
    return not type(check).__module__.startswith("followup_lint.")


def _remembering(records: Iterable[RecordOrProblem], seen: SeenValues) -> Iterable[RecordOrProblem]:
    """The records, each one's values remembered in ``seen`` as it goes by."""
    for item in records:
        if isinstance(item, Recipient):
            seen.add_record(item.data)
        yield item
