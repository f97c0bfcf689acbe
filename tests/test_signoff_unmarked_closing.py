"""FL306 (warning for one-to-one kinds): a team signature the segmenter did not mark as a
sign-off, because the closing words are not in its list ("With heartfelt thanks,", "Mit
herzlichem Dank,") or there are none ("The Admissions Team" / "Kestrel College" as the last
block), and the company's name written under a team line even when it holds a given name
("El equipo de Customer Success" / "Tesorería Clara"). A person who signs, above or under the
team, keeps it quiet; a newsletter may be signed by a team. en/de/fr/es/nl."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules


def mail(kind: str, greeting: str, body: str, ending: str, ps: str = "") -> str:
    tail = f"\n\n{ps}" if ps else ""
    return f"---\nkind: {kind}\n---\n{greeting}\n\n{body}\n\n{ending}{tail}\n"


EN = "Thank you for backing the spring appeal. Your gift pays for a month of home visits, and your name will be on the donor wall."
EN2 = "Your onboarding workspace for {{ company }} is ready. The first module takes about twenty minutes."
DE = "vielen Dank für Ihre Unterstützung beim Sommerfest. Das Logo von {{ firma }} kommt auf alle Plakate."
FR = "merci pour votre inscription à la formation. Le programme détaillé pour {{ entreprise }} est en pièce jointe."
ES = "gracias por la llamada de arranque. Hemos activado el entorno de pruebas para {{ empresa }}."
NL = "hartelijk dank voor uw steun aan de voorjaarsactie. Het logo van {{ bedrijf }} komt op alle affiches."

MUST_FIRE = [
    pytest.param(mail("follow-up", "Dear {{ first_name }},", EN, "With warmest thanks,\nEveryone at Rowan House Trust",
                      "P.S. If you'd like a photo for your newsletter, just let us know."), id="en-unlisted-closing-ps"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN2 + "\n\nReply here if anything is unclear.",
                      "The Admissions Team\nKestrel College"), id="en-no-closing-team-then-college"),
    pytest.param(mail("reply", "Hi {{ first_name }},", EN2, "The Onboarding Crew\nBrightlane"), id="en-reply-no-closing-crew"),
    pytest.param(mail("follow-up", "Hallo {{ vorname }},", DE, "Mit herzlichem Dank,\nIhr Team von Bergmann Reisen",
                      "PS: Fotos vom Fest schicken wir gern."), id="de-unlisted-closing-ps"),
    pytest.param(mail("follow-up", "Bonjour {{ prenom }},", FR, "Avec toute notre reconnaissance,\nL'équipe Formation\nAtelier Brunel"),
                 id="fr-unlisted-closing-team-company"),
    pytest.param(mail("follow-up", "Hola {{ nombre }}:", ES, "Un saludo,\nEl equipo de Atención al Cliente\nFinanzas Clara"),
                 id="es-company-with-given-name-under-team"),
    pytest.param(mail("prospecting", "Beste {{ voornaam }},", NL, "Met hartelijke dank,\nHet team van Stichting Zonnebloem"),
                 id="nl-unlisted-closing"),
]

MUST_NOT = [
    pytest.param(mail("follow-up", "Dear {{ first_name }},", EN, "With warmest thanks,\nMargarethe Oyelaran-Schmitt\nRowan House Trust",
                      "P.S. If you'd like a photo for your newsletter, just let us know."), id="en-unlisted-closing-person"),
    pytest.param(mail("follow-up", "Hi {{ first_name }},", EN2 + "\n\nReply here if anything is unclear.",
                      "Priya Raman\nThe Admissions Team"), id="en-no-closing-person-above-team"),
    pytest.param(mail("newsletter", "Hi {{ first_name }},", EN2, "The Onboarding Crew\nBrightlane"), id="en-newsletter-team"),
    pytest.param(mail("follow-up", "Hallo {{ vorname }},", DE, "Mit herzlichem Dank,\nJörg Pfisterer\nBergmann Reisen",
                      "PS: Fotos vom Fest schicken wir gern."), id="de-unlisted-closing-person"),
    pytest.param(mail("follow-up", "Bonjour {{ prenom }},", FR, "Amélie Nguyen-Laurent\nL'équipe Formation, Atelier Brunel"),
                 id="fr-no-closing-person-then-team"),
    pytest.param(mail("follow-up", "Hola {{ nombre }}:", ES, "Un saludo,\nEl equipo de Atención al Cliente\nRocío Bermúdez Lara"),
                 id="es-person-under-team"),
    pytest.param(mail("prospecting", "Beste {{ voornaam }},", NL, "Met hartelijke dank,\nFenna de Haan-Oduya\nHet team van Stichting Zonnebloem"),
                 id="nl-unlisted-closing-person"),
]


def _warned(template: str) -> bool:
    return any(d.code == "FL306" and str(getattr(d.severity, "value", d.severity)).lower() in ("warning", "error")
               for d in run_rules("FL306", template))


@pytest.mark.parametrize("template", MUST_FIRE)
def test_team_signature_without_a_marked_sign_off_is_a_warning(template: str) -> None:
    assert _warned(template)


@pytest.mark.parametrize("template", MUST_NOT)
def test_a_person_signs_or_a_broadcast_stays_quiet(template: str) -> None:
    assert not _warned(template)
