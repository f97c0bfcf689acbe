"""FL301, presence presumed in indirect words (issue 11, written before the code), en/de/fr/es/nl:

* a familiar face seen at the event ("good to see a familiar face at the breakfast");
* the event running out of time for what the reader sent ("we ran out of time for some of
  your questions");
* a part of a series as the occasion ("the questions you raised in part one");
* the screen shared during it ("as you'll have noticed when Ingrid shared her screen": the
  future perfect presumes, it promises nothing);
* a compound word with a hyphen does not cut the sentence in two, so what the thanks is for
  stays in its part ("thanks for taking part in our infection-control survey" is no event), and
  a noun "records" is not the recording ("our clinic on tamper-proof supplier records").

Must-not rows: the same words for a survey, for the next session, for a recording sent to those
who missed it, a news item "as you may have noticed".
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_ROWS = [
    {"first_name": "Nasrin", "last_name": "Hosseini-Blake", "company": "Blake Accounting", "Attended": "Yes"},
    {"first_name": "Wouter", "last_name": "van den Broek", "company": "Broek Bouw", "Attended": "No"},
    {"first_name": "Sukarni", "last_name": "", "company": "Nusantara HR", "Attended": "Yes"},
]
_FRAME = {"en": ("Hi", "Best regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien cordialement"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Met vriendelijke groet")}


def _mail(lang: str, sentence: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{bye},\nImogen Adjei-Farrow\nBrightwater Events\n")


def _fired(lang: str, sentence: str) -> bool:
    return any(d.code == "FL301" for d in run_rules("FL301", _mail(lang, sentence), _ROWS))


MUST_FIRE = [
    ("en", "Lovely to see a familiar face at the supplier breakfast on Thursday. The price list is attached."),
    ("de", "Es war schön, beim Anwendertreffen letzte Woche ein bekanntes Gesicht zu sehen."),
    ("fr", "Ça fait plaisir de voir un visage familier au petit-déjeuner clients de mardi."),
    ("es", "Qué alegría ver una cara conocida en la jornada de clientes del jueves."),
    ("nl", "Leuk om vorige week een bekend gezicht te zien op de klantendag."),
    ("en", "Thanks for all the questions you posted - we ran out of time for a few of them, so I've answered those below."),
    ("nl", "Bedankt voor alle vragen die u stelde, we kwamen tijd tekort voor een paar ervan, dus die beantwoord ik hieronder."),
    ("en", "Here are the answers to the questions you raised in part one of the payroll series."),
    ("de", "Hier die Antworten auf die Fragen, die Sie in Teil eins der Reihe gestellt haben."),
    ("es", "Te envío las respuestas a las preguntas que planteaste en la primera parte del ciclo."),
    ("en", "As you'll have noticed when Ingrid shared her screen, the P60 export is now a single click."),
    ("fr", "Comme vous l'aurez remarqué quand Ingrid a partagé son écran, l'export ne prend plus qu'un clic."),
    ("en", "Thanks for tuning in to our clinic on tamper-proof supplier records this morning."),
]

MUST_NOT = [
    ("en", "Thank you for taking part in our infection-control survey in November; your answers shaped the agenda."),
    ("de", "Danke für Ihre Teilnahme an unserer Online-Kundenbefragung zur Lohnabrechnung im November."),
    ("en", "Part two of the payroll series is on 26 January; you can save a seat here."),
    ("es", "La segunda parte del ciclo será el 26 de enero; puedes reservar tu plaza aquí."),
    ("en", "As you may have noticed, our prices changed last month."),
    ("fr", "Si vous n'avez pas pu venir, voici l'enregistrement : Ingrid y partage son écran pour l'export."),
    ("en", "We ran out of time on the proposal last quarter, so here is the revised version."),
    ("nl", "Vorige week zag ik een bekend gezicht in de krant: onze klant Bakkerij de Vries."),
    ("en", "If you'd like a familiar face at next month's clinic, I'll be there all day."),
    ("fr", "Merci d'avoir participé à notre enquête de satisfaction en ligne en novembre."),
    ("de", "Falls Sie es verpasst haben: Die Aufzeichnung von Teil eins der Reihe finden Sie hier."),
    ("es", "Gracias por responder a nuestra encuesta de satisfacción en noviembre."),
    ("en", "Here is the recording of our clinic on tamper-proof supplier records for anyone who missed it."),
]


@pytest.mark.parametrize(("lang", "sentence"), MUST_FIRE)
def test_presence_presumed_in_indirect_words_is_reported(lang: str, sentence: str) -> None:
    assert _fired(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), MUST_NOT)
def test_the_same_words_about_something_else_are_not(lang: str, sentence: str) -> None:
    assert not _fired(lang, sentence)
