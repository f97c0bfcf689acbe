"""FL308 for occasions beyond webinars and sessions: site visits and tours, briefings, forums,
open days, "jornadas", in the date column's name (`visit_date`, `briefing_date`, `fecha_jornada`,
`Besuchsdatum`, `datum_rondleiding`) and in the clause ("yesterday's site visit", "dialling in
to this morning's briefing", "last night's forum"). Sent on Wednesday 2027-01-13."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

SEND = "2027-01-13"


GREETING = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Beste"}


def mail(body: str) -> str:
    lang = next((code for code, words in LANGUAGE_HINTS.items() if any(w in body for w in words)), "en")
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{GREETING[lang]} {{{{ first_name }}}},\n\n{body}\n\n"
            "Best,\nNkechi Obi-Lindqvist\n")


LANGUAGE_HINTS = {"de": ["Danke"], "fr": ["Merci"], "es": ["Gracias"], "nl": ["Bedankt"]}


# (body, date column, date in the record): the time phrase does not fit the record's date
FIRES = [
    ("Thanks for showing us round {{ school }} during yesterday's site visit.", "visit_date", "2027-01-07"),
    ("Thanks for dialling in to this morning's briefing on the register rules.", "briefing_date", "2027-01-12"),
    ("Good to see so many of you at last night's forum on the bypass plans.", "forum_date", "2027-01-05"),
    ("Gracias por acompañarnos en la jornada de la semana pasada sobre la PAC.", "fecha_jornada", "2026-12-16"),
    ("Danke für den Besuch gestern in unserer Werkstatt in Gießen.", "Besuchsdatum", "2027-01-08"),
    ("Merci pour la visite d'hier à l'atelier de Besançon.", "date_visite", "2027-01-06"),
    ("Bedankt voor de rondleiding van gisteren bij de kwekerij.", "datum_rondleiding", "2027-01-04"),
    ("Thanks for coming to yesterday's open day at the Ayr campus.", "open_day_date", "2027-01-09"),
]
# the same occasions on the right date, or a time phrase about something else
QUIET = [
    ("Thanks for showing us round {{ school }} during yesterday's site visit.", "visit_date", "2027-01-12"),
    ("Thanks for dialling in to this morning's briefing on the register rules.", "briefing_date", "2027-01-13"),
    ("Good to see so many of you at last night's forum on the bypass plans.", "forum_date", "2027-01-12"),
    ("Gracias por acompañarnos en la jornada de la semana pasada sobre la PAC.", "fecha_jornada", "2027-01-07"),
    ("Danke für den Besuch gestern in unserer Werkstatt in Gießen.", "Besuchsdatum", "2027-01-12"),
    ("Merci pour la visite d'hier à l'atelier de Besançon.", "date_visite", "2027-01-12"),
    ("Bedankt voor de rondleiding van gisteren bij de kwekerij.", "datum_rondleiding", "2027-01-12"),
    ("After the open day, the council published its new parking rules last week.", "open_day_date", "2027-01-09"),
]


def test_tables_are_balanced() -> None:
    assert len(FIRES) == len(QUIET)


@pytest.mark.parametrize(("body", "column", "date"), FIRES)
def test_a_time_phrase_that_misses_the_occasion_date_fires(body: str, column: str, date: str) -> None:
    record = {"first_name": "Aoife", "school": "Hollins Park Primary", column: date}
    assert [d.code for d in run_rules("FL308", mail(body), [record], send_date=SEND)] == ["FL308"], body


@pytest.mark.parametrize(("body", "column", "date"), QUIET)
def test_the_right_date_or_another_subject_is_quiet(body: str, column: str, date: str) -> None:
    record = {"first_name": "Aoife", "school": "Hollins Park Primary", column: date}
    assert run_rules("FL308", mail(body), [record], send_date=SEND) == [], body
