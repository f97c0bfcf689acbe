"""Three categories of issue 10 (tone) that fresh blind emails missed, written as tables before the
code: must-fire and must-not in equal measure, in English, German, French, Spanish and Dutch. No
sentence here comes from a scored batch.

* **An opening paragraph of several wishes** (FL211): two or more sentences that are all
  courtesy - hopes for the reader's health, week, team or business, wishes for their day or
  season, a greeting from the sender's town - and then the pitch. A warm first line followed by
  something concrete in the same paragraph (an observation, the recording) is no filler opening,
  nor is a wish that names something of the reader's ("I hope the move to the new warehouse went
  well"), a reply's thanks, or holiday wishes in a breakup.
* **A time-limited discount in the P.S.** (FL209), however plainly or non-natively worded ("Until
  Friday I give 15% off ..., after that it is finished"), even when the body gave value. A P.S.
  with a harmless fact, a deadline of the reader's own (their filing date) or a report that the
  discount code in the reader's own newsletter is broken is no pressure.
* **Loss framing in a follow-up or a bump** (FL214): what the reader loses as long as they do
  without the product ("as long as ... you miss out on thousands every quarter", "every month you
  wait costs you") is loss framing in a follow-up nobody answered as in a first touch. A loss a
  rule brings, in an email that sells nothing, and a follow-up that reports the reader's own
  figures they asked for are not.

Run ``PYTHONPATH=src python tests/test_tone_wishes_ps_discount_bump_loss.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ last_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Estimado/a {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Kind regards,\nMehmet Yılmaz",
    "de": "Mit freundlichen Grüßen\nAyşe Demir",
    "fr": "Bien cordialement,\nKarim Benali",
    "es": "Atentamente,\nLucía Ferrer",
    "nl": "Met vriendelijke groet,\nSanne de Wit",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


# ----------------------------------------------------------------------------- 1. FL211

PITCH = {
    "en": "We are a family-run manufacturer of cardboard packaging with 20 years of experience and good prices. "
          "Could I send you our catalogue and price list?",
    "de": "Wir sind ein Hersteller von Verpackungen aus Karton mit 20 Jahren Erfahrung und günstigen Preisen. "
          "Darf ich Ihnen unseren Katalog und die Preisliste schicken?",
    "fr": "Nous sommes un fabricant d'emballages en carton avec 20 ans d'expérience et des prix compétitifs. "
          "Puis-je vous envoyer notre catalogue et nos tarifs ?",
    "es": "Somos un fabricante de envases de cartón con 20 años de experiencia y precios competitivos. "
          "¿Le puedo enviar nuestro catálogo y la lista de precios?",
    "nl": "Wij zijn een producent van kartonnen verpakkingen met 20 jaar ervaring en scherpe prijzen. "
          "Mag ik u onze catalogus en prijslijst sturen?",
}

WISH_PARAGRAPHS = [
    mail("en", "I hope you're keeping well and that the new year has started smoothly for you. I trust all is "
               "well with everyone at {{ company }} too.\n\n" + PITCH["en"]),
    mail("en", "Warm greetings from Izmir! I hope you and your whole team are healthy and that business is "
               "going great. Wishing you a pleasant week ahead.\n\n" + PITCH["en"]),
    mail("de", "Ich hoffe, Sie und Ihr Team sind wohlauf und die Geschäfte laufen gut. Ich wünsche Ihnen eine "
               "erfolgreiche Woche.\n\n" + PITCH["de"]),
    mail("de", "Herzliche Grüße aus Porto! Ich hoffe, bei {{ company }} ist alles in Ordnung und Sie hatten "
               "erholsame Feiertage.\n\n" + PITCH["de"]),
    mail("fr", "J'espère que vous et votre équipe êtes en bonne santé. Je vous souhaite une très bonne fin "
               "d'année.\n\n" + PITCH["fr"]),
    mail("fr", "Bonjour de Tunis ! J'espère que tout va bien chez {{ company }} et que les affaires marchent "
               "bien. Je vous souhaite une agréable journée.\n\n" + PITCH["fr"]),
    mail("es", "Espero que se encuentre muy bien y que todo su equipo esté bien de salud. Le deseo una feliz "
               "semana.\n\n" + PITCH["es"]),
    mail("es", "¡Saludos cordiales desde Valencia! Espero que todo vaya genial en {{ company }} y que los "
               "negocios marchen bien. Le deseo un excelente día.\n\n" + PITCH["es"]),
    mail("nl", "Ik hoop dat het goed met u gaat en dat u een fijne week heeft. Ik wens u en het hele team van "
               "{{ company }} alvast fijne feestdagen.\n\n" + PITCH["nl"]),
    mail("nl", "Hartelijke groeten uit Antwerpen! Ik hoop dat jullie allemaal gezond zijn en dat de zaken goed "
               "lopen. Ik wens u een fijne dag.\n\n" + PITCH["nl"]),
]

WISH_THEN_SOMETHING = [
    mail("en", "I hope you had a good week. I read your piece on night-shift handovers in Care Home Weekly, and "
               "the point about written handover notes stuck with me.\n\n" + PITCH["en"]),
    mail("en", "Thanks so much for getting back to me so quickly. I hope your week is going well.\n\nHere are "
               "the three delivery dates the warehouse can offer: 4, 11 and 18 March. Let me know which one "
               "suits you.", sequence="reply"),
    mail("de", "Ich hoffe, Sie hatten eine gute Woche. Ihr Beitrag über Schichtübergaben im Pflegeblatt hat "
               "mir gefallen, vor allem der Punkt zu den Übergabeprotokollen.\n\n" + PITCH["de"]),
    mail("de", "Ich wünsche Ihnen schon jetzt frohe Feiertage und einen guten Start ins neue Jahr. Ich hoffe, "
               "es geht Ihnen gut.\n\nDa ich nichts mehr von Ihnen gehört habe, schließe ich Ihre Anfrage "
               "vorerst. Wenn das Thema wieder aktuell wird, melden Sie sich einfach.", sequence="breakup"),
    mail("fr", "J'espère que vous allez bien. Voici l'enregistrement de l'atelier de jeudi sur les audits "
               "de stock : {{ recording_url }}\n\nLes diapositives sont sur la même page.", sequence="follow-up"),
    mail("fr", "J'espère que le déménagement dans votre nouvel entrepôt de Lille s'est bien passé. Je vous "
               "souhaite un très bon premier mois là-bas.\n\n" + PITCH["fr"]),
    mail("es", "Muchas gracias por su respuesta tan rápida. Espero que haya tenido un buen fin de "
               "semana.\n\nLe adjunto las dos fechas de entrega posibles: el 4 y el 11 de marzo.", sequence="reply"),
    mail("es", "Le deseo unas felices fiestas y un próspero año nuevo. Espero que esté muy bien.\n\nComo no he "
               "vuelto a saber de usted, cierro su solicitud por ahora. Si el tema vuelve a ser actual, "
               "escríbame sin problema.", sequence="breakup"),
    mail("nl", "Ik hoop dat je een goede week hebt gehad. Ik zag dat {{ company }} sinds maandag ook in Gent "
               "bezorgt, en jullie nieuwe bezorgtijden staan nog niet op de website.\n\n" + PITCH["nl"]),
    mail("nl", "Ik hoop dat de verhuizing naar jullie nieuwe magazijn in Tilburg goed is verlopen. Ik wens "
               "jullie een mooie eerste maand daar.\n\n" + PITCH["nl"]),
]

# ----------------------------------------------------------------------------- 2. FL209

VALUE = {
    "en": "A tip before the season starts: most customs delays we see come from invoices without an HS code on "
          "every line, so it's worth checking your templates.",
    "de": "Ein Tipp vor der Saison: Die meisten Zollverzögerungen entstehen durch Rechnungen ohne Zolltarifnummer "
          "in jeder Zeile, es lohnt sich also, Ihre Vorlagen zu prüfen.",
    "fr": "Un conseil avant la saison : la plupart des retards en douane viennent de factures sans code SH sur "
          "chaque ligne, cela vaut la peine de vérifier vos modèles.",
    "es": "Un consejo antes de la temporada: la mayoría de los retrasos en aduana vienen de facturas sin código "
          "arancelario en cada línea, así que conviene revisar sus plantillas.",
    "nl": "Een tip voor het seizoen begint: de meeste vertragingen bij de douane komen door facturen zonder "
          "GN-code op elke regel, dus het loont om uw sjablonen te controleren.",
}


def with_ps(lang: str, ps: str) -> str:
    return (f"---\nsequence: first-touch\nlocale: {lang}\n---\n{GREETING[lang]}\n\n{VALUE[lang]}\n\n"
            f"{SIGNOFF[lang]}\n\n{ps}\n")


PS_DISCOUNT = [
    with_ps("en", "P.S. Until Friday I give 15% off every translation for new customers, after that the "
                  "normal price is back, so send me your files soon."),
    with_ps("en", "PS: this week only we make 30 percent discount on first order, after Sunday is not "
                  "possible anymore."),
    with_ps("de", "PS: Bis Freitag gebe ich 15 % Nachlass auf alle Übersetzungen für Neukunden, danach ist "
                  "das vorbei."),
    with_ps("de", "PS: Nur diese Woche bekommen neue Kunden 10 % Rabatt auf die erste Bestellung, ab Montag "
                  "gilt wieder der normale Preis."),
    with_ps("fr", "P.-S. : Jusqu'à vendredi je fais 20 % de remise sur toutes les commandes des nouveaux "
                  "clients, après c'est fini."),
    with_ps("fr", "PS : cette semaine seulement nous faisons 15 % de réduction sur la première commande, "
                  "ensuite ce n'est plus possible."),
    with_ps("es", "P.D.: Hasta el viernes doy un 15 % de descuento en todos los pedidos de clientes nuevos, "
                  "después ya no."),
    with_ps("es", "PD: Solo esta semana hacemos un 25% de rebaja en el primer pedido, a partir del lunes "
                  "vuelve el precio normal."),
    with_ps("nl", "PS: Tot vrijdag geef ik 15% korting op alle vertalingen voor nieuwe klanten, daarna is "
                  "het voorbij."),
    with_ps("nl", "PS Alleen deze week krijgen nieuwe klanten 20% korting op hun eerste bestelling, vanaf "
                  "maandag niet meer."),
]

PS_HARMLESS = [
    with_ps("en", "P.S. Your VAT return for the second quarter is due on 7 August, in case it's not in the "
                  "calendar yet."),
    with_ps("en", "P.S. The discount code in your Tuesday newsletter (SPRING20) gave an error at checkout "
                  "when I tried it on Wednesday."),
    with_ps("de", "PS: Der Rabattcode aus Ihrem Newsletter vom Dienstag funktioniert im Shop leider nicht, "
                  "der Warenkorb zeigt einen Fehler."),
    with_ps("de", "PS: Unser Büro ist am Freitag wegen des Feiertags geschlossen."),
    with_ps("fr", "P.-S. : le code promo de votre dernière newsletter ne fonctionne pas, le panier affiche "
                  "« code invalide »."),
    with_ps("fr", "PS : votre déclaration de TVA est à déposer avant le 19 du mois, au cas où."),
    with_ps("es", "P.D.: El código de descuento de su boletín del martes da error al pagar."),
    with_ps("es", "P.D.: Su plazo para presentar el modelo 303 termina el 20 de octubre, por si acaso."),
    with_ps("nl", "PS: De kortingscode uit jullie nieuwsbrief van dinsdag werkt niet, de kassa geeft een "
                  "foutmelding."),
    with_ps("nl", "PS Ons kantoor is vrijdag gesloten vanwege de feestdag."),
]

# ----------------------------------------------------------------------------- 3. FL214


def bump(lang: str, body: str) -> str:
    return mail(lang, body, sequence="follow-up")


BUMP_LOSS = [
    bump("en", "Just circling back on my last email. As long as {{ company }} still tracks absences in "
               "spreadsheets, you're missing out on thousands every quarter. Every month you wait costs you "
               "money.\n\nCould we talk on Thursday?"),
    bump("en", "Following up on my note from last week. Each week without automated reminders, your clinic "
               "loses dozens of rebookings.\n\nShall I send you a demo link?"),
    bump("de", "Ich komme noch einmal auf meine letzte Mail zurück. Solange Sie die Dienstpläne noch von Hand "
               "erstellen, verlieren Sie jeden Monat bares Geld. Jeder Monat ohne eine Lösung kostet Sie."
               "\n\nHätten Sie Donnerstag kurz Zeit?"),
    bump("de", "Ich wollte kurz nachhaken. Jede Woche, die Sie warten, kostet Sie Aufträge.\n\nSollen wir "
               "einen Termin machen?"),
    bump("fr", "Je reviens vers vous suite à mon précédent message. Tant que vos factures sont saisies à la "
               "main, vous perdez des milliers d'euros chaque trimestre. Chaque mois d'attente vous coûte "
               "cher.\n\nAuriez-vous 15 minutes jeudi ?"),
    bump("fr", "Je me permets de vous relancer. Chaque semaine sans relances automatiques, vous passez à côté "
               "de rendez-vous.\n\nVoulez-vous une démo ?"),
    bump("es", "Vuelvo a escribirle sobre mi correo anterior. Mientras sigan llevando el inventario en Excel, "
               "están perdiendo miles de euros cada trimestre. Cada mes que espera le cuesta dinero.\n\n"
               "¿Tiene 15 minutos el jueves?"),
    bump("es", "Le escribo de nuevo por si no vio mi mensaje. Cada semana sin recordatorios automáticos, su "
               "clínica pierde citas.\n\n¿Le envío una demo?"),
    bump("nl", "Ik kom nog even terug op mijn eerdere bericht. Zolang jullie de planning nog op papier maken, "
               "lopen jullie elke maand honderden euro's mis. Elke week wachten kost jullie klanten.\n\n"
               "Zullen we donderdag even bellen?"),
    bump("nl", "Even een herinnering aan mijn vorige mail. Zonder automatische herinneringen misloopt uw "
               "praktijk elke week afspraken.\n\nZal ik een demo inplannen?"),
    bump("nl", "Ik wilde nog even terugkomen op mijn mail van vorige week. Zo lopen jullie elk jaar "
               "duizenden euro's mis.\n\nLaat maar weten."),
    bump("en", "Bumping this to the top of your inbox. Every week without a proper booking system costs "
               "your salon walk-ins.\n\nLet me know."),
]

BUMP_NO_LOSS_FRAMING = [
    bump("en", "Following up on Tuesday's session: from 1 January the e-invoicing rule means PDF invoices are "
               "no longer accepted by public buyers, so suppliers who haven't switched lose those contracts."
               "\n\nHere is the checklist from the session: {{ checklist_url }}"),
    bump("en", "As you asked on our call, here are {{ company }}'s figures for the last quarter: 212 missed "
               "appointments, about €9,400 in lost fees. The breakdown by month is attached."),
    bump("de", "Wie besprochen hier Ihre Zahlen aus dem letzten Quartal: 38 Stornierungen und ein "
               "Umsatzverlust von rund 6.200 Euro. Die Aufschlüsselung nach Monaten finden Sie im Anhang."),
    bump("de", "Nachtrag zum Webinar: Seit dem 1. Januar verlangt das Finanzamt E-Rechnungen, wer weiter "
               "PDF-Rechnungen schickt, verliert den Vorsteuerabzug.\n\nHier ist die Checkliste aus der "
               "Sitzung: {{ checklist_url }}"),
    bump("fr", "Suite au webinaire : depuis le 1er septembre, l'URSSAF applique une majoration de 5 % aux "
               "déclarations déposées en retard, donc un retard vous coûte directement.\n\nVoici le calendrier "
               "des échéances présenté pendant la session : {{ checklist_url }}"),
    bump("fr", "Comme convenu, voici les chiffres de {{ company }} pour le dernier trimestre : 57 rendez-vous "
               "manqués, soit environ 4 100 euros de chiffre d'affaires perdu. Le détail par mois est en "
               "pièce jointe."),
    bump("es", "Como me pidió, aquí tiene los datos de {{ company }} del último trimestre: 41 citas perdidas, "
               "unos 3.900 euros de ingresos perdidos. Le adjunto el detalle por mes."),
    bump("es", "Tras el seminario: desde el 1 de julio Hacienda exige la factura electrónica, y quien siga "
               "enviando PDF pierde la deducción del IVA.\n\nAquí tiene la lista de comprobación de la sesión: "
               "{{ checklist_url }}"),
    bump("nl", "Naar aanleiding van de sessie: sinds 1 juli rekent de Belastingdienst een boete van 5% bij te "
               "late aangifte, dus te laat indienen kost u direct geld.\n\nHier is het overzicht van de "
               "termijnen: {{ checklist_url }}"),
    bump("nl", "Zoals gevraagd de cijfers van {{ company }} over het afgelopen kwartaal: 64 gemiste "
               "afspraken, ongeveer 5.200 euro aan gemiste omzet. Het overzicht per maand zit in de bijlage."),
    bump("es", "Gracias por asistir al taller. Aquí tiene la grabación: {{ recording_url }}\n\nComo se "
               "comentó, los comercios pierden de media un 3 % de sus ventas por roturas de stock; la "
               "plantilla de inventario está adjunta."),
    bump("en", "Following up on your question after the call: you asked what the late deliveries cost you "
               "last year. Based on the numbers you sent, they cost {{ company }} about £18,000 in "
               "penalties. The calculation is attached."),
]

TABLES = {
    "wish paragraph (FL211)": (WISH_PARAGRAPHS, WISH_THEN_SOMETHING, "FL211"),
    "P.S. discount (FL209)": (PS_DISCOUNT, PS_HARMLESS, "FL209"),
    "loss in a bump (FL214)": (BUMP_LOSS, BUMP_NO_LOSS_FRAMING, "FL214"),
}


def test_tables_are_balanced_and_multilingual() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


@pytest.mark.parametrize("template", WISH_PARAGRAPHS)
def test_an_opening_paragraph_of_wishes_is_filler(template: str) -> None:
    assert fired("FL211", template)


@pytest.mark.parametrize("template", WISH_THEN_SOMETHING)
def test_a_wish_beside_something_real_a_reply_or_a_breakup_is_no_filler_opening(template: str) -> None:
    assert not fired("FL211", template)


@pytest.mark.parametrize("template", PS_DISCOUNT)
def test_a_time_limited_discount_in_the_ps_is_pressure(template: str) -> None:
    assert fired("FL209", template)


@pytest.mark.parametrize("template", PS_HARMLESS)
def test_a_harmless_ps_or_the_readers_own_deadline_or_code_is_no_pressure(template: str) -> None:
    assert not fired("FL209", template)


@pytest.mark.parametrize("template", BUMP_LOSS)
def test_loss_framing_in_a_bump_is_loss_framing(template: str) -> None:
    assert fired("FL214", template)


@pytest.mark.parametrize("template", BUMP_NO_LOSS_FRAMING)
def test_a_rules_loss_or_the_readers_asked_for_figures_in_a_follow_up_is_no_loss_framing(template: str) -> None:
    assert not fired("FL214", template)


if __name__ == "__main__":
    print_table_scores(TABLES)
