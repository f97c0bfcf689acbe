"""FL308 reads the adjective forms of "yesterday" ("gestrigen Webinar", "d'hier", "de ayer",
"van gisteren", "yesterday's") and a weekday after "of"/"from" ("notre échange de lundi",
"das Gespräch vom Montag", "la llamada del lunes", "het gesprek van maandag", "Monday's call")
in the five languages (personalization batch 13's category, written before the code).

The event was on Wednesday 25 November 2026; the email goes out on Thursday 26 November. Each
sentence is judged twice: against a date that fits (quiet) and one that does not (fires).
Sentences whose clause is not about the event stay quiet whatever the date."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

SEND = "2026-11-26"
YESTERDAY = "2026-11-25"  # a Wednesday
WEEK_BEFORE = "2026-11-18"  # also a Wednesday, eight days before the send date

# (locale, sentence): "yesterday" as an adjective or after "of"
YESTERDAY_FORMS = [
    ("en", "Thanks for joining yesterday's webinar on peak-demand charges."),
    ("de", "vielen Dank für Ihre Teilnahme an unserem gestrigen Webinar zur Lastspitzenkappung."),
    ("de", "Danke für das gestrige Gespräch, die Unterlagen hängen an."),
    ("fr", "Merci pour votre participation au webinaire d'hier."),
    ("es", "Gracias por asistir al webinar de ayer sobre picos de consumo."),
    ("nl", "Bedankt voor je deelname aan het webinar van gisteren."),
]
# (locale, sentence naming Monday, the same naming Wednesday): a weekday after "of"/"from"
WEEKDAY_FORMS = [
    ("en", "Thanks again for Monday's call.", "Thanks again for Wednesday's call."),
    ("de", "Danke für das Gespräch vom Montag.", "Danke für das Gespräch vom Mittwoch."),
    ("fr", "Merci pour notre échange de lundi.", "Merci pour notre échange de mercredi."),
    ("fr", "Merci d'avoir participé à l'atelier de lundi.", "Merci d'avoir participé à l'atelier de mercredi."),
    ("es", "Gracias por la llamada del lunes.", "Gracias por la llamada del miércoles."),
    ("nl", "Bedankt voor het gesprek van maandag.", "Bedankt voor het gesprek van woensdag."),
]
# the same words about something other than the event: quiet even with the week-old date
NOT_THE_EVENT = [
    ("en", "Monday's release fixed the export."),
    ("de", "In der gestrigen Pressemitteilung haben wir die neuen Tarife vorgestellt."),
    ("de", "Die Preisliste vom Montag gilt weiterhin."),
    ("fr", "Le communiqué de lundi annonce nos nouveaux tarifs."),
    ("es", "El informe de ayer muestra una bajada de precios."),
    ("nl", "De prijslijst van maandag blijft geldig."),
]
GREETINGS = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Hallo"}


def _template(lang: str, sentence: str) -> str:
    return f"---\nlocale: {lang}\n---\n{GREETINGS[lang]} {{{{ first_name }}}},\n\n{sentence}\n\nLorcan Whitby-Adjei\n"


def _found(lang: str, sentence: str, event: str) -> list[str]:
    record = {"first_name": "Henrike", "last_name": "Brandt-Osei", "webinar_date": event}
    return codes(run_rules("FL308", _template(lang, sentence), [record], send_date=SEND))


def test_the_tables_are_balanced() -> None:
    assert len(YESTERDAY_FORMS) == len(WEEKDAY_FORMS) == len(NOT_THE_EVENT)


@pytest.mark.parametrize(("lang", "sentence"), YESTERDAY_FORMS)
def test_yesterday_forms_fire_a_week_late(lang: str, sentence: str) -> None:
    assert _found(lang, sentence, WEEK_BEFORE) == ["FL308"]


@pytest.mark.parametrize(("lang", "sentence"), YESTERDAY_FORMS)
def test_yesterday_forms_are_quiet_the_day_after(lang: str, sentence: str) -> None:
    assert _found(lang, sentence, YESTERDAY) == []


@pytest.mark.parametrize(("lang", "wrong", "right"), WEEKDAY_FORMS)
def test_a_weekday_the_event_was_not_on_fires(lang: str, wrong: str, right: str) -> None:
    assert _found(lang, wrong, YESTERDAY) == ["FL308"]


@pytest.mark.parametrize(("lang", "wrong", "right"), WEEKDAY_FORMS)
def test_the_weekday_of_the_event_is_quiet(lang: str, wrong: str, right: str) -> None:
    assert _found(lang, right, YESTERDAY) == []


@pytest.mark.parametrize(("lang", "sentence"), NOT_THE_EVENT)
def test_the_same_words_about_other_things_are_quiet(lang: str, sentence: str) -> None:
    assert _found(lang, sentence, WEEK_BEFORE) == []
