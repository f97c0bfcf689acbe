"""FL308 only for time words about the event or the meeting (issue 11, item 4).

Every sentence below carries a relative time phrase that the event date contradicts (the
webinar was on Wednesday 4 November, the send date is Monday 23 November: not yesterday, not
last week, not last month, not last Tuesday). The must-fire sentences say when the reader met
the sender or attended; the must-not sentences use the same words for something else (the
reader's hiring, the sender's news, a guide), which the event date says nothing about.
Written before the code."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

SEND = "2026-11-23"
RECORD = {"first_name": "Tomasz", "last_name": "Wiśniewski", "company": "Kestrel Freight",
          "webinar_date": "2026-11-04"}

ABOUT_THE_EVENT = [
    "It was great meeting you at the Austin meetup last week.",
    "Thanks again for the call last month.",
    "Thanks for yesterday!",
    "Hope you enjoyed the session last Tuesday.",
    "Great chatting with you yesterday about the pilot.",
    "Since our demo last week, I put together the pricing you asked for.",
    "Thank you for spending time with us yesterday.",
    "Thanks for tuning in last Thursday.",
    "Thanks for stopping by our booth yesterday.",
    "A few days ago you asked in the Q&A about weekly cohorts; here is the worksheet.",
    "Es war schön, Sie letzte Woche auf der Konferenz zu treffen.",
    "Ravi de vous avoir rencontré la semaine dernière au salon.",
    "Fue un placer hablar contigo ayer en el evento.",
    "Leuk je vorige week op de beurs te spreken.",
    # a same-day phrase that can only look back, with a meeting word
    "Thanks again for the call this morning.",
    "Danke für das Telefonat heute Morgen.",
    # a possessive time phrase, and "as discussed in our call ..." in the five languages
    "As promised during yesterday's session, here are the slides.",
    "Following up on last week's webinar, here is the deck.",
    "Wie besprochen in unserem Gespräch letzte Woche, hier das Angebot.",
    "Comme évoqué lors de notre appel la semaine dernière, voici l'offre.",
    "Como comentamos en la llamada de ayer, aquí tienes la propuesta.",
    "Zoals besproken tijdens ons gesprek vorige week, hierbij de offerte.",
]

NOT_ABOUT_THE_EVENT = [
    "I saw {{ company }} posted 12 new engineering roles last month.",
    "Last month we published a guide to cohort retention; it is linked below.",
    "We crossed 10,000 customers last week, thanks to teams like yours.",
    "Since last week, the export also handles HubSpot lists.",
    "Yesterday we released version 4.2 with the cohort builder.",
    "A few days ago Gartner named Northwind a leader in RevOps analytics.",
    "Thanks for reading the guide we published last month.",
    "Last month we published a guide on cohort analysis, and I thought of your question in the session.",
    "Congrats on the funding round {{ company }} announced last week.",
    "Ich habe gesehen, dass {{ firma }} letzten Monat zwölf neue Stellen ausgeschrieben hat.",
    "Le mois dernier, nous avons publié un guide sur la rétention.",
    "La semana pasada lanzamos una nueva integración con HubSpot.",
    "Vorige maand hebben we een gids over retentie gepubliceerd.",
    "Your team shipped the new tracking page last Tuesday, which looks great.",
    "I will call you this afternoon to go through the numbers.",
    "Book a call this afternoon if that suits you better.",
    "Last week's report showed churn dropping across the industry.",
    "Yesterday's release fixed the export.",
    "Gestern haben wir Version 4.2 veröffentlicht.",
    "La semaine dernière, {{ company }} a annoncé une levée de fonds.",
    "Hace un mes publicamos una guía sobre retención.",
    "Gisteren hebben we versie 4.2 uitgebracht.",
]


def _template(sentence: str) -> str:
    return f"Hi {{{{ first_name }}}},\n\n{sentence}\n\nBest,\nDana Whitfield"


def test_the_tables_are_balanced() -> None:
    assert len(ABOUT_THE_EVENT) == len(NOT_ABOUT_THE_EVENT)


@pytest.mark.parametrize("sentence", ABOUT_THE_EVENT)
def test_fires_on_time_words_about_the_event(sentence: str) -> None:
    found = run_rules("FL308", _template(sentence), [RECORD], send_date=SEND)
    assert codes(found) == ["FL308"], sentence


@pytest.mark.parametrize("sentence", NOT_ABOUT_THE_EVENT)
def test_ignores_time_words_about_other_things(sentence: str) -> None:
    found = run_rules("FL308", _template(sentence), [RECORD], send_date=SEND)
    assert codes(found) == [], [d.message for d in found]


# The event date is read from the column each language's export names it by, so "yesterday"
# is judged the same way in every language. The event was on Wednesday 18 November; sent on
# Monday 23 November, "yesterday" is five days late.
EVENT_DATE_COLUMNS = [
    ("date_atelier", "Merci d'avoir participé hier à notre atelier."),
    ("Date de l'événement", "Merci d'avoir participé hier à notre webinaire."),
    ("date_evenement", "Merci d'avoir participé hier à notre séance."),
    ("fecha_taller", "Gracias por asistir ayer a nuestro taller."),
    ("Fecha del evento", "Gracias por participar ayer en el seminario."),
    ("sessiedatum", "Bedankt voor je deelname gisteren aan de sessie."),
    ("Datum van het evenement", "Bedankt voor je deelname gisteren aan het evenement."),
    ("Veranstaltungsdatum", "Danke für Ihre Teilnahme gestern an der Veranstaltung."),
    ("Workshop-Datum", "Danke, dass Sie gestern beim Workshop dabei waren."),
    ("workshop_date", "Thanks for joining the workshop yesterday."),
    ("Meetup Date", "Great meeting you at the meetup yesterday."),
]
# dates of other things: no event date, so nothing is said about "yesterday"
OTHER_DATE_COLUMNS = [
    ("date_inscription", "Merci d'avoir participé hier à notre atelier."),
    ("date_creation", "Merci d'avoir participé hier à notre atelier."),
    ("fecha_alta", "Gracias por asistir ayer a nuestro taller."),
    ("fecha_nacimiento", "Gracias por asistir ayer a nuestro taller."),
    ("Anmeldedatum", "Danke für Ihre Teilnahme gestern an der Veranstaltung."),
    ("Geburtsdatum", "Danke für Ihre Teilnahme gestern an der Veranstaltung."),
    ("registratiedatum", "Bedankt voor je deelname gisteren aan de sessie."),
    ("Registration Date", "Thanks for joining the workshop yesterday."),
    ("Close Date", "Thanks for joining the workshop yesterday."),
    ("last_activity_date", "Thanks for joining the workshop yesterday."),
    ("Created Date", "Great meeting you at the meetup yesterday."),
]


_GREETINGS = {"Merci": ("Bonjour", "Cordialement"), "Gracias": ("Hola", "Saludos"), "Bedankt": ("Hoi", "Groet"),
              "Danke": ("Hallo", "Viele Grüße")}


def _in_language(sentence: str) -> str:
    """The sentence in a whole email of its language (French "hier" counts only in French)."""
    greeting, closing = _GREETINGS.get(sentence.split(",")[0].split()[0], ("Hi", "Best"))
    return f"{greeting} {{{{ first_name }}}},\n\n{sentence}\n\n{closing},\nMarisol Eakins-Tanaka"


def test_the_column_tables_are_balanced() -> None:
    assert len(EVENT_DATE_COLUMNS) == len(OTHER_DATE_COLUMNS)


@pytest.mark.parametrize(("column", "sentence"), EVENT_DATE_COLUMNS)
def test_event_date_columns_of_every_language_are_read(column: str, sentence: str) -> None:
    record = {"first_name": "Delphine", "last_name": "Aubert-Mensah", column: "2026-11-18"}
    found = run_rules("FL308", _in_language(sentence), [record], send_date=SEND)
    assert codes(found) == ["FL308"], sentence
    assert repr(column) in found[0].message or column in found[0].message
    assert "Delphine" not in found[0].message


@pytest.mark.parametrize(("column", "sentence"), EVENT_DATE_COLUMNS)
def test_yesterday_is_right_when_the_event_was_yesterday(column: str, sentence: str) -> None:
    record = {"first_name": "Loïc", "last_name": "Tanguy", column: "2026-11-22"}
    assert run_rules("FL308", _in_language(sentence), [record], send_date=SEND) == []


@pytest.mark.parametrize(("column", "sentence"), OTHER_DATE_COLUMNS)
def test_other_date_columns_are_not_the_event(column: str, sentence: str) -> None:
    record = {"first_name": "Jeanne", "last_name": "Lévêque", column: "2026-11-18"}
    assert run_rules("FL308", _in_language(sentence), [record], send_date=SEND) == []
