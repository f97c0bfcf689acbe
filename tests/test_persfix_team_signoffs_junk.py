"""Two issue-11 categories, written before the code.

FL306: a one-to-one email signed by a desk, an office or a department instead of a person, on
its own line above or below the company's name, in the five languages ("The Reservations Desk"
/ "Saltmarsh Cabins", "Waldkontor" / "Das Kundencenter", "Le service réservations", "Servicio
al cliente", "De boekhouding"), or by the company's name alone; a person with the desk, a
newsletter signed by a desk (info at most) and a mononym or East Asian name are not reported.

FL320: the national "not given" tokens of the five languages' exports ("NC", "NR", "NSP",
"NS/NC", "sin información", "n.t.b.", "niet ingevuld", "nicht vorhanden", "n/k") are junk in a
town, company or job-title field; a state, province or country field holds real codes with the
same letters ("NC" is North Carolina or New Caledonia, "ND" North Dakota).
"""

from __future__ import annotations

from typing import Any

import pytest

from followup_lint.testing import run_rules


def mail(kind: str, greeting: str, body: str, closing: str, lines: str) -> str:
    return f"---\nkind: {kind}\n---\n{greeting}\n\n{body}\n\n{closing}\n{lines}\n"


EN = "Thanks for walking us through the group booking on Tuesday; the revised quote for {{ company }} is attached."
EN_PITCH = "We help boutique campsites like {{ company }} fill their midweek pitches. Worth a 15-minute call next week?"
DE = "danke für das Gespräch am Dienstag; das überarbeitete Angebot für {{ company }} finden Sie im Anhang."
FR = "Merci pour notre échange de mardi ; vous trouverez ci-joint le devis révisé pour {{ company }}."
FR_PITCH = ("Nous aidons les gîtes comme {{ company }} à remplir leurs semaines creuses sans commission. "
            "Seriez-vous disponible jeudi pour en parler ?")
ES = "Gracias por la llamada del martes; adjunto el presupuesto revisado para {{ company }}."
ES_PITCH = ("Ayudamos a bodegas como {{ company }} a vender sus visitas guiadas sin comisiones. "
            "¿Tienen 15 minutos el jueves para verlo?")
NL = "Bedankt voor het gesprek van dinsdag; de aangepaste offerte voor {{ company }} zit in de bijlage."

TEAM_SIGNS = [
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN, "Kind regards,", "The Reservations Desk\nSaltmarsh Cabins"),
                 id="en-desk-then-company"),
    pytest.param(mail("prospecting", "Hi {{ first_name }},", EN_PITCH, "Thanks,", "Fernhollow\nThe Partnerships Office"),
                 id="en-company-then-office"),
    pytest.param(mail("reply", "Hello {{ first_name }},", EN, "Best,", "Accounts Receivable\nTallowbrook"),
                 id="en-accounts-receivable"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN, "All the best,", "Guest Relations\nBrackenmoor"),
                 id="en-guest-relations"),
    pytest.param(mail("follow-up", "Guten Tag {{ first_name }},", DE, "Mit freundlichen Grüßen", "Ihr Buchungsteam\nFerienhof Lindenau"),
                 id="de-compound-team"),
    pytest.param(mail("reply", "Hallo {{ first_name }},", DE, "Freundliche Grüße", "Waldkontor\nDas Kundencenter"),
                 id="de-company-then-center"),
    pytest.param(mail("follow-up", "Bonjour {{ first_name }},", FR, "Bien cordialement,", "Le service réservations\nCampings Azurée"),
                 id="fr-service-reservations"),
    pytest.param(mail("reply", "Bonjour {{ first_name }},", FR, "Cordialement,", "Brisecôte\nL'équipe comptabilité"),
                 id="fr-company-then-equipe"),
    pytest.param(mail("prospecting", "Bonjour {{ first_name }},", FR_PITCH, "Bien à vous,", "Maréoline"),
                 id="fr-company-alone-one-to-one"),
    pytest.param(mail("follow-up", "Hola {{ first_name }}:", ES, "Saludos cordiales,", "El departamento de administración\nTornasol"),
                 id="es-departamento"),
    pytest.param(mail("reply", "Hola {{ first_name }},", ES, "Un cordial saludo,", "Servicio al cliente\nCerámicas Albaida"),
                 id="es-servicio-al-cliente"),
    pytest.param(mail("follow-up", "Beste {{ first_name }},", NL, "Met vriendelijke groet,", "De boekhouding\nHoutwerf"),
                 id="nl-de-boekhouding"),
    pytest.param(mail("reply", "Hoi {{ first_name }},", NL, "Hartelijke groet,", "Zoutkamp\nTeam Reserveringen"),
                 id="nl-company-then-team"),
    pytest.param(mail("follow-up", "Guten Tag {{ first_name }},", DE, "Beste Grüße", "Ihre Buchhaltung\nWaldkontor"),
                 id="de-buchhaltung"),
    pytest.param(mail("prospecting", "Hola {{ first_name }},", ES_PITCH, "Saludos,", "Bodegas Viñarroca"),
                 id="es-company-alone-one-to-one"),
    pytest.param(mail("reply", "Hello {{ first_name }},", EN, "Best,", "Copperleaf\nClient Services"),
                 id="en-company-above-department"),
    pytest.param(mail("follow-up", "Bonjour {{ first_name }},", FR, "Cordialement,", "Le pôle commercial\nVerrerie Astrale"),
                 id="fr-pole-commercial"),
    pytest.param(mail("follow-up", "Hola {{ first_name }},", ES, "Saludos,", "Atención al socio\nClub Náutico Levante"),
                 id="es-atencion-al-socio"),
    # greetings from a department or from a place, with no name after them
    pytest.param(mail("follow-up", "Guten Tag {{ first_name }},", DE, "", "Herzliche Grüße aus der Buchhaltung"),
                 id="de-gruesse-aus-der-buchhaltung"),
    pytest.param(mail("reply", "Hola {{ first_name }},", ES, "", "Un saludo desde Sevilla"), id="es-saludo-desde-una-ciudad"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN, "Thanks,", "Copperleaf – Support"), id="en-brand-dash-department"),
    pytest.param(mail("reply", "Beste {{ first_name }},", NL, "Met vriendelijke groet,", "Het supportteam\nBakkerij Zonnedauw"),
                 id="nl-team-then-two-word-company"),
]

A_PERSON_OR_A_BROADCAST = [
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN, "Kind regards,",
                      "Adaeze Okonkwo-Hale\non behalf of the Reservations Desk, Saltmarsh Cabins"), id="en-on-behalf-of"),
    pytest.param(mail("prospecting", "Hi {{ first_name }},", EN_PITCH, "Thanks,", "Tanaka Yusei\nPartnerships Office, Fernhollow"),
                 id="en-east-asian-order"),
    pytest.param(mail("reply", "Hello {{ first_name }},", EN, "Best,", "Oyelaran – Accounts\nTallowbrook"),
                 id="en-mononym-and-department"),
    pytest.param(mail("newsletter", "Hi {{ first_name }},", EN, "Warmly,", "Guest Relations\nBrackenmoor"),
                 id="en-newsletter-desk"),
    pytest.param(mail("follow-up", "Guten Tag {{ first_name }},", DE, "Mit freundlichen Grüßen",
                      "Katrin von der Heide\nIhr Buchungsteam\nFerienhof Lindenau"), id="de-person-above-team"),
    pytest.param(mail("newsletter", "Hallo {{ first_name }},", DE, "Freundliche Grüße", "Waldkontor\nDas Kundencenter"),
                 id="de-newsletter-center"),
    pytest.param(mail("follow-up", "Bonjour {{ first_name }},", FR, "Bien cordialement,",
                      "Éloïse Marchand-Duval\nService réservations, Campings Azurée"), id="fr-person-with-service"),
    pytest.param(mail("newsletter", "Bonjour {{ first_name }},", FR_PITCH, "À bientôt,", "Maréoline"),
                 id="fr-company-alone-newsletter"),
    pytest.param(mail("reply", "Bonjour {{ first_name }},", FR, "Cordialement,", "Yusei\nL'équipe comptabilité, Brisecôte"),
                 id="fr-mononym-above-team"),
    pytest.param(mail("follow-up", "Hola {{ first_name }}:", ES, "Saludos cordiales,",
                      "María José de la Fuente\nDepartamento de administración\nTornasol"), id="es-person-with-department"),
    pytest.param(mail("reply", "Hola {{ first_name }},", ES, "Un cordial saludo,", "Nguyễn Thị Lan\nServicio al cliente, Cerámicas Albaida"),
                 id="es-vietnamese-name"),
    pytest.param(mail("follow-up", "Beste {{ first_name }},", NL, "Met vriendelijke groet,", "Joost van den Berg\nDe boekhouding, Houtwerf"),
                 id="nl-person-with-department"),
    pytest.param(mail("reply", "Hoi {{ first_name }},", NL, "Hartelijke groet,", "Anouk\nTeam Reserveringen | Zoutkamp"),
                 id="nl-mononym-with-team"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN, "Best,", "Yusei\nGuest Relations"),
                 id="en-mononym-above-department"),
    pytest.param(mail("prospecting", "Hola {{ first_name }},", ES_PITCH, "Saludos,", "Xiadani"),
                 id="es-mononym-alone"),
    pytest.param(mail("reply", "Hello {{ first_name }},", EN, "Best,", "Kagiso\nClient Services"),
                 id="en-mononym-above-department"),
    pytest.param(mail("follow-up", "Bonjour {{ first_name }},", FR, "Cordialement,",
                      "Inès Benali-Moreau\nPôle commercial, Verrerie Astrale"), id="fr-person-pole-commercial"),
    pytest.param(mail("follow-up", "Hola {{ first_name }},", ES, "Saludos,", "Tanaka Yusei\nAtención al socio"),
                 id="es-east-asian-order-department"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN, "", "Warm wishes from Priya Raman"), id="en-wishes-from-a-person"),
    pytest.param(mail("reply", "Hoi {{ first_name }},", NL, "", "Groeten vanuit Utrecht,\nSanne Bakker"),
                 id="nl-groeten-vanuit-a-town-then-a-name"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN, "Thanks,", "Nsimba – Support"), id="en-mononym-dash-department"),
    pytest.param(mail("reply", "Hello {{ first_name }},", EN, "Best,", "Client Services\nNsimba Kalala"),
                 id="en-person-under-the-department"),
]


@pytest.mark.parametrize("template", TEAM_SIGNS)
def test_a_desk_or_company_signing_a_one_to_one_email_is_a_warning(template: str) -> None:
    found = [d for d in run_rules("FL306", template) if d.code == "FL306"]
    assert [str(d.severity) for d in found] == ["warning"]


@pytest.mark.parametrize("template", A_PERSON_OR_A_BROADCAST)
def test_a_person_signing_or_a_broadcast_is_no_warning(template: str) -> None:
    found = [d for d in run_rules("FL306", template) if d.code == "FL306"]
    if "kind: newsletter" in template:
        assert all(str(d.severity) == "info" for d in found)
    else:
        assert found == []


def test_the_tables_are_balanced() -> None:
    assert len(TEAM_SIGNS) == len(A_PERSON_OR_A_BROADCAST)


# FL320 ------------------------------------------------------------------------------------

def letter(greeting: str, body: str, closing: str) -> str:
    return f"{greeting} {{{{ first_name }}}},\n\n{body}\n\n{closing}\n"


FR_TOWN = letter("Bonjour", "Nous organisons un petit-déjeuner à {{ ville }} le mois prochain.", "Cordialement,\nArmelle Rocher")
FR_SECTOR = letter("Bonjour", "Nos clients du secteur {{ secteur }} gagnent deux heures par semaine.",
                   "Cordialement,\nArmelle Rocher")
FR_JOB = letter("Bonjour", "En tant que {{ poste }}, vous connaissez ce problème.", "Cordialement,\nArmelle Rocher")
ES_SECTOR = letter("Hola", "Las empresas del sector {{ sector }} ya lo usan.", "Saludos,\nLucía Fernández")
ES_TOWN = letter("Hola", "Estaremos en {{ ciudad }} la semana que viene.", "Saludos,\nLucía Fernández")
NL_JOB = letter("Hoi", "Als {{ functie }} ken je dit probleem vast.", "Groet,\nPieter van der Berg")
NL_SECTOR = letter("Hoi", "Bedrijven in de {{ branche }} gebruiken het al.", "Groet,\nPieter van der Berg")
DE_SECTOR = letter("Hallo", "Kunden aus der Branche {{ branche }} sparen damit Zeit.", "Viele Grüße\nEckhart Zimmermann")
DE_TOWN = letter("Hallo", "Wir sind nächste Woche in {{ ort }}.", "Viele Grüße\nEckhart Zimmermann")
EN_TOWN = letter("Hi", "We are hosting a breakfast in {{ city }} next month.", "Best,\nDana Okafor")
EN_STATE = letter("Hi", "Three practices in {{ state }} switched last quarter.", "Best,\nDana Okafor")
EN_LOCATION = letter("Hi", "Three practices near you in {{ location }} switched last quarter.", "Best,\nDana Okafor")
FR_COUNTRY = letter("Bonjour", "Nous livrons désormais en {{ pays }} sous 48 heures.", "Cordialement,\nArmelle Rocher")
ES_PROVINCE = letter("Hola", "Ya trabajamos con tres bodegas de {{ provincia }}.", "Saludos,\nLucía Fernández")


def people(field: str, values: list[str], **same: str) -> list[dict[str, Any]]:
    names = [("Clémence", "Lefèvre-Aubry"), ("Ibrahim", "Diallo"), ("Mei", "Lin"), ("Joris", "de Wit")]
    return [{"first_name": f, "last_name": l, "email": f"p{i}@example.org", field: v, **same}
            for i, ((f, l), v) in enumerate(zip(names, values))]


JUNK_FIRES = [
    pytest.param(FR_TOWN, people("ville", ["Lyon", "NC", "Rennes", "Annecy"]), "ville", 2, id="fr-ville-nc"),
    pytest.param(FR_SECTOR, people("secteur", ["Hôtellerie", "Santé", "NR", "BTP"]), "secteur", 3, id="fr-secteur-nr"),
    pytest.param(FR_JOB, people("poste", ["Gérante", "NSP", "Directeur commercial", "DAF"]), "poste", 2, id="fr-poste-nsp"),
    pytest.param(ES_SECTOR, people("sector", ["Hostelería", "NS/NC", "Logística", "Retail"]), "sector", 2, id="es-ns-nc"),
    pytest.param(ES_TOWN, people("ciudad", ["Valencia", "Sevilla", "Bilbao", "Sin información"]), "ciudad", 4,
                 id="es-sin-informacion"),
    pytest.param(NL_JOB, people("functie", ["Eigenaar", "n.t.b.", "Office manager", "Inkoper"]), "functie", 2, id="nl-ntb"),
    pytest.param(NL_SECTOR, people("branche", ["Horeca", "Bouw", "niet ingevuld", "Zorg"]), "branche", 3, id="nl-niet-ingevuld"),
    pytest.param(DE_SECTOR, people("branche", ["Handwerk", "Nicht vorhanden", "Logistik", "Gastronomie"]), "branche", 2,
                 id="de-nicht-vorhanden"),
    pytest.param(DE_TOWN, people("ort", ["Kassel", "Jena", "unbek.", "Trier"]), "ort", 3, id="de-unbek"),
    pytest.param(EN_TOWN, people("city", ["Leeds", "n/k", "Bristol", "York"]), "city", 2, id="en-not-known"),
    # a form's "rather not say" answer, written into the export as if it were the value
    pytest.param(FR_SECTOR, people("secteur", ["Santé", "BTP", "Hôtellerie", "Ne souhaite pas répondre"]), "secteur", 4,
                 id="fr-ne-souhaite-pas-repondre"),
    pytest.param(NL_SECTOR, people("branche", ["Horeca", "Zeg ik liever niet", "Bouw", "Zorg"]), "branche", 2,
                 id="nl-zeg-ik-liever-niet"),
    pytest.param(letter("Hi", "Teams in {{ industry }} use it to plan rotas.", "Best,\nDana Okafor"),
                 people("industry", ["Retail", "Prefer not to say", "Hospitality", "Care homes"]), "industry", 2,
                 id="en-prefer-not-to-say"),
]

JUNK_QUIET = [
    pytest.param(EN_STATE, people("state", ["TX", "NC", "OH", "GA"]), id="en-state-north-carolina"),
    pytest.param(EN_STATE, people("state", ["MN", "SD", "ND", "MT"]), id="en-state-north-dakota"),
    pytest.param(EN_STATE, people("state", ["Ohio", "N.C.", "Texas", "Iowa"]), id="en-state-dotted"),
    pytest.param(EN_LOCATION, people("location", ["TX", "NC", "OH", "GA"], country="United States"), id="en-location-in-a-us-list"),
    pytest.param(FR_COUNTRY, people("pays", ["FR", "BE", "NC", "CH"]), id="fr-pays-nouvelle-caledonie"),
    pytest.param(ES_PROVINCE, people("provincia", ["Lleida", "Navarra", "La Rioja", "Ourense"]), id="es-province-names"),
    pytest.param(FR_SECTOR, people("secteur", ["NR Conseil", "Santé", "NC Bâtiment", "BTP"]), id="fr-companies-with-the-letters"),
    pytest.param(NL_JOB, people("functie", ["Eigenaar", "Nader onderzoeker", "Office manager", "Inkoper"]),
                 id="nl-real-job-titles"),
    pytest.param(DE_TOWN, people("ort", ["Kassel", "Unna", "Nauen", "Trier"]), id="de-real-towns"),
    pytest.param(ES_TOWN, people("ciudad", ["Valencia", "Sevilla", "Sinarcas", "Nerja"]), id="es-real-towns"),
    pytest.param(FR_SECTOR, people("secteur", ["Santé", "BTP", "Hôtellerie", "Non-tissés"]), id="fr-real-sector"),
    pytest.param(NL_SECTOR, people("branche", ["Horeca", "Liever Lokaal", "Bouw", "Zorg"]), id="nl-real-sector"),
    pytest.param(letter("Hi", "Teams at {{ company }} use it to plan rotas.", "Best,\nDana Okafor"),
                 people("company", ["Undisclosed Music", "Rather Good Pizza", "Prefer Local", "Unsaid Studio"]),
                 id="en-companies-with-the-words"),
]


@pytest.mark.parametrize(("template", "records", "field", "row"), JUNK_FIRES)
def test_a_national_not_given_token_is_reported_for_its_recipient(template: str, records: list[dict[str, Any]],
                                                                  field: str, row: int) -> None:
    found = run_rules("FL320", template, records, show_personal_data=False)
    assert [(d.recipient.row, d.message.split(" holds ")[0]) for d in found] == [(row, repr(field))]


@pytest.mark.parametrize(("template", "records"), JUNK_QUIET)
def test_codes_and_real_values_with_the_same_letters_are_not(template: str, records: list[dict[str, Any]]) -> None:
    assert run_rules("FL320", template, records) == []


def test_the_junk_tables_are_balanced() -> None:
    assert len(JUNK_FIRES) == len(JUNK_QUIET)
