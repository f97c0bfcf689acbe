"""Tone categories that whole-email held-out batch 5 showed the rules handle badly (issue 10):
case tables written before the rules were changed, must-fire and must-not for each category,
in English, German, French, Spanish and Dutch. None of the sentences is a batch-5 sentence.

* research, a survey's or a benchmark's results the sender has gathered and hands to the reader
  ("we surveyed 400 clinics", "wir haben 300 Betriebe befragt") and a tip offered as such ("A
  tip, since ...") are value, so FL201 lets them lead, unless the same sentence is about the
  sender's product;
* news of a regulation or a standard that now asks something of businesses like the reader's
  ("NIS2 now requires ...", "con la nueva ley, las tiendas tendrán que ...") informs: it is not
  loss framing (FL214); what the reader loses without the sender's product still is.

Run ``PYTHONPATH=src python tests/test_tone_shared_research.py`` to print how the tables score.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Hallo {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola {{ first_name }}:",
    "nl": "Hoi {{ first_name }},",
}
SIGNOFF = {
    "en": "Best,\nOluwaseun Adeyemi-Clarke",
    "de": "Viele Grüße\nKatharina von Streit",
    "fr": "Cordialement,\nJean-Baptiste N'Diaye",
    "es": "Saludos,\nAinhoa Etxeberria",
    "nl": "Met vriendelijke groet,\nThijs de Vries",
}
FOLLOW_UP = {
    "en": "If it is useful, the full results are here: {{ report_url }}",
    "de": "Falls es hilft, die vollständigen Ergebnisse finden Sie hier: {{ report_url }}",
    "fr": "Si cela vous est utile, les résultats complets sont ici : {{ report_url }}",
    "es": "Si le sirve, los resultados completos están aquí: {{ report_url }}",
    "nl": "Als het nuttig is, de volledige resultaten staan hier: {{ report_url }}",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


# ----------------------------------------------------------------------------- FL201: research is value

#: Research, survey or benchmark results, or a tip, handed to the reader first.
RESEARCH_FOR_THE_READER = [
    mail("en", "We surveyed 420 dental practices about how long patients wait for a recall appointment, "
               "and the median is now 11 weeks.\n\n" + FOLLOW_UP["en"]),
    mail("en", "We've put together this year's benchmark of delivery times for independent wine shops, "
               "region by region.\n\n" + FOLLOW_UP["en"]),
    mail("en", "A tip, since {{ company }} runs two kitchens: most walk-in freezers drift two degrees warmer "
               "at the back shelf, so one probe there catches it early."),
    mail("de", "Wir haben 300 Handwerksbetriebe gefragt, wie lange sie auf Zahlungen warten, und die Hälfte "
               "wartet länger als 45 Tage.\n\n" + FOLLOW_UP["de"]),
    mail("fr", "Nous avons interrogé 250 pharmacies sur leurs ruptures de stock, et les résultats sont "
               "publiés cette semaine.\n\n" + FOLLOW_UP["fr"]),
    mail("es", "Hemos analizado los plazos de cobro de 500 despachos de arquitectura y los resultados "
               "varían mucho según la región.\n\n" + FOLLOW_UP["es"]),
    mail("nl", "Wij hebben de levertijden van 150 bouwmarkten onderzocht, per regio en per seizoen.\n\n"
               + FOLLOW_UP["nl"]),
    mail("nl", "Een tip, omdat {{ company }} vanuit twee magazijnen levert: de meeste scanners verliezen "
               "in de kou na een uur hun bereik."),
]

#: The same shapes, but the sentence is about the sender's product: a pitch.
RESEARCH_ABOUT_THE_PRODUCT = [
    mail("en", "We surveyed our customers, and practices using our recall software fill 30% more "
               "appointments.\n\n" + FOLLOW_UP["en"]),
    mail("en", "A tip: our scheduling platform books recall visits for you, and the first month is free."),
    mail("de", "Wir haben unsere Kunden befragt: Mit unserer Software warten Betriebe nur noch 20 Tage auf "
               "ihr Geld."),
    mail("fr", "Nous avons interrogé nos clients : avec notre logiciel, les pharmacies réduisent leurs "
               "ruptures de moitié."),
    mail("es", "Hemos analizado a nuestros clientes: con nuestra plataforma cobran en la mitad de tiempo."),
    mail("nl", "Wij hebben onze klanten onderzocht: met ons platform leveren bouwmarkten twee dagen sneller."),
]


@pytest.mark.parametrize("template", RESEARCH_FOR_THE_READER)
def test_research_for_the_reader_is_value(template: str) -> None:
    found = run_rules("FL201", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", RESEARCH_ABOUT_THE_PRODUCT)
def test_research_about_the_product_is_a_pitch(template: str) -> None:
    assert fired("FL201", template), template


# ----------------------------------------------------------------------------- FL214: regulation news

#: A regulation or standard that now asks something of businesses: information, not a threat.
REGULATION_NEWS = [
    mail("en", "NIS2 now requires essential suppliers to report a serious incident within 24 hours. "
               "{{ company }}'s status page lists three outages this year, so the reporting chain may be "
               "worth a look."),
    mail("en", "The EU Accessibility Act now asks online shops to let every checkout step work with a keyboard."),
    mail("de", "Mit der E-Rechnungspflicht müssen Unternehmen ab 2027 auch kleinere Rechnungen elektronisch "
               "ausstellen."),
    mail("fr", "Avec la facturation électronique, les entreprises devront transmettre chaque facture via une "
               "plateforme agréée."),
    mail("es", "Con la nueva ley de envases, cada tienda tendrá que declarar cuántos kilos de plástico pone "
               "en el mercado."),
    mail("nl", "Met de nieuwe verpakkingsregels moet elke webwinkel opgeven hoeveel kilo plastic hij verkoopt."),
]

#: What the reader loses without the sender's product, regulation or not: loss framing.
LOSS_WITHOUT_US = [
    mail("en", "Without our reporting module, {{ company }} risks fines under NIS2 every time an incident "
               "goes unreported."),
    mail("de", "Ohne unser Tool riskieren Sie bei jeder Rechnung ein Bußgeld."),
    mail("fr", "Sans notre plateforme, chaque facture non conforme vous coûtera une amende."),
    mail("es", "Sin nuestra herramienta, cada declaración tardía le costará una multa."),
    mail("nl", "Zonder onze software kost elke te late aangifte u een boete."),
]


@pytest.mark.parametrize("template", REGULATION_NEWS)
def test_regulation_news_is_not_loss_framing(template: str) -> None:
    found = run_rules("FL214", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", LOSS_WITHOUT_US)
def test_loss_without_the_product_still_fires(template: str) -> None:
    assert fired("FL214", template), template


TABLES = {
    "FL201 research": (RESEARCH_ABOUT_THE_PRODUCT, RESEARCH_FOR_THE_READER, ("FL201",)),
    "FL214 regulation news": (LOSS_WITHOUT_US, REGULATION_NEWS, ("FL214",)),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
