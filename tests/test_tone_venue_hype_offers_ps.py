"""Tone (issue 10): sells of senders outside software, in five languages.

1. Hype (FL210): the adjectives venues, hotels and services pile up about themselves
   ("breathtaking, award-winning, unrivalled, flawless, unforgettable", "preisgekrönt,
   unvergesslich", "primé, inoubliable", "galardonado, inolvidable", "bekroond, onvergetelijk"),
   and a word another role also reads ("our incredible team" is flattery's cue too) still counts.
   Praise of the reader's own things ("your stunning new taproom") is not counted. A customer's
   review quoted by the sender counts like the sender's own words (the sender chose to send it),
   so one quoted line with one or two such words stays under the limit and a stack of them does not.
2. An offer of the sender's room, space or service at a price or with a perk, in a two-line
   first touch ("I can give {{ company }} the terrace at our winter rate, canapés on the house.
   Shall I put you down for it?"). A genuine reply quoting the price the reader asked for is not.
3. A switch push phrased as moving the business over to the sender ("I'd like {{ company }} to
   bring its freight over to us", "zu uns verlagern", "nous confier", "pasar a nosotros", "naar
   ons overzetten"), with a price match. A reply explaining how a move would work, or the reader
   moving their own site, is not.
4. Pressure in a P.S. however it is marked (P.S., PS:, P.D., P.-S., N.B., Post-scriptum): the last
   free dates and a threat of losing them. A P.S. with a useful link, or one naming dates or free
   parking without scarcity, is not.

Written before the code. Run ``PYTHONPATH=src python tests/test_tone_venue_hype_offers_ps.py``
for the table scores."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

#: what the bench watches on a must-not case (tone family, subject rules)
WATCHED = tuple(f"FL2{n:02d}" for n in range(1, 15)) + ("FL501", "FL502", "FL503")
HYPE = ("FL210",)
OFFER = ("FL201", "FL213")
SWITCH = ("FL201", "FL208", "FL213")
PS = ("FL209",)

GREETING = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}


def mail(lang: str, body: str, signoff: str, *, sequence: str = "first-touch", subject: str = "",
         greeting: bool = True, after: str = "") -> str:
    front = [f"sequence: {sequence}", f"locale: {lang}"]
    if subject:
        front.append(f'subject: "{subject}"')
    hello = GREETING[lang] + "\n\n" if greeting else ""
    tail = f"\n\n{after}" if after else ""
    return "---\n" + "\n".join(front) + f"\n---\n{hello}{body}\n\n{signoff}{tail}\n"


# ----------------------------------------------------------------------------------------------
# 1. hype of venues and services

HYPE_FIRES = [
    ("en-hype-manor", HYPE, mail(
        "en",
        "Castlemoor Hall is a breathtaking, award-winning manor with unrivalled gardens. Our incredible "
        "team makes every summer party flawless and truly unforgettable.\n\nCould I send you our brochure?",
        "Warm regards,\nSiobhán Ní Dhomhnaill\nCastlemoor Hall")),
    ("en-hype-quoted-stack", HYPE, mail(
        "en",
        "Guests call the Old Granary 'stunning', 'spectacular' and 'a once-in-a-lifetime setting', and our "
        "chefs' tasting menu is simply sublime.\n\nWould {{ company }} like a tour before Christmas?",
        "Best,\nTomás Ó Briain\nThe Old Granary")),
    ("de-hype-gut", HYPE, mail(
        "de",
        "Gut Eichenried ist eine preisgekrönte Location mit atemberaubender Kulisse. Unser Team sorgt für "
        "einen makellosen Ablauf und ein unvergessliches Erlebnis für jeden Gast.\n\nDarf ich Ihnen die "
        "Mappe schicken?",
        "Viele Grüße\nKatharina von Bülow\nGut Eichenried")),
    ("fr-hype-domaine", HYPE, mail(
        "fr",
        "Le Domaine des Aulnes est un lieu primé, avec une vue imprenable, un service irréprochable et "
        "un cadre somptueux pour une soirée inoubliable.\n\nPuis-je vous envoyer notre brochure ?",
        "Bien à vous,\nHéloïse Da Costa\nDomaine des Aulnes")),
    ("es-hype-finca", HYPE, mail(
        "es",
        "La Finca Los Olivos es un espacio galardonado, con unas vistas impresionantes, un servicio "
        "impecable y una experiencia inolvidable para cada invitado.\n\n¿Le envío el dosier?",
        "Un saludo,\nMaría José Ibáñez\nFinca Los Olivos")),
    ("nl-hype-landgoed", HYPE, mail(
        "nl",
        "Landgoed De Hooge Ree is een bekroonde locatie met een adembenemend uitzicht, een vlekkeloze "
        "service en een onvergetelijke avond voor elke gast.\n\nZal ik de brochure sturen?",
        "Met vriendelijke groet,\nSanne van 't Hek\nLandgoed De Hooge Ree")),
]

HYPE_QUIET = [
    # the reader's own things praised, then something useful, no ask
    ("en-reader-taproom", mail(
        "en",
        "Congratulations on your stunning new taproom and your award-winning pale ale.\n\n"
        "We wrote up how three breweries run tours on a small floor: {{ guide_url }}. No need to reply.",
        "Best,\nTomás Ó Briain\nThe Old Granary")),
    # one quoted review line with a single such word, and plain facts
    ("en-one-review", mail(
        "en",
        "You asked what last year's groups thought: one wrote that the evening was 'unforgettable'. "
        "The room seats 80, the kitchen closes at 10pm and parking is free after six.",
        "Best,\nTomás Ó Briain\nThe Old Granary", sequence="reply")),
    ("de-reader-praise", mail(
        "de",
        "Glückwunsch zu Ihrem preisgekrönten Hofladen!\n\nHier die Checkliste, mit der drei Höfe ihre "
        "Führungen planen: {{ guide_url }}",
        "Viele Grüße\nKatharina von Bülow\nGut Eichenried")),
    ("fr-plain-facts", mail(
        "fr",
        "Vous m'aviez demandé les capacités : la salle accueille 120 personnes assises, la terrasse 60, "
        "et le parking est gratuit. Un seul invité nous a écrit que la vue était imprenable.",
        "Bien à vous,\nHéloïse Da Costa\nDomaine des Aulnes", sequence="reply")),
    ("es-reader-praise", mail(
        "es",
        "Enhorabuena por su nueva bodega, que ha quedado impresionante.\n\nLe dejo la guía que usan tres "
        "bodegas para organizar visitas en grupo: {{ guide_url }}",
        "Un saludo,\nMaría José Ibáñez\nFinca Los Olivos")),
    ("nl-plain-facts", mail(
        "nl",
        "Je vroeg naar de zalen: de Orangerie biedt plek aan 90 gasten, de Koetshuiszaal aan 40. "
        "Parkeren is gratis en de keuken sluit om 22.00 uur.",
        "Met vriendelijke groet,\nSanne van 't Hek\nLandgoed De Hooge Ree", sequence="reply")),
]

# ----------------------------------------------------------------------------------------------
# 2. the sender's room or service at a price or with a perk, in two lines

OFFER_FIRES = [
    ("en-offer-terrace", OFFER, mail(
        "en",
        "{{ first_name }}, the terrace at Harbour Kitchen is free on Friday 4 July and I can give {{ company }} "
        "the whole space at our winter rate, with the canapés on the house.\n\nShall I put you down for it?",
        "Rhiannon Pryce-Jones, events, Harbour Kitchen", greeting=False)),
    ("en-offer-minibus", OFFER, mail(
        "en",
        "We have two coaches free over the Easter weekend and I'd let {{ company }} have both at cost, "
        "driver included.\n\nWant me to hold them for you?",
        "Jun Watanabe\nNorthway Coaches", greeting=False)),
    ("de-offer-seminarraum", OFFER, mail(
        "de",
        "Unser Seminarraum ist am 14. März noch frei, und ich würde ihn {{ company }} zum Vorjahrespreis "
        "überlassen, der Kaffee geht aufs Haus.\n\nSoll ich Sie eintragen?",
        "Viele Grüße\nLena Schmitt-Yılmaz\nTagungshaus am See")),
    ("fr-offer-salle", OFFER, mail(
        "fr",
        "Notre salle du premier étage est libre le 12 décembre et je peux la laisser à {{ company }} au "
        "tarif de l'an dernier, apéritif offert.\n\nJe vous la réserve ?",
        "Bien à vous,\nAmélie Nguyen\nLa Halle aux Grains")),
    ("es-offer-salon", OFFER, mail(
        "es",
        "El salón Mirador está libre el viernes 12 y se lo dejo a {{ company }} a precio del año pasado, "
        "con el cóctel de bienvenida por nuestra cuenta.\n\n¿Se lo reservo?",
        "Un saludo,\nPilar Ortega de la Vega\nHotel Mirador")),
    ("nl-offer-zaal", OFFER, mail(
        "nl",
        "De Zeezaal is op vrijdag 12 december nog vrij en ik geef {{ company }} hem voor het tarief van "
        "vorig jaar, met de borrel van het huis.\n\nZal ik hem voor jullie vastleggen?",
        "Groet,\nFemke de Wit\nStrandhotel Duinzicht")),
]

OFFER_QUIET = [
    # a genuine reply quoting the price the reader asked for
    ("en-reply-price", mail(
        "en",
        "You asked about 4 July: the terrace is free that evening and the hire is £900, the same as "
        "last year. The menu options are here: {{ menu_url }}",
        "Rhiannon Pryce-Jones, events, Harbour Kitchen", sequence="reply", greeting=False)),
    ("de-reply-price", mail(
        "de",
        "Zu Ihrer Frage: Der Seminarraum kostet am 14. März 450 € pro Tag, wie im Vorjahr. "
        "Die Bestuhlungspläne finden Sie hier: {{ plan_url }}",
        "Viele Grüße\nLena Schmitt-Yılmaz\nTagungshaus am See", sequence="reply")),
    ("fr-reply-price", mail(
        "fr",
        "Pour répondre à votre question, la salle du premier étage est à 700 € la soirée, comme l'an "
        "dernier. Le plan de la salle est ici : {{ plan_url }}",
        "Bien à vous,\nAmélie Nguyen\nLa Halle aux Grains", sequence="reply")),
    ("es-reply-price", mail(
        "es",
        "Como me pidió, el salón Mirador cuesta 800 € la noche, igual que el año pasado. Aquí tiene "
        "los menús: {{ menu_url }}",
        "Un saludo,\nPilar Ortega de la Vega\nHotel Mirador", sequence="reply")),
    ("nl-reply-price", mail(
        "nl",
        "Je vroeg naar de prijs: de Zeezaal kost € 750 per avond, net als vorig jaar. De plattegrond "
        "staat hier: {{ plan_url }}",
        "Groet,\nFemke de Wit\nStrandhotel Duinzicht", sequence="reply")),
    # the reader's own perk, told as news about them
    ("en-reader-perk", mail(
        "en",
        "Saw that {{ company }} now puts the drinks on the house at every staff quiz; nice touch.\n\n"
        "Here is the list of quiz rounds other offices in {{ city }} liked: {{ list_url }}",
        "Jun Watanabe\nNorthway Coaches")),
]

# ----------------------------------------------------------------------------------------------
# 3. moving the business over to the sender

SWITCH_FIRES = [
    ("en-switch-freight", SWITCH, mail(
        "en",
        "I look after new accounts at Coldline Haulage, and I saw {{ company }} is adding a night shift in {{ city }}.\n\n"
        "I'd like {{ company }} to bring its chilled freight over to us from April. We'll match your current "
        "rates for the first quarter.",
        "Best,\nKwame Asante-Boateng\nColdline Haulage")),
    ("en-switch-cleaning", SWITCH, mail(
        "en",
        "Saw that {{ company }} has taken the second floor of the Exchange building.\n\n"
        "When your contract comes up, move the cleaning over to us and we'll beat whatever you pay now.",
        "Best,\nMarta Kowalczyk\nBrightside Cleaning")),
    ("de-switch-paletten", SWITCH, mail(
        "de",
        "Ich betreue bei Nordpalette die neuen Kunden und habe gesehen, dass {{ company }} in {{ city }} erweitert.\n\n"
        "Ich würde mich freuen, wenn {{ company }} seine Paletten ab Januar zu uns verlagert. Wir übernehmen "
        "Ihre aktuellen Preise für die ersten drei Monate.",
        "Viele Grüße\nJörg Meißner\nNordpalette")),
    ("fr-switch-palettes", SWITCH, mail(
        "fr",
        "Je m'occupe des nouveaux clients chez Transports Le Bihan et j'ai vu que {{ company }} agrandit son site de {{ city }}.\n\n"
        "J'aimerais que {{ company }} nous confie ses palettes dès janvier : nous nous alignons sur votre "
        "tarif actuel pendant trois mois.",
        "Cordialement,\nYannick Le Bihan\nTransports Le Bihan")),
    ("es-switch-envios", SWITCH, mail(
        "es",
        "Llevo las cuentas nuevas en Palés Norte y he visto que {{ company }} amplía su planta de {{ city }}.\n\n"
        "Me gustaría que {{ company }} pasara sus envíos a nosotros a partir de enero; igualamos lo que "
        "paga ahora durante tres meses.",
        "Un saludo,\nÁlvaro Núñez\nPalés Norte")),
    ("nl-switch-pallets", SWITCH, mail(
        "nl",
        "Ik doe de nieuwe klanten bij Palletlijn en zag dat {{ company }} in {{ city }} uitbreidt.\n\n"
        "Ik zou graag zien dat {{ company }} vanaf januari zijn pallets naar ons overzet; we matchen wat "
        "jullie nu betalen voor de eerste drie maanden.",
        "Groet,\nBram van den Berg\nPalletlijn")),
]

# the sender pays what leaving the old supplier costs
SWITCH_FIRES += [
    ("en-switch-buyout", SWITCH, mail(
        "en",
        "Several practices in {{ city }} are leaving their old phone system this year, and we pay the "
        "remaining months of the current contract for anyone who comes across.\n\nWorth a look before your renewal?",
        "Best,\nIfeoma Nwosu\nLinewise")),
    ("de-switch-restlaufzeit", SWITCH, mail(
        "de",
        "Viele Praxen stellen gerade ihre Telefonanlage um. Wir übernehmen dabei die Restlaufzeit Ihres "
        "alten Vertrags.\n\nPasst das für {{ company }}?",
        "Viele Grüße\nSören Håkansson\nLinewise")),
    ("fr-switch-resiliation", SWITCH, mail(
        "fr",
        "Beaucoup de cabinets changent de standard cette année, et nous prenons en charge les frais de "
        "résiliation de votre contrat actuel.\n\nOn en parle avant votre échéance ?",
        "Bien à vous,\nNadia Benali\nLinewise")),
    ("es-switch-penalizacion", SWITCH, mail(
        "es",
        "Muchas clínicas cambian de centralita este año, y nos hacemos cargo de la penalización de su "
        "contrato actual.\n\n¿Lo vemos antes de su renovación?",
        "Un saludo,\nIker Etxeberria\nLinewise")),
    ("nl-switch-looptijd", SWITCH, mail(
        "nl",
        "Veel praktijken stappen dit jaar over op een nieuwe telefooncentrale, en wij nemen de resterende "
        "looptijd van je huidige contract over.\n\nZullen we even bellen voor je verlenging?",
        "Groet,\nJoost de Boer\nLinewise")),
]

SWITCH_QUIET = [
    # a reply explaining how a move would work, which the reader asked
    ("en-reply-how-to-move", mail(
        "en",
        "You asked how moving your pallets over to us would work: your warehouse team books collections "
        "on the portal and we take over from the first Monday you choose. The checklist is here: {{ checklist_url }}",
        "Best,\nKwame Asante-Boateng\nColdline Haulage", sequence="reply")),
    # the reader moving their own site
    ("en-reader-moved", mail(
        "en",
        "Saw that {{ company }} moved its warehouse over to the new park in {{ city }} this spring.\n\n"
        "Here is the council's guide to HGV routes around the park, in case it helps: {{ guide_url }}",
        "Best,\nMarta Kowalczyk\nBrightside Cleaning")),
    ("de-reply-umzug", mail(
        "de",
        "Sie hatten gefragt, wie ein Wechsel zu uns abläuft: Ihr Lager meldet die Abholungen im Portal an, "
        "und wir übernehmen ab dem Montag, den Sie wählen. Die Checkliste: {{ checklist_url }}",
        "Viele Grüße\nJörg Meißner\nNordpalette", sequence="reply")),
    ("fr-reader-demenage", mail(
        "fr",
        "J'ai vu que {{ company }} a déménagé son entrepôt à {{ city }} cet été.\n\n"
        "Voici le plan de circulation poids lourds de la zone, au cas où : {{ plan_url }}",
        "Cordialement,\nYannick Le Bihan\nTransports Le Bihan")),
    ("es-reply-cambio", mail(
        "es",
        "Me preguntaba cómo sería pasar sus envíos a nosotros: su almacén pide las recogidas en el portal "
        "y empezamos el lunes que usted elija. Aquí tiene la lista de pasos: {{ checklist_url }}",
        "Un saludo,\nÁlvaro Núñez\nPalés Norte", sequence="reply")),
    ("nl-reader-verhuisd", mail(
        "nl",
        "Ik zag dat {{ company }} het magazijn naar het nieuwe bedrijventerrein in {{ city }} heeft verhuisd.\n\n"
        "Hier de vrachtwagenroutes rond het terrein, voor het geval dat: {{ routes_url }}",
        "Groet,\nBram van den Berg\nPalletlijn")),
]

# a question the reader asked about the switch costs, answered in a reply; the reader's own
# supplier or landlord paying
SWITCH_QUIET += [
    ("en-reply-buyout", mail(
        "en",
        "You asked whether we pay the remaining months of the current contract: we do, up to six months, "
        "as set out here: {{ terms_url }}",
        "Best,\nIfeoma Nwosu\nLinewise", sequence="reply")),
    ("de-landlord-pays", mail(
        "de",
        "Ich habe gelesen, dass Ihr Vermieter die Umzugskosten der Praxis übernimmt - schön für {{ company }}.\n\n"
        "Hier die Checkliste der Ärztekammer für einen Praxisumzug: {{ checklist_url }}",
        "Viele Grüße\nSören Håkansson\nLinewise")),
    ("fr-reply-resiliation", mail(
        "fr",
        "Vous demandiez si nous prenons en charge les frais de résiliation : oui, jusqu'à trois mois, "
        "comme indiqué ici : {{ terms_url }}",
        "Bien à vous,\nNadia Benali\nLinewise", sequence="reply")),
    ("es-reply-penalizacion", mail(
        "es",
        "Me preguntaba si nos hacemos cargo de la penalización: sí, hasta tres meses, según estas "
        "condiciones: {{ terms_url }}",
        "Un saludo,\nIker Etxeberria\nLinewise", sequence="reply")),
    ("nl-reply-looptijd", mail(
        "nl",
        "Je vroeg of wij de resterende looptijd van je huidige contract overnemen: ja, tot zes maanden, "
        "zie de voorwaarden: {{ terms_url }}",
        "Groet,\nJoost de Boer\nLinewise", sequence="reply")),
]

# ----------------------------------------------------------------------------------------------
# 4. pressure in a P.S., however it is marked

CHECKLIST = {
    "en": "If you are planning {{ company }}'s Christmas party, here is the checklist we give our own clients: "
          "{{ checklist_url }}\n\nHope it helps.",
    "de": "Falls Sie die Weihnachtsfeier von {{ company }} planen, hier die Checkliste, die wir unseren Kunden "
          "geben: {{ checklist_url }}\n\nIch hoffe, sie hilft.",
    "fr": "Si vous organisez la soirée de fin d'année de {{ company }}, voici la liste que nous donnons à nos "
          "clients : {{ checklist_url }}\n\nJ'espère qu'elle vous servira.",
    "es": "Por si le toca organizar la cena de empresa de {{ company }}, esta es la lista que damos a nuestros "
          "clientes: {{ checklist_url }}\n\nEspero que le sirva.",
    "nl": "Als je het kerstfeest van {{ company }} organiseert, hier de checklist die we onze klanten geven: "
          "{{ checklist_url }}\n\nHopelijk heb je er iets aan.",
}
SIGN = {"en": "Best,\nGráinne Walsh\nThe Corn Exchange", "de": "Viele Grüße\nMaximilian Groß\nAlte Mälzerei",
        "fr": "Bien à vous,\nCamille Durand-Mbaye\nLe Hangar 12", "es": "Un saludo,\nLucía Montenegro\nSalones La Alameda",
        "nl": "Groet,\nNoor El Amrani\nDe Gieterij"}

PS_FIRES = [
    ("en-ps-two-fridays", PS, mail("en", CHECKLIST["en"], SIGN["en"], after=(
        "P.S. We only have two Fridays left before Christmas. If you don't book this week, you'll lose them."))),
    ("en-nb-dates", PS, mail("en", CHECKLIST["en"], SIGN["en"], after=(
        "N.B. Just three dates remain in December, and they will go to someone else if we don't hear back by Friday."))),
    ("de-ps-termine", PS, mail("de", CHECKLIST["de"], SIGN["de"], after=(
        "PS: Im Dezember haben wir nur noch zwei freie Termine. Wenn Sie nicht diese Woche buchen, sind sie weg."))),
    ("fr-ps-dates", PS, mail("fr", CHECKLIST["fr"], SIGN["fr"], after=(
        "P.-S. Il ne nous reste que deux dates libres en décembre. Si vous ne réservez pas cette semaine, "
        "vous les perdrez."))),
    ("fr-postscriptum-dates", PS, mail("fr", CHECKLIST["fr"], SIGN["fr"], after=(
        "Post-scriptum : plus que trois samedis disponibles en juin, ils partent vite."))),
    ("es-pd-sabados", PS, mail("es", CHECKLIST["es"], SIGN["es"], after=(
        "PD: Solo nos quedan tres sábados libres en junio. Si no confirma antes del viernes, los perderá."))),
    ("nl-ps-data", PS, mail("nl", CHECKLIST["nl"], SIGN["nl"], after=(
        "PS Er zijn in december nog maar twee data vrij. Als je niet deze week boekt, ben je ze kwijt."))),
]

PS_QUIET = [
    ("en-ps-floor-plan", mail("en", CHECKLIST["en"], SIGN["en"], after=(
        "P.S. The floor plan and the menus are here if useful: {{ plan_url }}"))),
    ("en-nb-dates-link", mail("en", CHECKLIST["en"], SIGN["en"], after=(
        "N.B. Next year's dates are on our website, with the bank holidays marked: {{ dates_url }}"))),
    ("de-ps-pdf", mail("de", CHECKLIST["de"], SIGN["de"], after=(
        "PS: Die Checkliste gibt es auch als PDF zum Ausdrucken: {{ pdf_url }}"))),
    ("fr-ps-parking", mail("fr", CHECKLIST["fr"], SIGN["fr"], after=(
        "P.-S. Il reste des places de parking gratuites derrière la salle, pratique pour les repérages."))),
    ("es-pd-plano", mail("es", CHECKLIST["es"], SIGN["es"], after=(
        "P.D. Aquí tiene el plano del salón por si le sirve: {{ plano_url }}"))),
    ("es-pd-fechas-link", mail("es", CHECKLIST["es"], SIGN["es"], after=(
        "PD: Las fechas libres de todo el año están en nuestra web: {{ fechas_url }}"))),
    ("nl-ps-data-lijst", mail("nl", CHECKLIST["nl"], SIGN["nl"], after=(
        "PS De lijst met vrije data voor volgend jaar staat hier: {{ data_url }}"))),
]

FIRES = HYPE_FIRES + OFFER_FIRES + SWITCH_FIRES + PS_FIRES
QUIET = HYPE_QUIET + OFFER_QUIET + SWITCH_QUIET + PS_QUIET


@pytest.mark.parametrize("case_id, codes, template", FIRES, ids=[c[0] for c in FIRES])
def test_a_sell_outside_software_is_reported(case_id: str, codes: tuple[str, ...], template: str) -> None:
    found = [d.code for d in run_rules(codes, template)]
    assert found, f"{case_id}: none of {codes} fired"


@pytest.mark.parametrize("case_id, template", QUIET, ids=[c[0] for c in QUIET])
def test_the_near_miss_is_quiet(case_id: str, template: str) -> None:
    found = [f"{d.code}: {d.message}" for d in run_rules(WATCHED, template)]
    assert not found, f"{case_id}: {found}"


def test_tables_are_balanced_and_cover_five_languages() -> None:
    assert len(FIRES) == len(QUIET)
    for table in (FIRES, QUIET):
        langs = {line.split(": ", 1)[1] for case in table for line in case[-1].splitlines()
                 if line.startswith("locale: ")}
        assert langs == {"en", "de", "fr", "es", "nl"}


if __name__ == "__main__":  # table scores
    fired = sum(bool(run_rules(codes, t)) for _, codes, t in FIRES)
    quiet = sum(not run_rules(WATCHED, t) for _, t in QUIET)
    print(f"must-fire caught {fired}/{len(FIRES)}, must-not quiet {quiet}/{len(QUIET)}")
