"""GitHub Actions: the readable text log, then workflow commands that become annotations on
the pull request.

GitHub shows only the first few annotations of each kind per step, so errors come first, and
a template mistake that hits many recipients is one annotation that says how many, on which
rows and who the first few are (masked unless personal data is shown), like the text format.
The CLI also writes a Markdown summary to ``$GITHUB_STEP_SUMMARY`` (see formats/markdown.py).
"""

from __future__ import annotations

from . import FormatOptions
from ._grouping import with_affects
from .text import render as render_text
from ..registry import Registry
from ..report import Report

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotations(report: Report, options: FormatOptions) -> list[str]:
    """One workflow command per mistake, errors first."""
    lines = []
    entries = sorted(report.groups(), key=lambda e: (-e.first.severity.rank, e.sort_key()))
    for entry in entries:
        d = entry.first
        message = with_affects(d.message, entry)
        if options.show_fixes and d.fix:
            message += f"\nfix: {d.fix}"
        props = (
            f"file={_escape_property(d.path)},line={d.line},col={d.column},"
            f"endLine={d.end_line},endColumn={d.end_column},title={_escape_property(d.code + ' ' + d.name)}"
        )
        lines.append(f"::{_LEVEL[d.severity.value]} {props}::{_escape_data(message)}")
    return lines


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    log = render_text(report, registry, options)
    # the log goes in a collapsible group; its lines must not be read as workflow commands
    lines = ["::group::followup-lint report", "::stop-commands::followup-lint-log", log.rstrip("\n"),
             "::followup-lint-log::", "::endgroup::"]
    lines.extend(annotations(report, options))
    s = report.summary
    lines.append(f"followup-lint: {s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info(s)")
    return "\n".join(lines) + "\n"
