"""GitHub Actions workflow commands, shown as annotations on the pull request.

GitHub shows only the first few annotations of each kind per step, so a template mistake that
hits many recipients is one annotation that says how many, on which rows and who the first
few are (masked unless personal data is shown), like the text format.
"""

from __future__ import annotations

from . import FormatOptions
from ._grouping import affects, group
from ..registry import Registry
from ..report import Report

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    lines = []
    for entry in group(report.diagnostics):
        d = entry.first
        message = d.message
        note = affects(entry)
        if note:
            message += f" ({note})"
        if options.show_fixes and d.fix:
            message += f"\nfix: {d.fix}"
        props = (
            f"file={_escape_property(d.path)},line={d.line},col={d.column},"
            f"endLine={d.end_line},endColumn={d.end_column},title={_escape_property(d.code + ' ' + d.name)}"
        )
        lines.append(f"::{_LEVEL[d.severity.value]} {props}::{_escape_data(message)}")
    s = report.summary
    lines.append(f"followup-lint: {s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info(s)")
    return "\n".join(lines) + "\n"
