"""Whole first touches that give the reader something before they ask, misread as a sell (issue 10):
case tables written before the rules were changed, must-fire and must-not for each category, in
English, German, French, Spanish and Dutch.

* the sender's own published data handed over ("Our autumn figures for {{ region }} are out.",
  "Unsere Auswertung für 2025 ist fertig.", "Nos chiffres de l'été sont publiés.") is research
  given to the reader, not a pitch about the sender; "Our new platform is out" still is one (FL201);
* a research finding with comparative numbers about others ("the homes that trained night staff
  first lost fewer nurses") is a finding, not loss framing, when no product of the sender's is
  what prevents the loss; a loss stated as what happens without the sender's product still is
  (FL214, and FL201 where it opens the email);
* advice on a rule or a deadline, with the sender's employer disclosed only after it, or an
  opener reporting a gap the sender noticed at several organisations like the reader's, is value;
  a self-introduction of the sender's company before the advice is still a sell (FL201);
* material the reader asked for on a real call, handed over ("Como hablamos por teléfono, le
  adjunto el modelo de contrato"), is value even when it is a contract or a price list; a contract
  attached with "sign and return by Friday" is still a sell (FL201).

Run ``PYTHONPATH=src python tests/test_tone_published_findings_handover.py`` to print how the tables score.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Hallo {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola {{ first_name }}:",
    "nl": "Hoi {{ first_name }},",
}
SIGNOFF = {
    "en": "Best,\nMaya Okafor",
    "de": "Viele Grüße\nJonas Brenner",
    "fr": "Cordialement,\nClaire Morel",
    "es": "Saludos,\nLucía Ferrer",
    "nl": "Groet,\nSanne Bakker",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


# ----------------------------------------------------------------------------- 1. own data published

OWN_DATA_PUBLISHED = [
    mail("en", "Our autumn figures for {{ region }} are out. Two-bed flats took 24 days to let on average, against "
               "31 last spring.\n\nIf it would help, I can pull the numbers for your own streets - would a short call "
               "next week suit you?"),
    mail("en", "The results of our 2026 survey of school caterers are published. Kitchens that prepped vegetables "
               "the day before served lunch 11 minutes faster.\n\nShall I send you the full tables?"),
    mail("de", "Unsere Auswertung für 2025 ist fertig. Handwerksbetriebe in {{ city }} warten im Schnitt 38 Tage auf "
               "ihr Geld, zehn Tage länger als 2023.\n\nSoll ich Ihnen die Zahlen für Ihr Gewerk schicken?"),
    mail("de", "Unsere Umfrage unter Zahnarztpraxen ist veröffentlicht: Jede dritte Praxis verschiebt Recall-Termine "
               "wegen Personalmangel.\n\nHätten Sie nächste Woche 15 Minuten, um die Ergebnisse durchzugehen?"),
    mail("fr", "Nos chiffres de l'été sont publiés. Les campings de {{ region }} ont perdu 9 % de nuitées en juillet, "
               "mais gagné 12 % en septembre.\n\nVoulez-vous que je vous envoie le détail pour votre commune ?"),
    mail("es", "Ya están publicados nuestros datos del primer trimestre. Los restaurantes de {{ city }} tardaron de "
               "media 19 días en cobrar sus facturas.\n\n¿Le paso el informe completo?"),
    mail("nl", "Onze cijfers over het najaar zijn uit. Webwinkels in {{ region }} kregen 12% meer retouren dan vorig "
               "jaar, vooral in kleding.\n\nZal ik u het overzicht voor uw branche sturen?"),
    mail("en", "Our quarterly vacancy figures for {{ city }} came out this morning: 6.2% of retail units stand empty, "
               "against 4.9% a year ago.\n\nWould a 15-minute call to walk through your street be useful?"),
    mail("de", "Die Ergebnisse unserer Mieterbefragung 2025 liegen vor: 41 % der Mieter in {{ city }} wünschen sich "
               "digitale Nebenkostenabrechnungen.\n\nMöchten Sie die Auswertung für Ihren Bestand?"),
]

OWN_PRODUCT_LAUNCHED = [
    mail("en", "Our new platform is out - book a demo this week and see how it cuts your admin in half: {{ demo_url }}"),
    mail("en", "Our new plan for small gyms is live: unlimited bookings for $49 a month. Shall I set up a call?"),
    mail("de", "Unsere neue Version ist da: Mahnungen laufen jetzt vollautomatisch. Soll ich Ihnen einen Testzugang "
               "einrichten?"),
    mail("fr", "Notre nouvelle application est sortie : vos clients réservent en un clic. Puis-je vous la présenter "
               "jeudi ?"),
    mail("es", "Nuestro nuevo software ya está publicado y reduce a la mitad las citas perdidas. ¿Le hago una "
               "demostración el martes?"),
    mail("nl", "Ons nieuwe platform is live en halveert uw administratie. Zullen we een demo inplannen?"),
    mail("en", "Our latest platform release is out: automatic reminders and a new dashboard. Want a demo?"),
    mail("de", "Unser neues Abo ist da: alle Funktionen für 39 Euro im Monat. Wann darf ich Sie anrufen?"),
]

# ----------------------------------------------------------------------------- 2. research findings

RESEARCH_FINDINGS = [
    mail("en", "We followed 120 care homes that moved to electronic medication records last year. The homes that "
               "trained night staff first reported 38% fewer missed doses and kept their nurses a year longer on "
               "average.\n\nThe full write-up is here: {{ report_url }}"),
    mail("en", "In our survey of 210 clinics, the ones that confirmed appointments by text had a third fewer no-shows "
               "and lost fewer patients to rivals.\n\nHappy to send the data if useful."),
    mail("de", "In unserer Umfrage unter 200 Hausverwaltungen hatten die Verwaltungen, die Ablesetermine per SMS "
               "ankündigten, 40 % weniger verpasste Termine und verloren halb so viele Mieter.\n\nDie Ergebnisse: "
               "{{ report_url }}"),
    mail("fr", "Dans notre étude auprès de 150 boulangeries, celles qui comptaient leurs invendus chaque soir "
               "jetaient 30 % de pain en moins et gardaient leurs vendeuses deux ans de plus.\n\nL'étude complète : "
               "{{ report_url }}"),
    mail("fr", "Nous avons interrogé 180 agences immobilières : celles qui rappelaient chaque visiteur sous 24 heures "
               "signaient 20 % de mandats en plus et perdaient moins de clients.\n\nSouhaitez-vous le rapport ?"),
    mail("es", "En nuestra encuesta a 300 talleres, los que revisaban los frenos en cada cambio de aceite tenían un "
               "25 % menos de reclamaciones y perdían la mitad de clientes.\n\nEl estudio completo: {{ report_url }}"),
    mail("nl", "Uit ons onderzoek onder 180 huisartsenpraktijken: praktijken die 's ochtends met twee mensen de "
               "telefoon bemanden, kregen 35% minder klachten en verloren minder assistenten.\n\nHet rapport: "
               "{{ report_url }}"),
]

LOSS_WITHOUT_THE_PRODUCT = [
    mail("en", "Teams without our repair log report 38% more repeat incidents and lose staff a year sooner."),
    mail("en", "Every month you wait without our platform, you lose 38% more tenants to better-run buildings."),
    mail("de", "Pflegedienste ohne unsere Tourenplanung verlieren jedes Jahr 30 % mehr Pflegekräfte."),
    mail("fr", "Sans notre outil de relance, vous perdez chaque mois 20 % de mandats."),
    mail("es", "Sin nuestro sistema de avisos, cada mes pierde un 40 % más de plazos y paga sanciones."),
    mail("nl", "Zonder onze sms-herinneringen verliest u elke maand 30% meer patiënten."),
]

# ----------------------------------------------------------------------------- 3. advice, then who the sender is

ADVICE_THEN_DISCLOSURE = [
    mail("en", "From 1 January, landlords in {{ region }} must give tenants a monthly heating statement. Three steps "
               "help before then:\n\n- Check which of your meters can be read remotely.\n- Ask your current provider "
               "when they will send the first statement.\n- Tell tenants in writing what the new statement will "
               "show.\n\nI work for a metering bureau, so we see a lot of this; the steps above apply whoever you use."),
    mail("de", "Ab dem 1. Januar müssen Vermieter ihren Mietern monatlich eine Verbrauchsinformation schicken. Prüfen "
               "Sie jetzt, welche Zähler fernablesbar sind, und fragen Sie Ihren Dienstleister nach dem ersten "
               "Versandtermin.\n\nIch arbeite selbst bei einem Messdienst, aber die Frist gilt unabhängig davon, mit "
               "wem Sie zusammenarbeiten."),
    mail("de", "Bei mehreren Verwaltungen in {{ city }} ist uns dieselbe Lücke aufgefallen, deshalb ein kurzer "
               "Hinweis: Die Rauchmelder in Treppenhäusern müssen seit diesem Jahr ebenfalls jährlich geprüft werden. "
               "Nehmen Sie die Treppenhäuser am besten in Ihren nächsten Prüfplan auf."),
    mail("fr", "Chez plusieurs cabinets de {{ city }}, nous avons remarqué le même oubli : le registre des accès aux "
               "dossiers doit désormais être conservé cinq ans. Vérifiez que votre logiciel garde bien cet historique "
               "et exportez-le une fois par an."),
    mail("es", "Desde el 1 de julio, las comunidades de vecinos deben revisar los extintores cada año. Le recomiendo "
               "tres pasos: pida el certificado actual, compruebe la fecha de la última revisión y avise al "
               "presidente.\n\nTrabajo en una empresa de mantenimiento, así que lo vemos a menudo; los pasos sirven "
               "sea cual sea su proveedor."),
    mail("nl", "Bij meerdere verenigingen van eigenaars in {{ city }} viel ons hetzelfde gat op, daarom een korte "
               "tip: de liftkeuring moet sinds dit jaar elke 18 maanden. Zet de volgende keuring nu vast in de agenda "
               "en vraag het vorige rapport op."),
]

COMPANY_BEFORE_ADVICE = [
    mail("en", "We are {{ sender_company }}, the leading metering bureau in the region, reading 40,000 meters a month. "
               "From 1 January, landlords must send tenants a monthly heating statement; check which meters can be "
               "read remotely."),
    mail("de", "Bei mehreren Verwaltungen in {{ city }} ist uns dieselbe Lücke aufgefallen. Unsere Prüfsoftware "
               "schließt sie automatisch und spart Ihnen jede Woche Stunden."),
    mail("de", "Wir sind {{ sender_company }}, Ihr Spezialist für Funkablesung seit 1998. Ab Januar müssen Vermieter "
               "monatlich informieren; prüfen Sie, welche Zähler fernablesbar sind."),
    mail("fr", "Nous sommes {{ sender_company }}, le spécialiste de la conformité des cabinets. Le registre des accès "
               "doit désormais être conservé cinq ans ; vérifiez votre logiciel."),
    mail("es", "Somos {{ sender_company }}, líderes en mantenimiento de extintores desde 1995. Desde julio las "
               "comunidades deben revisarlos cada año; pida el certificado actual."),
    mail("nl", "Wij zijn {{ sender_company }}, dé specialist in liftkeuringen in Nederland. De keuring moet sinds dit "
               "jaar elke 18 maanden; zet de volgende nu in de agenda."),
]

# ----------------------------------------------------------------------------- 4. requested material handed over

REQUESTED_MATERIAL = [
    mail("es", "Como hablamos por teléfono, le adjunto el modelo de contrato y la lista de revisiones. Cualquier duda "
               "sobre las cláusulas, me dice.", sequence="follow-up"),
    mail("en", "As promised on the phone, attached are the contract template and the price sheet for two sites. "
               "The prices hold until the end of the year.", sequence="follow-up"),
    mail("de", "Wie am Telefon besprochen, schicke ich Ihnen anbei unsere Preisliste und den Mustervertrag. Die "
               "Preise gelten für Objekte bis 40 Einheiten.", sequence="follow-up"),
    mail("de", "Wie vereinbart anbei der Rahmenvertrag und das Leistungsverzeichnis, um die Sie gebeten hatten.",
         sequence="follow-up"),
    mail("fr", "Comme convenu au téléphone, vous trouverez ci-joint notre grille tarifaire et le modèle de contrat. "
               "La grille détaille les tarifs par nombre de lots.", sequence="follow-up"),
    mail("nl", "Zoals telefonisch besproken stuur ik u hierbij het modelcontract en onze prijslijst. De prijzen "
               "gelden per adres.", sequence="follow-up"),
    mail("fr", "Comme convenu, ci-joint le contrat. N'hésitez pas si une clause vous pose question.",
         sequence="follow-up"),
    mail("en", "Thanks for the call this morning. Attached are the service agreement and the price list you asked "
               "for.", sequence="follow-up"),
]

CONTRACT_PUSHED = [
    mail("en", "Attached is our service contract; please sign and return it by Friday so we can start on Monday."),
    mail("en", "As discussed, attached is our contract - please sign and return it by Friday so we can start on "
               "Monday."),
    mail("de", "Anbei unser Wartungsvertrag. Bitte senden Sie ihn bis Freitag unterschrieben zurück, dann starten "
               "wir am Montag."),
    mail("fr", "Ci-joint notre contrat d'entretien : merci de nous le renvoyer signé avant vendredi pour démarrer "
               "lundi."),
    mail("es", "Le adjunto nuestro contrato de mantenimiento; fírmelo y devuélvalo antes del viernes para empezar el "
               "lunes."),
    mail("nl", "In de bijlage vindt u ons onderhoudscontract; graag vóór vrijdag ondertekend terugsturen, dan starten "
               "we maandag."),
    mail("es", "Como hablamos por teléfono, le adjunto el contrato. Fírmelo y devuélvalo hoy mismo para empezar el "
               "lunes."),
    mail("nl", "Zoals besproken stuur ik u hierbij het contract. Graag vóór vrijdag ondertekend terugsturen."),
]

SELL_RULES = ("FL201",)
LOSS_RULES = ("FL201", "FL214")

TABLES = {
    "FL201 own data published": (OWN_PRODUCT_LAUNCHED, OWN_DATA_PUBLISHED, SELL_RULES),
    "FL214 research findings": (LOSS_WITHOUT_THE_PRODUCT, RESEARCH_FINDINGS, LOSS_RULES),
    "FL201 advice, then the sender": (COMPANY_BEFORE_ADVICE, ADVICE_THEN_DISCLOSURE, SELL_RULES),
    "FL201 requested material": (CONTRACT_PUSHED, REQUESTED_MATERIAL, SELL_RULES),
}

MUST_NOT = [(name, t) for name, (_, negative, codes) in TABLES.items() for t in negative]
MUST_FIRE = [(name, t) for name, (positive, _, codes) in TABLES.items() for t in positive]


@pytest.mark.parametrize(("table", "template"), MUST_NOT)
def test_value_given_first_is_no_sell(table: str, template: str) -> None:
    found = run_rules(TABLES[table][2], template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize(("table", "template"), MUST_FIRE)
def test_the_sell_still_fires(table: str, template: str) -> None:
    assert run_rules(TABLES[table][2], template), template


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
