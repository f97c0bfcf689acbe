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
        # the field names and values CRM and webinar exports use
        (THANKS, {"first_name": "Nguyễn", "last_name": "Thị Lan", "email": "lan.nguyen@saigonsoft.example",
                  "registration_status": "Registered"}, True),
        (THANKS, {"first_name": "Kwame", "last_name": "Mensah", "email": "kwame.mensah@accraworks.example",
                  "status": "Did not attend"}, True),
        (THANKS, {"first_name": "Björk", "email": "bjork@reykjavik-sound.example", "Attendance Status": "absent"}, True),
        (THANKS, {"first_name": "Kwame", "last_name": "Mensah", "email": "kwame.mensah@accraworks.example",
                  "status": "Attended"}, False),
        (THANKS, {"first_name": "Ana", "last_name": "de la Cruz", "email": "ana.delacruz@manila-analytics.example",
                  "status": "Customer"}, False),  # a lead status, not attendance: no evidence
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


# FL302: generic greetings, with a recipient list and no kind declared -------------------

RECORDING = "\n\nHere is the recording of Retention Metrics 101 and the slides."


@pytest.mark.parametrize(
    ("greeting", "fires"),
    [
        ("Hi there,", True),
        ("Hey there!", True),
        ("Hello everyone,", True),
        ("Hi all,", True),
        ("Hi team,", True),
        ("Hello friend,", True),
        ("Hello,", True),
        ("Dear Customer,", True),
        ("Dear Valued Customer,", True),
        ("Dear Attendee,", True),
        ("Dear Participant,", True),
        ("Dear Webinar Attendee,", True),
        ("Dear Sir or Madam,", True),
        ("Dear Sir/Madam,", True),
        ("Dear Sir,", True),
        ("To whom it may concern,", True),
        ("Sehr geehrte Damen und Herren,", True),
        ("Hallo zusammen,", True),
        ("Liebe Teilnehmende,", True),
        ("Madame, Monsieur,", True),
        ("Bonjour à tous,", True),
        ("Estimado cliente:", True),
        ("Estimado/a cliente,", True),
        ("A quien corresponda:", True),
        ("Geachte heer/mevrouw,", True),
        ("Beste klant,", True),
        ("Hallo allemaal,", True),
        # a name, or a name with a generic fallback
        ("Hi {{ first_name }},", False),
        ("Hi {{ first_name | default('there', true) }},", False),
        ("Hi {{ preferred_name or first_name }},", False),
        ("Dear Dr. {{ last_name }},", False),
        ("Sehr geehrte Frau {{ nachname }},", False),
        ("Bonjour {{ prenom | default('à tous', true) }},", False),
        ("{% set name = first_name | trim %}Hi {{ name }},", False),  # a local variable is still a name
        # hard-coded names are FL107's business, not generic
        ("Hi Sarah,", False),
        ("Dear Madonna,", False),
        ("Hi Siobhán,", False),
        ("Estimado Don Álvaro,", False),
        ("Beste Jan de Vries,", False),
        ("Hi June,", True),  # months stay in the generic list: "Hi June" is far more often "Happy June"
    ],
)
def test_generic_greeting(greeting: str, fires: bool) -> None:
    found = run_rules("FL302", greeting + RECORDING, [person("yes")])
    assert codes(found) == (["FL302"] if fires else [])


def test_generic_greeting_needs_a_list_or_a_personal_kind() -> None:
    assert run_rules("FL302", "Hi there,\n\nHere is the recording.") == []
    follow_up = "---\nkind: follow-up\n---\nHi there,\n\nHere is the recording."
    assert codes(run_rules("FL302", follow_up)) == ["FL302"]
    prospecting = "---\nkind: prospecting\n---\nTo whom it may concern,\n\nWe help RevOps teams."
    assert codes(run_rules("FL302", prospecting)) == ["FL302"]


@pytest.mark.parametrize("kind", ["newsletter", "transactional", "marketing"])
def test_generic_greeting_is_fine_in_a_broadcast(kind: str) -> None:
    template = f"---\nkind: {kind}\n---\nHello everyone,\n\nThis month's product news."
    assert run_rules("FL302", template, [person("yes")]) == []


def test_generic_greeting_points_at_the_generic_words() -> None:
    [slot] = run_rules("FL302", "Dear Valued Customer,\n\nThanks.", [person("yes")])
    assert (slot.line, slot.column, slot.end_column) == (1, 6, 21)
    assert slot.fix is None  # "Dear there" would be worse
    [informal] = run_rules("FL302", "Hello everyone,\n\nThanks.", [person("yes")])
    assert (informal.column, informal.end_column) == (7, 15)
    assert informal.fix == "{{ first_name | default('there', true) }}"
    [whole] = run_rules("FL302", "Hi there,\n\nThanks.", [person("yes")])
    assert (whole.column, whole.end_column) == (1, 9)
    assert whole.fix == "Hi {{ first_name | default('there', true) }}"
    [opening] = run_rules("FL302", "---\nkind: follow-up\n---\nTo whom it may concern,\n\nThanks.")
    assert (opening.line, opening.column, opening.end_column) == (4, 1, 23)
    assert "To whom it may concern" in opening.message and "follow-up template" in opening.message


# FL303: no recipient data at all ----------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "with_list", "fires"),
    [
        ("---\nkind: follow-up\n---\nHi there,\n\nThanks for your interest in our product.", False, True),
        ("---\nkind: prospecting\n---\nHello,\n\nWe help teams like yours grow.", False, True),
        ("Hi there,\n\nThanks for attending our webinar last week.", True, True),  # a list, no kind
        ("Hi there,\n\nThanks for your interest.", False, False),  # no list, no kind: unknown intent
        ("---\nkind: follow-up\n---\nHi {{ first_name }},\n\nThanks for your question.", False, False),
        ("---\nkind: follow-up\n---\nHi there,\n\n{% if question %}You asked about {{ question }}.{% endif %}",
         False, False),
        ("---\nkind: follow-up\n---\nHi there,\n\n{% if attended %}Thanks for coming.{% else %}Sorry we missed you."
         "{% endif %}", True, False),  # branches on the record
        ("---\nkind: follow-up\nsubject: \"Your recording of {{ webinar_title }}\"\n---\nHi there,\n\nIt is below.",
         True, False),  # the subject reads recipient data
        ("---\nkind: newsletter\n---\nHello everyone,\n\nThis month's product news.", True, False),
        ("---\nkind: transactional\n---\nYour password was changed.", True, False),
    ],
)
def test_no_recipient_data(template: str, with_list: bool, fires: bool) -> None:
    found = codes(run_rules("FL303", template, [person("yes")] if with_list else []))
    assert found == (["FL303"] if fires else [])


def test_no_recipient_data_says_how_to_declare_a_broadcast() -> None:
    [finding] = run_rules("FL303", "Hi there,\n\nThanks for attending.", [person("yes")])
    assert "kind: newsletter" in finding.message
    [kind] = run_rules("FL303", "---\nkind: follow-up\n---\nHi there,\n\nThanks.")
    assert (kind.line, kind.column) == (2, 1)  # the kind that makes it personal
