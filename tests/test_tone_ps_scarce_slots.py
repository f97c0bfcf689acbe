"""Scarcity in the P.S. (FL209): the sender holds few slots and sets a reply deadline ("P.S. We
only take on two new clients a month and one of December's slots went this morning, so if you
want the other I'd need to hear back by Wednesday."). The sender's capacity, limited and then
bounded in time, squeezes the reader like a time-limited discount (``rules/data/limited-offers.yml``,
group ``scarcity``). Case tables written before the change, must-fire and must-not in equal
measure, en/de/fr/es/nl. Must-not: a P.S. with the reader's own deadline, an office closure.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best,\nPriya Raman", "de": "Viele Grüße\nJonas Ebert", "fr": "Cordialement,\nLéa Marchand",
           "es": "Saludos,\nLucía Ferrer", "nl": "Groet,\nSanne de Vries"}
BODY = {"en": "Would a short call next week be useful to look at {{ company }}'s onboarding?",
        "de": "Wäre ein kurzes Gespräch nächste Woche zum Onboarding bei {{ company }} sinnvoll?",
        "fr": "Un court échange la semaine prochaine sur l'onboarding chez {{ company }} vous serait-il utile ?",
        "es": "¿Le serviría una breve llamada la semana que viene sobre el onboarding de {{ company }}?",
        "nl": "Zou een kort gesprek volgende week over de onboarding bij {{ bedrijf }} nuttig zijn?"}


def mail(lang: str, ps: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang] + "\n\n" + ps, lang, BODY[lang])


PS_SCARCE = [
    mail("en", "P.S. We only take on two new clients a month and one of December's slots went this morning, so if "
               "you want the other I'd need to hear back by Wednesday."),
    mail("en", "P.S. We only work with three new customers per quarter and two of those spots are taken, so let me "
               "know by Friday if you want the last one."),
    mail("de", "PS: Wir nehmen nur zwei neue Kunden pro Monat an, und ein Platz für Januar ist schon weg - wenn Sie "
               "den anderen möchten, bräuchte ich bis Mittwoch Bescheid."),
    mail("fr", "P.S. Nous ne prenons que deux nouveaux clients par mois et il ne reste plus qu'une place pour "
               "janvier : j'aurais besoin de votre réponse d'ici mercredi."),
    mail("es", "P.D.: Solo aceptamos dos nuevos clientes al mes y ya queda solo un hueco para enero, así que "
               "necesitaría su respuesta antes del miércoles."),
    mail("nl", "PS: We nemen maar twee nieuwe klanten per maand aan en er is nog één plek vrij voor januari; laat "
               "het me uiterlijk woensdag weten."),
]

PS_HARMLESS = [
    mail("en", "P.S. Our office is closed from 24 December until 2 January, so replies may take a little longer."),
    mail("en", "P.S. Your VAT return is due by 31 January; the checklist in my last email covers every box."),
    mail("de", "PS: Unser Büro ist vom 24. Dezember bis zum 2. Januar geschlossen; Antworten können etwas dauern."),
    mail("fr", "P.S. Votre déclaration de TVA est à rendre avant le 31 janvier ; la liste de contrôle est en "
               "pièce jointe."),
    mail("es", "P.D.: Nuestra oficina estará cerrada del 24 de diciembre al 2 de enero; responderé a la vuelta."),
    mail("nl", "PS: Jullie aanvraag voor de subsidie moet uiterlijk vrijdag binnen zijn; het formulier staat in de "
               "bijlage."),
]

TABLES = {"scarce slots in the P.S. (FL209)": (PS_SCARCE, PS_HARMLESS, "FL209")}


def test_tables_are_balanced_and_multilingual() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


@pytest.mark.parametrize("template", PS_SCARCE)
def test_the_senders_few_slots_and_a_reply_deadline_in_the_ps_is_pressure(template: str) -> None:
    assert fired("FL209", template), template


@pytest.mark.parametrize("template", PS_HARMLESS)
def test_the_readers_own_deadline_or_an_office_closure_in_the_ps_is_no_pressure(template: str) -> None:
    assert not fired("FL209", template), template
