"""Opening hours, closure dates and cover arrangements stated as facts are information, not a push.

"Our office closes at 1pm on 23 December and reopens on 2 January" tells an existing customer
when they can reach the sender: it is no pressure (FL203), no presumptive ask (FL208) and no sell
(FL201). The same closure used as a deadline for a purchase, a demo or an offer still pushes.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}
WATCHED = ("FL201", "FL203", "FL208")


def first_touch(lang: str, subject: str, body: str, signoff: str) -> str:
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


NOTICE_QUIET = [
    first_touch("en", "Easter opening hours",
                "Our workshop closes at noon on Thursday 17 April and reopens at 8am on Tuesday 22 April. In between:\n\n"
                "- breakdowns for {{ company }} still go to 0161 496 0732\n- parts orders placed online ship on the 22nd",
                "Thanks,\nSiobhan O'Neill\nService Desk"),
    first_touch("en", "Depot hours over Christmas",
                "Our depot closes at 2pm on 24 December and reopens on 3 January. Over that time:\n\n"
                "- emergency deliveries for {{ company }} still go to 0117 496 0381, day and night\n"
                "- orders placed online will be picked in the first week of January\n\nHave a good break.",
                "Ewa Kowalczyk\nCustomer Service, Severn Trade Supplies"),
    first_touch("en", "Office move",
                "Our Leeds office is closed on Friday 6 June while we move to the new building, and opens again on Monday "
                "9 June at 9am.\n\nYour support line and account manager stay the same.", "Best,\nKenji Watanabe"),
    first_touch("en", "Bank holiday cover",
                "The helpdesk closes at 5pm on Friday and reopens at 8am on Tuesday. Out-of-hours faults are covered by "
                "the on-call engineer on 0113 496 0215.", "Regards,\nPriya Raghunathan"),
    first_touch("de", "Öffnungszeiten zwischen den Jahren",
                "Unser Büro ist vom 24. Dezember bis zum 1. Januar geschlossen und ab dem 2. Januar wieder für Sie da. "
                "Notfälle erreichen Sie weiterhin unter 030 1234567.", "Viele Grüße\nJörg Weiß"),
    first_touch("fr", "Fermeture estivale",
                "Notre agence sera fermée du 4 au 18 août et rouvrira le lundi 19 août à 9h. Les urgences restent "
                "assurées au 01 23 45 67 89.", "Cordialement,\nAmélie Lefèvre"),
    first_touch("es", "Horario de Semana Santa",
                "Nuestra oficina cierra el jueves 17 de abril a las 14:00 y vuelve a abrir el martes 22. Las "
                "urgencias siguen en el 912 345 678.", "Saludos,\nJosé Ángel Peña"),
    first_touch("nl", "Openingstijden rond de feestdagen",
                "Ons kantoor is gesloten van 24 december tot en met 1 januari en is vanaf 2 januari weer open. "
                "Storingen kunt u altijd melden op 030 123 4567.", "Groet,\nSanne van der Berg"),
]

PUSH_LOUD = [
    first_touch("en", "Before we close for Christmas",
                "Our office closes at 1pm on 23 December, so sign the renewal before then to keep this year's price.",
                "Best,\nSiobhan O'Neill"),
    first_touch("en", "Last chance",
                "Our office closes on Friday and the 20% discount closes with it. Book your demo today.",
                "Best,\nKenji Watanabe"),
    first_touch("en", "Call on Thursday",
                "Our office reopens on 2 January, and I'll call you at 10am that day to go through pricing.",
                "Best,\nPriya Raghunathan"),
    first_touch("de", "Vor den Feiertagen",
                "Unser Büro schließt am 23. Dezember. Unterschreiben Sie bis dahin, sonst verfällt der Rabatt von 20 %.",
                "Viele Grüße\nJörg Weiß"),
    first_touch("fr", "Avant la fermeture",
                "Notre agence ferme le 4 août : profitez de la remise de 20 % en signant avant cette date, c'est la "
                "dernière chance.", "Cordialement,\nAmélie Lefèvre"),
    first_touch("nl", "Bellen in januari",
                "Ons kantoor sluit op 23 december, dus ik bel u morgen om 10 uur om de offerte door te nemen.",
                "Groet,\nDaan de Vries"),
    first_touch("nl", "Voor de feestdagen",
                "Ons kantoor sluit op 23 december. Alleen deze week nog 20% korting: teken vandaag nog!",
                "Groet,\nSanne van der Berg"),
]


@pytest.mark.parametrize("template", NOTICE_QUIET)
def test_opening_hours_stated_are_no_push(template: str) -> None:
    found = run_rules(WATCHED, template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", PUSH_LOUD)
def test_closure_as_a_deadline_still_pushes(template: str) -> None:
    assert run_rules(WATCHED, template), template
