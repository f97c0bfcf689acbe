"""Three categories of tone false alarm on blind whole emails (issue 10), written as tables before
the code, must-fire and must-not in equal measure, in English, German, French, Spanish and Dutch.

* **An identity statement is not a pitch.** The sender says who they are and what they make or
  do - a verb of making, doing or selling, what, and for whom - with no benefit or result claimed,
  beside an optional small ask (a one-line reply, an opinion, "shall I send the link? if not,
  ignore this"). That is neither a sell (FL201) nor a self-centred opener (FL202). A benefit
  claim ("we help ... teams with ..."), results, or an identity followed by a call, demo,
  meeting or trial is still a sell.
* **A resource the sender made and gives is value.** "We put together a checklist", "Wir haben
  einen Rechner gebaut", "Hemos preparado una plantilla": the sender makes or shares an artifact
  for the reader (template, calculator, comparison, checklist, guide, log, spreadsheet). Still a
  pitch: the artifact is the product on sale (our platform, app, a trial of it), or the sentence
  claims results for the product.
* **"Free" in a subject** promotes when it sits on a commercial offer (trial, demo, consultation,
  shipping, month, upgrade, gift, "for free", "FREE!"); a free resource ("Free calculator: the
  cost of a mis-hire") is no promotion (FL503).

Run ``PYTHONPATH=src python tests/test_tone_identity_resources.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Hallo {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola, {{ first_name }}:",
    "nl": "Hoi {{ first_name }},",
}
SIGNOFF = {
    "en": "Best,\nSeo-yeon Park",
    "de": "Viele Grüße\nKai-Uwe von der Heydt",
    "fr": "Cordialement,\nAnaïs Le Goff",
    "es": "Saludos,\nMaría José Ortega del Río",
    "nl": "Groet,\nFenna de Vries-Tjepkema",
}


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


def subject_only(lang: str, subject: str) -> str:
    return f"---\nlocale: {lang}\nsubject: \"{subject}\"\n---\nHi {{{{ first_name }}}},\n\nThe notes are below.\n"


# ----------------------------------------------------------------------------- 1. identity statements

#: who the sender is and what they make, for whom, beside an optional one-line ask
IDENTITY_WITH_SMALL_ASK = [
    mail("en", "We make barcode scanners for hospital pharmacies. Quick question: does {{ company }} still "
               "count controlled drugs by hand at the end of each shift? A one-word reply is plenty."),
    mail("en", "I run a two-person studio that designs packaging for craft distilleries. Would it help if I "
               "sent over the dieline we use for tall bottles? If not, just ignore this."),
    mail("de", "Wir bauen Kühlzellen für Metzgereien. Wie prüfen Sie bei {{ company }} die Temperatur am "
               "Wochenende? Eine kurze Antwort genügt völlig."),
    mail("fr", "Je conçois des tableaux de bord pour les cabinets d'expertise comptable. Comment suivez-vous "
               "les relances clients chez {{ company }} ? Un mot en retour me suffit."),
    mail("es", "Fabricamos básculas para fruterías y mercados. ¿Cómo controlan en {{ company }} la merma de "
               "cada día? Con una línea de respuesta me basta."),
    mail("nl", "Wij ontwikkelen planningssoftware voor fysiotherapiepraktijken. Hoe plannen jullie bij "
               "{{ company }} de huisbezoeken? Een kort antwoord is genoeg, en anders geen punt."),
]

#: the same openings with a benefit or result claimed, or a call, demo or trial asked
IDENTITY_THEN_PITCH = [
    mail("en", "We help {{ segment }} teams with {{ service }}. Does {{ company }} still count stock by hand? "
               "A one-word reply is plenty."),
    mail("en", "We make barcode scanners for hospital pharmacies. Can we book a 30-minute demo next Tuesday "
               "to show your team?"),
    mail("de", "Wir bauen Kühlzellen für Metzgereien und senken ihre Energiekosten um bis zu 30 %. Haben Sie "
               "nächste Woche Zeit für ein kurzes Telefonat?"),
    mail("fr", "Je conçois des tableaux de bord pour les cabinets comptables. Pouvons-nous caler une démo de "
               "20 minutes jeudi ?"),
    mail("es", "Fabricamos básculas para fruterías y ya confían en nosotros más de 400 tiendas. ¿Le va bien una "
               "llamada el martes?"),
    mail("nl", "Wij ontwikkelen planningssoftware voor fysiotherapiepraktijken. Zullen we volgende week een "
               "proefperiode voor jullie starten?"),
]


# second round, written after the first code: the employer's product described, the sender after
# a lead-in, a number inside a resource, a comparison of products; and claims hidden in them
IDENTITY_WITH_SMALL_ASK += [
    mail("fr", "Je développe un logiciel de devis pour les menuisiers. Comment chiffrez-vous les escaliers "
               "sur mesure chez {{ company }} ? Si vous n'avez pas le temps, aucun souci."),
    mail("en", "At Halvorsen & Ng we write safety manuals for food factories. How often does {{ company }} "
               "rewrite its own? A one-line answer would already help me."),
]
IDENTITY_THEN_PITCH += [
    mail("nl", "Wij maken roosters voor ruim 300 kinderopvangcentra. Hoe plannen jullie bij {{ company }} de "
               "vakantieweken? Een kort antwoord is genoeg."),
]


@pytest.mark.parametrize("template", IDENTITY_WITH_SMALL_ASK)
def test_an_identity_statement_beside_a_small_optional_ask_is_no_sell(template: str) -> None:
    found = run_rules(["FL201", "FL202"], template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", IDENTITY_THEN_PITCH)
def test_a_benefit_result_or_meeting_after_the_identity_is_a_sell(template: str) -> None:
    assert run_rules(["FL201", "FL202"], template), template


# third round: an identity statement beside value given (a resource, no ask), and the same with
# a meeting asked or a result claimed
IDENTITY_BESIDE_VALUE = [
    mail("en", "We design loading ramps for small warehouses. Here is the inspection sheet our fitters use "
               "every spring: https://example.com/ramp-sheet\n\nHope it saves {{ company }} a search."),
    mail("de", "Ich entwickle Dienstplan-Software für Pflegedienste. Hier ist die Vorlage für Urlaubsanträge, "
               "die viele Teams nutzen: https://example.com/urlaub\n\nVielleicht passt sie für {{ company }}."),
    mail("fr", "Nous fabriquons des vitrines réfrigérées pour les traiteurs. Voici la fiche d'entretien "
               "mensuel que nous remettons à tout le monde : https://example.com/entretien\n\nBonne journée."),
    mail("es", "Diseñamos rutas de reparto para distribuidoras de bebidas. Le dejo la hoja de carga que "
               "usan muchos almacenes: https://example.com/carga\n\nOjalá le sea útil."),
    mail("nl", "Ik bouw kassasystemen voor bakkerijen. Hier is het overzicht van de nieuwe btw-regels dat "
               "we voor klanten maakten: https://example.com/btw\n\nMisschien handig voor {{ company }}."),
]
IDENTITY_VALUE_THEN_MEETING = [
    mail("en", "We design loading ramps for small warehouses. Here is our inspection sheet: "
               "https://example.com/ramp-sheet\n\nCan we book a site visit next Tuesday?"),
    mail("de", "Ich entwickle Dienstplan-Software für Pflegedienste. Haben Sie Donnerstag 30 Minuten für "
               "eine Vorführung?"),
    mail("fr", "Nous fabriquons des vitrines réfrigérées pour les traiteurs. Je vous propose un appel "
               "jeudi pour en parler."),
    mail("es", "Diseñamos rutas de reparto para distribuidoras de bebidas. ¿Agendamos una demo el martes?"),
    mail("nl", "Ik bouw kassasystemen voor bakkerijen en onze klanten winnen elke dag een uur. Zullen we "
               "een demo plannen?"),
]


@pytest.mark.parametrize("template", IDENTITY_BESIDE_VALUE)
def test_an_identity_statement_beside_value_given_is_no_sell(template: str) -> None:
    found = run_rules(["FL201", "FL202"], template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", IDENTITY_VALUE_THEN_MEETING)
def test_an_identity_statement_then_a_meeting_or_claim_is_a_sell(template: str) -> None:
    assert run_rules(["FL201", "FL202"], template), template


# ----------------------------------------------------------------------------- 2. resources given

#: the sender made or shares an artifact for the reader
RESOURCE_GIVEN = [
    mail("en", "We put together a one-page checklist for closing a commercial kitchen at night: "
               "https://example.com/closing-checklist\n\nHope it's useful for {{ company }}."),
    mail("en", "We built a small spreadsheet that works out how many drivers a route plan needs per season. "
               "Happy to send it if you'd like a copy."),
    mail("de", "Wir haben eine Vorlage für das Hygieneprotokoll in Großküchen zusammengestellt, zum "
               "Herunterladen: https://example.com/hygiene\n\nVielleicht hilft sie {{ company }}."),
    mail("fr", "Nous avons réalisé un comparatif des délais de paiement dans le BTP, en accès libre : "
               "https://example.com/delais\n\nS'il peut servir à {{ company }}, tant mieux."),
    mail("es", "Hemos preparado una plantilla para el registro de temperaturas de cámaras frigoríficas: "
               "https://example.com/registro\n\nOjalá le sirva a {{ company }}."),
    mail("nl", "Wij hebben een gratis rekentool gemaakt die laat zien wat een lege behandelkamer per maand kost: "
               "https://example.com/rekentool\n\nMisschien handig voor {{ company }}."),
]

#: the artifact is the product on sale, or the sentence claims results for it
PRODUCT_AS_RESOURCE = [
    mail("en", "We built a platform that cuts kitchen waste by 40%. Can I show you a 15-minute demo on "
               "Thursday?"),
    mail("en", "We put together a 30-day free trial of our scheduling app for your team. Shall I set it up "
               "this week?"),
    mail("de", "Wir haben eine Software entwickelt, mit der Großküchen ihre Kosten um 20 % senken. Wann "
               "passt Ihnen eine Vorführung?"),
    mail("fr", "Nous avons créé une application qui réduit les impayés de moitié. Je vous propose un appel "
               "mardi pour vous la présenter."),
    mail("es", "Hemos desarrollado una plataforma que ahorra 10 horas por semana a las clínicas. ¿Agendamos "
               "una demo el jueves?"),
    mail("nl", "Wij hebben een app gebouwd waarmee praktijken 30 % minder no-shows hebben. Zullen we "
               "volgende week bellen?"),
]


RESOURCE_GIVEN += [
    mail("en", "We recorded a 12-minute video on setting par levels for a hotel bar: "
               "https://example.com/par-levels\n\nHope it's useful for {{ company }}."),
    mail("fr", "Nous avons réalisé un comparatif des logiciels de caisse pour les boulangeries : "
               "https://example.com/caisses\n\nIl est en accès libre, si ça peut servir."),
]
PRODUCT_AS_RESOURCE += [
    mail("en", "We built a calculator that shows how our platform cuts payroll costs by 30%. Can we walk "
               "your finance team through it on a call this week?"),
]


@pytest.mark.parametrize("template", RESOURCE_GIVEN)
def test_a_resource_the_sender_made_and_gives_is_value(template: str) -> None:
    found = run_rules(["FL201", "FL202"], template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", PRODUCT_AS_RESOURCE)
def test_the_product_on_sale_is_still_a_pitch(template: str) -> None:
    assert fired("FL201", template), template


# ----------------------------------------------------------------------------- 3. "free" in a subject

FREE_RESOURCE_SUBJECTS = [
    subject_only("en", "Free cold-room temperature log"),
    subject_only("en", "Free estimator: what a no-show costs a clinic"),
    subject_only("de", "Kostenlose Übersicht der Prüffristen für Gabelstapler"),
    subject_only("fr", "Comparatif gratuit des logiciels de caisse"),
    subject_only("es", "Gratis: hoja de cálculo de turnos para residencias"),
    subject_only("nl", "Gratis overzicht van de keuringstermijnen"),
]

FREE_OFFER_SUBJECTS = [
    subject_only("en", "Free shipping on your next order"),
    subject_only("en", "Your first month FREE!"),
    subject_only("de", "Kostenlose Erstberatung für {{ company }}"),
    subject_only("fr", "Livraison gratuite jusqu'à dimanche"),
    subject_only("es", "Instalación gratis este mes"),
    subject_only("nl", "Gratis upgrade voor {{ company }}"),
]


@pytest.mark.parametrize("template", FREE_RESOURCE_SUBJECTS)
def test_free_describing_a_resource_is_not_a_promotion(template: str) -> None:
    found = run_rules("FL503", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", FREE_OFFER_SUBJECTS)
def test_free_on_a_commercial_offer_is_a_promotion(template: str) -> None:
    assert fired("FL503", template), template


TABLES = {
    "identity with a small ask (must not)": (IDENTITY_THEN_PITCH, IDENTITY_WITH_SMALL_ASK, ["FL201", "FL202"]),
    "identity beside value (must not)": (IDENTITY_VALUE_THEN_MEETING, IDENTITY_BESIDE_VALUE, ["FL201", "FL202"]),
    "resource given (must not)": (PRODUCT_AS_RESOURCE, RESOURCE_GIVEN, ["FL201", "FL202"]),
    "free in a subject": (FREE_OFFER_SUBJECTS, FREE_RESOURCE_SUBJECTS, ["FL503"]),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
