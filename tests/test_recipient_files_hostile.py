"""Hostile and broken recipient files (issue 12): every row is a record or a reported problem,
no traceback, no value in any message, bounded time and memory.

Real export shapes: HubSpot ("First Name,Last Name,Email,Company Name"), Salesforce
("FirstName,LastName,Email,Account.Name"), Mailchimp ("Email Address,First Name,Last Name"),
Excel's "CSV (semicolon)" with a ``sep=;`` line in Windows-1252, Excel's "Unicode text"
(UTF-16 LE, tab-separated). Big inputs are generated in temporary files; the time guard
(``within``) only stops a run that regressed to minutes, it does not measure speed
(``benchmarks/bench_hostile_recipients.py`` does).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tracemalloc
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import pytest

import followup_lint

from _core_testing import core_registry, lint_path0
from followup_lint.formats import FORMATS, FormatOptions, get_renderer
from followup_lint.model import RecipientRef
import followup_lint.names.junk as junk_module
from followup_lint.names import junk_finding
from followup_lint.recipients import Recipient, SourceProblem, read_recipient_file
from followup_lint.recipients.limits import MAX_JSON_DEPTH, MAX_VALUE_CHARS

HUBSPOT = "First Name,Last Name,Email,Company Name\n"
PEOPLE = [
    ("Parissa", "Behnia", "parissa.behnia@bluefinch.example", "Bluefinch Labs"),
    ("Siobhán", "Ní Bhriain", "siobhan.nibhriain@cairn.example", "Cairn Analytics"),
    ("Jean-Luc", "de la Cruz", "jl.delacruz@solmar.example", "Solmar"),
    ("Wei", "Zhang", "wei.zhang@lotusdata.example", "Lotus Data"),
    ("Zoë", "Lefèvre-Martin", "zoe.lefevre@atelier.example", "Atelier Nord"),
    ("Oluwaseun", "Adeyemi", "seun.adeyemi@lagosgrid.example", "Lagos Grid"),
]
VALUES = [value for person in PEOPLE for value in person]


class TookTooLong(Exception):
    pass


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail instead of hanging: what took minutes before the fix must end long before this."""
    if sys.platform == "win32":  # pragma: no cover
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise TookTooLong(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read(path: Path) -> list[Recipient | SourceProblem]:
    with within(60):
        return list(read_recipient_file(path))


def records(items: list[Any]) -> list[tuple[int, str]]:
    """(row, first value) of each record."""
    return [(item.ref.row, next(iter(item.data.values()), "")) for item in items if isinstance(item, Recipient)]


def problems(items: list[Any]) -> list[tuple[str, int]]:
    return [(item.code, item.line) for item in items if isinstance(item, SourceProblem)]


def assert_no_values_in(items: list[Any], values: list[str] = VALUES) -> None:
    """Messages name rows and columns, never what is in them (in any case)."""
    for item in items:
        if isinstance(item, SourceProblem):
            message = item.message.casefold()
            for value in values:
                for part in [value, *value.replace("@", " ").replace(".", " ").split()]:
                    if len(part) >= 4:
                        assert part.casefold() not in message, (part, item.message)


def csv_rows(people: list[tuple[str, ...]] = PEOPLE) -> str:
    return "".join(",".join(person) + "\n" for person in people)


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------------- big values


@pytest.mark.parametrize(("shape", "category"), [
    ("P" * 200_000, "placeholder"),           # one long word: the email pattern retried from every position
    ("Parissa-" * 25_000, None),              # many word boundaries: a (very) long hyphenated name
    ("[" * 200_000, "merge-tag"),             # merge-tag brackets never closed
    ("<<" * 100_000, "placeholder"),
    ("a@" * 100_000, "placeholder"),          # many at-signs, no domain
    ("x" * 100_000 + "@" + "y" * 100_000, "symbols"),
    ("x" * 100_000 + "@bluefinch.example", "email-address"),
    (" " * 100_000 + "Zoë" + " " * 100_000, "whitespace"),
    ("Wei (she/her) " * 20_000, "annotation"),
    ("\u200b" * 100_000 + "Wei", "invisible-character"),
])
def test_junk_check_of_a_huge_name_is_linear(shape: str, category: str | None) -> None:
    # every check, patterns included, on the whole value (what junk_finding skips past 256 characters)
    with within(20):  # took 198 s for the first shape before the patterns moved to RE2
        finding = junk_module._junk_finding.__wrapped__(shape, "given")
    assert (finding.category if finding else None) == category
    if len(shape.strip()) > junk_module.LONGEST_NAME:
        assert junk_finding(shape, "given").category == "too-long"  # what the rules are told


@pytest.mark.parametrize(("value", "category"), [
    ("María de los Ángeles Fernández de Córdoba y Figueroa de la Cerda", None),  # long, but a name
    ("Siobhán", None),
    ("parissa.behnia@bluefinch.example", "email-address"),
    ("x" * 200 + "@bluefinch.example", "email-address"),
    ("x" * 300 + "@bluefinch.example", "too-long"),
    ("  Zoë" + " " * 300, "whitespace"),  # long only by its padding: still judged as a name
])
def test_name_length_limit(value: str, category: str | None) -> None:
    finding = junk_finding(value, "full")
    assert (finding.category if finding else None) == category


def test_csv_value_over_the_limit_is_reported_and_its_neighbours_kept(tmp_path: Path) -> None:
    big = "Parissa " * (MAX_VALUE_CHARS // 8 + 10)
    text = HUBSPOT + csv_rows(PEOPLE[:2]) + f"{big},Behnia,p@bluefinch.example,Bluefinch\n" + csv_rows(PEOPLE[2:])
    items = read(write(tmp_path / "hubspot.csv", text))
    assert records(items) == [(2, "Parissa"), (3, "Siobhán"), (5, "Jean-Luc"), (6, "Wei"), (7, "Zoë"), (8, "Oluwaseun")]
    ((code, line),) = problems(items)
    assert (code, line) == ("FL021", 4)
    assert "value in column 1 is longer than 256 KiB characters" in items[2].message
    assert_no_values_in(items)


def test_50mb_style_quoted_field_keeps_every_good_row(tmp_path: Path) -> None:
    """A quoted value of several MB with delimiters, doubled quotes and line breaks: one FL021
    for its row (not thousands), the rows around it kept, later row numbers right."""
    path = tmp_path / "notes.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("FirstName,LastName,Email,Description\r\n")
        handle.write("Parissa,Behnia,parissa.behnia@bluefinch.example,short\r\n")
        handle.write('Wei,Zhang,wei.zhang@lotusdata.example,"')
        for _ in range(3000):
            handle.write('Call notes, part ""one"", follow up next week.\n' * 20)
        handle.write('"\r\n')
        handle.write("Zoë,Lefèvre,zoe.lefevre@atelier.example,ok\r\n")
        handle.write('Jean-Luc,de la Cruz,jl.delacruz@solmar.example,"two\nlines"\r\n')
        handle.write("Kwame,Mensah,kwame.mensah@accraworks.example,last\r\n")
    items = read(path)
    assert records(items) == [(2, "Parissa"), (60004, "Zoë"), (60005, "Jean-Luc"), (60007, "Kwame")]
    assert problems(items) == [("FL021", 3)]
    assert "value in column 4 is longer than" in items[1].message


def test_json_string_over_the_limit_is_streamed_not_built(tmp_path: Path) -> None:
    path = tmp_path / "contacts.json"
    size = 8 * 1024 * 1024
    with path.open("w", encoding="utf-8") as handle:
        handle.write('[{"first_name": "Parissa", "email": "parissa.behnia@bluefinch.example"},\n {"first_name": "')
        handle.write("Zo\\u00eb " * (size // 9))
        handle.write('", "email": "z@atelier.example"},\n {"first_name": "Wei", "email": "wei.zhang@lotusdata.example"}]\n')
    tracemalloc.start()
    try:
        items = read(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert records(items) == [(1, "Parissa"), (3, "Wei")]
    assert problems(items) == [("FL021", 2)]
    assert items[1].message.startswith("record 2 (line 2): a value is longer than 256 KiB characters")
    # the value limit (256 KiB characters) plus reading buffers, whatever the string's size
    assert peak < 3 * 1024 * 1024, f"peak {peak:,} bytes: the long string was built"


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_nested_100000_deep_is_a_diagnostic(tmp_path: Path, suffix: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    lines = ['{"first_name": "Wei"}', '{"first_name": "Aiko", "tags": ' + deep + "}", '{"first_name": "Zoë"}']
    text = "\n".join(lines) + "\n" if suffix == ".jsonl" else "[" + ",\n".join(lines) + "]\n"
    items = read(write(tmp_path / f"deep{suffix}", text))
    assert [value for _, value in records(items)] == ["Wei", "Zoë"]
    assert problems(items) == [("FL021", 2)]
    assert f"nested more than {MAX_JSON_DEPTH} levels deep" in items[1].message


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_number_over_4300_digits_is_a_diagnostic_for_that_record(tmp_path: Path, suffix: str) -> None:
    lines = ['{"first_name": "Wei"}', '{"first_name": "Aiko", "phone": ' + "7" * 5000 + "}", '{"first_name": "Zoë"}']
    text = "\n".join(lines) + "\n" if suffix == ".jsonl" else "[" + ",\n".join(lines) + "]\n"
    items = read(write(tmp_path / f"numbers{suffix}", text))
    assert [value for _, value in records(items)] == ["Wei", "Zoë"]
    assert problems(items) == [("FL021", 2)]
    assert "number too long to read" in items[1].message


def test_hostile_values_through_the_whole_run(tmp_path: Path) -> None:
    """A 200k-character first name and a nested record in one campaign: findings, no traceback."""
    write(tmp_path / "recipients.csv", HUBSPOT + csv_rows(PEOPLE[:2]) + "P" * 200_000 + ",Behnia,p@x.example,X\n")
    write(tmp_path / "followup.j2", "Hi {{ first_name }},\n\nThanks for joining the webinar.\n")
    with within(60):
        report = lint_path0(tmp_path)
    assert report.summary["recipients"] == 3


# --------------------------------------------------------------------------- nothing dropped


def test_unterminated_quote_loses_only_its_own_row(tmp_path: Path) -> None:
    text = HUBSPOT + 'Kwame,"Mensah,kwame.mensah@accraworks.example,Accra Works\n' + csv_rows()
    items = read(write(tmp_path / "hubspot.csv", text))
    assert records(items) == [(row, person[0]) for row, person in enumerate(PEOPLE, start=3)]
    assert problems(items) == [("FL021", 2)]
    assert "column 2 is never closed" in items[0].message and "reading goes on with the next line" in items[0].message
    assert_no_values_in(items)


def test_stray_quote_that_pairs_with_a_later_one_is_recovered(tmp_path: Path) -> None:
    # the stray quote in row 3 closes at the quoted company of row 6: rows 4-5 would vanish
    rows = [
        "Parissa,Behnia,parissa.behnia@bluefinch.example,Bluefinch Labs",
        'Wei,"Zhang,wei.zhang@lotusdata.example,Lotus Data',
        "Zoë,Lefèvre,zoe.lefevre@atelier.example,Atelier",
        "Jean-Luc,de la Cruz,jl.delacruz@solmar.example,Solmar",
        'Kwame,Mensah,kwame.mensah@accraworks.example,"Accra Works, Ltd."',
        "Siobhán,Ní Bhriain,siobhan@cairn.example,Cairn",
    ]
    items = read(write(tmp_path / "sf.csv", HUBSPOT + "\n".join(rows) + "\n"))
    assert records(items) == [(2, "Parissa"), (4, "Zoë"), (5, "Jean-Luc"), (6, "Kwame"), (7, "Siobhán")]
    assert problems(items) == [("FL021", 3)]
    assert [r.data["Company Name"] for r in items if isinstance(r, Recipient)][3] == "Accra Works, Ltd."


def test_legitimate_multi_line_values_are_kept(tmp_path: Path) -> None:
    text = (
        "Email Address,First Name,Last Name,Question\r\n"
        'wei.zhang@lotusdata.example,Wei,Zhang,"What about seasonality?\nAnd weekly cohorts?"\r\n'
        "zoe.lefevre@atelier.example,Zoë,Lefèvre,\r\n"
    )
    items = read(write(tmp_path / "mailchimp.csv", text))
    assert problems(items) == []
    assert [(r.ref.row, r.data["Question"]) for r in items if isinstance(r, Recipient)] == [
        (2, "What about seasonality?\nAnd weekly cohorts?"), (4, ""),
    ]


def test_many_broken_rows_are_counted_with_their_rows(tmp_path: Path) -> None:
    good = csv_rows(PEOPLE[:1])
    ragged = "".join(f"Attendee{i},Example\n" for i in range(250))
    items = read(write(tmp_path / "export.csv", HUBSPOT + good + ragged + csv_rows(PEOPLE[1:2])))
    assert records(items) == [(2, "Parissa"), (253, "Siobhán")]
    fl021 = [p for p in items if isinstance(p, SourceProblem) and p.code == "FL021"]
    assert len(fl021) == 101  # the first 100 one by one, then the summary
    summary = fl021[-1].message
    assert summary.startswith("250 rows of this file were skipped and not linted (rows 3-252)")
    assert "only the first 100 are reported one by one" in summary


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("kind", ["directory", "fifo", "symlink-loop"])
def test_non_files_named_recipients_csv_are_reported(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "recipients.csv"
    if kind == "directory":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(target)
    write(tmp_path / "followup.j2", "Hi {{ first_name }},\n\nThanks for joining.\n")
    with within(30):  # opening a FIFO for reading would wait for a writer forever
        report = lint_path0(tmp_path)
    (problem,) = [d for d in report.diagnostics if d.code == "FL020"]
    expected = {"directory": "is a directory", "fifo": "named pipe", "symlink-loop": "symbolic link loop"}[kind]
    assert expected in problem.message
    assert not report.ok


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("recipients.csv", HUBSPOT, "header row but no records"),
    ("recipients.csv", "sep=;\r\nVorname;Nachname;E-Mail\r\n", "header row but no records"),
    ("recipients.jsonl", "", "empty"),
    ("recipients.jsonl", "\n\n", "empty"),
    ("recipients.json", "[]", "holds no records"),
    ("recipients.csv", "", "empty"),
])
def test_files_without_records_are_reported(tmp_path: Path, name: str, data: str, expected: str) -> None:
    items = read(write(tmp_path / name, data))
    assert [(p.code, expected in p.message) for p in items if isinstance(p, SourceProblem)] == [("FL020", True)]


def test_excel_sep_line_and_cp1252_accents(tmp_path: Path) -> None:
    text = "sep=;\r\nVorname;Nachname;E-Mail;Firma\r\nJürgen;Groß;juergen.gross@rheinwerk.example;Rheinwerk GmbH\r\n" \
           "Zoë;Lefèvre;zoe.lefevre@atelier.example;Atelier, Nord\r\nJosé;García Márquez;jose@solmar.example;Solmar\r\n"
    items = read(write(tmp_path / "excel.csv", text.encode("cp1252")))
    assert problems(items) == [("FL022", 1)]
    got = [(r.ref.row, r.data["Vorname"], r.data["Firma"]) for r in items if isinstance(r, Recipient)]
    assert got == [(3, "Jürgen", "Rheinwerk GmbH"), (4, "Zoë", "Atelier, Nord"), (5, "José", "Solmar")]
    assert items[1].names.given == "Jürgen"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16", "utf-32"])
def test_excel_unicode_text_utf16_with_or_without_bom(tmp_path: Path, codec: str) -> None:
    text = "First Name\tLast Name\tEmail\r\n" + "".join(f"{g}\t{f}\t{e}\r\n" for g, f, e, _ in PEOPLE) \
        + "美咲\t山田\tmisaki.yamada@sakura.example\r\n"
    items = read(write(tmp_path / "unicode-text.txt", text.encode(codec)))  # "utf-16"/"utf-32" write a BOM
    assert problems(items) == []
    got = [(r.ref.row, r.data["First Name"], r.data["Last Name"]) for r in items if isinstance(r, Recipient)]
    assert got == [(row, g, f) for row, (g, f, _, _) in enumerate(PEOPLE, start=2)] + [(8, "美咲", "山田")]


@pytest.mark.parametrize("text", [
    csv_rows(),                                                     # HubSpot export without its header
    "Wei;Zhang;Lotus Data\nAiko;Tanaka;Sakura\n",                  # no email, a common given name
    "Mary,O'Neill,Dublin\nJohn,Smith,Leeds\n",
])
def test_header_that_is_a_person_is_reported(tmp_path: Path, text: str) -> None:
    items = read(write(tmp_path / "no-header.csv", text))
    (warning,) = [p for p in items if isinstance(p, SourceProblem)]
    assert (warning.code, warning.line) == ("FL023", 1)
    assert "looks like a recipient" in warning.message
    assert_no_values_in(items, VALUES + ["Mary", "O'Neill", "Dublin", "Zhang", "Lotus Data"])
    # the person in the first row is linted like the others, under numbered columns
    records = [r for r in items if isinstance(r, Recipient)]
    first_cells = text.splitlines()[0].replace(";", ",").split(",")
    assert records[0].ref.row == 1 and list(records[0].data.values()) == first_cells
    assert all(set(r.data) == {f"column_{n}" for n in range(1, len(first_cells) + 1)} for r in records)


def test_a_headerless_file_never_names_fields_after_the_person(tmp_path: Path) -> None:
    """FL304 lists fields a template does not use and FL003 suggests field names: neither may
    show the values of a first row that is really a person."""
    from followup_lint import lint_path

    (tmp_path / "recipients.csv").write_text(
        "Parissa,Behnia,parissa.behnia@northwind.example,Northwind\n"
        "Wei,Zhang,wei.zhang@lotusdata.example,Lotus Data\n", encoding="utf-8")
    (tmp_path / "t.j2").write_text(
        "---\nkind: follow-up\n---\nHi {{ first_name }},\n\nHere is the recording.\n\nBest,\nDana Okafor\n",
        encoding="utf-8")
    report = lint_path(tmp_path)
    text = json.dumps(report.to_dict())
    for value in ("Parissa", "Behnia", "parissa.behnia", "Northwind", "Lotus Data"):
        assert value not in text
    assert "FL023" in report.summary["by_code"] and report.recipients == 2


@pytest.mark.parametrize("header", [
    HUBSPOT,
    "FirstName,LastName,Email,Account.Name\n",                      # Salesforce
    "Email Address,First Name,Last Name,Address,Phone Number\n",    # Mailchimp
    "Vorname;Nachname;E-Mail\n",
    "Attendee,Organisation,Joined at\n",                            # nothing known, nothing personal
    "Mark,Grant,Status\n",                                          # words that are also given names
    "Contact Owner,Lifecycle Stage,Lead Status\n",
])
def test_real_headers_are_not_people(tmp_path: Path, header: str) -> None:
    delimiter = ";" if ";" in header else ","
    width = header.count(delimiter) + 1
    row = delimiter.join(["Wei", "Zhang", "wei.zhang@lotusdata.example", "x", "y"][:width]) + "\n"
    items = read(write(tmp_path / "export.csv", header + row))
    assert problems(items) == []


# --------------------------------------------------------------------------- row numbers


def test_compact_json_array_names_each_record(tmp_path: Path) -> None:
    people = [{"first_name": g, "last_name": f, "email": e} for g, f, e, _ in PEOPLE]
    people[4]["first_name"] = "ZOË"  # shouting: a record finding for record 5
    write(tmp_path / "recipients.json", json.dumps(people, ensure_ascii=False))
    write(tmp_path / "followup.j2", "Hi {{ first_name }},\n\nThanks for joining.\n")
    items = read(tmp_path / "recipients.json")
    refs = [item.ref for item in items if isinstance(item, Recipient)]
    assert [(r.row, r.record, r.index) for r in refs] == [(1, n, n - 1) for n in range(1, 7)]
    assert refs[6 - 1].label == "record 6 (line 1)"
    report = followup_lint.lint_path(tmp_path)
    about = [d for d in report.diagnostics if d.recipient is not None]
    assert about and {d.recipient.record for d in about} == {5}
    for fmt in FORMATS:
        shown = get_renderer(fmt)(report, core_registry(), FormatOptions())
        assert "record 5" in shown or '"record": 5' in shown, fmt
        assert "row 1 " not in shown and "row 1:" not in shown, fmt
    shown = json.loads(get_renderer("json")(report, core_registry(), FormatOptions()))["diagnostics"]
    first = next(d["recipient"] for d in shown if d["recipient"])
    assert (first["row"], first["record"]) == (1, 5)


def test_multi_line_values_keep_row_numbers_on_the_record_start(tmp_path: Path) -> None:
    """Record 20 after two multi-line notes starts on line 23 and is reported there."""
    lines = ["FirstName,LastName,Email,Notes"]
    for n in range(1, 21):
        given, family, email, _ = PEOPLE[n % len(PEOPLE)]
        notes = '"met at the booth\nasked about SSO"' if n in (3, 11) else "ok"
        lines.append(f"{given},{family},{n}.{email},{notes}")
    lines[20] = "zoë,lefèvre,zoe.lefevre@atelier.example,ok"  # record 20, lower-case
    write(tmp_path / "recipients.csv", "\r\n".join(lines) + "\r\n")
    items = read(tmp_path / "recipients.csv")
    starts = [r.ref.row for r in items if isinstance(r, Recipient)]
    assert starts[:4] == [2, 3, 4, 6] and starts[-1] == 23 and len(starts) == 20
    write(tmp_path / "followup.j2", "Hi {{ FirstName }},\n\nThanks for joining.\n")
    report = followup_lint.lint_path(tmp_path)
    rows = {d.recipient.row for d in report.diagnostics if d.code in ("FL104", "FL404")}
    assert rows == {23}


def test_recipient_ref_contract_is_unchanged_for_rows() -> None:
    ref = RecipientRef(12, "crm.csv", 10)
    assert ref.label == "row 12" and ref.to_dict() == {"row": 12, "source": "crm.csv", "index": 10, "identity": None}


def test_in_memory_record_with_a_value_over_the_limit_is_reported() -> None:
    from followup_lint.recipients import read_records

    people = [{"first_name": "Wei", "email": "wei.zhang@lotusdata.example"},
              {"first_name": "Aiko", "contact": {"notes": "x" * (MAX_VALUE_CHARS + 1)}},
              {"first_name": "Zoë", "email": "zoe.lefevre@atelier.example"}]
    items = list(read_records(people))
    assert [item.data["first_name"] for item in items if isinstance(item, Recipient)] == ["Wei", "Zoë"]
    (problem,) = [item for item in items if isinstance(item, SourceProblem)]
    assert (problem.code, problem.line, problem.index) == ("FL021", 2, 1)
    assert "field 'contact.notes' is longer than 256 KiB characters" in problem.message
