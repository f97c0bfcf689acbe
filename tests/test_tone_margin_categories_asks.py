"""More categories that fired on a near-threshold classifier score alone, given cue evidence so
they still fire under the role model's decision margin (content/model.py ``decision_margin``,
issue 10). Case tables written before the cues, must-fire and must-not in equal measure, in
English, German, French, Spanish and Dutch:

* **Who approves a purchase** (qualify, FL213): "who gives the green light for a purchase like
  this?", "Wer gibt grünes Licht für eine solche Anschaffung?". Who approves the reader's own
  leave requests or school trips is their process, no qualification.
* **A call or meeting to present the sender's tool** (ask, FL201): "we could set up a call to show
  you our tool". A call presenting the reader's own results, or one held last week, is no ask.
* **The sender's people available to the reader** (pitch, FL201): "we have two specialists free in
  January who could run your rollout", "our installers can fit yours next week for £1,200". Our
  people's past work reported is no offer.
* **A call proposed for a day** (ask, FL202 after a pitching introduction): "Shall we talk
  Wednesday?", "¿Hablamos el jueves?", "Bellen we woensdag?". A call held on a day is no ask.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best,\nOwen Pryce", "de": "Viele Grüße\nMaren Holt", "fr": "Cordialement,\nJulien Roy",
           "es": "Saludos,\nMarta Gil", "nl": "Groet,\nBram Kuipers"}


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


APPROVAL_FIRE = [
    mail("en", "At {{ company }}, who gives the final green light for an investment like this?"),
    mail("de", "Wer gibt bei {{ company }} die Freigabe für eine Anschaffung in dieser Größenordnung?"),
    mail("fr", "Chez {{ company }}, qui donne le feu vert pour un achat de ce type ?"),
    mail("es", "En {{ company }}, ¿quién da el visto bueno a una compra así?"),
    mail("nl", "Wie geeft er bij {{ company }} uiteindelijk groen licht voor zo'n aankoop?"),
]
APPROVAL_QUIET = [
    mail("en", "Our new guide covers leave planning for schools.\n\nChapter two explains how heads give the green light for leave requests in term time."),
    mail("de", "Unser Leitfaden zur Urlaubsplanung ist online.\n\nKapitel zwei zeigt, wie Schulleitungen grünes Licht für Urlaubsanträge geben."),
    mail("fr", "Notre guide sur les sorties scolaires est en ligne.\n\nLe chapitre deux explique comment la direction donne son feu vert aux sorties."),
    mail("es", "Nuestra guía sobre excursiones escolares ya está publicada.\n\nEl capítulo dos explica cómo la dirección da el visto bueno a las salidas."),
    mail("nl", "Onze gids over schoolreisjes staat online.\n\nHoofdstuk twee legt uit hoe de directie groen licht geeft voor uitstapjes."),
]

PRESENT_CALL_FIRE = [
    mail("en", "I'm Dana from Cropwise.\n\nWe could set up a 20-minute call to show you our planning tool, if that suits."),
    mail("de", "Ich bin Lea von Lagerfix.\n\nGern machen wir einen kurzen Termin aus, um Ihnen unsere Software vorzustellen."),
    mail("fr", "Je suis Hugo, de chez Stockia.\n\nOn peut organiser une visio de 15 minutes pour vous montrer notre plateforme, si vous voulez."),
    mail("es", "Soy Pablo, de Rutaplan.\n\nPodemos hacer una videollamada de 20 minutos para enseñarle nuestra herramienta, si le encaja."),
    mail("nl", "Ik ben Joris van Planbaar.\n\nWe kunnen een kort gesprek inplannen om u onze software te laten zien, als dat past."),
]
PRESENT_CALL_QUIET = [
    mail("en", "Thanks for the call last week where we showed you our planning tool.\n\nThe notes are attached."),
    mail("de", "Danke für das Gespräch letzte Woche, in dem wir Ihnen unsere Software gezeigt haben.\n\nDie Notizen hänge ich an."),
    mail("fr", "Merci pour l'appel de la semaine dernière, où nous vous avons montré notre plateforme.\n\nLes notes sont en pièce jointe."),
    mail("es", "Gracias por la llamada de la semana pasada, en la que le enseñamos nuestra herramienta.\n\nLe adjunto las notas."),
    mail("nl", "Bedankt voor het gesprek vorige week waarin we u onze software lieten zien.\n\nDe notities zitten in de bijlage."),
]

PEOPLE_FREE_FIRE = [
    mail("en", "We have three onboarding specialists free in March who could run {{ company }}'s rollout."),
    mail("de", "Wir haben im März zwei Berater frei, die bei {{ company }} die Einführung übernehmen könnten."),
    mail("fr", "Nous avons deux consultants disponibles en mars qui pourraient piloter le déploiement chez {{ company }}."),
    mail("es", "Tenemos dos consultores libres en marzo que podrían encargarse de la implantación en {{ company }}."),
    mail("nl", "We hebben in maart twee consultants vrij die de uitrol bij {{ company }} kunnen verzorgen."),
    mail("en", "Our fitters can install yours next week for £900."),
]
PEOPLE_FREE_QUIET = [
    mail("en", "Thanks for the update on the office move.\n\nWe had three specialists on site in March who ran the rollout at your Leeds branch; their report is attached."),
    mail("de", "Danke für die Rückmeldung.\n\nIm März waren zwei Berater bei Ihnen, die die Einführung begleitet haben; ihr Bericht liegt bei."),
    mail("fr", "Merci pour votre retour.\n\nEn mars, deux consultants ont piloté le déploiement chez vous ; leur rapport est joint."),
    mail("es", "Gracias por la respuesta.\n\nEn marzo, dos consultores se encargaron de la implantación en su sede; le adjunto su informe."),
    mail("nl", "Bedankt voor je reactie.\n\nIn maart hebben twee consultants de uitrol bij jullie verzorgd; hun verslag zit in de bijlage."),
    mail("en", "Thanks for the photos of the leak.\n\nOur fitters installed the new valve last Tuesday, so the warranty runs from then."),
]

DAY_PROPOSAL_FIRE = [
    mail("en", "I'm Rhys Calder from Fleetcard, the UK's leading fuel card for vans. Shall we talk Wednesday?"),
    mail("de", "Ich bin Jana Roth von Kassio, dem führenden Kassensystem für Bäckereien. Sprechen wir am Mittwoch?"),
    mail("fr", "Je suis Paul Mercier, de Caissa, leader des caisses pour boulangeries. On s'appelle mercredi ?"),
    mail("es", "Soy Nuria Sanz, de Cajafácil, líder en cajas para panaderías. ¿Charlamos el miércoles?"),
    mail("nl", "Ik ben Daan Visser van Kassapro, marktleider in kassa's voor bakkers. Bellen we woensdag?"),
]
DAY_PROPOSAL_QUIET = [
    mail("en", "Thanks for your time.\n\nWe talked on Wednesday about the van leases; the figures you asked for are attached."),
    mail("de", "Danke für Ihre Zeit.\n\nWir sprachen am Mittwoch über die Kassen in den Filialen; die Zahlen hänge ich an."),
    mail("fr", "Merci pour votre temps.\n\nOn s'est parlé mercredi dernier des caisses en boutique ; les chiffres sont en pièce jointe."),
    mail("es", "Gracias por su tiempo.\n\nCharlamos el miércoles pasado sobre las cajas de las tiendas; le adjunto las cifras."),
    mail("nl", "Bedankt voor je tijd.\n\nWe belden woensdag over de kassa's in de filialen; de cijfers zitten in de bijlage."),
]

TABLES = {
    "who approves a purchase": (APPROVAL_FIRE, APPROVAL_QUIET, ["FL213"]),
    "a call to present the sender's tool": (PRESENT_CALL_FIRE, PRESENT_CALL_QUIET, ["FL201"]),
    "the sender's people free for the reader": (PEOPLE_FREE_FIRE, PEOPLE_FREE_QUIET, ["FL201"]),
    "a call proposed for a day after a pitching introduction": (DAY_PROPOSAL_FIRE, DAY_PROPOSAL_QUIET, ["FL202"]),
}


def test_tables_are_balanced_and_multilingual() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


@pytest.mark.parametrize("template", APPROVAL_FIRE)
def test_who_approves_a_purchase_qualifies(template: str) -> None:
    assert fired("FL213", template), template


@pytest.mark.parametrize("template", APPROVAL_QUIET)
def test_who_approves_the_readers_own_requests_is_no_qualification(template: str) -> None:
    assert not fired("FL213", template), template


@pytest.mark.parametrize("template", PRESENT_CALL_FIRE)
def test_a_call_to_present_our_tool_is_a_sell(template: str) -> None:
    assert fired("FL201", template), template


@pytest.mark.parametrize("template", PRESENT_CALL_QUIET)
def test_a_past_call_is_no_sell(template: str) -> None:
    assert not fired("FL201", template), template


@pytest.mark.parametrize("template", PEOPLE_FREE_FIRE)
def test_our_people_free_for_the_reader_is_a_sell(template: str) -> None:
    assert fired("FL201", template), template


@pytest.mark.parametrize("template", PEOPLE_FREE_QUIET)
def test_our_people_past_work_is_no_sell(template: str) -> None:
    assert not fired("FL201", template), template


@pytest.mark.parametrize("template", DAY_PROPOSAL_FIRE)
def test_a_call_proposed_for_a_day_after_a_pitching_introduction_is_self_centred(template: str) -> None:
    assert fired("FL202", template), template


@pytest.mark.parametrize("template", DAY_PROPOSAL_QUIET)
def test_a_call_held_on_a_day_is_no_ask(template: str) -> None:
    assert "ask" not in _cue_roles(template, _lang(template)), template
    assert not fired("FL202", template), template


def _cue_roles(template: str, lang: str) -> set[str]:
    """Roles of the body's sentences from the cue lexicons alone (no classifier)."""
    from followup_lint.content.email_roles import email_roles

    body = template.split("---\n", 2)[2]
    return {role for s in email_roles(body, lang=lang, model=None) for role in s.roles}


def _lang(template: str) -> str:
    return next(line.split(": ", 1)[1] for line in template.splitlines() if line.startswith("locale: "))


@pytest.mark.parametrize(
    ("template", "role"),
    [(t, "qualify") for t in APPROVAL_FIRE] + [(t, "ask") for t in PRESENT_CALL_FIRE] + [(t, "pitch") for t in PEOPLE_FREE_FIRE]
    + [(t, "ask") for t in DAY_PROPOSAL_FIRE],
)
def test_the_category_has_cue_evidence(template: str, role: str) -> None:
    """The must-fire cases hold their role without the classifier."""
    assert role in _cue_roles(template, _lang(template)), template


if __name__ == "__main__":
    print_table_scores(TABLES)
