"""Tone (issue 10, fix round of 2026-12-02): soft first touches that FL201, FL202 and FL503 must
leave alone, each with a selling twin of the same shape.

1. A one-line self-introduction - a person's name and employer, with at most a plain clause on
   what the employer does ("I'm ... from ...; we help ... keep track of ...", "ich bin ... von
   ...", "Je m'appelle ..., je viens d'ouvrir ...", "soy ... de ...", "ik ben ... van ...") - then
   something useful handed over, or a small optional offer with an explicit out. The twin asks for
   a demo, a call or a meeting, or claims results.
2. A small optional offer to send or show something: information whose topic happens to be a
   sales word ("the charts comparing 7- and 30-day trials"), or a two-minute video of a small
   tool the sender is building, with an easy no. An optional offer of the sender's rates after a
   person's one-line introduction, with an explicit out, is a small ask too. The twin offers the
   product, a demo or a call, or offers the price list with no out after company claims.
3. Free sessions, recordings and workshops handed over as a resource ("the recording of our free
   workshop on ...") and a subject "Free session: <topic>" (FL503 must not fire), against a free
   strategy session to book and real spam subjects ("Get it free today!", "Jetzt kostenlos
   testen!").
4. A bump that says the reader does NOT need to upgrade (the feature is in their plan), and
   material the reader asked for in a real conversation, against an upgrade push.

Written before the code; realistic names, en/de/fr/es/nl."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

QUIET_WATCHED = ("FL201", "FL202", "FL503")
SELLS = ("FL201", "FL202", "FL208", "FL213", "FL503")

_GREETING = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
             "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}


def mail(lang: str, body: str, signoff: str, *, sequence: str = "first-touch", subject: str = "Kurz") -> str:
    return (
        f"---\nkind: prospecting\nsequence: {sequence}\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
        f"{_GREETING[lang]}\n\n{body}\n\n{signoff}\n"
    )


QUIET = [
    # 1. one-line self-introduction, then something useful or a small optional ask with an out
    ("en-intro-we-help-then-template", mail(
        "en",
        "I'm Kwame Mensah-Boateng from Tallyroll; we help small food banks keep track of volunteer shifts.\n\n"
        "In case it's handy, here's the rota template three food banks in {{ region }} share: {{ template_url }}. "
        "No need to reply.",
        "Best,\nKwame", subject="Rota template for {{ company }}")),
    ("de-intro-wir-bauen-then-checklist", mail(
        "de",
        "ich bin Jonas Weidenfeller von Kaltwerk; wir bauen Temperaturfühler für Kühlräume in Bäckereien.\n\n"
        "Falls es nützlich ist: Hier ist die Reinigungs-Checkliste für Kühlräume, die viele Bäckereien "
        "nutzen: {{ checkliste_url }}. Wenn nicht, einfach ignorieren.",
        "Viele Grüße\nJonas Weidenfeller", subject="Checkliste Kühlraum")),
    ("fr-intro-artisan-then-rates-with-out", mail(
        "fr",
        "Je m'appelle Anaïs Le Goff-Perrin, je viens d'ouvrir un atelier de reliure à {{ ville }}.\n\n"
        "Si un jour cela peut servir à votre médiathèque, je peux vous envoyer mes tarifs de restauration. "
        "Sinon, belle journée à vous.",
        "Bien à vous,\nAnaïs Le Goff-Perrin", subject="Atelier de reliure à {{ ville }}")),
    ("es-intro-ayudamos-then-guide", mail(
        "es",
        "Soy Lucía Fernández de Huerta Viva; ayudamos a los colegios a cuidar sus huertos escolares.\n\n"
        "Por si le sirve, aquí tiene la guía de siembra de otoño que usan los colegios de {{ ciudad }}: "
        "{{ guia_url }}. Si no, no se preocupe.",
        "Un saludo,\nLucía Fernández", subject="Guía de siembra")),
    ("nl-intro-wij-onderhouden-then-list", mail(
        "nl",
        "Ik ben Sanne de Vries van Fietsdepot; wij onderhouden bedrijfsfietsen voor kleine kantoren.\n\n"
        "Hier is de onderhoudschecklist die wij zelf gebruiken, misschien heeft u er iets aan: "
        "{{ checklist_url }}. Zo niet, geen probleem.",
        "Groet,\nSanne de Vries", subject="Checklist bedrijfsfietsen")),
    # added with the second piece: the introduction in two sentences, or with ", where we help"
    ("en-intro-two-sentences-then-template", mail(
        "en",
        "I'm Hyun-woo Lee from Platewise. We help school kitchens keep track of allergen records.\n\n"
        "Here's the allergen matrix template several schools in {{ region }} use: {{ template_url }}",
        "Best,\nHyun-woo", subject="Allergen matrix template")),
    ("en-intro-where-we-help-then-checklist", mail(
        "en",
        "My name is Oluwaseun Adebayo and I work at Ledgerleaf, where we help community pharmacies keep track "
        "of controlled-drug registers.\n\nHere's the weekly register check we give every new pharmacy: "
        "{{ checklist_url }}",
        "Best,\nOluwaseun", subject="Register check for {{ company }}")),
    ("de-intro-two-sentences-then-overview", mail(
        "de",
        "Ich bin Lena Hoffmann von Prüfwerk. Wir helfen Hausverwaltungen, ihre Prüftermine im Blick zu "
        "behalten.\n\nHier ist die Terminübersicht, die viele Verwaltungen nutzen: {{ uebersicht_url }}",
        "Viele Grüße\nLena Hoffmann", subject="Prüftermine im Blick")),
    ("es-intro-donde-ayudamos-then-template", mail(
        "es",
        "Me llamo Álvaro Gil y trabajo en Agendia, donde ayudamos a las clínicas dentales a organizar sus "
        "recordatorios.\n\nAquí tiene la plantilla de recordatorios que usan varias clínicas de {{ ciudad }}: "
        "{{ plantilla_url }}",
        "Un saludo,\nÁlvaro Gil", subject="Plantilla de recordatorios")),
    ("es-intro-taller-then-rates-with-out", mail(
        "es",
        "Soy Marta Ríos Castaño, acabo de abrir un taller de tapicería en {{ ciudad }}.\n\n"
        "Si le resulta útil para sus apartamentos, le puedo enviar mis tarifas. Si no, no se preocupe.",
        "Un saludo,\nMarta Ríos", subject="Taller de tapicería en {{ ciudad }}")),
    # added with the third piece: a lead-in label before the introduction; the value in the same sentence
    ("nl-intro-label-then-template", mail(
        "nl",
        "Even voorstellen: ik ben Bram de Groot van Roosterkracht.\n\nHier is het vakantierooster-sjabloon dat "
        "veel kinderopvanglocaties gebruiken: {{ sjabloon_url }}. Misschien heeft u er iets aan.",
        "Groet,\nBram de Groot", subject="Vakantierooster-sjabloon")),
    ("en-intro-and-checklist-same-sentence", mail(
        "en",
        "I'm Grace Wanjiru Mwangi from Tillsafe, and I put together a one-page cash-up checklist for small "
        "cafés: {{ checklist_url }}. Hope it's useful.",
        "Best,\nGrace", subject="Cash-up checklist for {{ cafe_name }}")),
    ("en-small-tool-free-to-use", mail(
        "en",
        "Your post on volunteer rotas at {{ charity }} was spot on.\n\n"
        "We built a small rota tool for exactly that; it's free to use. Want me to send the link?",
        "Best,\nKenji Sato", subject="Your post on volunteer rotas")),
    # added with the fourth piece: the company clause joined by "und" / "en" / "and"
    ("de-intro-und-wir-then-offer-with-out", mail(
        "de",
        "Ich bin Felix Braun-Yılmaz von Prüfpunkt und wir entwickeln Checklisten für Hausverwaltungen.\n\n"
        "Soll ich Ihnen unsere Checkliste für Wohnungsübergaben schicken? Wenn nicht, kein Problem.",
        "Viele Grüße\nFelix Braun-Yılmaz", subject="Checkliste Wohnungsübergabe")),
    ("nl-intro-en-wij-then-offer-with-out", mail(
        "nl",
        "Ik ben Noor Bakker van Keukenlog en wij helpen schoolkeukens met hun temperatuurlijsten.\n\n"
        "Zal ik u ons voorbeeldformulier sturen? Zo niet, geen probleem.",
        "Groet,\nNoor Bakker", subject="Temperatuurlijsten")),
    # 2. small optional offers: information whose topic is a sales word, a video of a small tool
    ("en-offer-charts-about-trials", mail(
        "en",
        "Your comment on {{ podcast_name }} that shorter trials convert better for gyms like {{ company }} "
        "stuck with me.\n\n"
        "If you're curious, I can send you the two graphs that compare 14- and 30-day trials. Otherwise, no worries.",
        "Cheers,\nTomás Ó Briain", subject="Your point on annual plans")),
    ("de-offer-table-about-testphase", mail(
        "de",
        "Ihr Vortrag bei {{ event_name }} über Kündigungen im ersten Monat hat mich an eine Auswertung von 80 "
        "Fitnessstudios erinnert.\n\nFalls es Sie interessiert, schicke ich Ihnen gern die Tabelle, die "
        "Testphasen von 14 und 30 Tagen vergleicht. Sonst kein Problem.",
        "Viele Grüße\nMiriam Özdemir", subject="Ihr Vortrag")),
    ("en-building-small-app-video", mail(
        "en",
        "Saw your thread about {{ kitchen_name }} logging allergen checks on paper - the part about the "
        "inspector asking for last month's sheets rang true.\n\nI'm building a little app for exactly that. "
        "Would a 90-second video of it be any use? If not, no worries at all.",
        "Ngozi", subject="Your thread on allergen logs")),
    ("fr-building-small-tool-video", mail(
        "fr",
        "J'ai lu votre billet sur les relevés de température de {{ restaurant }} encore tenus sur papier.\n\n"
        "Je développe un petit outil justement pour ça. Une vidéo de deux minutes vous serait-elle utile ? "
        "Sinon, aucun souci.",
        "Élise", subject="Votre billet sur les relevés")),
    ("en-handed-over-our-engineers-checklist", mail(
        "en",
        "Before the heating goes back on, here's the boiler start-up checklist our engineers follow on every "
        "school site: bleed the radiators, check the pressure reads 1 to 1.5 bar, and test the frost stat. "
        "One page: {{ checklist_url }}",
        "Best,\nSiobhán Ní Bhriain", subject="Boiler start-up checklist for {{ school }}")),
    ("en-offer-walkthrough-video-no-pressure", mail(
        "en",
        "Your post about {{ council }}'s gritting rota in the cold snap was spot on.\n\n"
        "If helpful, I can share the two-minute walkthrough video of how two other councils plan their routes "
        "- no pressure either way.",
        "Best,\nAmara Okafor", subject="Your post on gritting rotas")),
    # 3. free sessions and recordings handed over as a resource; topic subjects
    ("en-free-workshop-recording", mail(
        "en",
        "Last month we hosted a free workshop on planning fire-warden drills for schools like {{ school }}. "
        "The recording is here, no sign-up needed: {{ recording_url }}\n\nThe part on evacuation chairs starts at 14:00.",
        "Best wishes,\nPriya Raman", subject="Free session: how to plan fire-warden drills")),
    ("de-free-session-recording", mail(
        "de",
        "Letzte Woche hatten wir eine kostenlose Session zur Dokumentation von Brandschutzübungen in Kitas. "
        "Die Aufzeichnung finden Sie hier, ohne Anmeldung: {{ aufzeichnung_url }}",
        "Beste Grüße\nKatharina Weiß", subject="Kostenloser Workshop: Brandschutzübungen planen")),
    ("es-free-taller-recording", mail(
        "es",
        "La semana pasada organizamos un taller gratuito sobre cómo preparar simulacros de evacuación en "
        "residencias. Aquí tiene la grabación, sin registro: {{ grabacion_url }}",
        "Un saludo,\nJavier Domínguez", subject="Taller gratuito: simulacros de evacuación")),
    ("nl-free-checklist-subject", mail(
        "nl",
        "Hier is de checklist die wij gebruiken om ontruimingsoefeningen in kinderopvang voor te bereiden: "
        "{{ checklist_url }}",
        "Groet,\nDaan Bakker", subject="Gratis checklist: ontruimingsoefening plannen")),
    # 4. a bump saying no upgrade is needed; material the reader asked for in a real conversation
    ("en-bump-no-upgrade-needed", mail(
        "en",
        "Following up on your question from last week: you don't need to upgrade to get audit logs; they're "
        "included in your current plan. Here's how to switch them on: {{ help_url }}",
        "Thanks,\nHannah Kowalczyk", sequence="follow-up", subject="Re: {{ previous_subject }}")),
    ("de-bump-kein-upgrade", mail(
        "de",
        "kurze Rückmeldung zu Ihrer Frage: Sie müssen nicht upgraden, um den DATEV-Export zu nutzen; er ist "
        "in Ihrem aktuellen Paket enthalten. Die Anleitung finden Sie hier: {{ hilfe_url }}",
        "Viele Grüße\nLukas Brandt", sequence="follow-up", subject="Re: {{ previous_subject }}")),
    ("es-requested-catalogue", mail(
        "es",
        "Como comentamos ayer por teléfono, le envío el catálogo que me pidió: {{ catalogo_url }}. "
        "Las páginas 12 a 15 son las de mobiliario para exterior.",
        "Un saludo,\nCarmen Ruiz", sequence="follow-up", subject="Re: {{ previous_subject }}")),
    ("en-requested-catalogue", mail(
        "en",
        "As we discussed on Tuesday, here is the catalogue you asked for: {{ catalogue_url }}. The outdoor "
        "range is on pages 12 to 15.",
        "Best,\nOwen Griffiths", sequence="follow-up", subject="Re: {{ previous_subject }}")),
]

FIRES = [
    ("en-intro-we-help-then-demo", mail(
        "en",
        "I'm Kwame Mensah-Boateng from Tallyroll; we help food banks cut volunteer no-shows by 40%.\n\n"
        "Could we book 20 minutes on Thursday so I can walk you through a demo?",
        "Best,\nKwame", subject="{{ company }} and Tallyroll")),
    ("de-intro-wir-bauen-then-call", mail(
        "de",
        "ich bin Jonas Weidenfeller von Kaltwerk; wir bauen Temperaturfühler für Kühlräume in Bäckereien.\n\n"
        "Hätten Sie am Dienstag 15 Minuten für eine kurze Demo?",
        "Viele Grüße\nJonas Weidenfeller", subject="Kaltwerk für {{ company }}")),
    ("fr-intro-artisan-then-call", mail(
        "fr",
        "Je m'appelle Anaïs Le Goff-Perrin, je dirige l'atelier Reliure & Fils à {{ ville }}.\n\n"
        "Je vous appelle jeudi à 10 h pour vous présenter nos tarifs de restauration.",
        "Bien à vous,\nAnaïs Le Goff-Perrin", subject="Atelier de reliure à {{ ville }}")),
    ("es-intro-ayudamos-then-call", mail(
        "es",
        "Soy Lucía Fernández de Huerta Viva; ayudamos a los colegios a cuidar sus huertos escolares.\n\n"
        "¿Le viene bien una llamada de 20 minutos el martes para enseñarle nuestra plataforma?",
        "Un saludo,\nLucía Fernández", subject="Huerta Viva")),
    ("nl-intro-wij-onderhouden-then-meeting", mail(
        "nl",
        "Ik ben Sanne de Vries van Fietsdepot; wij onderhouden bedrijfsfietsen voor kleine kantoren.\n\n"
        "Zullen we volgende week een afspraak inplannen om onze tarieven door te nemen?",
        "Groet,\nSanne de Vries", subject="Fietsdepot")),
    ("en-intro-two-sentences-then-call", mail(
        "en",
        "I'm Hyun-woo Lee from Platewise. We help school kitchens cut allergen incidents by 60%.\n\n"
        "Do you have 15 minutes on Wednesday for a quick call?",
        "Best,\nHyun-woo", subject="Platewise for {{ company }}")),
    ("en-intro-where-we-help-then-demo", mail(
        "en",
        "My name is Oluwaseun Adebayo and I work at Ledgerleaf, where we help community pharmacies keep track "
        "of controlled-drug registers. Can I show you a 20-minute demo on Friday?",
        "Best,\nOluwaseun", subject="Ledgerleaf for {{ company }}")),
    ("de-intro-two-sentences-then-call", mail(
        "de",
        "Ich bin Lena Hoffmann von Prüfwerk. Wir helfen Hausverwaltungen, 30 % ihrer Prüfkosten zu sparen.\n\n"
        "Hätten Sie am Donnerstag 20 Minuten für ein kurzes Telefonat?",
        "Viele Grüße\nLena Hoffmann", subject="Prüfwerk")),
    ("es-intro-donde-ayudamos-then-demo", mail(
        "es",
        "Me llamo Álvaro Gil y trabajo en Agendia, donde ayudamos a las clínicas dentales a organizar sus "
        "recordatorios. ¿Le viene bien una demostración de 20 minutos el jueves?",
        "Un saludo,\nÁlvaro Gil", subject="Agendia")),
    ("de-intro-then-price-list-no-obligation", mail(
        "de",
        "Ich heiße Jonas Weber von Holzform, der schnellsten Schreinerei in {{ stadt }}. Gern schicke ich Ihnen "
        "unverbindlich unsere Preisliste.",
        "Viele Grüße\nJonas Weber", subject="Holzform")),
    ("nl-intro-label-then-call", mail(
        "nl",
        "Even voorstellen: ik ben Bram de Groot van Roosterkracht, de snelste roostersoftware voor de "
        "kinderopvang.\n\nZullen we donderdag om 10 uur een half uur bellen?",
        "Groet,\nBram de Groot", subject="Roosterkracht")),
    ("en-intro-leading-then-demo-link", mail(
        "en",
        "I'm Grace Wanjiru Mwangi from Tillsafe, the UK's leading café till provider. Book your free "
        "30-minute demo here: {{ demo_url }}",
        "Best,\nGrace", subject="Tillsafe for {{ cafe_name }}")),
    ("en-small-tool-trial", mail(
        "en",
        "Your post on volunteer rotas at {{ charity }} was spot on.\n\n"
        "We built a rota tool that cuts scheduling time by 50%; it's free to use for 30 days. "
        "Can we book a demo on Thursday?",
        "Best,\nKenji Sato", subject="Your post on volunteer rotas")),
    ("de-intro-und-wir-marktfuehrer-then-call", mail(
        "de",
        "Ich bin Felix Braun-Yılmaz von Prüfpunkt und wir sind der führende Anbieter von Prüfsoftware für "
        "Hausverwaltungen.\n\nWann passt Ihnen diese Woche ein kurzes Telefonat?",
        "Viele Grüße\nFelix Braun-Yılmaz", subject="Prüfpunkt")),
    ("nl-intro-en-wij-besparen-then-meeting", mail(
        "nl",
        "Ik ben Noor Bakker van Keukenlog en wij helpen schoolkeukens 40% te besparen op hun inkoop.\n\n"
        "Zullen we volgende week een afspraak inplannen?",
        "Groet,\nNoor Bakker", subject="Keukenlog")),
    ("en-offer-our-pricing", mail(
        "en",
        "Your comment on {{ podcast_name }} about annual plans matched what we found in 60 gyms we looked at.\n\n"
        "I can send you our pricing for the 14- and 30-day trials of GymLedger today.",
        "Cheers,\nTomás Ó Briain", subject="Your point on annual plans")),
    ("de-offer-angebot", mail(
        "de",
        "Ihr Vortrag bei {{ event_name }} über Kündigungen im ersten Monat hat mich an eine Auswertung von 80 "
        "Fitnessstudios erinnert.\n\nGern schicke ich Ihnen unser Angebot für die 30-tägige Testphase von Studiofix.",
        "Viele Grüße\nMiriam Özdemir", subject="Ihr Vortrag")),
    ("en-building-small-app-demo", mail(
        "en",
        "Saw your thread about {{ kitchen_name }} logging allergen checks on paper.\n\n"
        "I'm building a little app for exactly that. Can I show you a 15-minute demo on Thursday at 2pm?",
        "Ngozi", subject="Your thread on allergen logs")),
    ("fr-building-small-tool-demo", mail(
        "fr",
        "J'ai lu votre billet sur les relevés de température de {{ restaurant }}.\n\n"
        "Je développe un petit outil justement pour ça. Je vous propose une démonstration de 20 minutes mardi.",
        "Élise", subject="Votre billet sur les relevés")),
    ("en-handed-over-price-list-then-booking", mail(
        "en",
        "Before the heating goes back on, here's the price list for our boiler servicing plans. Book your "
        "engineer visit this week: {{ booking_url }}",
        "Best,\nSiobhán Ní Bhriain", subject="Boiler servicing for {{ school }}")),
    ("es-company-catalogue-no-out", mail(
        "es",
        "En Textiles Olmedo fabricamos uniformes para residencias con el logotipo bordado incluido. "
        "¿Le gustaría recibir nuestro catálogo?",
        "Un saludo,\nRaúl Olmedo", subject="Uniformes para {{ company }}")),
    ("en-walkthrough-slot-demanded", mail(
        "en",
        "Your post about {{ council }}'s gritting rota in the cold snap was spot on.\n\n"
        "Send me a 30-minute slot this week for the full walkthrough of Gritplan.",
        "Best,\nAmara Okafor", subject="Gritplan for {{ council }}")),
    ("en-free-strategy-session", mail(
        "en",
        "Book your free 30-minute strategy session with our fire-safety consultants this week: {{ booking_url }}",
        "Best wishes,\nPriya Raman", subject="Your free strategy session")),
    ("de-spam-subject", mail(
        "de",
        "Mit Brandplan planen Sie Brandschutzübungen in Minuten. Testen Sie Brandplan 30 Tage kostenlos.",
        "Beste Grüße\nKatharina Weiß", subject="Jetzt kostenlos testen!")),
    ("en-spam-subject", mail(
        "en",
        "Our drill planner schedules every fire-warden drill for you. Start your trial today.",
        "Best,\nPriya", subject="Get it free today!")),
    ("nl-free-demo-subject", mail(
        "nl",
        "Met Roosterwijs plant u elke ontruimingsoefening automatisch. Plan vandaag nog een demo.",
        "Groet,\nDaan Bakker", subject="Gratis demo voor {{ company }}")),
    ("en-bump-upgrade-push", mail(
        "en",
        "Following up on my last email: upgrade to Business this week to get audit logs and save 20% on your "
        "renewal.",
        "Thanks,\nHannah Kowalczyk", sequence="follow-up", subject="Re: {{ previous_subject }}")),
    ("de-bump-upgrade-push", mail(
        "de",
        "ich wollte nachhaken: Wechseln Sie jetzt auf das Business-Paket und sparen Sie 20 % bei der "
        "Verlängerung. Soll ich das Upgrade gleich für Sie freischalten?",
        "Viele Grüße\nLukas Brandt", sequence="follow-up", subject="Re: {{ previous_subject }}")),
    ("en-first-touch-brochure-after-claims", mail(
        "en",
        "We're the leading supplier of outdoor furniture to hotels, trusted by over 300 venues. "
        "Shall I send you our brochure and price list?",
        "Best,\nOwen Griffiths", subject="Outdoor furniture for {{ company }}")),
]


@pytest.mark.parametrize("case_id, template", FIRES, ids=[c[0] for c in FIRES])
def test_the_selling_twin_is_reported(case_id: str, template: str) -> None:
    found = [d.code for d in run_rules(SELLS, template)]
    assert found, f"{case_id}: none of {SELLS} fired"


@pytest.mark.parametrize("case_id, template", QUIET, ids=[c[0] for c in QUIET])
def test_the_soft_email_is_quiet(case_id: str, template: str) -> None:
    found = [f"{d.code}: {d.message}" for d in run_rules(QUIET_WATCHED, template)]
    assert not found, f"{case_id}: {found}"


def test_tables_are_balanced() -> None:
    assert abs(len(FIRES) - len(QUIET)) <= 1


# FL503 on the subject alone: a free event or resource on a topic against a promotion
SUBJECT_TOPIC = [
    "Free session: how to plan fire-warden drills",
    "Free webinar on cash-flow forecasting for bakeries",
    "Kostenloser Workshop: Brandschutzübungen planen",
    "Atelier gratuit : préparer l'exercice d'évacuation",
    "Taller gratuito sobre simulacros de evacuación",
    "Gratis workshop over ontruimingsoefeningen",
    # the free word after the event noun (French, Spanish), the event an offer word of the table
    "Webinaire gratuit : rapports aux financeurs",
    "Sesión gratuita: informes para financiadores",
]
SUBJECT_SPAM = [
    "Get it free today!",
    "Jetzt kostenlos testen!",
    "Essai gratuit aujourd'hui seulement !",
    "¡Pruébalo gratis hoy!",
    "Nu gratis proberen!",
    "Your free strategy session is waiting",
    "Sesión gratuita para su equipo",
    "Webinaire gratuit pour votre équipe",
]


def _subject_mail(subject: str) -> str:
    return f'---\nsubject: "{subject}"\n---\nHi {{{{ first_name }}}},\n\nThe checklist is here: {{{{ url }}}}\n\nBest,\nSam\n'


@pytest.mark.parametrize("subject", SUBJECT_SPAM)
def test_a_promotional_free_subject_is_reported(subject: str) -> None:
    assert [d.code for d in run_rules(("FL503",), _subject_mail(subject))], subject


@pytest.mark.parametrize("subject", SUBJECT_TOPIC)
def test_a_free_event_on_a_topic_is_no_spam(subject: str) -> None:
    assert not [d.message for d in run_rules(("FL503",), _subject_mail(subject))], subject
