"""FL214 on a loss that is the consequence of a concrete observation about the reader's own thing
(issue 10, tone batch 15 scoring), written as a table before the code: must-fire and must-not in
equal measure, in English, German, French, Spanish and Dutch. No sentence here is a batch sentence.

* **Must not fire: a problem found for the reader.** The email states a checkable fact about the
  reader's OWN page, document, listing, profile, form or filing - with a detail the reader can
  look up (a revision, a page, a device, a date, a figure, the steps to reproduce it) and
  something wrong with it (withdrawn, expired, out of date, greyed out, does nothing, does not
  match) - and then gives the consequence as a possible loss ("so you may be missing ...",
  "dadurch gehen Ihnen vermutlich ... verloren"), with nothing of the sender's in that reasoning
  and at most a small optional offer afterwards (the notice, a screenshot, the fix).
* **Must fire: a loss used as a sales lever.** A generic or unproven loss ("businesses like yours
  lose a fifth of ..."), a loss tied to not buying or not meeting ("without our tool ...",
  "every week you wait ..."), a loss claimed before anything concrete about the reader (the fact
  comes after), the same observation with the sender's product in the reasoning, or the same
  observation in an email that sells (a demo, a quote, a call to pitch).

Run ``PYTHONPATH=src python tests/test_tone_loss_after_observation.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, fired, print_table_scores
from followup_lint.testing import run_rules
from test_tone_value_structure import mail

#: a checkable fact about the reader's own thing, then its consequence as a possible loss; nothing
#: of the sender's in that reasoning, at most a small optional offer afterwards
LOSS_AFTER_AN_OBSERVATION = [
    mail("en", "The data sheet for {{ company }}'s DN50 gate valve (revision C, on your Downloads page) still "
               "gives NBR-412 as the standard gasket. Its DVGW listing was withdrawn in March, so you "
               "might be missing out on contracts whose buyers check approvals.\n\nIf useful, I "
               "can forward the withdrawal notice."),
    mail("en", "On a Pixel 7 with Chrome, the Apply button on your careers page opens the form, but the CV "
               "upload field stays greyed out after picking a PDF, and Submit does nothing. Candidates who "
               "apply from their phone probably give up at that point. You might be missing a good share of "
               "applicants without any error on your side.\n\nHappy to send a screen recording."),
    mail("en", "Your Google Business profile says {{ company }} closes at 5 pm on Saturdays, while the opening "
               "hours on your own website say 8 pm. People who check Google on a Saturday evening could be "
               "going elsewhere, and you'd lose those visits without ever knowing."),
    mail("en", "The Amazon listing for your 14-piece knife block (ASIN ending 7QX) has shown 'currently "
               "unavailable' since Tuesday, although your own shop has it in stock. You may be losing the "
               "shoppers who search Amazon first.\n\nNo need to reply - just thought you'd want to know."),
    mail("de", "Im Datenblatt zu Ihrem Kugelhahn KH-25 (Stand 03/2024, Seite 2) steht als Dichtung noch "
               "EPDM-70, dessen KTW-Zulassung im Frühjahr ausgelaufen ist. Dadurch gehen Ihnen "
               "vermutlich Aufträge verloren, wenn eine Ausschreibung die Zulassungen prüft.\n\nDie "
               "Mitteilung dazu schicke ich Ihnen gern."),
    mail("de", "Auf der Website von {{ company }} lässt sich das Buchungsformular auf dem iPhone nicht "
               "abschicken: Nach der Auswahl des Termins bleibt die Schaltfläche „Buchen“ grau. Vermutlich "
               "verlieren Sie so Kunden, die unterwegs am Handy buchen."),
    mail("fr", "La fiche technique de votre pompe PX-300 (version 5, page 3) mentionne encore le joint "
               "FKM-90, dont l'agrément ACS a expiré en avril. Du coup, vous risquez de perdre des points sur les "
               "appels d'offres qui vérifient les agréments.\n\nJe peux vous transmettre l'avis officiel si "
               "cela vous aide."),
    mail("fr", "Sur un Samsung Galaxy, le bouton « Réserver » du site de {{ company }} ne réagit pas une fois "
               "le créneau choisi. Vous perdez peut-être des clients qui réservent depuis un téléphone, sans "
               "qu'aucune erreur ne s'affiche chez vous."),
    mail("es", "La ficha técnica de su válvula VR-40 (versión 6, página 2) sigue indicando la junta EPDM-55, "
               "cuya homologación caducó en enero. Por eso es posible que esté perdiendo contratos en los "
               "concursos que revisan las homologaciones.\n\nSi le sirve, le reenvío la notificación."),
    mail("es", "En un iPhone con Safari, el formulario de reservas de {{ company }} se queda en blanco al pulsar "
               "«Reservar» después de elegir la hora. Puede que esté perdiendo clientes que reservan desde el "
               "móvil."),
    mail("nl", "Op het productblad van uw afsluiter AV-32 (versie 4, pagina 2) staat nog de pakking NBR-60, "
               "waarvan de KIWA-keur in februari is ingetrokken. Daardoor loopt u mogelijk opdrachten mis bij "
               "aanbestedingen die de keuren controleren.\n\nAls u wilt, stuur ik u het bericht "
               "door."),
    mail("nl", "Op een Android-telefoon blijft de knop 'Reserveren' op de website van {{ company }} grijs "
               "nadat je een tijdstip hebt gekozen. Misschien loop je zo klanten mis die onderweg op hun "
               "telefoon boeken."),
    # the observation and its consequence in one sentence, or the detail in steps to reproduce it
    mail("en", "The installation guide on {{ company }}'s support page still recommends sealant grade S-300, "
               "which lost its potable-water approval in June, so you may be missing out on contracts where "
               "the buyer checks approvals.\n\nI can send the notice if you want it."),
    mail("en", "Your careers form fails on phones. To see it:\n\n1. Open the Jobs page on an iPhone 14.\n2. Tap "
               "'Apply now' and attach a CV.\n3. Tap Submit - nothing happens.\n\nYou might be missing a fair "
               "number of applicants that way."),
    mail("de", "Ihre Preisliste im Download-Bereich nennt noch den Versandpreis von 4,90 €, der seit März nicht mehr "
               "gilt, deshalb verlieren Sie womöglich Kunden, die beim Bezahlen einen anderen Betrag sehen."),
]

#: loss framing as a sales lever: generic or unproven, tied to not buying or not meeting, claimed
#: before anything concrete about the reader, or the observation with the sender's offer in it
LOSS_AS_A_LEVER = [
    mail("en", "Your team could be losing one tender in five to out-of-date data sheets - most manufacturers "
               "are, and never find out why.\n\nSpecSync keeps every sheet current. Worth a 20-minute call?"),
    mail("en", "You're probably losing candidates every single day without realising it. Your careers page "
               "greys out the upload field on Android phones.\n\nOur mobile-first job pages fix that - can I "
               "show you on Thursday?"),
    mail("en", "Your Google profile says you close at 5 pm on Saturdays. Without HoursHub keeping your "
               "listings in sync, you could be losing evening customers every weekend."),
    mail("en", "Retailers who still update their marketplace listings by hand are leaving money on the table "
               "every week.\n\nListLoop syncs stock to Amazon in real time. Shall we set up a demo?"),
    mail("de", "Hersteller wie {{ company }} verlieren jedes Jahr Aufträge, weil ihre Datenblätter veraltet "
               "sind. Mit DatenblattPro passiert Ihnen das nicht mehr.\n\nHaben Sie nächste Woche 20 Minuten?"),
    mail("de", "Das Bewerbungsformular auf Ihrer Karriereseite funktioniert auf dem iPhone nicht. Ohne unser "
               "Bewerbermanagement verlieren Sie so womöglich jede Woche gute Leute."),
    mail("fr", "Chaque semaine sans fiches techniques à jour, vous perdez des appels d'offres au profit de "
               "fournisseurs mieux organisés.\n\nFicheNet s'en occupe pour vous. On en parle jeudi ?"),
    mail("fr", "Vous risquez de perdre des candidats sans le savoir. Sur mobile, le bouton « Postuler » de votre "
               "page carrières ne réagit pas.\n\nNotre module de recrutement règle cela : je vous propose une "
               "démo mardi."),
    mail("es", "Empresas como {{ company }} pierden clientes cada mes por formularios de reserva que no "
               "funcionan en el móvil.\n\nCon EmpleoFácil eso se acaba. ¿Hablamos esta semana?"),
    mail("es", "La ficha técnica de su válvula VR-40 sigue indicando una junta sin homologación, así que podría "
               "estar perdiendo ventas que FichaPro le ayudaría a ganar.\n\n¿Le enseño la demo el martes?"),
    mail("nl", "Bedrijven die hun productbladen niet bijhouden, lopen jaarlijks opdrachten mis.\n\nMet "
               "BladBeheer heeft u dat probleem niet meer. Zullen we volgende week bellen?"),
    mail("nl", "Op de vacaturepagina van {{ company }} werkt de knop 'Solliciteren' niet op Android. Zo loopt u "
               "misschien sollicitanten mis, en met onze wervingssite is dat in een week opgelost.\n\nZal ik een "
               "offerte sturen?"),
    # the same shapes with the sender's offer in the reasoning, or the loss before the observation
    mail("en", "The installation guide on {{ company }}'s support page still recommends sealant grade S-300, "
               "which lost its approval in June, so you could be losing contracts that SealTrack would win "
               "back for you.\n\nCan we book a 20-minute demo this week?"),
    mail("en", "You might be missing a fair number of applicants. Your careers form fails on phones:\n\n1. "
               "Open the Jobs page on an iPhone 14.\n2. Tap Submit - nothing happens.\n\nOur hiring pages fix "
               "that. Free for a call on Tuesday?"),
    mail("de", "Ihre Preisliste nennt noch den alten Versandpreis von 4,90 €. Ohne unsere Preissoftware verlieren "
               "Sie womöglich jede Woche Kunden."),
]


@pytest.mark.parametrize("template", LOSS_AFTER_AN_OBSERVATION)
def test_a_loss_that_follows_from_an_observation_about_the_reader_is_value(template: str) -> None:
    found = run_rules("FL214", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", LOSS_AS_A_LEVER)
def test_a_loss_used_as_a_sales_lever_is_loss_framing(template: str) -> None:
    assert fired("FL214", template), template


TABLES = {"FL214 loss after an observation": (LOSS_AS_A_LEVER, LOSS_AFTER_AN_OBSERVATION, ("FL214",))}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
