"""Three categories of issue 10 (tone), written as tables before the code, must-fire and must-not
in equal measure, in English, German, French, Spanish and Dutch. No sentence here comes from a
scored batch.

* **P.S. markers as people type them**: "P. S.", "P.S.:", "PS -", "P.P.S.", "**P.S.**", Spanish
  "P. D." / "PD:" / "P.P.D.", French "P.-S." (also with a non-breaking hyphen) / "PS :" (with the
  non-breaking space French typography puts before a colon), German "PS:" / "PPS:", Dutch "PS" /
  "Ps.". Pressure after any of them is pressure in the P.S. (FL209). A line that merely starts
  with "PS" or "PD" as part of a word or a title ("PS5", "PSD files", "PS-starke Transporter",
  "PD Dr. ...", "PSG") is no P.S., and a P.S. without pressure is no finding.
* **A commercial topic of the reader's business**: advice on how the reader can handle discount
  codes, prices, offers, promotions and their deadlines in their own business is neither the
  sender's pitch (FL201), nor pressure (FL203), nor loss framing (FL214). The sender's own
  discount, code, offer or deadline still is, and so is loss framing aimed at the reader.
* **A free resource in plural or compound form in the subject** ("Free ... templates",
  "Kostenlose ...vorlagen", "Modèles ... gratuits", "Plantillas ... gratis", "Gratis
  ...sjablonen") is not a promotion (FL503), even when a word of the phrase is also an offer
  word ("risk assessment templates", "Angebotsvorlagen", "modèles de devis"); a free trial,
  month, demo, consultation or shipping still is.

Run ``PYTHONPATH=src python tests/test_tone_ps_topics_free.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores
from followup_lint.testing import run_rules
from followup_lint.text import segment_email

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Hallo {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola, {{ first_name }}:",
    "nl": "Hoi {{ first_name }},",
}
SIGNOFF = {
    "en": "Best,\nSiobhán O'Neill-Park",
    "de": "Viele Grüße\nJürgen von der Heydt",
    "fr": "Cordialement,\nAnne-Sophie Côté-Leblanc",
    "es": "Un saludo,\nMaría José Núñez de Arce",
    "nl": "Groet,\nDaan van den Broek",
}
BODY = {
    "en": "The recording of Thursday's session on cold-room audits is here: {{ recording_url }}",
    "de": "Hier ist die Aufzeichnung der Sitzung zur Kühlraum-Prüfung: {{ recording_url }}",
    "fr": "Voici l'enregistrement de la session sur les audits de chambres froides : {{ recording_url }}",
    "es": "Aquí tienes la grabación de la sesión sobre auditorías de cámaras frigoríficas: {{ recording_url }}",
    "nl": "Hier is de opname van de sessie over koelcelcontroles: {{ recording_url }}",
}


def mail(lang: str, body: str, *, sequence: str = "follow-up") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


def with_ps(lang: str, marker: str, ps: str, *, signoff: str | None = None) -> str:
    """A webinar follow-up whose P.S. starts with ``marker`` (after the signature)."""
    sign = SIGNOFF[lang] if signoff is None else signoff
    return (f"---\nsequence: follow-up\nlocale: {lang}\n---\n{GREETING[lang]}\n\n{BODY[lang]}\n\n"
            f"{sign}\n\n{marker} {ps}\n")


def with_line(lang: str, line: str, *, signoff: str | None = None) -> str:
    """A follow-up with ``line`` in its second paragraph (where a P.S. marker would be read)."""
    sign = SIGNOFF[lang] if signoff is None else signoff
    return (f"---\nsequence: follow-up\nlocale: {lang}\n---\n{GREETING[lang]}\n\n{BODY[lang]}\n\n"
            f"{line}\n\n{sign}\n")


def subject_only(lang: str, subject: str) -> str:
    return (f"---\nlocale: {lang}\nsubject: \"{subject}\"\n---\n{GREETING[lang]}\n\n{BODY[lang]}\n\n"
            f"{SIGNOFF[lang]}\n")


NBSP = "\u00a0"
NB_HYPHEN = "\u2011"

# ----------------------------------------------------------------------------- 1. P.S. markers

#: (language, marker, pressure): every marker people type, with pressure after it
PS_PRESSURE = [
    with_ps("en", "P. S.", "The early-bird price for the spring course ends on Friday, so book now."),
    with_ps("en", "P.S.:", "Only four places are left on the March cohort."),
    with_ps("en", "PS -", "Our prices go up on 1 April, so it's worth locking in today."),
    with_ps("en", "P.P.S.", "Last chance: the 20% launch discount expires at midnight."),
    with_ps("en", "**P.S.**", "Seats for the audit workshop are almost gone; reply today to keep one."),
    with_ps("en", "PS —", "This offer disappears on Sunday."),
    with_ps("de", "PS:", "Der Frühbucherpreis für den Kurs endet am Freitag."),
    with_ps("de", "P.S.:", "Es sind nur noch drei Plätze frei."),
    with_ps("de", "PPS:", "Ab dem 1. März steigen unsere Preise um 8 %."),
    with_ps("de", "PS –", "Sichern Sie sich jetzt einen der letzten Plätze."),
    with_ps("fr", "P.-S.", "Notre tarif de lancement prend fin vendredi à minuit."),
    with_ps("fr", f"PS{NBSP}:", "Il ne reste que trois places pour la session de mars."),
    with_ps("fr", f"P.{NB_HYPHEN}S.", "Nos tarifs augmentent au 1er avril, réservez vite."),
    with_ps("fr", f"P.-S.{NBSP}:", "Dernière chance : la remise de 15 % expire ce soir."),
    with_ps("es", "P. D.", "El precio de lanzamiento termina este viernes."),
    with_ps("es", "PD:", "Quedan muy pocas plazas para la formación de abril."),
    with_ps("es", "P.P.D.", "A partir de marzo subimos los precios un 10 %, así que date prisa."),
    with_ps("es", "PPD:", "Última oportunidad: el descuento caduca esta noche."),
    with_ps("nl", "PS", "De introductiekorting loopt vrijdag af."),
    with_ps("nl", "Ps.", "Er zijn nog maar twee plekken vrij in de april-groep."),
    with_ps("nl", "P.S.:", "Vanaf 1 maart gaan onze prijzen omhoog, dus schrijf je vandaag nog in."),
    with_ps("nl", "PS -", "Laatste kans: de actie stopt vanavond om middernacht."),
]

#: the same markers before a P.S. with nothing pressing in it, and lines that only start with
#: "PS" or "PD" as part of a word, a product or a title (with pressure words beside them, so that
#: reading them as a P.S. would be noticed)
PS_QUIET = [
    with_ps("en", "P. S.", "The slides are on the same page as the recording."),
    with_ps("en", "PS -", "No rush at all; the recording stays up for a year."),
    with_ps("en", "P.P.S.", "If a colleague missed it, feel free to forward this."),
    with_ps("en", "**P.S.**", "The checklist from slide 12 is attached as a PDF."),
    with_line("en", "PS5 bundles for the staff raffle sold out by Friday, so we ordered Switch consoles instead."),
    with_line("en", "PSD files for the spring catalogue are due on Friday; the printer confirmed the slot."),
    with_ps("de", "PS:", "Die Folien liegen auf derselben Seite wie die Aufzeichnung."),
    with_ps("de", "PPS:", "Falls es dringend ist, erreichen Sie mich unter 030 1234567."),
    with_line("de", "PS-starke Transporter waren im Test nur bis Freitag verfügbar, deshalb fehlen sie in der Auswertung."),
    with_ps("de", "Nachtrag:", "Die Teilnehmerliste ist angehängt.",
            signoff="Viele Grüße\nPD Dr. Johanna Weiß\nOberärztin, Klinik für Kardiologie"),
    with_ps("fr", "P.-S.", "Les diapositives sont sur la même page que l'enregistrement."),
    with_ps("fr", f"PS{NBSP}:", "Rien ne presse, l'enregistrement reste en ligne un an."),
    with_line("fr", "PSG et OL : les deux clubs ont réservé leurs places avant vendredi, d'après l'organisateur."),
    with_ps("es", "P. D.", "Las diapositivas están en la misma página que la grabación."),
    with_ps("es", "PD:", "Tu plazo para el modelo 303 termina el día 20, por si acaso."),
    with_line("es", "PDF con las últimas plazas libres del curso municipal, tal como lo publicó el ayuntamiento."),
    with_ps("nl", "PS", "De slides staan op dezelfde pagina als de opname."),
    with_ps("nl", "Ps.", "Geen haast, de opname blijft een jaar online."),
    with_line("nl", "PS-waarde van de nieuwe bestelbussen staat in de bijlage; de dealer houdt de prijs tot vrijdag vast."),
    with_ps("nl", "PS:", "Het proefaccount blijft gratis en vrijblijvend."),
    with_ps("fr", "P.-S.", "Si un collègue l'a manqué, n'hésitez pas à transférer ce message."),
    with_ps("es", "P.P.D.", "Si algún compañero se lo perdió, reenvíale este correo sin problema."),
]

#: single lines: read as a P.S. (the marker table) or not
PS_LINES = [
    "P.S. The slides are attached.", "P. S. The slides are attached.", "P.S.: see the link.", "PS - see the link.",
    "P.P.S. One more thing.", "PPS: one more thing.", "**P.S.** see below.", "PS — see below.",
    "PS: Anbei die Folien.", "P.S.: Anbei die Folien.", "PPS: noch etwas.", "P.-S. Voici les diapositives.",
    f"PS{NBSP}: voici les diapositives.", f"P.{NB_HYPHEN}S. Voici les diapositives.", f"P.-S.{NBSP}: voici.",
    "P. D. Aquí tienes las diapositivas.", "PD: aquí tienes las diapositivas.", "P.D. Aquí tienes las diapositivas.",
    "P.P.D. Otra cosa.", "PPD: otra cosa.", "PS Hierbij de slides.", "Ps. hierbij de slides.", "P.S.: hierbij de slides.",
    "👉 P.S. The slides are attached.", "✨ PS: Anbei die Folien.", "→ P.-S. Voici les diapositives.",
]
NOT_PS_LINES = [
    "PS5 bundles sold out by Friday.", "PSD files are due on Friday.", "PS-starke Transporter sind knapp.",
    "PD Dr. Johanna Weiß", "PSG et OL ont réservé.", "PDF con las últimas plazas.", "PS-waarde van de bussen.",
    "PSA: the office is closed on Monday.", "Psalm 23 was read at the opening.", "PDCA cycles in practice.",
    "PD-Regler für die Kühlung.", "PPE stock runs out on Friday.", "Pseudonymised data only.",
    "PS4 controllers for the break room.", "PST time zone for the call.", "P.D.F. Jansen, finance",
    "PSV-fans kregen korting.", "PDV y supermercados.", "PSE-Treffen am Freitag.", "PSI figures attached.",
    "Pd/Ag-Legierung im Test.", "PS Plus", "PD Dr. med. Anna Kühn",
    "👉 PS5 bundles sold out.", "✨ PSD-Vorlagen im Anhang.", "→ PDF en pièce jointe.",
]


@pytest.mark.parametrize("template", PS_PRESSURE)
def test_pressure_after_any_ps_marker_is_pressure_in_the_ps(template: str) -> None:
    found = [d.code for d in run_rules("FL209", template)]
    assert found == ["FL209"], template


@pytest.mark.parametrize("template", PS_QUIET)
def test_a_plain_ps_or_a_ps_word_is_no_pressure_in_the_ps(template: str) -> None:
    found = run_rules("FL209", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("line", PS_LINES)
def test_the_marker_table_reads_the_line_as_a_ps(line: str) -> None:
    ps = segment_email(f"Hi Ana,\n\nThe notes are below.\n\nBest,\nKenji\n\n{line}\n").ps
    assert ps is not None and ps.text.startswith(line[:3]), line


@pytest.mark.parametrize("line", NOT_PS_LINES)
def test_a_word_that_starts_with_ps_or_pd_is_no_marker(line: str) -> None:
    assert segment_email(f"Hi Ana,\n\nThe notes are below.\n{line}\n\nBest,\nKenji\n").ps is None, line


# ----------------------------------------------------------------------------- 2. commercial topics

TOPIC_CODES = ("FL201", "FL203", "FL214")

#: advice about the reader's own discounts, prices, offers, promotions and deadlines
TOPIC_ADVICE = [
    mail("en", "I read your post about running a spring sale on the webshop.\n\nOne pattern from the bakeries we "
               "interviewed: codes posted on coupon sites are mostly redeemed by customers who would have ordered "
               "anyway. Limiting each code to one use per customer keeps most of the margin.\n\nThe write-up is "
               "here if useful: {{ guide_url }}", sequence="first-touch"),
    mail("en", "Your Black Friday promotion looked busy from the outside.\n\nIf you run flash sales, a countdown that "
               "resets for every visitor tends to cost trust; a fixed end date your customers can check works "
               "better and lowers refund requests.\n\nThe checklist we use with clients is attached.",
         sequence="first-touch"),
    mail("en", "Noticed your clinic offers an introductory discount for new patients.\n\nPractices that cap the "
               "discount at the first visit keep most of the revenue and still fill the calendar. Offers that "
               "expire too quickly push people into booking slots they later cancel.\n\nNo need to reply; I just "
               "thought it might help.", sequence="first-touch"),
    mail("en", "On your question from the Q&A about raising prices: give regulars two weeks' notice and one last "
               "order at the old rate. Shops that did this lost fewer accounts than shops that changed prices "
               "overnight."),
    mail("de", "Ich habe gesehen, dass Ihr Hofladen im Herbst Rabattaktionen plant.\n\nEine Beobachtung aus "
               "unseren Gesprächen mit Direktvermarktern: Gutscheincodes, die auf Sparportalen landen, lösen vor "
               "allem Kunden ein, die ohnehin gekauft hätten. Wer jeden Code nur einmal pro Kunde gültig macht, "
               "behält den größten Teil der Marge.\n\nDie Notizen dazu schicke ich gern.", sequence="first-touch"),
    mail("de", "Zu Ihrer Frage aus dem Webinar: Wenn Sie Ihre Preise zum Jahreswechsel anpassen, kündigen Sie die "
               "Erhöhung zwei Wochen vorher an. Aktionen, die zu schnell enden, bringen vor allem Stornos; eine "
               "feste Frist, die Ihre Gäste nachlesen können, wirkt besser."),
    mail("fr", "J'ai vu que votre boutique prépare des soldes pour la rentrée.\n\nUn constat des commerçants que "
               "nous avons interrogés : les codes promo partagés sur les sites de bons plans sont surtout utilisés "
               "par des clients qui auraient acheté de toute façon. Limiter chaque code à un usage par client "
               "préserve l'essentiel de la marge.\n\nLe compte rendu est en pièce jointe.", sequence="first-touch"),
    mail("fr", "Pour répondre à votre question de l'atelier : si vous lancez une offre de bienvenue pour vos "
               "nouveaux adhérents, une remise limitée au premier mois fonctionne mieux qu'une réduction sur "
               "l'année. Une offre qui expire trop vite pousse à des inscriptions ensuite annulées."),
    mail("es", "Vi que vuestra tienda prepara rebajas para septiembre.\n\nUna observación de los comercios con los "
               "que hablamos: los códigos de descuento que acaban en webs de cupones los usan sobre todo clientes "
               "que habrían comprado igualmente. Limitar cada código a un solo uso por cliente conserva casi todo "
               "el margen.\n\nTe dejo el resumen por si te sirve.", sequence="first-touch"),
    mail("es", "Sobre tu pregunta del taller: si vais a subir precios en enero, avisad con dos semanas de "
               "antelación. Las promociones que caducan demasiado rápido traen sobre todo cancelaciones; un plazo "
               "fijo que tus clientes puedan consultar funciona mejor."),
    mail("nl", "Ik zag dat jullie webshop een voorjaarsactie plant.\n\nWat we vaak horen van andere winkeliers: "
               "kortingscodes die op kortingssites belanden, worden vooral gebruikt door klanten die toch al "
               "zouden kopen. Als je elke code maar één keer per klant geldig maakt, hou je het grootste deel van "
               "de marge.\n\nDe samenvatting stuur ik graag door.", sequence="first-touch"),
    mail("nl", "Over je vraag uit het webinar: als je in januari je prijzen verhoogt, kondig het twee weken vooraf "
               "aan. Acties die te snel verlopen, leveren vooral annuleringen op; een vaste einddatum die je "
               "klanten kunnen nakijken werkt beter."),
]

#: advice that runs over several sentences: the reader's own practice first, then what it does in
#: general (the later sentence alone names no reader)
ADVICE_FOLLOW_ON = [
    mail("en", "If you run a referral offer, cap it at one reward per customer. Open-ended offers end up "
               "costing more than the referrals bring in.", sequence="first-touch"),
    mail("de", "Wenn Sie im Januar eine Rabattaktion planen, nennen Sie das Enddatum gleich am ersten Tag. "
               "Verlängerte Aktionen bringen Kunden bei, auf die nächste zu warten.", sequence="first-touch"),
    mail("fr", "Si vous lancez des soldes en ligne, fixez la date de fin dès le départ. Des soldes prolongés font "
               "perdre de la marge et apprennent aux clients à attendre.", sequence="first-touch"),
    mail("es", "Si preparas rebajas para enero, fija la fecha de fin desde el principio. Las rebajas que se "
               "alargan hacen perder margen y enseñan a los clientes a esperar.", sequence="first-touch"),
    mail("nl", "Als je een kortingsactie plant, zet de einddatum er meteen bij. Acties die verlengd worden, "
               "kosten marge en leren klanten wachten.", sequence="first-touch"),
]

#: the same advice, then the sender's own offer with its deadline
ADVICE_THEN_OFFER = [
    mail("en", "If you run a referral offer, cap it at one reward per customer. Our referral bundle ends on "
               "Friday, so grab it before then.", sequence="first-touch"),
    mail("de", "Wenn Sie im Januar eine Rabattaktion planen, nennen Sie das Enddatum gleich am ersten Tag. Unser "
               "Aktionspreis für die Kassen-App endet am Freitag.", sequence="first-touch"),
    mail("fr", "Si vous lancez des soldes en ligne, fixez la date de fin dès le départ. Notre offre de lancement "
               "se termine vendredi, profitez-en.", sequence="first-touch"),
    mail("es", "Si preparas rebajas para enero, fija la fecha de fin desde el principio. Nuestro descuento de "
               "lanzamiento termina este viernes.", sequence="first-touch"),
    mail("nl", "Als je een kortingsactie plant, zet de einddatum er meteen bij. Onze introductiekorting loopt "
               "vrijdag af.", sequence="first-touch"),
]

#: the sender's own discount, code, offer or deadline, beside the same kind of advice
SENDER_OFFER = [
    mail("en", "Thanks for joining the session on coupon abuse.\n\nYour code SPRING20 expires on Friday, so use "
               "it for 20% off our Growth plan before then."),
    mail("en", "Limiting each code to one use per customer keeps most of the margin.\n\nOur own spring discount "
               "ends tonight: grab 30% off the annual plan while it lasts."),
    mail("de", "Danke für Ihre Frage zu Gutscheincodes im Webinar.\n\nMit dem Code HERBST15 erhalten Sie 15 % "
               "Rabatt auf unser Kassenmodul; das Angebot endet am Freitag."),
    mail("fr", "Merci pour votre question sur les codes promo.\n\nNotre offre de lancement prend fin vendredi : "
               "profitez de 20 % de remise sur l'abonnement annuel."),
    mail("es", "Gracias por tu pregunta sobre los códigos de descuento.\n\nNuestro descuento de lanzamiento del "
               "25 % caduca este viernes, así que aprovéchalo ya."),
    mail("nl", "Bedankt voor je vraag over kortingscodes.\n\nMet de code VOORJAAR10 krijg je 10 % korting op ons "
               "abonnement, maar de actie loopt zondag af."),
]

#: loss framing aimed at the reader, without the product (and no commercial topic to hide behind)
READER_LOSS = [
    mail("en", "Every week without a proper rota tool costs your care home shifts and agency fees you can't get "
               "back.", sequence="first-touch"),
    mail("de", "Jeder Monat ohne automatische Mahnungen kostet Sie bares Geld, und Ihre Konkurrenz schläft nicht.", sequence="first-touch"),
    mail("fr", "Chaque semaine sans relance automatique vous fait perdre des clients au profit de vos concurrents.", sequence="first-touch"),
    mail("es", "Cada semana sin un buen control de stock estás perdiendo ventas que ya no vas a recuperar.", sequence="first-touch"),
    mail("nl", "Elke week zonder goede planning verlies je klanten aan concurrenten die wel snel leveren.", sequence="first-touch"),
    mail("en", "Can you afford to keep losing repeat customers to competitors while your team plans by hand?", sequence="first-touch"),
]


@pytest.mark.parametrize("template", TOPIC_ADVICE)
def test_advice_about_the_readers_commercial_practice_is_no_sell_pressure_or_loss(template: str) -> None:
    found = run_rules(list(TOPIC_CODES), template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize("template", ADVICE_FOLLOW_ON)
def test_advice_over_several_sentences_is_no_sell_pressure_or_loss(template: str) -> None:
    found = run_rules(list(TOPIC_CODES), template)
    assert found == [], (template, [(d.code, d.message) for d in found])


@pytest.mark.parametrize("template", ADVICE_THEN_OFFER)
def test_advice_then_the_senders_own_offer_still_fires(template: str) -> None:
    assert run_rules(list(TOPIC_CODES), template), template


@pytest.mark.parametrize("template", SENDER_OFFER)
def test_the_senders_own_offer_or_deadline_still_fires(template: str) -> None:
    assert run_rules(list(TOPIC_CODES), template), template


@pytest.mark.parametrize("template", READER_LOSS)
def test_loss_framing_at_the_reader_still_fires(template: str) -> None:
    assert fired("FL214", template), template


# ----------------------------------------------------------------------------- 3. free resources

FREE_RESOURCES = [
    subject_only("en", "Free risk assessment templates for joiners"),
    subject_only("en", "Free audit checklists for cold rooms"),
    subject_only("en", "Free quote templates and price list examples"),
    subject_only("de", "Kostenlose Vorlagen für die Gefährdungsbeurteilung"),
    subject_only("de", "Kostenlose Angebotsvorlagen für Handwerker"),
    subject_only("de", "Kostenlose Prüfprotokolle für Kühlräume"),
    subject_only("fr", "Modèles gratuits de devis pour artisans"),
    subject_only("fr", "Modèles de devis gratuits pour artisans"),
    subject_only("fr", "Fiches d'audit gratuites pour vos chambres froides"),
    subject_only("es", "Plantillas gratis de presupuesto para reformas"),
    subject_only("es", "Plantillas de presupuesto gratuitas para autónomos"),
    subject_only("nl", "Gratis offertesjablonen voor installateurs"),
    subject_only("nl", "Gratis checklists voor de keuring van je koelcel"),
]

FREE_OFFERS = [
    subject_only("en", "Free trial of the rota planner"),
    subject_only("en", "Free month of Pro for your team"),
    subject_only("en", "Free demo this week"),
    subject_only("en", "Free shipping on your first order"),
    subject_only("de", "Kostenloser Probemonat für Ihr Team"),
    subject_only("de", "Kostenlose Demo unserer Kassensoftware"),
    subject_only("fr", "Essai gratuit de 30 jours"),
    subject_only("fr", "Livraison gratuite sur votre première commande"),
    subject_only("es", "Envío gratis en tu primer pedido"),
    subject_only("es", "Demostración gratuita esta semana"),
    subject_only("nl", "Gratis proefmaand voor je team"),
    subject_only("nl", "Gratis verzending op je eerste bestelling"),
]


@pytest.mark.parametrize("template", FREE_RESOURCES)
def test_free_resources_in_plural_or_compound_form_are_no_promotion(template: str) -> None:
    found = run_rules("FL503", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", FREE_OFFERS)
def test_free_trials_months_demos_and_shipping_are_a_promotion(template: str) -> None:
    assert fired("FL503", template), template


TABLES = {
    "FL209 P.S. markers": (PS_PRESSURE, PS_QUIET, ("FL209",)),
    "FL201/FL203/FL214 commercial topics": (SENDER_OFFER + READER_LOSS, TOPIC_ADVICE, TOPIC_CODES),
    "FL201/FL203/FL214 advice over sentences": (ADVICE_THEN_OFFER, ADVICE_FOLLOW_ON, TOPIC_CODES),
    "FL503 free resources": (FREE_OFFERS, FREE_RESOURCES, ("FL503",)),
}


def test_tables_are_balanced() -> None:
    assert_tables_balanced(TABLES)
    assert len(NOT_PS_LINES) >= len(PS_LINES)


def test_tables_cover_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
