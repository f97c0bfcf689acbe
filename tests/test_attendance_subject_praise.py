"""FL301: a subject line praising the reader's questions or remarks at the occasion ("Great
questions on yesterday's AMA, {{ first_name }}", "Tolle Fragen beim Webinar") presumes they were
there: a subject line is addressed to its reader, who needs no "you" in it. The same praise for a
coming session, or with the recording, does not (written before the code), en/de/fr/es/nl."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_ROWS = [
    {"first_name": "Parissa", "last_name": "Behnia", "company": "Northwind Analytics", "Attended": "Yes"},
    {"first_name": "Jean-Luc", "last_name": "van der Berg", "company": "Hollandia Freight", "Attended": "No"},
    {"first_name": "Hiroshi", "last_name": "Sato", "company": "Sato Robotics", "Attended": "Yes"},
]
_BODY = {"en": ("Hi", "I pulled the three SQL snippets together into one gist.", "Best"),
         "de": ("Hallo", "anbei die drei SQL-Beispiele in einer Datei.", "Viele Grüße"),
         "fr": ("Bonjour", "voici les trois exemples SQL dans un seul fichier.", "Bien à vous"),
         "es": ("Hola", "te paso los tres ejemplos de SQL en un solo archivo.", "Un saludo"),
         "nl": ("Beste", "hierbij de drie SQL-voorbeelden in één bestand.", "Groet")}


def _mail(lang: str, subject: str) -> str:
    hello, line, bye = _BODY[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\nsubject: \"{subject}\"\n---\n{hello} {{{{ first_name }}}},\n\n"
            f"{line}\n\n{bye},\nNora Lindqvist\nQuerylane\n")


def _fired(lang: str, subject: str) -> bool:
    return any(d.code == "FL301" for d in run_rules("FL301", _mail(lang, subject), _ROWS))


MUST_FIRE = [
    ("en", "Great questions on yesterday's AMA, {{ first_name }}"),
    ("en", "Sharp questions at the Leeds roundtable"),
    ("de", "Tolle Fragen beim Webinar am Dienstag, {{ first_name }}"),
    ("fr", "Excellentes questions lors de l'atelier de mardi"),
    ("es", "Muy buenas preguntas en el taller de ayer"),
    ("nl", "Goede vragen tijdens de workshop van dinsdag"),
]

MUST_NOT = [
    ("en", "Great questions from the community, answered"),
    ("en", "Missed it? Great questions from yesterday's AMA, answered in the recording"),
    ("de", "Gute Fragen für den nächsten Workshop"),
    ("fr", "Les bonnes questions à poser avant l'atelier"),
    ("es", "Buenas preguntas para la próxima sesión"),
    ("nl", "Goede vragen voor de volgende workshop"),
]


@pytest.mark.parametrize(("lang", "subject"), MUST_FIRE)
def test_praise_for_questions_at_the_occasion_in_the_subject_is_reported(lang: str, subject: str) -> None:
    assert _fired(lang, subject)


@pytest.mark.parametrize(("lang", "subject"), MUST_NOT)
def test_praise_for_questions_elsewhere_or_to_come_is_not(lang: str, subject: str) -> None:
    assert not _fired(lang, subject)
