"""Runs with many findings: diagnostics spilled to temporary files (collect.py, spill.py) and
grouped with a bounded head per mistake (formats/_grouping.py).

The referee is the in-memory run: a run forced to spill after a handful of diagnostics must
give byte-identical output in every format, the same report through the library API, leave no
temporary file behind (also when the run fails), and write nothing personal that the default
output would mask.
"""

from __future__ import annotations

import csv
import gc
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_lint.collect as collect
from _core_testing import reuse_full_registries
from followup_lint import Linter, lint, lint_path
from followup_lint.cli import main
from followup_lint.config import config_from_mapping
from followup_lint.formats import FORMATS, FormatOptions, get_renderer
from followup_lint.formats._grouping import HEAD, group
from followup_lint.model import Diagnostic, RecipientRef, Severity
from followup_lint.registry import Registry
from followup_lint.report import Report
from followup_lint.seen_keys import SeenKeys
from followup_lint.spill import pack, unpack

GIVEN = ["Parissa", "Wei", "José", "Mary-Jane", "Siobhán", "Ludwig", "Aiko", "Oluwaseun", "Zoë", "Min-jun"]
FAMILY = ["Behnia", "Zhang", "García Márquez", "Watson", "Ní Bhriain", "van Beethoven", "Tanaka", "Adeyemi",
          "Wiśniewski", "Park"]
COMPANIES = ["Bluefinch Labs", "Harbourline", "Nordlicht GmbH", "Société Générale des Eaux", ""]

TEMPLATE = """---
subject: "{{ first_name }}, your recording of {{ webinar_title }}"
kind: follow-up
---
Hi {{ first_name }},

Thanks for attending {{ webinar_title }} on Tuesday. The team from {{ company }} asked great questions.

Best,
Dana Okafor
"""


def _people(count: int, seed: int = 7) -> list[dict[str, str]]:
    """Realistic attendees: a quarter no-shows (FL301), some without a company, some ALL CAPS
    or swapped names and a few duplicated addresses, so several rules fire on many rows."""
    rng = random.Random(seed)
    people = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        if i % 17 == 3:
            given = given.upper()
        if i % 23 == 5:
            given, family = family, given
        email = f"{given}.{family}{i % 40 if i % 29 == 0 else i}@northwind.example".lower().replace(" ", "")
        people.append({"first_name": given, "last_name": family, "email": email, "company": rng.choice(COMPANIES),
                       "attended": "no" if rng.random() < 0.25 else "yes", "webinar_title": "Retention Metrics 101"})
    return people


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(config_from_mapping({"send-date": "2026-11-20"}))


@pytest.fixture
def campaign(tmp_path: Path) -> Path:
    folder = tmp_path / "campaign"
    folder.mkdir()
    (folder / "follow-up.j2").write_text(TEMPLATE, encoding="utf-8")
    with (folder / "recipients.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(_people(1)[0]))
        writer.writeheader()
        writer.writerows(_people(240))
        handle.write("Zhang,Wei\n")  # a ragged row: FL021
    return folder


def _spilling(monkeypatch: pytest.MonkeyPatch, after: int = 7) -> None:
    monkeypatch.setattr(collect, "SPILL_AFTER", after)


def _all_formats(report: Report, linter: Linter) -> dict[str, str]:
    options = FormatOptions(tool_version="1.0", linter=linter)
    rendered = {fmt: get_renderer(fmt)(report, linter.registry, options) for fmt in FORMATS}
    rendered["statistics"] = get_renderer("text")(report, linter.registry, FormatOptions(statistics=True))
    rendered["json-statistics"] = get_renderer("json")(report, linter.registry, FormatOptions(statistics=True))
    return rendered


def test_a_spilled_run_prints_exactly_what_an_in_memory_run_prints(campaign: Path, linter: Linter,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    in_memory = lint_path(campaign, linter=linter)
    assert not in_memory.spilled and len(in_memory.diagnostics) > 100
    expected = _all_formats(in_memory, linter)
    _spilling(monkeypatch)
    spilled = lint_path(campaign, linter=linter)
    assert spilled.spilled
    assert _all_formats(spilled, linter) == expected
    assert expected["json"] == json.dumps(in_memory.to_dict(), indent=2, ensure_ascii=False) + "\n"
    assert spilled.summary == in_memory.summary and spilled.exit_code == in_memory.exit_code
    # send or hold per recipient, merged path by path from the file (verdicts.py)
    assert spilled.verdicts() == in_memory.verdicts() and any(v.hold for v in spilled.verdicts())
    assert {d.code for d in in_memory.diagnostics} >= {"FL301", "FL021"}  # per-recipient and file problems


def test_a_spilled_report_works_through_the_library_api(linter: Linter, monkeypatch: pytest.MonkeyPatch) -> None:
    people = _people(150)
    in_memory = lint(TEMPLATE, people, linter=linter)
    _spilling(monkeypatch, after=5)
    spilled = lint(TEMPLATE, people, linter=linter)
    assert spilled.spilled
    found = in_memory.diagnostics
    assert list(spilled.diagnostics) == found and spilled.diagnostics == found
    assert len(spilled.diagnostics) == len(found)
    assert spilled.diagnostics[0] == found[0] and spilled.diagnostics[-1] == found[-1]
    assert spilled.diagnostics[3:9] == found[3:9]
    assert spilled.verdicts() == in_memory.verdicts()
    assert spilled.to_dict() == in_memory.to_dict()
    send, hold = spilled.split(people)
    assert (send, hold) == in_memory.split(people) and hold


def test_merged_runs_keep_the_order_and_drop_the_same_duplicates_as_a_sort() -> None:
    """Duplicates (same key and end) arriving in different spilled runs are dropped like the
    in-memory de-duplication does, and equal keys keep their order of arrival."""
    ref = RecipientRef(4, "people.csv", 2, "P. B., p***@northwind.example")
    same = Diagnostic("FL101", "greeting-uses-surname", Severity.ERROR, "uses the surname", "t.j2", 5, 4, 5, 20, ref)
    wider = Diagnostic("FL101", "greeting-uses-surname", Severity.ERROR, "uses the surname", "t.j2", 5, 4, 5, 30, ref)
    other = Diagnostic("FL301", "attendance-mismatch", Severity.ERROR, "no-show", "t.j2", 7, 1, 7, 9, ref)
    template = Diagnostic("FL009", "unused-suppression", Severity.WARNING, "silences nothing", "t.j2", 2, 1, 2, 9)
    arrivals = [other, same, template, wider, same, other, template]
    collector = collect.Collector(spill_after=2)
    collector.extend(arrivals)
    assert collector.spilled
    report = Report.build(collector)
    assert list(report.diagnostics) == collect.dedupe_sorted(arrivals) == [template, same, wider, other]


def test_pack_keeps_every_field() -> None:
    ref = RecipientRef(12, "people.json", 10, "J. G., j***@solmar.example", "k3y", record=11)
    d = Diagnostic("FL104", "name-casing", Severity.WARNING, 'the name "J…" is ALL CAPS', "t.j2", 3, 4, 3, 18, ref,
                   "write it in title case", 'the name "{name}" is ALL CAPS')
    assert unpack(pack(d, 0)) == d
    assert unpack(pack(d, 0)).recipient.key == "k3y"  # not compared by ==, kept for baselines


def _leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob("followup-lint-*"))


def test_temporary_files_go_with_the_report(campaign: Path, linter: Linter, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _spilling(monkeypatch)
    report = lint_path(campaign, linter=linter)
    (folder,) = _leftovers(scratch)
    assert len(list(folder.iterdir())) == 1  # the merged report; the sorted runs are gone
    assert folder.stat().st_mode & 0o077 == 0  # private to the user
    del report
    gc.collect()
    assert _leftovers(scratch) == []


def test_temporary_files_are_removed_when_the_run_fails(linter: Linter, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _spilling(monkeypatch, after=3)

    def records() -> Iterator[dict[str, str]]:
        yield from _people(60)
        raise OSError("the export was cut off")

    with pytest.raises(OSError):
        lint(TEMPLATE, records(), linter=linter)
    gc.collect()
    assert _leftovers(scratch) == []


def test_spilled_files_hold_no_personal_value_the_output_masks(campaign: Path, linter: Linter, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _spilling(monkeypatch)
    written: list[bytes] = []
    real = collect.write_packed

    def keep_a_copy(path: Path, items: Any) -> int:
        count = real(path, items)
        written.append(path.read_bytes())
        return count

    monkeypatch.setattr(collect, "write_packed", keep_a_copy)
    report = lint_path(campaign, linter=linter)
    assert report.spilled and len(written) > 5
    data = b"".join(written)
    for person in _people(240):
        for value in (person["email"], person["first_name"], person["last_name"]):
            if len(value) > 3:  # "Wei" is also part of the rule text ("weird"): compare longer values
                assert value.encode() not in data, value
                assert value.upper().encode() not in data, value


def test_the_cli_writes_the_same_json_and_sarif_when_it_spills(campaign: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def run(name: str) -> tuple[str, str]:
        out, sarif = tmp_path / f"{name}.json", tmp_path / f"{name}.sarif"
        status = main(["check", str(campaign), "--no-cache", "--no-progress", "--send-date", "2026-11-20",
                       "-f", "json", "-o", str(out), "--report", f"sarif={sarif}"])
        assert status == 1
        return out.read_text(encoding="utf-8"), sarif.read_text(encoding="utf-8")

    expected = run("memory")
    _spilling(monkeypatch)
    assert run("spilled") == expected


# ------------------------------------------------------------------------- bounded grouping


def _finding(index: int, source: str = "people.csv", record: int | None = None, line: int = 5,
             identity: str | None = "A. B., a***@northwind.example") -> Diagnostic:
    ref = RecipientRef(index + 2, source, index, identity, record=record)
    return Diagnostic("FL301", "attendance-mismatch", Severity.ERROR, "thanks a no-show for attending", "t.j2",
                      line, 1, line, 20, ref, group_key="thanks a no-show for attending")


def _fields(entries: list[Any]) -> list[tuple[Any, ...]]:
    # ``first`` is the first by (record, line); between files that tie, the first to arrive (as before)
    return [((e.first.recipient.index, e.first.line), e.count, e.recipients, e.recipient_count, e.named, e.named_count, e.rows, e.row_count,
             e.numbered, e.number_count, e.sources) for e in entries]


def test_a_mistake_on_many_recipients_keeps_a_bounded_head_and_exact_counts() -> None:
    found = [_finding(i, identity=None if i % 3 else "A. B., a***@northwind.example") for i in range(5000)]
    found += [_finding(i, line=9) for i in range(0, 5000, 2)]  # a second mistake, every other row
    (first, second) = group(sorted(found, key=Diagnostic.sort_key))
    assert first.count == first.recipient_count == first.row_count == 5000
    assert first.named_count == 1667 and [r.index for r in first.named] == [0, 3, 6]
    assert len(first.recipients) == len(first.rows) == HEAD and first.rows[:3] == [2, 3, 4]
    assert second.recipient_count == 2500 and second.rows[:3] == [2, 4, 6]


@pytest.mark.parametrize("case", ["shuffled", "two files", "json array records"])
def test_out_of_order_or_several_files_are_recounted_exactly(case: str) -> None:
    """What the one-pass tally cannot be sure of is recounted from all the entry's findings:
    the result is the same whatever order the findings come in."""
    if case == "two files":
        found = [_finding(i, "a.csv") for i in range(30)] + [_finding(i, "b.csv") for i in range(10, 40)]
    elif case == "json array records":
        found = [_finding(i, "a.json", record=i + 1) for i in range(40)] + [_finding(i, "b.json", record=i + 1)
                                                                          for i in range(20)]
    else:
        found = [_finding(i) for i in range(60)]
    ordered = sorted(found, key=Diagnostic.sort_key)
    shuffled = list(ordered)
    random.Random(3).shuffle(shuffled)
    assert _fields(group(shuffled)) == _fields(group(ordered))
    (entry,) = group(ordered)
    assert entry.recipient_count == len(found)
    if case == "json array records":
        assert entry.numbered[0] == "record" and entry.number_count == 40  # records 1-40 of either file
    if case == "two files":
        assert entry.sources == ["a.csv", "b.csv"] and entry.recipients[0].source == "a.csv"


# ------------------------------------------------------------------------- compact whole-list memory


@given(st.lists(st.sampled_from(["ana@solmar.example", "ANA@solmar.example", "wei.zhang@lotus.example",
                                 "jose.garcia@solmar.example", ""] + [f"p{i}@northwind.example" for i in range(40)]),
                max_size=3000))
def test_seen_keys_answers_like_a_dict_of_first_rows(keys: list[str]) -> None:
    seen, expected = SeenKeys(), {}
    for row, key in enumerate(keys, start=2):
        assert seen.first_row(key, row) == expected.get(key)
        expected.setdefault(key, row)
    assert len(seen) == len(expected)


def test_seen_keys_stays_small_for_a_long_list() -> None:
    seen = SeenKeys()
    for row in range(200_000):
        seen.first_row(f"recipient.{row}@northwind.example", row + 2)
    assert seen.first_row("recipient.123456@northwind.example", 5) == 123458
    assert sys.getsizeof(seen._hashes) + sys.getsizeof(seen._rows) <= 200_000 * 64 + 1024  # a dict: ~160


def test_streamed_json_is_json_dumps_for_every_shape_of_diagnostic() -> None:
    ref = RecipientRef(1, "people.json", 4, "小. 王., w***@lotusdata.example", "k", record=5)
    found = [
        Diagnostic("FL104", "name-casing", Severity.WARNING, 'the name "M…" is ALL CAPS; write "M…"\n\t\\ \u2028', "t.j2",
                   3, 4, 3, 18, ref, 'write "M…"'),
        Diagnostic("FL001", "syntax-error", Severity.ERROR, "template syntax error: unexpected '}'", "<template>",
                   1, 1, 1, 2),
        Diagnostic("FL021", "ragged-row", Severity.INFO, "row has 2 fields, the header 5", "people.csv", 9, 1, 9, 2,
                   RecipientRef(9, "people.csv", 7)),
    ]
    report = Report.build(found, templates=1, recipients=8)
    rendered = get_renderer("json")(report, Registry(), FormatOptions())
    assert rendered == json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    empty = Report.build([], templates=1)
    assert get_renderer("json")(empty, Registry(), FormatOptions()) == json.dumps(empty.to_dict(), indent=2) + "\n"


def test_a_parallel_run_that_spills_prints_the_same(campaign: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers send their chunks' findings back as they finish; the main process spills them.
    The workers (forked, holding a copy of the collector) must not remove its folder."""
    from followup_lint import parallel

    if parallel.job_count(2) < 2:
        pytest.skip("no fork on this platform")
    monkeypatch.setattr(parallel, "SEQUENTIAL_RECORDS", 40)
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 30)
    two = Linter(config_from_mapping({"send-date": "2026-11-20", "jobs": 2}))
    expected = _all_formats(lint_path(campaign, linter=two), two)
    _spilling(monkeypatch, after=9)
    report = lint_path(campaign, linter=two)
    assert report.spilled
    assert _all_formats(report, two) == expected


def test_many_runs_are_merged_in_steps_to_the_same_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collect, "MERGE_FAN_IN", 3)
    found = [_finding(i % 37, line=1 + i % 5) for i in range(400)]  # repeats: de-duplicated
    collector = collect.Collector(spill_after=11)
    collector.extend(found)
    assert list(Report.build(collector).diagnostics) == collect.dedupe_sorted(found)


@pytest.mark.parametrize("failure", ["no temporary folder", "disk full after two runs", "disk full at the end"])
def test_when_temporary_files_cannot_be_written_the_run_goes_on_in_memory(
        failure: str, linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    people = _people(120)
    expected = lint(TEMPLATE, people, linter=linter)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    _spilling(monkeypatch, after=6)
    real = collect.write_packed
    calls: list[Path] = []

    def failing(path: Path, items: Any) -> int:
        calls.append(path)
        if failure == "disk full after two runs" and len(calls) > 2 or \
                failure == "disk full at the end" and path.name.startswith("report"):
            path.write_bytes(b"partial")
            raise OSError(28, "No space left on device")
        return real(path, items)

    def no_folder() -> None:
        raise PermissionError(13, "Permission denied")

    if failure == "no temporary folder":
        monkeypatch.setattr(collect, "SpillDir", no_folder)
    monkeypatch.setattr(collect, "write_packed", failing)
    with pytest.warns(RuntimeWarning, match="kept in memory"):
        report = lint(TEMPLATE, people, linter=linter)
    assert report.diagnostics == expected.diagnostics and report.summary == expected.summary
    assert not report.spilled or failure == "disk full after two runs"
    del report
    gc.collect()
    assert _leftovers(scratch) == []
