"""Send or hold, per recipient: what a sending service needs from a report.

A recipient is held when a finding at or above the fail level (``fail-on``, default
``error``) is about them, or about a template they are sent (a template-level error holds
everyone on its list), or about the whole run (a rule pack that did not load, a recipients file
that could not be read). Everyone else is sent. Each verdict carries the reasons, so a service
can log why a person was held back.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .model import Diagnostic, Severity

if TYPE_CHECKING:
    from .report import Report


@dataclass(frozen=True, slots=True)
class Reason:
    """One finding behind a verdict."""

    code: str
    name: str
    severity: Severity
    message: str
    scope: str  # "recipient", "template" (holds everyone sent that template) or "run"
    path: str
    line: int

    @classmethod
    def of(cls, d: Diagnostic, scope: str) -> Reason:
        return cls(d.code, d.name, d.severity, d.message, scope, d.path, d.line)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "severity": self.severity.value, "message": self.message,
                "scope": self.scope, "path": self.path, "line": self.line}


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether to send to one recipient: ``index`` is the record's 0-based position in its
    source (the records given to ``lint()``, or a recipients file), ``row`` its row when known."""

    source: str
    index: int
    row: int | None
    send: bool
    reasons: tuple[Reason, ...] = ()
    notes: tuple[Reason, ...] = ()
    """Findings below the fail level: not a reason to hold, worth a look."""

    @property
    def hold(self) -> bool:
        return not self.send

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "index": self.index, "row": self.row, "send": self.send,
                "reasons": [r.to_dict() for r in self.reasons], "notes": [n.to_dict() for n in self.notes]}


def iter_verdicts(report: Report) -> Iterator[Verdict]:
    """A verdict for every recipient of every source, in source then record order."""
    if report.spilled:
        yield from _streamed_verdicts(report)
        return
    threshold = report.fail_level.rank
    by_record: dict[tuple[str, int], list[Diagnostic]] = defaultdict(list)
    by_source: dict[str, list[Reason]] = defaultdict(list)
    run_wide: list[Reason] = []
    sources_of_template = _sources_of_template(report)
    for d in report.diagnostics:
        if d.recipient is not None:
            by_record[(d.recipient.source, d.recipient.index)].append(d)
        else:
            _shared_reasons(report, d, by_source, run_wide, sources_of_template)
    for source, count in report.recipient_counts.items():
        shared = tuple(run_wide) + tuple(by_source.get(source, ()))
        for index in range(count):
            yield _verdict(source, index, shared, by_record.get((source, index), ()), threshold)


def _sources_of_template(report: Report) -> dict[str, list[str]]:
    """The recipient files each template is sent to."""
    sources: dict[str, list[str]] = defaultdict(list)
    for template, source in report.template_recipients.items():
        if source is not None:
            sources[template].append(source)
    return sources


def _verdict(source: str, index: int, shared: tuple[Reason, ...], found: Sequence[Diagnostic], threshold: int) -> Verdict:
    """One recipient's verdict from the reasons everyone shares and the findings about them."""
    reasons = shared + tuple(Reason.of(d, "recipient") for d in found if d.severity.rank >= threshold)
    notes = tuple(Reason.of(d, "recipient") for d in found if d.severity.rank < threshold)
    row = found[0].recipient.row if found else (index + 1 if source.startswith("<") else None)  # type: ignore[union-attr]
    return Verdict(source, index, row, not reasons, reasons, notes)


def _shared_reasons(report: Report, d: Diagnostic, by_source: dict[str, list[Reason]], run_wide: list[Reason],
                    sources_of_template: dict[str, list[str]]) -> None:
    """Where a finding about no recipient holds: everyone sent its template, its file, or everyone."""
    if d.severity.rank < report.fail_level.rank:
        return
    if d.path in sources_of_template:
        for source in sources_of_template[d.path]:
            by_source[source].append(Reason.of(d, "template"))
    elif d.path in report.recipient_counts:
        by_source[d.path].append(Reason.of(d, "run"))  # the file itself (unreadable, ...)
    elif d.path not in report.template_recipients:
        run_wide.append(Reason.of(d, "run"))  # config, plugins: nothing can be trusted


def _streamed_verdicts(report: Report) -> Iterator[Verdict]:
    """:func:`iter_verdicts` for a report read from a temporary file (collect.py), without
    holding every finding: the file is sorted by path, then record, so each path's findings
    about one recipient list come in record order and are merged by record, path by path."""
    threshold = report.fail_level.rank
    by_source: dict[str, list[Reason]] = defaultdict(list)
    run_wide: list[Reason] = []
    paths_of: dict[str, set[str]] = defaultdict(set)  # recipient source -> paths with findings about its records
    sources_of_template = _sources_of_template(report)
    for d in report.diagnostics:
        if d.recipient is not None:
            paths_of[d.recipient.source].add(d.path)
        else:
            _shared_reasons(report, d, by_source, run_wide, sources_of_template)
    for source, count in report.recipient_counts.items():
        shared = tuple(run_wide) + tuple(by_source.get(source, ()))
        segments = [_segment(report.diagnostics, path, source) for path in sorted(paths_of.get(source, ()))]
        merged = heapq.merge(*segments, key=_record_index)  # ties: the earlier path first, as in the report
        pending = next(merged, None)
        for index in range(count):
            found: list[Diagnostic] = []
            while pending is not None and _record_index(pending) <= index:
                if _record_index(pending) == index:
                    found.append(pending)
                pending = next(merged, None)
            yield _verdict(source, index, shared, found, threshold)


def _record_index(d: Diagnostic) -> int:
    assert d.recipient is not None
    return d.recipient.index


def _segment(diagnostics: Iterable[Diagnostic], path: str, source: str) -> Iterator[Diagnostic]:
    """The findings under ``path`` about records of ``source`` (one stretch of a sorted report)."""
    inside = False
    for d in diagnostics:
        if d.path == path:
            inside = True
            if d.recipient is not None and d.recipient.source == source:
                yield d
        elif inside:
            return


def verdicts_of_source(report: Report, count: int, source: str | None = None, *, what: str = "records were given") -> list[Verdict]:
    """The verdicts of one recipient source (the only one when ``source`` is None), checked to
    match the ``count`` records the caller holds."""
    if source is None:
        if len(report.recipient_counts) != 1:
            raise ValueError("the report covers several recipient sources; name one with source=")
        source = next(iter(report.recipient_counts))
    verdicts = [v for v in iter_verdicts(report) if v.source == source]
    if len(verdicts) != count:
        raise ValueError(f"the report has {len(verdicts)} recipients in {source}, but {count} {what}")
    return verdicts


def split_records(records: Sequence[Any], report: Report, *, source: str | None = None) -> tuple[list[Any], list[tuple[Any, Verdict]]]:
    """The caller's own record objects, split into those to send and those to hold (each with
    its verdict). ``records`` is the sequence given to ``lint()`` (or the rows of one
    recipients file, with ``source`` naming it)."""
    verdicts = verdicts_of_source(report, len(records), source)
    send: list[Any] = []
    hold: list[tuple[Any, Verdict]] = []
    for record, verdict in zip(records, verdicts):
        if verdict.send:
            send.append(record)
        else:
            hold.append((record, verdict))
    return send, hold
