"""Human-readable output, like ruff's or rustc's: the location and message, the template line
with the span underlined, and for a mistake that hits many recipients one entry that says how
many, on which rows and who the first few are::

    campaign/attended.j2:10:1: FL301 [error] this recipient's 'attended' field says ...
       |
    10 | Thanks for joining us yesterday!
       | ^~~~~~~~~~~~~~~~~~
       = affects 6 recipients in campaign/attendees.csv: rows 7, 8, 12, 18, 23, 27
       = row 7: A. B., a***@northwind.example
       = row 8: T. T., t***@kestrel.example
       = … and 4 more

Lines of a recipients file are never printed (they are personal data): findings there show
``path:row`` and the masked identity of the record.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from . import FormatOptions
from ..fingerprints import SourceLines
from ._grouping import IDENTITIES_SHOWN, Group, plural, row_list
from ..model import Diagnostic
from ..registry import Registry
from ..report import Report

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"
_GUTTER = "\033[34m"
_MAX_LINE_WIDTH = 200


def _width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two, combining marks none."""
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def _snippet(d: Diagnostic, line_text: str, color: bool) -> list[str]:
    text = line_text.replace("\t", " ").rstrip("\r\n")
    start = min(max(d.column, 1) - 1, len(text))
    end = d.end_column - 1 if d.end_line == d.line else len(text)
    end = min(max(end, start + 1), max(len(text), start + 1))
    if len(text) > _MAX_LINE_WIDTH and end <= _MAX_LINE_WIDTH:
        text = text[:_MAX_LINE_WIDTH] + " …"
    elif len(text) > _MAX_LINE_WIDTH:  # a long line with the span far right: show around it
        cut = max(0, start - 40)
        text = "… " + text[cut : cut + _MAX_LINE_WIDTH]
        start, end = start - cut + 2, min(end - cut + 2, len(text))
    pad = " " * _width(text[:start])
    marks = "^" + "~" * max(_width(text[start:end]) - 1, 0)
    if color:
        marks = f"{_COLORS[d.severity.value]}{marks}{_RESET}"
    number = str(d.line)
    blank = " " * len(number)
    bar = f"{_GUTTER}|{_RESET}" if color else "|"
    return [f"{blank} {bar}", f"{number} {bar} {text}", f"{blank} {bar} {pad}{marks}".rstrip()]


def _header(d: Diagnostic, color: bool, *, row_only: bool = False) -> str:
    severity = d.severity.value
    label = f"{_COLORS[severity]}{severity}{_RESET}" if color else severity
    code = f"{_BOLD}{d.code}{_RESET}" if color else d.code
    where = f"{d.path}:{d.line}" if row_only else f"{d.path}:{d.line}:{d.column}"
    return f"{where}: {code} [{label}] {d.message}"


def _notes(entry: Group) -> list[str]:
    """The ``= ...`` lines under an entry: whom it affects."""
    d = entry.first
    recipients = entry.recipients
    if entry.in_data:
        if entry.row_count <= 1:
            ref = d.recipient
            return [f"recipient: {ref.identity}"] if ref is not None and ref.identity else []
        noun, numbers = entry.numbered
        notes = [f"on {plural(entry.number_count, noun)}: {row_list(numbers, total=entry.number_count)}"]
    else:
        if not recipients:
            return []
        sources = entry.sources
        where = sources[0] if len(sources) == 1 else "several recipient files"
        if entry.recipient_count == 1:
            ref = recipients[0]
            return [f"recipient: {ref.label} of {where}" + (f" ({ref.identity})" if ref.identity else "")]
        noun, numbers = entry.numbered
        notes = [f"affects {plural(entry.recipient_count, 'recipient')} in {where}: {noun}s "
                 f"{row_list(numbers, total=entry.number_count)}"]
    notes.extend(f"{r.label}: {r.identity}" for r in entry.named[:IDENTITIES_SHOWN])
    if entry.named_count > IDENTITIES_SHOWN:
        notes.append(f"… and {entry.named_count - IDENTITIES_SHOWN} more")
    return notes


def _entry(entry: Group, sources: SourceLines, options: FormatOptions) -> list[str]:
    d = entry.first
    lines = [_header(d, options.color, row_only=entry.in_data)]
    gutter = " " * len(str(d.line))
    if not entry.in_data:
        source_line = sources.line(d.path, d.line)
        if source_line is not None:
            lines.extend(_snippet(d, source_line, options.color))
    notes = _notes(entry)
    if options.show_fixes and d.fix:
        notes.append(f"fix: {d.fix}")
    equals = f"{_GUTTER}={_RESET}" if options.color else "="
    lines.extend(f"{gutter} {equals} {note}" for note in notes)
    return lines


def statistics_rows(report: Report) -> list[tuple[int, str, str, str]]:
    """(count, code, name, severity) per rule, most frequent first."""
    counts: dict[str, list[Any]] = {}  # code -> [count, name, severity] of its first diagnostic
    for d in report.diagnostics:
        row = counts.get(d.code)
        if row is None:
            counts[d.code] = [1, d.name, d.severity.value]
        else:
            row[0] += 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))
    return [(count, code, name, severity) for code, (count, name, severity) in ordered]


def _statistics(report: Report) -> list[str]:
    """One line per rule: count, code, name, severity (like ``ruff --statistics``)."""
    rows = statistics_rows(report)
    width = max((len(str(count)) for count, *_ in rows), default=1)
    return [f"{count:>{width}}  {code}  {name:<34} {severity}" for count, code, name, severity in rows]


def _scores(report: Report) -> list[str]:
    """One line per template: its personalization score and the points that made it."""
    lines = ["personalization score (0-100; how it is computed: docs/personalization-score.md)"]
    for score in report.scores:
        reasons = "; ".join(f"{r.points:+d} {r.reason}" for r in score.reasons if r.points) or "no points"
        lines.append(f"{score.score:>5}  {score.path}: {reasons}")
        if score.readability:
            lines.append(f"       readability: {_readability(score.readability)}")
    return lines


def _readability(metrics: dict[str, Any]) -> str:
    """'112 words, 7 sentences, grade 7.9 (Flesch-Kincaid grade), 2 questions, 1 ask'."""
    parts = [plural(metrics["words"], "word"), plural(metrics["sentences"], "sentence")]
    if metrics.get("grade") is not None:
        parts.append(f"grade {metrics['grade']:g} ({metrics['grade_method']})")
    parts += [plural(metrics["questions"], "question"), plural(metrics["asks"], "ask")]
    return ", ".join(parts)


def render(report: Report, registry: Registry, options: FormatOptions) -> str:
    lines: list[str] = []
    if options.statistics:
        lines = _statistics(report)
        if report.diagnostics:
            lines.append("")
    else:
        sources = SourceLines()
        for entry in report.groups():
            lines.extend(_entry(entry, sources, options))
            lines.append("")
    if options.quiet:
        return "\n".join(lines).rstrip("\n") + "\n" if lines else ""
    if report.scores and not options.statistics:
        lines.extend(_scores(report))
        lines.append("")
    s = report.summary
    baseline = s.get("baseline")
    if baseline:
        lines.append(
            f"baseline {baseline['path']}: {baseline['matched']} known finding(s) hidden, "
            f"{baseline['fixed']} fixed since it was written"
            + ("; update it with --write-baseline" if baseline["fixed"] else "")
        )
    verdict = "ok" if report.ok else "failed"
    lines.append(
        f"{s['templates']} template(s), {s['recipients']} recipient(s): "
        f"{s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info(s) — {verdict} "
        f"(fail level: {s['fail_level']})"
    )
    return "\n".join(lines) + "\n"
