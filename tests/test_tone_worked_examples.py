"""FL201: a worked example of how another organisation handled a problem, given to the reader,
against a customer story that sells (issue 10, tone). Case table written before the code.

* must-not: a follow-up or a first touch attaches, links or hands over an example, a write-up, a
  template or a how-to of how ANOTHER organisation (a dairy, a town hall, a brewery: on its own)
  dealt with a problem the reader has, for the reader's own use ("I've attached ...", "here is
  ...", "anbei", "ci-joint", "te paso", "bijgaand"). The other organisation may have a result
  ("cut its changeover time by a third"): it is theirs, not the sender's. Any ask after it is
  optional. That is value given, not a pitch;
* must-fire: a customer story whose point is the sender's result - the sender or its product did
  it for the customer ("we helped", "with our platform", "one of our clients ... with our
  system", "a brewery we work with"), attached or linked or not, before anything else is given,
  often with a call ask after it.

Run ``PYTHONPATH=src python tests/test_tone_worked_examples.py`` to print how the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ salutation }} {{ last_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Best regards,\nSiobhán Ní Bhriain",
    "de": "Freundliche Grüße\nHans-Peter van den Bosch",
    "fr": "Bien cordialement,\nMarie-Hélène de La Tour",
    "es": "Un saludo,\nJosé Luis Núñez de Arce",
    "nl": "Met vriendelijke groet,\nNguyễn Thị Lan",
}


def mail(lang: str, body: str, *, sequence: str = "follow-up") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


#: A worked example of another organisation, given for the reader's own use: value, no sell.
WORKED_EXAMPLES_GIVEN = [
    mail("en", "Attached is a two-page write-up of how a bottling plant near Porto reorganised its night-shift "
               "handovers so fewer batches were held for checks. Thought it might be handy for {{ plant_name }}."),
    mail("en", "Here's how a regional bakery chain in Leeds planned its oven cleaning around the morning peak: "
               "{{ example_url }}\n\nNo need to reply, it's just something that may help while you plan yours.",
         sequence="first-touch"),
    mail("en", "I've linked below the checklist a dairy cooperative in Friesland uses for its changeovers; they "
               "cut their changeover time by about a third once everyone followed the same steps.\n\n"
               "{{ checklist_url }}"),
    mail("de", "Anbei ein kurzes Beispiel, wie eine Molkerei im Allgäu ihre Rüstzeiten mit einer festen "
               "Reihenfolge der Reinigungsschritte halbiert hat. Vielleicht ist es für {{ company }} nützlich."),
    mail("de", "Ich habe Ihnen die Vorlage angehängt, mit der ein Sägewerk in Tirol seine Wartungsfenster "
               "plant. Sie dürfen sie gern für {{ company }} anpassen.", sequence="first-touch"),
    mail("de", "Hier finden Sie, wie die Stadtwerke Lüdenscheid ihre Zählerablesung auf zwei Wochen "
               "verkürzt haben: {{ beispiel_url }}\n\nVielleicht ist etwas für Ihr Team dabei."),
    mail("fr", "Ci-joint un exemple de la façon dont une conserverie bretonne a organisé ses changements de "
               "format pour réduire les arrêts de ligne ; il pourra peut-être servir à {{ company }}."),
    mail("fr", "Voici comment une coopérative laitière du Jura a réduit de moitié ses pertes de lait en "
               "revoyant l'ordre de ses tournées : {{ exemple_url }}\n\nÀ toutes fins utiles.",
         sequence="first-touch"),
    mail("fr", "Je vous joins le modèle de planning qu'utilise une mairie de Savoie pour ses équipes "
               "d'entretien ; libre à vous de le reprendre pour {{ company }}."),
    mail("es", "Te paso un ejemplo de cómo una bodega de La Rioja organizó sus turnos de vendimia para no "
               "parar la línea; puede servirte para {{ company }}."),
    mail("es", "Le adjunto el caso de una conservera gallega que redujo sus paradas de línea ordenando los "
               "cambios de formato por tamaño de lata, por si le resulta útil.", sequence="first-touch"),
    mail("es", "Aquí tiene cómo el Ayuntamiento de Getafe organizó las rutas de limpieza por barrios: "
               "{{ ejemplo_url }}\n\nSi le sirve de algo para su equipo, estupendo."),
    mail("nl", "Bijgaand een voorbeeld van hoe een zuivelcoöperatie in Drenthe haar omsteltijden heeft "
               "verkort door vaste schoonmaakstappen in te voeren. Misschien heeft {{ company }} er iets aan."),
    mail("nl", "Hier een beschrijving van hoe een brouwerij in Gent haar fustbeheer op orde bracht: "
               "{{ voorbeeld_url }}\n\nWellicht handig voor jullie.", sequence="first-touch"),
    mail("nl", "In de bijlage vindt u het draaiboek waarmee gemeente Zwolle haar strooiroutes plant; u mag "
               "het vrij gebruiken voor {{ company }}."),
    mail("en", "In case it's useful, here is the template Hoshino Ryokan's front desk uses to hand over "
               "late arrivals between shifts: {{ template_url }}", sequence="first-touch"),
]

#: A customer story whose point is the sender's result, before anything is given: a sell.
CUSTOMER_STORY_PITCHES = [
    mail("en", "One of our clients, a bottling plant much like {{ plant_name }}, saved €200k last year with our "
               "line-scheduling system."),
    mail("en", "See how Van der Merwe Foods grew its output by 25% with our platform - shall we talk this week?",
         sequence="first-touch"),
    mail("en", "I've attached a case study showing how our software helped a dairy cooperative in Friesland cut "
               "its changeover time by a third. Do you have 20 minutes on Thursday to see how it would work at "
               "{{ company }}?"),
    mail("en", "A bakery chain we work with in Leeds cut oven downtime by 30% in three months. Worth a quick "
               "call?", sequence="first-touch"),
    mail("de", "Wir haben einer Molkerei im Allgäu geholfen, ihre Rüstzeiten um 40 % zu senken. Hätten Sie "
               "am Donnerstag 20 Minuten für ein kurzes Gespräch?"),
    mail("de", "Anbei eine Fallstudie: Mit unserer Software hat ein Sägewerk in Tirol seine Stillstände "
               "halbiert. Wann passt Ihnen eine kurze Vorführung?", sequence="first-touch"),
    mail("de", "Einer unserer Kunden, ein Stadtwerk wie Ihres, spart mit unserer Lösung jedes Jahr 120.000 €."),
    mail("fr", "Ci-joint une étude de cas : grâce à notre solution, une conserverie bretonne a réduit ses "
               "arrêts de ligne de 30 %. Seriez-vous disponible pour un appel jeudi ?"),
    mail("fr", "Un de nos clients, une fromagerie comme la vôtre, a économisé 200 000 € avec notre plateforme.",
         sequence="first-touch"),
    mail("fr", "Découvrez comment la coopérative du Jura a doublé ses ventes en ligne avec notre outil : "
               "{{ etude_url }}. On en parle mardi ?"),
    mail("es", "Te paso un caso de éxito: con nuestro sistema, una bodega de La Rioja redujo sus paradas un "
               "30 %. ¿Hablamos el jueves?"),
    mail("es", "Uno de nuestros clientes, una conservera como la suya, ahorró 200.000 € con nuestra "
               "plataforma.", sequence="first-touch"),
    mail("es", "Ayudamos al Ayuntamiento de Getafe a reducir un 20 % los kilómetros de sus rutas de limpieza. "
               "¿Le viene bien una demo de 30 minutos?"),
    mail("nl", "Bijgaand een klantcase: met ons platform verkortte een zuivelcoöperatie in Drenthe haar "
               "omsteltijden met 40%. Zullen we donderdag even bellen?"),
    mail("nl", "Een van onze klanten, een brouwerij zoals de uwe, bespaarde vorig jaar € 200.000 met onze "
               "software.", sequence="first-touch"),
    mail("nl", "Lees hoe gemeente Zwolle dankzij onze planningstool 15% minder strooikilometers rijdt: "
               "{{ case_url }}. Zin in een korte demo?"),
]

#: Written after the code, as probes of how far it generalises (all read right on their first
#: run): more worked examples handed over, and more stories that credit the sender.
WORKED_EXAMPLES_GIVEN += [
    mail("en", "Here's a short write-up of how the Port of Antwerp cut truck waiting times by 30% with a simple "
               "booking rule: {{ writeup_url }}. Might be useful for {{ company }}."),
    mail("fr", "Ci-joint le retour d'expérience d'une laiterie normande qui a divisé par deux ses pertes en "
               "revoyant ses nettoyages ; peut-être utile pour {{ company }}."),
    mail("es", "Te paso cómo lo hizo una cooperativa de Jaén para reducir a la mitad las paradas de la almazara: "
               "{{ enlace }}. Por si te sirve."),
    mail("de", "Anbei der Erfahrungsbericht einer Brauerei aus Bamberg, die ihre Reinigungszeiten um ein Drittel "
               "verkürzt hat – vielleicht hilfreich für {{ company }}."),
    mail("nl", "Bijgaand het stappenplan waarmee een bakkerij in Utrecht haar verspilling halveerde; gebruik het "
               "gerust."),
]
CUSTOMER_STORY_PITCHES += [
    mail("en", "Attached is a case study: a bakery chain that uses our ordering app cut waste by 22% in a quarter."),
    mail("fr", "Voici comment nous avons aidé une laiterie normande à diviser par deux ses pertes : {{ etude_url }}."),
    mail("es", "Te paso cómo una cooperativa de Jaén redujo a la mitad sus paradas gracias a nuestra plataforma: "
               "{{ enlace }}."),
    mail("de", "Anbei ein Beispiel, wie eine Brauerei aus Bamberg mit unserer Software ihre Reinigungszeiten um ein "
               "Drittel verkürzt hat."),
    mail("nl", "Bijgaand hoe een bakkerij in Utrecht met onze app haar verspilling halveerde. Zullen we even bellen?"),
]


@pytest.mark.parametrize("template", WORKED_EXAMPLES_GIVEN)
def test_a_worked_example_given_is_value(template: str) -> None:
    found = run_rules("FL201", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", CUSTOMER_STORY_PITCHES)
def test_a_customer_story_still_sells(template: str) -> None:
    assert fired("FL201", template), template


TABLES = {
    "FL201 worked examples": (CUSTOMER_STORY_PITCHES, WORKED_EXAMPLES_GIVEN, ("FL201",)),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
