"""Tone (issue 10, round 13a): the neighbours of a small-business introduction before a small,
optional offer, and observations that open with a prepositional phrase. Written before the code,
must-fire and must-not in equal measure, in English, German, French, Spanish and Dutch.

1. **A first touch whose sender says who they are and what they do, then offers something small
   and optional** (a short read, a list, an answer, a template) with no claim of results and no
   commercial push is no pitch before value (FL201) and no self-centred opener (FL202), in the
   shapes around the ones already covered:

   a. the introduction in two sentences ("I'm <name>. I run a two-person studio that ...");
   b. the introduction as a relative clause without a name ("I run a small team that ...");
   c. a role at a named organisation ("I'm <name>, energy officer at <association>");
   d. a research or survey question with an explicit out ("no need to reply if you're busy");
   e. the introduction followed by a concrete observation about the reader's sector.

   Each has a selling twin with the same introduction that must keep firing: results claimed,
   customers named, a demo or call asked for at a time, a price or a discount, "we help X do Y"
   with a number.
2. **An observation the sender reports, opening with a prepositional or adverbial phrase**
   ("Across the ... we inspected", "Unter den ..., die wir ...", "Sur les ... que nous avons ...",
   "En los ... que hemos visitado", "Op de ... die we ...") followed by a finding about the
   reader's sector is an insight (value). Its twin names the sender's product or results as the
   cause of the finding and asks for a sale: a pitch.

Run ``PYTHONPATH=src python tests/test_tone_intro_offer_neighbours.py`` for the table scores.
"""

from __future__ import annotations

import pytest
from _core_testing import build_mail

from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola, {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Best wishes,\nTomás Ó Ceallaigh",
    "de": "Viele Grüße\nLena Schulte-Brinkmann",
    "fr": "Bien à vous,\nYasmina Benali-Roche",
    "es": "Un saludo,\nKenta Morales Ito",
    "nl": "Hartelijke groet,\nFleur Nieuwenhuis-de Graaf",
}
#: on a must-not case any of the tone family is a false alarm (as in benchmarks/bench_tone_emails.py)
WATCHED = tuple(f"FL2{n:02d}" for n in range(1, 15))
#: a selling twin is caught when the opener rules or the pushy call to action report it
SELLS = ("FL201", "FL202", "FL208")


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


# Each entry: (case id, must-not email, must-fire twin). The twin keeps the introduction or the
# fronted phrase and replaces the small offer by a sell.
PAIRS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ 1a. two-sentence introduction
    ("en-two-sentences-guide",
     mail("en", "I'm Tomás Ó Ceallaigh. I run a two-person design studio in Galway that makes signage for museums "
                "and visitor centres.\n\nWe recently wrote a short guide on making exhibit labels readable for "
                "visitors with low vision. Happy to send it over if it would be useful."),
     mail("en", "I'm Tomás Ó Ceallaigh. I run a two-person design studio in Galway that makes signage for museums "
                "and visitor centres.\n\nOur signage has raised visitor dwell time by 35% at every centre we've "
                "worked with, including the Hunt Museum and EPIC.\n\nAre you free for a 20-minute call on "
                "Wednesday at 11?")),
    ("de-two-sentences-overview",
     mail("de", "Mein Name ist Lena Schulte-Brinkmann. Zusammen mit zwei Kolleginnen berate ich Hausarztpraxen in "
                "Westfalen bei der Abrechnung.\n\nWir haben eine kurze Übersicht der häufigsten Fehler bei der "
                "Chronikerpauschale erstellt. Wenn sie Ihnen nützt, schicke ich sie gern; ansonsten einfach "
                "ignorieren."),
     mail("de", "Mein Name ist Lena Schulte-Brinkmann. Zusammen mit zwei Kolleginnen berate ich Hausarztpraxen in "
                "Westfalen bei der Abrechnung.\n\nMit unserer Abrechnungssoftware holen Praxen im Schnitt 12.000 € "
                "pro Jahr zurück, und bis Monatsende gibt es 20 % Rabatt.\n\nSoll ich Ihnen gleich ein Angebot "
                "schicken?")),
    ("nl-two-sentences-checklist",
     mail("nl", "Ik ben Daan Vermeulen. Met een klein team help ik kinderopvangorganisaties in Utrecht met hun "
                "personeelsrooster.\n\nWe hebben een korte checklist gemaakt voor het rooster rond de "
                "schoolvakanties. Als je hem wilt hebben, stuur ik hem graag; een reactie is niet nodig."),
     mail("nl", "Ik ben Daan Vermeulen. Met een klein team help ik kinderopvangorganisaties in Utrecht met hun "
                "personeelsrooster.\n\nMet onze planningstool zetten organisaties 20% minder invalkrachten in; "
                "De Kleine Wereld en KOV Utrecht gingen je al voor.\n\nZullen we donderdag om 10:00 een demo "
                "inplannen?")),
    # ------------------------------------------------------------------ 1b. relative clause, no name
    ("es-relative-clause-page",
     mail("es", "Dirijo un pequeño estudio de Valencia que diseña la señalización de centros de salud. Hace poco "
                "reunimos en una página los errores de orientación que más comentan los pacientes.\n\nSi le "
                "resulta útil, se la envío con gusto. Y si no, no hace falta contestar."),
     mail("es", "Dirijo un pequeño estudio de Valencia que diseña la señalización de centros de salud. Nuestros "
                "proyectos reducen un 40 % las consultas en recepción, como en el Hospital La Fe y en "
                "Quirónsalud.\n\n¿Le viene bien una llamada el martes a las 10?")),
    ("fr-relative-clause-two-pages",
     mail("fr", "Je dirige une petite équipe qui accompagne les EHPAD de Bretagne dans la prévention des chutes. "
                "Nous avons rassemblé sur deux pages les aménagements qui coûtent le moins.\n\nJe peux vous les "
                "envoyer si cela vous intéresse, sans aucune obligation de réponse."),
     mail("fr", "Je dirige une petite équipe qui accompagne les EHPAD de Bretagne dans la prévention des chutes. "
                "Notre méthode a réduit les chutes de 45 % dans plus de 60 établissements, dont Korian et "
                "Domitys.\n\nL'audit est à -10 % jusqu'à fin janvier : je vous appelle jeudi à 14 h ?")),
    ("en-relative-clause-note",
     mail("en", "I work with a small team that restores sash windows in listed buildings across Edinburgh. We've "
                "written a two-page note on what the council's conservation officers usually ask for in a window "
                "application.\n\nIf it would help with {{ building_name }}, I can send it - no need to reply "
                "otherwise."),
     mail("en", "I work with a small team that restores sash windows in listed buildings across Edinburgh. We've "
                "restored over 3,000 windows for clients like Historic Environment Scotland and the University of "
                "Edinburgh, and surveys booked this month are 15% off.\n\nCan I book you in for a site visit "
                "next Tuesday?")),
    # ------------------------------------------------------------------ 1c. a role at a named organisation
    ("en-role-at-cooperative",
     mail("en", "I'm Wei Chen, operations lead at Harbour Freight Cooperative in Felixstowe. We've been tracking "
                "demurrage charges across the port for our members and wrote up what drove them last year.\n\n"
                "If a copy would be useful for {{ company }}, I'm happy to send one."),
     mail("en", "I'm Wei Chen, account executive at Harbour Freight in Felixstowe. Our platform cut demurrage "
                "charges by 38% for Maersk and DFDS last year.\n\nDo you have 30 minutes on Thursday at 2pm for "
                "a demo?")),
    ("de-role-at-network",
     mail("de", "Ich bin Friederike Aßmann, Energiereferentin beim Netzwerk der Bäckerinnungen in Oberfranken. Wir "
                "haben kurz zusammengefasst, welche Förderprogramme für neue Backöfen gerade offen sind.\n\nFalls "
                "das für {{ company }} interessant ist, schicke ich Ihnen die Übersicht gern zu."),
     mail("de", "Ich bin Friederike Aßmann, Key-Account-Managerin bei OfenTec. Unsere Backöfen sparen bis zu 30 % "
                "Energie, die Bäckerei Müller und Kamps setzen sie bereits ein.\n\nIch rufe Sie am Donnerstag um "
                "10 Uhr an, um das Angebot durchzugehen.")),
    ("fr-role-at-network",
     mail("fr", "Je suis Mathilde Nguyen-Rousseau, chargée de mission au Réseau des cantines bio d'Occitanie. Nous "
                "avons recensé les producteurs locaux de légumineuses qui livrent les collèges du Gers.\n\nSi la "
                "liste peut servir à {{ company }}, je vous l'envoie volontiers."),
     mail("fr", "Je suis Mathilde Nguyen-Rousseau, responsable commerciale chez BioRestau. Notre centrale d'achat "
                "fait économiser 18 % aux cantines, comme à la ville de Toulouse et au collège Jean-Moulin.\n\nJe "
                "vous propose une démonstration de 30 minutes mardi à 15 h.")),
    ("es-role-at-association",
     mail("es", "Soy Jorge Sánchez-Villalobos, técnico de la Asociación de Bodegas de la Ribera. Hemos reunido en un "
                "documento breve los cambios de etiquetado que se aplican a partir de este año.\n\nSi le sirve "
                "para {{ company }}, se lo envío con gusto."),
     mail("es", "Soy Jorge Sánchez-Villalobos, director comercial de Etiquetas Duero. Nuestras etiquetas ya las "
                "usan Vega Sicilia y Protos, y este mes tienen un 25 % de descuento.\n\n¿Hablamos el jueves a "
                "las 12?")),
    ("nl-role-at-association",
     mail("nl", "Ik ben Sven Bakker, beleidsmedewerker bij de Vereniging van Zorgboerderijen Gelderland. We hebben "
                "op een rij gezet welke subsidies er dit jaar zijn voor een toegankelijk erf.\n\nAls het "
                "{{ company }} helpt, stuur ik het overzicht graag door."),
     mail("nl", "Ik ben Sven Bakker, accountmanager bij ErfPlan. Met onze aanpak kregen zorgboerderijen als De Hoge "
                "Weide en Op Aarde 40% meer subsidie.\n\nZullen we dinsdag om 14:00 een halfuurtje bellen?")),
    # ------------------------------------------------------------------ 1d. survey question with an out
    ("en-survey-question-out",
     mail("en", "We're a small team surveying community pharmacies in Wales about out-of-hours prescription "
                "collections. Could you tell me whether {{ company }} uses a locker, a late counter or neither?"
                "\n\nNo need to reply if you're busy."),
     mail("en", "We're a small team surveying community pharmacies in Wales about out-of-hours prescription "
                "collections. Our smart lockers let pharmacies like Boots and Well serve 30% more patients after "
                "hours.\n\nI'll call you on Friday at 9 to talk through pricing.")),
    ("de-survey-question-out",
     mail("de", "Ich bin Doktorandin an der Hochschule Osnabrück und untersuche, wie ambulante Pflegedienste ihre "
                "Touren planen. Planen Sie bei {{ company }} noch auf Papier oder mit einem Programm?\n\nWenn "
                "Sie keine Zeit haben, müssen Sie nicht antworten."),
     mail("de", "Ich bin Vertriebsleiterin bei TourPilot. Planen Sie bei {{ company }} noch auf Papier? Mit "
                "TourPilot sparen Pflegedienste 25 % Fahrzeit.\n\nIch zeige es Ihnen gern am Mittwoch um 11 Uhr "
                "in einer Demo.")),
    ("fr-survey-question-out",
     mail("fr", "Nous menons une petite enquête auprès des librairies indépendantes de Normandie sur les retours "
                "aux éditeurs. Chez {{ company }}, les faites-vous plutôt une fois par mois ou au fil de l'eau ?"
                "\n\nSi vous n'avez pas le temps, ne vous sentez surtout pas obligé de répondre."),
     mail("fr", "Nous menons une petite enquête auprès des librairies indépendantes de Normandie sur les retours "
                "aux éditeurs. Notre logiciel automatise déjà les retours de 200 librairies, dont Mollat et Le "
                "Divan.\n\nJe vous appelle vendredi à 10 h pour vous le présenter.")),
    ("es-survey-question-out",
     mail("es", "Estoy haciendo una pequeña encuesta entre cooperativas de aceite de Jaén sobre la trazabilidad de "
                "los lotes. ¿En {{ company }} la registran en papel o en una hoja de cálculo?\n\nSi no tiene "
                "tiempo, no hace falta que responda."),
     mail("es", "Estoy haciendo una pequeña encuesta entre cooperativas de aceite de Jaén sobre la trazabilidad de "
                "los lotes. Nuestra plataforma ya la usan Dcoop y Oleoestepa y reduce a la mitad el tiempo de "
                "auditoría.\n\nLe ofrezco un 20 % de descuento si firma antes del viernes.")),
    ("nl-survey-question-out",
     mail("nl", "Voor een klein onderzoek vraag ik bibliotheken in Friesland hoe ze omgaan met te laat ingeleverde "
                "boeken. Rekenen jullie bij {{ company }} nog boetes, of zijn die afgeschaft?\n\nJe hoeft niet "
                "te antwoorden als het niet uitkomt."),
     mail("nl", "Voor een klein onderzoek vraag ik bibliotheken in Friesland hoe ze omgaan met te laat ingeleverde "
                "boeken. Met ons uitleensysteem halen bibliotheken als de OBA 30% meer boeken terug.\n\nZal ik je "
                "donderdag om 15:00 bellen voor een demo?")),
    # ------------------------------------------------------------------ 1e. introduction + observation
    ("en-intro-sector-observation",
     mail("en", "I'm Aiyana Redcloud and I keep the books for a handful of independent vet clinics around Denver. "
                "Something we see again and again: clinics that put dental cleanings on their own invoice line "
                "get far fewer disputes about the bill.\n\nIf it's helpful, I can send the invoice layout we "
                "suggest."),
     mail("en", "I'm Aiyana Redcloud and I keep the books for a handful of independent vet clinics around Denver. "
                "Our billing software has recovered more than $2M for clinics like BluePearl and Banfield, and "
                "it's 20% off until Friday.\n\nCan I get 15 minutes with you on Monday at 4pm?")),
    ("de-intro-sector-observation",
     mail("de", "Ich bin Malte Østergaard und betreue mit meinem kleinen Büro Campingplätze an der Ostsee. Was uns "
                "bei fast allen Plätzen auffällt: Die meisten Stornierungen kommen in der Woche vor Pfingsten, "
                "und wer eine Warteliste führt, bekommt die Plätze fast immer wieder voll.\n\nWenn Sie mögen, "
                "schicke ich Ihnen unsere Vorlage für so eine Liste."),
     mail("de", "Ich bin Malte Østergaard und betreue mit meinem kleinen Büro Campingplätze an der Ostsee. Mit "
                "unserer Buchungssoftware füllen Plätze wie das Ostseecamp Kühlungsborn 30 % mehr Stornoplätze "
                "wieder auf.\n\nIch melde mich am Mittwoch um 9 Uhr telefonisch, um Ihnen die Preise zu "
                "nennen.")),
    ("fr-intro-sector-observation",
     mail("fr", "Je m'appelle Yasmina Benali-Roche ; avec deux associés, je tiens la comptabilité de cabinets de "
                "kinésithérapie à Lille. Une chose revient dans presque tous les cabinets : les séances annulées "
                "au dernier moment ne sont presque jamais facturées, faute de règle affichée.\n\nSi vous voulez, "
                "je vous envoie le modèle d'affichette que nous conseillons."),
     mail("fr", "Je m'appelle Yasmina Benali-Roche ; avec deux associés, je tiens la comptabilité de cabinets de "
                "kinésithérapie à Lille. Nous aidons les cabinets à récupérer jusqu'à 8 000 € par an, comme Kiné "
                "Lille Centre et le groupe Ostéo+.\n\nPouvons-nous fixer un rendez-vous jeudi à 11 h ?")),
    ("es-intro-sector-observation",
     mail("es", "Me llamo Kenta Morales Ito y llevo un pequeño despacho que asesora a casas rurales del Pirineo "
                "aragonés. Algo que vemos en casi todas: las reservas directas llegan sobre todo por teléfono el "
                "domingo por la tarde, cuando nadie contesta.\n\nSi le resulta útil, le paso el mensaje de "
                "contestador que recomendamos."),
     mail("es", "Me llamo Kenta Morales Ito y llevo un pequeño despacho que asesora a casas rurales del Pirineo "
                "aragonés. Ayudamos a las casas rurales a aumentar un 35 % sus reservas directas; Casa Lola y El "
                "Pajar de Ansó ya lo han comprobado.\n\n¿Le viene bien una videollamada el miércoles a las 17:00?")),
    ("nl-intro-sector-observation",
     mail("nl", "Ik ben Fleur Nieuwenhuis-de Graaf en samen met één collega doe ik de administratie van "
                "fysiotherapiepraktijken in Brabant. Wat we bij bijna elke praktijk zien: de meeste afzeggingen "
                "vallen op maandagochtend, en een sms op vrijdag halveert dat aantal.\n\nAls je wilt, stuur ik je "
                "de tekst van die sms."),
     mail("nl", "Ik ben Fleur Nieuwenhuis-de Graaf en samen met één collega doe ik de administratie van "
                "fysiotherapiepraktijken in Brabant. Wij helpen praktijken het aantal afzeggingen met 50% te "
                "verlagen, en nieuwe klanten krijgen deze maand 25% korting.\n\nZullen we vrijdag om 11:00 "
                "bellen?")),
    # ------------------------------------------------------------------ 2. fronted observation (insight)
    ("en-across-inspected",
     mail("en", "Across the 120 care homes we inspected for the fire service last year, the most common fault was "
                "a self-closing door wedged open with an extinguisher. It takes a minute to check on the next "
                "walk-round at {{ company }}."),
     mail("en", "Across the 120 care homes that use our door sensors, fire-door faults fell by 70% in the first "
                "month.\n\nI'd like to book a 30-minute demo with you on Thursday.")),
    ("en-from-what-we-see",
     mail("en", "From what we've seen at the marinas along the south coast, most fuel-dock spills happen in the "
                "first hour after opening, while the nozzles are still stiff from the cold.\n\nThought that "
                "might be worth passing on to the team at {{ company }}."),
     mail("en", "From what we've seen at the marinas that installed our nozzles, fuel-dock spills are down 60% "
                "and insurers give a discount.\n\nOur installers can fit yours next week for £1,200.")),
    ("de-unter-den-betrieben",
     mail("de", "Unter den Tischlereien, die wir in den letzten zwei Jahren beraten haben, lief in fast allen die "
                "Absauganlage auch in den Pausen weiter. Ein einfacher Zeitschalter reicht dafür oft schon.\n\n"
                "Vielleicht lohnt sich ein Blick in Ihrer Werkstatt."),
     mail("de", "Unter den Tischlereien, die unsere Steuerung einsetzen, sinkt der Stromverbrauch der Absaugung "
                "um 35 %.\n\nBuchen Sie jetzt Ihre Demo für nächste Woche: {{ demo_url }}")),
    ("fr-sur-les-chantiers",
     mail("fr", "Sur les chantiers que nous avons visités cet hiver, la moitié des échafaudages n'avaient pas de "
                "plinthes aux étages supérieurs. C'est souvent le premier point que regardent les inspecteurs.\n\n"
                "Je me suis dit que l'information pouvait servir à vos chefs de chantier."),
     mail("fr", "Sur les chantiers équipés de notre système de garde-corps, les accidents ont baissé de 40 % en un "
                "an.\n\nNous pouvons l'installer chez {{ company }} dès lundi pour 3 900 € HT.")),
    ("es-en-los-colegios",
     mail("es", "En los colegios que hemos visitado este curso, las aulas orientadas al sur superan los 27 °C a "
                "partir de mayo. Bajar las persianas antes de las diez ya marca una diferencia notable.\n\nPor si "
                "le sirve para {{ company }}."),
     mail("es", "En los colegios que han instalado nuestros toldos, la temperatura de las aulas bajó 5 °C este "
                "curso.\n\n¿Le preparo un presupuesto esta semana y lo vemos el lunes a las 9?")),
    ("nl-op-de-bedrijven",
     mail("nl", "Op de melkveebedrijven die we dit jaar in Drenthe hebben bezocht, stonden de ventilatoren in de "
                "stal vaak te laag afgesteld voor warme dagen. Een kwartier bijstellen scheelt de koeien zichtbaar "
                "hittestress.\n\nMisschien handig om bij {{ company }} eens na te lopen."),
     mail("nl", "Op de melkveebedrijven die onze ventilatoren gebruiken, steeg de melkgift deze zomer met 8%.\n\n"
                "Ik kom dinsdag om 10 uur langs voor een offerte.")),
    # the frame is the sender's own clients or the places they keep watching: still an observation
    ("en-among-clients-number",
     mail("en", "Among the housing associations we work with, roughly a third of repair calls in January are "
                "about boilers that only needed repressurising. A one-page guide for tenants tends to cut those "
                "calls noticeably.\n\nIf it's useful, I can share the wording one of them uses."),
     mail("en", "Among the housing associations we work with, our tenant app cut boiler call-outs by a third in "
                "January, and Clarion and Peabody have rolled it out everywhere.\n\nCan we get a demo in the "
                "diary for Tuesday at 10?")),
    ("de-bei-den-kanzleien",
     mail("de", "Bei den Steuerkanzleien, die wir betreuen, kommen in der Abgabephase rund 40 % der Rückfragen zu "
                "denselben fünf Belegarten. Eine kurze Mandanten-Checkliste fängt viele davon ab.\n\nWenn Sie "
                "mögen, schicke ich Ihnen unsere Vorlage."),
     mail("de", "Bei den Steuerkanzleien, die wir betreuen, senkt unser Belegportal die Rückfragen um 40 %.\n\n"
                "Ich habe Ihnen für Donnerstag um 14 Uhr eine Demo eingetragen.")),
    ("fr-chez-les-artisans",
     mail("fr", "Chez les artisans que nous accompagnons depuis trois ans, les devis envoyés le jour même de la "
                "visite sont acceptés presque deux fois plus souvent que ceux envoyés une semaine après.\n\nSi "
                "cela vous intéresse, je peux vous envoyer les chiffres détaillés."),
     mail("fr", "Chez les artisans que nous accompagnons, notre application de devis double le taux "
                "d'acceptation dès le premier mois.\n\nL'abonnement est à 29 € par mois : on en parle jeudi à "
                "10 h ?")),
    ("es-entre-los-despachos",
     mail("es", "Entre los despachos de abogados a los que asesoramos, la mitad de las citas perdidas son de "
                "clientes que pidieron cita por teléfono y no recibieron confirmación por escrito.\n\nSi le "
                "interesa, le envío el texto de confirmación que suelen usar."),
     mail("es", "Entre los despachos de abogados a los que asesoramos, nuestro software de citas redujo a la mitad "
                "las citas perdidas, como en Garrigues y Cuatrecasas.\n\n¿Le reservo una demostración el "
                "miércoles a las 11?")),
    ("nl-onder-de-gemeenten",
     mail("nl", "Onder de gemeenten waarmee we samenwerken, komt ongeveer een kwart van de klachten over afval "
                "van straten waar de ophaaldag na een feestdag is verschoven. Een herinnering in de afvalapp "
                "de avond ervoor helpt merkbaar.\n\nAls het van pas komt, deel ik graag de tekst die Zwolle "
                "daarvoor gebruikt."),
     mail("nl", "Onder de gemeenten waarmee we samenwerken, halveerde onze afvalapp het aantal klachten; Zwolle en "
                "Deventer gebruiken hem al.\n\nHet eerste jaar krijg je 30% korting als je voor 1 maart tekent.")),
    # ------------------------------------------------------------------ round 2: the out with a pronoun
    # in it, an offer on whether it suits, a one-page summary, a finding drawn from counted sources
    ("es-out-with-pronoun",
     mail("es", "Soy Lucía Benítez Ortega, traductora jurada de inglés en Zaragoza; trabajo sobre todo con "
                "gestorías y notarías.\n\nSi alguna semana le encaja, le paso una muestra de un certificado "
                "de nacimiento traducido. Y si no, no hace falta que me responda."),
     mail("es", "Soy Lucía Benítez Ortega, traductora jurada de inglés en Zaragoza; trabajo sobre todo con "
                "gestorías y notarías.\n\nEste mes traduzco contratos con un 30 % de descuento. ¿Le llamo el "
                "lunes a las 10 para cerrar el primer encargo?")),
    ("de-out-with-pronoun",
     mail("de", "Ich bin Aylin Doğan und prüfe als Sachverständige Spielplätze für Kitas in Nordhessen.\n\nFalls "
                "es Ihnen in der Saison passt, schicke ich Ihnen meine Prüfliste für Schaukeln. Sie müssen mir "
                "darauf nicht antworten."),
     mail("de", "Ich bin Aylin Doğan und prüfe als Sachverständige Spielplätze für Kitas in Nordhessen. Über "
                "120 Kitas, darunter die Fröbel-Gruppe, vertrauen bereits auf meine Prüfung.\n\nIch rufe Sie am "
                "Montag um 11 Uhr an, um einen Termin festzumachen.")),
    ("nl-out-with-pronoun",
     mail("nl", "Ik ben Bram Hoekstra en ik keur met mijn kleine bureau liften in appartementencomplexen.\n\nAls "
                "het een keer uitkomt, stuur ik je onze checklist voor de jaarlijkse keuring. Je hoeft me hier "
                "niet op te antwoorden."),
     mail("nl", "Ik ben Bram Hoekstra en ik keur met mijn kleine bureau liften in appartementencomplexen. Onze "
                "keuring is 40% goedkoper dan die van de grote partijen.\n\nZal ik je donderdag om 14:00 bellen "
                "om een afspraak in te plannen?")),
    ("en-one-page-summary",
     mail("en", "For the caretakers at {{ company }}, we've summarised the first steps after a burst pipe on "
                "one page: stopcock, electrics, photos before the clean-up, and calling the insurer within three "
                "days.\n\nIt's attached as a PDF to pin up in the plant room."),
     mail("en", "For the caretakers at {{ company }}, we've summarised on one page why our leak sensors stop "
                "burst pipes before they flood a building.\n\nBook a 30-minute demo for Thursday: {{ demo_url }}")),
    ("fr-finding-from-counted-sources",
     mail("fr", "Pour les campings de {{ region }}, une tendance tirée de 400 avis de l'été dernier : les "
                "séjours mal notés parlent trois fois plus souvent du bruit nocturne que des sanitaires.\n\nJe "
                "vous le transmets au cas où cela vous serve pour la saison prochaine."),
     mail("fr", "Pour les campings de {{ region }}, une tendance tirée de 400 avis : les campings équipés de "
                "notre borne d'accueil sont mieux notés.\n\nNotre borne est à 49 € par mois ; je vous appelle "
                "lundi à 10 h ?")),
    ("nl-finding-from-counted-sources",
     mail("nl", "Voor de fietsverhuurders in {{ region }} een cijfer uit 300 online recensies van vorig jaar: "
                "klachten gaan twee keer zo vaak over de banden als over de prijs.\n\nMisschien handig voor het "
                "komende seizoen."),
     mail("nl", "Voor de fietsverhuurders in {{ region }} een cijfer uit 300 recensies: verhuurders met ons "
                "reserveringssysteem krijgen 30% meer boekingen.\n\nZullen we dinsdag om 10:00 een demo "
                "inplannen?")),
]

QUIET = [(case_id, quiet) for case_id, quiet, _sells in PAIRS]
FIRES = [(case_id + "-sells", sells) for case_id, _quiet, sells in PAIRS]


@pytest.mark.parametrize("case_id, template", QUIET, ids=[c[0] for c in QUIET])
def test_the_soft_first_touch_is_quiet(case_id: str, template: str) -> None:
    found = [f"{d.code}: {d.message}" for d in run_rules(WATCHED, template)]
    assert not found, f"{case_id}: {found}"


@pytest.mark.parametrize("case_id, template", FIRES, ids=[c[0] for c in FIRES])
def test_the_selling_twin_is_reported(case_id: str, template: str) -> None:
    assert run_rules(SELLS, template), f"{case_id}: none of {SELLS} fired"


def test_tables_are_balanced_and_cover_five_languages() -> None:
    assert len(QUIET) == len(FIRES)
    languages = {case_id.split("-", 1)[0] for case_id, _q, _s in PAIRS}
    assert languages == {"en", "de", "fr", "es", "nl"}


if __name__ == "__main__":
    quiet_alarms = [case_id for case_id, t in QUIET if run_rules(WATCHED, t)]
    misses = [case_id for case_id, t in FIRES if not run_rules(SELLS, t)]
    print(f"must-not: {len(quiet_alarms)}/{len(QUIET)} false alarms {quiet_alarms}")
    print(f"must-fire: {len(FIRES) - len(misses)}/{len(FIRES)} caught, missed {misses}")


# A finding drawn from counted sources (reviews, listings, inspections) after a fronted phrase is a
# third party's word, not the sender's claim; the same with the sender's product or customers in it
# is not.
DRAWN_FROM_SOURCES = [
    ("en", ("For the bike-hire shops in {{ region }}, a pattern drawn from 320 online reviews: complaints mention "
            "tyres twice as often as saddles.")),
    ("de", ("Für die Ferienhöfe im {{ region }} ein Befund aus 280 Gästebewertungen: Beschwerden nennen das WLAN "
            "doppelt so oft wie die Sauberkeit.")),
    ("fr", ("Pour la saison d'hiver à {{ region }}, une tendance tirée de 350 annonces : les offres d'emploi qui "
            "affichent le salaire reçoivent deux fois plus de réponses.")),
    ("es", ("Para las bodegas de {{ region }}, un dato sacado de 500 reseñas: las visitas guiadas de mañana se "
            "valoran mejor que las de tarde.")),
    ("nl", ("Voor de campings in {{ region }} een patroon uit 410 recensies: klachten gaan vaker over het sanitair "
            "dan over de receptie.")),
]
DRAWN_FROM_OWN = [
    ("en", ("For the bike-hire shops in {{ region }}, a pattern drawn from our 320 customers: our app doubles "
            "repeat bookings.")),
    ("de", ("Für die Ferienhöfe im {{ region }} ein Befund aus 280 Kunden: mit unserer Software steigen die "
            "Buchungen um 30 %.")),
    ("fr", ("Pour la saison d'hiver à {{ region }}, une tendance tirée de nos 350 clients : notre logiciel "
            "double les réponses.")),
    ("es", ("Para las bodegas de {{ region }}, un dato sacado de nuestros 500 clientes: nuestra plataforma "
            "duplica las reservas.")),
    ("nl", ("Voor de campings in {{ region }} een patroon uit onze 410 klanten: ons systeem verdubbelt de "
            "boekingen.")),
]


@pytest.mark.parametrize("lang, text", DRAWN_FROM_SOURCES)
def test_a_finding_drawn_from_counted_sources_has_a_third_party_agent(lang: str, text: str) -> None:
    from followup_lint.content.agency import agency_of
    from followup_lint.content.tokens import tokenize

    text = text.replace("{{ region }}", "Example")
    assert agency_of(text, lang, tokenize(text, lang)).third_party, text


@pytest.mark.parametrize("lang, text", DRAWN_FROM_OWN)
def test_a_finding_from_the_senders_own_customers_is_no_third_party(lang: str, text: str) -> None:
    from followup_lint.content.agency import agency_of
    from followup_lint.content.tokens import tokenize

    text = text.replace("{{ region }}", "Example")
    agency = agency_of(text, lang, tokenize(text, lang))
    assert not agency.third_party and agency.sender_agent, text
