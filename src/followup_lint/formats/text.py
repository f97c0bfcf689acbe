"""Human-readable output: ``path:line:col: CODE [severity] message (row N in file)``."""

from __future__ import annotations

from . import FormatOptions
from ..model import Diagnostic
from ..registry import Registry
from ..report import Report

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"


def _where(diagnostic: Diagnostic) -> str:
    rec = diagnostic.recipient
    if rec is None:
        return ""
    if rec.source == diagnostic.path:
        return ""
    return f" (row {rec.row} of {rec.source})"


def _statistics(report: Report) -> list[str]:
    """One line per rule: count, code, name, severity (like ``ruff --statistics``)."""
    rows: dict[str, list[Diagnostic]] = {}
    for d in report.diagnostics:
        rows.setdefault(d.code, []).append(d)
    width = max((len(str(len(items))) for items in rows.values()), default=1)
    lines = []
    for code, items in sorted(rows.items(), key=lambda item: (-len(item[1]), item[0])):
        first = items[0]
        lines.append(f"{len(items):>{width}}  {code}  {first.name:<34} {first.severity.value}")
    return lines


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    lines = _statistics(report) if options.statistics else []
    for d in [] if options.statistics else report.diagnostics:
        severity = d.severity.value
        label = f"{_COLORS[severity]}{severity}{_RESET}" if options.color else severity
        code = f"{_BOLD}{d.code}{_RESET}" if options.color else d.code
        line = f"{d.path}:{d.line}:{d.column}: {code} [{label}] {d.message}{_where(d)}"
        if options.show_fixes and d.fix:
            line += f"\n    fix: {d.fix}"
        lines.append(line)
    s = report.summary
    if report.diagnostics:
        lines.append("")
    verdict = "ok" if report.ok else "failed"
    lines.append(
        f"{s['templates']} template(s), {s['recipients']} recipient(s): "
        f"{s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info(s) — {verdict} "
        f"(fail level: {s['fail_level']})"
    )
    return "\n".join(lines) + "\n"
