"""Inline suppressions in Jinja comments.

* ``{# followup-lint: disable=FL101,FL2 #}`` at the end of a line silences those rules on that
  line; alone on its line, it silences them on the next non-blank line.
* ``{# followup-lint: disable-file=FL2 #}`` silences them for the whole template, including
  per-recipient findings.

A suppression that silences nothing is itself reported (FL009), so stale ones get cleaned up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Span
from .selection import matches_any
from .source import LineIndex, Tag

_DIRECTIVE = re.compile(r"^\s*followup-lint:\s*(disable|disable-file)\s*=\s*([\w\-, ]+?)\s*$", re.I)


@dataclass(slots=True)
class Suppression:
    selectors: tuple[str, ...]
    span: Span
    target_line: int | None  # None: the whole file
    used: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Suppressions:
    entries: list[Suppression] = field(default_factory=list)
    malformed: list[tuple[Span, str]] = field(default_factory=list)

    def suppresses(self, code: str, name: str, line: int) -> bool:
        hit = False
        for entry in self.entries:
            if entry.target_line is not None and entry.target_line != line:
                continue
            for selector in entry.selectors:
                if matches_any(code, name, (selector,)):
                    entry.used.add(selector)
                    hit = True
        return hit

    def unused(self) -> list[tuple[Suppression, tuple[str, ...]]]:
        return [
            (entry, tuple(s for s in entry.selectors if s not in entry.used))
            for entry in self.entries
            if any(s not in entry.used for s in entry.selectors)
        ]


def parse_suppressions(text: str, tags: list[Tag], line_index: LineIndex) -> Suppressions:
    result = Suppressions()
    for tag in tags:
        if tag.kind != "comment" or "followup-lint" not in tag.inner.lower():
            continue
        span = line_index.span(tag.start, tag.end)
        match = _DIRECTIVE.match(tag.inner)
        if not match:
            result.malformed.append((span, tag.inner.strip()))
            continue
        selectors = tuple(s.strip() for s in match.group(2).split(",") if s.strip())
        if not selectors:  # "disable= #}" names no rule: it cannot do what the author meant
            result.malformed.append((span, tag.inner.strip()))
            continue
        if match.group(1).lower() == "disable-file":
            result.entries.append(Suppression(selectors, span, None))
            continue
        line_start = text.rfind("\n", 0, tag.start) + 1
        line_end = text.find("\n", tag.end)
        line_end = len(text) if line_end == -1 else line_end
        alone = not text[line_start : tag.start].strip() and not text[tag.end : line_end].strip()
        target = span.line
        if alone:
            target = _next_nonblank_line(text, line_end, line_index) or span.line
        result.entries.append(Suppression(selectors, span, target))
    return result


def _next_nonblank_line(text: str, pos: int, line_index: LineIndex) -> int | None:
    while pos < len(text):
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            return line_index.position(start)[0]
        pos = end
    return None
