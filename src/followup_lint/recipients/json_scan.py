"""Finding where one JSON value ends in streamed text, in linear time and bounded memory.

The scanner is fed the text piece by piece and follows only what decides where a value ends:
strings (with their escapes) and the nesting of arrays and objects. Nothing is parsed and
nothing is read twice, so a 50 MB string costs one pass. While it scans it counts the nesting
depth (a plain counter, so 100,000 levels cannot exhaust the stack), the length of the
current string and of the whole value; once a limit is passed it stops keeping the text but
keeps scanning to the value's end, so the values after it are still read. A value that
passed its limits is then decoded by :func:`json.loads` (fast, and safe: its depth is known).
"""

from __future__ import annotations

import re

from .limits import MAX_JSON_DEPTH, MAX_RECORD_CHARS, MAX_VALUE_CHARS, describe_chars

# inside an array or object: plain text and whole strings, up to the next bracket or to a
# string the piece cuts off (one C-level match covers most of a record; linear, as the
# alternatives start with different characters and nothing follows the repetition)
_RUN = re.compile(r'(?:[^"\[\]{}]+|"[^"\\]*(?:\\.[^"\\]*)*")*', re.DOTALL)
# the rest of a string's body: runs of plain characters and escapes (linear: the two
# alternatives cannot match the same text)
_STRING_BODY = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*', re.DOTALL)
_SCALAR_END = re.compile(r"[,\]\s]")


class ValueScanner:
    """Scans one top-level JSON value at a time. Call :meth:`start`, then :meth:`feed` with
    successive pieces of text until it returns where the value ends."""

    def __init__(self, *, max_depth: int = MAX_JSON_DEPTH, max_value: int = MAX_VALUE_CHARS,
                 max_record: int = MAX_RECORD_CHARS, keep: bool = True) -> None:
        self.max_depth = max_depth
        self.max_value = max_value
        self.max_record = max_record
        self.keep = keep
        self.start()

    def start(self) -> None:
        """Forget the previous value."""
        self.kind = ""  # "{", "[", '"' or "" for a scalar, set by the first character
        self.begun = False
        self.depth = 0
        self.in_string = False
        self.escape = False
        self.string_len = 0
        self.size = 0
        self.newlines = 0
        self.last_newline = -1  # offset in the value's text of its last "\n"
        self.pieces: list[str] = []
        self.problem: str | None = None  # why the value is not kept (a limit passed)

    @property
    def text(self) -> str:
        return "".join(self.pieces)

    def feed(self, chunk: str, i: int = 0) -> int | None:
        """Scan ``chunk`` from ``i``; the offset just after the value's end, or None when the
        value goes on in the next piece."""
        begin = i
        n = len(chunk)
        end: int | None = None
        if not self.begun and i < n:
            self.begun = True
            first = chunk[i]
            if first in "[{":
                self.kind, self.depth = first, 1
                i += 1
            elif first == '"':
                self.kind, self.in_string, self.string_len = first, True, 0
                i += 1
            else:
                self.kind = ""
        while i < n:
            if self.in_string:
                if self.escape:
                    self.escape = False
                    self.string_len += 1
                    i += 1
                    continue
                j = _STRING_BODY.match(chunk, i).end()  # type: ignore[union-attr]
                self.string_len += j - i
                if self.string_len > self.max_value and self.problem is None:
                    self._give_up(f"a value is longer than {describe_chars(self.max_value)} characters")
                if j >= n:
                    i = n
                    break
                if chunk[j] == "\\":  # a backslash at the very end of the piece
                    self.escape = True
                    i = n
                    break
                self.in_string = False
                i = j + 1
                if self.depth == 0:
                    end = i
                    break
                continue
            if not self.kind:
                match = _SCALAR_END.search(chunk, i)
                if match is None:
                    i = n
                    break
                end = i = match.start()
                break
            j = _RUN.match(chunk, i).end()  # type: ignore[union-attr]
            if j >= n:
                i = n
                break
            char = chunk[j]
            i = j + 1
            if char == '"':
                self.in_string, self.string_len = True, 0
            elif char in "[{":
                self.depth += 1
                if self.depth > self.max_depth and self.problem is None:
                    self._give_up(f"arrays or objects are nested more than {self.max_depth} levels deep")
            else:
                self.depth -= 1
                if self.depth == 0:
                    end = i
                    break
        stop = i if end is None else end
        self._consume(chunk, begin, stop)
        return end

    def _consume(self, chunk: str, begin: int, stop: int) -> None:
        if stop <= begin:
            return
        newlines = chunk.count("\n", begin, stop)
        if newlines:
            self.newlines += newlines
            self.last_newline = self.size + chunk.rindex("\n", begin, stop) - begin
        self.size += stop - begin
        if self.problem is None and self.size > self.max_record:
            self._give_up(f"the record is longer than {describe_chars(self.max_record)} characters")
        if self.keep and self.problem is None:
            self.pieces.append(chunk[begin:stop])

    def _give_up(self, problem: str) -> None:
        self.problem = problem
        self.pieces = []

    @property
    def open(self) -> bool:
        """True while the value has begun and not ended (a container or string still open)."""
        return self.begun and (self.depth > 0 or self.in_string)
