"""An offer to send information in a German or Dutch main clause, subject first ("Ich kann Ihnen
... schicken", "Ik kan u ... mailen"), is read like the inverted order ("Gern kann ich ...", "Kan
ik ..."): an optional information offer is no sell (FL201); the same order offering what sells
still is."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules


def mail(lang: str, body: str, signoff: str) -> str:
    greeting = {"de": "Guten Tag {{ first_name }},", "nl": "Beste {{ first_name }},"}[lang]
    return f"---\nsequence: first-touch\nlocale: {lang}\n---\n{greeting}\n\n{body}\n\n{signoff}\n"


QUIET = [
    mail("de", "In Ihrer Stellenanzeige für die Filiale in Gießen steht, dass {{ company }} die Kassen "
               "künftig zweimal täglich abrechnet.\n\nIch kann Ihnen unverbindlich unseren Zählplan für den "
               "Wechsel schicken, wenn er Ihnen nützt.", "Viele Grüße\nJürgen Weißenbach"),
    mail("de", "Mir ist aufgefallen, dass {{ company }} die Lieferzeiten jetzt auf der Startseite nennt.\n\n"
               "Wir können Ihnen gern die Liste der Händler zuschicken, die wir dafür verglichen haben.",
               "Beste Grüße\nAyşe Demir"),
    mail("nl", "Ik zag dat {{ company }} de vaatwassers in de keuken van de Utrechtse vestiging vervangt.\n\n"
               "Ik kan u vrijblijvend ons reinigingsschema voor het eerste jaar mailen.",
               "Met vriendelijke groet,\nSanne van den Berg"),
    mail("nl", "Uw bericht over de nieuwe roosters bij {{ company }} viel me op.\n\n"
               "We kunnen je graag het overzicht sturen van de teams die we daarvoor spraken.",
               "Groet,\nJeroen de Vries-Okafor"),
]
LOUD = [
    mail("de", "In Ihrer Stellenanzeige für die Filiale in Gießen steht, dass {{ company }} die Kassen "
               "künftig zweimal täglich abrechnet.\n\nIch kann Ihnen unverbindlich unser Angebot für die "
               "Umstellung schicken.", "Viele Grüße\nJürgen Weißenbach"),
    mail("de", "Mir ist aufgefallen, dass {{ company }} die Lieferzeiten jetzt auf der Startseite nennt.\n\n"
               "Wir können Ihnen gern eine Demo unserer Software zuschicken.", "Beste Grüße\nAyşe Demir"),
    mail("nl", "Ik zag dat {{ company }} de vaatwassers in de keuken van de Utrechtse vestiging vervangt.\n\n"
               "Ik kan u vrijblijvend een offerte voor onze onderhoudscontracten mailen.",
               "Met vriendelijke groet,\nSanne van den Berg"),
    mail("nl", "Uw bericht over de nieuwe roosters bij {{ company }} viel me op.\n\n"
               "We kunnen je graag onze brochure en de prijzen sturen.", "Groet,\nJeroen de Vries-Okafor"),
]


@pytest.mark.parametrize("template", QUIET)
def test_information_offer_subject_first_is_no_sell(template: str) -> None:
    found = run_rules("FL201", template)
    assert found == [], [d.message for d in found]


@pytest.mark.parametrize("template", LOUD)
def test_offer_of_what_sells_subject_first_is_a_sell(template: str) -> None:
    assert any(d.code == "FL201" for d in run_rules("FL201", template)), template
