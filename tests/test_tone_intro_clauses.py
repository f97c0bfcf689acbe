"""FL201 / FL202: a person's introduction whose second clause says what the company makes
("I'm ... from ...; we make ..."), and a sales word inside a question about the reader's own
work ("la remise des clés", the handing over of keys), before a small optional ask.

Written in five languages with must-fire twins: the same introduction before a demo, a claim
or an offer still reports the email."""

from __future__ import annotations

import pytest

from _core_testing import build_mail, fired

GREETING = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Hoi {{ first_name }},"}
SIGNOFF = {"en": "Best,\nTomasz Wiśniewski", "de": "Viele Grüße\nAiko Tanaka", "fr": "Bonne journée,\nInès Haddad",
           "es": "Un saludo,\nLucía Ortega", "nl": "Groet,\nDaan van der Linde"}


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


QUIET = [
    mail("en", "I'm Tomasz Wiśniewski from Crateworks; we make returnable crates for bakeries.\n\nHow does "
               "{{ company }} keep track of the crates that come back from shops? A one-line answer would be "
               "great, and no worries if not."),
    mail("de", "ich bin Aiko Tanaka von Hallenwerk; wir bauen Regalsysteme für Kühlhäuser.\n\nWie zählt "
               "{{ company }} heute die Paletten im Tiefkühlbereich? Eine kurze Antwort würde mir helfen, "
               "aber wenn es nicht passt, ist das völlig in Ordnung."),
    mail("fr", "Je suis Inès Haddad de Vitrelab ; nous fabriquons des vitrines réfrigérées pour les "
               "boulangeries.\n\nComment {{ company }} gère-t-elle le givre sur ses vitrines ? Deux lignes de "
               "réponse me suffiraient, sinon aucun souci."),
    mail("nl", "Ik ben Daan van der Linde van Kratwerk; wij maken kratten voor bakkerijen.\n\nHoe houdt "
               "{{ company }} nu bij welke kratten terugkomen? Eén regel antwoord is genoeg, en anders geen "
               "probleem."),
    mail("fr", "Je m'appelle Inès Haddad, je travaille sur la gestion des clés pour les syndics.\n\nEst-ce que "
               "la remise des clés aux nouveaux locataires prend du temps chez {{ company }} ? Une ligne de "
               "réponse m'aiderait, sinon tant pis."),
    mail("en", "I'm Tomasz Wiśniewski, and I study how property managers hand over keys.\n\nIs the contract "
               "handover with new tenants a headache at {{ company }}? A quick reply would help; no worries "
               "if not."),
]

FIRES = [
    mail("en", "I'm Tomasz Wiśniewski from Crateworks; we make returnable crates for bakeries.\n\nCan we book a "
               "30-minute demo on Thursday?"),
    mail("en", "I'm Tomasz Wiśniewski from Crateworks; we help bakeries cut crate losses by 40%.\n\nHow does "
               "{{ company }} keep track of its crates today?"),
    mail("de", "ich bin Aiko Tanaka von Hallenwerk; wir bauen Regalsysteme für Kühlhäuser.\n\nHätten Sie am "
               "Dienstag Zeit für eine Demo unserer Lösung?"),
    mail("nl", "Ik ben Daan van der Linde van Kratwerk; wij maken kratten voor bakkerijen.\n\nZullen we "
               "volgende week een demo inplannen?"),
    mail("fr", "Je m'appelle Inès Haddad et je travaille chez Vitrelab.\n\nJe vous propose une remise de 20 % "
               "sur votre premier abonnement si vous signez ce mois-ci."),
]


@pytest.mark.parametrize("template", QUIET)
def test_an_introduction_before_a_small_question_is_no_sell(template: str) -> None:
    assert not fired("FL201", template)
    assert not fired("FL202", template)


@pytest.mark.parametrize("template", FIRES)
def test_the_same_introduction_before_a_sell_is_reported(template: str) -> None:
    assert fired("FL201", template) or fired("FL202", template)


def test_tables_are_balanced() -> None:
    assert len(QUIET) >= len(FIRES)
