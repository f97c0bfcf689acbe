"""FL301 in any words (issue 11, item 3, phrase side): a sentence that presumes the reader was
there or met the sender, sent to someone whose record says they did not attend.

The sentences come from real webinar and event follow-ups in English, German, French, Spanish
and Dutch. Must-fire: wording that takes attendance for granted, whatever the phrasing. Must-not:
wording for no-shows, registrations, invitations and plain content - what a no-show may safely
read. Written before the role-based detection."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

NO_SHOW = {"first_name": "Ana", "last_name": "de la Cruz", "email": "ana.delacruz@manila-analytics.example",
           "attended": "No", "sessions_attended": 0}
ATTENDEE = {"first_name": "Kwame", "last_name": "Mensah", "email": "kwame.mensah@accra-freight.example",
            "attended": "Yes", "sessions_attended": 3}

_GREETING = {"de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Hoi", "en": "Hi"}

PRESUMES_ATTENDANCE = [
    ("en", "Thank you for spending time with us today."),
    ("en", "Hope you enjoyed the session!"),
    ("en", "Great seeing you at the Austin meetup."),
    ("en", "Thanks for tuning in on Tuesday."),
    ("en", "Thanks for stopping by our booth."),
    ("en", "I saw you attended {{ sessions_attended }} sessions of the summit."),
    ("en", "It was a pleasure having you with us for the pipeline workshop."),
    ("en", "Hope you found the workshop useful."),
    ("en", "Thanks so much for being part of the live Q&A."),
    ("en", "Glad you could make it to the roundtable."),
    ("en", "As you saw in the demo, the cohort view updates live."),
    ("de", "Schön, dass Sie gestern dabei waren."),
    ("de", "Danke, dass Sie sich die Zeit für unser Webinar genommen haben."),
    ("fr", "Merci d'avoir pris le temps d'assister à notre atelier."),
    ("fr", "J'espère que la session vous a plu."),
    ("es", "Espero que hayas disfrutado de la sesión."),
    ("es", "Gracias por acompañarnos ayer."),
    ("nl", "Leuk dat je er gisteren bij was."),
    ("nl", "Hopelijk vond je de sessie nuttig."),
    # thanks for being present, the reader was there, what they did there (attendance-presence.yml)
    ("en", "Really appreciate you making the time to sit in on the pricing session."),
    ("en", "Thanks for braving the snow to make it to the breakfast."),
    ("en", "The masterclass you joined on Thursday is now on demand."),
    ("en", "As you were in the room for the keynote, you heard the roadmap first."),
    ("en", "During the Q&A you asked whether the connector supports SAP."),
    ("en", "I spotted you in the audience during the keynote."),
    ("de", "Sie haben gestern an der Fragerunde teilgenommen, daher schicke ich Ihnen die Folien."),
    ("de", "Herzlichen Dank für Ihre Anwesenheit beim Kundentag."),
    ("fr", "Vous avez assisté à la démo de jeudi, voici la suite."),
    ("fr", "Votre question pendant le webinaire nous a fait réfléchir."),
    ("es", "Participaste en el taller del martes, así que te envío los materiales."),
    ("es", "Muchas gracias por su presencia en la jornada."),
    ("nl", "Bedankt voor uw aanwezigheid bij de klantendag."),
    ("nl", "U hebt de demo van donderdag bijgewoond; hier is het vervolg."),
    # having met the reader, or their visit
    ("en", "It was great that you flew in for the partner summit."),
    ("en", "Your visit to our booth in hall 4 made our week."),
    ("de", "Es hat mich sehr gefreut, Sie gestern auf der Messe kennenzulernen."),
    ("fr", "C'était un vrai plaisir de vous rencontrer au salon."),
    ("es", "Me gustó mucho conocerte en la jornada del martes."),
    ("nl", "Fijn dat u de moeite nam om naar Utrecht te komen."),
    ("en", "Hope our keynote on pricing was worth the drive."),
    ("en", "Lovely to put a face to the name at the reception."),
    ("fr", "Merci de vous être déplacé jusqu'à Nantes pour l'atelier."),
    ("es", "Fue un gusto coincidir contigo en el congreso."),
    ("en", "Thanks for being such a lively crowd on Thursday."),
]

SAFE_FOR_NO_SHOWS = [
    ("en", "Sorry we missed you at the webinar on Tuesday."),
    ("en", "You registered for Pipeline Hygiene 101 but couldn't make it, so here is the recording."),
    ("en", "Thanks for registering for the session."),
    ("en", "Thanks for signing up - the recording is below."),
    ("en", "Hope to see you at the next session on March 4."),
    ("en", "Thanks for your interest in the workshop."),
    ("en", "If you couldn't join live, the replay is here."),
    ("en", "We missed you yesterday, so here are the slides."),
    ("en", "Here is everything we covered in the session, in case you want to catch up."),
    ("en", "Hope you're having a good week."),
    ("en", "Join us for the next roundtable on Thursday."),
    ("de", "Schade, dass Sie gestern nicht dabei sein konnten."),
    ("de", "Danke für Ihre Anmeldung zum Webinar."),
    ("fr", "Dommage que vous n'ayez pas pu assister à l'atelier."),
    ("fr", "Merci pour votre inscription."),
    ("es", "Lamentamos que no hayas podido asistir a la sesión."),
    ("es", "Gracias por registrarte."),
    ("nl", "Jammer dat je er gisteren niet bij kon zijn."),
    ("nl", "Bedankt voor je aanmelding."),
    ("en", "Thanks for joining our newsletter - one practical guide a month."),
    ("en", "Thanks for stopping by our website last week."),
    ("en", "Whether you joined live or not, the recording is below."),
    ("en", "Did you attend any of the sessions? Let me know which was most useful."),
    ("en", "When you join the masterclass on Thursday, bring one question."),
    ("en", "Attendees said they enjoyed the panel most."),
    ("de", "Falls Sie teilgenommen haben, danke; sonst finden Sie hier die Aufzeichnung."),
    ("de", "Wir freuen uns, Sie beim nächsten Kundentag zu sehen."),
    ("fr", "Si vous avez assisté à la démo, merci ; sinon, voici l'enregistrement."),
    ("fr", "Nous espérons vous voir à la prochaine séance."),
    ("es", "Si participaste en el taller, gracias; si no, aquí tienes la grabación."),
    ("es", "Esperamos verte en la próxima jornada."),
    ("nl", "Als je de demo hebt bijgewoond, bedankt; anders vind je hier de opname."),
    ("nl", "Hopelijk zien we je op de volgende klantendag."),
    ("en", "It would be great if you could fly in for the partner summit."),
    ("en", "Plan your visit to our booth in hall 4."),
    ("de", "Es würde uns freuen, Sie auf der Messe kennenzulernen."),
    ("fr", "Ce serait un plaisir de vous rencontrer au salon."),
    ("es", "Nos gustaría conocerte en la jornada del martes."),
    ("nl", "Neem gerust de moeite om je aan te melden voor Utrecht."),
    ("en", "Hope our keynote on pricing will be worth the drive."),
    ("en", "Looking forward to putting a face to the name at the reception."),
    ("fr", "Merci de vous inscrire avant de vous déplacer jusqu'à Nantes."),
    ("es", "Ojalá podamos coincidir en el congreso."),
    ("en", "Thanks for being such a loyal customer all these years."),
]


def _email(lang: str, sentence: str) -> str:
    return (f"---\nlocale: {lang}\n---\n{_GREETING[lang]} {{{{ first_name }}}},\n\n{sentence}\n\n"
            "Here is the recording: {{ replay_url }}\n\nMaya Okafor")


def test_the_tables_are_balanced() -> None:
    assert len(PRESUMES_ATTENDANCE) == len(SAFE_FOR_NO_SHOWS)


@pytest.mark.parametrize(("lang", "sentence"), PRESUMES_ATTENDANCE)
def test_fires_for_a_no_show(lang: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, sentence), [NO_SHOW, ATTENDEE])
    assert codes(found) == ["FL301"], sentence
    assert found[0].recipient is not None and found[0].recipient.index == 0  # the no-show only


@pytest.mark.parametrize(("lang", "sentence"), SAFE_FOR_NO_SHOWS)
def test_does_not_fire_on_wording_safe_for_no_shows(lang: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, sentence), [NO_SHOW, ATTENDEE])) == [], sentence


def test_a_branch_the_no_show_does_not_get_is_not_reported() -> None:
    template = ("Hi {{ first_name }},\n\n{% if attended == 'Yes' %}Hope you enjoyed the session!{% else %}"
                "Sorry we missed you; here is the recording.{% endif %}\n\nMaya")
    assert codes(run_rules("FL301", template, [NO_SHOW, ATTENDEE])) == []


def test_the_finding_points_at_the_sentence_and_names_the_field() -> None:
    template = "Hi {{ first_name }},\n\nHope you enjoyed the session!\n\nMaya"
    (found,) = run_rules("FL301", template, [NO_SHOW])
    assert (found.line, found.column) == (3, 1)
    assert "'attended'" in found.message and "Hope you enjoyed the session" in found.message
