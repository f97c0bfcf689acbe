"""Recipient readers (CSV / JSON / JSONL, streamed) and the normalised name view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import followup_lint.recipients.json_reader as json_reader
from _core_testing import core_linter, lint_path0
from followup_lint import Finding, RecipientCheck, RuleDocs, RuleSpec, Scope, Severity
from followup_lint.model import RecipientRef
from followup_lint.recipients import FieldMap, Recipient, SourceProblem, read_recipient_file, read_records


def read(path: Path) -> list[Recipient | SourceProblem]:
    return list(read_recipient_file(path))


def rows(items: list[Recipient | SourceProblem]) -> list[tuple[int, dict[str, Any]]]:
    return [(item.ref.row, dict(item.data)) for item in items if isinstance(item, Recipient)]


def problems(items: list[Recipient | SourceProblem]) -> list[tuple[str, int]]:
    return [(item.code, item.line) for item in items if isinstance(item, SourceProblem)]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- CSV


def test_csv_with_utf8_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "attendees.csv", b"\xef\xbb\xbffirst_name,last_name,email\nZo\xc3\xab,Lef\xc3\xa8vre,zoe.lefevre@atelier.example\n")
    items = read(path)
    assert problems(items) == []
    assert rows(items) == [(2, {"first_name": "Zoë", "last_name": "Lefèvre", "email": "zoe.lefevre@atelier.example"})]
    (recipient,) = items
    assert recipient.names.given == "Zoë"  # the BOM is not glued to the first column name
    assert recipient.ref == RecipientRef(2, str(path), 0)


def test_cp1252_file_is_decoded_with_a_notice(tmp_path: Path) -> None:
    data = "first_name;last_name;email\nJosé;García Márquez;jose.garcia@solmar.example\nZoë;Müller;zoe.mueller@rheinwerk.example\n"
    path = write(tmp_path, "crm-export.csv", data.encode("cp1252"))
    items = read(path)
    assert problems(items) == [("FL022", 1)]
    assert [r for _, r in rows(items)] == [
        {"first_name": "José", "last_name": "García Márquez", "email": "jose.garcia@solmar.example"},
        {"first_name": "Zoë", "last_name": "Müller", "email": "zoe.mueller@rheinwerk.example"},
    ]


def test_cp1252_notice_is_an_info_diagnostic(tmp_path: Path) -> None:
    write(tmp_path, "recipients.csv", "first_name,email\nJosé,jose@solmar.example\n".encode("cp1252"))
    write(tmp_path, "hello.j2", "Hi {{ first_name }},\n")
    report = lint_path0(tmp_path)
    (notice,) = [d for d in report.diagnostics if d.code == "FL022"]
    assert notice.severity == "info"
    assert notice.path.endswith("recipients.csv")
    assert report.ok  # a notice, not a failure


def test_cp1252_undefined_bytes_fall_back_to_latin1(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252: no byte may be lost
    path = write(tmp_path, "odd.csv", b"first_name,last_name\nJos\xe9,A\x81B\n")
    assert rows(read(path)) == [(2, {"first_name": "José", "last_name": "A\x81B"})]


@pytest.mark.parametrize(("delimiter", "name"), [(";", "export.csv"), ("\t", "export.csv"), ("\t", "export.tsv"), ("|", "export.csv")])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str, name: str) -> None:
    lines = [
        ["first_name", "last_name", "company", "email"],
        ["Parissa", "Behnia", "Bluefinch Labs, Inc.", "parissa.behnia@bluefinch.example"],
        ["Kwame", "Mensah", "Accra Works", "kwame.mensah@accraworks.example"],
    ]
    text = "\n".join(delimiter.join(f'"{c}"' if "," in c and delimiter == "," else c for c in line) for line in lines) + "\n"
    items = read(write(tmp_path, name, text))
    assert problems(items) == []
    assert rows(items)[0] == (2, dict(zip(lines[0], lines[1])))
    assert rows(items)[1][1]["email"] == "kwame.mensah@accraworks.example"


def test_quoted_newlines_keep_later_row_numbers(tmp_path: Path) -> None:
    text = (
        "first_name,last_name,question\n"
        'Wei,Zhang,"What about seasonality?\nAnd weekly cohorts?\nThanks!"\n'
        "Aiko,Tanaka,\n"
        'Kwame,Mensah,"Weekly, or monthly?"\n'
        "Ragged,Row\n"
        "Sarah,Cohen,last\n"
    )
    items = read(write(tmp_path, "attendees.csv", text))
    assert [(row, data["first_name"]) for row, data in rows(items)] == [(2, "Wei"), (5, "Aiko"), (6, "Kwame"), (8, "Sarah")]
    assert rows(items)[0][1]["question"] == "What about seasonality?\nAnd weekly cohorts?\nThanks!"
    assert problems(items) == [("FL021", 7)]
    assert [item.ref.index for item in items if isinstance(item, Recipient)] == [0, 1, 2, 3]


def test_ragged_rows_are_reported_and_later_rows_still_linted(tmp_path: Path) -> None:
    write(
        tmp_path, "recipients.csv",
        "first_name,last_name,email\n"
        "Parissa,Behnia,parissa.behnia@bluefinch.example,extra\n"
        "Wei\n"
        "*|FNAME|*,Hughes,k.hughes@fernhill.example\n",
    )
    write(tmp_path, "thanks.j2", "Hi {{ first_name }},\n\nThanks for joining.\n")
    report = lint_path0(tmp_path)
    found = [(d.code, d.line, Path(d.path).name, d.recipient.row if d.recipient else None) for d in report.diagnostics]
    assert ("FL021", 2, "recipients.csv", None) in found
    assert ("FL021", 3, "recipients.csv", None) in found
    assert ("FL007", 1, "thanks.j2", 4) in found  # the row after the broken ones was rendered and checked
    ragged = [d for d in report.diagnostics if d.code == "FL021" and d.line == 2]
    assert "4 fields but the header has 3" in ragged[0].message
    assert report.summary["recipients"] == 1


def test_invalid_utf8_byte_in_one_row_of_a_utf8_file(tmp_path: Path) -> None:
    data = (
        "first_name,last_name\n".encode()
        + "José,García\n".encode()
        + b"Bad\xff,Row\n"
        + "Zoë,Lefèvre\n".encode()
        + "Siobhán,Ní Bhriain\n".encode()
    )
    items = read(write(tmp_path, "mixed.csv", data))
    assert problems(items) == [("FL021", 3)]  # no FL022: the file is UTF-8
    assert [(row, d["first_name"]) for row, d in rows(items)] == [(2, "José"), (4, "Zoë"), (5, "Siobhán")]


def test_invalid_utf8_after_the_sniffed_head(tmp_path: Path) -> None:
    ascii_rows = "".join(f"Attendee{i},Example,a{i}@example.com\n" for i in range(3000))  # > 64 KiB
    data = b"first_name,last_name,email\n" + ascii_rows.encode() + b"Bad\xe9,Row,bad@example.com\nLast,Row,last@example.com\n"
    items = read(write(tmp_path, "late.csv", data))
    assert problems(items) == [("FL021", 3002)]
    assert rows(items)[-1] == (3003, {"first_name": "Last", "last_name": "Row", "email": "last@example.com"})


def test_empty_file(tmp_path: Path) -> None:
    assert problems(read(write(tmp_path, "empty.csv", ""))) == [("FL020", 1)]
    assert problems(read(write(tmp_path, "blank.csv", "\n\n  \n"))) == [("FL020", 1)]


def test_header_only_is_reported(tmp_path: Path) -> None:
    (problem,) = read(write(tmp_path, "header.csv", "first_name,last_name,email\n"))
    assert (problem.code, problem.line) == ("FL020", 1)
    assert "header row but no records" in problem.message


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    items = read(write(tmp_path, "gaps.csv", "first_name,email\n\nWei,wei@lotusdata.example\n\n"))
    assert rows(items) == [(3, {"first_name": "Wei", "email": "wei@lotusdata.example"})]


def test_duplicate_and_empty_header_columns(tmp_path: Path) -> None:
    items = read(write(tmp_path, "dup.csv", "first_name,First_Name,first_name,,email\nWei,X,Y,Z,wei@lotusdata.example\n"))
    assert [(p.code, p.line, p.column) for p in items if isinstance(p, SourceProblem)] == [
        ("FL021", 1, 3),
        ("FL021", 1, 4),
    ]
    assert rows(items) == [(2, {"first_name": "Wei", "First_Name": "X", "email": "wei@lotusdata.example"})]


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    missing = read(tmp_path / "nope.csv")
    assert problems(missing) == [("FL020", 1)]
    assert "cannot read" in missing[0].message
    unsupported = read(write(tmp_path, "list.xlsx", b"PK\x03\x04"))
    assert problems(unsupported) == [("FL020", 1)]
    assert ".xlsx" in unsupported[0].message


# --------------------------------------------------------------------------- JSON / JSONL

ARRAY = """[
  {"first_name": "Zoë", "last_name": "Lefèvre", "score": 12345.678, "visits": 1234567890},
  {"first_name": "李", "last_name": "小龙", "attended": true, "notes": null},
  42,
  "just a string",
  {"contact": {"firstname": "Aiko", "lastname": "Tanaka"}},
  {"first_name": "Siobhán", "question": "Weekly, or \\"monthly\\"? \\u00e9 \\ud83d\\ude00"}
]
"""


def expected_array() -> list[Any]:
    return [
        (2, 0, {"first_name": "Zoë", "last_name": "Lefèvre", "score": 12345.678, "visits": 1234567890}),
        (3, 1, {"first_name": "李", "last_name": "小龙", "attended": True, "notes": None}),
        ("FL021", 4, "record 3 (line 4): expected a JSON object, found a number"),
        ("FL021", 5, "record 4 (line 5): expected a JSON object, found a string"),
        (6, 4, {"contact": {"firstname": "Aiko", "lastname": "Tanaka"}}),
        (7, 5, {"first_name": "Siobhán", "question": 'Weekly, or "monthly"? é \U0001F600'}),
        ("FL021", 1, "2 records of this file were skipped and not linted (records 3-4); 4 records were read"),
    ]


def summarise(items: list[Recipient | SourceProblem]) -> list[Any]:
    return [
        (item.ref.row, item.ref.index, dict(item.data)) if isinstance(item, Recipient) else (item.code, item.line, item.message)
        for item in items
    ]


def test_json_array(tmp_path: Path) -> None:
    assert summarise(read(write(tmp_path, "attendees.json", ARRAY))) == expected_array()


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 11, 13])
def test_json_array_across_chunk_boundaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(json_reader, "PIECE_CHARS", chunk)
    assert summarise(read(write(tmp_path, "attendees.json", ARRAY))) == expected_array()


def test_bare_scalars_split_at_every_position(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # numbers that a chunk boundary could cut into two valid-looking halves: "1." + "5", "2e" + "10"
    text = '[1.5, -2.5e+10, 12345, true, null, "Zoë 李", 7, {"first_name": "Zoë", "n": 1.25e-3}]'
    path = write(tmp_path, "scalars.json", text)
    reference = summarise(read(path))
    assert reference[-2] == (1, 7, {"first_name": "Zoë", "n": 0.00125})
    assert [entry[2] for entry in reference[:7]] == [
        f"record {n} (line 1): expected a JSON object, found {kind}"
        for n, kind in enumerate(["a number"] * 3 + ["a boolean", "null", "a string", "a number"], start=1)
    ]
    assert reference[-1][:2] == ("FL021", 1) and "(records 1-7)" in reference[-1][2]
    for chunk in range(1, len(text.encode()) + 2):
        monkeypatch.setattr(json_reader, "PIECE_CHARS", chunk)
        assert summarise(read(path)) == reference, chunk


def test_invalid_json_mid_array_reports_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = '[\n  {"first_name": "Wei"},\n  {"first_name": "Aiko",\n   "last_name": },\n  {"first_name": "Never"}\n]\n'
    path = write(tmp_path, "broken.json", text)
    for chunk in (7, 64 * 1024):
        monkeypatch.setattr(json_reader, "PIECE_CHARS", chunk)
        items = read(path)
        # the broken record is skipped, the one after it is still read
        assert rows(items) == [(2, {"first_name": "Wei"}), (5, {"first_name": "Never"})]
        assert problems(items) == [("FL021", 4)]
        assert items[1].message.startswith("record 2 (line 3) is not valid JSON")


def test_json_structure_problems(tmp_path: Path) -> None:
    assert problems(read(write(tmp_path, "object.json", '{"first_name": "Wei"}'))) == [("FL020", 1)]
    open_items = read(write(tmp_path, "open.json", '[{"first_name": "Wei"},\n {"first_name": "Aiko"}'))
    assert rows(open_items) == [(1, {"first_name": "Wei"}), (2, {"first_name": "Aiko"})]
    assert problems(open_items) == [("FL021", 2)]
    assert problems(read(write(tmp_path, "empty.json", "[ ]"))) == [("FL020", 1)]
    # not UTF-8: read as Windows-1252 with a notice, as for CSV
    latin = read(write(tmp_path, "latin.json", b'[{"first_name": "Jos\xe9"}]'))
    assert problems(latin) == [("FL022", 1)] and rows(latin) == [(1, {"first_name": "José"})]
    assert rows(read(write(tmp_path, "bom.json", b'\xef\xbb\xbf[{"first_name": "Wei"}]'))) == [(1, {"first_name": "Wei"})]


def test_jsonl(tmp_path: Path) -> None:
    text = (
        '{"first_name": "Wei", "last_name": "Zhang"}\n'
        '{"first_name": broken\n'
        "\n"
        "[1, 2]\n"
        '{"first_name": "Aiko", "last_name": "Tanaka"}\n'
    )
    items = read(write(tmp_path, "attendees.jsonl", b"\xef\xbb\xbf" + text.encode() + b'{"first_name": "Jos\xe9"}\n'))
    assert rows(items) == [(1, {"first_name": "Wei", "last_name": "Zhang"}), (5, {"first_name": "Aiko", "last_name": "Tanaka"})]
    assert problems(items) == [("FL021", 2), ("FL021", 4), ("FL021", 6), ("FL021", 1)]
    assert "3 rows of this file were skipped and not linted (rows 2, 4, 6)" in items[-1].message
    broken = [p for p in items if isinstance(p, SourceProblem)][0]
    assert broken.column == 16
    assert [item.ref.index for item in items if isinstance(item, Recipient)] == [0, 1]


def test_in_memory_records() -> None:
    items = list(read_records([{"first_name": "Wei"}, 42, {"first_name": "Aiko"}]))
    assert [(r.ref.row, r.ref.index) for r in items if isinstance(r, Recipient)] == [(1, 0), (3, 2)]
    (problem,) = [p for p in items if isinstance(p, SourceProblem)]
    assert (problem.code, problem.line, problem.index) == ("FL021", 2, 1)


# --------------------------------------------------------------------------- field mapping

REF = RecipientRef(2, "crm.csv", 0)


@pytest.mark.parametrize(
    ("record", "given", "family", "given_field"),
    [
        ({"FirstName": "Parissa", "LastName": "Behnia"}, "Parissa", "Behnia", "FirstName"),
        ({"first_name": "Parissa", "surname": "Behnia"}, "Parissa", "Behnia", "first_name"),
        ({"First Name": "Wei", "Last Name": "Zhang"}, "Wei", "Zhang", "First Name"),
        ({"given_name": "Aiko", "family_name": "Tanaka"}, "Aiko", "Tanaka", "given_name"),
        ({"firstname": "Kwame", "lastname": "Mensah"}, "Kwame", "Mensah", "firstname"),
        ({"contact": {"firstname": "Kwame", "lastname": "Mensah"}}, "Kwame", "Mensah", "contact.firstname"),
        ({"Vorname": "Jürgen", "Nachname": "Groß"}, "Jürgen", "Groß", "Vorname"),
    ],
)
def test_common_field_names(record: dict[str, Any], given: str, family: str, given_field: str) -> None:
    names = Recipient(record, REF).names
    assert (names.given, names.family, names.given_field) == (given, family, given_field)
    assert names.derived is False


def test_other_roles() -> None:
    recipient = Recipient(
        {"first_name": "Oluwaseun", "last_name": "Adeyemi", "nickname": "Seun", "salutation": "Mr",
         "E-mail": "seun.adeyemi@lagosgrid.example"},
        REF,
    )
    names = recipient.names
    assert names.preferred == "Seun" and names.preferred_field == "nickname"
    assert names.honorific == "Mr"
    assert names.email == "seun.adeyemi@lagosgrid.example" and names.email_field == "E-mail"
    assert recipient.value("full") is None  # no such field
    assert recipient.field_name("given") == "first_name"


def test_empty_and_null_values_are_empty_strings_not_missing() -> None:
    recipient = Recipient({"first_name": None, "last_name": ""}, REF)
    assert recipient.value("given") == "" and recipient.value("family") == ""
    assert recipient.value("preferred") is None


@pytest.mark.parametrize("column", ["name", "full_name", "Full Name"])
def test_full_name_only_is_parsed(column: str) -> None:
    names = Recipient({column: "Parissa Behnia", "email": "parissa.behnia@bluefinch.example"}, REF).names
    assert names.full == "Parissa Behnia"
    assert (names.given, names.family) == ("Parissa", "Behnia")
    assert names.derived is True
    assert names.given_field == column and names.family_field == column


def test_structured_fields_win_over_the_full_name() -> None:
    names = Recipient({"name": "Behnia Parissa", "first_name": "Parissa", "last_name": "Behnia"}, REF).names
    assert (names.given, names.family, names.derived) == ("Parissa", "Behnia", False)


def test_custom_field_mapping() -> None:
    fields = FieldMap({"given": ["Rufname2"], "family": "Familienname2"})
    names = Recipient({"Rufname2": "Jürgen", "Familienname2": "Groß", "first_name": "ignored"}, REF, fields).names
    assert (names.given, names.given_field) == ("Jürgen", "Rufname2")
    assert (names.family, names.family_field) == ("Groß", "Familienname2")


class _NameProbe(RecipientCheck):
    """Reports the name parts each record resolves to (a test-only plugin rule)."""

    def check(self, target, state):  # type: ignore[no-untyped-def]
        names = target.recipient.names
        yield Finding(f"given={names.given} via {names.given_field}")


def test_config_fields_reach_the_records(tmp_path: Path) -> None:
    write(tmp_path, "recipients.csv", "Anrede2,Vorname2,Nachname2\nFrau,Jürgen,Groß\n")
    write(tmp_path, "hallo.j2", "---\nlocale: de\n---\nHallo {{ Vorname2 }},\n")
    from _core_testing import core_registry

    registry = core_registry()
    registry.add_rule(
        RuleSpec("ZZZ001", "name-probe", Scope.RECIPIENT, Severity.INFO, RuleDocs("probe"), "tests"), _NameProbe
    )
    # the probe writes the value into its own message: a plugin's text is masked unless asked
    linter = core_linter({"fields": {"given": ["Vorname2"]}, "select": ["ZZZ001"], "show-personal-data": True}, registry)
    import followup_lint

    report = followup_lint.lint_path(tmp_path, linter=linter)
    assert [d.message for d in report.diagnostics] == ["given=Jürgen via Vorname2"]
    assert report.diagnostics[0].line == 2  # a recipient finding points at its row


# --------------------------------------------------------------------------- streaming


def write_big_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("first_name,last_name,email,company,question\n")
        for i in range(rows):
            handle.write(
                f"Parissa{i},Behnia,parissa.behnia{i}@bluefinch.example,Bluefinch Labs,"
                f"How do you define an active user?\n"
            )
    return path


def traced_peak(path: Path) -> tuple[int, int]:
    """(records read, peak bytes allocated while reading them)."""
    tracemalloc.start()
    try:
        count = sum(isinstance(item, Recipient) for item in read_recipient_file(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


def test_reading_is_streamed_memory_stays_flat(tmp_path: Path) -> None:
    small = write_big_csv(tmp_path / "small.csv", 5_000)
    large = write_big_csv(tmp_path / "large.csv", 30_000)
    small_count, small_peak = traced_peak(small)
    large_count, large_peak = traced_peak(large)
    assert (small_count, large_count) == (5_000, 30_000)
    size = large.stat().st_size
    assert large_peak < size / 8, f"peak {large_peak:,} bytes for a {size:,}-byte file"
    # six times the rows, (almost) the same peak: nothing is kept per row
    assert large_peak < small_peak * 1.5 + 64 * 1024, (small_peak, large_peak)


_RSS_PROBE = """
import resource, sys
from pathlib import Path
from followup_lint.recipients import Recipient, read_recipient_file
path = Path(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
count = sum(isinstance(item, Recipient) for item in read_recipient_file(path))
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(count, (after - before) * 1024)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux only")
def test_200k_row_file_is_read_in_flat_memory(tmp_path: Path) -> None:
    path = write_big_csv(tmp_path / "big.csv", 200_000)
    size = path.stat().st_size
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    done = subprocess.run([sys.executable, "-c", _RSS_PROBE, str(path)], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    count, grown = map(int, done.stdout.split())
    assert count == 200_000
    # holding the rows would take several times the file size; streaming takes a few buffers
    assert grown < size / 8, f"peak memory grew by {grown:,} bytes reading a {size:,}-byte file"


def test_json_array_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[\n")
        for i in range(30_000):
            handle.write(("" if i == 0 else ",\n") + json.dumps({"first_name": f"Zoë{i}", "email": f"z{i}@atelier.example"}))
        handle.write("\n]\n")
    size = path.stat().st_size
    count, peak = traced_peak(path)
    assert count == 30_000
    assert peak < size / 5, f"peak {peak:,} bytes for a {size:,}-byte file"
