"""FL306 (warning for one-to-one kinds, reply included): a reply or follow-up signed only by a
support, service or help desk unit ("Business Banking Support" / "Castlegate Bank",
"Kundenservice", "Service Client", "Atención al Cliente", "Klantenservice") has no person
behind it. A person's name with the unit under it stays quiet, and so does a newsletter.
en/de/fr/es/nl."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules


def mail(kind: str, greeting: str, body: str, ending: str) -> str:
    return f"---\nkind: {kind}\n---\n{greeting}\n\n{body}\n\n{ending}\n"


EN = ("Yes, the interest-cover covenant on {{ company }}'s term loan is tested on your audited annual accounts only, "
      "not on the management accounts you send each quarter. The next test date is 30 June.")
EN2 = "Your replacement card for {{ company }} was posted this morning and should arrive within three working days."
DE = "die Gutschrift für die doppelte Abbuchung bei {{ firma }} ist heute erfolgt und erscheint morgen auf dem Konto."
FR = "la facture corrigée pour {{ entreprise }} est jointe ; l'avoir apparaîtra sur votre prochain relevé."
ES = "ya hemos corregido la dirección de facturación de {{ empresa }}; la próxima factura saldrá con los datos nuevos."
NL = "de creditnota voor {{ bedrijf }} is vandaag verstuurd; het bedrag staat binnen twee werkdagen op uw rekening."

MUST_FIRE = [
    pytest.param(mail("reply", "Hi {{ first_name }},", EN, "Kind regards,\nBusiness Banking Support\nCastlegate Bank"),
                 id="en-reply-support-then-bank"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN2, "Best wishes,\nCustomer Care\nHollins & Reade"),
                 id="en-customer-care"),
    pytest.param(mail("reply", "Dear {{ first_name }},", EN2, "Regards,\nThe Service Desk\nNorthgate Energy"),
                 id="en-service-desk"),
    pytest.param(mail("reply", "Hallo {{ vorname }},", DE, "Viele Grüße\nIhr Kundenservice\nSparkasse Oberland"),
                 id="de-kundenservice"),
    pytest.param(mail("reply", "Hallo {{ vorname }},", DE, "Freundliche Grüße\nFirmenkunden-Support\nVolksbank Rheintal"),
                 id="de-firmenkunden-support"),
    pytest.param(mail("reply", "Bonjour {{ prenom }},", FR, "Bien cordialement,\nLe Service Client\nBanque Aubrac"),
                 id="fr-service-client"),
    pytest.param(mail("reply", "Bonjour {{ prenom }},", FR, "Cordialement,\nSupport Entreprises\nCrédit du Léman"),
                 id="fr-support-entreprises"),
    pytest.param(mail("reply", "Hola {{ nombre }}:", ES, "Un saludo,\nAtención al Cliente\nCaja Serrano"),
                 id="es-atencion-al-cliente"),
    pytest.param(mail("reply", "Hola {{ nombre }}:", ES, "Saludos cordiales,\nSoporte Empresas\nBanco Albaicín"),
                 id="es-soporte-empresas"),
    pytest.param(mail("reply", "Beste {{ voornaam }},", NL, "Met vriendelijke groet,\nKlantenservice Zakelijk\nRabo Delta"),
                 id="nl-klantenservice"),
    pytest.param(mail("follow-up", "Beste {{ voornaam }},", NL, "Groet,\nDe Servicedesk\nWaterbedrijf Vallei"),
                 id="nl-servicedesk"),
]

MUST_NOT = [
    pytest.param(mail("reply", "Hi {{ first_name }},", EN, "Kind regards,\nAoife Ní Bhriain\nBusiness Banking Support\nCastlegate Bank"),
                 id="en-person-above-support"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN2, "Best wishes,\nTomasz Wiśniewski, Customer Care\nHollins & Reade"),
                 id="en-person-comma-care"),
    pytest.param(mail("newsletter", "Dear {{ first_name }},", EN2, "Regards,\nThe Service Desk\nNorthgate Energy"),
                 id="en-newsletter-service-desk"),
    pytest.param(mail("reply", "Hallo {{ vorname }},", DE, "Viele Grüße\nKatharina von Allmen\nKundenservice, Sparkasse Oberland"),
                 id="de-person-kundenservice"),
    pytest.param(mail("reply", "Hallo {{ vorname }},", DE, "Freundliche Grüße\nSeo-yeon Park\nFirmenkunden-Support"),
                 id="de-person-support"),
    pytest.param(mail("reply", "Bonjour {{ prenom }},", FR, "Bien cordialement,\nLe Service Client\nHélène Ouattara"),
                 id="fr-person-under-service"),
    pytest.param(mail("reply", "Bonjour {{ prenom }},", FR, "Cordialement,\nÉloïse Duchamp-Traoré\nSupport Entreprises, Crédit du Léman"),
                 id="fr-person-support"),
    pytest.param(mail("reply", "Hola {{ nombre }}:", ES, "Un saludo,\nIñaki Etxeberria\nAtención al Cliente"),
                 id="es-person-atencion"),
    pytest.param(mail("reply", "Hola {{ nombre }}:", ES, "Saludos cordiales,\nMaría José Ruiz de la Torre\nSoporte Empresas"),
                 id="es-person-soporte"),
    pytest.param(mail("reply", "Beste {{ voornaam }},", NL, "Met vriendelijke groet,\nDaan van 't Hek\nKlantenservice Zakelijk"),
                 id="nl-person-klantenservice"),
    pytest.param(mail("marketing", "Beste {{ voornaam }},", NL, "Groet,\nDe Servicedesk\nWaterbedrijf Vallei"),
                 id="nl-marketing-servicedesk"),
]


def _warned(template: str) -> bool:
    return any(d.code == "FL306" and str(getattr(d.severity, "value", d.severity)).lower() in ("warning", "error")
               for d in run_rules("FL306", template))


@pytest.mark.parametrize("template", MUST_FIRE)
def test_a_support_unit_alone_signs_is_a_warning(template: str) -> None:
    assert _warned(template)


@pytest.mark.parametrize("template", MUST_NOT)
def test_a_person_signs_or_a_broadcast_stays_quiet(template: str) -> None:
    assert not _warned(template)
