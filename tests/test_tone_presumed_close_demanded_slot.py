"""Presumptive closes and demanded, time-boxed meetings (issue 10, tone). Case table written
before the code.

* Presumptive close (closing; FL201 before any value, FL208 anywhere): the deal is presented as
  done but for the reader's signature, approval or go-ahead - a contract, order form or quote the
  sender has already filled in or prepared, "all that's missing is your signature", "just sign
  and return", an account the sender has already set up "just confirm". Must-not: a genuine reply
  sending the contract the reader asked for, a quote the reader requested with no rush, a
  signature the reader owes on their own paperwork (their grant application, tax return,
  registration form).
* Demanded meeting (pushy-cta; FL208): a first touch that demands a meeting or a demo slot by a
  deadline (confirm, send, book by tonight / end of day / Friday) or demands a long slot (an hour,
  45 minutes). Must-not: a deadline that is the reader's own, an optional "if you'd like, pick any
  time", a reply confirming a slot the reader proposed.

Run ``PYTHONPATH=src python tests/test_tone_presumed_close_demanded_slot.py`` to print the scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ salutation }} {{ last_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Estimada {{ first_name }}:",
    "nl": "Geachte {{ salutation }} {{ last_name }},",
}
SIGNOFF = {
    "en": "Kind regards,\nPriya Raghunathan-Shaw",
    "de": "Mit freundlichen Grüßen\nKarl-Heinz zu Stolberg",
    "fr": "Cordialement,\nÉlodie Le Goff",
    "es": "Atentamente,\nMaría del Carmen Ibáñez",
    "nl": "Met vriendelijke groet,\nWouter van 't Hek",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch", subject: str | None = None) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence, subject=subject)


#: The deal presented as done but for the reader's signature, approval or go-ahead.
PRESUMED_CLOSES = [
    mail("en", "I took the liberty of drawing up the service agreement for {{ company }} with the rates we "
               "went through. All it needs now is your signature on page four.", sequence="follow-up"),
    mail("en", "I've gone ahead and set up a workspace for {{ company }} with twenty seats. Just confirm and "
               "your team can log in on Monday."),
    mail("de", "Anbei das Bestellformular, bereits ausgefüllt mit den Konditionen aus unserem Telefonat. Es "
               "fehlt nur noch Ihre Unterschrift.", sequence="follow-up"),
    mail("de", "Ich habe den Rahmenvertrag für {{ company }} schon vorbereitet; Sie müssen ihn nur noch "
               "unterschreiben und an mich zurückschicken."),
    mail("fr", "Vous trouverez en pièce jointe le contrat préparé pour {{ company }} aux conditions dont nous "
               "avons parlé. Il vous suffit de le signer et de me le retourner.", sequence="follow-up"),
    mail("fr", "J'ai déjà établi le devis pour l'équipement de vos trois ateliers ; il ne reste plus que votre "
               "accord pour lancer la commande."),
    mail("es", "Le adjunto la hoja de pedido ya cumplimentada con las condiciones que hablamos. Solo queda "
               "que la firme y me la devuelva.", sequence="follow-up"),
    mail("es", "Ya he dado de alta la cuenta de {{ company }} con el plan anual; solo falta su visto bueno "
               "para activarla."),
    mail("nl", "Bijgevoegd vindt u de overeenkomst, al ingevuld met de tarieven die we bespraken. Alleen uw "
               "handtekening ontbreekt nog.", sequence="follow-up"),
    mail("nl", "Ik heb de offerte voor {{ company }} alvast klaargezet in ons portaal; u hoeft alleen nog op "
               "akkoord te klikken."),
]

#: Contracts, quotes and signatures that close nothing.
NOT_CLOSES = [
    mail("en", "Here is the draft contract you asked for on Tuesday's call. Take whatever time your legal "
               "team needs; happy to walk through any clause.", sequence="reply",
         subject="Re: {{ previous_subject }}"),
    mail("en", "Your registration for the regional export grant is nearly complete: the only thing missing is "
               "your signature on the declaration, which the ministry needs before 14 March.",
         sequence="follow-up"),
    mail("de", "Anbei wie gewünscht das Angebot für die zwölf Sensoren. Lassen Sie sich ruhig Zeit, es gilt "
               "sechzig Tage.", sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("de", "Zu Ihrem Förderantrag bei der IHK: Die Unterlagen sind vollständig, es fehlt nur noch Ihre "
               "Unterschrift auf dem Antragsformular.", sequence="follow-up"),
    mail("fr", "Voici le devis que vous m'avez demandé jeudi pour les deux sites. Rien ne presse, prenez le "
               "temps d'en parler avec votre associée.", sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("fr", "Concernant votre dossier de subvention auprès de la Région : tout est complet, il ne manque "
               "plus que votre signature sur l'attestation sur l'honneur.", sequence="follow-up"),
    mail("es", "Como me pidió, le envío el contrato revisado con los cambios de su asesoría. Revíselo con "
               "calma y me dice si ve algo más.", sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("es", "Sobre su solicitud de la ayuda del Kit Digital: la documentación está completa y solo falta "
               "su firma en la declaración responsable.", sequence="follow-up"),
    mail("nl", "Zoals gevraagd stuur ik u hierbij de aangepaste overeenkomst. Neem gerust de tijd om die met "
               "uw jurist door te nemen.", sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("nl", "Over uw subsidieaanvraag bij de RVO: alle stukken zijn binnen, alleen uw handtekening op het "
               "aanvraagformulier ontbreekt nog.", sequence="follow-up"),
]

#: A first touch demanding a meeting or demo slot by a deadline, or a long slot.
DEMANDED_SLOTS = [
    mail("en", "I look after new accounts at Fernhill Analytics. Please confirm by end of day which afternoon "
               "this week works for the full walkthrough of our forecasting suite."),
    mail("en", "I'm Kenji Watanabe from Nordlys Robotics. Send me a ninety-minute window before Friday so I "
               "can demo the whole picking cell for your team."),
    mail("de", "Ich betreue bei Lumatec die Kunden in Ihrer Region. Bitte bestätigen Sie mir bis heute Abend "
               "einen Termin in dieser Woche für die Vorführung."),
    mail("de", "Mein Name ist Jonas Öztürk von Feldwerk. Schicken Sie mir bis morgen früh zwei Stunden, in "
               "denen ich Ihrem Team die komplette Plattform vorstellen kann."),
    mail("fr", "Je m'occupe des nouveaux clients chez Véloce. Je vous remercie de me réserver avant demain midi "
               "une heure dans votre agenda pour une présentation complète de notre logiciel."),
    mail("fr", "Je suis Amadou Diallo, de Kalifa Conseil. Merci de m'indiquer d'ici vendredi un rendez-vous "
               "de quarante-cinq minutes pour que je vous montre notre outil."),
    mail("es", "Soy responsable de cuentas en Brisamar. Confírmeme antes del jueves un hueco de una hora para "
               "enseñarle la plataforma completa."),
    mail("es", "Le escribe Lucía Fernández, de Olivenza Data. Por favor, resérveme hoy mismo una reunión de "
               "cuarenta y cinco minutos esta semana para la demostración."),
    mail("nl", "Ik ben accountmanager bij Dijkstra Logistiek Software. Bevestig uiterlijk morgen een tijdslot "
               "van een uur deze week voor een volledige demo."),
    mail("nl", "Mijn naam is Sanne de Vries van Kleurwerk. Stuur me vóór vrijdag een moment waarop ik u ons "
               "hele platform kan laten zien."),
]

#: Deadlines of the reader's own, optional times, replies confirming the reader's slot.
NOT_DEMANDED_SLOTS = [
    mail("en", "You mentioned your tender closes on Friday. If a call before then would help, pick any time "
               "that suits you, or just reply with your questions."),
    mail("en", "Thursday at 3pm works well for me, as you suggested. Please confirm by tonight whether you'd "
               "prefer Teams or a phone call.", sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("de", "Wenn Sie möchten, zeige ich Ihnen die Auswertung gern in einem kurzen Gespräch; suchen Sie "
               "sich einfach einen Termin aus, wann immer es Ihnen passt."),
    mail("de", "Danke für Ihren Vorschlag, Dienstag um 10 Uhr passt mir gut. Bitte bestätigen Sie mir bis "
               "heute Abend noch den Raum.", sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("fr", "Votre appel à projets se clôt vendredi, je crois. Si un échange avant cette date peut vous "
               "aider, choisissez le moment qui vous convient."),
    mail("fr", "Mardi 14 h me convient parfaitement, comme vous l'avez proposé. Merci de me confirmer d'ici ce "
               "soir l'adresse du site.", sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("es", "Si le apetece, le enseño el informe en una llamada breve; elija usted el momento que mejor le "
               "venga, sin ninguna prisa."),
    mail("es", "El jueves a las diez me viene perfecto, como usted propuso. Confírmeme antes de esta tarde "
               "la dirección de la planta, por favor.", sequence="reply", subject="Re: {{ previous_subject }}"),
    mail("nl", "Uw aanvraag moet vóór vrijdag binnen zijn, schreef u. Als een kort gesprek daarvoor helpt, "
               "kies dan gerust een moment dat u uitkomt."),
    mail("nl", "Donderdag om tien uur komt mij goed uit, zoals u voorstelde. Bevestigt u vóór vanavond nog "
               "even het adres?", sequence="reply", subject="Re: {{ previous_subject }}"),
]

CLOSE_RULES = ("FL201", "FL208", "FL213")
SLOT_RULES = ("FL208",)


def _any_fired(codes: tuple[str, ...], template: str) -> list[str]:
    return [d.message for d in run_rules(codes, template)]


@pytest.mark.parametrize("template", PRESUMED_CLOSES)
def test_a_presumed_close_is_reported(template: str) -> None:
    assert _any_fired(CLOSE_RULES, template), template


@pytest.mark.parametrize("template", NOT_CLOSES)
def test_a_contract_or_signature_that_closes_nothing_is_quiet(template: str) -> None:
    assert _any_fired(CLOSE_RULES, template) == [], template


@pytest.mark.parametrize("template", DEMANDED_SLOTS)
def test_a_demanded_slot_is_pushy(template: str) -> None:
    assert fired("FL208", template), template


@pytest.mark.parametrize("template", NOT_DEMANDED_SLOTS)
def test_an_optional_or_readers_slot_is_not_pushy(template: str) -> None:
    assert _any_fired(SLOT_RULES, template) == [], template


TABLES = {
    "presumed close": (PRESUMED_CLOSES, NOT_CLOSES, CLOSE_RULES),
    "demanded slot": (DEMANDED_SLOTS, NOT_DEMANDED_SLOTS, SLOT_RULES),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
