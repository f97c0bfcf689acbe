"""An opener that relays what the sender's customers asked or saw, then answers it, is no pitch.

"A few of our hotel clients have asked how to chase late payers, so here's what works: ..." tells
the reader where the advice comes from; the steps that follow are the point. "Our clients cut late
payments by 40%" is a customer-result boast and stays a sell (FL201), and so does a relayed
question answered with the sender's product.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}


def first_touch(lang: str, subject: str, body: str, signoff: str) -> str:
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


RELAY_QUIET = [
    first_touch("en", "Chasing late deposits",
                "Several of our dental clients have asked how to cut no-shows, so here is what works:\n\n"
                "1. Send the reminder two days before, not the same morning.\n"
                "2. Take a small deposit for first appointments.\n"
                "3. Offer the slot to the waiting list as soon as someone cancels.",
                "Best,\nAoife Ní Bhriain"),
    first_touch("en", "Stock counts before year end",
                "Some of our retail customers told us their year-end count always runs late, so here are the steps "
                "that helped them:\n\n- Count slow movers a week early.\n- Freeze deliveries on the count day.\n"
                "- Count in pairs and swap halfway.", "Regards,\nKenji Watanabe"),
    first_touch("en", "Card fees this year",
                "Our restaurant clients have seen card fees creep up this year, so here's how to check yours:\n\n"
                "- Find the blended rate on last month's statement.\n- Compare it with the rate in your contract.\n"
                "- Ask your provider for the interchange-plus breakdown.", "Cheers,\nTomás Ó Briain"),
    first_touch("en", "Rota gaps in August",
                "Our care home clients have been asking how to cover rota gaps in August. Three things that work:\n\n"
                "- Publish the summer rota by May.\n- Keep a short bank list of returners.\n"
                "- Swap shifts in pairs, never singly.", "Best,\nPriya Raghunathan"),
    first_touch("de", "Mahnwesen für kleine Praxen",
                "Einige unserer Praxiskunden haben gefragt, wie man säumige Rechnungen freundlich anmahnt. "
                "Das hat sich bewährt:\n\n- Schreiben Sie die Zahlungsfrist auf jede Rechnung.\n"
                "- Senden Sie nach drei Tagen eine freundliche Erinnerung.", "Viele Grüße\nJörg Weiß"),
    first_touch("fr", "Relances de factures",
                "Plusieurs de nos clients hôteliers nous ont demandé comment relancer les factures impayées. "
                "Voici ce qui marche :\n\n- Indiquez les conditions de paiement sur la confirmation.\n"
                "- Envoyez un rappel courtois le lendemain de l'échéance.", "Cordialement,\nAmélie Lefèvre"),
    first_touch("es", "Cobro de facturas",
                "Varios de nuestros clientes nos han preguntado cómo reclamar facturas atrasadas. Esto es lo que "
                "funciona:\n\n- Indique las condiciones de pago en la reserva.\n"
                "- Envíe un recordatorio amable al día siguiente del vencimiento.", "Saludos,\nJosé Ángel Peña"),
    first_touch("nl", "Retouren in december",
                "Een paar van onze webshopklanten vroegen hoe je de retourpiek na december opvangt. Dit werkt:\n\n"
                "- Zet de retourtermijn duidelijk op de bevestiging.\n"
                "- Plan een extra inpakdag in de eerste week van januari.", "Groet,\nSanne van der Berg"),
]

BOAST_LOUD = [
    first_touch("en", "Late payments",
                "Our hotel clients have cut late payments by 40% since switching to our recovery service.\n\n"
                "Worth a quick call this week?", "Best,\nMoira Lindqvist"),
    first_touch("en", "No-shows",
                "Several of our dental clients have asked how to cut no-shows, and our booking app fixed it for all "
                "of them.\n\nCan I show you a demo on Thursday?", "Best,\nAoife Ní Bhriain"),
    first_touch("en", "Payouts",
                "Our clients have told us they cut reconciliation time by half with our payouts tool.\n\n"
                "Could we book 30 minutes on Thursday?", "Best,\nKenji Watanabe"),
    first_touch("en", "No-shows",
                "Our clinic clients have seen a 40% drop in no-shows since they started with us.\n\n"
                "Worth a 15-minute call?", "Best,\nAoife Ní Bhriain"),
    first_touch("en", "Admin time",
                "Our practice clients told us they halved their admin time in the first month.\n\n"
                "Can I send you pricing?", "Best,\nKenji Watanabe"),
    first_touch("de", "Mahnwesen",
                "Unsere Kunden haben ihre offenen Forderungen mit unserer Software um 30 % gesenkt.\n\n"
                "Hätten Sie Donnerstag Zeit für eine Demo?", "Viele Grüße\nJörg Weiß"),
    first_touch("fr", "Relances",
                "Nos clients ont réduit leurs impayés de 40 % grâce à notre solution.\n\n"
                "Seriez-vous disponible jeudi pour une démo ?", "Cordialement,\nAmélie Lefèvre"),
    first_touch("es", "Cobros",
                "Nuestros clientes han reducido sus impagos un 40 % con nuestra plataforma.\n\n"
                "¿Le va bien una demo el jueves?", "Saludos,\nJosé Ángel Peña"),
    first_touch("nl", "Retouren",
                "Onze webshopklanten hebben hun retouren met 30% verlaagd dankzij onze software.\n\n"
                "Zullen we donderdag een demo plannen?", "Groet,\nSanne van der Berg"),
]


@pytest.mark.parametrize("template", RELAY_QUIET)
def test_relayed_customer_question_answered_is_no_pitch(template: str) -> None:
    found = run_rules(("FL201", "FL202"), template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", BOAST_LOUD)
def test_customer_result_boast_is_a_pitch(template: str) -> None:
    assert any(d.code == "FL201" for d in run_rules("FL201", template)), template
