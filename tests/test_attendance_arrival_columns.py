"""FL301 reads the sign-in, check-in and badge columns of in-person visits, and attended flags
that name the occasion after the flag word.

A visitor sign-in system or a check-in app writes the time of arrival and leaves the cell empty
for those who never came ("Envoy Signed In" = "2027-01-21 09:52" or empty, "Checked In At",
"Check-in-Zeit", "Heure d'arrivée", "Hora de llegada", "Aankomsttijd"): a time is someone who
came, and an empty cell is a no-show where others in the same column hold a time. A badge
handed out or scanned at the door is presence too ("Badge Collected" = Yes, "badge_remis" =
Non, "Badge gescannt"). A CRM property may put the flag word first and the occasion after it
("Aanwezig bedrijfsbezoek" = Nee, "Attended Site Visit", "Teilgenommen Werksbesichtigung",
"Présent visite", "Asistió visita").

Each list is judged twice: a row that did not come (must fire) and the same list where that row
came (must not). Columns that look alike but say nothing of the visit stay unread: an app's
"Last Signed In", a "Registered At" time, "Badge Printed" (printed before anyone arrives).
"""

from __future__ import annotations

from typing import Any

import pytest

from followup_lint.testing import codes, run_rules

VISIT = {
    "en": "Thanks for joining us on the plant tour in Sheffield, {{ first_name }}. The line specs are attached.",
    "de": "Danke für Ihren Besuch bei der Werksführung in Ulm, {{ first_name }}. Die Datenblätter hängen an.",
    "fr": "Merci d'être venu à la visite de l'usine de Lyon, {{ first_name }}. Les fiches techniques sont jointes.",
    "es": "Gracias por acompañarnos en la visita a la planta de Zaragoza, {{ first_name }}.",
    "nl": "Bedankt voor je komst naar onze fabriek in Veghel, {{ first_name }}. De offerte zit in de bijlage.",
}
SIGN = {"en": "Best,\nStanislav Mbeki-Horvat", "de": "Viele Grüße\nFlorian Weiß", "fr": "Cordialement,\nClaire Ouédraogo",
        "es": "Un saludo,\nMaría José Ibáñez", "nl": "Groet,\nHidde Owusu-van Leeuwen"}

# (lang, {column: (no-show value, came value)})
ARRIVALS: list[tuple[str, dict[str, tuple[str, str]]]] = [
    ("en", {"Envoy Signed In": ("", "2027-01-21 09:52"), "Envoy Signed Out": ("", "2027-01-21 12:10")}),
    ("en", {"Checked In At": ("", "21/01/2027 09:48")}),
    ("en", {"Sign-in Time": ("", "09:55")}),
    ("en", {"Badge Collected": ("No", "Yes")}),
    ("en", {"Badge Scanned": ("", "2027-01-21T10:01:00")}),
    ("en", {"Attended Site Visit": ("No", "Yes")}),
    ("de", {"Check-in-Zeit": ("", "21.01.2027 09:52")}),
    ("de", {"Teilgenommen Werksbesichtigung": ("Nein", "Ja")}),
    ("fr", {"badge_remis": ("Non", "Oui")}),
    ("fr", {"Heure d'arrivée": ("", "9h52")}),
    ("fr", {"Présent visite": ("Non", "Oui")}),
    ("es", {"Hora de llegada": ("", "09:52")}),
    ("es", {"Asistió visita": ("No", "Sí")}),
    ("nl", {"Aanwezig bedrijfsbezoek": ("Nee", "Ja"), "Datum bedrijfsbezoek": ("2027-01-20", "2027-01-20")}),
    ("nl", {"Aankomsttijd": ("", "09:52")}),
]


def _rows(columns: dict[str, tuple[str, str]], came: bool) -> list[dict[str, Any]]:
    people = [("Ingrid", "Sæther", "ingrid@saetherverksted.example"), ("Wen", "Zhao", "wen.zhao@zhaoprecision.example"),
              ("Fatoumata", "Keïta", "fatoumata@keitamachining.example")]
    rows = []
    for index, (first, last, email) in enumerate(people):
        here = came or index > 0
        rows.append({"first_name": first, "last_name": last, "email": email,
                     **{k: (v[1] if here else v[0]) for k, v in columns.items()}})
    return rows


def _email(lang: str) -> str:
    return f"---\nkind: follow-up\nlocale: {lang}\n---\n{VISIT[lang]}\n\n{SIGN[lang]}\n"


def test_table_covers_five_languages() -> None:
    assert {lang for lang, _ in ARRIVALS} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "columns"), ARRIVALS)
def test_a_visitor_who_never_arrived_fires(lang: str, columns: dict[str, tuple[str, str]]) -> None:
    found = run_rules("FL301", _email(lang), _rows(columns, came=False), show_personal_data=False)
    assert codes(found) == ["FL301"], columns
    assert found[0].recipient is not None and found[0].recipient.index == 0


@pytest.mark.parametrize(("lang", "columns"), ARRIVALS)
def test_a_list_where_everyone_arrived_is_quiet(lang: str, columns: dict[str, tuple[str, str]]) -> None:
    found = run_rules("FL301", _email(lang), _rows(columns, came=True))
    assert codes(found) == [], [d.message for d in found]


# columns that look alike and say nothing of the visit: quiet even with an empty cell
NOT_ARRIVAL = [
    ("en", {"Last Signed In": ("", "2027-01-18 16:02")}),  # an app or portal login
    ("en", {"Registered At": ("", "2027-01-05 11:20")}),
    ("en", {"Badge Printed": ("", "2027-01-20 17:00")}),  # printed the evening before
    ("de", {"Letzte Anmeldung": ("", "18.01.2027 16:02")}),
    ("fr", {"Dernière connexion": ("", "18/01/2027 16:02")}),
    ("nl", {"Not Checked In Reason": ("", "Ziek")}),
]


@pytest.mark.parametrize(("lang", "columns"), NOT_ARRIVAL)
def test_other_times_say_nothing_of_the_visit(lang: str, columns: dict[str, tuple[str, str]]) -> None:
    found = run_rules("FL301", _email(lang), _rows(columns, came=False))
    assert codes(found) == [], [d.message for d in found]
