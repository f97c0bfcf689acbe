"""FL301 (issue 11, written before the code): pleasure that "we" got to talk at an in-person
occasion (a visit, a tour, a stand, a dinner) presumes the reader was there: "Glad we could talk
during the plant tour", "Schön, dass wir uns bei der Werksführung austauschen konnten", "Ravie
que nous ayons pu échanger lors de la visite", "Me alegro de que pudiéramos hablar durante la
visita", "Fijn dat we tijdens de rondleiding even konden praten". Must-not: the same talk on the
phone or with no occasion, what "we" covered in a webinar or a session (the sender presenting),
the next visit, a recording. en/de/fr/es/nl."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_ROWS = [
    {"first_name": "Hélène", "last_name": "Bouchard-Mensah", "company": "Laboratoires Mensah", "Attended": "Yes"},
    {"first_name": "Yannick", "last_name": "Le Gall", "company": "Armor Pharma", "Attended": "No"},
    {"first_name": "Linh", "last_name": "Trần", "company": "Mékong Pharma", "Attended": "Yes"},
]
_FRAME = {"en": ("Hi", "Best regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien cordialement"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Met vriendelijke groet")}


def _mail(lang: str, sentence: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{bye},\nClaire Ouédraogo-Marchand\nGerland Biofill\n")


def _fired(lang: str, sentence: str) -> bool:
    return any(d.code == "FL301" for d in run_rules("FL301", _mail(lang, sentence), _ROWS))


MUST_FIRE = [
    ("en", "Great that we could talk during the plant tour. The layout drawing is attached."),
    ("en", "So glad we got to catch up over dinner after the open day; here is the trial plan."),
    ("de", "Schön, dass wir uns bei der Werksführung austauschen konnten. Anbei die Unterlagen."),
    ("de", "Schön, dass wir beim Rundgang kurz sprechen konnten."),
    ("fr", "Content qu'on ait pu discuter sur le stand mardi ; voici la fiche technique."),
    ("es", "Me alegro de que pudiéramos hablar durante la visita a la planta; te adjunto el plan de lotes."),
    ("nl", "Fijn dat we tijdens de rondleiding even konden praten. Hierbij de plattegrond."),
]

MUST_NOT = [
    ("en", "Glad we got to chat about pricing on the phone last week; the quote is attached."),
    ("en", "Great that we could talk through the three cash-flow levers in the webinar; the slides are attached."),
    ("en", "It would be great if we could talk during the next plant tour in March."),
    ("de", "Schön, dass wir im Webinar über die drei Hebel sprechen konnten; hier die Folien."),
    ("fr", "Ravie que nous puissions échanger lors de la prochaine visite du site."),
    ("es", "Me alegro de que pudiéramos hablar por teléfono la semana pasada; te adjunto la oferta."),
    ("nl", "Fijn dat we vorige week telefonisch even konden praten; hierbij de offerte."),
]


@pytest.mark.parametrize(("lang", "sentence"), MUST_FIRE)
def test_we_talked_there_presumes_presence(lang: str, sentence: str) -> None:
    assert _fired(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), MUST_NOT)
def test_a_call_a_webinar_or_the_next_visit_does_not(lang: str, sentence: str) -> None:
    assert not _fired(lang, sentence)
