"""Soft asks are not hard ones.

A question that leaves the choice to the reader ("Would you consider a 20-minute slot on
9 October?") is no presumptive ask (FL208), and a request for a line or two by email is an
optional ask, not a sell (FL201). "I've put 20 minutes in your calendar", "I'll call you at 10"
and a 45-minute demo demanded in a first touch still are presumptive.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}


def first_touch(lang: str, subject: str, body: str, signoff: str) -> str:
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


CHOICE_QUIET = [
    first_touch("en", "Speaking at the Leeds Facilities Forum",
                "I help run the Leeds Facilities Forum, a volunteer evening for about 80 estate managers.\n\n"
                "Your talk on legionella checks at {{ company }} came up at our last committee meeting. "
                "Would you consider a 15-minute slot on 4 March? If it doesn't suit, just say so.",
                "Many thanks,\nSiobhán Ní Bhriain"),
    first_touch("en", "A question about your rota",
                "I'm Tomás, I study staffing on small farms at Harper Adams.\n\n"
                "Would you be open to a 10-minute call on 12 June about how you plan the lambing rota? "
                "A no is completely fine.",
                "Best,\nTomás O'Driscoll"),
    first_touch("de", "Vortrag beim Pflegetag Münster",
                "ich organisiere ehrenamtlich den Pflegetag Münster.\n\n"
                "Ihr Beitrag über Sturzprävention bei {{ company }} wurde in unserem Komitee viel besprochen. "
                "Könnten Sie sich einen Vortrag von 20 Minuten am 9. Oktober vorstellen? Ein einfaches Nein ist völlig in Ordnung.",
                "Herzliche Grüße\nKatrin Müller-Lüdenscheidt"),
    first_touch("es", "Charla en las Jornadas de Logística",
                "Soy una de las organizadoras voluntarias de las Jornadas de Logística de Zaragoza.\n\n"
                "Nos gustó mucho su artículo sobre {{ company }}. ¿Se plantearía una charla de 20 minutos el 9 de octubre? "
                "Si no le encaja, un simple no está perfectamente bien.",
                "Un saludo,\nMaría José de la Fuente"),
]

SHORT_REPLY_QUIET = [
    first_touch("en", "How {{ company }} logs call-outs",
                "I'm Haruto, a researcher at a small team building tools for lift engineers.\n\n"
                "I'm trying to understand how firms like {{ company }} log emergency call-outs. "
                "Would you be willing to tell me in a line or two by email? Fine to ignore this if you're busy.",
                "Thanks,\nHaruto Sato"),
    first_touch("fr", "Une question sur vos tournées",
                "Je m'appelle Inès, je travaille sur un petit outil pour les livreurs à vélo.\n\n"
                "J'essaie de comprendre comment des équipes comme {{ company }} planifient leurs tournées. "
                "Pourriez-vous me le dire en une ligne ou deux par e-mail ? Libre à vous de ne pas répondre.",
                "Merci,\nInès Benali"),
    first_touch("nl", "Een korte vraag over jullie planning",
                "Ik ben Femke, ik werk aan een kleine tool voor hoveniers.\n\n"
                "Ik probeer te begrijpen hoe bedrijven als {{ company }} hun onderhoudsrondes plannen. "
                "Zou je me dat in een paar regels per mail willen vertellen? Negeren mag ook gewoon.",
                "Groet,\nFemke van der Berg"),
    first_touch("en", "How {{ company }} files job sheets",
                "I'm Ngozi, I work on the product side at a small team building apps for electricians.\n\n"
                "I'm trying to learn how contractors like {{ company }} file job sheets today. "
                "Would you be up for describing it in a sentence or two by email? Totally fine to skip this if the week is full.",
                "Thanks,\nNgozi Eze"),
    first_touch("es", "Una pregunta sobre sus partes",
                "Soy Beatriz, trabajo en una pequeña herramienta para instaladores.\n\n"
                "Intento entender cómo empresas como {{ company }} organizan sus partes de trabajo. "
                "¿Me lo podría contar en un par de líneas por correo? Si no tiene tiempo, no pasa nada.",
                "Gracias,\nBeatriz Núñez"),
]

CHOICE_LOUD = [
    first_touch("en", "Our call on Thursday",
                "I run partnerships at Lumeo.\n\n"
                "I've put 20 minutes in your calendar for 9 October so we can walk through our pricing.",
                "Best,\nGrace Oduya"),
    first_touch("en", "Rota software",
                "We build rota software for farms like {{ company }}.\n\n"
                "I'll call you at 10 tomorrow to go through it.",
                "Best,\nTomás O'Driscoll"),
    first_touch("en", "A full demo",
                "We make lift maintenance software.\n\n"
                "Please block 45 minutes this week for a full demo of the platform with your operations director.",
                "Thanks,\nHaruto Sato"),
    first_touch("de", "Unser Termin",
                "wir entwickeln Software für Pflegeheime.\n\n"
                "Ich habe uns am 9. Oktober 30 Minuten in Ihren Kalender eingetragen, um unsere Preise durchzugehen.",
                "Viele Grüße\nKatrin Müller"),
    first_touch("fr", "Démo complète",
                "Nous éditons un logiciel de tournées.\n\n"
                "Merci de me confirmer d'ici ce soir un créneau d'une heure cette semaine pour la démo complète.",
                "Cordialement,\nInès Benali"),
    first_touch("es", "Demo completa",
                "Desarrollamos software de logística.\n\n"
                "Confírmeme antes de esta tarde un hueco de una hora esta semana para la demo completa.",
                "Un saludo,\nMaría José de la Fuente"),
    first_touch("nl", "Ik bel je morgen",
                "Wij maken planningssoftware voor hoveniers.\n\n"
                "Ik bel je morgen om 10 uur om onze prijzen door te nemen.",
                "Groet,\nFemke van der Berg"),
    first_touch("en", "Your job sheets",
                "We build the job-sheet app used by 400 electrical contractors.\n\n"
                "I'll ring you on Thursday at 11 to set up your trial.",
                "Cheers,\nNgozi Eze"),
    first_touch("en", "A 45-minute demo",
                "We make rota software for farms.\n\n"
                "Would you be open to a 45-minute demo of the full platform this week?",
                "Best,\nGrace Oduya"),
]


@pytest.mark.parametrize("template", CHOICE_QUIET)
def test_question_leaving_the_choice_is_no_presumptive_ask(template: str) -> None:
    found = run_rules("FL208", template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", SHORT_REPLY_QUIET)
def test_asking_for_a_line_by_email_is_optional(template: str) -> None:
    found = run_rules(("FL201", "FL208"), template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", CHOICE_LOUD)
def test_set_time_or_demanded_demo_is_pushy(template: str) -> None:
    assert any(d.code == "FL208" for d in run_rules("FL208", template)), template
