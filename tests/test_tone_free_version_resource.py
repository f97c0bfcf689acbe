"""A free version of a resource the sender made, handed over with a link, is value (FL201, issue 10).

"We made a free version of the checklist with filled-in examples: <link>", "Wir haben eine
kostenlose Version mit ausgefüllten Beispielen erstellt ... Hier ist der Link: <link>": the sender
made a resource (a version of a checklist, a template, with examples) and gives it away. The free
version or tier of the sender's PRODUCT ("Our free version covers up to 3 users - sign up here",
"Die kostenlose Version unserer Software ...") is a freemium sell and stays one.

Run ``PYTHONPATH=src python tests/test_tone_free_version_resource.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores

GREETING = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Hoi {{ first_name }},"}
SIGNOFF = {"en": "Best,\nSeo-yeon Park", "de": "Viele Grüße\nKai-Uwe Brandt", "fr": "Cordialement,\nAnaïs Le Goff",
           "es": "Saludos,\nMaría Ortega", "nl": "Groet,\nFenna de Vries"}


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


FREE_VERSION_GIVEN = [
    mail("de", "Wir haben eine kostenlose Version mit ausgefüllten Beispielen für Terminbuchung und Abrechnung "
               "erstellt; sie passt gut zu einer Praxis wie {{ company }}. Hier ist der Link: {{ resource_url }} "
               "Vielleicht spart sie Ihrem Team beim nächsten Quartalswechsel etwas Sucharbeit."),
    mail("de", "Für Hausverwaltungen wie {{ company }} haben wir eine kostenlose Fassung der Übergabe-Checkliste "
               "mit Beispielen zusammengestellt. Sie finden sie hier: {{ link }}"),
    mail("en", "We made a free version of the checklist with filled-in examples: {{ link }} "
               "It follows the new inspection rules for small kitchens like {{ company }}."),
    mail("en", "We've put together a free version of the onboarding template, with sample answers for a "
               "dental practice. Here is the link: {{ resource_url }}"),
    mail("fr", "Nous avons préparé une version gratuite du modèle de planning, avec des exemples remplis pour "
               "un cabinet comme {{ company }}. Voici le lien : {{ resource_url }}"),
    mail("es", "Hemos preparado una versión gratuita de la plantilla con ejemplos rellenados para una clínica "
               "como {{ company }}. Aquí tiene el enlace: {{ resource_url }}"),
    mail("nl", "We hebben een gratis versie van het sjabloon gemaakt, met ingevulde voorbeelden voor een "
               "praktijk als {{ company }}. Hier is de link: {{ resource_url }}"),
]

FREE_PRODUCT_VERSION = [
    mail("en", "Our free version covers up to 3 users - sign up here: {{ signup_url }} "
               "Most practices like {{ company }} upgrade within a month."),
    mail("de", "Die kostenlose Version unserer Software deckt bis zu drei Behandler ab. "
               "Hier können Sie sich registrieren: {{ signup_url }}"),
    mail("en", "We made a free version of our scheduling app for small practices: {{ signup_url }} "
               "Upgrade any time to unlock reminders."),
    mail("fr", "Notre version gratuite du logiciel couvre jusqu'à trois utilisateurs. "
               "Inscrivez-vous ici : {{ signup_url }}"),
    pytest.param(mail("es", "Nuestra versión gratuita de la plataforma cubre hasta tres usuarios. "
               "Regístrese aquí: {{ signup_url }}"), marks=pytest.mark.xfail(reason="a miss before this change too: the Spanish/Dutch sign-up ask is not read as a sell", strict=False)),
    pytest.param(mail("nl", "Onze gratis versie van de software werkt voor maximaal drie gebruikers. "
               "Meld u hier aan: {{ signup_url }}"), marks=pytest.mark.xfail(reason="a miss before this change too: the Spanish/Dutch sign-up ask is not read as a sell", strict=False)),
]


@pytest.mark.parametrize("template", FREE_VERSION_GIVEN)
def test_a_free_version_of_a_resource_handed_over_is_value(template: str) -> None:
    assert not fired("FL201", template), template


@pytest.mark.parametrize("template", FREE_PRODUCT_VERSION)
def test_the_free_version_of_the_product_is_a_sell(template: str) -> None:
    assert fired("FL201", template), template


_PRODUCT_TEXTS = [p.values[0] if hasattr(p, "values") else p for p in FREE_PRODUCT_VERSION]
TABLES = {"free version given (must not)": (_PRODUCT_TEXTS, FREE_VERSION_GIVEN, ["FL201"])}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
