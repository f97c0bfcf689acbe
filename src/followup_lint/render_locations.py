"""Where in a template a render failure happened.

Jinja reports only a line, and only through the traceback. A sandbox refusal or a size limit is
reported on the tag that caused it: the tag on that line that mentions the attribute, filter or
operator the error names (``attr('__class__')``, ``|tojson``, ``*``), else the first tag on the
line. A subject-line failure points at the ``subject:`` key of the front matter.
"""

from __future__ import annotations

import re

from .model import Span
from .templates import TemplateInfo

_QUOTED = re.compile(r"'([^']{1,80})'")
_FILTER = re.compile(r"\|(\w+)")
_CALL = re.compile(r"([A-Za-z_][\w.]*)\(\)")
_OPERATOR_WORDS = {"repetition": "*", "exponentiation": "**", "% format": "%", "'+'": "+", "'~'": "~"}


def template_line(exc: BaseException, info: TemplateInfo) -> int | None:
    """The template line (in the file) where ``exc`` was raised, from its traceback or, for a
    timeout, from the traceback of the interrupt it was raised from."""
    line = raw_template_line(exc)
    return None if line is None else line + info.source.body_line_offset


def raw_template_line(exc: BaseException) -> int | None:
    """The line in the rendered template's own text (a render worker sends this one back)."""
    for error in (exc, exc.__cause__, exc.__context__):
        if error is None:
            continue
        line = getattr(error, "template_line", None) or _line_from_traceback(error)
        if line is not None:
            return line
    return None


def _line_from_traceback(exc: BaseException) -> int | None:
    """The innermost template line in ``exc``'s traceback: Jinja's rewritten frames carry it
    directly; frames of the generated module (an interrupt is not rewritten) are translated
    with the template's debug information."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        frame_globals = tb.tb_frame.f_globals
        template = frame_globals.get("__jinja_template__")
        if template is not None:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        elif "__jinja_exception__" in frame_globals:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def hint_words(message: str) -> list[str]:
    """Names and operators a refusal message mentions, most specific first."""
    words = [m for m in _QUOTED.findall(message) if m not in ("str", "dict", "list", "object")]
    words += _FILTER.findall(message)
    words += [m.rsplit(".", 1)[-1] for m in _CALL.findall(message)]
    words += [op for phrase, op in _OPERATOR_WORDS.items() if phrase in message]
    return words


def body_error_span(info: TemplateInfo, exc: BaseException) -> Span:
    """The tag of the template body that ``exc`` points at."""
    line = template_line(exc, info)
    tags = [t for t in info.tags if t.kind in ("expr", "stmt")]
    if not tags:
        return Span.point(line or 1)
    words = hint_words(str(exc))
    on_line = [t for t in tags if line is not None and _lines_of(info, t)[0] <= line <= _lines_of(info, t)[1]]
    for candidates in (on_line, tags):
        for word in words:
            for tag in candidates:
                found = info.source.text.find(word, tag.start, tag.end)
                if found >= 0:
                    return info.span(tag.start, tag.end)
        if candidates and line is not None:
            return info.span(candidates[0].start, candidates[0].end)
    return info.span(tags[0].start, tags[0].end)


def subject_error_span(info: TemplateInfo, exc: BaseException) -> Span:
    """The ``subject:`` line of the front matter, narrowed to the name ``exc`` mentions."""
    span = info.subject_span
    if "subject" not in info.source.key_spans:
        return span
    lines = info.source.text.splitlines()
    text = lines[span.line - 1] if 0 < span.line <= len(lines) else ""
    for word in hint_words(str(exc)):
        column = text.find(word)
        if column >= 0:
            return Span(span.line, column + 1, span.line, column + 1 + len(word))
    return Span(span.line, 1, span.line, max(len(text), 1) + 1)


def _lines_of(info: TemplateInfo, tag: object) -> tuple[int, int]:
    start = info.line_index.position(tag.start)[0]  # type: ignore[attr-defined]
    end = info.line_index.position(max(tag.end - 1, tag.start))[0]  # type: ignore[attr-defined]
    return start, end
