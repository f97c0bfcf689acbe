"""Three categories of tone false alarm on whole first-touch emails (issue 10), written as tables
before the code, must-fire and must-not in equal measure, in English, German, French, Spanish and
Dutch.

* **Whose loss (FL214).** Loss framing is what the READER (or their business) loses, is losing or
  misses without the product. Words of losing or leaving whose loser is someone else are a topic,
  not a scare: things a hotel's guests forget in their rooms, a lost-and-found shelf, luggage that
  travellers lose, a third party's customers won back in a story, a review a guest leaves. The same
  topics with the reader as the loser ("every month without ..., {{ company }} loses guests") are
  still loss framing.
* **A resource the sender made and gives (FL201, FL202).** Any verb of making or putting together
  ("came up with", "finished", "ausgearbeitet", "mis au point", "hemos montado", "in elkaar
  gezet"), a free artifact with no strings (no sign-up, no call), is value - a number word in it
  ("six months") is no claim either. A "free audit" or "free check" that is collected on a
  booked sales call is bait: still a sell.
* **Subjects and name-only personalization (FL202, FL304).** A person's one-line introduction
  before a resource the sender made and an optional offer to send it is no self-centred opener,
  whatever the subject names (a product category: "Fleet fuel cards"). FL304 is right per its
  docs when the only recipient data besides the name is a link variable (links do not count);
  a field used in the subject or in an ``{% if %}`` counts.

Run ``PYTHONPATH=src python tests/test_tone_loss_owner_and_resources.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola, {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Kind regards,\nOluwaseun Adeyemi-Brooks",
    "de": "Beste Grüße\nJan-Hendrik zu Dohna",
    "fr": "Bien à vous,\nMarie-Noëlle d'Aubigné",
    "es": "Un saludo,\nJosé Luis de la Fuente",
    "nl": "Met vriendelijke groet,\nThijs van 't Hek",
}
#: the rules a tone must-not email may not raise (the tone benchmark's watched set)
WATCHED = tuple(f"FL2{n:02d}" for n in range(1, 15)) + ("FL304", "FL501", "FL502", "FL503")


def mail(lang: str, body: str, subject: str | None = None) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, subject=subject)


# ----------------------------------------------------------------------------- 1. whose loss

#: words of losing or leaving whose loser is not the reader: guests, travellers, a third party's
#: customers, a lost-and-found shelf as a topic, a review left
SOMEONE_ELSES_LOSS = [
    mail("en", "Every hotel ends up with a drawer of chargers and reading glasses that guests left behind in "
               "their rooms. We wrote a two-page guide on how long to keep them and when to donate them: "
               "https://example.com/left-items\n\nHope it's useful for {{ company }}."),
    mail("en", "Our newsletter this month tells how a meal-kit brand won back a third of the subscribers it "
               "had lost over the winter: https://example.com/winback\n\nMight make good reading for the "
               "team at {{ company }}."),
    mail("de", "In jedem Hotel sammeln sich Ladekabel und Brillen, die Gäste auf dem Zimmer verloren oder "
               "vergessen haben. Wir haben eine kurze Übersicht geschrieben, wie lange solche Fundstücke "
               "aufbewahrt werden müssen: https://example.com/fundstuecke\n\nVielleicht hilft sie {{ company }}."),
    mail("de", "Kurze Frage: Wie geht {{ company }} mit Koffern um, die Reisende am Terminal verlieren? Ich "
               "schreibe gerade einen Artikel darüber, und eine Zeile Antwort reicht völlig."),
    mail("fr", "Dans chaque hôtel, une étagère finit par déborder d'objets perdus ou oubliés par les "
               "clients. Nous avons rédigé une fiche sur leur durée de conservation : "
               "https://example.com/objets\n\nEn espérant qu'elle serve à {{ company }}."),
    mail("fr", "Petite question : comment {{ company }} gère-t-il les bagages que perdent les voyageurs en "
               "correspondance ? J'écris un article sur le sujet ; une ligne de réponse me suffit."),
    mail("es", "En todos los hoteles se acumulan cargadores y gafas que los huéspedes pierden o dejan "
               "olvidados en la habitación. Hemos escrito una guía corta sobre cuánto tiempo hay que "
               "guardarlos: https://example.com/olvidados\n\nOjalá le sirva a {{ company }}."),
    mail("es", "Una pregunta rápida: ¿en {{ company }} piden a los huéspedes que dejen una reseña al salir? "
               "Estoy preparando un artículo; con una línea de respuesta me basta."),
    mail("nl", "Elk hotel heeft een doos met opladers en brillen die gasten op hun kamer hebben laten liggen "
               "of verloren. We schreven een korte gids over hoe lang je gevonden voorwerpen moet bewaren: "
               "https://example.com/gevonden\n\nHopelijk handig voor {{ company }}."),
    mail("nl", "Korte vraag: hoe gaat {{ company }} om met de koffers die reizigers bij een overstap kwijtraken? "
               "Ik schrijf er een artikel over; één regel antwoord is genoeg."),
]

#: the reader (or their business) as the one who loses, on the same topics
READERS_LOSS = [
    mail("en", "Every month without a proper process for forgotten items, {{ company }} loses guests who "
               "never book again. Can we set up a call this week?"),
    mail("en", "Each week you wait, your competitors win the travellers you lose at the baggage desk. Let's "
               "fix that on a 20-minute call on Thursday."),
    mail("de", "Ohne digitales Fundbuch verlieren Sie jede Woche Stunden am Empfang. Sollen wir nächste "
               "Woche telefonieren?"),
    mail("de", "Jeden Monat ohne unsere App verliert {{ company }} Stammgäste an die Konkurrenz. Wann passt "
               "Ihnen eine Vorführung?"),
    mail("fr", "Chaque mois sans suivi des objets trouvés, vous perdez des clients qui ne reviendront pas. "
               "On en parle jeudi ?"),
    mail("fr", "Sans notre logiciel, {{ company }} risque de perdre ses meilleurs clients au profit de la "
               "concurrence. Je vous propose un appel de 20 minutes mardi."),
    mail("es", "Sin un registro digital de objetos perdidos, su recepción pierde horas y clientes cada "
               "semana. ¿Hablamos el martes?"),
    mail("es", "Sin nuestra herramienta, pierde clientes cada mes frente a la competencia. ¿Agendamos una "
               "demo de 30 minutos?"),
    mail("nl", "Zonder digitaal register voor gevonden voorwerpen verliest uw receptie elke week uren. "
               "Zullen we volgende week bellen?"),
    mail("nl", "Elke maand zonder onze app loopt {{ company }} vaste gasten mis aan de concurrentie. Zullen "
               "we een demo plannen?"),
]


# second round, written after the first code: things pupils, passengers and tenants lose or leave,
# a third party's members won back; and the reader's customers who DEPART ("guests who leave
# without rebooking"), which is the reader's loss
SOMEONE_ELSES_LOSS += [
    mail("en", "Ski schools I talk to spend every Monday sorting the gloves and goggles kids lose on the "
               "slopes. We made a one-page lost-kit tracker you can print: https://example.com/kit-tracker\n\n"
               "Hope it makes Mondays at {{ company }} easier."),
    mail("en", "How does {{ company }} handle the phones and wallets passengers leave on the trains? I'm "
               "writing a short piece on it; a line or two would be plenty."),
    mail("en", "A climbing gym in Leeds wrote up how it won back members it had lost during the winter "
               "closure: https://example.com/winter\n\nCurious whether {{ company }} sees the same pattern."),
    mail("de", "Wie regelt {{ company }} die Rückgabe von Sachen, die Schüler in der Turnhalle liegen lassen? "
               "Ich schreibe darüber für eine Elternzeitschrift; zwei Sätze genügen."),
    mail("de", "Unser Newsletter erzählt diesmal, wie ein Fitnessstudio in Graz verlorene Mitglieder "
               "zurückgewonnen hat: https://example.com/graz\n\nVielleicht interessant für {{ company }}."),
    mail("fr", "Nous avons rédigé un mémo sur ce qu'une résidence doit faire des affaires qu'un locataire "
               "laisse en partant : https://example.com/memo\n\nEn espérant qu'il serve à {{ company }}."),
    mail("fr", "Comment {{ company }} gère-t-il les objets trouvés dans les salles de sport ? Je prépare un "
               "article ; deux phrases me suffisent."),
    mail("es", "Le comparto un resumen de cómo tres aerolíneas gestionan las maletas extraviadas de sus "
               "pasajeros: https://example.com/maletas\n\nPuede ser útil para el equipo de {{ company }}."),
    mail("es", "¿Cómo gestiona {{ company }} las llaves que pierden los inquilinos? Escribo un artículo sobre "
               "el tema; con dos frases me basta."),
    mail("nl", "Hoe regelt {{ company }} de sleutels die huurders kwijtraken? Ik schrijf er een stuk over "
               "voor een vakblad; een korte reactie is genoeg."),
]
READERS_LOSS += [
    mail("en", "Every season without a kit tracker, {{ company }} loses families who never rebook lessons. "
               "Can we talk on Thursday?"),
    mail("en", "Guests who leave without rebooking are revenue {{ company }} never sees again. Want a quick "
               "demo of how we fix that?"),
    mail("de", "Ihre Mieter wandern ab, weil Schadensmeldungen wochenlang liegen bleiben, und das kostet Sie "
               "jeden Monat Geld. Passt Ihnen ein Termin am Dienstag?"),
    mail("fr", "Vos locataires partent chez des concurrents parce que personne ne répond : vous perdez des "
               "loyers chaque mois. Je vous propose un appel jeudi."),
    mail("es", "Sus pasajeros se van a otras aerolíneas y usted pierde ventas cada semana. ¿Le va bien una "
               "llamada el martes?"),
    mail("nl", "Uw huurders haken af en u verliest elke maand huurinkomsten. Zullen we volgende week bellen?"),
]

# third round, written after the second code: people who lose things beside a sentence that speaks
# to the reader ("your completion rates drop") are the reader's loss; free posters and notices
# for a lost-and-found shelf, whatever their noun, handed over with a link
READERS_LOSS += [
    mail("en", "Without engaging lessons, students lose interest and your completion rates drop every "
               "term. Can we book a demo?"),
    mail("de", "Ohne Erinnerungen verpassen Ihre Patienten Termine, und Sie verlieren jeden Monat Umsatz. "
               "Wann passt Ihnen ein Gespräch?"),
    mail("fr", "Sans rappel automatique, vos patients oublient leurs rendez-vous et vous perdez du chiffre "
               "d'affaires. On en parle mardi ?"),
    mail("es", "Sin recordatorios, sus pacientes olvidan las citas y usted pierde ingresos cada mes. "
               "¿Hablamos el jueves?"),
    mail("nl", "Zonder herinneringen vergeten uw patiënten hun afspraken en verliest u elke maand omzet. "
               "Zullen we bellen?"),
]
SOMEONE_ELSES_LOSS += [
    mail("en", "Parents at {{ company }} probably ask about the water bottles and jumpers children lose at "
               "school every week. We made a free label template for them: https://example.com/labels"),
    mail("de", "Wir haben eine kostenlose Vorlage für Fundsachen-Aushänge in Schwimmbädern gestaltet: "
               "https://example.com/aushang\n\nVielleicht nützlich für {{ company }}."),
    mail("fr", "Nous avons préparé une affiche gratuite pour les objets oubliés dans les vestiaires : "
               "https://example.com/affiche\n\nEn espérant qu'elle serve à {{ company }}."),
    mail("es", "Hemos preparado un cartel gratuito para los objetos olvidados en los vestuarios: "
               "https://example.com/cartel\n\nOjalá le sirva a {{ company }}."),
    mail("nl", "We hebben een gratis poster gemaakt voor gevonden voorwerpen in kleedkamers: "
               "https://example.com/poster\n\nHopelijk handig voor {{ company }}."),
]


@pytest.mark.parametrize("template", SOMEONE_ELSES_LOSS)
def test_losing_or_leaving_by_someone_else_is_no_loss_framing(template: str) -> None:
    found = run_rules(WATCHED, template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize("template", READERS_LOSS)
def test_the_readers_loss_is_still_loss_framing(template: str) -> None:
    assert any(d.code == "FL214" for d in run_rules("FL214", template)), template


# ----------------------------------------------------------------------------- 2. resources made and given

#: the sender made or put together a free artifact, in any verb of making, with no strings
RESOURCE_MADE_FREE = [
    mail("en", "We've just finished a short calculator that estimates what an empty dental chair costs "
               "{{ company }} per month. Free, no email needed: https://example.com/chair-cost"),
    mail("en", "We came up with a simple scorecard for vetting subcontractors. It's free and there's no "
               "sign-up and no sales call: https://example.com/scorecard\n\nHope it helps the team at "
               "{{ company }}."),
    mail("en", "We built a small spreadsheet that works out what a driver who quits within six weeks costs "
               "a courier firm. It's free to copy: {{ spreadsheet_url }}\n\nFeel free to pass it on to the "
               "dispatchers at {{ company }}."),
    mail("de", "Wir haben ein Bewertungsraster für Reinigungsdienstleister ausgearbeitet. Es ist kostenlos "
               "und unverbindlich, eine Anmeldung braucht es nicht: https://example.com/raster\n\nVielleicht "
               "passt es für {{ company }}."),
    mail("de", "Wir haben einen Rechner entworfen, der schätzt, was eine Fehlbesetzung im Lager kostet. "
               "Gratis, ohne Anmeldung: https://example.com/fehlbesetzung\n\nViele Grüße an das Team von "
               "{{ company }}."),
    mail("fr", "Nous avons mis au point une grille pour noter les prestataires de nettoyage. Elle est "
               "gratuite, sans engagement et sans inscription : https://example.com/grille\n\nEn espérant "
               "qu'elle serve à {{ company }}."),
    mail("fr", "Nous avons concocté un simulateur qui estime le coût d'un recrutement raté en six mois. "
               "Gratuit, aucune inscription : https://example.com/simulateur\n\nBonne journée à l'équipe de "
               "{{ company }}."),
    mail("es", "Hemos montado una plantilla para evaluar proveedores de limpieza. Es gratuita, sin "
               "compromiso y sin registro: https://example.com/plantilla\n\nOjalá le sirva a {{ company }}."),
    mail("es", "Hemos ideado una calculadora que estima cuánto cuesta una mala contratación. Gratis y sin "
               "registro: https://example.com/calculadora\n\nUn saludo al equipo de {{ company }}."),
    mail("nl", "We hebben een beoordelingsformulier voor schoonmaakbedrijven in elkaar gezet. Gratis, "
               "vrijblijvend en zonder registratie: https://example.com/formulier\n\nMisschien handig voor "
               "{{ company }}."),
]

#: a free audit or check collected on a booked sales call, or the product with a claim
RESOURCE_AS_BAIT = [
    mail("en", "We put together a free audit of {{ company }}'s courier contracts. Book your 30-minute slot "
               "here: https://calendly.com/ana-okafor/audit"),
    mail("en", "We've just finished a free savings check for {{ company }}: grab a 20-minute slot this week "
               "and we'll walk you through it."),
    mail("de", "Wir haben für {{ company }} einen kostenlosen Kosten-Check ausgearbeitet. Buchen Sie jetzt "
               "Ihren 30-Minuten-Termin: https://example.com/termin"),
    mail("de", "Wir haben einen Rechner entwickelt, der zeigt, wie unsere Software Ihre Lagerkosten um 20 % "
               "senkt. Wann passt Ihnen ein Termin?"),
    mail("fr", "Nous avons mis au point un audit gratuit des contrats de {{ company }}. Réservez votre "
               "créneau de 30 minutes : https://example.com/rdv"),
    mail("es", "Hemos montado una auditoría gratuita de las rutas de {{ company }}. Reserve su llamada de "
               "30 minutos: https://example.com/cita"),
    mail("es", "Hemos ideado una calculadora que muestra cuánto ahorra nuestra plataforma a {{ company }}. "
               "¿Le va bien una llamada el jueves?"),
    mail("nl", "We hebben een gratis scan van de energiecontracten van {{ company }} in elkaar gezet. Plan "
               "uw gesprek van 30 minuten in: https://example.com/afspraak"),
]


# second round, written after the first code: more verbs of making (sketched out, assemblé,
# redacté, opgezet), the sender's own resource handed over with a link ("Unser Leitfaden ... :
# <link>"); a free audit or scan collected on a call, also with the booking link in the same sentence
RESOURCE_MADE_FREE += [
    mail("en", "I sketched out a one-page rota template for weekend cover at small vet practices: "
               "https://example.com/rota\n\nHope it's handy for {{ company }}."),
    mail("de", "Unser Leitfaden zur neuen Verpackungsverordnung ist fertig, kostenlos und ohne Anmeldung: "
               "https://example.com/verpackung\n\nVielleicht hilft er {{ company }}."),
    mail("fr", "J'ai assemblé une liste des aides régionales pour l'achat de véhicules électriques : "
               "https://example.com/aides\n\nBonne lecture à l'équipe de {{ company }}."),
    mail("es", "Redacté una guía breve sobre la nueva normativa de envases, gratis y sin registro: "
               "https://example.com/envases\n\nOjalá le sirva a {{ company }}."),
    mail("nl", "We hebben een stappenplan opgezet voor de overstap naar e-facturatie, gratis te downloaden: "
               "https://example.com/efactuur\n\nHopelijk heeft {{ company }} er iets aan."),
]
RESOURCE_AS_BAIT += [
    mail("en", "We've put together a free savings audit for {{ company }}; grab a 15-minute slot to go "
               "through it: https://calendly.com/ana-okafor/audit"),
    mail("de", "Wir haben einen kostenlosen Lagercheck für {{ company }} konzipiert. Buchen Sie Ihren Termin: "
               "https://example.com/termin"),
    mail("fr", "J'ai préparé une analyse gratuite des contrats de {{ company }}. On cale un appel de 30 minutes "
               "jeudi ?"),
    mail("es", "Preparé una auditoría gratuita para {{ company }}. ¿Agendamos una llamada de 20 minutos el "
               "jueves?"),
    mail("nl", "We hebben een gratis quickscan voor {{ company }} opgezet. Zullen we een gesprek van 30 minuten "
               "inplannen?"),
]

# fourth round, written after the third code: anything free the sender made and links to, whatever
# its noun, against a free account, access, month or trial period set up for the reader and
# followed by a call (the offers of rules/data/free-offers.yml)
RESOURCE_MADE_FREE += [
    mail("en", "We designed a free set of door signs for allergen-free prep areas: https://example.com/signs"
               "\n\nHope {{ company }} can use them."),
    mail("de", "Wir haben kostenlose Aufkleber für die Kühlraumtüren gestaltet: https://example.com/aufkleber"
               "\n\nVielleicht passen sie für {{ company }}."),
    mail("es", "Hemos diseñado unas etiquetas gratuitas para los cubos de reciclaje: "
               "https://example.com/etiquetas\n\nOjalá le sirvan a {{ company }}."),
    mail("nl", "We hebben gratis stickers ontworpen voor de deuren van koelcellen: https://example.com/stickers"
               "\n\nHopelijk heeft {{ company }} er iets aan."),
]
RESOURCE_AS_BAIT += [
    mail("en", "We've set up a free account for {{ company }}: https://app.example.com/signup?team=42. Shall I "
               "walk your team through it on Thursday?"),
    mail("de", "Wir haben für {{ company }} einen kostenlosen Testzugang eingerichtet: "
               "https://app.example.com/start. Passt Ihnen ein Termin am Donnerstag?"),
    mail("fr", "Nous avons préparé un mois gratuit pour {{ company }} : https://app.example.com/essai. On en "
               "parle jeudi ?"),
    mail("nl", "We hebben een gratis proefperiode voor {{ company }} klaargezet: https://app.example.com/proef. "
               "Zullen we donderdag bellen?"),
]


@pytest.mark.parametrize("template", RESOURCE_MADE_FREE)
def test_a_free_resource_the_sender_made_is_value(template: str) -> None:
    found = run_rules(WATCHED, template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize("template", RESOURCE_AS_BAIT)
def test_a_free_check_collected_on_a_sales_call_is_a_sell(template: str) -> None:
    assert any(d.code == "FL201" for d in run_rules("FL201", template)), template


# ----------------------------------------------------------------------------- 3. subjects and FL304

#: an introduction as a person before a resource made and an optional offer, under a subject that
#: names a product category; a field used only in the subject or an {% if %}
SUBJECT_AND_FIELDS_QUIET = [
    mail("en", "I'm Chidi Okonkwo from Parcelwise. We've put together a short comparison of how clinics "
               "with two to five sites handle courier pickups: who books them, how samples are tracked and "
               "what goes wrong on Fridays.\n\nIf that's relevant to {{ company }}, I'm happy to send it over.",
         subject="Courier pickups for clinics"),
    mail("de", "Ich bin Annika Sørensen von Tankwerk. Wir haben eine kurze Übersicht zusammengestellt, wie "
               "Flotten mit 20 bis 50 Transportern ihre Tankkarten verwalten.\n\nWenn das für {{ company }} "
               "interessant ist, schicke ich sie Ihnen gern.",
         subject="Tankkarten für Flotten"),
    mail("fr", "Je suis Lucie Nguyen, de Fourniva. Nous avons préparé un comparatif des délais de livraison "
               "des fournitures de bureau selon la taille des équipes.\n\nSi cela peut intéresser "
               "{{ company }}, je vous l'envoie volontiers.",
         subject="Fournitures de bureau"),
    mail("es", "Soy Íñigo Etxeberria, de Rutalia. Hemos preparado una comparativa de cómo gestionan las "
               "flotas pequeñas las tarjetas de combustible.\n\nSi le interesa para {{ company }}, se la "
               "envío con gusto.",
         subject="Tarjetas de combustible para flotas"),
    mail("nl", "Ik ben Sanne Bakker van Laadpunt. We hebben een kort overzicht gemaakt van hoe bedrijven met "
               "tien tot dertig leaseauto's het laden thuis vergoeden.\n\nAls dat voor {{ company }} relevant "
               "is, stuur ik het graag door.",
         subject="Laadpassen voor wagenparken"),
    mail("en", "We put together a one-page checklist for closing a commercial kitchen at night: "
               "https://example.com/closing\n\nHope it's useful.",
         subject="A closing checklist for {{ company }}"),
    mail("de", "Wir haben eine Checkliste für die jährliche Prüfung von Leitern erstellt: "
               "https://example.com/leitern\n\n{% if city %}Sie gilt auch für Betriebe in {{ city }}.{% endif %}"),
    mail("nl", "We hebben een checklist gemaakt voor de jaarlijkse keuring van heftrucks: "
               "https://example.com/heftruck\n\nHopelijk heeft u er iets aan.",
         subject="Heftruckkeuring bij {{ company }}"),
]

#: an introduction that pitches itself under such a subject; only the name and a link variable
SUBJECT_AND_FIELDS_FIRE = [
    mail("en", "I'm Chidi Okonkwo from Parcelwise; we help clinics cut courier costs by 30%. Can we book a "
               "demo on Tuesday?", subject="Courier pickups for clinics"),
    mail("de", "Ich bin Annika Sørensen von Tankwerk, dem führenden Anbieter von Tankkarten. Haben Sie "
               "Donnerstag Zeit für ein Gespräch?", subject="Tankkarten für Flotten"),
    mail("fr", "Je suis Lucie Nguyen, de Fourniva, leader des fournitures de bureau. Je vous propose un "
               "appel mardi.", subject="Fournitures de bureau"),
    mail("es", "Soy Íñigo Etxeberria, de Rutalia, líder en tarjetas de combustible. ¿Hablamos el jueves?",
         subject="Tarjetas de combustible para flotas"),
    mail("nl", "Ik ben Sanne Bakker van Laadpunt, marktleider in laadpassen. Zullen we volgende week bellen?",
         subject="Laadpassen voor wagenparken"),
    mail("en", "We put together a one-page checklist for closing a commercial kitchen at night: "
               "{{ checklist_url }}\n\nHope it's useful."),
    mail("de", "Wir haben eine Checkliste für die jährliche Prüfung von Leitern erstellt: {{ checklist_link }}"
               "\n\nViel Erfolg damit."),
    mail("nl", "We hebben een checklist gemaakt voor de jaarlijkse keuring van heftrucks: {{ download_url }}"
               "\n\nHopelijk heeft u er iets aan."),
]


@pytest.mark.parametrize("template", SUBJECT_AND_FIELDS_QUIET)
def test_a_category_subject_or_a_field_in_the_subject_raises_nothing(template: str) -> None:
    found = run_rules(WATCHED, template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize("template", SUBJECT_AND_FIELDS_FIRE[:5])
def test_an_introduction_that_pitches_is_self_centred(template: str) -> None:
    assert any(d.code == "FL202" for d in run_rules("FL202", template)), template


@pytest.mark.parametrize("template", SUBJECT_AND_FIELDS_FIRE[5:])
def test_a_link_variable_is_no_personalization(template: str) -> None:
    assert any(d.code == "FL304" for d in run_rules("FL304", template)), template


TABLES = {
    "whose loss (must not)": (READERS_LOSS, SOMEONE_ELSES_LOSS, ["FL214"]),
    "resource made and given (must not)": (RESOURCE_AS_BAIT, RESOURCE_MADE_FREE, ["FL201"]),
    "subjects and fields (must not)": (SUBJECT_AND_FIELDS_FIRE, SUBJECT_AND_FIELDS_QUIET, ["FL202", "FL304"]),
}
WHOLE = {
    "whose loss, all watched rules on must-not": (READERS_LOSS, SOMEONE_ELSES_LOSS, list(WATCHED)),
    "resources, all watched rules on must-not": (RESOURCE_AS_BAIT, RESOURCE_MADE_FREE, list(WATCHED)),
    "subjects, all watched rules on must-not": (SUBJECT_AND_FIELDS_FIRE, SUBJECT_AND_FIELDS_QUIET, list(WATCHED)),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_loss_and_resource_tables_cover_five_languages() -> None:
    assert_tables_cover_languages({k: v for k, v in TABLES.items() if not k.startswith("subjects")},
                                  {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
    print_table_scores(WHOLE)
