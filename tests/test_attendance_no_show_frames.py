"""FL301 on no-show wording the older readings (the frames of rules/data/attendance-wording.yml,
the cues of rules/cues/attendance*.yml) took as presuming attendance (issue 11, item 3), by
category, in five languages, each with must-fire twins where nearly the same words do place the
reader at the event:

(a) being on a list, registered or invited is not being there;
(b) the sender offering to show or summarise something for the reader is not the reader's
    presence;
(c) the reader's act before the event is not one at it ("before the workshop", "vor dem
    Workshop"), while "before the break" or "before the end" is still during it;
(d) a future or conditional visit, and a capitalised German noun ("Stand", "Sprachen") is not a
    past tense;
(e) a cue's words inside an invitation to do it ("Drop your questions in the chat ...").

Written before the code; each sentence sits in a whole follow-up email sent to a no-show and an
attendee (the helpers of test_attendance_event_talk.py)."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules
from test_attendance_event_talk import EXPORTS, _email

QUIET = [
    # (a) on a list, registered, invited
    ("en", "goto", "You were on the guest list for the roundtable, so here are the notes."),
    ("de", "de", "Sie standen auf der Einladungsliste für die Podiumsdiskussion, daher hier die Unterlagen."),
    ("fr", "fr", "Vous étiez sur la liste des invités de la table ronde, voici donc les notes."),
    ("es", "es", "Estabas en la lista de invitados de la mesa redonda, así que aquí tienes las notas."),
    ("nl", "nl", "Je stond op de gastenlijst voor de rondetafel, dus hier zijn de aantekeningen."),
    # (b) the sender showing or summarising for the reader
    ("en", "zoom", "Glad to take you through the product tour we gave on Thursday."),
    ("en", "hubspot", "We've summarised the keynote for you in three bullet points."),
    ("de", "de", "Die Kernaussagen der Keynote haben wir für Sie auf einer Seite zusammengestellt."),
    ("fr", "fr", "Nous serions ravis de vous montrer la démo présentée jeudi."),
    ("es", "es", "Hemos resumido para ti lo más importante de la charla."),
    ("nl", "nl", "We hebben de hoogtepunten van de lezing voor u op een rij gezet."),
    # (c) before the event
    ("en", "goto", "Ahead of the masterclass you mentioned that reporting takes too long."),
    ("de", "de", "Im Vorfeld der Schulung hatten Sie erwähnt, dass das Reporting zu lange dauert."),
    ("fr", "fr", "Avant la formation, vous aviez évoqué des lenteurs dans le reporting."),
    ("es", "es", "Antes de la formación nos comentaste que los informes tardan demasiado."),
    ("nl", "nl", "Voor de training liet u weten dat de rapportage te lang duurt."),
    # (d) a future or conditional visit; a capitalised noun is no past
    ("de", "de", "Gern zeigen wir Ihnen am Messestand die neuen Sprachen der App, wenn Sie im Juni vorbeischauen."),
    ("en", "zoom", "We'd be glad to show you the booth setup if you come by in May."),
    ("fr", "fr", "Nous vous montrerons le stand avec plaisir si vous passez en mai."),
    ("es", "es", "Te enseñamos el stand con gusto cuando vengas en mayo."),
    ("nl", "nl", "We laten je de stand graag zien als je in mei langskomt."),
    # (e) a cue's words in an invitation to do it
    ("en", "goto", "Post your comments in the Q&A during Thursday's session."),
    ("de", "de", "Stellen Sie Ihre Fragen im Chat während der Sitzung am Donnerstag."),
    ("fr", "fr", "Posez vos questions dans le chat pendant la session de jeudi."),
    ("es", "es", "Deja tus preguntas en el chat durante la sesión del jueves."),
    ("nl", "nl", "Stel je vragen in de chat tijdens de sessie van donderdag."),
]

FIRES = [
    # (a) the twin: on the panel, not the list
    ("en", "goto", "You were on the panel at the roundtable, so here are the notes."),
    ("de", "de", "Sie standen bei der Podiumsdiskussion auf der Bühne, daher hier die Unterlagen."),
    ("fr", "fr", "Vous étiez sur scène pendant la table ronde, voici donc les notes."),
    ("es", "es", "Estuviste en el escenario durante la mesa redonda, así que aquí tienes las notas."),
    ("nl", "nl", "Je stond op het podium tijdens de rondetafel, dus hier zijn de aantekeningen."),
    # (b) the twin: the reader was shown or walked through it
    ("en", "zoom", "It was great taking you through the product tour on Thursday."),
    ("en", "hubspot", "Thanks for sitting through our keynote this morning."),
    ("de", "de", "Schön, dass Sie am Donnerstag bei der Keynote dabei waren."),
    ("fr", "fr", "Merci d'avoir assisté à la démo jeudi."),
    ("es", "es", "Gracias por asistir a la charla del jueves."),
    ("nl", "nl", "Bedankt dat je donderdag bij de lezing was."),
    # (c) the twin: during it, or before its end
    ("en", "goto", "Just before the masterclass wrapped up, you mentioned that reporting takes too long."),
    ("de", "de", "Kurz vor dem Ende der Schulung haben Sie erwähnt, dass das Reporting zu lange dauert."),
    ("fr", "fr", "Juste avant la fin de la formation, vous avez évoqué des lenteurs dans le reporting."),
    ("es", "es", "Justo antes del final de la formación nos comentaste que los informes tardan demasiado."),
    ("nl", "nl", "Vlak voor het einde van de training vertelde u dat de rapportage te lang duurt."),
    # (d) the twin: the visit happened
    ("de", "de", "Schön, dass Sie gestern an unserem Messestand vorbeigeschaut haben."),
    ("en", "zoom", "Great that you came by the booth yesterday."),
    ("fr", "fr", "Merci d'être passé sur notre stand hier."),
    ("es", "es", "Gracias por pasarte ayer por nuestro stand."),
    ("nl", "nl", "Leuk dat je gisteren langskwam bij onze stand."),
    # (e) the twin: the same words about what the reader did
    ("en", "goto", "Thanks for your comments in the Q&A during Thursday's session."),
    ("de", "de", "Danke für Ihre Fragen im Chat während der Sitzung am Donnerstag."),
    ("fr", "fr", "Merci pour vos questions dans le chat pendant la session de jeudi."),
    ("es", "es", "Gracias por tus preguntas en el chat durante la sesión del jueves."),
    ("nl", "nl", "Bedankt voor je vragen in de chat tijdens de sessie van donderdag."),
]


def test_the_table_is_balanced_and_covers_five_languages() -> None:
    assert len(FIRES) == len(QUIET)
    for table in (FIRES, QUIET):
        assert {lang for lang, _, _ in table} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "export", "sentence"), QUIET)
def test_no_show_wording_is_quiet(lang: str, export: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, export, sentence), EXPORTS[export])) == [], sentence


@pytest.mark.parametrize(("lang", "export", "sentence"), FIRES)
def test_the_twins_that_place_the_reader_reach_the_no_show(lang: str, export: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, export, sentence), EXPORTS[export], show_personal_data=False)
    assert codes(found) == ["FL301"], sentence
    assert found[0].recipient is not None and found[0].recipient.index == 0


@pytest.mark.parametrize(("sentence", "fires"), [
    # a capitalised word inside a German clause is a noun ("Stand", "Sprachen"), not a past
    ("Gern sprechen wir mit Ihnen am Stand über Ihre Lagerprozesse.", False),
    ("Gern sprachen wir mit Ihnen am Stand über Ihre Lagerprozesse.", True),
    ("Mit Ihnen am Messestand über die Sprachen der App zu reden, macht uns Freude.", False),
    ("Sie sprachen mit uns am Messestand über die App.", True),
    # at the head of a question the verb is capitalised, and still a past
    ("Stand Ihr Team gestern lange am Messestand?", True),
])
def test_a_german_noun_is_no_past_tense(sentence: str, fires: bool) -> None:
    from followup_lint.checks.attendance_frame import frame_reader

    assert (frame_reader().match(sentence, "de") is not None) is fires, sentence
