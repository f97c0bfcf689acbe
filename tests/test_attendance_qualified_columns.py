"""FL301 reads attendance columns whose headers carry a tool or a unit qualifier, and the
attended flag of an in-person occasion (a plant tour, a site visit, an open day).

Exports and merged lists name the tool beside the column ("Attended (Zoom)", "GoTo Attended?",
"Zoom - Attended", "Webex: Attended", two tools' columns side by side in one list) and the unit
of a duration ("Duration (Minutes)" of Zoom's participant report, "Time in Session (minutes)",
"Attendance Duration (mins)", "Duración (minutos)", "Dauer (Min.)"); a duration of 0 is a
no-show. An in-person event's list marks who came: "Tour Attended", "Site Visit Attended?",
"Besuch erschienen", "Visite présente".

Each export is judged twice: a row that did not come (must fire) and the same list where that
row came (must not). Names in the lists are realistic; the other row always attended.
"""

from __future__ import annotations

from typing import Any

import pytest

from followup_lint.testing import codes, run_rules

THANKS = {
    "en": "Thanks for attending the webinar on cold-chain audits, {{ first_name }}. The slides are attached.",
    "de": "Danke für Ihre Teilnahme am Webinar zu Kühlketten-Audits, {{ first_name }}. Die Folien hängen an.",
    "fr": "Merci d'avoir participé au webinaire sur les audits de la chaîne du froid, {{ first_name }}.",
    "es": "Gracias por asistir al webinar sobre auditorías de la cadena de frío, {{ first_name }}.",
    "nl": "Bedankt voor je deelname aan het webinar over koeleketen-audits, {{ first_name }}.",
}
VISIT = {
    "en": "Thanks for joining us on the plant tour in Tilburg, {{ first_name }}. The line specs are attached.",
    "de": "Danke für Ihren Besuch bei der Werksführung in Ulm, {{ first_name }}. Die Datenblätter hängen an.",
    "fr": "Merci d'être venu à la visite de l'usine de Lyon, {{ first_name }}. Les fiches techniques sont jointes.",
    "es": "Gracias por acompañarnos en la visita a la planta de Zaragoza, {{ first_name }}.",
    "nl": "Bedankt voor je bezoek aan de rondleiding door de fabriek in Tilburg, {{ first_name }}.",
}
SIGN = {"en": "Best,\nNkechi Obi-Lindqvist", "de": "Viele Grüße\nFlorian Weiß", "fr": "Cordialement,\nAgathe Dubois-Keita",
        "es": "Un saludo,\nMaría José Ibáñez", "nl": "Groet,\nJoost van den Heuvel"}

# (lang, kind of email, {column: (no-show value, attended value)})
EXPORTS: list[tuple[str, str, dict[str, tuple[str, str]]]] = [
    ("en", "webinar", {"Attended (Zoom)": ("No", "Yes")}),
    ("en", "webinar", {"GoTo Attended?": ("No", "Yes")}),
    ("en", "webinar", {"Duration (Minutes)": ("0", "45")}),  # Zoom's participant report
    ("en", "webinar", {"Time in Session (minutes)": ("0", "45")}),
    ("en", "webinar", {"Attendance Duration (mins)": ("0", "45")}),
    # one list merged from two tools, each row filled by the tool its person used
    ("en", "webinar", {"Zoom - Attended": ("No", "Yes"), "Webex - Attended": ("", "")}),
    ("en", "webinar", {"Zoom: Duration (Minutes)": ("0", "52"), "GoTo: Time in Session": ("", "")}),
    ("en", "visit", {"Tour Attended": ("No", "Yes")}),
    ("en", "visit", {"Site Visit Attended?": ("N", "Y")}),
    ("de", "webinar", {"Teilgenommen (Zoom)": ("Nein", "Ja")}),
    ("de", "webinar", {"Dauer (Min.)": ("0", "38")}),
    ("de", "visit", {"Besuch erschienen": ("Nein", "Ja")}),
    ("fr", "webinar", {"Durée (minutes)": ("0", "41")}),
    ("fr", "visit", {"Visite - Présent": ("Non", "Oui")}),
    ("es", "webinar", {"Duración (minutos)": ("0", "33")}),
    ("es", "webinar", {"Asistió (Teams)": ("No", "Sí")}),
    ("nl", "webinar", {"Duur (minuten)": ("0", "29")}),
    ("nl", "visit", {"Rondleiding aanwezig": ("Nee", "Ja")}),
    ("en", "webinar", {"Total Duration (hh:mm:ss)": ("00:00:00", "00:47:12")}),  # a Webex-style merged list
    ("en", "webinar", {"Minutes Attended (Webex)": ("0", "51")}),
    ("en", "webinar", {"Attended (Yes/No)": ("No", "Yes")}),
    ("de", "webinar", {"Teilgenommen (ja/nein)": ("nein", "ja")}),
    ("fr", "webinar", {"Présent (oui/non)": ("non", "oui")}),
    ("es", "visit", {"Asistió (sí/no)": ("no", "sí")}),
    ("nl", "webinar", {"Zoom - Aanwezig (ja/nee)": ("nee", "ja")}),
    # the status or outcome of an in-person visit, tour or meeting
    ("en", "visit", {"Visit Status": ("No Show", "Visited")}),
    ("en", "visit", {"Tour Status": ("Cancelled", "Completed")}),
    ("en", "visit", {"Meeting Outcome": ("No show", "Completed")}),  # HubSpot meeting outcome
    ("de", "visit", {"Besuchsstatus": ("nicht erschienen", "besucht")}),
    ("fr", "visit", {"Statut de la visite": ("absent", "visité")}),
]


def _rows(columns: dict[str, tuple[str, str]], came: bool) -> list[dict[str, Any]]:
    first = {"first_name": "Bùi", "last_name": "Thị Hoa", "email": "hoa.bui@kemtrans.example",
             **{k: (v[1] if came else v[0]) for k, v in columns.items()}}
    second = {"first_name": "Ruairí", "last_name": "Mac Giolla", "email": "ruairi@cnoc.example",
              **{k: v[1] for k, v in columns.items()}}
    return [first, second]


def _email(lang: str, kind: str) -> str:
    body = (THANKS if kind == "webinar" else VISIT)[lang]
    return f"---\nkind: follow-up\nlocale: {lang}\n---\n{body}\n\n{SIGN[lang]}\n"


def test_table_covers_five_languages_and_both_kinds() -> None:
    assert {lang for lang, _, _ in EXPORTS} == {"en", "de", "fr", "es", "nl"}
    assert {kind for _, kind, _ in EXPORTS} == {"webinar", "visit"}


@pytest.mark.parametrize(("lang", "kind", "columns"), EXPORTS)
def test_a_no_show_in_a_qualified_column_fires(lang: str, kind: str, columns: dict[str, tuple[str, str]]) -> None:
    found = run_rules("FL301", _email(lang, kind), _rows(columns, came=False), show_personal_data=False)
    assert codes(found) == ["FL301"], columns
    assert found[0].recipient is not None and found[0].recipient.index == 0


@pytest.mark.parametrize(("lang", "kind", "columns"), EXPORTS)
def test_an_attendee_in_a_qualified_column_is_quiet(lang: str, kind: str, columns: dict[str, tuple[str, str]]) -> None:
    found = run_rules("FL301", _email(lang, kind), _rows(columns, came=True))
    assert codes(found) == [], [d.message for d in found]


# a duration that is not the person's time at the event stays unread
NOT_ATTENDANCE = [
    ("en", {"Call Duration (minutes)": ("0", "12")}),
    ("en", {"Duration": ("0", "60")}),  # no unit, no tool: the event's length as often as anything
    ("de", {"Anrufdauer (Min.)": ("0", "7")}),
    ("fr", {"Durée de l'appel (min)": ("0", "9")}),
    ("es", {"Duración de la llamada (minutos)": ("0", "4")}),
    ("nl", {"Gespreksduur (minuten)": ("0", "6")}),
]


@pytest.mark.parametrize(("lang", "columns"), NOT_ATTENDANCE)
def test_other_durations_say_nothing_of_attendance(lang: str, columns: dict[str, tuple[str, str]]) -> None:
    found = run_rules("FL301", _email(lang, "webinar"), _rows(columns, came=False))
    assert codes(found) == [], [d.message for d in found]
