"""A few recipients' messages per mistake, for the HTML review page (``--format html``).

A formatter only receives the :class:`Report`, so the page re-renders a bounded sample: for
each mistake (a group of findings, see ``formats/_grouping.py``) its first
:data:`SAMPLES_PER_MISTAKE` recipients, at most :data:`MAX_SAMPLES` in all. The report says
which recipients file each template was checked against (``Report.template_recipients``) and
each finding's 0-based record index; each file is read once, in a stream, keeping only the
sampled records, so memory does not grow with the list.

Each message is rendered in the sandbox with its mistake marked (:func:`preview.render_preview`)
and, unless personal data may be shown, every form of the record's values is masked in it
(:class:`masking.Masker`, then :func:`masking.scrub_shapes` for anything shaped like an email
address or a phone number). Records given in memory to :func:`followup_lint.lint` cannot be read
again: their previews are left out, and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .formats._grouping import Group
from .masking import Masker, scrub_shapes
from .model import Diagnostic
from .preview import render_preview, split_marks
from .recipients import Recipient, read_recipient_file
from .report import Report
from .templates import TemplateInfo, analyse_template, load_template_file

SAMPLES_PER_MISTAKE = 3
MAX_SAMPLES = 240
MAX_PREVIEW_CHARS = 6_000  # of one rendered message shown on the page

Pieces = list[tuple[str, str]]  # preview.split_marks: ("text" | "start" | "stop", value)


@dataclass(slots=True)
class Sample:
    """One recipient's message for one mistake, masked unless personal data may be shown."""

    label: str  # "row 7", "record 3 (line 1)"
    identity: str | None
    subject: Pieces | None
    body: Pieces | None  # None: the message cannot be rendered for this recipient
    placed: bool  # the mistake is marked in the subject or body


@dataclass(slots=True)
class Samples:
    by_group: dict[int, list[Sample]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # why some previews are missing


@dataclass(slots=True)
class _Want:
    group: int
    template: str
    diagnostic: Diagnostic


def sample_messages(report: Report, groups: list[Group], linter: Any) -> Samples:
    """Previews for the template mistakes among ``groups`` (keyed by position in ``groups``)."""
    samples = Samples()
    if linter is None:
        samples.notes.append("Previews are made by `followup-lint check --format html`; this page was rendered "
                             "without the linter that made the report.")
        return samples
    wanted: dict[str, dict[int, list[_Want]]] = {}
    budget = MAX_SAMPLES
    in_memory = False
    for number, entry in enumerate(groups):
        if entry.in_data or entry.first.recipient is None or budget <= 0:
            continue
        template = entry.first.path
        source = report.template_recipients.get(template)
        if source is None:
            continue
        if source == "<records>":
            in_memory = True
            continue
        picked = 0
        for d in entry.firsts.get(source, ()):  # the first diagnostic about each recipient, in row order
            assert d.recipient is not None
            picked += 1
            wanted.setdefault(source, {}).setdefault(d.recipient.index, []).append(_Want(number, template, d))
            budget -= 1
            if picked >= SAMPLES_PER_MISTAKE or budget <= 0:
                break
    if in_memory:
        samples.notes.append("Records given in memory to lint() cannot be read again: no previews for them.")
    if budget <= 0:
        samples.notes.append(f"Previews stop after {MAX_SAMPLES} messages; the findings are all listed.")
    templates: dict[str, TemplateInfo | None] = {}
    for source, by_index in wanted.items():
        _sample_file(Path(source), by_index, linter, templates, samples)
    for entries in samples.by_group.values():
        entries.sort(key=lambda s: s.label)
    return samples


def _sample_file(path: Path, by_index: dict[int, list[_Want]], linter: Any, templates: dict[str, TemplateInfo | None],
                 samples: Samples) -> None:
    """One pass over ``path``, stopping after the last sampled record."""
    last = max(by_index)
    try:
        for item in read_recipient_file(path, field_map=linter.field_map):
            if not isinstance(item, Recipient):
                continue
            if item.ref.index > last:
                break
            for want in by_index.get(item.ref.index, ()):
                info = _template(want.template, linter, templates, samples)
                if info is not None:
                    samples.by_group.setdefault(want.group, []).append(_sample(info, item, str(path), want, linter))
    except OSError as exc:
        samples.notes.append(f"{path} cannot be read again for previews: {exc.strerror or exc}")


def _template(path: str, linter: Any, cache: dict[str, TemplateInfo | None], samples: Samples) -> TemplateInfo | None:
    if path not in cache:
        try:
            source = load_template_file(Path(path))
            cache[path] = analyse_template(source, linter.env, linter.locales, default_locale=linter.config.locale)
        except (OSError, UnicodeDecodeError):
            cache[path] = None
            samples.notes.append(f"{path} cannot be read again (read from stdin?): no previews for it.")
    return cache[path]


def _sample(info: TemplateInfo, record: Recipient, source: str, want: _Want, linter: Any) -> Sample:
    result = render_preview(info, record, source, linter, [want.diagnostic])
    show = bool(linter.config.show_personal_data)
    masker = None if show else Masker.for_record(record.data)
    ref = want.diagnostic.recipient
    assert ref is not None
    body = None if result.body is None else _pieces(result.body[:MAX_PREVIEW_CHARS], masker, show)
    subject = None if result.subject is None else _pieces(result.subject, masker, show)
    placed = any(note.placed for note in result.notes)
    return Sample(ref.label, ref.identity, subject, body, placed)


def _pieces(text: str, masker: Masker | None, show: bool) -> Pieces:
    pieces = split_marks(text)
    if show:
        return pieces
    return [(kind, _mask_text(value, masker) if kind == "text" else value) for kind, value in pieces]


def _mask_text(text: str, masker: Masker | None) -> str:
    """Every form of the record's values masked, line by line (a line is short: the scrub stays cheap)."""
    lines = text.split("\n")
    out = []
    for line in lines:
        if line.strip():
            if masker:
                line = masker.scrub(line)
            line = scrub_shapes(line)
        out.append(line)
    return "\n".join(out)
