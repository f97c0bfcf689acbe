"""FL308 stale-time-reference: cases that must fire and cases that must not, and the date parser."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.checks.timing import parse_event_date
from followup_lint.testing import codes, run_rules

SEND = "2026-11-23"  # a Monday; every test passes its send date, none depends on today

YESTERDAY = "Hi {{ first_name }},\n\nThanks for joining yesterday's webinar on retention metrics.\n\nBest,\nDana"
LAST_WEEK = "Hi {{ first_name }},\n\nThanks for joining our workshop last week. The slides are attached."
THIS_MORNING = "Hi {{ first_name }},\n\nGreat to see you at the session this morning!"
EARLIER = "Hi {{ first_name }},\n\nThanks for coming to the demo earlier this week."
LAST_TUESDAY = "Hi {{ first_name }},\n\nThanks for joining us last Tuesday."
ON_TUESDAY = "Hi {{ first_name }},\n\nThanks for joining us on Tuesday."
FEW_DAYS = "Hi {{ first_name }},\n\nA few days ago you asked about weekly cohorts; here is the worksheet."
LAST_MONTH = "Hi {{ first_name }},\n\nThanks again for the call last month."
TODAYS = "Hi {{ first_name }},\n\nHere is the recording of today's session."
CTA_TODAY = "Hi {{ first_name }},\n\nHere is the recording. Book a 15-minute demo today."
CALL_TUESDAY = "Hi {{ first_name }},\n\nHere is the recording. I'll call you on Tuesday to talk it through."
GERMAN = "Hallo {{ vorname }},\n\ndanke für Ihre Teilnahme am Webinar gestern.\n\nViele Grüße\nJonas"
GERMAN_HIER = "Hallo {{ vorname }},\n\nhier ist die Aufzeichnung des Webinars.\n\nViele Grüße\nJonas"
FRENCH = "---\nlocale: fr\n---\nBonjour {{ prenom }},\n\nMerci d'avoir participé à l'atelier la semaine dernière."
FRENCH_HIER = "---\nlocale: fr\n---\nBonjour {{ prenom }},\n\nMerci d'avoir participé au webinaire hier."
SPANISH = "Hola {{ nombre }},\n\ngracias por asistir ayer a la sesión."
DUTCH = "Hallo {{ voornaam }},\n\nbedankt voor je deelname aan het webinar vorige week."
BRANCH = ("Hi {{ first_name }},\n\n{% if attended == 'yes' %}Thanks for joining yesterday.{% else %}"
          "Sorry we missed you; here is the recording.{% endif %}")


def rec(date: Any, **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"first_name": "Ana", "last_name": "de la Cruz",
                              "email": "ana.delacruz@manila-analytics.example", "webinar_date": date}
    record.update(extra)
    return record


CASES: list[tuple[str, str, dict[str, Any], str, bool]] = [
    # ------------------------------------------------------------------ must fire
    ("yesterday, event 5 days back", YESTERDAY, rec("2026-11-18"), SEND, True),
    ("yesterday, US date", YESTERDAY, rec("11/17/2026"), SEND, True),
    ("yesterday, event next Thursday", YESTERDAY, rec("2026-11-26T16:00:00Z"), SEND, True),
    ("last week, two weeks back", LAST_WEEK, rec("2026-11-10"), SEND, True),
    ("last week, but it was this Monday", LAST_WEEK, rec("2026-11-30"), "2026-12-02", True),
    ("last week, but two Sundays ago", LAST_WEEK, rec("2026-11-22"), "2026-12-02", True),
    ("this morning, event the day before", THIS_MORNING, rec("2026-11-22 09:30"), SEND, True),
    ("earlier this week, event last week", EARLIER, rec("2026-11-20"), SEND, True),
    ("last Tuesday, event on a Wednesday", LAST_TUESDAY, rec("2026-11-18"), SEND, True),
    ("on Tuesday, event on a Wednesday", ON_TUESDAY, rec("2026-11-18"), SEND, True),
    ("a few days ago, a month back", FEW_DAYS, rec("Oct 22, 2026"), SEND, True),
    ("last month, same month", LAST_MONTH, rec("2026-11-03"), SEND, True),
    ("today's session, three days back", TODAYS, rec("2026-11-20"), SEND, True),
    ("German gestern, dotted date", GERMAN, {"vorname": "Jürgen", "nachname": "Weiß", "sessiondate": "17.11.2026"},
     SEND, True),
    ("French semaine dernière", FRENCH, {"prenom": "Zoë", "nom": "Lefèvre", "event_date": "2 November 2026"},
     SEND, True),
    ("French hier", FRENCH_HIER, {"prenom": "Zoë", "nom": "Lefèvre", "event_date": "2026-11-20"}, SEND, True),
    ("Spanish ayer, month name", SPANISH, {"nombre": "José", "apellido": "García Márquez",
                                           "event_date": "Nov 17, 2026"}, SEND, True),
    ("Dutch vorige week", DUTCH, {"voornaam": "Femke", "achternaam": "van der Berg", "eventdate": "5 November 2026"},
     SEND, True),
    ("rendered branch", BRANCH, rec("2026-11-18", attended="yes"), SEND, True),
    # ------------------------------------------------------------------ must not fire
    ("yesterday, right date", YESTERDAY, rec("2026-11-22"), SEND, False),
    ("yesterday, right datetime", YESTERDAY, rec("2026-11-22T18:00:00Z"), SEND, False),
    ("yesterday, right date with time", YESTERDAY, rec("2026-11-22 14:00"), SEND, False),
    ("last week across a month boundary", LAST_WEEK, rec("2026-11-27"), "2026-12-02", False),
    ("last week, previous Sunday", LAST_WEEK, rec("2026-11-29"), "2026-11-30", False),
    ("last week, previous Monday", LAST_WEEK, rec("2026-11-16"), SEND, False),
    ("this morning, same day", THIS_MORNING, rec("2026-11-23T08:00"), SEND, False),
    ("earlier this week, right", EARLIER, rec("2026-11-24"), "2026-11-26", False),
    ("last Tuesday, right", LAST_TUESDAY, rec("2026-11-17"), SEND, False),
    ("on Tuesday, right", ON_TUESDAY, rec("Tuesday, November 17, 2026"), SEND, False),
    ("a few days ago, right", FEW_DAYS, rec("2026-11-19"), SEND, False),
    ("last month, right", LAST_MONTH, rec("2026-10-15"), SEND, False),
    ("last month across a year boundary", LAST_MONTH, rec("2026-12-15"), "2027-01-08", False),
    ("today's session, same day", TODAYS, rec("11/23/2026"), SEND, False),
    ("CTA today is not about the event", CTA_TODAY, rec("2026-11-18"), SEND, False),
    ("a call on Tuesday is not the event", CALL_TUESDAY, rec("2026-11-18"), SEND, False),
    ("German hier means here", GERMAN_HIER, {"vorname": "Jürgen", "event_date": "2026-10-01"}, SEND, False),
    ("German gestern, right", GERMAN, {"vorname": "Jürgen", "sessiondate": "22.11.2026"}, SEND, False),
    ("unparseable: TBD", YESTERDAY, rec("TBD"), SEND, False),
    ("unparseable: impossible date", YESTERDAY, rec("32/13/2026"), SEND, False),
    ("unparseable: 30 February", YESTERDAY, rec("2026-02-30"), SEND, False),
    ("empty date", YESTERDAY, rec(""), SEND, False),
    ("null date", YESTERDAY, rec(None), SEND, False),
    ("no date field", YESTERDAY, {"first_name": "Kwame", "last_name": "Mensah"}, SEND, False),
    ("branch not rendered", BRANCH, rec("2026-11-18", attended="no"), SEND, False),
    ("no time phrase", "Hi {{ first_name }},\n\nHere is the recording you asked for.", rec("2026-11-01"), SEND, False),
]


@pytest.mark.parametrize(("label", "template", "record", "send", "fires"), CASES, ids=[c[0] for c in CASES])
def test_stale_time_reference_cases(label: str, template: str, record: dict[str, Any], send: str, fires: bool) -> None:
    found = run_rules("FL308", template, [record], send_date=send)
    assert codes(found) == (["FL308"] if fires else []), [d.message for d in found]


def test_message_states_the_gap() -> None:
    [diagnostic] = run_rules("FL308", YESTERDAY, [rec("2026-11-18")], send_date=SEND)
    assert "the event was 5 days before the send date (2026-11-18 vs send date 2026-11-23)" in diagnostic.message
    assert "'webinar_date'" in diagnostic.message
    line = YESTERDAY.splitlines()[2]
    assert (diagnostic.line, diagnostic.column) == (3, line.index("yesterday") + 1)
    assert diagnostic.end_column == line.index("yesterday") + len("yesterday") + 1
    assert diagnostic.recipient is not None and diagnostic.recipient.row == 1


def test_past_phrase_about_a_future_event() -> None:
    [diagnostic] = run_rules("FL308", YESTERDAY, [rec("2026-11-26")], send_date=SEND)
    assert "in the past" in diagnostic.message
    assert "3 days after the send date" in diagnostic.message


def test_last_week_names_the_previous_week() -> None:
    [diagnostic] = run_rules("FL308", LAST_WEEK, [rec("2026-11-30")], send_date="2026-12-02")
    assert "2026-11-23 to 2026-11-29" in diagnostic.message


def test_weekday_mismatch_names_the_day() -> None:
    [diagnostic] = run_rules("FL308", LAST_TUESDAY, [rec("2026-11-18")], send_date=SEND)
    assert "Wednesday" in diagnostic.message


def test_raw_record_value_is_not_printed() -> None:
    [diagnostic] = run_rules("FL308", YESTERDAY, [rec("Wednesday, Nov 18, 2026 at 2pm CET")], send_date=SEND)
    assert "2pm" not in diagnostic.message and "2026-11-18" in diagnostic.message


def test_subject_phrase() -> None:
    found = run_rules("FL308", "Hi {{ first_name }},\n\nHere is the recording.", [rec("2026-11-18")],
                      subject="Recording of yesterday's webinar", send_date=SEND)
    assert codes(found) == ["FL308"]
    assert "in the subject" in found[0].message


FRONT = ("---\nsubject: Your recording\nevent_date: 2026-11-18\n---\nHi {{ first_name }},\n\n"
         "Thanks for joining yesterday's webinar.")


def test_front_matter_date_is_reported_once_for_the_template() -> None:
    records = [rec(None), {"first_name": "Wei", "last_name": "Zhang"}, {"first_name": "Madonna"}]
    found = run_rules("FL308", FRONT, records, send_date=SEND)
    assert codes(found) == ["FL308"]
    assert found[0].recipient is None
    assert "front matter" in found[0].message and "5 days before" in found[0].message
    assert found[0].line == 7


def test_front_matter_date_without_recipients() -> None:
    assert codes(run_rules("FL308", FRONT, [], send_date=SEND)) == ["FL308"]
    assert codes(run_rules("FL308", FRONT, [], send_date="2026-11-19")) == []


def test_record_date_differing_from_front_matter_is_reported_per_recipient() -> None:
    records = [rec("2026-11-18"), rec("2026-11-22"), rec("2026-11-10")]
    found = run_rules("FL308", FRONT, records, send_date=SEND)
    # template level (front matter), and the third record; the first equals the front matter
    # date and the second fits
    assert [(d.recipient.row if d.recipient else None) for d in found] == [None, 3]


def test_one_finding_per_recipient() -> None:
    records = [rec("2026-11-18"), rec("2026-11-22"), rec("2026-11-19"), rec("TBD")]
    found = run_rules("FL308", YESTERDAY, records, send_date=SEND)
    assert [d.recipient.row for d in found if d.recipient] == [1, 3]


# ----------------------------------------------------------------------------- the date parser


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-17", datetime.date(2026, 11, 17)),
        ("2026-11-17T14:00:00Z", datetime.date(2026, 11, 17)),
        ("2026-11-17T23:30:00-08:00", datetime.date(2026, 11, 17)),
        ("2026-11-17 14:00", datetime.date(2026, 11, 17)),
        ("  2026-11-17  ", datetime.date(2026, 11, 17)),
        ("11/17/2026", datetime.date(2026, 11, 17)),
        ("3/4/2026", datetime.date(2026, 3, 4)),  # US: March 4
        ("17/11/2026", datetime.date(2026, 11, 17)),  # day above 12: day first
        ("17.11.2026", datetime.date(2026, 11, 17)),
        ("17.11.2026 14:00", datetime.date(2026, 11, 17)),
        ("Nov 17, 2026", datetime.date(2026, 11, 17)),
        ("November 17th, 2026", datetime.date(2026, 11, 17)),
        ("Tue, Nov 17, 2026 2:00 PM", datetime.date(2026, 11, 17)),
        ("17 November 2026", datetime.date(2026, 11, 17)),
        ("17. November 2026", datetime.date(2026, 11, 17)),
        ("17 novembre 2026", datetime.date(2026, 11, 17)),
        ("17 de noviembre de 2026", datetime.date(2026, 11, 17)),
        ("3 maart 2026", datetime.date(2026, 3, 3)),
        (datetime.date(2026, 11, 17), datetime.date(2026, 11, 17)),
        (datetime.datetime(2026, 11, 17, 9, 0), datetime.date(2026, 11, 17)),
        ("", None),
        ("TBD", None),
        ("next Tuesday", None),
        ("2026-13-01", None),
        ("31.02.2026", None),
        ("Smarch 17, 2026", None),
        ("17", None),
        (20261117, None),
        (None, None),
    ],
)
def test_parse_event_date(raw: Any, expected: datetime.date | None) -> None:
    assert parse_event_date(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_parser_never_raises_on_text(text: str) -> None:
    result = parse_event_date(text)
    assert result is None or isinstance(result, datetime.date)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.binary(max_size=20),
                 st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=3), st.text(max_size=3))))
def test_parser_never_raises_on_other_values(value: Any) -> None:
    assert parse_event_date(value) is None


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2150, 12, 31)),
       st.sampled_from(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y", "%d.%m.%Y", "%b %d, %Y", "%B %d, %Y",
                        "%d %B %Y", "%a, %b %d, %Y"]))
def test_parser_reads_what_common_formats_write(day: datetime.date, fmt: str) -> None:
    text = datetime.datetime.combine(day, datetime.time(14, 5)).strftime(fmt)
    assert parse_event_date(text) == day
