"""Closing questions and dated free extras that fired on a near-threshold classifier score alone,
given cue evidence so they still fire under the role model's decision margin (issue 10, margin3).
Case tables written before the cues, must-fire and must-not in equal measure, en/de/fr/es/nl:

* **A closing question** (FL201/FL208/FL213): what would need to happen for the reader to start
  with the sender, sign or become a customer ("Was müsste passieren, damit ... mit uns startet",
  "que faudrait-il pour que vous signiez", "¿qué tendría que pasar para que empiecen con
  nosotros?", "wat moet er gebeuren om met ons in zee te gaan"). The same question about the
  reader's own project ("for the new rota to work for your nurses") is no close.
* **An extra thrown in if the reader books by a date** (FL201/FL213): "if you book by Friday,
  we'll include ... at no extra cost", "bei Buchung bis Freitag ... gratis dazu". An extra that
  comes with something already booked, with no date to beat, is no offer.
* **A sales slogan as an order, then a meeting in a short question** (FL201): "Stop wasting hours
  on rotas. X builds them in minutes. Shall we talk on Thursday?" ("¿Hablamos el jueves?", "On
  s'appelle jeudi ?", "Telefonieren wir am Donnerstag?", "Bellen we donderdag?"). The same verbs
  reporting a talk that happened ("As we discussed on Thursday, here are the notes") ask nothing.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, print_table_scores
from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best,\nPriya Raman", "de": "Viele Grüße\nJonas Ebert", "fr": "Cordialement,\nLéa Marchand",
           "es": "Saludos,\nLucía Ferrer", "nl": "Groet,\nSanne de Vries"}


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


CLOSE_FIRE = [
    mail("en", "What would need to happen for {{ company }} to start with us before the end of the quarter? "
               "If budget is the issue, we can surely work something out."),
    mail("de", "Was müsste passieren, damit {{ company }} noch im März mit uns startet? Am Preis soll es nicht "
               "scheitern."),
    mail("fr", "Que faudrait-il pour que {{ company }} signe avec nous avant la fin du mois ? Si c'est une "
               "question de budget, on trouvera une solution."),
    mail("es", "¿Qué tendría que pasar para que {{ company }} empiece con nosotros este mes? Si es por el precio, "
               "lo hablamos."),
    mail("nl", "Wat moet er gebeuren om {{ company }} nog dit kwartaal met ons te laten starten? Als het aan de "
               "prijs ligt, komen we er wel uit."),
]
CLOSE_QUIET = [
    mail("en", "Thanks for the workshop notes. What would need to happen for the new rota to work for your "
               "night nurses? I wrote up what two other wards changed: {{ link }}"),
    mail("de", "Danke für die Notizen. Was müsste passieren, damit die neue Schichtplanung für Ihr Nachtteam "
               "funktioniert? Zwei andere Stationen haben ihre Änderungen hier beschrieben: {{ link }}"),
    mail("fr", "Merci pour vos notes. Que faudrait-il pour que le nouveau planning convienne à l'équipe de nuit ? "
               "Deux autres services ont décrit leurs changements ici : {{ lien }}"),
    mail("es", "Gracias por las notas. ¿Qué tendría que pasar para que el nuevo cuadrante funcione para el "
               "turno de noche? Otras dos plantas explican sus cambios aquí: {{ link }}"),
    mail("nl", "Bedankt voor de aantekeningen. Wat moet er gebeuren om het nieuwe rooster te laten werken voor "
               "de nachtdienst? Twee andere afdelingen beschreven hun aanpassingen hier: {{ link }}"),
]

EXTRA_FIRE = [
    mail("en", "If {{ company }} books the spring training by Friday, we'll include a second trainer at no extra "
               "cost."),
    mail("de", "Wenn {{ company }} das Frühjahrsseminar bis Freitag bucht, ist ein zweiter Trainer kostenlos "
               "dabei."),
    mail("fr", "Si {{ company }} réserve la formation de printemps avant vendredi, nous ajoutons un deuxième "
               "formateur sans frais supplémentaires."),
    mail("es", "Si {{ company }} reserva la formación de primavera antes del viernes, incluimos un segundo "
               "formador sin coste adicional."),
    mail("nl", "Als {{ company }} de voorjaarstraining vóór vrijdag boekt, krijgt u er een tweede trainer gratis "
               "bij."),
]
EXTRA_QUIET = [
    mail("en", "Thanks for booking the spring training. The printed workbooks are included, and parking at "
               "the venue is free for all attendees."),
    mail("de", "Danke für Ihre Buchung des Frühjahrsseminars. Die gedruckten Unterlagen sind enthalten, und das "
               "Parken vor Ort ist für alle Teilnehmenden kostenlos."),
    mail("fr", "Merci d'avoir réservé la formation de printemps. Les cahiers imprimés sont compris et le parking "
               "sur place est gratuit pour tous les participants."),
    mail("es", "Gracias por reservar la formación de primavera. Los cuadernos impresos están incluidos y el "
               "aparcamiento es gratuito para todos los asistentes."),
    mail("nl", "Bedankt voor uw boeking van de voorjaarstraining. De gedrukte werkboeken zijn inbegrepen en "
               "parkeren bij de locatie is gratis voor alle deelnemers."),
]

SLOGAN_FIRE = [
    mail("en", "Stop losing hours to manual timesheets. Clockwise fills them in for you. Shall we talk on Thursday?"),
    mail("de", "Schluss mit Stundenzetteln von Hand. Clockwise füllt sie für Sie aus. Telefonieren wir am "
               "Donnerstag?"),
    mail("fr", "Arrêtez de perdre des heures avec les feuilles de temps. Clockwise les remplit pour vous. On "
               "s'appelle jeudi ?"),
    mail("es", "Deje de perder tiempo con las hojas de horas. Clockwise las rellena por usted. ¿Hablamos el "
               "jueves?"),
    mail("nl", "Stop met uren verliezen aan urenbriefjes. Clockwise vult ze voor u in. Bellen we donderdag even?"),
]
#: The same verbs reporting a talk that happened, with something useful: no ask.
SLOGAN_QUIET = [
    mail("en", "As we discussed on Thursday, here are the inspection notes for the kitchen: the extension leads "
               "need replacing, and the spec is on page 4."),
    mail("de", "Wie am Donnerstag besprochen, hier die Prüfnotizen zur Küche: Die Verlängerungskabel müssen "
               "ersetzt werden, die Spezifikation steht auf Seite 4."),
    mail("fr", "Comme on s'est dit jeudi, voici les notes d'inspection de la cuisine : les rallonges sont à "
               "remplacer, la référence est page 4."),
    mail("es", "Como hablamos el jueves, le paso las notas de la inspección de la cocina: hay que cambiar los "
               "alargadores, el recambio está en la página 4."),
    mail("nl", "Zoals we donderdag bespraken, hier de inspectienotities van de keuken: de verlengsnoeren moeten "
               "vervangen worden, de specificatie staat op pagina 4."),
]

#: The sender's team offering to walk the reader through a demo at a set time: an ask (FL201).
DEMO_FIRE = [
    mail("en", "You mentioned that demo requests dropped at {{ company }}, so our team can walk you through a live "
               "demo of Clockwise on Thursday at 10."),
    mail("de", "Unser Team kann Ihnen am Donnerstag um 10 Uhr eine Live-Demo von Clockwise zeigen."),
    mail("fr", "Notre équipe peut vous présenter une démo en direct de Clockwise jeudi à 10 h."),
    mail("es", "Nuestro equipo puede mostrarle una demo en directo de Clockwise el jueves a las 10."),
    mail("nl", "Ons team kan u donderdag om 10 uur een live demo van Clockwise geven."),
]
#: A demo that already happened, its recording handed over: no ask.
DEMO_QUIET = [
    mail("en", "Here is the recording of Thursday's session, where Ana walked the group through the new export: "
               "{{ link }}"),
    mail("de", "Hier die Aufzeichnung der Sitzung vom Donnerstag, in der Ana den neuen Export erklärt hat: {{ link }}"),
    mail("fr", "Voici l'enregistrement de la séance de jeudi, où Ana a expliqué le nouvel export : {{ lien }}"),
    mail("es", "Aquí tiene la grabación de la sesión del jueves, en la que Ana explicó la nueva exportación: "
               "{{ link }}"),
    mail("nl", "Hier de opname van de sessie van donderdag, waarin Ana de nieuwe export uitlegde: {{ link }}"),
]

CLOSE_CODES = ["FL201", "FL208", "FL213"]
TABLES = {
    "a closing question": (CLOSE_FIRE, CLOSE_QUIET, CLOSE_CODES),
    "an extra if booked by a date": (EXTRA_FIRE, EXTRA_QUIET, ["FL201", "FL213"]),
    "our team walks you through a demo": (DEMO_FIRE, DEMO_QUIET, ["FL201"]),
    "a slogan, then a meeting in a short question": (SLOGAN_FIRE, SLOGAN_QUIET, ["FL201"]),
}


def _fires(codes: list[str], template: str) -> bool:
    return bool(run_rules(tuple(codes), template))


def test_tables_are_balanced_and_multilingual() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


@pytest.mark.parametrize("template", CLOSE_FIRE + EXTRA_FIRE + SLOGAN_FIRE + DEMO_FIRE)
def test_a_close_an_extra_or_a_slogan_sells(template: str) -> None:
    codes = ["FL201"] if template in SLOGAN_FIRE + DEMO_FIRE else CLOSE_CODES
    assert _fires(codes, template), template


@pytest.mark.parametrize("template", CLOSE_QUIET + EXTRA_QUIET + SLOGAN_QUIET + DEMO_QUIET)
def test_the_readers_own_project_or_booking_or_advice_is_quiet(template: str) -> None:
    assert not _fires(CLOSE_CODES, template), template


if __name__ == "__main__":
    print_table_scores(TABLES)
