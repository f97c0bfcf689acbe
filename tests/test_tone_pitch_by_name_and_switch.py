"""Tone (issue 10): sells that name no "we", in five languages.

1. A pitch whose subject is the sender's company or product by name, in the third person
   ("<Brand> fills open shifts at homes like ..."), with a price statement, after a one-line
   compliment: a compliment is not value, so FL201 reports the sell.
2. Switch and upgrade pushes outside English, with the sender presuming the next step (the
   sender proposes to act for the reader now: prepare the contract, start the paperwork).
3. Closing and pressure outside English: a "sign today" close, a discount deadline in the P.S.,
   a pitch right after a courtesy line, hype density, a "last tool you'll ever need" claim, a
   reserved pilot place with a deadline.

Every must-fire row has must-not twins that share its words: a third-person sentence about the
READER's company, a price the reader asked for in a declared reply, switching as the topic of a
shared guide, an optional "if you ever consider switching, here is a checklist", a deadline that
is the reader's own, hype words in the reader's own title. Written before the code."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

#: what the bench watches on a must-not case (tone family, subject rules)
WATCHED = tuple(f"FL2{n:02d}" for n in range(1, 15)) + ("FL501", "FL502", "FL503")
PITCH = ("FL201", "FL202")
SWITCH = ("FL201", "FL208", "FL213", "FL214")
CLOSE = ("FL201", "FL203", "FL208", "FL213")
PS = ("FL209", "FL203")
HYPE = ("FL210",)
OFFER = ("FL201", "FL203", "FL213", "FL214")


def mail(lang: str, body: str, signoff: str, *, sequence: str = "first-touch", subject: str = "") -> str:
    front = [f"sequence: {sequence}", f"locale: {lang}"]
    if subject:
        front.append(f'subject: "{subject}"')
    greeting = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
                "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}[lang]
    return "---\n" + "\n".join(front) + f"\n---\n{greeting}\n\n{body}\n\n{signoff}\n"


# ----------------------------------------------------------------------------------------------
# 1. the sender's company or product by name, with a price, after a compliment

BRAND_FIRES = [
    ("en-brand-price", PITCH, mail(
        "en",
        "Really enjoyed your episode of The Care Home Podcast on agency spend.\n\n"
        "Shiftwell fills open shifts at homes like {{ company }} from a pool of 9,000 vetted carers. "
        "It costs a flat £4 per filled shift.\n\nWorth showing you on a quick screen-share?",
        "Best,\nAoife Ní Bhriain\nShiftwell", subject="Your podcast episode")),
    ("en-brand-instrument", PITCH, mail(
        "en",
        "Your talk at Retail Ops Live on shrinkage was the best of the day.\n\n"
        "With Tallyo, store managers count stock on a phone in half the time, and the plan "
        "is $49 per store per month.\n\nShould I send over a trial login?",
        "Cheers,\nPrakash\nTallyo")),
    ("de-brand-price", PITCH, mail(
        "de",
        "Ihr Vortrag auf der Altenpflege-Messe zur Dienstplanung hat mir sehr gefallen.\n\n"
        "Dienstwerk besetzt offene Schichten in Einrichtungen wie {{ company }} aus einem Pool von 6.000 "
        "geprüften Pflegekräften. Das kostet pauschal 4 € pro Schicht.\n\nDarf ich Ihnen das kurz zeigen?",
        "Viele Grüße\nJana Schäfer-Öztürk\nDienstwerk")),
    ("fr-brand-price", PITCH, mail(
        "fr",
        "J'ai beaucoup aimé votre intervention au salon Préventica.\n\n"
        "Planitou s'occupe des plannings des équipes de nettoyage comme celles de {{ company }}. "
        "Cela coûte 29 € par mois et par site.\n\nUne petite démonstration vous dirait ?",
        "Bien à vous,\nLucie Vasseur\nPlanitou")),
    ("es-brand-price", PITCH, mail(
        "es",
        "Me gustó mucho su artículo sobre la rotación de personal en hostelería.\n\n"
        "Turnea cubre los turnos libres de restaurantes como {{ company }} con camareros ya verificados. "
        "Cuesta 3 € por turno cubierto, sin cuota mensual.\n\n¿Le enseño cómo funciona?",
        "Un saludo,\nJosé Luis de la Fuente\nTurnea")),
    ("nl-brand-price", PITCH, mail(
        "nl",
        "Mooi stuk van je op LinkedIn over personeelstekort in de kinderopvang.\n\n"
        "Roosterkracht vult open diensten bij opvanglocaties zoals {{ company }} met gescreende invallers. "
        "Het kost € 4 per dienst.\n\nZal ik je laten zien hoe het werkt?",
        "Groet,\nDaan van der Linde\nRoosterkracht")),
]

BRAND_QUIET = [
    # a third-person sentence about the READER's company, then something useful, no ask
    ("en-reader-company", mail(
        "en",
        "Hollybank Care fills most open shifts from its own bank of 40 carers, as you said on the podcast.\n\n"
        "We wrote down how three other homes run a staff bank without agency fees: {{ guide_url }}. "
        "No need to reply.",
        "Best,\nAoife Ní Bhriain\nShiftwell")),
    ("de-reader-company", mail(
        "de",
        "{{ company }} besetzt laut Ihrem Vortrag die meisten Schichten aus dem eigenen Springerpool.\n\n"
        "Hier eine kurze Übersicht, wie drei andere Einrichtungen ihren Pool organisieren: {{ guide_url }}",
        "Viele Grüße\nJana Schäfer-Öztürk\nDienstwerk")),
    # a price the reader asked for, in a declared reply
    ("en-price-reply", mail(
        "en",
        "You asked what it would cost for {{ company }}: Shiftwell costs a flat £4 per filled shift, "
        "with no monthly fee.\n\nThe contract terms are here: {{ terms_url }}",
        "Best,\nAoife Ní Bhriain\nShiftwell", sequence="reply")),
    ("fr-price-reply", mail(
        "fr",
        "Pour répondre à votre question : Planitou coûte 29 € par mois et par site, formation comprise.\n\n"
        "Vous trouverez le détail des tarifs ici : {{ pricing_url }}",
        "Bien à vous,\nLucie Vasseur\nPlanitou", sequence="reply")),
    ("es-price-reply", mail(
        "es",
        "Como me pidió, le paso el precio: Turnea cuesta 3 € por turno cubierto y no hay permanencia.\n\n"
        "Aquí tiene las condiciones completas: {{ terms_url }}",
        "Un saludo,\nJosé Luis de la Fuente\nTurnea", sequence="reply")),
    ("nl-price-reply", mail(
        "nl",
        "Je vroeg naar de prijs: Roosterkracht kost € 4 per dienst, zonder abonnement.\n\n"
        "De voorwaarden staan hier: {{ terms_url }}",
        "Groet,\nDaan van der Linde\nRoosterkracht", sequence="reply")),
]

# ----------------------------------------------------------------------------------------------
# 2. switch and upgrade pushes outside English, the sender presuming the next step

SWITCH_FIRES = [
    ("fr-switch-echeance", SWITCH, mail(
        "fr",
        "Votre contrat d'électricité arrive à échéance en mars. Je vous propose de passer chez Voltéo dès la "
        "prochaine échéance : même puissance, sans frais de résiliation.\n\nJe m'occupe des démarches cette semaine ?",
        "Cordialement,\nAnaïs Le Goff-Mbaye\nVoltéo")),
    ("fr-upgrade-formule", SWITCH, mail(
        "fr",
        "Votre équipe est sur la formule Essentiel depuis dix-huit mois. Passez à la formule Pro : "
        "relances automatiques et tableau de bord par chantier.\n\nJe fais la bascule pour vous dès demain ?",
        "Cordialement,\nThibault Nguyen\nChantierly")),
    ("de-switch-wechsel", SWITCH, mail(
        "de",
        "Ihr Vertrag mit dem bisherigen Abrechnungsdienst läuft im Juni aus. Wechseln Sie zu Lohnfix und "
        "übernehmen Sie alle Stammdaten ohne Neuerfassung.\n\nSoll ich die Kündigung beim alten Anbieter gleich "
        "für Sie vorbereiten?",
        "Beste Grüße\nKerem Aydın\nLohnfix")),
    ("es-switch-cambiarse", SWITCH, mail(
        "es",
        "Su tarifa de fibra sube en enero. Es el momento de cambiarse a Nubalia: misma velocidad y sin permanencia.\n\n"
        "¿Le tramito hoy mismo la portabilidad?",
        "Saludos,\nMaría José Ibáñez\nNubalia")),
    ("nl-switch-overstappen", SWITCH, mail(
        "nl",
        "Jullie boekhoudpakket wordt per 1 april duurder. Stap over naar Boekvast, dan zetten wij al jullie "
        "administraties kosteloos over.\n\nZal ik het contract vandaag voor je klaarzetten?",
        "Met vriendelijke groet,\nSanne Hoekstra-El Amrani\nBoekvast")),
    ("nl-upgrade-pakket", SWITCH, mail(
        "nl",
        "Jullie team gebruikt al twee jaar het Basispakket. Tijd om te upgraden naar Plus: "
        "onbeperkt gebruikers en een vaste contactpersoon.\n\nIk zet de upgrade morgen aan, goed?",
        "Groet,\nYuki Tanaka\nPlanpilot")),
]

SWITCH_QUIET = [
    # switching as the topic of a shared guide
    ("fr-guide-changer", mail(
        "fr",
        "Beaucoup de syndics nous demandent comment changer de fournisseur d'énergie sans coupure. "
        "Voici le guide pas à pas que nous avons rédigé : {{ guide_url }}\n\nBonne lecture !",
        "Cordialement,\nAnaïs Le Goff-Mbaye\nVoltéo")),
    ("de-guide-wechsel", mail(
        "de",
        "Hier ist unser Leitfaden zum Wechsel des Lohnabrechnungsdienstes zum Jahresende, mit den Fristen "
        "für die Kündigung: {{ guide_url }}\n\nVielleicht hilft er Ihnen bei der Planung.",
        "Beste Grüße\nKerem Aydın\nLohnfix")),
    ("nl-guide-overstappen", mail(
        "nl",
        "Overstappen naar een ander boekhoudpakket kost vaak meer tijd dan gedacht. In deze checklist staat "
        "wat je vooraf regelt: {{ checklist_url }}",
        "Met vriendelijke groet,\nSanne Hoekstra-El Amrani\nBoekvast")),
    # an optional "if you ever consider switching, here is a checklist"
    ("es-optional-checklist", mail(
        "es",
        "En la jornada de Valencia salió la subida de las tarifas de fibra. Si algún día se plantea cambiarse de "
        "operador, aquí tiene una lista con lo que conviene revisar antes: {{ checklist_url }}\n\nSin compromiso.",
        "Saludos,\nMaría José Ibáñez\nNubalia")),
    ("de-optional-checklist", mail(
        "de",
        "Die Preise vieler Abrechnungsdienste steigen im Januar. Falls Sie irgendwann über einen Wechsel "
        "nachdenken, hier eine Checkliste mit den Kündigungsfristen: {{ checklist_url }}",
        "Beste Grüße\nKerem Aydın\nLohnfix")),
    # the reader asked for the switch, in a declared reply
    ("nl-reply-contract", mail(
        "nl",
        "Dank voor je bericht. Zoals gevraagd zet ik het contract voor de overstap vandaag klaar; je krijgt het "
        "morgen ter ondertekening.",
        "Met vriendelijke groet,\nSanne Hoekstra-El Amrani\nBoekvast", sequence="reply")),
]

# ----------------------------------------------------------------------------------------------
# 3. closing and pressure outside English

CLOSE_FIRES = [
    ("nl-sign-today", CLOSE, mail(
        "nl",
        "Het voorstel voor {{ company }} ligt klaar: acht kassa's, installatie inbegrepen. Als je vandaag "
        "tekent, staat alles volgende week al bij jullie in de winkel.",
        "Groet,\nBram Vermeulen\nKassakoning")),
    ("es-ps-discount", PS, mail(
        "es",
        "En las bodegas de la zona que miden la humedad del suelo a diario, el riego baja casi un 20 % en "
        "verano. Le dejo la hoja de cálculo que usan: {{ sheet_url }}",
        "Saludos,\nXiomara Quispe\nAgroriego\n\nP. D.: El 10 % de descuento en nuestros sensores acaba el "
        "viernes; después vuelve la tarifa normal.")),
    ("de-courtesy-then-pitch", PITCH, mail(
        "de",
        "ich hoffe, Ihre Woche hat gut angefangen. Mit Schichtfuchs planen Ihre Filialleiter die Dienste "
        "am Handy, und die Stunden gehen direkt an die Lohnbuchhaltung.\n\nHätten Sie Lust, es auszuprobieren?",
        "Viele Grüße\nCem Yıldırım\nSchichtfuchs")),
    ("fr-hype", HYPE, mail(
        "fr",
        "Recrutix est tout simplement l'outil le plus révolutionnaire du marché : des résultats "
        "incroyables, une expérience jamais vue, une transformation radicale de vos recrutements.\n\n"
        "On en parle ?",
        "À bientôt,\nMargaux Delacroix\nRecrutix")),
    ("en-last-tool", HYPE, mail(
        "en",
        "Quotewise is the last quoting tool {{ company }} will ever need: insanely fast, ridiculously simple "
        "and miles ahead of anything else on the market.\n\nWant a look?",
        "Cheers,\nJax Whitaker\nQuotewise")),
    ("en-pilot-place", OFFER, mail(
        "en",
        "We're opening eight pilot places for our route-planning beta and I've held one for {{ company }} "
        "until Friday. After that it goes to the next bakery on the waiting list.\n\nJust reply \"in\" and "
        "I'll send the onboarding pack.",
        "Cheers,\nPriya Venkataraman\nRoutebake")),
]

CLOSE_QUIET = [
    ("nl-signed-reply", mail(
        "nl",
        "Dank je voor het getekende voorstel. We beginnen volgende week maandag met de installatie van de "
        "acht kassa's; de planning staat hier: {{ planning_url }}",
        "Groet,\nBram Vermeulen\nKassakoning", sequence="reply")),
    ("es-ps-own-deadline", mail(
        "es",
        "En las bodegas de la zona que miden la humedad del suelo a diario, el riego baja casi un 20 % en "
        "verano. Le dejo la hoja de cálculo que usan: {{ sheet_url }}",
        "Saludos,\nXiomara Quispe\nAgroriego\n\nP. D.: El plazo para pedir la ayuda autonómica al riego "
        "eficiente acaba el viernes 14; aquí está el formulario: {{ form_url }}")),
    ("de-courtesy-then-value", mail(
        "de",
        "ich hoffe, Ihre Woche hat gut angefangen. Ab Januar gilt die Pflicht zur digitalen Arbeitszeiterfassung "
        "auch für Filialen; hier eine kurze Übersicht der Fristen: {{ guide_url }}",
        "Viele Grüße\nCem Yıldırım\nSchichtfuchs")),
    ("fr-reader-title", mail(
        "fr",
        "Votre article « Recrutement : la révolution silencieuse » m'a fait réfléchir. Vous y citez une étude "
        "sur les délais d'embauche ; la voici en PDF si vous ne l'avez plus : {{ study_url }}",
        "À bientôt,\nMargaux Delacroix\nRecrutix")),
    ("en-last-thing", mail(
        "en",
        "The last thing a busy bakery needs is another tool, so here is the plain spreadsheet three "
        "bakeries use to plan delivery routes: {{ sheet_url }}\n\nNo need to reply.",
        "Cheers,\nPriya Venkataraman\nRoutebake")),
    ("en-pilot-full", mail(
        "en",
        "Thanks for asking about the route-planning pilot. All eight places went to bakeries in the first "
        "week, but the write-up of what they learned is here: {{ report_url }}",
        "Cheers,\nPriya Venkataraman\nRoutebake", sequence="reply")),
]

FIRES = BRAND_FIRES + SWITCH_FIRES + CLOSE_FIRES
QUIET = BRAND_QUIET + SWITCH_QUIET + CLOSE_QUIET


@pytest.mark.parametrize("case_id, codes, template", FIRES, ids=[c[0] for c in FIRES])
def test_a_sell_in_ordinary_words_is_reported(case_id: str, codes: tuple[str, ...], template: str) -> None:
    found = [d.code for d in run_rules(codes, template)]
    assert found, f"{case_id}: none of {codes} fired"


@pytest.mark.parametrize("case_id, template", QUIET, ids=[c[0] for c in QUIET])
def test_the_twin_that_shares_its_words_is_quiet(case_id: str, template: str) -> None:
    found = [f"{d.code}: {d.message}" for d in run_rules(WATCHED, template)]
    assert not found, f"{case_id}: {found}"


def test_tables_are_balanced_and_cover_five_languages() -> None:
    assert len(FIRES) == len(QUIET)
    for table in (FIRES, QUIET):
        langs = {line.split(": ", 1)[1] for case in table for line in case[-1].splitlines()
                 if line.startswith("locale: ")}
        assert langs == {"en", "de", "fr", "es", "nl"}
