"""The result of a run: sorted diagnostics, a summary, and the JSON document."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from .model import Diagnostic, Severity
from .scoring import TemplateScore

JSON_VERSION = 1


@dataclass(slots=True)
class Report:
    diagnostics: list[Diagnostic]
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

    @classmethod
    def build(cls, diagnostics: list[Diagnostic], *, fail_level: Severity = Severity.ERROR,
              templates: int = 0, recipients: int = 0, scores: Iterable[TemplateScore] = (),
              template_paths: Iterable[str] = (), recipient_files: Iterable[str] = ()) -> Report:
        unique: dict[tuple[Any, ...], Diagnostic] = {}
        for diagnostic in diagnostics:
            unique.setdefault(diagnostic.sort_key() + (diagnostic.end_line, diagnostic.end_column), diagnostic)
        ordered = sorted(unique.values(), key=Diagnostic.sort_key)
        report = cls(ordered, fail_level, templates, recipients)
        report.scores = sorted(scores, key=lambda s: s.path)
        report.template_paths = list(dict.fromkeys(template_paths))
        report.recipient_files = list(dict.fromkeys(recipient_files))
        report.summary = report._summarise()
        return report

    @property
    def ok(self) -> bool:
        """True when nothing reaches the fail level."""
        return not any(d.severity.rank >= self.fail_level.rank for d in self.diagnostics)

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def _summarise(self) -> dict[str, Any]:
        by_severity = Counter(d.severity.value for d in self.diagnostics)
        by_code = Counter(d.code for d in self.diagnostics)
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
