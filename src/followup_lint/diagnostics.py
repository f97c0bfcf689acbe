"""Turning what checks and the engine report into :class:`Diagnostic` objects: the location,
inline suppressions and per-file ignores, the severity (config, finding, kind of email, rule),
personal values filled in or masked, a plugin's own text scrubbed of record values, and the
masked identity of the recipient, worked out only for records something is reported about.

A mixin of :class:`~followup_lint.engine.Linter`, which holds the configuration and the rules.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Mapping

from .collect import DiagnosticSink
from .config import Config
from .masking import Masker, SeenValues, scrub_shapes
from .model import Diagnostic, Edit, Finding, RecipientRef, Scope, Severity, Span, escape_braces
from .privacy import format_personal, identity, is_only_personal, recipient_key
from .recipients import Recipient
from .registry import Registry
from .rule import RuleSpec
from .selection import matches_any

if TYPE_CHECKING:
    from .engine import _TemplateRun

_IDENTIFIED = "followup_lint.identified_ref"  # Recipient.memo key: the ref with its identity
_MASKER = "followup_lint.masker"  # Recipient.memo key: the record's Masker (built on the error path)


class DiagnosticEmitter:
    """The Linter's reporting half (see the module docs)."""

    config: Config
    registry: Registry
    enabled_codes: set[str]
    _seen: SeenValues | None

    def _emit_finding(self, out: list[Diagnostic], spec: RuleSpec, finding: Finding, run: _TemplateRun | None, ref: RecipientRef | None,
                      scrub: Any = None) -> None:
        if run is not None and spec.scope is not Scope.RECIPIENT:
            path = finding.path or run.context.info.path
            span = finding.span or Span.point(1)
        else:
            path = finding.path or (ref.source if ref else "<recipients>")
            span = finding.span or Span.point(ref.row if ref else 1)
        edit = finding.edit
        if edit is not None and (run is None or edit.path != run.context.info.path):
            edit = None  # an edit applies to the template being linted, nothing else
        message = finding.message
        if finding.masked is not None and not self.config.show_personal_data:
            message = finding.masked
        self._append(out, spec, message, path, span, ref, finding.fix, finding.personal, finding.severity, run, edit, scrub)

    def emit_problem(self, out: DiagnosticSink, code: str, message: str, path: str, span: Span,
                     ref: RecipientRef | None = None, *, run: _TemplateRun | None = None) -> None:
        spec = self.registry.rules.get(code)
        if spec is None:  # engine rules are always known unless the built-in pack is broken
            out.append(Diagnostic(code, "internal", Severity.ERROR, message, path, span.line, span.column, span.end_line, span.end_column, ref))
            return
        if code not in self.enabled_codes or ignored_for_path(spec, path, self.config):
            return
        self._append(out, spec, escape_braces(message), path, span, ref, None, {}, None, run)

    def _append(self, out: DiagnosticSink, spec: RuleSpec, message: str, path: str, span: Span, ref: RecipientRef | None,
                fix: str | None, personal: Mapping[str, str], severity: Severity | None, run: _TemplateRun | None,
                edit: Edit | None = None, scrub: Any = None) -> None:
        if run is not None and run.suppressions.entries and path == run.context.info.path:
            if run.suppressions.suppresses(spec.code, spec.name, span.line):
                return
        show = self.config.show_personal_data
        text = format_personal(message, personal, show)
        fix_text = (
            format_personal(fix, personal, show, quoted=False)
            if fix and (show or not is_only_personal(fix, personal))
            else None
        )
        if scrub is not None and not show:  # a plugin's own text may hold record values
            text = scrub(text)
            fix_text = scrub(fix_text) if fix_text else fix_text
        final = (self.config.severity.get(spec.code) or self.config.severity.get(spec.name) or severity
                 or (spec.severity_by_kind.get(run.context.info.kind or "") if run is not None else None)
                 or spec.severity)
        # an edit is template text only: no personal data to mask (see fixes.py)
        out.append(Diagnostic(spec.code, spec.name, final, text, path, span.line, span.column, span.end_line, span.end_column, ref, fix_text,
                              message, edit))

    def _scrub(self, text: str, recipient: Recipient | None, *, strict: bool = False) -> str:
        """Mask the recipient's values, in every form (upper-cased, in parts, without spaces,
        ...), in a message that may carry them (``int('Parissa')`` says "invalid literal ...:
        'Parissa'"), unless personal data may be shown. Without a record, the values seen so far
        in the stream (a plugin's ``finish()``) and what looks like an email or a phone number
        are masked. ``strict`` for a plugin's own text (see Masker.scrub). See masking.py; the
        masker is built only here, on the error path."""
        if self.config.show_personal_data:
            return text
        if recipient is not None:
            masker = recipient.memo.get(_MASKER)
            if masker is None:
                masker = recipient.memo[_MASKER] = Masker.for_record(recipient.data)
            text = masker.scrub(text, strict=strict)
        elif self._seen is not None:
            text = self._seen.masker().scrub(text, strict=strict)
        return scrub_shapes(text)

    def _identified(self, ref: RecipientRef | None, recipient: Recipient | None) -> RecipientRef | None:
        """``ref`` with the recipient's identity (masked unless personal data may be shown),
        computed once per record and only for records something is reported about."""
        if ref is None or recipient is None or ref.identity is not None:
            return ref
        named = recipient.memo.get(_IDENTIFIED)
        if named is None or named.row != ref.row:
            try:
                names = recipient.names
                label = identity(names.given, names.family, names.email, full=names.full, show=self.config.show_personal_data)
                key = recipient_key(names.email, names.given, names.family, names.full)
            except Exception:  # odd data must not hide the finding itself
                label, key = None, None
            named = dataclasses.replace(ref, identity=label, key=key)
            recipient.memo[_IDENTIFIED] = named
        return named


def ignored_for_path(spec: RuleSpec, path: str, config: Config) -> bool:
    """Whether ``per-file-ignores`` turns the rule off for ``path``."""
    if not config.per_file_ignores:
        return False
    for pattern, selectors in config.per_file_ignores.items():
        if config.path_matches(pattern, path):  # relative to the config file's folder, or trailing parts
            if matches_any(spec.code, spec.name, selectors):
                return True
    return False
