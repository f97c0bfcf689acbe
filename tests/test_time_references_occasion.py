"""FL308 (issue 11, item 4): a record's date column that dates another occasion than the one
the email speaks of. When the front matter dates the email's event and a record's date column
names a particular kind of occasion (`webinar_date`, `date_atelier`, `fecha_taller`) that the
email never mentions, the column is about something else (a list reused from a webinar for an
open-day follow-up), and the time words are judged against the front matter's date only. When
the email does speak of that occasion, or the column names none (`event_date`), the record's
own date still wins, per recipient (a recipient's session is more specific than the template).

Tables first, five languages; send date Thursday 2026-11-26, front matter 2026-11-19 (last
week), records 2026-11-23 (this Monday)."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

SEND = "2026-11-26"
_HELLO = {"en": ("Hi", "Best"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Cordialement"),
          "es": ("Hola", "Saludos"), "nl": ("Hoi", "Groeten")}


def _template(lang: str, sentence: str) -> str:
    hello, bye = _HELLO[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\nevent_date: 2026-11-19\n---\n{hello} {{{{ first_name }}}},\n\n"
            f"{sentence}\n\n{bye},\nTamsin Okoro")


def _records(column: str) -> list[dict[str, str]]:
    return [{"first_name": "Kateryna", "last_name": "Shevchenko-Bauer", column: "2026-11-23"},
            {"first_name": "Oluwaseun", "last_name": "Adebayo", column: "2026-11-23"},
            {"first_name": "Mai", "last_name": "Nguyễn Thị", column: "2026-11-23"}]


# the column dates another occasion than the email's: judged on the front matter, which fits
OTHER_OCCASION = [
    ("en", "webinar_date", "Great to meet you at our open house last week."),
    ("de", "Webinar-Datum", "Schön, dass Sie letzte Woche bei unserem Tag der offenen Tür dabei waren."),
    ("fr", "date_atelier", "Ravie de vous avoir rencontré à notre journée portes ouvertes la semaine dernière."),
    ("es", "fecha_taller", "Fue un placer conocerle en nuestra jornada de puertas abiertas la semana pasada."),
    ("nl", "workshop_datum", "Leuk om je vorige week te ontmoeten op onze open dag."),
]
# the email speaks of the column's occasion, or the column names none: the record's date wins
SAME_OCCASION = [
    ("en", "webinar_date", "Thanks for joining our webinar last week."),
    ("de", "Webinar-Datum", "Danke für Ihre Teilnahme an unserem Webinar letzte Woche."),
    ("fr", "date_atelier", "Merci d'avoir participé à notre atelier la semaine dernière."),
    ("es", "fecha_taller", "Gracias por asistir a nuestro taller la semana pasada."),
    ("nl", "event_date", "Leuk om je vorige week te ontmoeten op onze open dag."),
]


def test_the_tables_are_balanced() -> None:
    assert len(OTHER_OCCASION) == len(SAME_OCCASION)
    assert {lang for lang, *_ in OTHER_OCCASION} == {lang for lang, *_ in SAME_OCCASION} == set(_HELLO)


@pytest.mark.parametrize(("lang", "column", "sentence"), OTHER_OCCASION)
def test_a_column_dating_another_occasion_is_not_compared(lang: str, column: str, sentence: str) -> None:
    assert codes(run_rules("FL308", _template(lang, sentence), _records(column), send_date=SEND)) == []


@pytest.mark.parametrize(("lang", "column", "sentence"), SAME_OCCASION)
def test_the_records_date_for_the_emails_occasion_still_wins(lang: str, column: str, sentence: str) -> None:
    found = run_rules("FL308", _template(lang, sentence), _records(column), send_date=SEND)
    assert codes(found) == ["FL308"] * 3 and all(d.recipient is not None for d in found)


@pytest.mark.parametrize(("lang", "column", "sentence"), OTHER_OCCASION)
def test_without_a_front_matter_date_the_column_is_the_only_date(lang: str, column: str, sentence: str) -> None:
    template = _template(lang, sentence).replace("event_date: 2026-11-19\n", "")
    assert codes(run_rules("FL308", template, _records(column), send_date=SEND)) == ["FL308"] * 3


@pytest.mark.parametrize(("lang", "column", "sentence"), OTHER_OCCASION)
def test_a_front_matter_date_that_does_not_fit_is_still_reported(lang: str, column: str, sentence: str) -> None:
    template = _template(lang, sentence).replace("event_date: 2026-11-19", "event_date: 2026-11-24")
    found = run_rules("FL308", template, _records(column), send_date=SEND)
    assert codes(found) == ["FL308"] and found[0].recipient is None
