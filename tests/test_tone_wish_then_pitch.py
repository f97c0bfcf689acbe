"""A short one-paragraph email whose first sentence is only a courtesy wish (FL211), the pitch
following in the same paragraph: "Hope all's good with you and the team this week. We help ...".
The opening is filler whether or not a paragraph break follows it (issue 10). Case tables written
before the change, must-fire and must-not in equal measure, en/de/fr/es/nl. Must-not: a warm wish
followed by a concrete observation about the reader, and a reply that opens with thanks.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best,\nPriya Raman", "de": "Viele Grüße\nJonas Ebert", "fr": "Cordialement,\nLéa Marchand",
           "es": "Saludos,\nLucía Ferrer", "nl": "Groet,\nSanne de Vries"}


def mail(lang: str, body: str, sequence: str = "first-touch") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


WISH_THEN_PITCH = [
    mail("en", "I hope your week is going well and that all is good at {{ company }}. We build scheduling software "
               "for dental clinics that cuts no-shows by a third. Would you be open to a short call on Tuesday?"),
    mail("de", "Ich hoffe, es geht Ihnen gut und Sie hatten einen guten Start in die Woche. Wir entwickeln eine "
               "Software für die Tourenplanung von Handwerksbetrieben. Hätten Sie nächste Woche Zeit für ein kurzes "
               "Gespräch?"),
    mail("fr", "J'espère que tout va bien pour vous et votre équipe en ce début de semaine. Nous aidons les agences "
               "immobilières à automatiser le suivi de leurs mandats. Seriez-vous disponible pour un court échange "
               "jeudi ?"),
    mail("es", "Espero que esté teniendo una buena semana y que todo vaya bien en {{ company }}. Ayudamos a las "
               "clínicas a reducir las citas perdidas con recordatorios automáticos. ¿Tendría quince minutos para una "
               "llamada el jueves?"),
    mail("nl", "Ik hoop dat het goed met je gaat en dat je een fijn weekend hebt gehad. Wij helpen webwinkels hun "
               "retouren automatisch af te handelen. Heb je volgende week tijd voor een kort gesprek?"),
]

WISH_THEN_READER = [
    mail("en", "Hope you're well. I saw that {{ company }} opened a second warehouse in Leeds last month and that "
               "you're hiring six pickers for it. We help new sites get their first rotas out in a day. Worth a chat?"),
    mail("de", "Ich hoffe, es geht Ihnen gut. Ich habe gelesen, dass {{ company }} im Oktober eine zweite Filiale in "
               "Graz eröffnet hat. Wir helfen neuen Standorten bei der Dienstplanung. Passt ein kurzes Gespräch?"),
    mail("fr", "J'espère que vous allez bien. J'ai vu que {{ company }} a ouvert un deuxième atelier à Nantes en "
               "septembre et recrute trois techniciens. Nous aidons les nouveaux sites à planifier leurs "
               "interventions. Un court échange vous intéresserait ?"),
    mail("es", "¡Muchas gracias por su respuesta! Espero que esté bien. Para su equipo de cinco personas, el plan "
               "Básico es suficiente; le adjunto la comparación de los dos planes.", sequence="reply"),
    mail("nl", "Ik hoop dat het goed met je gaat. Ik las dat {{ company }} sinds september ook in Gent bezorgt en "
               "dat jullie bezorgtijden nog niet op de website staan. Wij helpen webwinkels met hun "
               "bezorgpagina's. Zin in een kort gesprek?"),
]

TABLES = {"wish then pitch in one paragraph (FL211)": (WISH_THEN_PITCH, WISH_THEN_READER, "FL211")}


def test_tables_are_balanced_and_multilingual() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


@pytest.mark.parametrize("template", WISH_THEN_PITCH)
def test_a_wish_then_the_pitch_in_one_paragraph_is_a_filler_opening(template: str) -> None:
    assert fired("FL211", template), template


@pytest.mark.parametrize("template", WISH_THEN_READER)
def test_a_wish_then_something_about_the_reader_or_a_reply_is_no_filler_opening(template: str) -> None:
    assert not fired("FL211", template), template
