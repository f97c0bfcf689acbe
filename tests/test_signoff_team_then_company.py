"""FL306: a team or role line with the company's one-word name under it ("The Customer Success
Team" / "Boardbook") is a team signature; a person's given name under it, or a person above the
team, still signs. One-to-one kinds, five languages."""

from __future__ import annotations

import pytest

from _core_testing import fired


def mail(kind: str, closing: str, lines: str) -> str:
    return (f"---\nkind: {kind}\n---\nHi {{{{ first_name }}}},\n\nThanks for the call yesterday; the updated "
            f"invoice for {{{{ company }}}} is attached.\n\n{closing}\n{lines}\n")


TEAM_THEN_COMPANY = [
    mail("follow-up", "Best regards,", "The Customer Success Team\nBoardbook"),
    mail("reply", "Cheers,", "The Onboarding Crew\nPetalroute"),
    mail("follow-up", "Viele Grüße", "Ihr Kundenservice-Team\nLagerfix"),
    mail("reply", "Cordialement,", "L'équipe Support\nVitrelab"),
    mail("follow-up", "Un saludo,", "El equipo de Atención al Cliente\nRiegaplan"),
    mail("reply", "Groet,", "Team Klantsucces\nKratwerk"),
]

A_PERSON_SIGNS = [
    mail("follow-up", "Best regards,", "The Customer Success Team\nMaya"),
    mail("reply", "Cheers,", "Priya Nair\nThe Onboarding Crew\nPetalroute"),
    mail("follow-up", "Viele Grüße", "Jonas Weiß\nIhr Kundenservice-Team\nLagerfix"),
    mail("reply", "Cordialement,", "Camille Dubois-Laurent\nL'équipe Support\nVitrelab"),
    mail("follow-up", "Un saludo,", "Lucía Ortega\nEl equipo de Atención al Cliente\nRiegaplan"),
    mail("reply", "Groet,", "Sanne de Vries\nTeam Klantsucces\nKratwerk"),
]


@pytest.mark.parametrize("template", TEAM_THEN_COMPANY)
def test_a_team_with_its_company_under_it_is_reported(template: str) -> None:
    assert fired("FL306", template)


@pytest.mark.parametrize("template", A_PERSON_SIGNS)
def test_a_person_signing_with_the_team_is_not(template: str) -> None:
    assert not fired("FL306", template)
