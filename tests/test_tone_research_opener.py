"""The sender's research shared with the reader is value, not a sell: "Voor ons onderzoek naar
voedselverspilling hebben we bij twaalf supermarkten gekeken ...", then the finding. The same
research credited to the sender's product or customers is still a pitch (FL201).
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}
WATCHED = ("FL201",)


def first_touch(lang: str, subject: str, body: str, signoff: str) -> str:
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


SHARED_QUIET = [
    first_touch("nl", "Bezorgtijden in de regio",
                "Voor ons onderzoek naar bezorgtijden hebben we bij veertig webwinkels gekeken naar de beloofde "
                "levertijd. Gemiddeld beloofden ze 2 werkdagen, tegen 5 bij {{ company }}.\n\n"
                "Het volledige overzicht staat hier: {{ report_url }}", "Met vriendelijke groet,\nFemke de Jong"),
    first_touch("en", "Evening waits",
                "For our research into evening waiting times we looked at 24 walk-in clinics across the region. "
                "The median wait after 8pm was 95 minutes, against 40 at {{ organisation }}.\n\n"
                "The table is here: {{ table_url }}", "Best regards,\nDr. Olamide Coker"),
    first_touch("de", "Lieferzeiten im Vergleich",
                "Für unsere Studie zur Lieferzuverlässigkeit haben wir 30 Großhändler im Raum Köln verglichen. "
                "Im Schnitt kamen 82 % der Lieferungen pünktlich, bei {{ company }} 97 %.\n\n"
                "Die Auswertung liegt hier: {{ report_url }}", "Viele Grüße\nJürgen Weiß"),
    first_touch("es", "Tiempos de respuesta",
                "Para nuestra investigación sobre atención al cliente hemos comparado 50 tiendas online de Valencia. "
                "La media de respuesta fue de 19 horas, frente a 3 en {{ company }}.\n\n"
                "El informe completo está aquí: {{ report_url }}", "Un saludo,\nMaría José Peña"),
]

CREDITED_LOUD = [
    first_touch("nl", "Bezorgtijden in de regio",
                "Voor ons onderzoek naar bezorgtijden hebben we bij veertig webwinkels gekeken naar de beloofde "
                "levertijd. Onze klanten beloofden gemiddeld 1 werkdag, dankzij ons planningssysteem.\n\n"
                "Zullen we donderdag een demo inplannen?", "Met vriendelijke groet,\nFemke de Jong"),
    first_touch("en", "Evening waits",
                "For our research into evening waiting times we looked at 24 walk-in clinics across the region. "
                "The clinics using our rota software cut their waits by 40%.\n\n"
                "Can we book a demo on Thursday?", "Best regards,\nDr. Olamide Coker"),
    first_touch("de", "Lieferzeiten im Vergleich",
                "Für unsere Studie zur Lieferzuverlässigkeit haben wir 30 Großhändler im Raum Köln verglichen. "
                "Unsere Kunden liefern dank unserer Software zu 99 % pünktlich.\n\n"
                "Passt Ihnen eine Demo am Donnerstag?", "Viele Grüße\nJürgen Weiß"),
    first_touch("es", "Tiempos de respuesta",
                "Para nuestra investigación sobre atención al cliente hemos comparado 50 tiendas online de Valencia. "
                "Nuestros clientes responden en menos de 1 hora gracias a nuestro chat.\n\n"
                "¿Le va bien una demo el jueves?", "Un saludo,\nMaría José Peña"),
]


@pytest.mark.parametrize("template", SHARED_QUIET)
def test_research_shared_is_no_sell(template: str) -> None:
    found = run_rules(WATCHED, template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", CREDITED_LOUD)
def test_research_credited_to_the_sender_still_sells(template: str) -> None:
    assert run_rules(WATCHED, template), template
