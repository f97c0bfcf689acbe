"""Attendance from real webinar and event exports (attendance.py, rules/data/attendance.yml)
and FL301 (attendance-mismatch) reading it."""

from __future__ import annotations

from typing import Any

import pytest

import followup_lint
from followup_lint import Config, Linter
from followup_lint.attendance import (
    ATTENDED,
    COUNT,
    FLAG,
    INVITED,
    INVERTED,
    MISSED,
    REGISTERED,
    STATUS,
    Attendance,
    attendance_columns,
    combine,
    fold_column,
    value_answer,
)
from followup_lint.testing import run_rules


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Attended", FLAG),  # Zoom webinar attendee report, GoTo Webinar, Webex
        ("Checked In", FLAG),  # Eventbrite check-in
        ("attended_webinar", FLAG),
        ("No Show", INVERTED),
        ("Absent", INVERTED),
        ("Attendee Status", STATUS),  # Eventbrite, Cvent
        ("attendance_status", STATUS),
        ("Registration Status", STATUS),
        ("Program Status", STATUS),  # Marketo
        ("Campaign Member Status", STATUS),  # Salesforce
        ("Time in Session (minutes)", COUNT),  # Zoom
        ("In Session Duration", COUNT),  # GoTo Webinar
        ("Live Minutes", COUNT),  # ON24
        ("sessions_attended", COUNT),
        ("Attendance Rate", COUNT),  # Livestorm, GoTo Webinar
        ("attendanceTimeInSeconds", COUNT),  # GoTo Webinar API
        ("totalAttendanceInSeconds", COUNT),  # Microsoft Teams webinars
        ("is_checked_in", FLAG),  # Eventbrite report field
        ("attendedLive", FLAG),  # Restream
        ("Webinar Attendance", STATUS),  # HubSpot contact property set by a workflow
        ("event_attendance", STATUS),
    ],
)
def test_export_columns_are_recognised(header: str, kind: str) -> None:
    assert attendance_columns(["First Name", "Last Name", "Email", header]) == (((header,), kind),)


@pytest.mark.parametrize("header", ["First Name", "Email", "Company", "Job Title", "Registration Time", "Join Time",
                                    "Duration", "Webinar ID", "Country/Region Name", "Approval Status", "Source",
                                    "Checked In On Site", "Responded"])
def test_other_export_columns_are_not_attendance(header: str) -> None:
    assert attendance_columns([header]) == ()


@pytest.mark.parametrize(
    ("value", "kind", "answer"),
    [
        ("Yes", FLAG, ATTENDED), ("No", FLAG, MISSED), ("TRUE", FLAG, ATTENDED), ("false", FLAG, MISSED),
        (True, FLAG, ATTENDED), (0, FLAG, MISSED),
        ("Registered - did not attend", STATUS, MISSED),
        ("no-show", STATUS, MISSED), ("NO_SHOW", STATUS, MISSED), ("No Show", STATUS, MISSED),
        ("Attended", STATUS, ATTENDED), ("ATTENDED", STATUS, ATTENDED), ("Checked in", STATUS, ATTENDED),
        ("Checked In", STATUS, ATTENDED), ("Absent", STATUS, MISSED), ("Not Attending", STATUS, MISSED),
        ("Cancelled", STATUS, MISSED), ("Registered", STATUS, REGISTERED), ("Accepted", STATUS, REGISTERED),
        ("teilgenommen", STATUS, ATTENDED), ("nicht teilgenommen", STATUS, MISSED), ("absent", STATUS, MISSED),
        ("Attending", STATUS, "ticket"),  # Eventbrite: holds a ticket; a no-show only beside "Checked In"
        ("Attending", FLAG, None),
        ("Attended On-demand", STATUS, ATTENDED),  # Marketo: watched the recording, a success step
        # Marketo progression statuses name the channel first
        ("Webinar -> No Show", STATUS, MISSED), ("Webinar -> Attended", STATUS, ATTENDED),
        ("Webinar -> Registered", STATUS, REGISTERED), ("Webinar -> Attended On-demand", STATUS, ATTENDED),
        ("Webinar -> Invited", STATUS, INVITED), ("Not in Program", STATUS, INVITED), ("Sent", STATUS, INVITED),
        ("Responded", STATUS, "ticket"),  # Salesforce: a no-show only beside "Attended" in the same column
        # Zoom registrant status, Eventbrite attendee states (checked against their docs)
        ("denied", STATUS, MISSED), ("approved", STATUS, REGISTERED),
        ("pending", STATUS, INVITED),  # never approved: no join link
        ("Refunded", STATUS, MISSED), ("Deleted", STATUS, None), ("Not Attending", STATUS, MISSED),
        ("Did not show", STATUS, MISSED), ("Left early", STATUS, ATTENDED), ("0%", COUNT, MISSED),
        ("85%", COUNT, ATTENDED),
        # HubSpot workflow property values, as portals spell them
        ("Registered, didn't attend", STATUS, MISSED), ("Registered, didn’t attend", STATUS, MISSED),
        ("registered_didnt_attend", STATUS, MISSED), ("Registered but did not attend", STATUS, MISSED),
        ("Registered – not attending", STATUS, MISSED), ("Registered", STATUS, REGISTERED),
        ("Open", STATUS, None), ("Customer", STATUS, None), ("", STATUS, None), (None, STATUS, None),
        ("Yes", INVERTED, MISSED), ("No", INVERTED, ATTENDED),
        ("0", COUNT, MISSED), ("37", COUNT, ATTENDED), ("12.5", COUNT, ATTENDED), ("0,0", COUNT, MISSED),
        ("00:42:10", COUNT, ATTENDED), ("00:00:00", COUNT, MISSED), (0, COUNT, MISSED), (42, COUNT, ATTENDED),
        ("", COUNT, None), ("n/a", COUNT, None),
    ],
)
def test_values_of_real_exports(value: Any, kind: str, answer: str | None) -> None:
    assert value_answer(value, kind) == answer


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([(None, "attended"), (MISSED, "attendance_status")], Attendance(False, "attendance_status")),
        ([(ATTENDED, "Attended"), (REGISTERED, "Attendee Status")], Attendance(True, "Attended")),
        ([(REGISTERED, "Registration Status"), (ATTENDED, "Checked In")], Attendance(True, "Checked In")),
        ([(ATTENDED, "Attended"), (MISSED, "No Show")], Attendance(None)),  # contradiction: say nothing
        ([(REGISTERED, "status")], Attendance(False, "status")),
        ([(MISSED, "Live Minutes"), (REGISTERED, "status")], Attendance(False, "Live Minutes")),
        ([(None, "Attended")], Attendance(None)),
        ([], Attendance(None)),
    ],
)
def test_columns_are_combined(answers: list[tuple[str | None, str]], expected: Attendance) -> None:
    assert combine(answers) == expected


def test_column_names_fold_punctuation_away() -> None:
    assert fold_column("Time in Session (minutes)") == "timeinsessionminutes"
    assert fold_column("attendee_status") == fold_column("Attendee Status") == "attendeestatus"
    assert fold_column("Asistió") == "asistio" and fold_column("Participé") == "participe"


# ------------------------------------------------------------------------------------ FL301

THANKS = "Hi {{ first_name }},\n\nThanks for attending Retention Metrics 101 on Tuesday. The slides are attached.\n\nBest,\nDana Okafor"
BRANCHED = (
    "Hi {{ first_name }},\n\n{% if Attended == 'Yes' %}Thanks for attending on Tuesday.{% else %}Sorry we missed you "
    "on Tuesday.{% endif %}\n\nBest,\nDana Okafor"
)


def rec(first: str, last: str, **columns: str) -> dict[str, str]:
    return {"first_name": first, "last_name": last, "email": f"{first.lower()}@northwind.example", **columns}


FIRES = [
    pytest.param(rec("Parissa", "Behnia", Attended="No", **{"Time in Session (minutes)": "0"}), "Attended", id="zoom"),
    pytest.param(rec("Wei", "Zhang", Attended="No", **{"In Session Duration": "", "Interest Rating": ""}), "Attended",
                 id="goto-webinar"),
    pytest.param(rec("José", "García Márquez", attendee_status="Registered - did not attend"), "attendee_status",
                 id="registered-did-not-attend"),
    pytest.param(rec("Siobhán", "Ní Bhriain", attended="", attendance_status="no-show"), "attendance_status",
                 id="status-when-attended-is-empty"),
    pytest.param(rec("Kwame", "Mensah", **{"Attendee Status": "Not Attending", "Checked In": ""}), "Attendee Status",
                 id="eventbrite-not-attending"),
    pytest.param(rec("Aiko", "Tanaka", **{"Live Minutes": "0", "Archive Minutes": "0"}), "Live Minutes", id="on24"),
    pytest.param(rec("Mary-Jane", "Watson", **{"Attendee Status": "No Show"}), "Attendee Status", id="cvent"),
    pytest.param(rec("Ludwig", "van Beethoven", **{"No Show": "Yes"}), "No Show", id="no-show-flag"),
    pytest.param(rec("Oluwaseun", "Adeyemi", attendance_state="NO_SHOW"), "attendance_state", id="hubspot-state"),
    pytest.param(rec("Min-jun", "Park", **{"Program Status": "No Show"}), "Program Status", id="marketo"),
    pytest.param(rec("Zoë", "Lefèvre", **{"Checked In": "No"}), "Checked In", id="checked-in-no"),
    pytest.param(rec("Fatima", "Al-Sayed", Attended="Nein"), "Attended", id="german-export"),
    pytest.param(rec("Yuki", "Tanabe", **{"Webinar Attendance": "Registered, didn't attend"}), "Webinar Attendance",
                 id="hubspot-contact-property"),
]

QUIET = [
    pytest.param(rec("Parissa", "Behnia", Attended="Yes", **{"Time in Session (minutes)": "47"}), id="zoom-attended"),
    pytest.param(rec("Wei", "Zhang", attendee_status="Attended"), id="status-attended"),
    pytest.param(rec("José", "García Márquez", **{"Attendee Status": "Attending"}), id="eventbrite-ticket-holder"),
    pytest.param(rec("Siobhán", "Ní Bhriain", Attended="Yes", attendee_status="Registered"), id="registered-then-came"),
    pytest.param(rec("Kwame", "Mensah", Attended="Yes", **{"No Show": "Yes"}), id="contradiction"),
    pytest.param(rec("Aiko", "Tanaka", **{"Live Minutes": "42"}), id="on24-watched-live"),
    # the count columns are read as one: 14 archive minutes is someone who watched on demand,
    # as "Attended On-demand" is (issue 11 round 16; this record was a no-show case before)
    pytest.param(rec("Aiko", "Tanaka", **{"Live Minutes": "0", "Archive Minutes": "14"}), id="on24-watched-on-demand"),
    pytest.param(rec("Mary-Jane", "Watson", status="Customer"), id="crm-lead-status"),
    pytest.param(rec("Ludwig", "van Beethoven", **{"Program Status": "Attended On-demand"}), id="on-demand"),
    pytest.param(rec("Oluwaseun", "Adeyemi", company="Northwind Analytics"), id="no-attendance-column"),
    pytest.param(rec("Min-jun", "Park", **{"No Show": "No"}), id="no-show-no"),
    pytest.param(rec("Zoë", "Lefèvre", **{"Checked In": "Yes", "Registration Status": "Registered"}), id="checked-in"),
    pytest.param(rec("Fatima", "Al-Sayed", Attended="", attendance_status=""), id="all-empty"),
    pytest.param(rec("Wiremu", "Tautahi", **{"Webinar Attendance": "Attended"}), id="hubspot-property-attended"),
    pytest.param(rec("Rosalind", "Achebe-Hart", **{"Event Attendance": "Attended (on demand)"}),
                 id="hubspot-property-on-demand"),
]


# counts of joins, sessions or minutes attended, as HubSpot's Zoom integration and event tools
# name them in five languages: 0 is a no-show, more is present, empty says nothing
COUNT_HEADERS = [
    "Zoom Webinar Joined Count", "Joined Count", "Zoom Meeting Joined Count", "Sessions Attended",
    "Attended Sessions", "Number of sessions attended", "Minutes Attended", "Webinars attended (count)",
    "Minuten anwesend", "Anzahl besuchter Sitzungen", "Teilnahmedauer (Minuten)",
    "Sessions suivies", "Minutes de présence", "Sesiones asistidas", "Minutos asistidos",
    "Bijgewoonde sessies", "Minuten aanwezig",
]
NOT_COUNT_HEADERS = [
    "Zoom Webinar Registration Count", "Registration Count", "Email Open Count", "Number of Sessions",
    "Page Views", "Zoom Webinar Attendance Average Duration", "Sessions Registered", "Minutes Available",
    "Anzahl Anmeldungen", "Sessions inscrites", "Sesiones registradas", "Aantal inschrijvingen",
    "Number of Employees", "Session Count", "Minutes", "Join Time", "Contact owner",
]


@pytest.mark.parametrize("header", COUNT_HEADERS)
def test_attendance_count_columns_are_recognised(header: str) -> None:
    assert attendance_columns(["Record ID", "First Name", "Email", header]) == (((header,), COUNT),)


@pytest.mark.parametrize("header", NOT_COUNT_HEADERS)
def test_other_count_columns_are_not_attendance(header: str) -> None:
    assert attendance_columns(["Record ID", "First Name", "Email", header]) == ()


JOINED_FIRES = [
    pytest.param(rec("Eun-ji", "Seo", **{"Zoom Webinar Registration Count": "1", "Zoom Webinar Joined Count": "0"}),
                 "Zoom Webinar Joined Count", id="hubspot-zoom-joined-0"),
    pytest.param(rec("Rhys", "ap Gwilym", **{"Sessions Attended": "0", "Sessions Registered": "3"}),
                 "Sessions Attended", id="sessions-attended-0"),
    pytest.param(rec("Dragan", "Petrović", **{"Minuten anwesend": "0"}), "Minuten anwesend", id="de-minuten-0"),
    pytest.param(rec("Anne-Laure", "de Villiers", **{"Sessions suivies": "0"}), "Sessions suivies", id="fr-0"),
]
JOINED_QUIET = [
    pytest.param(rec("Eun-ji", "Seo", **{"Zoom Webinar Registration Count": "2", "Zoom Webinar Joined Count": "1"}),
                 id="hubspot-zoom-joined-1"),
    pytest.param(rec("Rhys", "ap Gwilym", **{"Sessions Attended": "", "Sessions Registered": "3"}),
                 id="sessions-attended-empty"),
    pytest.param(rec("Dragan", "Petrović", **{"Minuten anwesend": "38"}), id="de-minuten-38"),
    pytest.param(rec("Anne-Laure", "de Villiers", **{"Zoom Webinar Registration Count": "0"}), id="registration-0"),
]


@pytest.mark.parametrize(("record", "column"), JOINED_FIRES)
def test_fl301_reads_a_zero_attendance_count(record: dict[str, str], column: str) -> None:
    [finding] = run_rules("FL301", THANKS, [record], show_personal_data=False)
    assert f"{column!r}" in finding.message


@pytest.mark.parametrize("record", JOINED_QUIET)
def test_fl301_quiet_for_a_positive_or_empty_count(record: dict[str, str]) -> None:
    assert run_rules("FL301", THANKS, [record]) == []


@pytest.mark.parametrize(("record", "column"), FIRES)
def test_fl301_reads_real_export_columns(record: dict[str, str], column: str) -> None:
    [finding] = run_rules("FL301", THANKS, [record], show_personal_data=False)
    assert f"{column!r}" in finding.message
    assert finding.recipient is not None and finding.recipient.row == 1


@pytest.mark.parametrize("record", QUIET)
def test_fl301_quiet_for_attendees_and_unknowns(record: dict[str, str]) -> None:
    assert run_rules("FL301", THANKS, [record]) == []


def test_fl301_branch_on_the_zoom_column_is_respected() -> None:
    records = [rec("Parissa", "Behnia", Attended="No"), rec("Wei", "Zhang", Attended="Yes")]
    assert run_rules("FL301", BRANCHED, records) == []


@pytest.mark.parametrize(
    ("fields", "fires"),
    [
        ({"attendance": ["Webinar Participation"]}, True),
        ({"attendance": ["Webinar Participation", "Attended"]}, True),
        ({"attendance": ["Attended"]}, False),  # only the mapped column is read, and it is empty
        ({}, False),  # "Webinar Participation" is not a known column without the mapping
    ],
)
def test_attendance_field_mapping(fields: dict[str, list[str]], fires: bool) -> None:
    record = rec("Parissa", "Behnia", **{"Webinar Participation": "Absent", "Attended": ""})
    linter = Linter(Config(select=("FL301",), fields={k: tuple(v) for k, v in fields.items()}))
    found = followup_lint.lint(THANKS, [record], linter=linter).diagnostics
    assert [d.code for d in found] == (["FL301"] if fires else [])
    if fires:
        assert "'Webinar Participation'" in found[0].message


def test_attendance_mapping_in_a_config_file() -> None:
    from followup_lint.config import config_from_mapping

    config = config_from_mapping({"select": ["FL301"], "fields": {"attendance": ["Teilnahme"]}}, where="test")
    found = followup_lint.lint(THANKS, [rec("Ludwig", "van Beethoven", Teilnahme="nicht teilgenommen")],
                               config=config).diagnostics
    assert [d.code for d in found] == ["FL301"]
