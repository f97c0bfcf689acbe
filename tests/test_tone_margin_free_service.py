"""The sender's own service offered free or on trial, and material that leads to the sender's
booking, is a sell (FL201, issue 10) - on cue evidence, so it still fires when the role model's
decision margin (content/model.py ``decision_margin``) raises the tone thresholds. Written before
the cues, must-fire and must-not in equal measure, in English, German, French, Spanish and Dutch:

* **A free trial of the sender's product** ("the first 30 days are free", "die ersten 30 Tage sind
  kostenlos", "les 30 premiers jours sont offerts", "pruébelo gratis durante 30 días", "de eerste
  30 dagen zijn gratis"). A free public checklist or guide handed over with its link is value.
* **A free audit, check or review of the reader's business by the sender** ("un audit gratuit de
  votre référencement", "una auditoría gratuita de sus rutas", "eine kostenlose Analyse Ihrer
  Verträge", "een gratis scan van uw contracten"), and an imperative booking of the sender's slot
  or visit ("Book your engineer visit this week"). A public report handed over is value.
* **A result credited to the sender's service** ("gracias a nuestro servicio nocturno", "thanks to
  our platform", "dank unserer Software", "grâce à notre outil", "dankzij onze app") before an
  ask. Thanks to a conversation or a public scheme is no sell.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best,\nTomás Reilly", "de": "Viele Grüße\nAnja Kessler", "fr": "Cordialement,\nHugo Bernard",
           "es": "Saludos,\nMarta Soler", "nl": "Groet,\nJoris Bakker"}


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


def reply(lang: str, body: str) -> str:
    """The reader asked about their own trial; the answer is no sell (FL201 does not read replies,
    and no other tone rule may read the trial's terms as one)."""
    return f"---\nsequence: reply\nlocale: {lang}\n---\n{GREETING[lang]}\n\n{body}\n\n{SIGNOFF[lang]}\n"


TRIAL_FIRE = [
    mail("en", "Try Rotaly on your summer schedule: the first 14 days are free and we set up your shifts for you."),
    mail("de", "Testen Sie Lagerly im nächsten Quartal: die ersten 30 Tage sind kostenlos, den Import übernehmen wir."),
    mail("fr", "Essayez Factelio sur vos devis de juin : les 30 premiers jours sont offerts et nous importons vos clients."),
    mail("es", "Pruebe Turnix con el cuadrante de agosto: los primeros 30 días son gratis y le cargamos la plantilla."),
    mail("nl", "Probeer Planbord op het rooster van volgende maand: de eerste 30 dagen zijn gratis en wij zetten alles klaar."),
]
TRIAL_QUIET = [
    mail("en", "Here's the free allergen checklist the county council published last week: https://example.com/allergens"),
    mail("de", "Hier ist die kostenlose Checkliste der IHK zur neuen Kassenpflicht: https://example.com/kasse"),
    mail("fr", "Voici la fiche gratuite de la CCI sur les nouvelles règles d'affichage : https://example.com/fiche"),
    mail("es", "Le paso la guía gratuita que publicó la Cámara sobre la nueva factura electrónica: https://example.com/guia"),
    mail("nl", "Hier is de gratis checklist van de KvK over de nieuwe bewaarplicht: https://example.com/checklist"),
]
AUDIT_FIRE = [
    mail("en", "Before the heating goes back on, here are the rates for our gutter cleaning rounds. Book your visit "
               "this week: {{ booking_url }}"),
    mail("de", "Gerne übernimmt unser Team eine kostenlose Analyse Ihrer Energieverträge für {{ company }}."),
    mail("fr", "Je peux vous proposer un diagnostic gratuit de vos contrats d'assurance par notre cabinet."),
    mail("es", "Le propongo una auditoría gratuita de sus rutas de reparto por parte de nuestro equipo."),
    mail("nl", "Graag doen wij een gratis scan van de energiecontracten van {{ company }} door ons team."),
]
AUDIT_QUIET = [
    mail("en", "The regulator's free guide to the new gutter rules came out this week: https://example.com/guide"),
    mail("de", "Das Bundesamt hat eine kostenlose Übersicht zu den neuen Fristen veröffentlicht: https://example.com/fristen"),
    mail("fr", "L'ADEME a publié un guide gratuit sur les nouvelles règles de chauffage : https://example.com/guide"),
    mail("es", "El ministerio ha publicado una guía gratuita sobre las nuevas normas de reparto: https://example.com/guia"),
    mail("nl", "De overheid heeft een gratis overzicht van de nieuwe regels gepubliceerd: https://example.com/regels"),
]
CREDIT_FIRE = [
    mail("en", "We compared the delivery times of 40 florists in {{ region }}: the ones that work with us deliver by "
               "noon thanks to our routing service.\n\nWould a short call next week suit you?"),
    mail("de", "Wir haben 40 Bäckereien in {{ region }} verglichen: die mit uns arbeiten, liefern dank unserer "
               "Tourenplanung bis 7 Uhr.\n\nPasst Ihnen ein kurzes Gespräch nächste Woche?"),
    mail("fr", "Nous avons comparé 40 fleuristes de {{ region }} : ceux qui travaillent avec nous livrent avant midi "
               "grâce à notre service de tournées.\n\nUn court appel la semaine prochaine vous conviendrait-il ?"),
    mail("es", "Comparamos 40 floristerías de {{ region }}: las que trabajan con nosotros entregan antes de las 12 "
               "gracias a nuestra plataforma de rutas.\n\n¿Le vendría bien una llamada corta la semana que viene?"),
    mail("nl", "We vergeleken 40 bloemisten in {{ region }}: wie met ons werkt, levert dankzij onze routeplanner "
               "voor 12 uur.\n\nSchikt een kort gesprek volgende week?"),
]
CREDIT_QUIET = [
    mail("en", "Thanks to our chat at the trade fair, I looked up the council's new delivery hours: "
               "https://example.com/hours"),
    mail("de", "Dank unseres Gesprächs auf der Messe habe ich die neuen Lieferzeiten der Stadt herausgesucht: "
               "https://example.com/zeiten"),
    mail("fr", "Grâce à notre échange au salon, j'ai retrouvé les nouveaux horaires de livraison de la ville : "
               "https://example.com/horaires"),
    mail("es", "Gracias a nuestra charla en la feria, busqué los nuevos horarios de carga del ayuntamiento: "
               "https://example.com/horarios"),
    mail("nl", "Dankzij ons gesprek op de beurs zocht ik de nieuwe venstertijden van de gemeente op: "
               "https://example.com/venstertijden"),
]

#: the same terms of a trial: offered in a first touch (a sell), answered in a reply about the reader's own trial
OWN_TRIAL_FIRE = [
    mail("en", "Start a Stockwise trial for {{ company }} today: the first 30 days are free."),
    mail("de", "Starten Sie heute Ihren Stockwise-Test: die ersten 30 Tage sind kostenlos."),
    mail("fr", "Lancez votre essai Stockwise dès aujourd'hui : les 30 premiers jours sont gratuits."),
    mail("es", "Empiece hoy su prueba de Stockwise: los primeros 30 días son gratis."),
    mail("nl", "Start vandaag uw proef met Stockwise: de eerste 30 dagen zijn gratis."),
]
OWN_TRIAL_QUIET = [
    reply("en", "You asked how your trial works: the first 30 days are free, and your data stays if you cancel."),
    reply("de", "Zu Ihrer Frage: die ersten 30 Tage Ihres Testzugangs sind kostenlos, danach entscheiden Sie."),
    reply("fr", "Pour répondre à votre question : les 30 premiers jours de votre essai sont gratuits."),
    reply("es", "Sobre su pregunta: los primeros 30 días de su prueba son gratis."),
    reply("nl", "Op uw vraag: de eerste 30 dagen van uw proefperiode zijn gratis."),
]

TABLES = {
    "a free trial of the sender's product": (TRIAL_FIRE, TRIAL_QUIET, ["FL201"]),
    "a free audit or booking of the sender's service": (AUDIT_FIRE, AUDIT_QUIET, ["FL201"]),
    "a result credited to the sender's service": (CREDIT_FIRE, CREDIT_QUIET, ["FL201"]),
    "a trial offered, against the reader's own trial in a reply": (OWN_TRIAL_FIRE, OWN_TRIAL_QUIET, ["FL201"]),
}
#: every tone rule, the name-only personalization and the subject, as in benchmarks/bench_tone_emails.py
WATCHED = tuple(f"FL2{n:02d}" for n in range(1, 15)) + ("FL304", "FL501", "FL502", "FL503")


def test_tables_are_balanced_and_multilingual() -> None:
    assert_tables_balanced(TABLES)
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


@pytest.mark.parametrize("template", TRIAL_FIRE + AUDIT_FIRE + CREDIT_FIRE + OWN_TRIAL_FIRE)
def test_the_sender_s_free_service_is_a_sell(template: str) -> None:
    assert fired("FL201", template), template


@pytest.mark.parametrize("template", TRIAL_QUIET + AUDIT_QUIET + CREDIT_QUIET)
def test_a_public_free_resource_is_no_sell(template: str) -> None:
    assert not fired("FL201", template), template


@pytest.mark.parametrize("template", OWN_TRIAL_QUIET)
def test_the_reader_s_own_trial_in_a_reply_is_quiet(template: str) -> None:
    from followup_lint.testing import run_rules

    assert run_rules(WATCHED, template) == [], template


def _cue_roles(template: str, lang: str) -> set[str]:
    """Roles of the body's sentences from the cue lexicons and structure alone (no classifier)."""
    from followup_lint.content.email_roles import email_roles

    body = template.split("---\n", 2)[2]
    return {role for s in email_roles(body, lang=lang, model=None) for role in s.roles}


def _lang(template: str) -> str:
    return next(line.split(": ", 1)[1] for line in template.splitlines() if line.startswith("locale: "))


@pytest.mark.parametrize("template", TRIAL_FIRE + AUDIT_FIRE + CREDIT_FIRE + OWN_TRIAL_FIRE)
def test_the_category_has_cue_evidence(template: str) -> None:
    """The must-fire cases hold a pitch or an ask without the classifier, so a raised model
    threshold (decision margin) does not drop them."""
    assert _cue_roles(template, _lang(template)) & {"pitch", "ask"}, template


if __name__ == "__main__":
    print_table_scores(TABLES)
