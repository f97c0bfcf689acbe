"""Categories that fired on a near-threshold classifier score alone, given cue evidence so they
still fire when the role model's decision margin (content/model.py ``decision_margin``) raises the
tone thresholds (issue 10). Case tables written before the cues were added, must-fire and
must-not in equal measure, in English, German, French, Spanish and Dutch:

* **Loss without the sender's product** (FL214): the reader, or a business like theirs, pays,
  risks or loses something without the product, or loses it every day/week/month ("Ohne ...
  drohen Ihnen ...", "laisse filer ... chaque trimestre", "gooit elke maand geld weg"). "Without
  an account you can download ..." is a reassurance, no loss.
* **The sender's product as the instrument of a gain** (FL201): a sentence opening "with our
  platform / mit unserer Software / avec notre outil / con nuestra plataforma / met onze app".
  "With our office move next week ..." names no product.
* **The sender's people put at the reader's disposal** (FL201): "our two engineers ... and could
  start on {{ company }}'s migration", "I can have two candidates in front of you". "Our engineers
  fixed the bug, so you can start the import again" is a fix reported, no offer.
* **The sender's own price going up on a date** in the P.S. (FL209): "Our service plan goes up
  by 15% on 1 March ... keep today's price". Parts back in stock on a date is no pressure.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best,\nPriya Raman", "de": "Viele Grüße\nJonas Ebert", "fr": "Cordialement,\nLéa Marchand",
           "es": "Saludos,\nLucía Ferrer", "nl": "Groet,\nSanne de Vries"}


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


LOSS_FIRE = [
    mail("en", "Without proper stock alerts, your shop throws away chilled goods every weekend.\n\n"
               "Our FridgeWatch sensors text you when a door is left open."),
    mail("de", "Ohne digitale Zeiterfassung drohen {{ company }} bei der nächsten Prüfung Bußgelder.\n\n"
               "Unsere App erfasst die Stunden per Knopfdruck."),
    mail("fr", "Sans suivi des devis, vous laissez filer des chantiers chaque mois.\n\n"
               "Notre logiciel relance vos clients automatiquement."),
    mail("es", "Sin un control de inventario, su tienda pierde ventas cada semana por roturas de stock.\n\n"
               "Nuestra aplicación le avisa antes de que se agote un producto."),
    mail("nl", "Zonder goede planning gooit {{ bedrijf }} elke maand geld weg aan lege ritten.\n\n"
               "Onze planningssoftware voorkomt dat."),
]
LOSS_QUIET = [
    mail("en", "Without an account, you can download the checklist every month here: {{ link }}\n\n"
               "This month's edition covers the new inspection points."),
    mail("de", "Ohne Anmeldung können Sie die Checkliste hier herunterladen: {{ link }}\n\n"
               "Sie enthält die zwölf Punkte der neuen Prüfung."),
    mail("fr", "Sans inscription, la note de synthèse est disponible chaque mois ici : {{ link }}\n\n"
               "Elle résume les nouvelles règles pour les cabinets."),
    mail("es", "Sin registro, puede descargar cada mes el informe de precios del sector: {{ link }}\n\n"
               "Este mes incluye los datos de Andalucía."),
    mail("nl", "Zonder account kunt u elke maand het rapport met de nieuwe tarieven downloaden: {{ link }}\n\n"
               "Deze maand staat er ook een rekenvoorbeeld in."),
]

INSTRUMENT_FIRE = [
    mail("en", "With our scheduling app, clinics like {{ company }} fill a third more cancelled slots."),
    mail("de", "Mit unserer Planungssoftware schließen Handwerksbetriebe ihre Angebote doppelt so schnell ab."),
    mail("fr", "Avec notre plateforme, les cabinets dentaires remplissent deux fois plus de créneaux annulés."),
    mail("es", "Con nuestro sistema de reservas, las clínicas llenan el doble de huecos cancelados."),
    mail("nl", "Met onze planningsapp vullen praktijken twee keer zoveel afgezegde afspraken."),
]
INSTRUMENT_QUIET = [
    mail("en", "Thanks for sending the floor plans.\n\nWith our office move next week, my replies may take a day longer."),
    mail("de", "Danke für die Grundrisse.\n\nMit unserem Umzug nächste Woche kann meine Antwort einen Tag länger dauern."),
    mail("fr", "Merci pour les plans.\n\nAvec notre déménagement la semaine prochaine, ma réponse peut prendre un jour de plus."),
    mail("es", "Gracias por los planos.\n\nCon nuestra mudanza la semana que viene, puede que tarde un día más en responder."),
    mail("nl", "Bedankt voor de plattegronden.\n\nMet onze verhuizing volgende week kan mijn antwoord een dag langer duren."),
]

PEOPLE_FIRE = [
    mail("en", "Our two payroll consultants finish their current project on Friday and could start on {{ company }}'s year-end close the week after."),
    mail("de", "Unsere zwei Entwickler sind ab Montag frei und könnten direkt bei {{ company }} mit der Migration beginnen."),
    mail("fr", "Nos deux techniciens terminent un chantier vendredi et pourraient intervenir chez {{ company }} dès lundi."),
    mail("es", "Nuestros dos consultores terminan un proyecto el día 12 y podrían empezar con {{ company }} la semana siguiente."),
    mail("nl", "Onze twee monteurs zijn volgende week vrij en kunnen bij {{ company }} direct beginnen."),
]
PEOPLE_QUIET = [
    mail("en", "Thanks for flagging the failed import.\n\nOur engineers fixed the export bug, so you can start the import again."),
    mail("de", "Danke für den Hinweis zum Import.\n\nUnsere Techniker haben den Fehler behoben, Sie können den Import neu starten."),
    mail("fr", "Merci pour le signalement.\n\nNos techniciens ont corrigé l'erreur, vous pouvez relancer l'import."),
    mail("es", "Gracias por el aviso.\n\nNuestros técnicos corrigieron el error; puede empezar la importación de nuevo."),
    mail("nl", "Bedankt voor de melding.\n\nOnze monteurs hebben de storing verholpen, u kunt de machine weer starten."),
]

_CHECKS = {
    "en": "Here are the three checks from last month's visit: the pressure valve, the flue and the expansion vessel are all fine.",
    "de": "Hier die drei Prüfpunkte vom letzten Besuch: Druckventil, Abgasrohr und Ausdehnungsgefäß sind in Ordnung.",
    "fr": "Voici les trois contrôles de la dernière visite : la soupape, le conduit et le vase d'expansion sont en bon état.",
    "es": "Le paso los tres controles de la última visita: la válvula, la salida de humos y el vaso de expansión están bien.",
    "nl": "Hier de drie controles van het laatste bezoek: het drukventiel, de rookgasafvoer en het expansievat zijn in orde.",
}
PRICE_RISE_FIRE = [
    mail("en", _CHECKS["en"] + "\n\nP.S. Our annual service plan goes up by 15% on 1 March, so sign before then to keep today's price."),
    mail("de", _CHECKS["de"] + "\n\nP.S. Unser Wartungsvertrag steigt am 1. März um 15 %, bis dahin gilt noch der bisherige Preis."),
    mail("fr", _CHECKS["fr"] + "\n\nP.S. Notre forfait d'entretien augmente de 15 % le 1er mars : signez avant pour garder le tarif actuel."),
    mail("es", _CHECKS["es"] + "\n\nP.D. Nuestra cuota de mantenimiento sube un 15 % el 1 de marzo; firme antes para mantener el precio actual."),
    mail("nl", _CHECKS["nl"] + "\n\nP.S. Ons onderhoudsabonnement stijgt op 1 maart met 15%, dus teken vóór die tijd tegen de huidige prijs."),
]
PRICE_RISE_QUIET = [
    mail("en", _CHECKS["en"] + "\n\nP.S. The replacement gasket is back in stock from 1 March, so there's no rush on your side."),
    mail("de", _CHECKS["de"] + "\n\nP.S. Die Ersatzdichtung ist ab dem 1. März wieder lieferbar, es eilt also nicht."),
    mail("fr", _CHECKS["fr"] + "\n\nP.S. Le joint de rechange sera de nouveau disponible le 1er mars, rien ne presse de votre côté."),
    mail("es", _CHECKS["es"] + "\n\nP.D. La junta de recambio vuelve a estar disponible el 1 de marzo, así que no hay prisa."),
    mail("nl", _CHECKS["nl"] + "\n\nP.S. De vervangende pakking is vanaf 1 maart weer leverbaar, dus geen haast."),
]

TABLES = {
    "loss without the sender's product": (LOSS_FIRE, LOSS_QUIET, ["FL214"]),
    "the sender's product as instrument": (INSTRUMENT_FIRE, INSTRUMENT_QUIET, ["FL201"]),
    "the sender's people offered": (PEOPLE_FIRE, PEOPLE_QUIET, ["FL201"]),
    "the sender's price rise in the P.S.": (PRICE_RISE_FIRE, PRICE_RISE_QUIET, ["FL209"]),
}


def test_tables_are_balanced_and_multilingual() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


@pytest.mark.parametrize("template", LOSS_FIRE)
def test_loss_without_the_product_fires(template: str) -> None:
    assert fired("FL214", template), template


@pytest.mark.parametrize("template", LOSS_QUIET)
def test_a_reassurance_is_no_loss(template: str) -> None:
    assert not fired("FL214", template), template


@pytest.mark.parametrize("template", INSTRUMENT_FIRE)
def test_the_product_as_instrument_is_a_sell(template: str) -> None:
    assert fired("FL201", template), template


@pytest.mark.parametrize("template", INSTRUMENT_QUIET)
def test_our_move_is_no_sell(template: str) -> None:
    assert not fired("FL201", template), template


@pytest.mark.parametrize("template", PEOPLE_FIRE)
def test_our_people_offered_is_a_sell(template: str) -> None:
    assert fired("FL201", template), template


#: Without the decision margin the classifier alone reads these two as pitch (p 0.32 de, 0.42 nl; no
#: cue is involved); with the margin they are quiet - left visible, not fitted.
_MODEL_PITCH_WITHOUT_MARGIN = {PEOPLE_QUIET[1], PEOPLE_QUIET[4]}


@pytest.mark.parametrize(
    "template",
    [pytest.param(t, marks=pytest.mark.xfail(strict=False, reason="classifier pitch without the margin"))
     if t in _MODEL_PITCH_WITHOUT_MARGIN else t for t in PEOPLE_QUIET],
)
def test_a_fix_by_our_people_is_no_sell(template: str) -> None:
    assert not fired("FL201", template), template


@pytest.mark.parametrize("template", PRICE_RISE_FIRE)
def test_our_price_rise_in_the_ps_is_pressure(template: str) -> None:
    assert fired("FL209", template), template


@pytest.mark.parametrize("template", PRICE_RISE_QUIET)
def test_stock_news_in_the_ps_is_no_pressure(template: str) -> None:
    assert not fired("FL209", template), template


def _cue_roles(template: str, lang: str) -> set[str]:
    """Roles of the body's sentences from the cue lexicons alone (no classifier)."""
    from followup_lint.content.email_roles import email_roles

    body = template.split("---\n", 2)[2]
    return {role for s in email_roles(body, lang=lang, model=None) for role in s.roles}


def _lang(template: str) -> str:
    return next(line.split(": ", 1)[1] for line in template.splitlines() if line.startswith("locale: "))


@pytest.mark.parametrize(
    ("template", "role"),
    [(t, "loss") for t in LOSS_FIRE] + [(t, "pitch") for t in INSTRUMENT_FIRE + PEOPLE_FIRE] + [(t, "pressure") for t in PRICE_RISE_FIRE],
)
def test_the_category_has_cue_evidence(template: str, role: str) -> None:
    """The must-fire cases hold their role without the classifier, so a raised model threshold
    (decision margin) does not drop them."""
    assert role in _cue_roles(template, _lang(template)), template


if __name__ == "__main__":
    print_table_scores(TABLES)
