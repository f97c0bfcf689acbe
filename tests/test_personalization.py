"""FL3xx personalization rules: cases that must fire and cases that must not."""

from __future__ import annotations

import pytest

from followup_lint.checks.personalization import attended_value
from followup_lint.testing import codes, run_rules

THANKS = "Hi {{ first_name }},\n\nThanks for joining Tuesday's session on retention metrics.\n\nBest,\nDana"
GUARDED = (
    "Hi {{ first_name }},\n\n{% if attended == 'yes' %}Thanks for joining us on Tuesday.{% else %}"
    "Sorry we missed you on Tuesday; the recording is below.{% endif %}\n\nBest,\nDana"
)
GERMAN = "Hallo {{ vorname }},\n\nDanke für Ihre Teilnahme am Webinar gestern.\n\nViele Grüße\nJonas"


def person(attended: object, **extra: object) -> dict[str, object]:
    record = {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@bluefinch.example",
              "attended": attended}
    record.update(extra)
    return record


@pytest.mark.parametrize(
    ("template", "record", "fires"),
    [
        (THANKS, person("no"), True),
        (THANKS, person("No-Show"), True),
        (THANKS, person(False), True),
        (THANKS, person(0), True),
        (THANKS, person("registered"), True),
        (THANKS.replace("Thanks for joining", "Thank you for attending"), person("absent"), True),
        (GERMAN, {"vorname": "Anna", "nachname": "Berg", "email": "anna.berg@rheinwerk.example", "teilgenommen": "nein",
                  "attended": "nein"}, True),
        (THANKS, person("yes"), False),
        (THANKS, person(True), False),
        (THANKS, person("attended"), False),
        (THANKS, person(""), False),  # unknown: no evidence either way
        (THANKS, {"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example"}, False),  # no field
        (GUARDED, person("no"), False),  # the no-show branch does not thank them
        (GUARDED, person("yes"), False),
        ("Hi {{ first_name }},\n\nSorry we missed you at the session; here is the recording.", person("no"), False),
    ],
)
def test_attendance_mismatch(template: str, record: dict[str, object], fires: bool) -> None:
    found = codes(run_rules("FL301", template, [record]))
    assert found == (["FL301"] if fires else [])


def test_attendance_mismatch_points_at_the_phrase() -> None:
    [diagnostic] = run_rules("FL301", THANKS, [person("no")])
    assert (diagnostic.line, diagnostic.column) == (3, 1)
    assert diagnostic.recipient is not None and diagnostic.recipient.row == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("yes", True), ("Y", True), ("1", True), (1, True), (True, True), ("Attended", True),
     ("no", False), ("No Show", False), ("0", False), (0, False), (False, False), ("registered", False),
     ("", None), ("maybe", None), (None, None), ([1], None)],
)
def test_attended_value(raw: object, expected: bool | None) -> None:
    assert attended_value(raw) is expected


@pytest.mark.parametrize(
    ("template", "fires"),
    [
        ("Hi there,\n\nThanks for joining the session.", True),
        ("Hello everyone,\n\nHere is the recording.", True),
        ("Dear Customer,\n\nHere is the recording.", True),
        ("Hallo zusammen,\n\nhier ist die Aufzeichnung.", True),
        ("Hi {{ first_name }},\n\nHere is the recording.", False),
        ("Hi {{ first_name | default('there', true) }},\n\nHere is the recording.", False),
        ("Thanks for joining the session; the recording is below.", False),  # no greeting at all
        ("Hi Sarah,\n\nHere is the recording.", False),  # a hard-coded name is FL107's business
    ],
)
def test_generic_greeting(template: str, fires: bool) -> None:
    found = codes(run_rules("FL302", template, [person("yes")]))
    assert found == (["FL302"] if fires else [])


def test_generic_greeting_needs_a_recipient_list() -> None:
    assert run_rules("FL302", "Hi there,\n\nHere is the recording.") == []


@pytest.mark.parametrize(
    ("template", "fires"),
    [
        ("---\nkind: follow-up\n---\nHi there,\n\nThanks for your interest in our product.", True),
        ("---\nkind: prospecting\n---\nHello,\n\nWe help teams like yours grow.", True),
        ("---\nkind: follow-up\n---\nHi {{ first_name }},\n\nThanks for your question.", False),
        ("---\nkind: follow-up\n---\nHi there,\n\n{% if question %}You asked about {{ question }}.{% endif %}", False),
        ("---\nkind: newsletter\n---\nHello everyone,\n\nThis month's product news.", False),
        ("Hi there,\n\nThanks for your interest.", False),  # kind unknown
    ],
)
def test_no_recipient_data(template: str, fires: bool) -> None:
    found = codes(run_rules("FL303", template))
    assert found == (["FL303"] if fires else [])
