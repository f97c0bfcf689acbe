"""FL006: merge fields written between double angle brackets, as Word, Publisher, Access
reports and many CRM mail-merge exports show them once pasted as plain text (``<<First Name>>``,
``<<Course Date>>``, ``<<Datum Schulung>>``, ``<<Date du cours>>``), are placeholders Jinja never
fills, whatever the field is called; double angle brackets that are text (``<<< see below``,
``<< Previous | Next >>``, a C++ or shell sample, a French quotation typed with spaces, bit
shifts) are not.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

RECIPIENT = {"first_name": "Thandiwe", "last_name": "van Rensburg", "company": "Karoo Bricks"}
SIGN = {"en": "Best,\nMorgan Ó Briain", "de": "Viele Grüße\nUte Köhler-Başaran", "fr": "Cordialement,\nHélène Ng",
        "es": "Saludos,\nJordi Puig i Roca", "nl": "Groet,\nDaan de Wit"}
HELLO = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Beste"}


def mail(lang: str, body: str) -> str:
    return f"---\nkind: follow-up\nlocale: {lang}\n---\n{HELLO[lang]} {{{{ first_name }}}},\n\n{body}\n\n{SIGN[lang]}\n"


# (lang, body, the field FL006 must quote)
MUST_FIRE = [
    ("en", "Your course starts on <<Course Date>> at 9:00 in the training room.", "<<Course Date>>"),
    ("en", "Your trainer for the day is <<Trainer>>.", "<<Trainer>>"),
    ("en", "We have reserved a seat for <<Attendee Count>> people from your team.", "<<Attendee Count>>"),
    ("en", "The certificate for <<Course_Title>> is attached.", "<<Course_Title>>"),
    ("de", "Ihre Schulung beginnt am <<Datum Schulung>> um 9 Uhr.", "<<Datum Schulung>>"),
    ("fr", "Votre formation commence le <<Date du cours>> à 9 h.", "<<Date du cours>>"),
    ("es", "Su curso empieza el <<Fecha Inicio>> a las 9:00.", "<<Fecha Inicio>>"),
    ("nl", "Je cursus begint op <<Cursusdatum>> om 9 uur.", "<<Cursusdatum>>"),
    ("en", "Your badge will be waiting at <<course venue>> on <<course date>>.", "<<course date>>"),
]
MUST_NOT = [
    ("en", "<<< see below for the notes from the call.", None),
    ("en", "In the sample we print it with std::cout << total << std::endl; nothing else changes.", None),
    ("en", "<< Previous tip | Next tip >>", None),
    ("en", "The flag is set with mask = 1 << 4 >> 2 in the old firmware.", None),
    ("de", "Das Skript endet mit cat <<EOF und einer Leerzeile.", None),
    ("fr", "Notre devise reste << Mieux vaut prévenir >> depuis vingt ans.", None),
    ("es", "Pulse << Volver >> para regresar al menú.", None),
    ("nl", "Klik op << Terug naar overzicht >> onderaan de pagina.", None),
    ("en", "The old export wrapped notes as <<see attached>> in the subject line.", None),
]


def test_tables_are_balanced() -> None:
    assert len(MUST_NOT) >= len(MUST_FIRE)
    assert {lang for lang, *_ in MUST_FIRE} == {lang for lang, *_ in MUST_NOT} == set(HELLO)


@pytest.mark.parametrize(("lang", "body", "field"), MUST_FIRE)
def test_angle_merge_field_is_an_error(lang: str, body: str, field: str) -> None:
    found = [d for d in run_rules("FL006", mail(lang, body), [RECIPIENT]) if d.code == "FL006"]
    assert any(field in d.message for d in found), (body, [d.message for d in found])
    assert all(d.severity.name.lower() == "error" for d in found) if found else True


@pytest.mark.parametrize(("lang", "body", "_none"), MUST_NOT)
def test_double_angle_text_is_no_placeholder(lang: str, body: str, _none: None) -> None:
    found = run_rules("FL006", mail(lang, body), [RECIPIENT])
    assert found == [], (body, [d.message for d in found])
