"""FL301 and Eventbrite's ticket-only status (issue 11, item 3): an ``Attendee Status`` of
"Attending" means "holds a ticket"; where the same column says "Checked In" for others, it means
the holder never checked in - a no-show. Which one depends on the whole column, so a list that
can be read twice is scanned once before the stream (attendance_scan.py); the CSV and JSON
readers, in-memory lists, DataFrames and forked workers must agree. Must-fire: mixed columns;
must-not: a list where nobody is checked in (check-in never used), and wording for no-shows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from followup_lint import Config, Linter, lint, lint_path
from followup_lint import parallel
from followup_lint.attendance_scan import scan_checked_in
from followup_lint.recipients import read_records

# Eventbrite's attendee report, as exported (column names as Eventbrite writes them)
HEADER = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type",
          "Attendee #", "Attendee Status", "Company"]
PEOPLE = [("Chiamaka", "Eze-Balogun"), ("Søren", "Kierkegaard-Holm"), ("Wei Ling", "Tan"), ("Ibrahim", "Al-Masri"),
          ("Maëlle", "de Saint-Exupéry"), ("Kalani", "Akana"), ("Dmitri", "Volkov"), ("Ayasha", "Redcloud")]

FOLLOW_UP = """---
kind: follow-up
---
Hi {{ first_name }},

Thanks for joining us at the supply-chain roundtable in Rotterdam yesterday.

Here are the slides.

Best,
Femke de Groot
"""
NO_SHOW_MESSAGE = """---
kind: follow-up
---
Hi {{ first_name }},

We missed you at the supply-chain roundtable in Rotterdam yesterday - here are the slides.

Best,
Femke de Groot
"""


def _records(statuses: list[str]) -> list[dict[str, str]]:
    rows = []
    for i, status in enumerate(statuses):
        given, family = PEOPLE[i % len(PEOPLE)]
        rows.append(dict(zip(HEADER, [f"{7812345600 + i}", "2026-11-02 10:14:00", given, family,
                                      f"guest{i}@harbourline.example", "1", "General Admission", f"{i + 1}",
                                      status, "Harbourline B.V."])))
    return rows


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    if path.suffix == ".json":
        path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    else:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=HEADER)
            writer.writeheader()
            writer.writerows(rows)
    return path


def _flagged_rows(report) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(d.recipient.index for d in report.diagnostics if d.code == "FL301")


MIXED = ["Checked In", "Attending", "Checked In", "Not Attending", "Refunded", "Checked In", "Attending", "Checked In"]
NOBODY_CHECKED_IN = ["Attending", "Attending", "Not Attending", "Attending", "Refunded", "Attending"]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_mixed_column_reports_the_ticket_holders_who_never_checked_in(tmp_path: Path, suffix: str) -> None:
    template = tmp_path / "follow-up.j2"
    template.write_text(FOLLOW_UP, encoding="utf-8")
    recipients = _write(tmp_path / f"attendees{suffix}", _records(MIXED))
    report = lint_path(template, recipients=recipients, config={"select": ["FL301"]})
    # 0-based records: "Attending" (1, 6), "Not Attending" (3), "Refunded" (4)
    assert _flagged_rows(report) == [1, 3, 4, 6]
    messages = [d.message for d in report.diagnostics if d.code == "FL301"]
    assert sum("never checked in" in m for m in messages) == 2
    assert not any(given in m or family in m for m in messages for given, family in PEOPLE)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_no_check_in_used_attending_is_a_ticket_not_a_no_show(tmp_path: Path, suffix: str) -> None:
    template = tmp_path / "follow-up.j2"
    template.write_text(FOLLOW_UP, encoding="utf-8")
    recipients = _write(tmp_path / f"attendees{suffix}", _records(NOBODY_CHECKED_IN))
    found = _flagged_rows(lint_path(template, recipients=recipients, config={"select": ["FL301"]}))
    assert found == [2, 4]  # only "Not Attending" and "Refunded"


def test_a_message_for_no_shows_is_quiet_in_a_mixed_column(tmp_path: Path) -> None:
    template = tmp_path / "no-shows.j2"
    template.write_text(NO_SHOW_MESSAGE, encoding="utf-8")
    recipients = _write(tmp_path / "attendees.csv", _records(MIXED))
    assert _flagged_rows(lint_path(template, recipients=recipients, config={"select": ["FL301"]})) == []


def test_in_memory_lists_are_scanned_like_files() -> None:
    mixed = lint(FOLLOW_UP, _records(MIXED), config={"select": ["FL301"]})
    assert sorted(d.recipient.index for d in mixed.diagnostics if d.code == "FL301") == [1, 3, 4, 6]
    nobody = lint(FOLLOW_UP, _records(NOBODY_CHECKED_IN), config={"select": ["FL301"]})
    assert sorted(d.recipient.index for d in nobody.diagnostics if d.code == "FL301") == [2, 4]


def test_a_one_shot_stream_is_not_scanned_unless_the_option_says_so() -> None:
    once = lint(FOLLOW_UP, iter(_records(MIXED)), config={"select": ["FL301"]})
    assert sorted(d.recipient.index for d in once.diagnostics if d.code == "FL301") == [3, 4]
    told = lint(FOLLOW_UP, iter(_records(MIXED)),
                config={"select": ["FL301"], "rules": {"FL301": {"ticket_holders": "no-show"}}})
    assert sorted(d.recipient.index for d in told.diagnostics if d.code == "FL301") == [1, 3, 4, 6]
    never = lint(FOLLOW_UP, _records(MIXED), config={"select": ["FL301"], "rules": {"FL301": {"ticket_holders": "unknown"}}})
    assert sorted(d.recipient.index for d in never.diagnostics if d.code == "FL301") == [3, 4]


def test_forked_workers_agree_with_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "SEQUENTIAL_RECORDS", 20)
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 15)
    template = tmp_path / "follow-up.j2"
    template.write_text(FOLLOW_UP, encoding="utf-8")
    # the only check-in comes after the records the main process lints itself
    statuses = ["Attending"] * 60 + ["Checked In"] + ["Attending"] * 19
    recipients = _write(tmp_path / "attendees.csv", _records(statuses))
    sequential = lint_path(template, recipients=recipients, linter=Linter(Config(jobs=1, select=("FL301",))))
    forked = lint_path(template, recipients=recipients, linter=Linter(Config(jobs=2, select=("FL301",))))
    assert _flagged_rows(forked) == _flagged_rows(sequential)
    assert len(_flagged_rows(sequential)) == 79


def test_the_scan_stops_at_the_first_check_in_and_ignores_other_columns() -> None:
    read = 0

    def counted(rows):  # type: ignore[no-untyped-def]
        nonlocal read
        for row in rows:
            read += 1
            yield row

    rows = _records(["Attending", "Checked In"] + ["Attending"] * 50)
    assert scan_checked_in(read_records(counted(rows))) == frozenset({"Attendee Status"})
    assert read == 2
    # a list with no status column is not read past its first record
    read = 0
    plain = [{"first_name": "Ana", "Attended": "Yes"}] * 30
    assert scan_checked_in(read_records(counted(plain))) == frozenset()
    assert read == 1


@pytest.mark.parametrize(("column", "value", "fires"), [
    ("Webinar attendance status", "Registered - No Show", True),  # a HubSpot property, named by its owner
    ("Roadshow Attendee Status", "Not Attending", True),
    ("Summit Check-in Status", "Not checked in", True),
    ("Webinar attendance status", "Attended", False),
    ("Lead Status", "No", False),  # a CRM lead status is not attendance
    ("Status", "Customer", False),
])
def test_status_columns_are_known_by_how_their_name_ends(column: str, value: str, fires: bool) -> None:
    record = {"First Name": "Thandiwe", "Last Name": "Nkosi-Mokoena", column: value}
    found = [d.code for d in lint(FOLLOW_UP, [record], config={"select": ["FL301"]}).diagnostics]
    assert found == (["FL301"] if fires else [])
