"""Fuzzing the recipient readers (bounded): whatever the bytes, no exception escapes, and every
row of the file is either a record or counted in a reported problem; no value is ever quoted
in a message."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Iterator

import pytest

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import followup_lint.recipients.json_reader as json_reader
from followup_lint.recipients import Recipient, SourceProblem, read_recipient_file
from followup_lint.recipients.csv_reader import HEADER_LOOKS_LIKE_RECORD
from followup_lint.recipients.csv_rows import CsvRows
from followup_lint.recipients.dialect import guess_delimiter

NAMES = ["Parissa", "Behnia", "Siobhán", "Ní Bhriain", "Jean-Luc", "de la Cruz", "Zoë", "Lefèvre-Martin",
         "王伟", "山田 美咲", "Oluwaseun", "O'Neill", "parissa.behnia@bluefinch.example"]
NASTY = ['"', '""', ",", ";", "\t", "\n", "\r\n", "\r", "\x00", " ", "\ufeff", "\\", "[", "{", "é"]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

value = st.one_of(st.sampled_from(NAMES), st.lists(st.sampled_from(NASTY + list("abcXYZ09")), max_size=8).map("".join))
table = st.integers(min_value=1, max_value=5).flatmap(
    lambda width: st.lists(st.lists(value, min_size=width, max_size=width), min_size=1, max_size=12)
)
mutations = st.lists(st.tuples(st.integers(min_value=0, max_value=10_000), st.sampled_from(["delete", *NASTY])), max_size=4)


def mutate(text: str, edits: list[tuple[int, str]]) -> str:
    for position, edit in edits:
        if not text:
            break
        at = position % len(text)
        text = text[:at] + text[at + 1 :] if edit == "delete" else text[:at] + edit + text[at:]
    return text


@contextmanager
def piece_size(chars: int) -> Iterator[None]:
    """Read the JSON text in pieces of ``chars`` characters: values cut at every place."""
    saved = json_reader.PIECE_CHARS
    json_reader.PIECE_CHARS = chars
    try:
        yield
    finally:
        json_reader.PIECE_CHARS = saved


def physical_lines(text: str) -> list[str]:
    """Lines as the reader counts them: split at \\r\\n, \\r or \\n."""
    lines = re.split(r"\r\n|\r|\n", text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def no_names_in(messages: list[str]) -> None:
    for message in messages:
        for name in NAMES:
            assert name.casefold() not in message.casefold(), (name, message)


@FUZZ
@given(rows=table, delimiter=st.sampled_from([",", ";", "\t"]), terminator=st.sampled_from(["\n", "\r\n"]),
       edits=mutations, piece=st.integers(min_value=1, max_value=40), max_value=st.integers(min_value=1, max_value=30))
def test_csv_rows_cover_every_line_exactly_once(rows: list[list[str]], delimiter: str, terminator: str,
                                                 edits: list[tuple[int, str]], piece: int, max_value: int) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=terminator).writerows(rows)
    text = mutate(out.getvalue(), edits)
    splitter = CsvRows(io.StringIO(text, newline=""), delimiter, max_value=max_value, max_record=4 * max_value, piece=piece)
    splitter.width = len(rows[0])
    found = list(splitter)
    covered: list[int] = []
    for row in found:
        assert row.end_line >= row.line
        covered.extend(range(row.line, row.end_line + 1))
        if row.fields is not None:
            assert all(len(field) <= max_value for field in row.fields)
    assert covered == sorted(set(covered)), "a line belongs to two rows"
    lines = physical_lines(text)
    missing = [n for n, line in enumerate(lines, start=1) if line.strip() and n not in covered]
    assert not missing, f"lines {missing} are neither a row nor reported"


@FUZZ
@given(rows=table, delimiter=st.sampled_from([",", ";", "\t"]), edits=mutations,
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
@example(  # found by this test: a garbled header that reads as a person (FL023) is itself a record
    rows=[["Jean-Luc", "\t", "\t"], ['\r""\r;a', "[", "Jean-Luc"], ["Jean-Luc", "\\\x00\ufeff", "\\a\r\nZ "]],
    delimiter=";", edits=[(3450, ","), (0, ";"), (3166, ","), (9010, " ")], encoding="utf-8",
)
def test_csv_reader_reports_every_row_it_does_not_return(tmp_path_factory: Any, rows: list[list[str]], delimiter: str,
                                                        edits: list[tuple[int, str]], encoding: str) -> None:
    header = ["First Name", "Last Name", "Email", "Company", "Notes"][: len(rows[0])]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    text = mutate(out.getvalue(), edits)
    path = tmp_path_factory.mktemp("fuzz") / "export.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    items = list(read_recipient_file(path))
    assert all(isinstance(item, (Recipient, SourceProblem)) for item in items)
    no_names_in([item.message for item in items if isinstance(item, SourceProblem)])
    records = [item for item in items if isinstance(item, Recipient)]
    skipped = [p for p in items if isinstance(p, SourceProblem) and p.code == "FL021"
               and not p.message.startswith("header column") and "were skipped" not in p.message]
    starts = [r.ref.row for r in records] + [p.line for p in skipped]
    assert len(starts) == len(set(starts)), "a row was returned twice"
    if encoding.startswith("utf-8"):
        # every row the splitter finds after the header is a record or a reported problem
        delimiter_used = guess_delimiter(text.lstrip("\ufeff"))
        splitter = CsvRows(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter_used)
        rows_found = iter(splitter)
        first = next(rows_found, None)
        if first is not None and first.fields is not None:
            splitter.width = len(first.fields)
            # a first row that reads as a person, not column names, is reported (FL023) and
            # returned as a record itself
            headless = any(isinstance(p, SourceProblem) and p.code == HEADER_LOOKS_LIKE_RECORD for p in items)
            assert len(records) + len(skipped) == len(list(rows_found)) + (1 if headless else 0)
    if not edits and encoding != "cp1252" and len(header) > 1:
        # a one-column row of blanks is written unquoted: it is a blank line (an empty value is quoted)
        def blank_line(row: list[str]) -> bool:
            only = row[0]
            return len(row) == 1 and bool(only) and not only.strip() and not any(c in only for c in '\r\n"' + delimiter)

        written = [row for row in rows if not blank_line(row)]
        assert [list(r.data.values()) for r in records] == written


json_record = st.dictionaries(st.sampled_from(["first_name", "last_name", "email", "company", "score"]),
                              st.one_of(st.sampled_from(NAMES), st.integers(), st.none(), st.booleans()), max_size=5)


@FUZZ
@given(people=st.lists(json_record, max_size=8), indent=st.sampled_from([None, 2]), edits=mutations,
       piece=st.integers(min_value=1, max_value=64))
def test_json_array_reader_never_raises(tmp_path_factory: Any, people: list[dict[str, Any]],
                                        indent: int | None, edits: list[tuple[int, str]], piece: int) -> None:
    text = mutate(json.dumps(people, indent=indent, ensure_ascii=False), edits)
    path = tmp_path_factory.mktemp("fuzz") / "contacts.json"
    path.write_text(text, encoding="utf-8")
    with piece_size(piece):
        items = list(read_recipient_file(path))
    assert all(isinstance(item, (Recipient, SourceProblem)) for item in items)
    no_names_in([item.message for item in items if isinstance(item, SourceProblem)])
    if not edits:
        got = [(item.ref.record, dict(item.data)) for item in items if isinstance(item, Recipient)]
        assert got == list(enumerate(people, start=1))


@FUZZ
@given(people=st.lists(json_record, min_size=1, max_size=8), edits=mutations)
def test_jsonl_every_line_is_a_record_or_a_problem(tmp_path_factory: Any, people: list[dict[str, Any]],
                                                   edits: list[tuple[int, str]]) -> None:
    text = mutate("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in people), edits)
    path = tmp_path_factory.mktemp("fuzz") / "contacts.jsonl"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    items = list(read_recipient_file(path))
    no_names_in([item.message for item in items if isinstance(item, SourceProblem)])
    # a byte-order mark at the very start is the file's UTF-8 signature, not text: a first line
    # holding only it is blank (found by this test: "\ufeff\n{}\n" has one record, on line 2)
    signed_off = text[1:] if text.startswith("\ufeff") else text
    lines = [n for n, line in enumerate(physical_lines(signed_off), start=1) if line.strip()]
    records = [item.ref.row for item in items if isinstance(item, Recipient)]
    skipped = [p.line for p in items if isinstance(p, SourceProblem) and p.code == "FL021" and "were skipped" not in p.message]
    if lines:
        assert sorted(records + skipped) == lines


@pytest.mark.parametrize("name, data, lines", [
    # found by the fuzz test above: one NUL byte in a 7-byte file was read as UTF-16, and the
    # second line disappeared into a garbled first one
    ("contacts.jsonl", b'{}\x00\t\n{\n', [1, 2]),
    ("contacts.jsonl", b'{"email": "ana@example.com"}\n{"email": "wei\x00@example.com"}\n{\n', [1, 2, 3]),
    ("contacts.csv", b'email,first_name\nana@example.com,Ana\x00\nwei@example.com,Wei\n', [2, 3]),
    # the UTF-8 signature alone on the first line is a blank line; the second line still counts
    ("contacts.jsonl", b'\xef\xbb\xbf\n{}\n', [2]),
    ("contacts.jsonl", b'\xef\xbb\xbf\r\n{"email": "ana@example.com"}\r\n{\r\n', [2, 3]),
])
def test_a_stray_nul_byte_does_not_make_a_file_utf16(tmp_path: Any, name: str, data: bytes, lines: list[int]) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_recipient_file(path))
    records = [item.ref.row for item in items if isinstance(item, Recipient)]
    skipped = [p.line for p in items if isinstance(p, SourceProblem) and p.code == "FL021" and "were skipped" not in p.message]
    assert sorted(records + skipped) == lines
    assert not any(isinstance(p, SourceProblem) and p.code == "FL022" for p in items)  # no encoding notice either
