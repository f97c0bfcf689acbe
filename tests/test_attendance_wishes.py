"""FL301 wording (issue 11, item 3), three categories the blind batches still miss or misreport,
in five languages; written before the code.

1. Wording that presumes attendance in other words: an evaluative wish about the event or the
   time spent in it (that it paid off, was time well spent, gave the reader something), a
   present-tense welcome to someone who is there, and a subject that thanks for being there
   with no word for the reader. Must-not: the same evaluations about the recording, invitations
   to a session still to come, conditionals, and messages written for those who missed it.
2. Thanks for another action is not attendance: thanks for a download, a survey answer, a
   registration, a reply or a booking must not fire on a no-show row (the role classifier alone,
   at a low probability, used to be enough). Must-fire: the same thanks in a sentence that also
   thanks for being there.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [
    {"first_name": "Siobhán", "last_name": "Mac Giolla Bhríde", "Attended": "Yes", "Time in Session (minutes)": "52"},
    {"first_name": "Nguyễn", "last_name": "Thị Lan", "Attended": "No", "Time in Session (minutes)": "0"},
]
GREETING = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}
SIGNOFF = {"en": "Best,\nMarta Żuławska-Reyes", "de": "Viele Grüße\nJan-Hendrik van Dijk",
           "fr": "Cordialement,\nAmadou Ba-Lefèvre", "es": "Un saludo,\nLuz María de la Vega",
           "nl": "Met vriendelijke groet,\nKhadija El Idrissi"}
NEUTRAL = {"en": "The slides are below.", "de": "Die Folien finden Sie unten.", "fr": "Les diapositives sont ci-dessous.",
           "es": "Abajo tienes las diapositivas.", "nl": "De slides staan hieronder."}


def _email(lang: str, body: str, subject: str | None = None) -> str:
    front = ["kind: follow-up", f"locale: {lang}"] + ([f'subject: "{subject}"'] if subject else [])
    return "---\n" + "\n".join(front) + f"\n---\n{GREETING[lang]}\n\n{body}\n\n{SIGNOFF[lang]}\n"


def _fires(lang: str, body: str, subject: str | None = None) -> bool:
    return "FL301" in codes(run_rules("FL301", _email(lang, body, subject), RECORDS))


# ------------------------------------------------------------------ 1. presumes attendance

# an evaluative wish about the event or the time spent in it
WISHES = [
    ("en", "I hope the afternoon was time well spent for you and the team. The slides are below."),
    ("en", "Hopefully the ninety minutes paid off - the worksheet is attached."),
    ("de", "Ich hoffe, der Vormittag war für Sie gut investierte Zeit. Die Unterlagen hängen an."),
    ("de", "Hoffentlich haben Ihnen die neunzig Minuten etwas gebracht. Die Folien finden Sie unten."),
    ("fr", "J'espère que cette matinée vous a été profitable. Le support est en pièce jointe."),
    ("fr", "J'espère que vous en avez retiré quelque chose d'utile. Le support est en pièce jointe."),
    ("es", "Espero que la mañana te resultara provechosa. Te adjunto el material."),
    ("es", "Espero que sacaras algo útil de los noventa minutos. Te adjunto el material."),
    ("nl", "Ik hoop dat je er iets aan hebt gehad. De slides staan hieronder."),
    ("nl", "Hopelijk was de ochtend goed bestede tijd voor je. De slides staan hieronder."),
]
# a present-tense welcome to someone who is there
PRESENT = [
    ("en", "Great to have you in the audience this afternoon. The slides are below."),
    ("de", "Toll, dass Sie heute mit von der Partie sind. Die Folien finden Sie unten."),
    ("fr", "Ravis de vous compter parmi nous aujourd'hui. Les diapositives sont ci-dessous."),
    ("es", "Qué bien tenerte hoy con nosotros. Abajo tienes las diapositivas."),
    ("nl", "Fijn dat je er vandaag bij bent. De slides staan hieronder."),
]
# a subject that thanks for being there, with no word for the reader
SUBJECTS = [
    ("en", "Thanks for coming by!"),
    ("de", "Danke fürs Mitmachen!"),
    ("fr", "Merci d'être venus !"),
    ("es", "¡Gracias por venir!"),
    ("nl", "Bedankt voor het meekijken!"),
]
PRESUMES = ([(lang, body, None) for lang, body in WISHES + PRESENT]
            + [(lang, NEUTRAL[lang], subject) for lang, subject in SUBJECTS])

# the same words about the recording, an invitation, a conditional, a message for no-shows
SAFE = [
    ("en", "Hope the recording is worth the ninety minutes - it is linked below.", None),
    ("en", "Hope next Thursday's session will be time well spent; save your seat below.", None),
    ("en", "If you made it to the end, I hope the afternoon paid off.", None),
    ("en", "We missed you on Tuesday - hopefully the slides below are still worth your while.", None),
    ("de", "Ich hoffe, die Aufzeichnung ist Ihnen die neunzig Minuten wert.", None),
    ("de", "Hoffentlich lohnt sich der Workshop am kommenden Donnerstag für Sie; hier geht es zur Anmeldung.", None),
    ("de", "Falls Sie dabei waren, hoffe ich, der Vormittag hat sich gelohnt.", None),
    ("de", "Schade, dass Sie nicht dabei sein konnten - die Folien finden Sie unten.", None),
    ("fr", "J'espère que l'enregistrement vous sera profitable ; le lien est ci-dessous.", None),
    ("fr", "J'espère que la session de jeudi prochain vous sera utile ; réservez votre place ci-dessous.", None),
    ("fr", "Si vous avez pu vous connecter, j'espère que la matinée vous a été profitable.", None),
    ("fr", "Vous nous avez manqué mardi ; voici tout de même les diapositives.", None),
    ("es", "Espero que la grabación te resulte provechosa; el enlace está abajo.", None),
    ("es", "Espero que la sesión del jueves que viene te resulte útil; reserva tu plaza abajo.", None),
    ("es", "Si pudiste conectarte, espero que la mañana te resultara provechosa.", None),
    ("es", "Te echamos de menos el martes; aun así, aquí tienes las diapositivas.", None),
    ("nl", "Hopelijk heb je iets aan de opname; de link staat hieronder.", None),
    ("nl", "Hopelijk is de sessie van volgende week de moeite waard; reserveer hieronder je plek.", None),
    ("nl", "Als je erbij was, hoop ik dat je er iets aan hebt gehad.", None),
    ("nl", "We hebben je dinsdag gemist; hierbij toch de slides.", None),
]


def test_the_wording_tables_are_balanced() -> None:
    assert len(PRESUMES) == len(SAFE)


@pytest.mark.parametrize(("lang", "body", "subject"), PRESUMES)
def test_wording_that_presumes_attendance_fires_on_a_no_show(lang: str, body: str, subject: str | None) -> None:
    assert _fires(lang, body, subject), subject or body


@pytest.mark.parametrize(("lang", "body", "subject"), SAFE)
def test_wording_safe_for_a_no_show_is_quiet(lang: str, body: str, subject: str | None) -> None:
    assert not _fires(lang, body, subject), body


# ------------------------------------------------------- 2. thanks for another action

OTHER_THANKS = [
    ("en", "Thank you for downloading our buyer's guide to fleet telematics."),
    ("en", "Thanks for filling in the short questionnaire about your current tooling."),
    ("en", "Thanks for booking a slot with our solutions team for next week."),
    ("de", "Vielen Dank, dass Sie unseren Leitfaden zur E-Rechnung heruntergeladen haben."),
    ("de", "Danke für Ihre Antworten in unserer kurzen Umfrage."),
    ("de", "Danke für Ihre schnelle Rückmeldung auf meine letzte Nachricht."),
    ("fr", "Merci d'avoir récupéré notre guide pratique sur la facturation électronique."),
    ("fr", "Merci d'avoir répondu à notre questionnaire sur vos outils actuels."),
    ("fr", "Merci d'avoir réservé un créneau avec notre équipe."),
    ("es", "Gracias por descargar nuestra guía sobre logística inversa."),
    ("es", "Gracias por responder a nuestra encuesta sobre sus herramientas."),
    ("es", "Gracias por reservar una cita con nuestro equipo comercial."),
    ("nl", "Bedankt voor het downloaden van onze whitepaper over e-facturatie."),
    ("nl", "Bedankt voor het invullen van onze korte vragenlijst."),
    ("nl", "Bedankt voor je snelle antwoord op mijn vorige bericht."),
]
ATTENDED_AND_OTHER = [
    ("en", "Thank you for joining the session on Tuesday and for downloading the guide afterwards."),
    ("en", "Thanks for sitting in on yesterday's workshop - the questionnaire we mentioned is attached."),
    ("en", "Thanks for taking part in the roundtable; you can book a follow-up slot below."),
    ("de", "Vielen Dank für Ihre Teilnahme am Workshop; den Leitfaden können Sie unten herunterladen."),
    ("de", "Danke, dass Sie gestern beim Webinar dabei waren - die Umfrage dauert nur zwei Minuten."),
    ("de", "Danke fürs Reinschalten heute Vormittag und für Ihre schnelle Rückmeldung danach."),
    ("fr", "Merci d'avoir participé à l'atelier de mardi ; le guide est à télécharger ci-dessous."),
    ("fr", "Merci d'avoir assisté au webinaire d'hier et d'avoir répondu au questionnaire."),
    ("fr", "Merci d'être venu à la table ronde ; vous pouvez réserver un créneau ci-dessous."),
    ("es", "Gracias por asistir al taller del martes; abajo puedes descargar la guía."),
    ("es", "Gracias por participar ayer en el seminario y por responder a la encuesta."),
    ("es", "Gracias por venir a la mesa redonda; puedes reservar una cita abajo."),
    ("nl", "Bedankt voor je deelname aan de workshop van dinsdag; de whitepaper kun je hieronder downloaden."),
    ("nl", "Bedankt dat je gisteren bij het webinar was en voor het invullen van de vragenlijst."),
    ("nl", "Bedankt voor je komst naar de rondetafel; plan hieronder een vervolgafspraak in."),
]


def test_the_thanks_tables_are_balanced() -> None:
    assert len(OTHER_THANKS) == len(ATTENDED_AND_OTHER)


@pytest.mark.parametrize(("lang", "body"), OTHER_THANKS)
def test_thanks_for_another_action_is_not_attendance(lang: str, body: str) -> None:
    assert not _fires(lang, body), body


@pytest.mark.parametrize(("lang", "body"), ATTENDED_AND_OTHER)
def test_thanks_for_being_there_beside_another_action_fires(lang: str, body: str) -> None:
    assert _fires(lang, body), body


# ------------------------------------------- 3. the classifier alone, at a low probability

# a wish about what was sent, nothing tying it to the event: the classifier may lean on the
# wish formula alone ("espero que ... te sea útil")
WISHES_FOR_WHAT_WAS_SENT = [
    ("en", "Hope the attached one-pager comes in handy for the budget round."),
    ("de", "Ich hoffe, die Checkliste im Anhang hilft Ihnen beim Audit im Frühjahr weiter."),
    ("fr", "J'espère que la fiche jointe vous sera utile pour l'audit de printemps."),
    ("es", "Espero que la plantilla adjunta te sea útil para la auditoría de primavera."),
    ("nl", "Ik hoop dat het bijgevoegde overzicht je helpt bij de audit in het voorjaar."),
    # the closing wish of any e-mail that sends something, in its own sentence
    ("en", "The deck is in the shared folder. Hope you find it handy."),
    ("de", "Die Präsentation liegt im Anhang. Ich hoffe, sie ist Ihnen eine Hilfe."),
    ("fr", "Le support est en pièce jointe. J'espère qu'il vous rendra service."),
    ("es", "Te dejo el material en la carpeta compartida. Espero que te sirva."),
    ("nl", "De presentatie zit in de bijlage. Hopelijk heb je er iets aan."),
]
# the same wish about the event itself
WISHES_FOR_THE_EVENT = [
    ("en", "Hope the clinic on Tuesday gave you a few ideas for the budget round."),
    ("de", "Ich hoffe, der Workshop am Dienstag hat Ihnen für das Audit im Frühjahr weitergeholfen."),
    ("fr", "J'espère que l'atelier de mardi vous a donné des pistes pour l'audit."),
    ("es", "Espero que el taller del martes te diera ideas para la auditoría."),
    ("nl", "Ik hoop dat de workshop van dinsdag je op ideeën heeft gebracht voor de audit."),
    ("en", "The deck is in the shared folder. Hope you found the walkthrough handy."),
    ("de", "Die Präsentation liegt im Anhang. Ich hoffe, die Vorführung gestern war Ihnen eine Hilfe."),
    ("fr", "Le support est en pièce jointe. J'espère que la démonstration d'hier vous a rendu service."),
    ("es", "Te dejo el material en la carpeta compartida. Espero que la demo de ayer te sirviera."),
    ("nl", "De presentatie zit in de bijlage. Hopelijk had je wat aan de demo van gisteren."),
]


def test_the_wish_tables_are_balanced() -> None:
    assert len(WISHES_FOR_WHAT_WAS_SENT) == len(WISHES_FOR_THE_EVENT)


@pytest.mark.parametrize(("lang", "body"), WISHES_FOR_WHAT_WAS_SENT)
def test_a_wish_about_what_was_sent_is_not_attendance(lang: str, body: str) -> None:
    assert not _fires(lang, body), body


@pytest.mark.parametrize(("lang", "body"), WISHES_FOR_THE_EVENT)
def test_a_wish_about_the_event_fires(lang: str, body: str) -> None:
    assert _fires(lang, body), body


# ------------------------------------ 4. round two: the same categories in other words

# a wish about "it" (the event, unnamed), what the reader took away, being there now
ROUND_TWO_PRESUMES = [
    ("en", "Hope it was worth the early start on a Friday."),
    ("en", "I hope you walked away with a couple of ideas for your own rollout."),
    ("de", "Ich hoffe, Sie sind mit ein paar neuen Ideen nach Hause gefahren."),
    ("fr", "J'espère que cela en valait la peine malgré les grèves."),
    ("fr", "J'espère que vous êtes reparti avec des pistes concrètes."),
    ("es", "Espero que te llevaras alguna idea para tu propio equipo."),
    ("es", "Espero que te haya merecido la pena el madrugón."),
    ("nl", "Ik hoop dat het de vroege rit waard was."),
    ("nl", "Leuk dat jullie er vandaag zijn, de slides volgen."),
    ("nl", "Ik hoop dat je met nieuwe ideeën naar huis bent gegaan."),
]
# near misses: the same words about what was sent, about the future, or for someone who missed it
ROUND_TWO_SAFE = [
    ("en", "Hope the guide is worth the read."),
    ("en", "If you walked away with questions, just reply to this email."),
    ("de", "Ich hoffe, die Aufzeichnung ist die Zeit wert, auch wenn Sie nicht live dabei waren."),
    ("fr", "J'espère que le guide en vaudra la peine pour votre équipe."),
    ("fr", "Si vous êtes reparti avec des questions, répondez simplement à ce message."),
    ("es", "Espero que te lleves alguna idea de la grabación."),
    ("es", "Espero que la guía te merezca la pena."),
    ("nl", "Ik hoop dat de opname de moeite waard is."),
    ("nl", "Fijn dat er drie opties zijn voor je team."),
    ("nl", "Jammer dat je er niet bij was; hopelijk heb je iets aan de opname."),
]


def test_the_round_two_tables_are_balanced() -> None:
    assert len(ROUND_TWO_PRESUMES) == len(ROUND_TWO_SAFE)


@pytest.mark.parametrize(("lang", "body"), ROUND_TWO_PRESUMES)
def test_round_two_presumes_attendance(lang: str, body: str) -> None:
    assert _fires(lang, body), body


@pytest.mark.parametrize(("lang", "body"), ROUND_TWO_SAFE)
def test_round_two_is_safe_for_a_no_show(lang: str, body: str) -> None:
    assert not _fires(lang, body), body


# ------------------------- 5. thanks for looking at the product or taking an appointment

OTHER_THANKS_TWO = [
    ("en", "Thanks for checking out the sandbox over the weekend."),
    ("de", "Danke, dass Sie sich die Testumgebung angeschaut haben."),
    ("fr", "Merci d'avoir pris rendez-vous avec notre équipe commerciale."),
    ("es", "Gracias por echar un vistazo a la cuenta de prueba."),
    ("nl", "Bedankt dat je de testomgeving hebt bekeken."),
]
ATTENDED_AND_OTHER_TWO = [
    ("en", "Thanks for sitting in on Tuesday's demo and for checking out the sandbox afterwards."),
    ("de", "Danke, dass Sie beim Workshop dabei waren und sich danach die Testumgebung angeschaut haben."),
    ("fr", "Merci d'avoir pris part à l'atelier et d'avoir pris rendez-vous avec notre équipe."),
    ("es", "Gracias por asistir a la demo del martes y por echar un vistazo a la cuenta de prueba."),
    ("nl", "Bedankt dat je bij de workshop was en daarna de testomgeving hebt bekeken."),
]


def test_the_second_thanks_tables_are_balanced() -> None:
    assert len(OTHER_THANKS_TWO) == len(ATTENDED_AND_OTHER_TWO)


@pytest.mark.parametrize(("lang", "body"), OTHER_THANKS_TWO)
def test_thanks_for_looking_or_booking_is_not_attendance(lang: str, body: str) -> None:
    assert not _fires(lang, body), body


@pytest.mark.parametrize(("lang", "body"), ATTENDED_AND_OTHER_TWO)
def test_thanks_for_being_there_and_looking_fires(lang: str, body: str) -> None:
    assert _fires(lang, body), body
