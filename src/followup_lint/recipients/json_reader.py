"""The JSON-array and JSON Lines readers: one :class:`Recipient` per object.

A JSON array is streamed: :class:`~.json_scan.ValueScanner` finds where each element ends,
then the element alone is decoded. A record is located by the line of its first character
and its position in the array ("record 7 (line 1)" for arrays written on one line). A bad
element (invalid JSON, not an object, over a size or nesting limit, a number too long to
convert) is reported and skipped, and the next one is read.
"""

from __future__ import annotations

import io
import json
import re
from typing import IO, Any, Iterator

from ..model import RecipientRef
from .encoding import detect_encoding, has_escaped_bytes
from .json_scan import ValueScanner
from .limits import MAX_RECORD_CHARS, MAX_VALUE_CHARS, PIECE_CHARS, SNIFF_BYTES, describe_chars
from .records import FieldMap, Recipient, RecordOrProblem, SourceProblem
from .skipped import SkipTally

_SIGNIFICANT = re.compile(r"[^\s,]")
_DECODER = json.JSONDecoder()
_TRAILING_SPACE = re.compile(r"\s*")
_NOT_SPACE = re.compile(r"\S")


def _json_type(value: Any) -> str:
    return {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}.get(
        type(value), "null"
    )


def _decode(text: str, strict_utf8: bool) -> tuple[Any, str | None, int, int]:
    """``(value, problem, line offset, column)`` of one value's text."""
    if strict_utf8 and has_escaped_bytes(text):
        return None, "is not valid UTF-8", 0, 1
    try:
        value, end = _DECODER.raw_decode(text)
        if end != len(text) and _TRAILING_SPACE.match(text, end).end() != len(text):  # type: ignore[union-attr]
            raise json.JSONDecodeError("Extra data", text, end)
        return value, None, 0, 1
    except json.JSONDecodeError as exc:
        return None, f"is not valid JSON ({exc.msg})", exc.lineno - 1, exc.colno
    except RecursionError:  # not expected: the scanner bounds the depth first
        return None, "is nested too deeply", 0, 1
    except ValueError:  # int("9" * 5000): Python's limit on integer string conversion
        return None, "holds a number too long to read (over 4,300 digits)", 0, 1


def _open_text(handle: IO[bytes], source: str) -> tuple[IO[str] | None, bool, list[SourceProblem]]:
    head = handle.read(SNIFF_BYTES)
    encoding = detect_encoding(head)
    if not head[encoding.bom :].strip(b" \t\r\n\x00"):
        return None, False, [SourceProblem("FL020", "recipients file is empty", source)]
    notices = [SourceProblem("FL022", encoding.notice, source)] if encoding.notice else []
    handle.seek(encoding.bom)
    text = io.TextIOWrapper(handle, encoding=encoding.codec, errors=encoding.errors, newline="")  # type: ignore[arg-type]
    return text, encoding.strict_utf8, notices


def read_json_array(handle: IO[bytes], source: str, fmap: FieldMap) -> Iterator[RecordOrProblem]:
    """Stream the elements of a top-level JSON array without loading the whole file."""
    text, strict_utf8, notices = _open_text(handle, source)
    yield from notices
    if text is None:
        return
    chunk = text.read(PIECE_CHARS)
    i = 0
    line = 1
    absolute = 0  # characters before ``chunk``
    last_newline = -1  # absolute offset of the last "\n" before the current position

    def advance_to(j: int) -> None:
        nonlocal line, last_newline
        count = chunk.count("\n", i, j)
        if count:
            line += count
            last_newline = absolute + chunk.rindex("\n", i, j)

    # the opening bracket
    while True:
        match = _NOT_SPACE.search(chunk, i)
        if match is not None:
            advance_to(match.start())
            i = match.start()
            break
        advance_to(len(chunk))
        absolute += len(chunk)
        chunk, i = text.read(PIECE_CHARS), 0
        if not chunk:
            yield SourceProblem("FL020", "recipients file is empty", source)
            return
    if chunk[i] != "[":
        yield SourceProblem(
            "FL020", "a .json recipients file must hold an array of objects (use .jsonl for one object per line)",
            source, line, absolute + i - last_newline,
        )
        return
    i += 1
    scanner = ValueScanner()
    checked: str | None = None  # the piece last checked for bytes that were not UTF-8
    clean = False
    tally = SkipTally(source, unit="record")
    number = 0
    records = 0
    closed = False
    while True:
        # between elements: whitespace and commas, then an element or the closing bracket
        match = _SIGNIFICANT.search(chunk, i)
        if match is None:
            advance_to(len(chunk))
            absolute += len(chunk)
            chunk, i = text.read(PIECE_CHARS), 0
            if not chunk:
                break
            continue
        advance_to(match.start())
        i = match.start()
        if chunk[i] == "]":
            closed = True
            break
        number += 1
        start_line, start_column = line, absolute + i - last_newline
        if chunk is not checked:  # once per piece
            checked, clean = chunk, not strict_utf8 or not has_escaped_bytes(chunk)
        value = None
        if chunk[i] == "{" and clean:
            # the common case: an object that ends in this piece, decoded where it lies (within
            # the limits: a piece is shorter than the longest value allowed)
            try:
                value, end = _DECODER.raw_decode(chunk, i)
            except (ValueError, RecursionError):
                pass  # cut off by the piece's end, invalid, too deep, a huge number: scanned below
            else:
                if end - i > MAX_VALUE_CHARS:  # only if the pieces were made larger than the limits
                    value = None
            if value is not None:
                advance_to(end)
                i = end
                records += 1
                yield Recipient(value, RecipientRef(start_line, source, number - 1, record=number), fmap)
                continue
        value_start = absolute + i
        scanner.start()
        end = scanner.feed(chunk, i)
        while end is None:
            absolute += len(chunk)
            chunk, i = text.read(PIECE_CHARS), 0
            if not chunk:
                break
            end = scanner.feed(chunk, 0)
        if scanner.newlines:
            line += scanner.newlines
            last_newline = value_start + scanner.last_newline
        if end is None and scanner.open:
            where = f"record {number} (line {start_line})"
            problem = SourceProblem(
                "FL021",
                f"{where} is not closed before the end of the file (it runs to line {line}); it is skipped",
                source, start_line, start_column,
            )
            reported = tally.skip(number, problem)
            if reported is not None:
                yield reported
            break
        i = end if end is not None else 0
        item = _element(scanner, number, start_line, start_column, source, fmap, strict_utf8)
        if isinstance(item, Recipient):
            records += 1
            yield item
        else:
            reported = tally.skip(number, item)
            if reported is not None:
                yield reported
        if end is None:
            break
    summary = tally.summary(records)
    if summary is not None:
        yield summary
    if not closed and not (number and scanner.open):
        yield SourceProblem("FL021", "JSON array is not closed with ']'", source, line)
    if records == 0 and tally.count == 0:
        yield SourceProblem("FL020", "the JSON array holds no records", source, line)


def _element(scanner: ValueScanner, number: int, line: int, column: int, source: str, fmap: FieldMap,
             strict_utf8: bool) -> RecordOrProblem:
    if scanner.problem is None:
        value, problem, line_offset, error_column = _decode(scanner.text, strict_utf8)
        if type(value) is dict:
            return Recipient(value, RecipientRef(line, source, number - 1, record=number), fmap)
    where = f"record {number} (line {line})"
    if scanner.problem is not None:
        return SourceProblem("FL021", f"{where}: {scanner.problem}; the record is skipped", source, line, column)
    if problem is not None:
        at_column = column + error_column - 1 if line_offset == 0 else error_column
        return SourceProblem("FL021", f"{where} {problem}; the record is skipped", source, line + line_offset, at_column)
    return SourceProblem("FL021", f"{where}: expected a JSON object, found {_json_type(value)}", source, line, column)


def read_jsonl(handle: IO[bytes], source: str, fmap: FieldMap) -> Iterator[RecordOrProblem]:
    """One JSON object per line; a bad line is reported and skipped."""
    text, strict_utf8, notices = _open_text(handle, source)
    yield from notices
    if text is None:
        return
    scanner = ValueScanner(keep=False)
    tally = SkipTally(source)
    index = 0
    line_no = 0
    while True:
        raw, too_long = _read_line(text)
        if raw is None:
            break
        line_no += 1
        stripped = raw.strip()
        if not stripped and not too_long:
            continue
        problem: str | None = None
        column = 1
        value: Any = None
        if too_long:
            problem = f"the line is longer than {describe_chars(MAX_RECORD_CHARS)} characters; the record is skipped"
        else:
            scanner.start()
            scanner.feed(stripped)
            if scanner.problem is not None:
                problem = f"{scanner.problem}; the record is skipped"
            else:
                value, why, _, column = _decode(stripped, strict_utf8)
                if why is not None:
                    problem = f"the line {why}; the record is skipped"
                    column += len(raw) - len(raw.lstrip())
                elif not isinstance(value, dict):
                    problem = f"expected a JSON object, found {_json_type(value)}"
        if problem is not None:
            reported = tally.skip(line_no, SourceProblem("FL021", problem, source, line_no, column))
            if reported is not None:
                yield reported
            continue
        yield Recipient(value, RecipientRef(line_no, source, index), fmap)
        index += 1
    summary = tally.summary(index)
    if summary is not None:
        yield summary
    if index == 0 and tally.count == 0:
        yield SourceProblem("FL020", "recipients file holds no records", source)


def _read_line(text: IO[str]) -> tuple[str | None, bool]:
    """The next line (None at the end of the file), and whether it was over the record limit
    (its text is then dropped, not kept)."""
    pieces: list[str] = []
    size = 0
    too_long = False
    while True:
        piece = text.readline(PIECE_CHARS)
        if not piece:
            if not pieces and not too_long:
                return None, False
            break
        size += len(piece)
        if size > MAX_RECORD_CHARS:
            too_long, pieces = True, []
        elif not too_long:
            pieces.append(piece)
        if piece[-1] in "\r\n":
            break
    return ("".join(pieces), too_long)
