"""Splitting decoded CSV text into records, in linear time, with the line each record starts on.

Python's ``csv`` module cannot do three things a linter needs: give up on a value that is
too large without losing the rows around it (it resynchronises mid-field and reports every
later line), recover from a quote that is never closed (the rest of the file becomes one
field), and say which physical line a record starts on. This splitter reads the text in
pieces of bounded size, never builds a value over the limit (it keeps scanning to find where
the record ends), and when a quoted field opened on one line leaves the record with the
wrong number of fields or runs to the end of the file, it reports that row and reads on from
the line after it (seeking back). Re-reading is bounded so that a file full of stray quotes
is still read in linear time.

Quoting follows RFC 4180 as Excel writes it: a field that starts with ``"`` is quoted, ``""``
inside it is one quote, a quote inside an unquoted field is kept as a character, and text
after a closing quote is kept (as Python's ``csv`` module does).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Iterator

from .limits import MAX_RECORD_CHARS, MAX_VALUE_CHARS, PIECE_CHARS, describe_chars

_QUOTE = '"'
#: Characters that may be read a second time while recovering from broken quotes, beyond
#: the size of the file itself.
_REREAD_ALLOWANCE = 8 * 1024 * 1024


@dataclass(slots=True)
class Row:
    """One record: ``fields`` (None when it was skipped, with ``problem`` saying why), the
    physical ``line`` it starts on and ``end_line`` it ends on (1-based)."""

    line: int
    end_line: int
    fields: list[str] | None
    problem: str | None = None
    column: int = 1


class CsvRows:
    """Iterate the records of ``text`` (an :class:`io.TextIOWrapper` opened with ``newline=""``).

    Set :attr:`width` (the header's field count) after the header row so that a broken
    quote can be told from a legitimate multi-line value.
    """

    def __init__(self, text: IO[str], delimiter: str, *, max_value: int = MAX_VALUE_CHARS,
                 max_record: int = MAX_RECORD_CHARS, piece: int = PIECE_CHARS) -> None:
        self.text = text
        self.delimiter = delimiter
        self.max_value = max_value
        self.max_record = max_record
        self.piece = piece
        self.width: int | None = None
        self.line = 0  # physical lines consumed
        self._resumed = False
        self._cut_cr = False  # the last piece ended with "\r" at the piece size: a "\n" may follow
        self.cookie_cut_cr = False
        self._pos = 0  # characters consumed along the current reading
        self._high = 0  # furthest character ever reached
        self._reread = 0  # characters read again after recoveries
        self._reset()

    def skip_line(self) -> None:
        """Consume one physical line (Excel's ``sep=`` line)."""
        while True:
            piece = self.text.readline(self.piece)
            self._pos += len(piece)
            if not piece or piece[-1] in "\r\n":
                break
        if piece:
            self.line += 1

    # ------------------------------------------------------------------ record state

    def _reset(self) -> None:
        self.fields: list[str] = []
        self.nfields = 0
        self.cur: list[str] = []
        self.cur_len = 0
        self.rec_len = 0
        self.in_quotes = False
        self.at_start = True
        self.pending_quote = False
        self.quote_column = 0
        self.quoted = False
        self.dropped: tuple[str, int] | None = None
        self.start: int | None = None
        self.cookie: int | None = None  # text position after the record's first line
        self.cookie_pos = 0

    def _add(self, chunk: str) -> None:
        if self.dropped is not None or not chunk:
            return
        self.cur_len += len(chunk)
        self.rec_len += len(chunk)
        if self.cur_len > self.max_value:
            self._drop(f"the value in column {self.nfields + 1} is longer than {describe_chars(self.max_value)} characters",
                       self.nfields + 1)
        elif self.rec_len > self.max_record:
            self._drop(f"the row is longer than {describe_chars(self.max_record)} characters", 1)
        else:
            self.cur.append(chunk)

    def _drop(self, why: str, column: int) -> None:
        self.dropped = (why, column)
        self.fields = []
        self.cur = []

    def _end_field(self) -> None:
        if self.dropped is None:
            self.fields.append("".join(self.cur) if len(self.cur) != 1 else self.cur[0])
            self.rec_len += 1
            if self.rec_len > self.max_record:
                self._drop(f"the row is longer than {describe_chars(self.max_record)} characters", 1)
        self.nfields += 1
        self.cur = []
        self.cur_len = 0
        self.at_start = True

    def _scan(self, s: str, complete: bool) -> None:
        """Consume ``s`` (a piece of one physical line, without its line break). ``complete``
        is True when the line (or the file) ends after ``s``."""
        i, n = 0, len(s)
        delimiter = self.delimiter
        if self.pending_quote:  # the previous piece ended with a quote inside a quoted field
            self.pending_quote = False
            if n and s[0] == _QUOTE:
                self._add(_QUOTE)
                i = 1
            else:
                self.in_quotes = False
        while i < n:
            if self.in_quotes:
                j = s.find(_QUOTE, i)
                if j < 0:
                    self._add(s[i:])
                    return
                if j + 1 < n:
                    if s[j + 1] == _QUOTE:
                        self._add(s[i : j + 1])
                        i = j + 2
                        continue
                    self._add(s[i:j])
                    self.in_quotes = False
                    i = j + 1
                    continue
                self._add(s[i:j])
                if complete:
                    self.in_quotes = False
                else:
                    self.pending_quote = True
                return
            if self.at_start and s[i] == _QUOTE:
                self.in_quotes = True
                self.at_start = False
                self.quote_column = self.nfields + 1
                self.quoted = True
                i += 1
                continue
            self.at_start = False
            k = s.find(delimiter, i)
            if k < 0:
                self._add(s[i:])
                return
            self._add(s[i:k])
            self._end_field()
            i = k + 1

    # ------------------------------------------------------------------ reading

    def __iter__(self) -> Iterator[Row]:
        text = self.text
        size = self.piece
        quote = _QUOTE
        delimiter = self.delimiter
        open_line = False
        while True:
            piece = text.readline(size)
            self._pos += len(piece)
            if self._pos > self._high:
                self._high = self._pos
            if not piece:
                if open_line:
                    self.line += 1  # the last line has no line break
                    open_line = False
                row = self._at_end_of_file()
                if row is not None:
                    yield row
                if not self._resumed:
                    return
                self._resumed = False  # a broken quote: reading goes on after the reported row
                continue
            if self._cut_cr and piece[0] == "\n":
                # a "\r\n" split by the piece size: the "\n" belongs to the line already counted
                piece = piece[1:]
                if not piece:
                    self._cut_cr = False
                    continue
            self._cut_cr = False
            if piece[-1] == "\n":
                body = piece[:-2] if piece.endswith("\r\n") else piece[:-1]
                brk = piece[len(body):]
            elif piece[-1] == "\r":
                body, brk = piece[:-1], "\r"
                self._cut_cr = len(piece) == size
            else:
                body, brk = piece, ""
            open_line = not brk
            if self.start is None:
                self.start = self.line + 1
                if brk and quote not in body and len(body) <= self.max_value:
                    # the common case: a whole record on one line, without quotes
                    self.line += 1
                    fields = body.split(delimiter)
                    if len(body) + len(fields) > self.max_record:
                        yield Row(self.line, self.line, None, f"the row is longer than {describe_chars(self.max_record)} characters")
                    elif len(fields) > 1 or fields[0].strip():
                        yield Row(self.line, self.line, fields)
                    self.start = None
                    continue
            self._scan(body, bool(brk))
            if not brk:
                continue  # a long line (its next piece follows) or the last line
            self.line += 1
            if self.in_quotes:
                self._add(brk)
                if self.cookie is None:
                    self.cookie = text.tell()
                    self.cookie_pos = self._pos
                    self.cookie_cut_cr = self._cut_cr
                continue
            self._end_field()
            row = self._finish_record()
            self._resumed = False
            if row is not None:
                yield row

    def _finish_record(self) -> Row | None:
        start = self.start or self.line
        if self.cookie is not None and self.width is not None and self.nfields != self.width and self.dropped is None:
            column, end, fields = self.quote_column, self.line, self.nfields
            if self._recover():
                return Row(start, start, None,
                           f"a quoted field opened in column {column} does not close where the row should end "
                           f"(it would span lines {start}-{end}, giving {fields} fields instead of {self.width}); "
                           "the row is skipped and reading goes on with the next line", column)
        end = self.line
        if self.dropped is not None:
            why, column = self.dropped
            row = Row(start, end, None, f"{why}; the row is skipped", column)
        elif self.nfields == 1 and not self.quoted and not self.fields[0].strip():
            row = None  # a blank line
        else:
            row = Row(start, end, self.fields)
        self._reset()
        return row

    def _at_end_of_file(self) -> Row | None:
        if self.start is None:
            return None
        if self.pending_quote:
            self.pending_quote = False
            self.in_quotes = False
        start = self.start
        if not self.in_quotes:
            if self.cur or not self.at_start or self.nfields:
                self._end_field()
            return self._finish_record()
        # a quote is still open at the end of the file
        column = self.quote_column
        if self.cookie is not None and self._recover():
            return Row(start, start, None,
                       f"a quoted field opened in column {column} is never closed; the row is skipped "
                       "and reading goes on with the next line", column)
        end = max(self.line, start)
        self._reset()
        lines = f"line {start}" if end == start else f"lines {start}-{end}"
        return Row(start, end, None,
                   f"a quoted field opened in column {column} is never closed, so the rest of the file "
                   f"({lines}) could not be read as rows", column)

    def _recover(self) -> bool:
        """Go back to the line after the current record's first line, if the re-reading
        budget allows; the caller reports the first line as a broken row."""
        span = self._pos - self.cookie_pos
        if self.cookie is None or self._reread + span > self._high + _REREAD_ALLOWANCE:
            return False
        self._reread += span
        self._resumed = True
        self._cut_cr = self.cookie_cut_cr
        self.text.seek(self.cookie)
        self._pos = self.cookie_pos
        self.line = self.start or self.line
        self._reset()
        return True
