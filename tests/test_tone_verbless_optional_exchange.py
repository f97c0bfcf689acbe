"""An optional exchange offered after value, in a verbless shape with an explicit let-off, is a soft
ask, not a sell (FL201, issue 10).

"Si le sujet vous intéresse, un échange de quinze minutes à l'occasion ? Sinon, aucun souci",
"Si le interesa, ¿una llamada de quince minutos algún día? Si no, ningún problema.", "Falls das
Thema passt, ein kurzes Gespräch irgendwann? Sonst kein Problem.": the condition on the reader's
interest and the let-off leave the choice to the reader. A demo asked for with a date and no
let-off is still a sell.

Run ``PYTHONPATH=src python tests/test_tone_verbless_optional_exchange.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores

GREETING = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Hoi {{ first_name }},"}
SIGNOFF = {"en": "Best,\nSeo-yeon Park", "de": "Viele Grüße\nKai-Uwe Brandt", "fr": "Cordialement,\nAnaïs Le Goff",
           "es": "Saludos,\nMaría Ortega", "nl": "Groet,\nFenna de Vries"}

VALUE = {
    "en": "From March, food businesses must keep allergen records for two years instead of one; the new "
          "form is on the council's site: {{ guidance_url }}",
    "de": "Ab März müssen Betriebe die Allergenliste zwei statt ein Jahr aufbewahren; das neue Formular "
          "steht auf der Seite der Stadt: {{ guidance_url }}",
    "fr": "À partir de mars, les commerces alimentaires doivent conserver le registre des allergènes deux ans "
          "au lieu d'un ; le nouveau formulaire est sur le site de la mairie : {{ guidance_url }}",
    "es": "A partir de marzo, los comercios de alimentación deben guardar el registro de alérgenos dos años "
          "en lugar de uno; el nuevo formulario está en la web del ayuntamiento: {{ guidance_url }}",
    "nl": "Vanaf maart moeten voedselbedrijven de allergenenregistratie twee jaar bewaren in plaats van één; "
          "het nieuwe formulier staat op de site van de gemeente: {{ guidance_url }}",
}


def mail(lang: str, ask: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, VALUE[lang] + "\n\n" + ask)


def cold(lang: str, ask: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, ask)


SOFT_VERBLESS = [
    mail("fr", "Si le sujet vous intéresse, un échange de quinze minutes à l'occasion ? Sinon, aucun souci, "
               "l'information vous sera utile de toute façon."),
    mail("es", "Si le interesa, ¿una llamada de quince minutos algún día? Si no, ningún problema."),
    mail("de", "Falls das Thema passt, ein kurzes Gespräch irgendwann? Sonst kein Problem."),
    mail("nl", "Als het onderwerp speelt, een kort gesprek een keer? Zo niet, geen probleem."),
    mail("en", "If it's on your radar, a quick fifteen-minute chat some time? If not, no worries at all."),
    mail("fr", "Si cela vous parle, un petit appel un de ces jours ? Sinon, pas de souci."),
]

DEMO_WITH_DATE = [
    cold("fr", "Une démo de quinze minutes de notre logiciel jeudi à 10 h ? Je vous envoie l'invitation."),
    cold("es", "¿Una demo de quince minutos de nuestra plataforma el jueves a las 10? Le envío la invitación."),
    cold("de", "Eine kurze Demo unserer Software am Donnerstag um 10 Uhr? Ich schicke Ihnen die Einladung."),
    cold("nl", "Een demo van vijftien minuten van onze software donderdag om 10 uur? Ik stuur de uitnodiging."),
    cold("en", "A fifteen-minute demo of our platform on Thursday at 10? I'll send the invite."),
]


@pytest.mark.parametrize("template", SOFT_VERBLESS)
def test_a_verbless_optional_exchange_with_a_let_off_is_no_sell(template: str) -> None:
    assert not fired("FL201", template), template


@pytest.mark.parametrize("template", DEMO_WITH_DATE)
def test_a_demo_with_a_date_and_no_let_off_is_a_sell(template: str) -> None:
    assert fired("FL201", template), template


TABLES = {
    "verbless optional exchange (must not)": (DEMO_WITH_DATE, SOFT_VERBLESS, ["FL201"]),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
