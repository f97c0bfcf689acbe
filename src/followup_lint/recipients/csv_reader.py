"""The CSV/TSV reader: encoding, delimiter, header row, then one :class:`Recipient` per row.

Every row that is not a record is reported with its line (FL021) and counted; a file with no
records at all is reported (FL020); a header row that looks like a person is reported
(FL023). Messages name lines and columns, never the values in them (recipient data is
personal data, and a header without column names is a person).
"""

from __future__ import annotations

import io
import itertools
from typing import IO, Any, Iterator

from ..model import RecipientRef
from .csv_rows import CsvRows, Row
from .dialect import guess_delimiter, sep_line
from .encoding import detect_encoding, has_escaped_bytes
from .header_check import header_evidence
from .limits import SNIFF_BYTES
from .records import FieldMap, Recipient, RecordOrProblem, SourceProblem
from .skipped import SkipTally

HEADER_LOOKS_LIKE_RECORD = "FL023"


def read_csv(handle: IO[bytes], source: str, fmap: FieldMap) -> Iterator[RecordOrProblem]:
    head = handle.read(SNIFF_BYTES)
    encoding = detect_encoding(head)
    if not head[encoding.bom :].strip(b" \t\r\n\x00"):
        yield SourceProblem("FL020", "recipients file is empty", source)
        return
    if encoding.notice:
        yield SourceProblem("FL022", encoding.notice, source)
    handle.seek(encoding.bom)
    text = io.TextIOWrapper(handle, encoding=encoding.codec, errors=encoding.errors, newline="")  # type: ignore[arg-type]
    sample = head[encoding.bom :].decode(encoding.codec, errors="replace")
    named = sep_line(sample)
    if named is not None:
        sample = sample.split("\n", 1)[1] if "\n" in sample else ""
    delimiter = named or guess_delimiter(sample, tab_file=source.lower().endswith(".tsv"))
    rows = CsvRows(text, delimiter)
    if named is not None:
        rows.skip_line()
    header_line = rows.line + 1
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        yield SourceProblem("FL020", "recipients file has no header row", source, header_line)
        return
    if first.fields is None:
        yield SourceProblem("FL020", f"cannot read the header row: {first.problem}", source, first.line, first.column)
        return
    header = [cell.strip() for cell in first.fields]
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]
    evidence = header_evidence(header, fmap)
    headless = evidence is not None
    if headless:
        # a person, not column names: read the row as a record and name the columns by number,
        # so neither the person is lost nor their values become field names in any message
        yield SourceProblem(
            HEADER_LOOKS_LIKE_RECORD,
            f"the first row looks like a recipient, not column names ({evidence}, and no column has a known "
            "name such as first_name or email); it is read as a record and the columns are called column_1, "
            "column_2, ...; add a header row",
            source, first.line,
        )
        header = [f"column_{position}" for position in range(1, len(header) + 1)]
        iterator = itertools.chain([first], iterator)
    else:
        yield from _header_problems(header, source, first.line)
    rows.width = width = len(header)
    roles = fmap.resolve([h for h in header if h])
    strict_utf8 = encoding.strict_utf8
    tally = SkipTally(source)
    index = 0
    for row in iterator:
        problem = _row_problem(row, width, strict_utf8)
        if problem is not None:
            reported = tally.skip(row.line, SourceProblem("FL021", problem, source, row.line, row.column))
            if reported is not None:
                yield reported
            continue
        record: dict[str, Any] = {}
        for key, value in zip(header, row.fields):  # type: ignore[arg-type]
            if key and key not in record:
                record[key] = value
        recipient = Recipient(record, RecipientRef(row.line, source, index), fmap)
        recipient._roles = roles
        index += 1
        yield recipient
    summary = tally.summary(index)
    if summary is not None:
        yield summary
    if index == 0 and tally.count == 0 and not headless:
        yield SourceProblem("FL020", "recipients file has a header row but no records", source, first.line)


def _row_problem(row: Row, width: int, strict_utf8: bool) -> str | None:
    if row.fields is None:
        return row.problem or "the row cannot be read; it is skipped"
    if len(row.fields) != width:
        return f"row has {len(row.fields)} fields but the header has {width}; the row is skipped"
    if strict_utf8 and has_escaped_bytes("".join(row.fields)):  # one check per row, not per value
        return "row is not valid UTF-8 (mixed encodings in one file); the row is skipped"
    return None


def _header_problems(header: list[str], source: str, line: int) -> Iterator[SourceProblem]:
    first_seen: dict[str, int] = {}
    for position, name in enumerate(header, start=1):
        if not name:
            yield SourceProblem("FL021", f"header column {position} has no name; its values are ignored", source, line, position)
        elif name in first_seen:
            yield SourceProblem(
                "FL021", f"header column {position} has the same name as column {first_seen[name]}; the first one is used",
                source, line, position,
            )
        else:
            first_seen[name] = position
