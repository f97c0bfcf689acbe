"""The result of a run: sorted diagnostics, a summary, and the JSON document."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

from .collect import Collector, SpilledDiagnostics, dedupe_sorted
from .model import Diagnostic, Severity
from .scoring import TemplateScore

if TYPE_CHECKING:
    from .formats._grouping import Group
    from .verdicts import Verdict

JSON_VERSION = 1


@dataclass(slots=True)
class Report:
    diagnostics: list[Diagnostic] | SpilledDiagnostics
    """Sorted. A list, or for a run with many findings a read-only sequence read from a
    temporary file (see collect.py): iterate it rather than index it."""
    fail_level: Severity = Severity.ERROR
    templates: int = 0
    recipients: int = 0
    summary: dict[str, Any] = field(default_factory=dict)
    scores: list[TemplateScore] = field(default_factory=list)
    """Personalization score per template (empty when no FL3xx rule ran)."""
    template_paths: list[str] = field(default_factory=list)
    """Every template linted, clean ones included (JUnit lists each as a test case)."""
    recipient_files: list[str] = field(default_factory=list)
    """Every recipients file read."""
    recipient_counts: dict[str, int] = field(default_factory=dict)
    """How many records each recipient source held (``<records>`` for ``lint()``)."""
    template_recipients: dict[str, str | None] = field(default_factory=dict)
    """Which recipient source each template was linted with (None: none)."""
    _groups: tuple[int, int, list[Group]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def build(cls, diagnostics: Iterable[Diagnostic] | Collector, *, fail_level: Severity = Severity.ERROR,
              templates: int = 0, recipients: int = 0, scores: Iterable[TemplateScore] = (),
              template_paths: Iterable[str] = (), recipient_files: Iterable[str] = (),
              recipient_counts: Mapping[str, int] | None = None,
              template_recipients: Mapping[str, str | None] | None = None) -> Report:
        """``diagnostics`` sorted and de-duplicated; a :class:`Collector` that spilled to disk
        gives a report that reads them from its merged file."""
        ordered = diagnostics.finish() if isinstance(diagnostics, Collector) else dedupe_sorted(diagnostics)
        report = cls(ordered, fail_level, templates, recipients)
        report.scores = sorted(scores, key=lambda s: s.path)
        report.template_paths = list(dict.fromkeys(template_paths))
        report.recipient_files = list(dict.fromkeys(recipient_files))
        report.recipient_counts = dict(recipient_counts or {})
        report.template_recipients = dict(template_recipients or {})
        report.summary = report._summarise()
        return report

    @property
    def ok(self) -> bool:
        """True when nothing reaches the fail level."""
        found = self.diagnostics
        if isinstance(found, SpilledDiagnostics):
            return not any(Severity(s).rank >= self.fail_level.rank for s, n in found.by_severity.items() if n)
        return not any(d.severity.rank >= self.fail_level.rank for d in found)

    @property
    def spilled(self) -> bool:
        """True when the diagnostics are read from a temporary file (a run with many findings)."""
        return isinstance(self.diagnostics, SpilledDiagnostics)

    def groups(self) -> list[Group]:
        """The diagnostics grouped by mistake, as the text, SARIF and CI formats show them
        (formats/_grouping.py); worked out once per report, in one pass over the diagnostics."""
        from .formats._grouping import group

        found = self.diagnostics
        if self._groups is None or self._groups[0] != id(found) or self._groups[1] != len(found):
            self._groups = (id(found), len(found), group(found))
        return self._groups[2]

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def _summarise(self) -> dict[str, Any]:
        found = self.diagnostics
        if isinstance(found, SpilledDiagnostics):
            by_severity, by_code = found.by_severity, found.by_code
        else:
            by_severity = Counter(d.severity.value for d in found)
            by_code = Counter(d.code for d in found)
        return {
            "templates": self.templates,
            "recipients": self.recipients,
            "diagnostics": len(self.diagnostics),
            "errors": by_severity.get("error", 0),
            "warnings": by_severity.get("warning", 0),
            "infos": by_severity.get("info", 0),
            "by_code": dict(sorted(by_code.items())),
            "fail_level": self.fail_level.value,
            "ok": self.ok,
            "personalization": [score.to_dict() for score in self.scores],
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": JSON_VERSION,
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "summary": dict(self.summary),
        }

    # ------------------------------------------------------------------ for sending services

    def verdicts(self) -> list[Verdict]:
        """Send or hold for every recipient, with the reasons (see :mod:`followup_lint.verdicts`)."""
        from .verdicts import iter_verdicts

        return list(iter_verdicts(self))

    def iter_verdicts(self) -> Iterator[Verdict]:
        """:meth:`verdicts` one at a time, for long lists."""
        from .verdicts import iter_verdicts

        return iter_verdicts(self)

    def split(self, records: Any, *, source: str | None = None) -> tuple[Any, Any]:
        """The records given to ``lint()``, split into (to send, to hold). For a list, two lists
        (the held ones as ``(record, verdict)`` pairs); for a DataFrame, two DataFrames (the
        held one with a ``followup_lint_reasons`` column). Your own record objects, untouched."""
        from .tabular import is_dataframe
        from .verdicts import split_records

        if is_dataframe(records):
            from .dataframes import split_dataframe

            return split_dataframe(records, self, source=source)
        return split_records(list(records), self, source=source)

    def to_pandas(self) -> Any:
        """The findings as a pandas DataFrame, one row per diagnostic (needs pandas)."""
        from .dataframes import findings_frame

        return findings_frame(self)

    def verdicts_to_pandas(self) -> Any:
        """The verdicts as a pandas DataFrame, one row per recipient (needs pandas)."""
        from .dataframes import verdicts_frame

        return verdicts_frame(self)

