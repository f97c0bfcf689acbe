"""Tone (issue 10, round 13b): two kinds of first touch that give before they ask, and their sells.

1. An optional offer to SEND or SHARE something informational - the full list or the data behind
   a finding, the method, a schedule or checklist the sender uses, a contact, a sample, the slides
   - left to the reader ("if you'd like", "happy to send", "if useful", "vrijblijvend", "wenn Sie
   mögen", "si cela peut vous être utile", "si le sirve"). It hands over information and asks
   nothing commercial: no sell. Its twins offer, in the same shape, something that sells: a demo, a
   trial, a quote, a call, a proposal, an audit, pricing, a discount, "our platform", or the
   sender's brochure or case studies.
2. A research or benchmark finding about the reader's company or market given FIRST, even though
   "we" did the research ("We compared the ... of 60 firms in your region: yours ..., against an
   average of ..."), is value: a later ask comes after something given. Its twins are "we"
   findings that credit the sender's product or the sender's customers' results ("our clients
   cut ... by 30%"), followed by the same ask.

No row opens with the sender's self-introduction, and no value opens with a prepositional phrase:
those shapes belong to another table. Written before the code; every must-not row has a must-fire
twin of the same shape."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

PITCH = ("FL201",)
#: as in benchmarks/bench_tone_emails.py: the opener and tone family, name-only personalization, the subject
WATCHED = tuple(f"FL2{n:02d}" for n in range(1, 15)) + ("FL304", "FL501", "FL502", "FL503")


def mail(lang: str, body: str, signoff: str, *, sequence: str = "first-touch") -> str:
    greeting = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
                "es": "Hola, {{ first_name }}:", "nl": "Hoi {{ first_name }},"}[lang]
    return f"---\nsequence: {sequence}\nlocale: {lang}\n---\n{greeting}\n\n{body}\n\n{signoff}\n"


# 1. optional offers to send or share something informational -----------------------------------
SEND_QUIET = [
    ("en-send-full-list", mail(
        "en",
        "I noticed {{ company }} lists same-day repairs on its site, which only a handful of the "
        "appliance shops around {{ city }} still offer.\n\nIf you'd like, I'm happy to send the full "
        "list of the shops I looked at.",
        "Best,\nAoife Ní Bhriain")),
    ("en-send-schedule", mail(
        "en",
        "Your post on moving {{ company }}'s stock counts from monthly to weekly got me thinking.\n\n"
        "I keep a one-page count schedule for exactly that switch; I can mail you a copy if it's useful.",
        "Cheers,\nHiroshi Tanaka")),
    ("en-share-slides", mail(
        "en",
        "A few people from {{ company }} were at the cold-chain session in Rotterdam last week.\n\n"
        "Happy to share the slides from my part of it, if that would help anyone on your team.",
        "Kind regards,\nPriya Raghunathan")),
    ("en-send-contact", mail(
        "en",
        "I saw that {{ company }} is looking for someone to redo the flat roof of the Ghent warehouse.\n\n"
        "If it helps, I can send you the contact of the surveyor who checked ours last spring.",
        "Best,\nDaan de Wit")),
    ("de-send-list", mail(
        "de",
        "Mir ist aufgefallen, dass {{ company }} die Kühlkette bis zur Haustür dokumentiert; das machen "
        "in {{ region }} nur wenige Lieferdienste.\n\nGern schicke ich Ihnen die vollständige Liste der "
        "Dienste, die ich mir angesehen habe, wenn Sie mögen.",
        "Viele Grüße\nLena Müller-Lüdenscheidt")),
    ("de-send-method", mail(
        "de",
        "Ihr Vortrag über die Wartung der Kühlräume bei {{ company }} hat mich an unsere eigene "
        "Umstellung erinnert.\n\nFalls es Ihnen nützt, kann ich Ihnen unseren Wartungsplan als PDF schicken.",
        "Beste Grüße\nMehmet Yılmaz")),
    ("fr-send-method", mail(
        "fr",
        "J'ai lu que {{ company }} allait regrouper ses trois entrepôts de {{ region }} l'an prochain.\n\n"
        "Si cela peut vous être utile, je peux vous envoyer la méthode que nous avons suivie pour "
        "chiffrer un regroupement du même genre.",
        "Bien cordialement,\nÉlodie Marchand-Duval")),
    ("fr-send-sample", mail(
        "fr",
        "Les fiches produits de {{ company }} sur les fromages d'alpage sont parmi les plus complètes "
        "que j'aie lues.\n\n"
        "Je peux vous transmettre un exemple de la grille que nous utilisons pour les nôtres, si vous "
        "le souhaitez.",
        "Bien à vous,\nMathilde Le Goff")),
    ("es-send-checklist", mail(
        "es",
        "He visto que {{ company }} abre una segunda cocina central en {{ city }} este otoño.\n\n"
        "Si le sirve, le envío la lista de comprobación que usamos nosotros al abrir la nuestra.",
        "Un saludo,\nJosé Luis García-Ortega")),
    ("es-share-data", mail(
        "es",
        "Su artículo sobre los tiempos de espera en las urgencias veterinarias de {{ city }} me pareció "
        "muy claro.\n\nSi quiere, le paso los datos que recogimos en nuestras dos clínicas durante 2025.",
        "Saludos,\nXimena Quispe")),
    ("nl-send-checklist", mail(
        "nl",
        "Ik las dat {{ company }} dit jaar voor het eerst zelf de jaarafsluiting doet.\n\n"
        "Ik stuur je vrijblijvend de checklist die wij daarvoor gebruiken.",
        "Groet,\nFemke van den Broek")),
    ("nl-share-slides", mail(
        "nl",
        "Een paar collega's van {{ company }} waren vorige week bij de sessie over laadpalen in Utrecht.\n\n"
        "Als je wilt, deel ik de slides van mijn presentatie.",
        "Groeten,\nSuzuki Yui")),
]

SEND_FIRES = [
    ("en-send-pricing", PITCH, mail(
        "en",
        "I noticed {{ company }} lists same-day repairs on its site, which only a handful of the "
        "appliance shops around {{ city }} still offer.\n\nIf you'd like, I'm happy to send over our "
        "pricing for the booking software that makes it possible.",
        "Best,\nAoife Ní Bhriain")),
    ("en-send-trial", PITCH, mail(
        "en",
        "Your post on moving {{ company }}'s stock counts from monthly to weekly got me thinking.\n\n"
        "I can set up a free trial of our counting app for your stores if it's useful.",
        "Cheers,\nHiroshi Tanaka")),
    ("en-share-case-studies", PITCH, mail(
        "en",
        "A few people from {{ company }} were at the cold-chain session in Rotterdam last week.\n\n"
        "Happy to share our case studies on how our sensors cut spoilage, if that would help anyone "
        "on your team.",
        "Kind regards,\nPriya Raghunathan")),
    ("en-send-quote", PITCH, mail(
        "en",
        "I saw that {{ company }} is looking for someone to redo the flat roof of the Ghent warehouse.\n\n"
        "If it helps, I can send you a quote from our roofing crew this week.",
        "Best,\nDaan de Wit")),
    ("de-send-brochure", PITCH, mail(
        "de",
        "Mir ist aufgefallen, dass {{ company }} die Kühlkette bis zur Haustür dokumentiert; das machen "
        "in {{ region }} nur wenige Lieferdienste.\n\nGern schicke ich Ihnen unsere Broschüre zu unserer "
        "Tracking-Lösung, wenn Sie mögen.",
        "Viele Grüße\nLena Müller-Lüdenscheidt")),
    ("de-send-offer", PITCH, mail(
        "de",
        "Ihr Vortrag über die Wartung der Kühlräume bei {{ company }} hat mich an unsere eigene "
        "Umstellung erinnert.\n\nFalls es Ihnen nützt, kann ich Ihnen ein Angebot für unseren "
        "Wartungsvertrag schicken.",
        "Beste Grüße\nMehmet Yılmaz")),
    ("fr-send-proposal", PITCH, mail(
        "fr",
        "J'ai lu que {{ company }} allait regrouper ses trois entrepôts de {{ region }} l'an prochain.\n\n"
        "Si cela peut vous être utile, je peux vous envoyer une proposition commerciale pour "
        "l'accompagnement du projet par notre cabinet.",
        "Bien cordialement,\nÉlodie Marchand-Duval")),
    ("fr-send-audit", PITCH, mail(
        "fr",
        "Les fiches produits de {{ company }} sur les fromages d'alpage sont parmi les plus complètes "
        "que j'aie lues.\n\n"
        "Je peux vous proposer un audit gratuit de votre référencement par notre équipe, si vous le "
        "souhaitez.",
        "Bien à vous,\nMathilde Le Goff")),
    ("es-send-discount", PITCH, mail(
        "es",
        "He visto que {{ company }} abre una segunda cocina central en {{ city }} este otoño.\n\n"
        "Si le sirve, le envío un descuento del 20 % en nuestra plataforma de gestión de cocinas.",
        "Un saludo,\nJosé Luis García-Ortega")),
    ("es-share-demo", PITCH, mail(
        "es",
        "Su artículo sobre los tiempos de espera en las urgencias veterinarias de {{ city }} me pareció "
        "muy claro.\n\nSi quiere, le hago una demo de nuestro software de citas.",
        "Saludos,\nXimena Quispe")),
    ("nl-send-quote", PITCH, mail(
        "nl",
        "Ik las dat {{ company }} dit jaar voor het eerst zelf de jaarafsluiting doet.\n\n"
        "Ik stuur je vrijblijvend een offerte voor ons boekhoudpakket.",
        "Groet,\nFemke van den Broek")),
    ("nl-share-call", PITCH, mail(
        "nl",
        "Een paar collega's van {{ company }} waren vorige week bij de sessie over laadpalen in Utrecht.\n\n"
        "Als je wilt, plannen we een belletje om ons platform voor laadpaalbeheer te laten zien.",
        "Groeten,\nSuzuki Yui")),
]


# 2. a finding about the reader's company or market given first, "we" did the research -----------
FINDING_QUIET = [
    ("en-finding-delivery", mail(
        "en",
        "We compared the delivery promises published by 60 garden-furniture shops in {{ region }}: "
        "{{ company }} promises 10 working days, against an average of 4.\n\nWould a short call to go "
        "through the rest of the comparison be useful?",
        "Best,\nRafael Souza")),
    ("en-finding-checkout", mail(
        "en",
        "We timed the checkout of {{ company }} and 35 other outdoor retailers last month. Yours took "
        "seven steps; the median was four, and only two shops asked for an account before payment.\n\n"
        "Would you be open to a short call about it?",
        "Thanks,\nKwame Mensah")),
    ("en-finding-reviews", mail(
        "en",
        "I went through the last 300 public reviews of dental clinics in {{ city }}, including "
        "{{ company }}'s. Waiting time comes up in a third of the complaints, and parking in almost "
        "none.\n\nOpen to a quick chat about what else stood out?",
        "Best,\nSiobhan O'Connell")),
    ("de-finding-delivery", mail(
        "de",
        "Wir haben die Lieferzeiten von 45 Möbelhändlern in {{ region }} verglichen: {{ company }} "
        "verspricht 10 Werktage, der Durchschnitt liegt bei 6.\n\nHätten Sie nächste Woche 20 Minuten "
        "für ein kurzes Gespräch darüber?",
        "Viele Grüße\nFriedrich von Weizsäcker")),
    ("de-finding-hours", mail(
        "de",
        "Wir haben die Öffnungszeiten aller 80 Apotheken in {{ city }} ausgewertet: Ihre Filiale am "
        "Markt schließt als einzige im Viertel schon um 17 Uhr.\n\nSollen wir kurz telefonieren?",
        "Beste Grüße\nAnja Köhler")),
    ("fr-finding-response", mail(
        "fr",
        "Nous avons comparé les délais de réponse de 70 agences immobilières de {{ city }} : "
        "{{ company }} répond en 26 heures, contre 9 heures en moyenne.\n\nAuriez-vous 15 minutes "
        "cette semaine pour en parler ?",
        "Cordialement,\nLouis-Philippe Gagnon")),
    ("es-finding-reviews", mail(
        "es",
        "Hemos revisado las fichas de Google de 80 clínicas dentales de {{ city }}: la de {{ company }} "
        "tiene 4,1 estrellas y 60 reseñas, frente a una media de 4,6 y 210.\n\n¿Le parece que lo "
        "comentemos en una llamada corta?",
        "Un saludo,\nMaría José Fernández de Córdoba")),
    ("nl-finding-delivery", mail(
        "nl",
        "We hebben de bezorgbeloftes van 50 webwinkels in de Benelux naast elkaar gelegd: "
        "{{ company }} belooft 3 werkdagen, het gemiddelde is 1,5.\n\nZullen we er een kwartiertje "
        "over bellen?",
        "Groet,\nThijs van 't Hek")),
]

FINDING_FIRES = [
    ("en-finding-our-tool", PITCH, mail(
        "en",
        "We compared the delivery promises published by 60 garden-furniture shops in {{ region }}: "
        "the ones using our routing software promise 4 working days, against 10 for the rest.\n\n"
        "Would a short call to go through the rest of the comparison be useful?",
        "Best,\nRafael Souza")),
    ("en-finding-our-clients", PITCH, mail(
        "en",
        "We timed the checkout of 35 outdoor retailers last month. Our clients cut theirs from seven "
        "steps to four and lifted conversion by 30% within a quarter.\n\nWould you be open to a short "
        "call about it?",
        "Thanks,\nKwame Mensah")),
    ("en-finding-our-platform", PITCH, mail(
        "en",
        "I went through the last 300 public reviews of dental clinics in {{ city }}. Clinics on our "
        "booking platform get half as many complaints about waiting time.\n\nOpen to a quick chat "
        "about what else stood out?",
        "Best,\nSiobhan O'Connell")),
    ("de-finding-our-software", PITCH, mail(
        "de",
        "Wir haben die Lieferzeiten von 45 Möbelhändlern in {{ region }} verglichen: Händler mit "
        "unserer Software liefern doppelt so schnell wie der Rest.\n\nHätten Sie nächste Woche "
        "20 Minuten für ein kurzes Gespräch darüber?",
        "Viele Grüße\nFriedrich von Weizsäcker")),
    ("de-finding-our-customers", PITCH, mail(
        "de",
        "Wir haben die Öffnungszeiten aller 80 Apotheken in {{ city }} ausgewertet: Unsere Kunden "
        "haben mit unserem Dienstplan-Tool die Abendöffnung um zwei Stunden verlängert.\n\nSollen wir "
        "kurz telefonieren?",
        "Beste Grüße\nAnja Köhler")),
    ("fr-finding-our-clients", PITCH, mail(
        "fr",
        "Nous avons comparé les délais de réponse de 70 agences immobilières de {{ city }} : nos "
        "clients répondent en 2 heures grâce à notre logiciel, contre 9 heures en moyenne.\n\n"
        "Auriez-vous 15 minutes cette semaine pour en parler ?",
        "Cordialement,\nLouis-Philippe Gagnon")),
    ("es-finding-our-clients", PITCH, mail(
        "es",
        "Hemos revisado las fichas de Google de 80 clínicas dentales de {{ city }}: nuestros clientes "
        "han pasado de 60 a 210 reseñas en seis meses con nuestra herramienta.\n\n¿Le parece que lo "
        "comentemos en una llamada corta?",
        "Un saludo,\nMaría José Fernández de Córdoba")),
    ("nl-finding-our-clients", PITCH, mail(
        "nl",
        "We hebben de bezorgbeloftes van 50 webwinkels in de Benelux naast elkaar gelegd: onze klanten "
        "bezorgen dankzij ons platform 30% sneller dan het gemiddelde.\n\nZullen we er een kwartiertje "
        "over bellen?",
        "Groet,\nThijs van 't Hek")),
]

# added after the first fix: offers asked as a question, a finding introduced by "and found",
# and the neighbours that must still fire - research whose result is withheld for a call, an
# offer of information followed by a demo ask, a delivered quote is no offer but a pushed one is
MORE_QUIET = [
    ("de-send-question", mail(
        "de",
        "Ich habe gesehen, dass {{ company }} ab Januar die Ausgabe in {{ city }} auf zwei Schichten "
        "umstellt.\n\nSoll ich Ihnen die Schichtvorlage schicken, mit der wir das vor zwei Jahren "
        "gemacht haben?",
        "Viele Grüße\nJana Nowak")),
    ("es-send-question", mail(
        "es",
        "He leído que {{ company }} va a digitalizar las fichas de sus pacientes este año.\n\n"
        "¿Quiere que le envíe la plantilla de consentimiento que usamos nosotros? Se la mando encantado.",
        "Un saludo,\nAlejandro Ruiz de Alarcón")),
    ("nl-finding-found", mail(
        "nl",
        "We hebben de openingstijden van alle 40 fietsenmakers in {{ city }} bekeken en gezien dat "
        "{{ company }} als enige op zondag open is.\n\nZou een kort gesprek over de rest van de "
        "cijfers nuttig zijn?",
        "Groet,\nBram de Jong")),
    ("fr-finding-found", mail(
        "fr",
        "J'ai relevé les délais de livraison affichés par 50 caves en ligne et constaté que {{ company }} "
        "annonce 6 jours, contre 3 en moyenne.\n\nUn court échange sur le reste du comparatif vous "
        "serait-il utile ?",
        "Bien à vous,\nNguyễn Thị Lan")),
    ("en-finding-then-offer", mail(
        "en",
        "We read the menus of all 45 cafés in {{ city }} that list allergens online: {{ company }} is one "
        "of only six that mark sesame.\n\nHappy to send the full table if you'd like it.",
        "Best,\nOluwaseun Adebayo")),
    ("es-finding-then-call", mail(
        "es",
        "Comparamos los horarios de recogida de 30 lavanderías industriales de {{ region }}: la de "
        "{{ company }} cierra a las 14:00, cuando la mayoría recoge hasta las 18:00.\n\n¿Le vendría bien "
        "una llamada corta para ver el resto?",
        "Saludos,\nCarmen Villalobos")),
]

MORE_FIRES = [
    ("de-send-question-demo", PITCH, mail(
        "de",
        "Ich habe gesehen, dass {{ company }} ab Januar die Ausgabe in {{ city }} auf zwei Schichten "
        "umstellt.\n\nSoll ich Ihnen unsere Preisliste für die Schichtplanungs-Software schicken?",
        "Viele Grüße\nJana Nowak")),
    ("es-send-then-demo", PITCH, mail(
        "es",
        "He leído que {{ company }} va a digitalizar las fichas de sus pacientes este año.\n\n"
        "Si le sirve, le envío la plantilla que usamos. ¿Le hago también una demo de nuestra "
        "aplicación el jueves?",
        "Un saludo,\nAlejandro Ruiz de Alarcón")),
    ("nl-finding-withheld", PITCH, mail(
        "nl",
        "We hebben de openingstijden van alle 40 fietsenmakers in {{ city }} bekeken, en de uitkomst "
        "zal je verrassen.\n\nZullen we donderdag om 10 uur bellen, dan loop ik ze met je door?",
        "Groet,\nBram de Jong")),
    ("fr-finding-bait", PITCH, mail(
        "fr",
        "J'ai relevé les délais de livraison affichés par 50 caves en ligne.\n\nVous voulez savoir où "
        "se situe {{ company }} ? Réservez une démo de 30 minutes ici : {{ demo_url }}",
        "Bien à vous,\nNguyễn Thị Lan")),
    ("en-offer-then-demo", PITCH, mail(
        "en",
        "I saw that {{ company }} now lists allergens on its online menu.\n\nHappy to send the table "
        "we keep of how other cafés mark sesame. Are you free for a 20-minute demo of our menu "
        "software on Tuesday?",
        "Best,\nOluwaseun Adebayo")),
    ("es-finding-our-service", PITCH, mail(
        "es",
        "Comparamos los horarios de recogida de 30 lavanderías industriales de {{ region }}: las que "
        "trabajan con nosotros recogen hasta las 20:00 gracias a nuestro servicio nocturno.\n\n"
        "¿Le vendría bien una llamada corta para ver el resto?",
        "Saludos,\nCarmen Villalobos")),
]

# round 2, written before its code: an offer asked without a send verb ("Would you like a copy
# of ...?", "Dites-moi si vous souhaitez recevoir ..."), research by asking people, and a finding
# given in the paragraph after the research
ROUND2_QUIET = [
    ("en-offer-would-you-like", mail(
        "en",
        "{{ company }} was the only bakery chain in {{ city }} that answered our questionnaire on flour "
        "prices with actual numbers.\n\nWould you like a copy of the anonymised results?",
        "Best,\nTomás Ó Súilleabháin")),
    ("fr-offer-recevoir", mail(
        "fr",
        "J'ai vu que {{ company }} passe ses menus de cantine au bio à la rentrée.\n\nDites-moi si vous "
        "souhaitez recevoir la liste des fournisseurs bio que nous avons recensés en {{ region }}.",
        "Cordialement,\nAnne-Sophie Leroy")),
    ("en-finding-next-paragraph", mail(
        "en",
        "We asked 120 parents at schools in {{ city }} how they hear about after-school clubs.\n\n"
        "Two thirds said the school newsletter, and only one in ten mentioned the clubs' own websites, "
        "{{ company }}'s included.\n\nWould a short call about the rest of the answers be useful?",
        "Best,\nMei Ling Chua")),
    ("de-finding-next-paragraph", mail(
        "de",
        "Wir haben 90 Hausverwaltungen in {{ region }} gefragt, wie lange eine Reparaturmeldung bis "
        "zum Handwerker braucht.\n\nIm Schnitt sind es 6 Tage; bei {{ company }} laut Ihrer Website "
        "bis zu 10.\n\nSollen wir kurz telefonieren?",
        "Beste Grüße\nOle Petersen")),
]

ROUND2_FIRES = [
    ("en-offer-would-you-like-demo", PITCH, mail(
        "en",
        "{{ company }} was the only bakery chain in {{ city }} that answered our questionnaire on flour "
        "prices with actual numbers.\n\nWould you like a demo of our purchasing software?",
        "Best,\nTomás Ó Súilleabháin")),
    ("fr-offer-recevoir-brochure", PITCH, mail(
        "fr",
        "J'ai vu que {{ company }} passe ses menus de cantine au bio à la rentrée.\n\nDites-moi si vous "
        "souhaitez recevoir notre brochure et nos tarifs pour la restauration scolaire.",
        "Cordialement,\nAnne-Sophie Leroy")),
    ("en-finding-next-paragraph-clients", PITCH, mail(
        "en",
        "We asked 120 parents at schools in {{ city }} how they hear about after-school clubs.\n\n"
        "Clubs that use our booking app fill 40% more places than the rest.\n\nWould a short call "
        "about the rest of the answers be useful?",
        "Best,\nMei Ling Chua")),
    ("de-finding-next-paragraph-customers", PITCH, mail(
        "de",
        "Wir haben 90 Hausverwaltungen in {{ region }} gefragt, wie lange eine Reparaturmeldung bis "
        "zum Handwerker braucht.\n\nUnsere Kunden schaffen es dank unserer App in 2 Tagen.\n\n"
        "Sollen wir kurz telefonieren?",
        "Beste Grüße\nOle Petersen")),
]

# round 3, probes written after round 2 landed (3 of these 12 failed then: "Le puedo pasar el
# contacto ...", research by mystery shopping with staff as the finding's subject, "a few customer
# stories"): a contact, a rota template or a run-book offered; findings after a semicolon, after a
# mystery shop, in French with a percentage; their sells - customer stories, terms, information
# about our services, a proposal, findings credited to the retailers that switched to us or the
# clinics we work with
ROUND3_QUIET = [
    ("en-forward-contact", mail(
        "en",
        "I read that {{ company }} is replacing the boilers in its three depots this winter.\n\nI can "
        "forward you the name of the engineer who did ours, if that's useful.",
        "Best,\nGráinne Mac Suibhne")),
    ("nl-send-runbook", mail(
        "nl",
        "Ik zag dat {{ company }} in maart een nieuwe vestiging in {{ city }} opent.\n\nGraag stuur ik je "
        "ons draaiboek voor de opening, als je dat handig vindt.",
        "Groet,\nJoost ter Horst")),
    ("es-pass-contact", mail(
        "es",
        "He visto que {{ company }} cambia de gestoría este año.\n\nLe puedo pasar el contacto de nuestro "
        "gestor si le viene bien.",
        "Un saludo,\nPilar Sánchez-Vicario")),
    ("en-finding-semicolon", mail(
        "en",
        "We looked at 200 job ads from logistics firms in {{ region }}; {{ company }}'s are the only ones "
        "without a salary range.\n\nWould a short call about the rest be useful?",
        "Best,\nDeepak Venkataraman")),
    ("en-finding-mystery-shop", mail(
        "en",
        "I mystery-shopped 15 garden centres in {{ city }} last month. Yours was the only one where staff "
        "offered to carry bags to the car.\n\nOpen to a quick chat about the rest?",
        "Best,\nSakura Ito")),
    ("fr-finding-percentages", mail(
        "fr",
        "Nous avons passé en revue les avis de 120 hôtels de {{ city }} : le petit-déjeuner revient dans "
        "40 % des commentaires négatifs, contre 5 % pour le ménage.\n\nUn court échange vous "
        "intéresserait-il ?",
        "Cordialement,\nJean-Baptiste N'Diaye")),
]

ROUND3_FIRES = [
    ("en-share-customer-stories", PITCH, mail(
        "en",
        "I read that {{ company }} is replacing the boilers in its three depots this winter.\n\nIf useful, "
        "I can share a few customer stories about how other depots made the switch.",
        "Best,\nGráinne Mac Suibhne")),
    ("de-send-terms", PITCH, mail(
        "de",
        "Ich habe gesehen, dass {{ company }} in {{ city }} eine zweite Filiale eröffnet.\n\nGern schicke "
        "ich Ihnen unverbindlich unsere Konditionen.",
        "Viele Grüße\nKlaus-Dieter Brückner")),
    ("es-send-services-info", PITCH, mail(
        "es",
        "He visto que {{ company }} cambia de gestoría este año.\n\nSi le interesa, le envío información "
        "sobre nuestros servicios.",
        "Un saludo,\nPilar Sánchez-Vicario")),
    ("en-finding-switched-to-us", PITCH, mail(
        "en",
        "We compared 60 shops in {{ region }}: retailers that switched to us ship in half the time.\n\n"
        "Would a short call be useful?",
        "Best,\nDeepak Venkataraman")),
    ("en-finding-we-work-with", PITCH, mail(
        "en",
        "We analysed 40 clinics in {{ city }}: the ones we work with fill 25% more slots.\n\nWould a "
        "short call be useful?",
        "Best,\nSakura Ito")),
    ("en-send-proposal", PITCH, mail(
        "en",
        "Happy to send over a proposal for {{ company }} if you'd like.",
        "Cordialement,\nJean-Baptiste N'Diaye")),
]

QUIET = SEND_QUIET + FINDING_QUIET + MORE_QUIET + ROUND2_QUIET + ROUND3_QUIET
FIRES = SEND_FIRES + FINDING_FIRES + MORE_FIRES + ROUND2_FIRES + ROUND3_FIRES


@pytest.mark.parametrize("case_id, codes, template", FIRES, ids=[c[0] for c in FIRES])
def test_the_selling_twin_is_reported(case_id: str, codes: tuple[str, ...], template: str) -> None:
    found = [d.code for d in run_rules(codes, template)]
    assert found, f"{case_id}: none of {codes} fired"


@pytest.mark.parametrize("case_id, template", QUIET, ids=[c[0] for c in QUIET])
def test_the_giving_first_touch_is_quiet(case_id: str, template: str) -> None:
    found = [f"{d.code}: {d.message}" for d in run_rules(WATCHED, template)]
    assert not found, f"{case_id}: {found}"


def test_tables_are_balanced() -> None:
    assert len(SEND_FIRES) == len(SEND_QUIET)
    assert len(FINDING_FIRES) == len(FINDING_QUIET)
    assert len(MORE_FIRES) == len(MORE_QUIET)
    assert len(ROUND2_FIRES) == len(ROUND2_QUIET)
    assert len(ROUND3_FIRES) == len(ROUND3_QUIET)
