"""Source text helpers: offsets to line/column, and a scanner that splits a Jinja template
into literal text and tags with exact offsets (Jinja's own AST only knows line numbers)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from .model import Span

TagKind = Literal["text", "expr", "stmt", "comment"]


class LineIndex:
    """Maps 0-based character offsets to 1-based (line, column) pairs."""

    __slots__ = ("_starts", "_line_offset")

    def __init__(self, text: str, line_offset: int = 0) -> None:
        self._starts = [0]
        self._starts.extend(m.end() for m in re.finditer("\n", text))
        self._line_offset = line_offset

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1 + self._line_offset, offset - self._starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        end_line, end_column = self.position(max(end, start))
        if (end_line, end_column) == (line, column):
            end_column += 1
        return Span(line, column, end_line, end_column)


@dataclass(frozen=True, slots=True)
class Tag:
    """A piece of template source: literal text or one ``{{ }}``/``{% %}``/``{# #}`` tag.

    ``start``/``end`` cover the whole tag including delimiters; ``inner`` is the text between
    the delimiters with whitespace-control markers removed.
    """

    kind: TagKind
    start: int
    end: int
    inner: str


_OPENERS = {"{{": ("expr", "}}"), "{%": ("stmt", "%}"), "{#": ("comment", "#}")}
_RAW_START = re.compile(r"\{%-?\s*raw\s*-?%\}")
_RAW_END = re.compile(r"\{%-?\s*endraw\s*-?%\}")


def scan_tags(source: str) -> list[Tag]:
    """Split template source into text and tags. Unterminated tags become text.

    This is a forgiving scanner for locating things; Jinja itself decides what is valid.
    """
    tags: list[Tag] = []
    pos = 0
    text_start = 0
    length = len(source)
    while pos < length:
        brace = source.find("{", pos)
        if brace == -1 or brace + 1 >= length:
            break
        opener = source[brace : brace + 2]
        if opener not in _OPENERS:
            pos = brace + 1
            continue
        raw = _RAW_START.match(source, brace) if opener == "{%" else None
        if raw:
            end_match = _RAW_END.search(source, raw.end())
            stop = end_match.end() if end_match else length
            pos = stop
            continue
        kind, closer = _OPENERS[opener]
        close = _find_closer(source, brace + 2, closer, in_comment=kind == "comment")
        if close == -1:
            pos = brace + 2
            continue
        if brace > text_start:
            tags.append(Tag("text", text_start, brace, source[text_start:brace]))
        inner = source[brace + 2 : close]
        inner = inner.removeprefix("-").removeprefix("+").removesuffix("-").removesuffix("+")
        tags.append(Tag(kind, brace, close + 2, inner))  # type: ignore[arg-type]
        pos = text_start = close + 2
    if text_start < length:
        tags.append(Tag("text", text_start, length, source[text_start:]))
    return tags


def _find_closer(source: str, pos: int, closer: str, *, in_comment: bool) -> int:
    if in_comment:
        return source.find(closer, pos)
    quote = ""
    length = len(source)
    while pos < length:
        char = source[pos]
        if quote:
            if char == "\\":
                pos += 2
                continue
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif source.startswith(closer, pos):
            return pos
        pos += 1
    return -1
