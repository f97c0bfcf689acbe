"""An offer of the sender's own service on trial terms is a sell (FL201).

"Nos gustaría gestionarles la campaña de la nueva clínica sin coste de gestión durante los tres
primeros meses" offers the sender's service before giving the reader anything, in every language.
A question about the reader's first months, or a free resource handed over, is no such offer.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}


def first_touch(lang: str, subject: str, body: str, signoff: str) -> str:
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


OFFER_LOUD = [
    first_touch("es", "Redes para {{ company }}",
                "He visto que {{ company }} acaba de abrir su segunda óptica en {{ city }}, ¡enhorabuena!\n\n"
                "Nos gustaría gestionarles las redes sociales de la nueva tienda sin coste de gestión durante los dos primeros meses; solo pagarían los anuncios.\n\n"
                "Trabajamos con nueve ópticas en Galicia.\n\n¿Le interesa?",
                "Un saludo,\nCarmen Ruiz de Alarcón"),
    first_touch("en", "Ads for {{ company }}",
                "Congratulations on opening your second physio practice in {{ city }}.\n\n"
                "We'd like to run the new practice's Google Ads with no management fee for the first three months; you'd only pay the ad spend.\n\n"
                "We work with eleven practices in Yorkshire.\n\nInterested?",
                "Best,\nPriya Raghunathan"),
    first_touch("de", "Ihre Praxis-Kampagne",
                "Glückwunsch zur zweiten Praxis von {{ company }} in {{ city }}!\n\n"
                "Wir würden gern die Google-Ads-Kampagne der neuen Praxis in den ersten drei Monaten ohne Verwaltungsgebühr betreuen; Sie zahlen nur das Werbebudget.\n\n"
                "Wir arbeiten mit zwölf Praxen in Bayern.\n\nInteresse?",
                "Viele Grüße\nJürgen Weiß"),
    first_touch("fr", "La campagne de {{ company }}",
                "Félicitations pour l'ouverture de votre deuxième cabinet à {{ city }} !\n\n"
                "Nous aimerions gérer la campagne Google Ads du nouveau cabinet sans frais de gestion pendant les trois premiers mois ; vous ne paieriez que le budget publicitaire.\n\n"
                "Nous travaillons avec dix cabinets en Bretagne.\n\nCela vous intéresse ?",
                "Cordialement,\nAmélie Lefèvre"),
    first_touch("nl", "Campagne voor {{ company }}",
                "Gefeliciteerd met de tweede praktijk van {{ company }} in {{ city }}!\n\n"
                "We beheren graag de Google Ads-campagne van de nieuwe praktijk de eerste drie maanden zonder beheerkosten; jullie betalen alleen het advertentiebudget.\n\n"
                "We werken met elf praktijken in Brabant.\n\nInteresse?",
                "Groet,\nDaan de Vries"),
]

OFFER_QUIET = [
    first_touch("en", "The checklist you asked about",
                "Here is the move-in checklist we use; it covers keys, meters and insurance.\n\n"
                "It's free, and you can copy it for your own team.",
                "Best,\nPriya Raghunathan"),
    first_touch("es", "Sus primeros meses",
                "Le escribo para el boletín de la cámara sobre comercios nuevos.\n\n"
                "Nos gustaría saber cómo les han ido los tres primeros meses en {{ city }}; con dos líneas basta, y si no tiene tiempo, no pasa nada.",
                "Un saludo,\nCarmen Ruiz de Alarcón"),
    first_touch("fr", "Le programme régional",
                "Le programme régional accompagne les nouveaux commerces gratuitement pendant les trois premiers mois.\n\n"
                "Le formulaire est sur le site de la région.",
                "Cordialement,\nAmélie Lefèvre"),
    first_touch("es", "La asesoría municipal",
                "El ayuntamiento ofrece asesoría sin coste durante los tres primeros meses a los comercios nuevos.\n\n"
                "La solicitud está en su web.",
                "Un saludo,\nCarmen Ruiz de Alarcón"),
    first_touch("en", "Your opening month",
                "Most new practices find the first three months the hardest for bookings; a waiting list on paper helps.\n\n"
                "Here is the template we give our own receptionists, free to copy.",
                "Best,\nPriya Raghunathan"),
]


@pytest.mark.parametrize("template", OFFER_LOUD)
def test_offer_of_own_service_on_trial_terms_is_a_sell(template: str) -> None:
    assert any(d.code == "FL201" for d in run_rules("FL201", template)), template


@pytest.mark.parametrize("template", OFFER_QUIET)
def test_free_resource_or_question_is_no_sell(template: str) -> None:
    found = run_rules("FL201", template)
    assert not found, [d.message for d in found]
