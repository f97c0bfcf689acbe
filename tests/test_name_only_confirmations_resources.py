"""FL304 (only the name is personal) and two kinds of email whose sameness is their point.

1. A booking or registration confirmation states the event's details to everyone on purpose:
   its kind says so (``kind: confirmation``, ``Anmeldebestätigung``, ``confirmación``,
   ``bevestiging``) or its words do ("Your registration ... is confirmed", "Ihre Anmeldung ist
   bestätigt", "Votre inscription est confirmée", "Su inscripción está confirmada", "Je
   inschrijving is bevestigd", "You're all set for ...").
2. A value-first email that hands over a resource in answer to what the reader asked for or did
   ("You asked in the Q&A for our template. Here it is: <link>", "Since you downloaded our guide
   ..., here is the checklist", "Sie hatten nach einer Checkliste gefragt. Hier ist sie", "Como me
   pidió, le dejo la plantilla") answers that reader.

Twins that stay reported: the classic thanks-for-attending, a link handed to nobody in particular
("Here is the recording", "We put together a checklist"), a resource "teams often ask for", and
an ask to confirm a time ("Can you confirm a slot for a demo?").
"""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

HELLO = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
         "es": "Hola, {{ first_name }}:", "nl": "Hoi {{ first_name }},"}
SIGN = {"en": "Best,\nAdaeze Nwosu-Hart", "de": "Viele Grüße\nLeonie Schäfer-Yıldız", "fr": "Bien à vous,\nCorentin Le Floch",
        "es": "Saludos,\nXimena Ruiz de Alarcón", "nl": "Groeten,\nBram van Dijk"}


def mail(lang: str, body: str, kind: str = "follow-up") -> str:
    return f"---\nkind: {kind}\nlocale: {lang}\n---\n{HELLO[lang]}\n\n{body}\n\n{SIGN[lang]}\n"


QUIET = [
    # confirmations by their words
    mail("en", "Your registration for Supplier Day on 12 March is confirmed. Doors open at 8:30 in Hall 4 of "
               "Messe Essen; please bring photo ID for your badge."),
    mail("en", "You're all set for Thursday's onboarding workshop, 10:00 to 12:00 CET. Join here: {{ join_url }}"),
    mail("de", "Ihre Anmeldung zum Praxistag Lagerlogistik am 14. März ist bestätigt. Einlass ist ab 8:30 Uhr "
               "im Foyer, Parkplätze finden Sie hinter Halle B."),
    mail("fr", "Votre inscription à l'atelier « Paie et congés » du 12 mars est confirmée. Rendez-vous à 9 h "
               "au 14 rue des Tanneurs, 2e étage."),
    mail("es", "Su inscripción al taller de facturación electrónica del 12 de marzo está confirmada. Le esperamos "
               "a las 9:30 en la sala Mirador."),
    mail("nl", "Je inschrijving voor de workshop voorraadbeheer van 12 maart is bevestigd. We beginnen om 9.30 "
               "uur in zaal 2."),
    # confirmations by their kind
    mail("de", "Hier die Eckdaten: Mittwoch, 9:00 bis 12:00 Uhr, Raum Elbe. Den Zugangslink finden Sie unten.",
         kind="Anmeldebestätigung"),
    mail("es", "Estos son los datos: miércoles de 9:00 a 12:00, sala Ebro. El enlace de acceso está abajo.",
         kind="confirmación"),
    mail("en", "Thursday, 10:00 to 11:00 CET, on Zoom. The slides will be shared afterwards.",
         kind="registration confirmation email"),
    mail("nl", "Donderdag van 10.00 tot 11.00 uur, online. De slides volgen achteraf.", kind="webinar reminder"),
    # a resource handed over in answer to the reader's own request or action
    mail("en", "Since you downloaded our guide to GDPR access requests, here is the follow-on checklist our DPO "
               "wrote: {{ checklist_url }}"),
    mail("en", "You asked during the Q&A for the template we use for quarterly supplier reviews. Here it is: "
               "{{ template_url }}"),
    mail("de", "Sie hatten im Webinar nach unserer Vorlage für Lieferantenaudits gefragt. Hier ist sie: "
               "{{ vorlage_link }}"),
    mail("fr", "Vous nous aviez demandé la grille d'évaluation des fournisseurs : la voici, {{ grille_url }}"),
    mail("es", "Como me pidió, le dejo la plantilla de auditoría de proveedores: {{ plantilla_url }}"),
    mail("nl", "Je vroeg om onze checklist voor leveranciersaudits. Hierbij de link: {{ checklist_link }}"),
    # the logistics of a booked occasion, and a resource answering the reader's question
    mail("en", "Quick reminder: the cold-chain masterclass starts in 30 minutes. Your join link: {{ join_url }}"),
    mail("fr", "Voici votre billet pour le salon Agrivert du 4 avril ; présentez-le à l'entrée du hall 2."),
    mail("nl", "Herinnering: de workshop voorraadbeheer begint morgen om 9.30 uur in zaal 2."),
    mail("en", "Following your question about cycle counts, here is the guide our warehouse team uses: "
               "{{ guide_url }}"),
    mail("en", "Thanks for registering for Thursday's webinar on pallet tracking. Here's your join link: "
               "{{ join_url }} - add it to your calendar so you don't miss it."),
    mail("de", "vielen Dank für Ihre Anmeldung zum Praxistag. Einlass ab 8:30 Uhr, wir freuen uns auf Sie."),
    mail("es", "Sobre su pregunta acerca de los inventarios cíclicos, le dejo la guía que usa nuestro equipo: "
               "{{ guia_url }}"),
]
FIRE = [
    mail("en", "Thanks for attending our webinar last week. I hope you found it useful; let me know if you have "
               "any questions."),
    mail("en", "Here is the recording: {{ recording_url }}"),
    mail("en", "We put together a one-page checklist for supplier reviews: {{ checklist_url }}\n\nHope it's useful."),
    mail("en", "Teams often ask us for a supplier review template, so here is ours: {{ template_url }}"),
    mail("en", "Can you confirm a 20-minute slot for a demo this week? Our platform is used by 400 purchasing teams."),
    mail("de", "vielen Dank für Ihre Teilnahme an unserem Webinar. Bei Fragen melden Sie sich gern."),
    mail("de", "Können Sie mir einen Termin für eine kurze Vorführung bestätigen? Unsere Software nutzen 300 Lager."),
    mail("fr", "merci d'avoir participé à notre webinaire. N'hésitez pas si vous avez des questions."),
    mail("es", "gracias por asistir a nuestro seminario. Aquí tiene la grabación: {{ grabacion_url }}"),
    mail("nl", "bedankt voor je deelname aan onze sessie. Hier is de opname: {{ opname_link }}"),
    mail("en", "Just a reminder that we have more webinars coming up this spring. Hope you enjoyed the last one."),
    mail("fr", "merci pour votre présence. Si vous avez des questions sur nos offres, n'hésitez pas."),
    mail("en", "Thanks for attending on Thursday. The slides will be shared with everyone soon.",
         kind="follow-up email"),
    mail("en", "Thanks for registering for our webinar. Here is the recording in case you missed it: "
               "{{ recording_url }}"),
    mail("es", "gracias por su interés en nuestra plataforma. Aquí tiene el folleto: {{ folleto_url }}"),
]


def test_tables_are_balanced() -> None:
    assert len(QUIET) >= len(FIRE)


@pytest.mark.parametrize("template", QUIET)
def test_confirmations_and_requested_resources_are_not_name_only(template: str) -> None:
    assert codes(run_rules("FL304", template)) == [], template


@pytest.mark.parametrize("template", FIRE)
def test_generic_emails_are_still_name_only(template: str) -> None:
    assert codes(run_rules("FL304", template)) == ["FL304"], template
