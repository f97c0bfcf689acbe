"""FL308: which occasion a time word dates, and what "last <weekday>" allows.

1. "Last Tuesday" (and "letzten Dienstag", "mardi dernier", "el martes pasado", "afgelopen
   dinsdag") is the most recent such weekday before the send date, or that weekday in the
   previous calendar week; a date two weeks back does not fit.
2. A time word inside a clause of its own about other work, or right after a dating preposition
   or a participle that qualifies another noun ("the numbers from last month", "the changes
   announced last week", "la réforme publiée le mois dernier"), ("the benchmark we ran last month",
   "the guide we published last week", "the roles you posted last month", "den Leitfaden, den
   wir letzten Monat veröffentlicht haben", "la guía que publicamos el mes pasado") dates that
   work, not the event the sentence also names; the same clause about the event ("the webinar
   we ran last month") still dates the event.

Sent on Thursday 21 January 2027; the event in every list is on Tuesday 19 January (two days
earlier) unless the row says otherwise.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

SEND = "2027-01-21"  # a Thursday
TUESDAY = "2027-01-19"
GREETINGS = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Hoi"}
SIGNERS = {"en": "Siobhán Ó Catháin", "de": "Jörg Müller-Ndiaye", "fr": "Anaïs Le Bihan",
           "es": "Begoña Iturriaga", "nl": "Femke van der Berg"}
PEOPLE = [("Kenji", "Watanabe"), ("Zoë", "de la Fuente"), ("Oluwaseun", "Adeyemi-Clarke"), ("Björk", "")]

# (lang, sentence, event date): "last <weekday>" that misses the allowed window
LAST_WEEKDAY_FIRE = [
    ("en", "Thanks again for joining our webinar last Friday.", "2027-01-08"),  # 13 days: two weeks back
    ("en", "Great to see you at the open day last Monday.", "2027-01-04"),  # 17 days
    ("de", "Danke für Ihre Teilnahme an unserem Webinar letzten Freitag.", "2027-01-08"),
    ("fr", "Merci d'avoir participé à notre atelier vendredi dernier.", "2027-01-08"),
    ("es", "Gracias por asistir al seminario el viernes pasado.", "2027-01-08"),
    ("nl", "Bedankt voor je deelname aan de sessie afgelopen vrijdag.", "2027-01-08"),
    ("es", "Gracias por acompañarnos en la jornada del pasado viernes.", "2027-01-08"),
    ("fr", "Merci d'être venu à notre matinale vendredi passé.", "2027-01-08"),
]
LAST_WEEKDAY_QUIET = [
    ("en", "Thanks again for joining our webinar last Friday.", "2027-01-15"),  # the most recent Friday
    ("en", "Great to see you at the open day last Wednesday.", "2027-01-13"),  # previous calendar week
    ("de", "Danke für Ihre Teilnahme an unserem Webinar letzten Freitag.", "2027-01-15"),
    ("fr", "Merci d'avoir participé à notre atelier vendredi dernier.", "2027-01-15"),
    ("es", "Gracias por asistir al seminario el viernes pasado.", "2027-01-15"),
    ("nl", "Bedankt voor je deelname aan de sessie afgelopen vrijdag.", "2027-01-15"),
    ("es", "Gracias por acompañarnos en la jornada del pasado viernes.", "2027-01-15"),
    ("fr", "Merci d'être venu à notre matinale vendredi passé.", "2027-01-15"),
]

# (lang, sentence): the event was on Tuesday, two days ago; these time words date the event
ABOUT_THE_EVENT = [
    ("en", "Thanks for joining the webinar we ran last month on freight audits."),
    ("en", "It was good to meet you at the booth last week."),
    ("en", "Thanks to everyone who came along last week for the plant tour."),
    ("de", "Schön, dass Sie letzte Woche bei unserem Webinar dabei waren."),
    ("fr", "Merci d'avoir participé à l'atelier que nous avons animé le mois dernier."),
    ("es", "Gracias por asistir al seminario que organizamos el mes pasado."),
    ("nl", "Leuk dat je vorige week bij onze sessie was."),
    ("en", "Following up on the workshop held last week at our Leeds office."),
    ("en", "Thanks for joining the session from last month on carrier contracts."),
    ("es", "Gracias por asistir al seminario organizado el mes pasado en Bilbao."),
    ("de", "Danke für das Gespräch vom letzten Monat."),
    ("en", "It was great to see you at our booth last week."),
    ("en", "Thanks again for the session you joined last month on carrier audits."),
    ("de", "Danke für Ihren Besuch an unserem Messestand letzte Woche."),
    ("fr", "Merci d'être passé sur notre salon la semaine dernière."),
    ("en", "Thanks for coming to the open day we hosted last month in Leeds."),
]
# the same time words dating other work in a sentence that also names the event: quiet
ABOUT_OTHER_WORK = [
    ("en", "In Tuesday's webinar I mentioned the report we released last week; it's attached."),
    ("en", "During the session on Tuesday we showed the benchmark we ran last month."),
    ("en", "Thanks for joining the workshop on Tuesday, and for the questions about the roles you posted last month."),
    ("de", "Im Webinar am Dienstag habe ich den Leitfaden erwähnt, den wir letzten Monat veröffentlicht haben."),
    ("fr", "Pendant l'atelier de mardi, j'ai cité le guide que nous avons publié le mois dernier."),
    ("es", "En el seminario del martes comenté la guía que publicamos el mes pasado."),
    ("nl", "In de sessie van dinsdag noemde ik de gids die we vorige maand publiceerden."),
    ("en", "Thanks for coming to the session on Tuesday about the changes announced last week."),
    ("en", "In the session I walked through the numbers from last month."),
    ("fr", "Merci d'avoir participé à l'atelier de mardi sur la réforme publiée le mois dernier."),
    ("de", "Danke für Ihre Teilnahme am Webinar am Dienstag über die Zahlen vom letzten Monat."),
    ("en", "Thanks for joining Tuesday's webinar - I saw you posted 12 new roles last month, so the hiring module may help."),
    ("en", "Great to see you at the roundtable on Tuesday; I noticed you hired a new CFO last month."),
    ("de", "Danke für Ihre Teilnahme am Webinar am Dienstag, in dem wir den Bericht zeigten, den wir letzten Monat "
           "veröffentlicht haben."),
    ("es", "Gracias por asistir al seminario del martes, donde vimos el informe que presentamos el mes pasado."),
    ("en", "At the open day on Tuesday we handed out the price list we updated last month."),
]


def _template(lang: str, sentence: str) -> str:
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{GREETINGS[lang]} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{SIGNERS[lang]}\n")


def _found(lang: str, sentence: str, event: str) -> list[str]:
    records = [{"first_name": first, "last_name": last, "company": "Kessler & Baptiste", "webinar_date": event}
               for first, last in PEOPLE]
    return codes(run_rules("FL308", _template(lang, sentence), records, send_date=SEND))


def test_tables_are_balanced() -> None:
    assert len(LAST_WEEKDAY_FIRE) == len(LAST_WEEKDAY_QUIET)
    assert len(ABOUT_THE_EVENT) == len(ABOUT_OTHER_WORK)


@pytest.mark.parametrize(("lang", "sentence", "event"), LAST_WEEKDAY_FIRE)
def test_last_weekday_two_weeks_back_fires(lang: str, sentence: str, event: str) -> None:
    assert "FL308" in _found(lang, sentence, event)


@pytest.mark.parametrize(("lang", "sentence", "event"), LAST_WEEKDAY_QUIET)
def test_last_weekday_most_recent_or_previous_week_is_quiet(lang: str, sentence: str, event: str) -> None:
    assert _found(lang, sentence, event) == []


@pytest.mark.parametrize(("lang", "sentence"), ABOUT_THE_EVENT)
def test_time_word_about_the_event_fires(lang: str, sentence: str) -> None:
    assert "FL308" in _found(lang, sentence, TUESDAY)


@pytest.mark.parametrize(("lang", "sentence"), ABOUT_OTHER_WORK)
def test_time_word_about_other_work_is_quiet(lang: str, sentence: str) -> None:
    assert _found(lang, sentence, TUESDAY) == []
