"""Loss framing in a breakup (FL214): the last email of a sequence that tells the reader what
staying without the sender's product keeps costing them ("Every week {{ company }} stays on paper
timesheets is another week of payroll mistakes you end up paying for twice"). A breakup was not
read at all; now its loss sentences are, where the loss is tied to time passing without switching
or to doing without the product (a threat of the loss sentence: ``rules/data/loss-context.yml``).
Case tables written before the change, must-fire and must-not in equal measure, en/de/fr/es/nl.
Must-not: a polite breakup with no loss framing, and one that mentions the reader's own deadline.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best,\nPriya Raman", "de": "Viele Grüße\nJonas Ebert", "fr": "Cordialement,\nLéa Marchand",
           "es": "Saludos,\nLucía Ferrer", "nl": "Groet,\nSanne de Vries"}


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence="breakup")


BREAKUP_LOSS = [
    mail("en", "This is my last email. Every month your team stays on spreadsheets is another month of missed "
               "reorders and lost sales. If you ever want to stop that, you know where to find me."),
    mail("de", "Das ist meine letzte Nachricht. Jede Woche ohne digitale Zeiterfassung kostet {{ company }} "
               "Geld durch falsche Abrechnungen. Wenn Sie das ändern möchten, melden Sie sich."),
    mail("fr", "Ce sera mon dernier message. Chaque mois sans outil de relance, vous perdez des factures "
               "impayées. Quand vous voudrez arrêter ces pertes, je reste disponible."),
    mail("es", "Este es mi último correo. Cada semana sin un control de inventario, su tienda pierde ventas por "
               "roturas de stock. Cuando quiera dejar de perder ese dinero, aquí estoy."),
    mail("nl", "Dit is mijn laatste bericht. Elke maand zonder goede planning verliest {{ bedrijf }} geld aan "
               "lege ritten. Als u daar iets aan wilt doen, weet u me te vinden."),
]

BREAKUP_POLITE = [
    mail("en", "This is my last email on this. I know {{ company }}'s contract with your current provider runs "
               "until 31 March, so if you want to look at it again before then, just reply."),
    mail("de", "Das ist meine letzte Nachricht dazu. Ich wünsche Ihnen und dem Team alles Gute; wenn das Thema "
               "wieder aktuell wird, melden Sie sich einfach."),
    mail("fr", "Ce sera mon dernier message. Je sais que votre appel d'offres se clôt le 15 mars ; si vous "
               "souhaitez en reparler avant, répondez simplement à ce mail."),
    mail("es", "Este es mi último correo sobre el tema. No quiero llenar su bandeja de entrada; si más adelante "
               "le interesa, escríbame sin problema."),
    mail("nl", "Dit is mijn laatste bericht. Ik wil je inbox niet blijven vullen; als het later wel past, hoor "
               "ik het graag."),
]

TABLES = {"loss framing in a breakup (FL214)": (BREAKUP_LOSS, BREAKUP_POLITE, "FL214")}


def test_tables_are_balanced_and_multilingual() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


@pytest.mark.parametrize("template", BREAKUP_LOSS)
def test_a_breakup_that_frames_staying_without_the_product_as_a_loss_is_loss_framing(template: str) -> None:
    assert fired("FL214", template), template


@pytest.mark.parametrize("template", BREAKUP_POLITE)
def test_a_polite_breakup_or_one_naming_the_readers_deadline_frames_no_loss(template: str) -> None:
    assert not fired("FL214", template), template
