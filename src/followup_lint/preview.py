"""``followup-lint preview``: one recipient's message, rendered in the sandbox, with that
recipient's findings marked where they occur.

Preview is an explicit request to read one person's message, so it shows personal data.

How findings are placed: each finding that points into the template body gets two invisible
marker characters inserted into the template source around its span (widened to whole tags, so
no ``{{ }}`` is cut), the marked template is rendered in the sandbox for the record, and the
markers in the output are turned into ``«...»[n]``. Markers inside a branch that does not render
for this recipient simply do not appear; such findings are listed with "(not in this message)".
Findings on the subject line mark the whole subject; findings about the record itself are listed
only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .campaign import find_recipients
from .config import Config
from .engine import Linter
from .fixes import offset_of
from .model import Diagnostic, Severity
from .recipients import Recipient, SourceProblem, read_recipient_file
from .sandbox import render_limited
from .templates import TemplateInfo, TemplateSource, analyse_template, load_template_file

_START, _START_END, _STOP, _STOP_END = "\ue000", "\ue001", "\ue002", "\ue003"
_MARK = re.compile("([\ue000\ue002])([0-9,]*)([\ue001\ue003])")
_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}


class PreviewError(Exception):
    """The preview cannot be made: no such template, recipients file or row (exit status 2)."""


@dataclass(slots=True)
class Note:
    number: int
    diagnostic: Diagnostic
    placed: bool  # marked in the subject or body
    where: str  # "body", "subject", "record", "template"


@dataclass(slots=True)
class Preview:
    """One recipient's rendered message and the findings for them."""

    template: str
    recipients: str
    row: int
    subject: str | None  # rendered subject with marks (None when the template has no subject)
    body: str | None  # rendered body with marks (None when it could not be rendered)
    notes: list[Note] = field(default_factory=list)
    fail_level: Severity = Severity.ERROR

    @property
    def text(self) -> str | None:
        """The rendered body as the recipient reads it (no marks)."""
        return None if self.body is None else _MARK.sub("", self.body)

    @property
    def exit_code(self) -> int:
        """1 when the template is broken or a finding reaches the fail level, else 0."""
        if self.body is None:
            return 1
        return 1 if any(n.diagnostic.severity.rank >= self.fail_level.rank for n in self.notes) else 0


def find_record(path: Path, linter: Linter, *, row: int | None = None, index: int | None = None) -> Recipient:
    """The record on ``row`` (the row reports show: the line a record starts on in a CSV, JSONL
    or JSON file) or at ``index`` (the 0-based position reports show as ``recipient.index``).

    Reads the file only up to that record. Raises :class:`PreviewError` naming the available
    rows when there is no such record, when several records start on that row (a JSON array
    written on one line: use ``index``), or with the problem when that row cannot be read."""
    first = last = None
    found: Recipient | None = None
    for item in read_recipient_file(path, field_map=linter.field_map):
        if isinstance(item, SourceProblem):
            if item.index is None and item.code == "FL020":
                raise PreviewError(item.message)
            if row is not None and item.line == row and found is None:
                raise PreviewError(f"row {row} of {path} cannot be read: {item.message}")
            continue
        ref = item.ref
        if index is not None:
            if ref.index == index:
                return item
        elif found is not None:
            if ref.row != row:
                return found
            raise PreviewError(f"several records start on row {row} of {path}; choose one with --index "
                               f"({found.ref.index}, {ref.index}, ...)")
        elif ref.row == row:
            found = item
        first = ref.row if first is None else first
        last = ref.row
    if found is not None:
        return found
    if first is None:
        raise PreviewError(f"{path} has no records")
    if index is not None:
        raise PreviewError(f"no record at index {index} in {path}: {path} has {_count(first, last, path, linter)}")
    raise PreviewError(f"row {row} not found in {path}: its records are on rows {first}-{last}")


def _count(first: int, last: int, path: Path, linter: Linter) -> str:
    total = sum(1 for item in read_recipient_file(path, field_map=linter.field_map) if isinstance(item, Recipient))
    return f"{total} record(s), indexes 0-{total - 1}"


def recipients_for(source: TemplateSource, template: Path, recipients: Path | None, config: Config | None = None) -> Path:
    """``--recipients``, else the file ``check`` would use for this template (front matter,
    ``campaigns`` entry, or a ``recipients.*`` beside it: see :func:`campaign.find_recipients`)."""
    if recipients is not None:
        if not recipients.is_file():
            raise PreviewError(f"--recipients: no such file: {recipients}")
        return recipients
    found = find_recipients(source, template, config or Config())
    if found.path is not None:
        return found.path
    if found.rule is not None:
        raise PreviewError(f"the campaigns entry for {', '.join(found.rule.templates)} names a recipients file "
                           f"that does not exist: {found.missing}")
    if found.missing is not None:
        raise PreviewError(f"the front matter names a recipients file that does not exist: {found.missing}")
    raise PreviewError("no recipients file: pass --recipients FILE or name one in the front matter (recipients: ...)")


def preview(template: str | Path, *, row: int | None = None, index: int | None = None,
            recipients: str | Path | None = None, linter: Linter | None = None) -> Preview:
    """Render ``template`` for the record on ``row`` (or at 0-based ``index``) and collect that
    recipient's findings (see :func:`find_record`).

    Personal data is shown unless the given ``linter`` was configured otherwise: build it with
    ``Config(show_personal_data=True)`` (the CLI does). Raises :class:`PreviewError`."""
    engine = linter or Linter(Config(show_personal_data=True))
    path = Path(template)
    try:
        source = load_template_file(path)
    except OSError as exc:
        raise PreviewError(f"cannot read template {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise PreviewError(f"template {path} is not UTF-8 text (byte {exc.start})") from None
    records = recipients_for(source, path, Path(recipients) if recipients is not None else None, engine.config)
    if (row is None) == (index is None):
        raise PreviewError("give either a row or an index")
    record = find_record(records, engine, row=row, index=index)
    row = record.ref.row
    diagnostics = engine.lint_sources([source], iter([record]), recipient_source=str(records))
    mine = sorted(
        (d for d in diagnostics if d.recipient is None or d.recipient.row == record.ref.row),
        key=lambda d: (d.path != source.path, d.line, d.column, d.code),
    )
    mine = [d for d in mine if d.recipient is None or d.recipient.index == record.ref.index]
    info = analyse_template(source, engine.env, engine.locales, default_locale=engine.config.locale)
    return render_preview(info, record, str(records), engine, mine, template=str(path))


def render_preview(info: TemplateInfo, record: Recipient, records: str, engine: Linter, mine: list[Diagnostic],
                   *, template: str | None = None) -> Preview:
    """The message of ``info`` for ``record`` with the findings ``mine`` marked: the part of
    :func:`preview` after the record is found, for callers that already hold the record and
    its findings (the HTML review page renders a few sampled recipients per mistake)."""
    source = info.source
    result = Preview(template or source.path, records, record.ref.row, None, None, fail_level=engine.config.fail_level)
    numbers = {id(d): n for n, d in enumerate(mine, start=1)}
    if info.compiled is None:  # broken template: the diagnostics are the preview
        result.notes = [Note(numbers[id(d)], d, False, "template") for d in mine]
        return result
    body_start = source.body_offset
    in_body = [d for d in mine if d.path == source.path and offset_of(source.text, d.line, d.column) >= body_start]
    in_subject = [d for d in mine if d.path == source.path and d not in in_body and _on_subject(info, d)]
    body = _render_marked(info, record, engine, {id(d): numbers[id(d)] for d in in_body}, in_body)
    if body is None:
        result.notes = [Note(numbers[id(d)], d, False, "template") for d in mine]
        return result
    shown = {int(n) for m in _MARK.finditer(body) for n in m.group(2).split(",") if n}
    result.body = body
    subject_numbers = [numbers[id(d)] for d in in_subject]
    result.subject = _render_subject(info, record, engine, subject_numbers)
    for d in mine:
        number = numbers[id(d)]
        if d in in_body:
            result.notes.append(Note(number, d, number in shown, "body"))
        elif d in in_subject:
            result.notes.append(Note(number, d, result.subject is not None, "subject"))
        else:
            where = "record" if d.recipient is not None and d.path != source.path else "template"
            result.notes.append(Note(number, d, False, where))
    return result


def _on_subject(info: TemplateInfo, d: Diagnostic) -> bool:
    span = info.source.key_spans.get("subject")
    return span is not None and span.line == d.line


def _render_marked(info: TemplateInfo, record: Recipient, engine: Linter, numbers: dict[int, int],
                   diagnostics: list[Diagnostic]) -> str | None:
    """The body rendered with markers around each finding's span (plain if markers break it)."""
    text = info.source.text
    ranges: dict[tuple[int, int], list[int]] = {}
    for d in diagnostics:
        start = offset_of(text, d.line, d.column)
        end = max(offset_of(text, d.end_line, d.end_column), start + 1)
        start, end = _widen(info, start, end)
        ranges.setdefault((start, end), []).append(numbers[id(d)])
    inserts: list[tuple[int, int, str]] = []  # (offset, order: ends before starts, text)
    for (start, end), nums in ranges.items():
        label = ",".join(str(n) for n in sorted(nums))
        inserts.append((start, 1, _START + label + _START_END))
        inserts.append((end, 0, _STOP + label + _STOP_END))
    marked = text
    for offset, _, piece in sorted(inserts, key=lambda i: (i[0], i[1]), reverse=True):
        marked = marked[:offset] + piece + marked[offset:]
    body_start = info.source.body_offset
    limits = {"max_output_chars": engine.config.max_output_chars, "timeout": engine.config.render_timeout}
    try:
        compiled = engine.env.from_string(marked[body_start:])
        return render_limited(compiled, record.data, **limits)
    except Exception:
        pass
    try:  # the markers should never break a template; if they do, show it unmarked
        assert info.compiled is not None
        return render_limited(info.compiled, record.data, **limits)
    except Exception:
        return None  # reported by the engine (FL002/FL004/FL005)


def _widen(info: TemplateInfo, start: int, end: int) -> tuple[int, int]:
    """Extend a range to whole tags, and past whitespace that a ``{{-``/``-}}`` tag strips."""
    text = info.source.text
    for tag in info.tags:
        if tag.kind == "text":
            continue
        if tag.start < start < tag.end:
            start = tag.start
        if tag.start < end < tag.end:
            end = tag.end
    for tag in info.tags:
        if tag.kind != "text" and tag.start == start and text[start + 2 : start + 3] == "-":
            while start > info.source.body_offset and text[start - 1].isspace():
                start -= 1
        if tag.kind != "text" and tag.end == end and text[end - 3 : end - 2] == "-":
            while end < len(text) and text[end].isspace():
                end += 1
    return start, end


def _render_subject(info: TemplateInfo, record: Recipient, engine: Linter, numbers: list[int]) -> str | None:
    subject = info.subject
    if subject is None:
        return None
    rendered = subject
    if "{{" in subject or "{%" in subject:
        try:
            rendered = render_limited(engine.env.from_string(subject), record.data,
                                      max_output_chars=engine.config.max_output_chars, timeout=engine.config.render_timeout)
        except Exception:
            return None
    if numbers:
        label = ",".join(str(n) for n in numbers)
        rendered = _START + label + _START_END + rendered + _STOP + label + _STOP_END
    return rendered


def format_preview(result: Preview, *, color: bool = False) -> str:
    """The preview as text: subject, body with ``«marked»[n]`` spans, then the numbered findings."""
    def marks(text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            if match.group(1) == _START:
                return "\033[4m" if color else "«"
            label = f"[{match.group(2)}]"
            return f"\033[24m\033[1m{label}\033[0m" if color else f"»{label}"
        return _MARK.sub(replace, text)

    rule = "─" * 60
    lines = [f"Preview of {result.template} for row {result.row} of {result.recipients} (shows personal data)"]
    if result.body is None:
        lines.append("The message cannot be rendered for this recipient:")
    else:
        if result.subject is not None:
            lines.append(f"Subject: {marks(result.subject)}")
        lines.append(rule)
        lines.append(marks(result.body).rstrip("\n"))
        lines.append(rule)
    if not result.notes:
        lines.append("No findings for this recipient.")
    for note in result.notes:
        d = note.diagnostic
        severity = d.severity.value
        label = f"{_COLORS[severity]}{severity}\033[0m" if color else severity
        if note.where == "record" or d.path != result.template:
            place = f"{d.path}:{d.line}"
        else:
            place = f"line {d.line}:{d.column}"
        suffix = "" if note.placed or note.where in ("record", "template") else " (not in this message)"
        lines.append(f"[{note.number}] {d.code} {label} {place}: {d.message}{suffix}")
    return "\n".join(lines) + "\n"


def split_marks(text: str) -> list[tuple[str, str]]:
    """``text`` cut at its marks: ``("text", piece)``, ``("start", "1,2")``, ``("stop", "1,2")``,
    for formats that draw the marks themselves (the HTML review page)."""
    pieces: list[tuple[str, str]] = []
    position = 0
    for match in _MARK.finditer(text):
        if match.start() > position:
            pieces.append(("text", text[position : match.start()]))
        pieces.append(("start" if match.group(1) == _START else "stop", match.group(2)))
        position = match.end()
    if position < len(text):
        pieces.append(("text", text[position:]))
    return pieces
