"""A template file's text: optional YAML front matter (bounded, see :mod:`.front_matter`) split
off the body and checked key by key, with the span of each key for diagnostics. Problems are
kept on the :class:`TemplateSource`, never raised."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .front_matter import FrontMatterLimit, load_front_matter
from .model import Span
from .source import LineIndex
from .template_kinds import TEMPLATE_KINDS, normalise_kind

__all__ = [
    "DEFAULT_TEMPLATE_SUFFIXES", "FRONT_MATTER_KEYS", "TEMPLATE_KINDS", "FrontMatterProblem", "TemplateSource",
    "load_template_file", "read_template_source",
]

DEFAULT_TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
FRONT_MATTER_KEYS = (
    "subject", "recipients", "kind", "sequence", "locale", "from", "reply_to", "name", "description", "event_date",
)

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:^|\n)---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True, slots=True)
class FrontMatterProblem:
    message: str
    span: Span


@dataclass(slots=True)
class TemplateSource:
    """A template file's text split into front matter and body."""

    path: str
    text: str
    body_offset: int = 0
    front_matter: dict[str, Any] = field(default_factory=dict)
    problems: list[FrontMatterProblem] = field(default_factory=list)
    key_spans: dict[str, Span] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return self.text[self.body_offset :]

    @property
    def body_line_offset(self) -> int:
        return self.text.count("\n", 0, self.body_offset)

    @property
    def subject(self) -> str | None:
        value = self.front_matter.get("subject")
        return None if value is None else str(value)

    @property
    def kind(self) -> str | None:
        """The normalised kind ("Webinar Follow-Up" -> "follow-up"); None when absent or unknown."""
        return normalise_kind(self.front_matter.get("kind"))

    @property
    def locale(self) -> str | None:
        value = self.front_matter.get("locale")
        return None if value is None else str(value).split("-")[0].split("_")[0].lower()


def read_template_source(text: str, path: str = "<template>") -> TemplateSource:
    """Split optional YAML front matter off ``text``; problems are kept, never raised."""
    source = TemplateSource(path=path, text=text)
    match = _FRONT_MATTER.match(text)
    if not match:
        return source
    source.body_offset = match.end()
    index = LineIndex(text)
    try:
        data = load_front_matter(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        message = problem if isinstance(exc, FrontMatterLimit) else f"front matter is not valid YAML: {problem}"
        source.problems.append(FrontMatterProblem(message, Span.point(line)))
        return source
    if not isinstance(data, dict):
        source.problems.append(
            FrontMatterProblem("front matter must be a mapping of keys to values", index.span(0, 3))
        )
        return source
    for key, value in data.items():
        key_text = str(key)
        # the key where it starts a line: "kind" must not be found inside "subject: The kind of..."
        key_match = re.compile(r"^[ \t]*[\"']?(" + re.escape(key_text) + r")[\"']?[ \t]*:", re.M).search(
            text, 0, match.end()
        )
        key_offset = key_match.start(1) if key_match else text.find(key_text, 0, match.end())
        span = index.span(key_offset, key_offset + len(key_text)) if key_offset >= 0 else Span.point(1)
        source.key_spans[key_text] = span
        if key_text not in FRONT_MATTER_KEYS:
            source.problems.append(
                FrontMatterProblem(
                    f"unknown front matter key {key_text!r}; expected one of: {', '.join(FRONT_MATTER_KEYS)}",
                    span,
                )
            )
            continue
        if key_text == "kind" and normalise_kind(value) is None:
            source.problems.append(
                FrontMatterProblem(
                    f"unknown template kind {value!r}; expected one of: {', '.join(TEMPLATE_KINDS)} "
                    "(in any case, with or without hyphens, or a synonym such as 'Nachfass-Mail'); "
                    "the template is linted as having no kind",
                    span,
                )
            )
        if key_text == "sequence":
            from .content.sequence import POSITIONS, normalise_position

            if normalise_position(value) is None:
                source.problems.append(
                    FrontMatterProblem(
                        f"unknown sequence position {value!r}; expected one of: {', '.join(POSITIONS)}",
                        span,
                    )
                )
        source.front_matter[key_text] = value
    return source


def load_template_file(path: Path) -> TemplateSource:
    """Read a template file (UTF-8, BOM tolerated). Raises OSError/UnicodeDecodeError."""
    text = path.read_bytes().decode("utf-8-sig")
    return read_template_source(text, str(path))
