"""FL301: a question that asks how the event or the way home from it went presumes the reader
was there ("How was the trip back from the expo?", "¿Qué tal la vuelta de la feria?", "Wie hat
Ihnen der Workshop gefallen?"), while a question that asks whether they came, or how anything
else went, does not (written before the code), en/de/fr/es/nl."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_ROWS = [
    {"first_name": "José Luis", "last_name": "García Márquez", "company": "Márquez Envíos", "Attended": "Yes"},
    {"first_name": "Xiomara", "last_name": "", "company": "Caribe Frío", "Attended": "No"},
    {"first_name": "Pieter", "last_name": "van 't Hek", "company": "Hek Transport", "Attended": "Yes"},
]
_FRAME = {"en": ("Hi", "I've attached the catalogue I promised.", "Best"),
          "de": ("Hallo", "anbei der versprochene Katalog.", "Viele Grüße"),
          "fr": ("Bonjour", "voici le catalogue promis.", "Bien à vous"),
          "es": ("Hola", "te adjunto el catálogo que te prometí.", "Un saludo"),
          "nl": ("Beste", "hierbij de beloofde catalogus.", "Groet")}


def _mail(lang: str, question: str) -> str:
    hello, line, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{question} {line}\n\n"
            f"{bye},\nJavier Ortega\nOrtega Frío\n")


def _fired(lang: str, question: str) -> bool:
    return any(d.code == "FL301" for d in run_rules("FL301", _mail(lang, question), _ROWS))


MUST_FIRE = [
    ("en", "How was the trip back from the expo?"),
    ("en", "How did you find the workshop on Thursday?"),
    ("de", "Wie war die Heimreise von der Messe?"),
    ("de", "Wie hat Ihnen der Workshop am Dienstag gefallen?"),
    ("fr", "Comment s'est passé le retour du salon ?"),
    ("fr", "Qu'avez-vous pensé de l'atelier de mardi ?"),
    ("es", "¿Qué tal la vuelta del congreso?"),
    ("es", "¿Qué te pareció el taller del martes?"),
    ("nl", "Hoe was de terugreis van de beurs?"),
    ("nl", "Wat vond u van de workshop van dinsdag?"),
]

MUST_NOT = [
    ("en", "Did you make it to the webinar?"),
    ("en", "How was your week?"),
    ("de", "Konnten Sie am Workshop teilnehmen?"),
    ("de", "Wie war Ihre Woche?"),
    ("fr", "Avez-vous pu assister à l'atelier ?"),
    ("es", "¿Pudiste asistir al taller?"),
    ("es", "¿Qué tal tu semana?"),
    ("nl", "Kon u erbij zijn op de workshop?"),
    ("en", "How did you hear about the workshop next week?"),
    ("es", "¿Qué te pareció la grabación del taller?"),
]


@pytest.mark.parametrize(("lang", "question"), MUST_FIRE)
def test_asking_how_the_event_went_presumes_attendance(lang: str, question: str) -> None:
    assert _fired(lang, question)


@pytest.mark.parametrize(("lang", "question"), MUST_NOT)
def test_asking_whether_they_came_or_about_anything_else_does_not(lang: str, question: str) -> None:
    assert not _fired(lang, question)
