"""A first touch in which the sender introduces themself (issue 10, tone false alarms), written
as tables before the code, must-fire and must-not in equal measure, in English, German, French,
Spanish and Dutch. No sentence here is a batch sentence.

* **An introduction that says something is not filler (FL211).** A paragraph that gives the
  sender's name and what they do and for whom ("I'm a court interpreter for Japanese, working
  mostly with immigration lawyers", "seit Oktober Ihr Ansprechpartner") carries information; a
  paragraph that only wishes the reader well or announces an introduction is filler.
* **A person's introduction before a small, optional, reader-led offer is no self-centred opener
  (FL202) and no sell (FL201).** The offer hands the choice to the reader ("should a short call to
  get acquainted help, glad to; if not, write whenever"), and nothing is claimed for a product.
  A role or profession clause ("y soy la nueva responsable de cuenta", "ik ben productfotograaf
  voor webwinkels") and "I'm <name> from <company>." as its own sentence, before a resource the
  sender put together, are introductions too.
* **The same introductions stay reported when a sell follows**: a claim for the product, a demo
  or a call slot asked for, a discount, "we are the leading provider of ...".

Run ``PYTHONPATH=src python tests/test_tone_self_introductions.py`` for the table scores.
"""

from __future__ import annotations

import pytest
from _core_testing import (
    assert_tables_balanced,
    assert_tables_cover_languages,
    build_mail,
    fired,
    print_table_scores,
)

from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola, {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Best regards,\nSiobhán Ó Briain",
    "de": "Freundliche Grüße\nJan-Hendrik von der Heide",
    "fr": "Bien cordialement,\nJean-Baptiste Lefèvre",
    "es": "Un saludo,\nMaría José de Castro",
    "nl": "Met vriendelijke groet,\nAnouk de Wit-Bakker",
}
TONE = ("FL201", "FL202", "FL211")


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


# ----------------------------------------------------------------------------- 1. who, what, for whom

#: the sender says who they are and what they do, then leaves a small offer to the reader
INTRODUCTION_SOFT_OFFER = [
    # a new account contact, continuity for the reader, a call left to them
    mail("en", "I'm Siobhán Ó Briain, and from this month I look after the {{ company }} account at Ledgerbay, "
               "taking over from Marcus. I have all his notes on your rollout, so you won't have to go over any "
               "of it again.\n\nShould a short call to get acquainted be useful, I'm glad to set one up; if not, "
               "just write to me whenever something comes up."),
    # a profession, a sample offered without a reply expected
    mail("en", "My name is Hiroshi Sato and I'm a certified court interpreter for Japanese and English, working "
               "mainly with immigration solicitors in Manchester.\n\nIf it's ever handy, I can send a short "
               "sample of a translated birth certificate; there's no need to reply."),
    mail("de", "Mein Name ist Jan-Hendrik von der Heide, ich bin seit Oktober Ihr Ansprechpartner bei Lohnwerk "
               "und übernehme die Betreuung von Frau Albers. Ihre bisherigen Absprachen liegen mir vor, Sie "
               "müssen also nichts neu erklären.\n\nWenn Sie sich kurz am Telefon kennenlernen möchten, gern; "
               "ansonsten schreiben Sie mir einfach, wann immer etwas ist."),
    mail("de", "Ich heiße Ayşe Demir und bin vereidigte Übersetzerin für Türkisch und Deutsch, vor allem für "
               "Notariate und Standesämter im Raum Köln.\n\nFalls es einmal hilft, übersetze ich Ihnen gern "
               "eine Seite zur Probe; eine Antwort ist nicht nötig."),
    mail("fr", "Je m'appelle Jean-Baptiste Lefèvre et je suis photographe culinaire pour les restaurants et "
               "traiteurs de la région lyonnaise.\n\nSi cela peut vous servir un jour, je vous envoie "
               "volontiers mon portfolio ; inutile de répondre."),
    mail("fr", "Je suis Hélène Le Bihan et je travaille chez Comptalis, où je reprends le suivi de {{ company }} "
               "à la place de Paul. J'ai tout son historique, vous n'aurez rien à réexpliquer.\n\nSi un court "
               "appel pour faire connaissance vous tente, avec plaisir ; sinon, écrivez-moi simplement quand "
               "vous voulez."),
    mail("es", "Me llamo María José de Castro y soy la nueva responsable de cuenta de {{ company }} en Facturia; "
               "sustituyo a Andrés desde este mes. Tengo todas sus notas, así que no tendrá que repetirme "
               "nada.\n\nSi le apetece una llamada breve para conocernos, encantada; si no, escríbame cuando lo "
               "necesite."),
    mail("es", "Soy Nguyễn Thị Lan, traductora jurada de vietnamita y español, y trabajo sobre todo con notarías "
               "de Madrid.\n\nSi algún día le resulta útil, le traduzco una página de muestra sin compromiso; no "
               "hace falta que responda."),
    mail("nl", "Mijn naam is Anouk de Wit-Bakker en ik ben productfotograaf voor webwinkels in meubels en "
               "interieur.\n\nMocht het ooit van pas komen, dan stuur ik je graag mijn portfolio; reageren hoeft "
               "niet."),
    mail("nl", "Ik ben Daan van der Meer en sinds deze maand jouw vaste contactpersoon bij Loonlijn, als opvolger "
               "van Sanne. Ik heb al haar aantekeningen, dus je hoeft niets opnieuw uit te leggen.\n\nAls je het "
               "fijn vindt om even kort te bellen om kennis te maken, graag; anders mail je me gewoon wanneer "
               "het uitkomt."),
]

#: the same kind of introduction, then a sell: a claim, a demo or a call slot, a discount
INTRODUCTION_THEN_SELL = [
    mail("en", "I'm Siobhán Ó Briain from Ledgerbay. We help finance teams like yours cut month-end close by "
               "40%.\n\nCan we book a 30-minute demo on Tuesday?"),
    mail("en", "My name is Hiroshi Sato and I'm the new account executive at Lexivo.\n\nI'll call you on "
               "Thursday at 10 to walk you through our new pricing tiers."),
    mail("de", "Mein Name ist Jan-Hendrik von der Heide von Lohnwerk. Mit unserer Software sparen Kanzleien wie "
               "Ihre 30 % Zeit bei der Lohnabrechnung.\n\nHätten Sie am Dienstag 30 Minuten für eine Demo?"),
    mail("de", "Ich heiße Ayşe Demir und bin Ihre neue Ansprechpartnerin bei Lohnwerk.\n\nWenn Sie bis Freitag "
               "auf das Premium-Paket wechseln, erhalten Sie 20 % Rabatt."),
    mail("fr", "Je m'appelle Jean-Baptiste Lefèvre et nous sommes le leader des logiciels de caisse pour la "
               "restauration.\n\nSeriez-vous disponible jeudi pour une démonstration de 20 minutes ?"),
    mail("fr", "Je suis Hélène Le Bihan de Comptalis. Nos clients réduisent de moitié le temps de leur clôture "
               "mensuelle.\n\nPuis-je vous appeler demain à 11 h pour vous présenter nos tarifs ?"),
    mail("es", "Me llamo María José de Castro y soy la nueva responsable de cuenta en Facturia. Ayudamos a "
               "empresas como la suya a reducir un 30 % sus costes de facturación.\n\n¿Podemos agendar una "
               "demo el martes?"),
    mail("es", "Soy Nguyễn Thị Lan, de Traducta.\n\nLe llamo el jueves a las diez para enseñarle nuestros precios "
               "y cerrar el contrato."),
    mail("nl", "Mijn naam is Anouk de Wit-Bakker van Beeldkracht. Wij zijn de toonaangevende leverancier van "
               "productfotografie in de Benelux.\n\nZullen we volgende week een demo inplannen?"),
    mail("nl", "Ik ben Daan van der Meer, jouw nieuwe accountmanager bij Loonlijn.\n\nAls je deze maand "
               "overstapt naar ons Pro-abonnement, krijg je 25 % korting."),
]


@pytest.mark.parametrize("template", INTRODUCTION_SOFT_OFFER)
def test_an_introduction_before_a_soft_offer_is_no_tone_problem(template: str) -> None:
    found = run_rules(TONE, template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize("template", INTRODUCTION_THEN_SELL)
def test_an_introduction_before_a_sell_is_reported(template: str) -> None:
    assert fired("FL201", template) or fired("FL202", template), template


# ----------------------------------------------------------------------------- 2. filler paragraphs

#: the opening paragraph only wishes the reader well or announces an introduction
FILLER_PARAGRAPH = [
    mail("en", "I hope this note finds you well.\n\nHow does {{ company }} plan cover for the Saturday "
               "clinic? I put our rota template here: {{ rota_url }}."),
    mail("en", "I just wanted to get in touch and introduce myself.\n\nHere is the checklist we use for "
               "month-end: {{ checklist_url }}."),
    mail("de", "Ich hoffe, es geht Ihnen gut und die Woche hat gut angefangen.\n\nHier ist die Vorlage, mit der "
               "andere Notariate ihre Termine planen: {{ vorlage_url }}."),
    mail("de", "Ich wollte mich kurz bei Ihnen vorstellen.\n\nHier ist unsere Checkliste für den "
               "Jahresabschluss: {{ checkliste_url }}."),
    mail("fr", "J'espère que vous allez bien.\n\nVoici la grille que d'autres traiteurs utilisent pour leurs "
               "devis : {{ grille_url }}."),
    mail("fr", "Je me permets de vous écrire pour me présenter.\n\nVoici notre guide des obligations de "
               "facturation électronique : {{ guide_url }}."),
    mail("es", "Espero que estés muy bien.\n\nAquí tienes la plantilla que usan otras notarías para sus citas: "
               "{{ plantilla_url }}."),
    mail("es", "Quería ponerme en contacto contigo para presentarme.\n\nTe dejo la guía de facturación "
               "electrónica: {{ guia_url }}."),
    mail("nl", "Ik hoop dat alles goed met je gaat.\n\nHier is het sjabloon dat andere webwinkels gebruiken voor "
               "hun productfoto's: {{ sjabloon_url }}."),
    mail("nl", "Ik wilde even contact opnemen om mezelf voor te stellen.\n\nHier is onze checklist voor de "
               "jaarafsluiting: {{ checklist_url }}."),
    # a name and an in-house sales job: nothing for the reader in it
    mail("en", "I hope you're having a good week. My name is Oluwaseun Adeyemi and I'm in charge of business "
               "development at Brightpath.\n\nBrightpath handles payroll for clinics like {{ company }}. Do you "
               "have 20 minutes on Tuesday?"),
    mail("es", "Espero que esté muy bien. Me llamo Álvaro Núñez y soy el responsable de ventas de Cuadrante."
               "\n\nCuadrante gestiona los turnos de residencias como {{ company }}. ¿Tiene 15 minutos el jueves?"),
    mail("nl", "Ik hoop dat alles goed met je gaat. Mijn naam is Thijs van den Berg en ik ben verantwoordelijk "
               "voor de verkoop bij Roosterrijk.\n\nRoosterrijk plant diensten voor zorginstellingen zoals "
               "{{ company }}. Heb je donderdag 15 minuten?"),
    # a name and an employer, no more
    mail("de", "Ich hoffe, Sie hatten ein schönes Wochenende. Mein Name ist Bartosz Zieliński und ich arbeite bei "
               "Lagerfix.\n\nLagerfix plant Lieferfenster für Großhändler wie {{ company }}. Hätten Sie Dienstag "
               "Zeit für ein Gespräch?"),
    mail("fr", "J'espère que vous allez bien. Je m'appelle Soraya El Amrani et je travaille chez Quaiplan.\n\n"
               "Quaiplan planifie les créneaux de livraison des entrepôts. Seriez-vous disponible mardi pour un "
               "appel ?"),
    mail("nl", "Ik hoop dat je een fijne week hebt. Mijn naam is Joris ten Brink en ik werk bij Dokplan.\n\n"
               "Dokplan plant laadslots voor distributiecentra zoals {{ company }}. Heb je dinsdag tijd voor een "
               "belletje?"),
]

#: the opening paragraph introduces the sender and says what they do and for whom
INFORMATIVE_INTRODUCTION = [
    mail("en", "My name is Kwame Mensah and I'm a freelance product photographer for ceramics and homeware "
               "shops.\n\nHere is a short guide to lighting glazed pieces that I wrote for a client: "
               "{{ guide_url }}."),
    mail("en", "I'm Ji-woo Han, the new account manager for {{ company }} at Stockline, taking over from "
               "Priya.\n\nHer handover notes are here, so you can check I have everything right: "
               "{{ notes_url }}."),
    mail("de", "Mein Name ist Heinz-Peter von Stein, ich bin Steuerberater für Arztpraxen im Raum "
               "Stuttgart.\n\nHier ist unsere Übersicht der Fristen für 2027: {{ fristen_url }}."),
    mail("de", "Ich heiße Lena-Marie Vogt und bin ab sofort Ihre Ansprechpartnerin bei Hofkasse.\n\nDie "
               "Notizen meiner Vorgängerin finden Sie hier: {{ notizen_url }}."),
    mail("fr", "Je m'appelle Timothée Roux et je suis traducteur assermenté d'allemand pour les notaires "
               "d'Alsace.\n\nVoici une liste des pièces que les tribunaux demandent le plus souvent : "
               "{{ liste_url }}."),
    mail("fr", "Je suis Inès Haddad et je travaille comme graphiste pour les caves et domaines du Jura.\n\n"
               "Voici un exemple d'étiquette conforme aux nouvelles règles : {{ exemple_url }}."),
    mail("es", "Me llamo Rocío Fernández y soy fotógrafa de producto para tiendas online de cosmética.\n\nAquí "
               "tiene una guía breve para fotografiar envases de vidrio: {{ guia_url }}."),
    mail("es", "Mi nombre es Tomás de la Vega y desde este mes soy su gestor de cuenta en Albarán.\n\nLe dejo "
               "aquí las notas de mi compañera para que compruebe que está todo: {{ notas_url }}."),
    mail("nl", "Mijn naam is Björn Sæther en ik ben beëdigd vertaler Noors-Nederlands voor advocatenkantoren.\n\n"
               "Hier is een lijst van documenten die de IND het vaakst vraagt: {{ lijst_url }}."),
    mail("nl", "Ik ben Fleur de Jong en ik ben sinds deze week je contactpersoon bij Kassakoers.\n\nDe "
               "overdrachtsnotities van mijn collega staan hier: {{ notities_url }}."),
    mail("en", "I'm Kenji Watanabe, and I teach food-hygiene refresher courses for school kitchens in Kent.\n\n"
               "The allergen poster the county now asks for is here: {{ poster_url }}."),
    mail("de", "Ich heiße Małgorzata Nowak und bin Physiotherapeutin für Pflegeheime im Rhein-Neckar-Kreis.\n\n"
               "Hier ist ein Übungsblatt zur Sturzprophylaxe, das Ihr Team frei nutzen kann: {{ blatt_url }}."),
    mail("fr", "Je m'appelle Aurélien Saint-Clair et je suis expert-comptable pour les associations sportives "
               "de Bretagne.\n\nVoici le calendrier des déclarations 2027 pour les clubs : {{ calendrier_url }}."),
    mail("en", "My name is Ayumi Nakamura and I work at Dockstone as a planner for cold-storage yards.\n\nHere is "
               "the slot template our yards use in peak season: {{ template_url }}."),
    mail("es", "Me llamo Joaquín Muñoz y trabajo en Muellia, donde organizo los turnos de descarga de almacenes "
               "frigoríficos.\n\nLe dejo la plantilla de turnos que usamos en temporada alta: {{ plantilla_url }}."),
    mail("nl", "Mijn naam is Joris ten Brink en ik werk bij Dokplan als planner voor koelhuizen.\n\nHier is het "
               "rooster dat onze koelhuizen in het hoogseizoen gebruiken: {{ rooster_url }}."),
]


@pytest.mark.parametrize("template", FILLER_PARAGRAPH)
def test_a_filler_paragraph_is_reported(template: str) -> None:
    assert fired("FL211", template), template


@pytest.mark.parametrize("template", INFORMATIVE_INTRODUCTION)
def test_an_introduction_that_says_what_the_sender_does_is_not_filler(template: str) -> None:
    found = run_rules(TONE, template)
    assert found == [], (template, [(d.code, d.message) for d in found])


# ----------------------------------------------------------------------------- 3. "I'm X from Y." alone

#: "I'm <name> from <company>." as its own sentence, a resource the sender made, an optional offer
NAME_FROM_COMPANY_THEN_RESOURCE = [
    mail("en", "I'm Nnamdi Okafor from Tillroll.\n\nI put together a one-page list of the cash-up steps small "
               "cafés most often skip: {{ list_url }}. If any of it is useful, I'm happy to talk it through; "
               "otherwise feel free to keep it."),
    mail("en", "I'm Mei Lin Tan from Rosterly. I wrote up how three care homes cut agency shifts over winter: "
               "{{ notes_url }}.\n\nIf it seems worth a look, the blank rota is in there too - no reply needed."),
    mail("de", "Ich bin Lukas Maier von Kassenfuchs.\n\nIch habe eine Checkliste zusammengestellt, welche "
               "Schritte beim Kassenabschluss am häufigsten vergessen werden: {{ liste_url }}. Wenn Sie mögen, "
               "gehe ich sie gern mit Ihnen durch; sonst behalten Sie sie einfach."),
    mail("fr", "Je suis Chloé Dubois-Martin, de Planéo.\n\nJ'ai rassemblé dans une fiche les trois erreurs de "
               "planning les plus fréquentes en EHPAD : {{ fiche_url }}. Si elle vous sert, je peux vous la "
               "commenter ; sinon, gardez-la."),
    mail("es", "Soy Javier Ruiz, de Turnora.\n\nHe preparado una hoja con los fallos más comunes al cuadrar la "
               "caja en cafeterías: {{ hoja_url }}. Si le sirve, se la comento con gusto; si no, quédesela sin "
               "más."),
    mail("nl", "Ik ben Sem Jansen van Kassabon.\n\nIk heb een lijstje gemaakt van de stappen die kleine "
               "horecazaken bij het kassa opmaken het vaakst overslaan: {{ lijst_url }}. Als je wilt, loop ik "
               "het graag met je door; anders hou je het gewoon."),
    # the offer depends on whether it is relevant to the reader
    mail("de", "Ich bin Zeynep Arslan von Fuhrwerk. Wir haben zusammengestellt, wie Speditionen mit 20 bis 50 "
               "Lkw ihre Tankkarten abrechnen: {{ vergleich_url }}.\n\nFalls das für {{ company }} relevant ist, "
               "schicke ich Ihnen gern auch die Vorlage."),
    mail("es", "Soy Ana Belén Ortiz, de Flotalia. Hemos preparado una comparativa de cómo gestionan las tarjetas "
               "de combustible las flotas de 20 a 50 furgonetas: {{ comparativa_url }}.\n\nSi le resulta "
               "relevante, le envío también la plantilla."),
]

#: the same opening sentence, then a claim for the product and a demo or call
NAME_FROM_COMPANY_THEN_PITCH = [
    mail("en", "I'm Nnamdi Okafor from Tillroll.\n\nOur platform cuts cash-up time by half for cafés like "
               "yours. Can I get 20 minutes on your calendar this week for a demo?"),
    mail("en", "I'm Mei Lin Tan from Rosterly.\n\nWe are the leading rota platform for care homes, trusted by "
               "400 providers. Are you free for a call on Wednesday?"),
    mail("de", "Ich bin Lukas Maier von Kassenfuchs.\n\nUnsere Lösung halbiert die Zeit für den "
               "Kassenabschluss. Passt Ihnen eine Demo am Donnerstag?"),
    mail("fr", "Je suis Chloé Dubois-Martin, de Planéo.\n\nNotre solution réduit de 30 % les heures "
               "d'intérim en EHPAD. Pouvons-nous caler une démo de 30 minutes mardi ?"),
    mail("es", "Soy Javier Ruiz, de Turnora.\n\nNuestra plataforma reduce a la mitad el tiempo de cierre de "
               "caja. ¿Le viene bien una llamada el miércoles?"),
    mail("nl", "Ik ben Sem Jansen van Kassabon.\n\nOnze software halveert de tijd voor het kassa opmaken. "
               "Zullen we donderdag een demo inplannen?"),
    mail("de", "Ich bin Zeynep Arslan von Fuhrwerk. Mit unserer Tankkarte sparen Speditionen 8 % Sprit.\n\n"
               "Falls das für {{ company }} relevant ist, zeige ich Ihnen die Lösung gern in einer Demo."),
    mail("es", "Soy Ana Belén Ortiz, de Flotalia. Nuestra tarjeta reduce un 8 % el gasto en combustible.\n\n"
               "Si le resulta relevante, ¿le parece bien una llamada el martes para ver los precios?"),
]


@pytest.mark.parametrize("template", NAME_FROM_COMPANY_THEN_RESOURCE)
def test_name_and_company_before_a_resource_is_no_tone_problem(template: str) -> None:
    found = run_rules(TONE, template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize("template", NAME_FROM_COMPANY_THEN_PITCH)
def test_name_and_company_before_a_pitch_is_reported(template: str) -> None:
    assert fired("FL201", template) or fired("FL202", template), template


# ----------------------------------------------------------------------------- 4. role, trade, takeover

#: a role after the name (an apposition, a takeover, a trade), then a call or a sample left to the reader
ROLE_THEN_READER_LED_OFFER = [
    mail("en", "I'm Priya Raman, an account manager at Clinicly, and I'll be your contact from now on.\n\nIf you "
               "ever want to put a face to the name, a quick call is fine by me; otherwise email works just as "
               "well."),
    mail("en", "My name is Tadhg O'Connell. I've taken over the {{ company }} account from Ruth, who has moved to "
               "our Dublin office.\n\nHappy to have a short hello call if you'd find it useful - if not, just "
               "reply here whenever you need anything."),
    mail("en", "I'm Chiamaka Obi, a freelance copywriter for fintech start-ups in Lagos and London.\n\nIf it's "
               "ever useful, I can rewrite one page of your onboarding emails as a sample; no need to reply."),
    mail("en", "I'm Priya Raman, an account manager at Clinicly.\n\nIf it's worth a look, would you like me to "
               "send the audit template other surgeries use?"),
    mail("de", "Ich heiße Sven Øberg und bin seit dieser Woche Ihr Kundenbetreuer bei Kontora.\n\nFalls Sie "
               "mögen, stellen wir uns kurz telefonisch vor; sonst melden Sie sich einfach, wann immer Sie etwas "
               "brauchen."),
    mail("de", "Mein Name ist Dr. Friederike Lange-Brandt, ich bin öffentlich bestellte Dolmetscherin für "
               "Polnisch in Leipzig.\n\nWenn es Ihnen einmal hilft, übersetze ich Ihnen eine Seite als Probe; "
               "Sie müssen nicht antworten."),
    mail("fr", "Je m'appelle Nadia Benali et je suis désormais votre interlocutrice chez Paylune, à la place de "
               "Julien.\n\nSi vous souhaitez un petit appel pour faire connaissance, avec plaisir ; sinon, "
               "n'hésitez pas à m'écrire quand vous voulez."),
    mail("fr", "Je suis Maëlle Guérin, traductrice assermentée d'espagnol près la cour d'appel de Rennes.\n\nSi "
               "cela peut vous servir un jour, je traduis volontiers une page à titre d'exemple ; inutile de "
               "répondre."),
    mail("es", "Me llamo Íñigo Etxeberria y desde enero llevo la cuenta de {{ company }} en Nubeo, en lugar de "
               "Marta.\n\nSi quiere que hablemos un momento por teléfono para conocernos, encantado; si no, "
               "escríbame cuando le haga falta."),
    mail("es", "Soy Ximena Quispe, fotógrafa de producto para marcas de cosmética natural.\n\nSi algún día le "
               "sirve, le envío mi portafolio; no hace falta que conteste."),
    mail("nl", "Mijn naam is Kees de Boer-Visser; ik heb per 1 maart het accountbeheer van {{ company }} "
               "overgenomen van Ilse.\n\nMocht je een korte kennismaking willen, dan bel ik je graag; anders kun "
               "je me gewoon mailen als er iets is."),
    mail("nl", "Ik ben Yusuf Kaya, zelfstandig vertaler Turks-Nederlands voor notariskantoren.\n\nAls het ooit "
               "van pas komt, vertaal ik een pagina als voorbeeld; reageren hoeft niet."),
    # the offer depends on whether the reader finds it worth a look
    mail("de", "Ich bin Matteo Rossi von Hygieplan.\n\nWir haben eine Checkliste zur neuen Hygieneverordnung "
               "für Zahnarztpraxen zusammengestellt. Falls das einen Blick wert ist, schicke ich sie Ihnen gern."),
    mail("es", "Soy Lucía Ferrer, de Auditalia.\n\nSi le merece la pena, le mando la plantilla de auditoría que "
               "usan otras clínicas dentales."),
]

#: the same introductions, then the sender's slot, a claim, a discount or a demo
ROLE_THEN_SELL = [
    mail("en", "I'm Priya Raman, an account manager at Clinicly, and I'll be your contact from now on.\n\nI've "
               "booked us a 30-minute call on Thursday at 2pm to go through your renewal pricing."),
    mail("en", "My name is Tadhg O'Connell. I've taken over the {{ company }} account from Ruth.\n\nOur new "
               "Enterprise tier cuts admin time by 40%, and if you upgrade before Friday you keep your current "
               "rate."),
    mail("en", "I'm Chiamaka Obi, a freelance copywriter for fintech start-ups.\n\nMy clients see three times "
               "more sign-ups after I rewrite their onboarding. Can we book a call on Monday to agree a quote?"),
    mail("en", "I'm Priya Raman, an account manager at Clinicly.\n\nWe are the UK's leading audit platform for "
               "dental groups. Are you free for a demo on Wednesday?"),
    mail("de", "Ich heiße Sven Øberg und bin seit dieser Woche Ihr Kundenbetreuer bei Kontora.\n\nIch rufe Sie "
               "morgen um 10 Uhr an, um Ihnen unser neues Premium-Paket vorzustellen."),
    mail("de", "Mein Name ist Dr. Friederike Lange-Brandt, ich bin öffentlich bestellte Dolmetscherin für "
               "Polnisch.\n\nBuchen Sie jetzt Ihr Übersetzungspaket mit 20 % Rabatt – das Angebot gilt nur bis "
               "Freitag."),
    mail("fr", "Je m'appelle Nadia Benali et je suis désormais votre interlocutrice chez Paylune.\n\nJe vous "
               "appelle jeudi à 14 h pour vous présenter notre nouvelle offre Premium."),
    mail("fr", "Je suis Maëlle Guérin, traductrice assermentée d'espagnol.\n\nPour toute commande passée avant "
               "vendredi, je vous offre 15 % de remise : puis-je vous envoyer un devis ?"),
    mail("es", "Me llamo Íñigo Etxeberria y desde enero llevo la cuenta de {{ company }} en Nubeo.\n\nLe llamo "
               "el martes a las once para presentarle nuestro plan Empresa, que reduce un 25 % sus costes."),
    mail("es", "Soy Ximena Quispe, fotógrafa de producto para marcas de cosmética natural.\n\n¿Podemos agendar "
               "una llamada de 20 minutos el jueves para cerrar el presupuesto de su próxima campaña?"),
    mail("nl", "Mijn naam is Kees de Boer-Visser; ik heb het accountbeheer van {{ company }} overgenomen.\n\nIk "
               "bel je donderdag om 10 uur om ons nieuwe Pro-pakket door te nemen."),
    mail("nl", "Ik ben Yusuf Kaya, zelfstandig vertaler Turks-Nederlands.\n\nBestel vóór vrijdag en krijg 20% "
               "korting op je eerste vertaling. Zullen we maandag bellen?"),
    mail("de", "Ich bin Matteo Rossi von Hygieplan.\n\nFalls das einen Blick wert ist: Unsere Software halbiert "
               "den Aufwand für Hygienepläne. Passt Ihnen eine Demo am Dienstag?"),
    mail("es", "Soy Lucía Ferrer, de Auditalia.\n\nSi le merece la pena, ¿agendamos una demo de nuestra "
               "plataforma el jueves a las diez?"),
]


@pytest.mark.parametrize("template", ROLE_THEN_READER_LED_OFFER)
def test_a_role_before_an_offer_left_to_the_reader_is_no_tone_problem(template: str) -> None:
    found = run_rules(TONE, template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize("template", ROLE_THEN_SELL)
def test_a_role_before_a_sell_is_reported(template: str) -> None:
    assert fired("FL201", template) or fired("FL202", template), template


TABLES = {
    "FL201/FL202 introduction, soft offer": (INTRODUCTION_THEN_SELL, INTRODUCTION_SOFT_OFFER, ("FL201", "FL202")),
    "FL211 filler paragraph": (FILLER_PARAGRAPH, INFORMATIVE_INTRODUCTION, ("FL211",)),
    "FL201/FL202 name from company": (NAME_FROM_COMPANY_THEN_PITCH, NAME_FROM_COMPANY_THEN_RESOURCE,
                                      ("FL201", "FL202")),
    "FL201/FL202 role, offer left to the reader": (ROLE_THEN_SELL, ROLE_THEN_READER_LED_OFFER, ("FL201", "FL202")),
}


def test_tables_are_balanced() -> None:
    assert_tables_balanced(TABLES)
    for positive, negative, _codes in TABLES.values():
        assert len(positive) == len(negative)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
