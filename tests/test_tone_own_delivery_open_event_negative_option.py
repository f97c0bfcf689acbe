"""FL208 both ways (issue 10, tone): the sender's own delivery and an open event are no
presumptive ask; a negative-option enrolment and a hard close in a breakup are. Case table
written before the code.

* Own delivery (must-not FL208): the sender promises to send something ("I'll send the survey
  form on Friday, as promised") - the sender's own action, booking no time of the reader and
  deciding nothing for them. Contrast (must fire): the sender setting a call ("I'll call you
  Friday at 10"), putting time in the reader's calendar, sending a contract *for signature*.
* Open event (must-not FL208): an event the reader may attend with no registration or with
  explicit freedom ("Aanmelden is niet nodig", "just drop in if it suits"). Contrast (must fire):
  a seat booked for the reader.
* Negative-option enrolment (must fire FL208, in any position, a declared reply included): the
  reader already switched onto a trial, plan or order that turns paid "unless you tell me
  otherwise". Must-not: a trial that stops by itself, paid only if the reader opts in.
* A hard close in a breakup (must fire FL208 or FL213): "this is my last message" and still "can
  you sign the order before Friday?". Must-not: a polite goodbye that leaves the door open.

Run ``PYTHONPATH=src python tests/test_tone_own_delivery_open_event_negative_option.py`` to print
the scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ salutation }} {{ last_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Estimada {{ first_name }}:",
    "nl": "Geachte {{ salutation }} {{ last_name }},",
}
SIGNOFF = {
    "en": "Best,\nMorag Ellison",
    "de": "Viele Grüße\nFriederike Albers",
    "fr": "Bien à vous,\nGaëlle Morvan",
    "es": "Un saludo,\nInés Robledo",
    "nl": "Met vriendelijke groet,\nSanne de Wit",
}


def mail(lang: str, body: str, *, sequence: str = "follow-up", subject: str | None = None) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence, subject=subject)


#: The sender's own delivery: no time of the reader is booked, nothing decided for them.
OWN_DELIVERY = [
    mail("en", "Good to meet you at the county show. I'll send the survey form we used on Friday, as promised."),
    mail("en", "I'll email you the maintenance checklist tomorrow morning so you have it before your audit."),
    mail("de", "Danke für das Gespräch am Stand. Ich schicke Ihnen die Unterlagen morgen, wie besprochen."),
    mail("de", "Die Checkliste aus dem Workshop sende ich Ihnen am Montag zu."),
    mail("fr", "Merci pour notre échange au salon. Je vous envoie le devis demain comme convenu."),
    mail("fr", "Je vous ferai parvenir la fiche technique lundi, comme promis."),
    mail("es", "Gracias por la charla en la feria. Le envío mañana el informe que le prometí."),
    mail("es", "El lunes te mando la plantilla que usamos en la obra, como quedamos."),
    mail("nl", "Bedankt voor het gesprek op de beurs. Ik stuur u morgen de brochure toe, zoals afgesproken."),
    mail("nl", "Vrijdag mail ik je het verslag van de proefdag, zoals beloofd."),
    mail("en", "Thanks again for the tour. You'll have the cost breakdown from me by Friday."),
    mail("de", "Wie versprochen sende ich Ihnen am Freitag die Auswertung der Umfrage."),
]

#: The sender setting the reader's time or sending a contract to sign: still pushy.
SENDER_SETS_TIME = [
    mail("en", "I'll call you Friday at 10 to go through the figures."),
    mail("en", "I've put 45 minutes in your calendar for Thursday to walk through the rollout."),
    mail("en", "I'll send the contract for signature today so we can start on Monday."),
    mail("de", "Ich rufe Sie morgen um 10 Uhr an, um die Zahlen durchzugehen."),
    mail("fr", "Je vous appelle vendredi à 10 h pour en parler."),
    mail("es", "Le llamo el viernes a las 10 para repasar las cifras."),
    mail("nl", "Ik bel u vrijdag om 10 uur om de cijfers door te nemen."),
    mail("de", "Ich sende Ihnen morgen die Einladung für unser Gespräch am Donnerstag um 10 Uhr."),
    mail("fr", "Je vous envoie demain l'invitation pour notre appel de jeudi à 10 h."),
]

#: An open event the reader may attend, with no registration or explicit freedom.
OPEN_EVENTS = [
    mail("nl", "Veel ouders hadden vragen over de nieuwe roosters. Daarom houden we op donderdag 22 januari een "
               "extra informatieavond. Aanmelden is niet nodig.", sequence="first-touch"),
    mail("en", "We're holding an open evening at the workshop on the 22nd; just drop in if it suits.",
         sequence="first-touch"),
    mail("en", "The depot is open to visitors on Saturday from 10 to 4, no booking needed - come by whenever "
               "you like.", sequence="first-touch"),
    mail("fr", "Nous organisons une soirée portes ouvertes le 22 à l'atelier, sans inscription.",
         sequence="first-touch"),
    mail("de", "Am Donnerstag, den 22. Januar, veranstalten wir einen offenen Infoabend in der Werkstatt; eine "
               "Anmeldung ist nicht nötig.", sequence="first-touch"),
    mail("es", "El jueves 22 celebramos una jornada de puertas abiertas en el taller; no hace falta "
               "inscribirse.", sequence="first-touch"),
    mail("en", "Join us on Thursday 22 January at 7pm for an extra information evening; no registration "
               "needed."),
    mail("de", "Kommen Sie einfach am Donnerstag um 19 Uhr vorbei, eine Anmeldung ist nicht nötig."),
    mail("nl", "Kom gerust langs op donderdag 22 januari om 19.30 uur, aanmelden hoeft niet.",
         sequence="first-touch"),
    mail("en", "On Thursday 22 January at 7pm we're holding an extra information evening at the school. "
               "There's no need to register.", sequence="first-touch"),
]

#: A seat booked for the reader, a call announced: pushy.
BOOKED_FOR_READER = [
    mail("en", "I've booked you a seat for the session on the 22nd."),
    mail("en", "Great evening on the 22nd - expect my call after the session."),
    mail("de", "Ich habe Sie schon für den Infoabend am 22. angemeldet."),
    mail("fr", "Je vous ai inscrit à la soirée du 22."),
    mail("es", "Le he apuntado a la jornada del día 22."),
    mail("nl", "Ik heb u alvast ingeschreven voor de avond van de 22e."),
]

#: The reader already put on a trial, plan or order that turns paid unless they object.
NEGATIVE_OPTION = [
    mail("en", "Thanks for your question about the reporting module. I've moved your account onto the Pro "
               "plan trial; it converts to the paid plan on the 1st unless you tell me otherwise.",
         sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("en", "I've switched {{ company }} to the annual plan, which renews at the full rate unless I hear "
               "from you by Friday."),
    mail("de", "Danke für Ihre Rückfrage. Ich habe Ihr Konto auf das Business-Paket umgestellt; ab dem 1. "
               "wird es kostenpflichtig, es sei denn, Sie widersprechen.", sequence="reply"),
    mail("fr", "Nous avons activé l'offre Premium pour votre équipe ; elle passera en abonnement payant le "
               "mois prochain, sauf avis contraire de votre part.", sequence="reply"),
    mail("es", "He pasado su cuenta al plan Profesional; a partir del día 1 se le facturará, a menos que me "
               "diga lo contrario."),
    mail("nl", "Ik heb uw proefperiode omgezet naar het jaarabonnement; dat wordt vanaf maart gefactureerd, "
               "tenzij u het laat weten.", sequence="breakup"),
    mail("en", "This is my last note. I've extended your trial into a paid month, which renews unless you "
               "cancel by Friday.", sequence="breakup"),
    mail("es", "Buena pregunta. Le hemos dado de alta en el plan Premium; se renovará cada mes salvo que me "
               "diga lo contrario.", sequence="reply"),
]

#: A trial that stops by itself; paid only if the reader chooses.
OPT_IN_ONLY = [
    mail("en", "Your trial ends on the 30th and simply stops; nothing is charged unless you choose a plan.",
         sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("en", "As you asked, I've cancelled the renewal; your account stays on the free tier."),
    mail("de", "Die Testphase endet am 30. von selbst; es wird nichts berechnet, solange Sie kein Paket "
               "wählen.", sequence="reply"),
    mail("fr", "L'essai s'arrête de lui-même le 30 ; rien ne vous sera facturé, sauf si vous choisissez une "
               "formule.", sequence="reply"),
    mail("es", "La prueba termina sola el día 30; no se cobra nada a menos que usted elija un plan."),
    mail("nl", "De proefperiode stopt vanzelf op de 30e; er wordt niets gefactureerd tenzij u zelf een "
               "abonnement kiest."),
    mail("en", "This is my last email. Unless you tell me otherwise, I'll close your file and stop writing.",
         sequence="breakup"),
    mail("fr", "C'est mon dernier message. Sauf avis contraire, je clos le dossier.", sequence="breakup"),
]

#: A breakup that still asks for a signature or an order before a date.
BREAKUP_HARD_CLOSES = [
    mail("fr", "C'est mon dernier message à ce sujet. Si je vous envoie le bon de commande aujourd'hui, "
               "pouvez-vous le signer avant vendredi ?", sequence="breakup"),
    mail("en", "This is my last message on this. Could you sign the order before Friday so I can hold the "
               "install slot?", sequence="breakup"),
    mail("en", "This will be my last email. If I send the order form over today, can you get it signed by "
               "Thursday?"),
    mail("de", "Das ist meine letzte Nachricht dazu. Können Sie den Auftrag bis Freitag unterschreiben, "
               "damit ich den Installationstermin halten kann?", sequence="breakup"),
    mail("es", "Este es mi último mensaje. ¿Puede firmar el pedido antes del viernes para que le guarde la "
               "fecha de instalación?", sequence="breakup"),
    mail("nl", "Dit is mijn laatste bericht. Kunt u de bestelling vóór vrijdag tekenen, zodat ik het "
               "installatiemoment kan vasthouden?", sequence="breakup"),
    mail("nl", "Dit is mijn laatste mail. Kunt u de offerte uiterlijk vrijdag ondertekenen?", sequence="breakup"),
]

#: A polite breakup: the door left open, nothing asked.
POLITE_BREAKUPS = [
    mail("en", "This is my last message. I'll close the file; if things change, you know where I am.",
         sequence="breakup"),
    mail("en", "I'll assume the timing isn't right and stop writing. If the order form is ever useful, it's "
               "yours for the asking.", sequence="breakup"),
    mail("de", "Das ist meine letzte Nachricht. Ich schließe die Akte; falls sich etwas ändert, wissen Sie, "
               "wo Sie mich finden.", sequence="breakup"),
    mail("fr", "C'est mon dernier message. Je clos le dossier ; si les choses changent, vous savez où me "
               "trouver.", sequence="breakup"),
    mail("es", "Este es mi último mensaje. Cierro el expediente; si algo cambia, ya sabe dónde "
               "encontrarme.", sequence="breakup"),
    mail("nl", "Dit is mijn laatste bericht. Ik sluit het dossier; als er iets verandert, weet u me te "
               "vinden.", sequence="breakup"),
    mail("en", "This is my last email. If you ever want to sign up for the newsletter before Friday's issue, "
               "it's on our site.", sequence="breakup"),
    mail("nl", "Dit is mijn laatste bericht. Mocht u ooit willen bestellen, dan hoor ik het graag.",
         sequence="breakup"),
]

TABLES = {
    "own delivery vs sender sets time": (SENDER_SETS_TIME, OWN_DELIVERY, "FL208"),
    "open event vs booked seat": (BOOKED_FOR_READER, OPEN_EVENTS, "FL208"),
    "negative option vs opt-in": (NEGATIVE_OPTION, OPT_IN_ONLY, "FL208"),
    "breakup hard close vs polite": (BREAKUP_HARD_CLOSES, POLITE_BREAKUPS, ("FL208", "FL213")),
}


def _fires(codes, template: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(run_rules(codes, template))


@pytest.mark.parametrize("template", SENDER_SETS_TIME + BOOKED_FOR_READER + NEGATIVE_OPTION)
def test_a_presumptive_ask_is_reported(template: str) -> None:
    assert _fires("FL208", template)


@pytest.mark.parametrize("template", NEGATIVE_OPTION)
def test_a_negative_option_into_a_paid_plan_reads_as_a_switch(template: str) -> None:
    from followup_lint.content.closing_moves import SWITCH_PUSH
    from followup_lint.content.email_roles import email_roles

    lang = next(line.split(": ", 1)[1] for line in template.splitlines() if line.startswith("locale: "))
    body = template.split("---\n", 2)[2]
    details = {e.detail for s in email_roles(body, lang=lang) for e in s.evidence}
    assert SWITCH_PUSH in details


@pytest.mark.parametrize("template", OWN_DELIVERY + OPEN_EVENTS + OPT_IN_ONLY)
def test_own_delivery_open_event_or_opt_in_is_no_presumptive_ask(template: str) -> None:
    assert not _fires("FL208", template)


@pytest.mark.parametrize("template", BREAKUP_HARD_CLOSES)
def test_a_hard_close_in_a_breakup_is_reported(template: str) -> None:
    assert _fires(("FL208", "FL213"), template)


@pytest.mark.parametrize("template", POLITE_BREAKUPS)
def test_a_polite_breakup_is_quiet(template: str) -> None:
    assert not _fires(("FL208", "FL213"), template)


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
