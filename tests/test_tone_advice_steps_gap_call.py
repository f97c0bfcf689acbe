"""Decent first touches whose value is advice the reader can act on, misread as a sell by FL201
(issue 10): case tables written before the rules were changed, must-fire and must-not for each
category, in English, German, French, Spanish and Dutch.

* actionable steps for the reader, after a colon or as a list ("Three things worth doing now:
  check ..., get ..., ask ..."; "Sinnvoll ist deshalb jetzt eine einfache Liste: ..."; "Ce qui
  vaut la peine maintenant : vérifier ..."; "Lo que conviene hacer ya: revisar ..."; "Wat nu
  loont: controleer ...") are value; steps that are the sender's sales process ("Three steps to
  get started: book a demo, pick a plan, sign") or advice that ends in "or let us do it for you -
  book a call" still sell;
* after such advice, the sender's employer disclosed with no ask ("I work for a tachograph
  analysis bureau, so we see a lot of this; the steps above apply whoever you use") is no sell;
  a company self-introduction with its standing before the advice still is;
* an opener reporting a gap the sender noticed at several organisations like the reader's ("Bei
  mehreren Verwaltungen in {{ city }} ist uns dieselbe Lücke aufgefallen, deshalb ein kurzer
  Hinweis") is an observation introducing a heads-up, not a pitch; the same opener followed by
  the sender's product closing the gap still sells;
* a declared follow-up after a real call handing over the documents the reader asked for
  ("Como hablamos por teléfono el martes, le adjunto el modelo de contrato ...") is value; a
  contract attached with a signing deadline in a first touch still sells.

Run ``PYTHONPATH=src python tests/test_tone_advice_steps_gap_call.py`` to print how the tables score.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Buenos días, {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Kind regards,\nOwen Pryce",
    "de": "Freundliche Grüße\nKatrin Vogt",
    "fr": "Bien à vous,\nJulien Garnier",
    "es": "Un saludo,\nMarta Ibáñez",
    "nl": "Met vriendelijke groet,\nDaan Visser",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


# ----------------------------------------------------------------------------- 1. steps for the reader

READER_STEPS = [
    mail("en", "From next July, vans over 2.5 tonnes used abroad need a smart tachograph. Three things worth doing "
               "now: check which vans in your fleet are over 2.5 tonnes, get the driver card applications in early, "
               "and ask your installer when they can fit units."),
    mail("en", "The new allergen labelling rules start in April. What helps most at this stage: list every dish "
               "with a sauce made in-house, note the suppliers of each base, and keep the spec sheets in one folder."),
    mail("de", "Ab 2027 dürfen in vermieteten Wohnungen keine alten Funkzähler mehr hängen. Sinnvoll ist deshalb "
               "jetzt eine einfache Liste: welche Objekte noch alte Geräte haben, wann die Verträge auslaufen und wer "
               "die Ablesung heute macht."),
    mail("de", "Die Prüffrist für Leitern und Tritte läuft bei vielen Betrieben im Frühjahr ab. Was sich jetzt "
               "lohnt: alle Leitern nummerieren, das letzte Prüfdatum notieren und einen Verantwortlichen benennen."),
    mail("fr", "Le nouveau registre des produits dangereux devient obligatoire en mars. Ce qui vaut la peine "
               "maintenant : vérifier quelles fiches de sécurité datent de plus de trois ans, demander les mises à "
               "jour aux fournisseurs et ranger le tout dans un même classeur."),
    mail("es", "Desde enero, los comercios deben guardar los tiques de caja durante cuatro años. Lo que conviene "
               "hacer ya: revisar cuánto tiempo guarda hoy su caja los tiques, pedir a su gestor la copia de "
               "seguridad y anotar quién la revisa cada mes."),
    mail("nl", "Vanaf 1 juli moeten alle brandblussers in bedrijfspanden jaarlijks gekeurd zijn. Wat nu loont: "
               "controleer de datum op elk label, vraag het laatste keuringsrapport op en zet de volgende keuring in "
               "de agenda."),
    # advice, then who the sender is (as a person or a company), no ask: the steps came first
    mail("en", "Three things worth doing now: check which vans in your fleet are over 2.5 tonnes, get the driver card applications in early, and ask your installer when they can fit units.\n\nWe're a tachograph analysis bureau ourselves, so we see a lot of this; the steps above apply whoever you use."),
    mail("de", 'Sinnvoll ist deshalb jetzt eine einfache Liste: welche Objekte noch alte Geräte haben, wann die Verträge auslaufen und wer die Ablesung heute macht.\n\nWir sind selbst ein Messdienst, aber die Frist gilt unabhängig davon, mit wem Sie umrüsten.'),
    mail("fr", 'Ce qui vaut la peine maintenant : vérifier quelles fiches de sécurité datent de plus de trois ans, demander les mises à jour aux fournisseurs.\n\nNous sommes nous-mêmes un cabinet de conseil en sécurité, mais ces étapes valent quel que soit votre prestataire.'),
    mail("es", 'Lo que conviene hacer ya: revisar cuánto tiempo guarda hoy su caja los tiques, pedir a su gestor la copia de seguridad.\n\nSomos una empresa de software de caja, así que lo vemos a menudo; estos pasos sirven sea cual sea su proveedor.'),
    mail("nl", 'Wat nu loont: controleer de datum op elk label, vraag het laatste keuringsrapport op.\n\nWij zijn zelf een keuringsbedrijf, maar deze stappen gelden wie u ook inschakelt.'),
    mail("en", 'Worth doing before the spring: list every ladder on site, note the last inspection date, and name one person who owns the register.\n\nI work at a safety inspection firm, so we see a lot of this.'),
    mail("de", 'Was sich jetzt lohnt: alle Leitern nummerieren, das letzte Prüfdatum notieren und einen Verantwortlichen benennen.\n\nWir prüfen selbst Leitern, deshalb sehen wir das oft.'),
    mail("es", 'Conviene hacer tres cosas antes de marzo: revisar los extintores, pedir el último certificado y avisar al presidente.\n\nTrabajamos en mantenimiento de edificios, así que lo vemos a menudo.'),
    mail("fr", 'Trois choses à faire avant mars : numéroter les échelles, noter la date du dernier contrôle et désigner un responsable.\n\nNous faisons nous-mêmes des contrôles, donc nous voyons souvent ce cas.'),
    mail("nl", 'Drie dingen die nu lonen: nummer alle ladders, noteer de laatste keuringsdatum en wijs één verantwoordelijke aan.\n\nWij keuren zelf ladders, dus we zien dit vaak.'),
]

SALES_STEPS = [
    mail("en", "Three steps to get started: book a demo, pick a plan, sign the order form. Most fleets are live "
               "within a week."),
    mail("en", "From next July, vans over 2.5 tonnes need a smart tachograph. Check which vans are affected and "
               "when they are due - or let us do it for you: book a call at {{ booking_url }}."),
    mail("de", "So einfach geht der Umstieg: Demo buchen, Paket wählen, Vertrag unterschreiben. Die meisten "
               "Verwaltungen sind in einer Woche startklar."),
    mail("fr", "Trois étapes pour démarrer : réservez une démo, choisissez votre formule, signez le bon de commande. "
               "Nos clients sont opérationnels en une semaine."),
    mail("es", "Empezar es fácil: reserve una demo, elija su plan y firme el contrato. La mayoría de nuestros "
               "clientes arranca en una semana."),
    mail("nl", "Zo stapt u over: plan een demo, kies een pakket en teken de overeenkomst. De meeste klanten zijn "
               "binnen een week live."),
    # advice, then the sender offers to do it for the reader and asks for a call or a demo
    mail("en", 'Three things worth doing now: check which vans are over 2.5 tonnes, get the driver cards in early, and ask your installer for a date. Or let us do it for you - book a 20-minute call here: {{ booking_url }}.'),
    mail("de", 'Sinnvoll ist jetzt eine Liste: welche Objekte alte Geräte haben und wann die Verträge auslaufen. Oder Sie überlassen das uns - buchen Sie hier einen Termin: {{ booking_url }}.'),
    mail("fr", 'Ce qui vaut la peine maintenant : vérifier vos fiches de sécurité et demander les mises à jour. Ou laissez-nous faire : réservez un appel de 20 minutes ici : {{ booking_url }}.'),
    mail("es", 'Lo que conviene hacer ya: revisar los tiques y pedir la copia de seguridad. O déjenos hacerlo por usted: reserve aquí una llamada de 20 minutos: {{ booking_url }}.'),
    mail("nl", 'Wat nu loont: controleer de labels en vraag het laatste rapport op. Of laat het ons doen: plan hier een gesprek van 20 minuten: {{ booking_url }}.'),
    mail("en", 'Worth doing this month: compare your current contracts, check the notice periods, and note the renewal dates. We can do all of that for you with our contract manager - want a demo?'),
]

# ----------------------------------------------------------------------------- 2. advice, then the employer

ADVICE_THEN_EMPLOYER = [
    mail("en", "From next July, vans over 2.5 tonnes used abroad need a smart tachograph. Three things worth doing "
               "now: check which vans in your fleet are over 2.5 tonnes, get the driver card applications in early, "
               "and ask your installer when they can fit units.\n\nI work for a tachograph analysis bureau, so we see "
               "a lot of this; the steps above apply whoever you use."),
    mail("de", "Ab 2027 dürfen in vermieteten Wohnungen keine alten Funkzähler mehr hängen. Sinnvoll ist deshalb "
               "jetzt eine einfache Liste: welche Objekte noch alte Geräte haben, wann die Verträge auslaufen und wer "
               "die Ablesung heute macht.\n\nIch arbeite selbst bei einem Messdienst, aber die Frist gilt unabhängig "
               "davon, mit wem Sie umrüsten."),
    mail("fr", "Le nouveau registre des produits dangereux devient obligatoire en mars. Ce qui vaut la peine "
               "maintenant : vérifier quelles fiches de sécurité datent de plus de trois ans et demander les mises à "
               "jour aux fournisseurs.\n\nJe travaille pour un cabinet de conseil en sécurité, mais ces étapes valent "
               "quel que soit votre prestataire."),
    mail("es", "Desde enero, los comercios deben guardar los tiques de caja durante cuatro años. Lo que conviene "
               "hacer ya: revisar cuánto tiempo guarda hoy su caja los tiques y pedir a su gestor la copia de "
               "seguridad.\n\nTrabajo en una empresa de software de caja, así que lo vemos a menudo; estos pasos "
               "sirven sea cual sea su proveedor."),
    mail("nl", "Vanaf 1 juli moeten alle brandblussers in bedrijfspanden jaarlijks gekeurd zijn. Wat nu loont: "
               "controleer de datum op elk label en vraag het laatste keuringsrapport op.\n\nIk werk zelf bij een "
               "keuringsbedrijf, maar deze stappen gelden wie u ook inschakelt."),
    mail("en", "The new allergen labelling rules start in April. What helps most at this stage: list every dish "
               "with a sauce made in-house and keep the spec sheets in one folder.\n\nFull disclosure: I work at a "
               "food-safety consultancy, but none of this needs one."),
]

COMPANY_THEN_ADVICE = [
    mail("en", "We are {{ sender_company }}, the UK's leading tachograph analysis bureau, trusted by 2,000 fleets. "
               "Three things worth doing now: check which vans are over 2.5 tonnes and get the driver cards in early."),
    mail("de", "Wir sind {{ sender_company }}, der führende Messdienst in Norddeutschland. Sinnvoll ist jetzt eine "
               "Liste: welche Objekte noch alte Geräte haben und wann die Verträge auslaufen."),
    mail("fr", "Nous sommes {{ sender_company }}, le leader du conseil en sécurité chimique depuis 2001. Ce qui vaut "
               "la peine maintenant : vérifier vos fiches de sécurité."),
    mail("es", "Somos {{ sender_company }}, líderes en software de caja para comercios desde 2008. Lo que conviene "
               "hacer ya: revisar cuánto tiempo guarda su caja los tiques."),
    mail("nl", "Wij zijn {{ sender_company }}, dé specialist in brandveiligheid in de regio. Wat nu loont: "
               "controleer de datum op elk label."),
]

# ----------------------------------------------------------------------------- 3. a gap noticed at several organisations

GAP_NOTICED = [
    mail("de", "Bei mehreren Verwaltungen in {{ city }} ist uns in diesem Herbst dieselbe Lücke aufgefallen, deshalb "
               "ein kurzer Hinweis. Die Heizkostenabrechnung muss ab 2026 auch den Vorjahresvergleich enthalten; "
               "prüfen Sie, ob Ihr Abrechnungsprogramm die Vorjahreswerte gespeichert hat."),
    mail("fr", "Chez plusieurs syndics, nous avons remarqué le même oubli cet automne. Le carnet d'entretien doit "
               "désormais mentionner la date du dernier contrôle des ascenseurs ; vérifiez que la vôtre y figure."),
    mail("nl", "Bij een aantal verenigingen viel ons hetzelfde gat op. Het onderhoudsplan moet sinds dit jaar elke "
               "vijf jaar worden bijgewerkt; kijk even na wanneer dat van u voor het laatst is gebeurd."),
    mail("en", "At several practices in {{ city }} we noticed the same gap this autumn, so a quick heads-up. The "
               "fire risk assessment now has to be reviewed every year; check the date on yours."),
    mail("es", "En varias comunidades de {{ city }} hemos visto el mismo fallo este otoño, así que le escribo un "
               "aviso breve. El libro del edificio debe incluir ya la última inspección del ascensor; compruebe que "
               "la suya figura."),
    mail("de", "In mehreren Praxen im Umkreis ist uns zuletzt dasselbe aufgefallen: Die Sterilisationsprotokolle "
               "müssen jetzt zehn Jahre aufbewahrt werden. Prüfen Sie, wie lange Ihr System sie speichert."),
]

GAP_THEN_PRODUCT = [
    mail("de", "Bei mehreren Verwaltungen in {{ city }} ist uns dieselbe Lücke aufgefallen. Unsere Abrechnungssoftware "
               "schließt sie automatisch - soll ich Ihnen eine Demo zeigen?"),
    mail("fr", "Chez plusieurs syndics, nous avons remarqué le même oubli. Notre logiciel le corrige "
               "automatiquement ; puis-je vous le présenter jeudi ?"),
    mail("nl", "Bij een aantal verenigingen viel ons hetzelfde gat op. Ons platform lost dat automatisch op; zal ik "
               "u volgende week een demo geven?"),
    mail("en", "At several practices in {{ city }} we noticed the same gap. Our compliance platform closes it for you "
               "- can I show you a demo on Thursday?"),
    mail("es", "En varias comunidades de {{ city }} hemos visto el mismo fallo. Nuestro software lo resuelve solo; "
               "¿le hago una demo el jueves?"),
]

# ----------------------------------------------------------------------------- 4. documents handed over after a call

AFTER_THE_CALL = [
    mail("es", "Como hablamos por teléfono el martes, le adjunto el modelo de contrato de mantenimiento y la lista de "
               "revisiones obligatorias. Cualquier duda, me dice.", sequence="follow-up"),
    mail("es", "Tal como quedamos en la llamada de ayer, le envío adjunto el presupuesto y las condiciones del "
               "servicio.", sequence="follow-up"),
    mail("en", "As we discussed on the phone on Tuesday, I've attached the maintenance contract template and the list "
               "of mandatory inspections.", sequence="follow-up"),
    mail("de", "Wie am Dienstag telefonisch besprochen, sende ich Ihnen im Anhang den Mustervertrag und die Preisliste "
               "für Ihre drei Objekte.", sequence="follow-up"),
    mail("fr", "Comme nous en avons parlé mardi au téléphone, je vous joins le modèle de contrat d'entretien et la "
               "liste des contrôles obligatoires.", sequence="follow-up"),
    mail("nl", "Zoals we dinsdag telefonisch bespraken, stuur ik u hierbij het modelcontract en de lijst met "
               "verplichte keuringen.", sequence="follow-up"),
]

CONTRACT_DEADLINE = [
    mail("en", "I've attached our maintenance contract for your three sites - please sign and return it by Friday to "
               "lock in this year's rate."),
    mail("de", "Im Anhang finden Sie unseren Wartungsvertrag. Bitte senden Sie ihn bis Freitag unterschrieben zurück, "
               "damit der Preis gilt."),
    mail("fr", "Je vous joins notre contrat d'entretien ; merci de nous le retourner signé avant vendredi pour "
               "bénéficier du tarif actuel."),
    mail("es", "Le adjunto nuestro contrato de mantenimiento; devuélvalo firmado antes del viernes para mantener la "
               "tarifa de este año."),
    mail("nl", "Hierbij stuur ik u ons onderhoudscontract; graag vóór vrijdag ondertekend terugsturen, dan geldt het "
               "tarief van dit jaar."),
]

RULES = ("FL201",)

TABLES = {
    "FL201 steps for the reader": (SALES_STEPS, READER_STEPS, RULES),
    "FL201 advice, then the employer": (COMPANY_THEN_ADVICE, ADVICE_THEN_EMPLOYER, RULES),
    "FL201 a gap noticed": (GAP_THEN_PRODUCT, GAP_NOTICED, RULES),
    "FL201 documents after a call": (CONTRACT_DEADLINE, AFTER_THE_CALL, RULES),
}

MUST_NOT = [(name, t) for name, (_, negative, codes) in TABLES.items() for t in negative]
MUST_FIRE = [(name, t) for name, (positive, _, codes) in TABLES.items() for t in positive]


@pytest.mark.parametrize(("table", "template"), MUST_NOT)
def test_advice_given_first_is_no_sell(table: str, template: str) -> None:
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
