"""FL301, three more indirect ways of presuming the reader was there (issue 11, written before
the code), en/de/fr/es/nl:

* thanks for the turnout ("Thanks for the turnout", "Danke für das zahlreiche Erscheinen",
  "gracias por la gran asistencia", "bedankt voor de mooie opkomst");
* photos from the event that show the reader ("the photos from the workshop you're in", "die
  Fotos vom Workshop, auf denen Sie zu sehen sind");
* picking up where we left off ("Picking up where we left off on Tuesday", "reprenons là où
  nous nous étions arrêtés").

Must-not rows: the turnout reported without thanking the reader for it, event photos that do
not show the reader, the same words about a newsletter, a recording or the next session.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_ROWS = [
    {"first_name": "Jürgen", "last_name": "Müller-Lüdenscheidt", "company": "Lüdenscheid Kunststoff", "Attended": "Yes"},
    {"first_name": "Aylin", "last_name": "Yılmaz", "company": "Yılmaz Logistik", "Attended": "No"},
    {"first_name": "Mei", "last_name": "Lin", "company": "Harbourline", "Attended": "Yes"},
]
_FRAME = {"en": ("Hi", "Best regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien cordialement"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Met vriendelijke groet")}


def _mail(lang: str, sentence: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\nanbei das Angebot.\n\n"
            f"{sentence}\n\n{bye},\nTobias Brandt\nKunststofftechnik Brandt\n").replace(
        "anbei das Angebot.", {"en": "The quote is attached.", "de": "anbei das Angebot.", "fr": "voici le devis.",
                               "es": "te adjunto el presupuesto.", "nl": "hierbij de offerte."}[lang])


def _fired(lang: str, sentence: str) -> bool:
    return any(d.code == "FL301" for d in run_rules("FL301", _mail(lang, sentence), _ROWS))


MUST_FIRE = [
    ("en", "Thanks for the turnout on Thursday, it made the roundtable."),
    ("de", "Danke für das zahlreiche Erscheinen beim Kundentag."),
    ("es", "Gracias por la gran asistencia al desayuno del martes."),
    ("nl", "Bedankt voor de mooie opkomst bij de klantendag."),
    ("en", "P.S. I've put the photos from the workshop that you're in on the shared drive."),
    ("de", "PS: Die Fotos vom Workshop, auf denen Sie zu sehen sind, schicke ich Ihnen gern."),
    ("fr", "PS : les photos de l'atelier où vous apparaissez sont dans le dossier partagé."),
    ("nl", "PS: de foto's van de workshop waarop u staat, stuur ik u graag toe."),
    ("en", "Picking up where we left off on Tuesday, here is the pricing sheet."),
    ("fr", "Pour reprendre là où nous nous étions arrêtés mardi, voici la grille tarifaire."),
    ("es", "Para retomar donde lo dejamos el martes, te paso la tabla de precios."),
]

MUST_NOT = [
    ("en", "We had a record turnout at the roundtable; the recording is below for anyone who missed it."),
    ("nl", "De opkomst bij de klantendag was groot; de opname staat hieronder voor wie er niet bij was."),
    ("en", "P.S. The photos from the workshop are on our blog."),
    ("de", "PS: Die Fotos vom Workshop finden Sie in unserem Blog."),
    ("fr", "PS : si vous voulez des photos de vous au prochain atelier, réservez le photographe."),
    ("en", "Picking up where our last newsletter left off, here are three more payroll tips."),
    ("es", "Retomaremos donde lo dejamos en la próxima sesión, el 26 de enero."),
    ("de", "Wir machen beim nächsten Termin dort weiter, wo wir aufgehört haben."),
    ("en", "If you'd like photos of your team at next month's gala, our photographer can help."),
    ("es", "Las fotos del taller están en nuestro blog."),
    ("fr", "Merci pour votre intérêt : la participation à l'atelier de mars est gratuite."),
]


@pytest.mark.parametrize(("lang", "sentence"), MUST_FIRE)
def test_turnout_photos_and_resumed_talk_presume_attendance(lang: str, sentence: str) -> None:
    assert _fired(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), MUST_NOT)
def test_the_same_words_for_everyone_are_not(lang: str, sentence: str) -> None:
    assert not _fired(lang, sentence)
