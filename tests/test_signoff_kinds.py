"""FL306 nameless-sign-off in the five languages: a company (with its legal form), a team or a
department under the closing is a warning in one-to-one kinds (follow-up, prospecting, reply)
and info in newsletters and marketing mail (issue 11 item 8); a person, with or without the
company or team, is fine in any kind."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

BODIES = {
    "en": ("Hi {{ first_name }},", "Thanks for your question. Yes, the ERP integration is included."),
    "de": ("Hallo {{ first_name }},", "danke für Ihre Frage. Ja, die ERP-Anbindung ist enthalten."),
    "fr": ("Bonjour {{ first_name }},", "Merci pour votre question. Oui, l'intégration ERP est incluse."),
    "es": ("Hola {{ first_name }}:", "Gracias por su pregunta. Sí, la integración con su ERP está incluida."),
    "nl": ("Hallo {{ first_name }},", "Bedankt voor je vraag. Ja, de ERP-koppeling zit erbij."),
}


def email(kind: str, lang: str, closing: str) -> str:
    greeting, body = BODIES[lang]
    return f"---\nkind: {kind}\nlocale: {lang}\n---\n{greeting}\n\n{body}\n\n{closing}\n"


NAMELESS = [
    ("es", "Atentamente,\nCerámicas Levante S.L."),
    ("es", "Un saludo,\nDistribuciones Ortega S.A."),
    ("es", "Saludos cordiales,\nEl equipo de Cerámicas Levante"),
    ("es", "Saludos,\nDepartamento comercial"),
    ("de", "Mit freundlichen Grüßen\nMüller & Söhne GmbH"),
    ("de", "Viele Grüße\nBrauhaus Kessler GmbH & Co. KG"),
    ("de", "Beste Grüße\nDas Team von Brauhaus Kessler"),
    ("de", "Freundliche Grüße\nIhr Kundenservice"),
    ("fr", "Cordialement,\nBoulangerie Dupont SARL"),
    ("fr", "Bien à vous,\nAtelier Saveurs SAS"),
    ("fr", "Cordialement,\nLe service client d'Atelier Saveurs"),
    ("nl", "Met vriendelijke groet,\nVan Dijk Installatietechniek B.V."),
    ("nl", "Groeten,\nHet team van Bakkerij de Vries"),
    ("nl", "Met vriendelijke groet,\nAfdeling Verkoop"),
    ("en", "Thanks,\nHarbour Freight Solutions Inc."),
    ("en", "Best regards,\nPennine Textiles Ltd"),
    ("en", "Kind regards,\nThe Customer Care Department"),
    ("en", "Best,\nAccounts Payable, Northwind Traders LLC"),
    # the brand and its mailbox: a line that is the name of the address's domain is the company
    ("en", "Regards,\nBrightwell\nnoreply@brightwell.example"),
    ("en", "Best,\nPaperplane\nhello@paperplane.example"),
    ("de", "Viele Grüße\nKesselwerk\nvertrieb@kesselwerk.example"),
    ("fr", "Cordialement,\nLumivert\nne-pas-repondre@lumivert.example"),
    ("es", "Saludos,\nOlivar Digital\ninfo@olivar-digital.example"),
    ("nl", "Met vriendelijke groet,\nZeewind\ninfo@mail.zeewind.example"),
]
PEOPLE = [
    ("es", "Atentamente,\nMaría José García-Lorca\nCerámicas Levante S.L."),
    ("es", "Un saludo,\nAna Sofía Ortega"),
    ("de", "Mit freundlichen Grüßen\nHans-Peter Schulte-Brandt\nMüller & Söhne GmbH"),
    ("de", "Viele Grüße\nKatrin von der Heyde"),
    ("fr", "Cordialement,\nJean-Luc de la Fontaine\nBoulangerie Dupont SARL"),
    ("fr", "Bien à vous,\nNguyễn Thị Lan"),
    ("nl", "Met vriendelijke groet,\nPieter van der Berg\nVan Dijk Installatietechniek B.V."),
    ("nl", "Groeten,\nSanne de Vries, namens het team van Bakkerij de Vries"),
    ("en", "Thanks,\nMin-ji Sa"),  # a family name that is also a legal form
    ("en", "Best regards,\nSiobhán Ní Bhriain\nPennine Textiles Ltd"),
    ("en", "Best,\nJoão Co"),
    ("en", "Cheers,\nTeodor Inc-Popescu"),
    ("en", "Kind regards,\nAmelia Group\nHead of Sales"),
    ("en", "Best,\nMadonna"),  # a mononym
    ("en", "Best,\n王伟 (Wang Wei)"),
    ("en", "Best,\nDana Okafor and the Northwind team"),
    ("de", "Viele Grüße\nDr. Ayşe Demir\nGeschäftsführerin, Demir Feinkost GmbH"),
    ("es", "Saludos,\nLucía Fernández de Córdoba\nEquipo comercial, Cerámicas Levante S.L."),
    # a person and their own address; a person and the brand's mailbox
    ("en", "Regards,\nRohini\nrohini@samplewise.example"),
    ("en", "Best,\nMadonna Ciccone\nmadonna@ciccone.example"),
    ("de", "Viele Grüße\nJonas Kessel\nKesselwerk\nj.kessel@kesselwerk.example"),
    ("fr", "Cordialement,\nAmélie Roux\nLumivert\nnoreply@lumivert.example"),
    ("es", "Saludos,\nOlivar\nolivar@olivar-lopez.example"),
    ("nl", "Met vriendelijke groet,\nDaan\ndaan@zeewind.example"),
]
# a team or department and the company on one line, after a comma or a dash (batch 13's
# category); against a person with their team or company on one line
NAMELESS += [
    ("en", "Kind regards,\nThe Onboarding Team, Veldspar"),
    ("en", "Best,\nCustomer Success Team, Northwind"),
    ("en", "Thanks,\nThe Onboarding Team - Quillmate"),
    ("de", "Viele Grüße\nIhr Onboarding-Team, Kesselwerk"),
    ("fr", "Cordialement,\nL'équipe Onboarding, Lumivert"),
    ("es", "Saludos,\nEl equipo de Soporte, Olivar Digital"),
    ("nl", "Met vriendelijke groet,\nHet onboardingteam, Zeewind"),
]
PEOPLE += [
    ("en", "Kind regards,\nDana Okafor, Onboarding Team"),
    ("en", "Best,\nPriya Raghunathan, Customer Success, Northwind"),
    ("en", "Thanks,\nTomás Ó Briain - Onboarding Team"),
    ("de", "Viele Grüße\nJonas Kessel, Ihr Onboarding-Team"),
    ("fr", "Cordialement,\nAmélie Roux, équipe Onboarding"),
    ("es", "Saludos,\nLucía Fernández, Equipo de Soporte"),
    ("nl", "Met vriendelijke groet,\nDaan de Wit, onboardingteam Zeewind"),
]
ONE_TO_ONE = ["follow-up", "prospecting", "reply"]
BROADCAST = ["newsletter", "marketing"]


@pytest.mark.parametrize(("lang", "closing"), NAMELESS)
@pytest.mark.parametrize("kind", ONE_TO_ONE)
def test_nameless_sign_off_is_a_warning_one_to_one(kind: str, lang: str, closing: str) -> None:
    found = run_rules("FL306", email(kind, lang, closing))
    assert [d.severity.value for d in found] == ["warning"]


@pytest.mark.parametrize(("lang", "closing"), NAMELESS)
@pytest.mark.parametrize("kind", BROADCAST)
def test_nameless_sign_off_is_info_in_broadcasts(kind: str, lang: str, closing: str) -> None:
    found = run_rules("FL306", email(kind, lang, closing))
    assert [d.severity.value for d in found] == ["info"]


@pytest.mark.parametrize(("lang", "closing"), PEOPLE)
@pytest.mark.parametrize("kind", ONE_TO_ONE + BROADCAST)
def test_a_person_signs(kind: str, lang: str, closing: str) -> None:
    assert run_rules("FL306", email(kind, lang, closing)) == []
