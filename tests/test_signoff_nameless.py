"""FL306 nameless sign-off, made robust in the five languages (issue 11, item 8): a warning in
one-to-one kinds (follow-up, prospecting, reply), info in newsletters and marketing mail.

Written before the change, by category: a collective or department line ("all of us at ...",
a department alone), a company named alone (no legal form: named as the sender's company in
the body or by the sender address), a role alone, a closing word with nothing after it, a
signature variable that renders empty for some recipients, a no-reply address or notice as the
only signature. Must not: a person (mononyms, East Asian names, particles, initials), a person
with a team or role line, a sender variable that is filled for every recipient.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

BODIES = {
    "en": ("Hi {{ first_name }},", "Quick follow-up on the pricing question from Tuesday: the API add-on is included in the Growth plan."),
    "de": ("Hallo {{ first_name }},", "kurz zu Ihrer Frage vom Dienstag: Das API-Modul ist im Growth-Tarif enthalten."),
    "fr": ("Bonjour {{ first_name }},", "Pour répondre à votre question de mardi : le module API est inclus dans l'offre Growth."),
    "es": ("Hola {{ first_name }}:", "Sobre su pregunta del martes: el módulo de API está incluido en el plan Growth."),
    "nl": ("Hallo {{ first_name }},", "Even over je vraag van dinsdag: de API-module zit in het Growth-abonnement."),
}


def email(kind: str, lang: str, closing: str, front: str = "", body: str | None = None) -> str:
    greeting, text = BODIES[lang]
    return f"---\nkind: {kind}\nlocale: {lang}\n{front}---\n{greeting}\n\n{body or text}\n\n{closing}\n"


# (lang, closing, extra front matter, body or None)
NAMELESS = [
    # a collective or department line, in wording no earlier table used
    ("en", "Cheers,\nYour friends at Quillmate", "", None),
    ("en", "Best,\nEveryone at Veldspar", "", None),
    ("en", "Thanks,\nInside Sales", "", None),
    ("de", "Viele Grüße\nIhre Kundenbetreuung", "", None),
    ("de", "Beste Grüße\nAlle bei Kesselwerk", "", None),
    ("fr", "Bien à vous,\nToute l'équipe Lumivert", "", None),
    ("fr", "Cordialement,\nLe service Relation Client", "", None),
    ("es", "Un saludo,\nTodo el equipo de Olivar Digital", "", None),
    ("es", "Saludos cordiales,\nDepartamento de Atención al Cliente", "", None),
    ("nl", "Groeten,\nTeam Klantenservice", "", None),
    ("nl", "Met vriendelijke groet,\nHet hele team van Zeewind", "", None),
    # a company named alone, with no legal form: the body names it as the sender's company, or
    # the sender address is the company's shared mailbox
    ("en", "Best regards,\nQuillmate", "",
     "At Quillmate we help finance teams close the month in two days. Worth a quick look?"),
    ("de", "Viele Grüße\nKesselwerk", "from: '\"Kesselwerk\" <info@kesselwerk.example>'\n", None),
    ("fr", "Cordialement,\nLumivert", "", "Chez Lumivert, nous aidons les boutiques à gérer leurs retours. Un échange de 15 minutes ?"),
    ("es", "Saludos,\nOlivar", "from: hola@olivar.example\n", None),
    # a role alone
    ("en", "Kind regards,\nYour Account Manager", "", None),
    ("en", "Thanks,\nHead of Partnerships", "", None),
    ("de", "Freundliche Grüße\nIhr persönlicher Ansprechpartner", "", None),
    ("fr", "Cordialement,\nVotre conseillère commerciale", "", None),
    ("es", "Un saludo,\nSu asesor comercial", "", None),
    ("nl", "Groet,\nJe accountmanager", "", None),
    # a closing word with nothing after it (a P.S. or a footer is not a name)
    ("en", "Talk soon,", "", None),
    ("de", "Mit freundlichen Grüßen", "", None),
    ("fr", "Bien cordialement,\n\nP.S. Le replay reste en ligne jusqu'à vendredi.", "", None),
    ("es", "Un abrazo,\n\n--\nOlivar Digital · Calle Mayor 12 · 46001 Valencia", "", None),
    # a no-reply address or a do-not-reply notice as the only signature
    ("en", "Regards,\nno-reply@quillmate.example", "", None),
    ("nl", "Met vriendelijke groet,\nniet-beantwoorden@zeewind.example", "", None),
]

PEOPLE = [
    ("en", "Best,\nOyelaran", "", None),  # a mononym
    ("en", "Thanks,\nWang Wei", "", None),
    ("en", "Cheers,\nJ. R. Okafor", "", None),
    ("en", "Best regards,\nA.K. Mensah\nAccount Manager", "", None),
    ("en", "Kind regards,\nTomás Ó Briain | Team Quillmate", "", None),
    ("en", "Best,\nDana", "", "This is Dana from Quillmate: the API add-on is included in the Growth plan."),
    ("de", "Viele Grüße\nLudwig von Trapp\nIhr Kundenbetreuer", "", None),
    ("de", "Beste Grüße\nKim Min-jun\nVertriebsteam Kesselwerk", "", None),
    ("de", "Mit freundlichen Grüßen\nDr. M. Schulte-Brandt", "", None),
    ("fr", "Cordialement,\nAnne-Sophie de la Roche\nL'équipe Lumivert", "", None),
    ("fr", "Bien à vous,\nNguyễn Văn An", "", None),
    ("fr", "À bientôt,\nClaire", "", "Je suis Claire, de Lumivert : le module API est inclus dans l'offre Growth."),
    ("es", "Un saludo,\nRodrigo de los Santos\nDepartamento de Atención al Cliente", "", None),
    ("es", "Saludos,\nXimena\nSu asesora comercial", "", None),
    ("es", "Saludos,\nSatō Kenji", "", None),
    ("nl", "Groet,\nJan-Willem van der Berg\nTeam Klantsucces", "", None),
    ("nl", "Met vriendelijke groet,\nBram\nJe accountmanager bij Zeewind", "", None),
    ("nl", "Hartelijke groet,\nE. de Wit", "", None),
    ("en", "Best,\nPriya\n\nQuillmate · 20 Harbour St · Leeds", "from: '\"Priya Raghunathan\" <priya@quillmate.example>'\n", None),
    ("de", "Viele Grüße\nHelga", "from: '\"Kesselwerk\" <helga@kesselwerk.example>'\n", None),
    ("en", "Warmly,\nLi Na, Head of Partnerships", "", None),
    ("de", "Herzliche Grüße\nÖzlem", "", None),
    ("fr", "Merci et à bientôt,\nJean-Baptiste N'Diaye\nResponsable grands comptes", "", None),
    ("es", "Saludos,\nMaría de la O Jiménez", "", None),
    ("nl", "Groetjes,\nAnouk", "", None),
    ("es", "Un saludo,\nJorge", "from: '\"Olivar Digital\" <jorge@olivar.example>'\n",
     "Soy Jorge, de Olivar Digital: el módulo de API está incluido en el plan Growth."),
]

ONE_TO_ONE = ["follow-up", "prospecting", "reply"]
BROADCAST = ["newsletter", "marketing"]


def test_the_tables_are_balanced() -> None:
    nameless = len(NAMELESS) + len(EMPTY_SENDER)
    named = len(PEOPLE) + len(FILLED_SENDER)
    assert abs(nameless - named) <= 4
    for table in (NAMELESS, PEOPLE):
        assert {case[0] for case in table} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "closing", "front", "body"), NAMELESS)
@pytest.mark.parametrize("kind", ONE_TO_ONE)
def test_nameless_is_a_warning_one_to_one(kind: str, lang: str, closing: str, front: str, body: str | None) -> None:
    found = run_rules("FL306", email(kind, lang, closing, front, body))
    assert [d.severity.value for d in found] == ["warning"], found


@pytest.mark.parametrize(("lang", "closing", "front", "body"), NAMELESS)
@pytest.mark.parametrize("kind", BROADCAST)
def test_nameless_is_info_in_broadcasts(kind: str, lang: str, closing: str, front: str, body: str | None) -> None:
    found = run_rules("FL306", email(kind, lang, closing, front, body))
    assert [d.severity.value for d in found] == ["info"], found


@pytest.mark.parametrize(("lang", "closing", "front", "body"), PEOPLE)
@pytest.mark.parametrize("kind", ONE_TO_ONE + BROADCAST)
def test_a_person_signs(kind: str, lang: str, closing: str, front: str, body: str | None) -> None:
    assert run_rules("FL306", email(kind, lang, closing, front, body)) == []


# ------------------------------------------------------------------ signature variables

ROWS = [
    {"first_name": "Benedikt", "last_name": "Ó Briain", "email": "benedikt@galwaykayaks.example", "sender_name": "Dana Okafor",
     "owner_first_name": "Dana", "rep": "Dana Okafor"},
    {"first_name": "Hoang", "last_name": "Trần", "email": "hoang.tran@halongsails.example", "sender_name": "Kim Min-jun",
     "owner_first_name": "Min-jun", "rep": "Kim Min-jun"},
    {"first_name": "Renata", "last_name": "Szczepańska", "email": "renata@tatragear.example", "sender_name": "Oyelaran",
     "owner_first_name": "Oyelaran", "rep": "Oyelaran"},
]
SOME_EMPTY = [dict(ROWS[0]), dict(ROWS[1], sender_name="", owner_first_name="", rep=""), dict(ROWS[2])]

# (lang, closing, recipients): the signature may render with no name
EMPTY_SENDER = [
    ("en", "Best,\n{{ sender_name|default('') }}", []),  # no list: the template itself allows nothing
    ("de", "Viele Grüße\n{{ owner_first_name or '' }}", []),
    ("fr", "Cordialement,\n{% if rep %}{{ rep }}{% endif %}", []),
    ("en", "Thanks,\n{{ sender_name }}", SOME_EMPTY),  # the column is empty in one row
    ("es", "Un saludo,\n{{ owner_first_name }}", SOME_EMPTY),
    ("nl", "Groet,\n{{ rep|default('', true) }}", SOME_EMPTY),
]
# (lang, closing, recipients): the signature always renders a name
FILLED_SENDER = [
    ("en", "Best,\n{{ sender_name }}", ROWS),
    ("de", "Viele Grüße\n{{ owner_first_name }}", ROWS),
    ("fr", "Cordialement,\n{{ sender_name|default('Claire Martin', true) }}", SOME_EMPTY),  # a named fallback for empty cells too
    ("es", "Saludos,\n{{ rep|default('', true) }}", ROWS),  # an empty fallback never used on this list
    ("nl", "Groet,\n{{ sender_name }}\nTeam Klantsucces", ROWS),
    ("en", "Cheers,\n{{ sender_name|default('') }}", ROWS),
    ("en", "Thanks,\n{{ sender_name }}", []),  # no list to judge: the variable is given the benefit
]


@pytest.mark.parametrize(("lang", "closing", "rows"), EMPTY_SENDER)
def test_a_signature_that_can_render_empty_is_reported(lang: str, closing: str, rows: list) -> None:
    found = run_rules("FL306", email("follow-up", lang, closing), rows)
    assert [d.severity.value for d in found] == ["warning"], found
    assert "empty" in found[0].message


@pytest.mark.parametrize(("lang", "closing", "rows"), FILLED_SENDER)
def test_a_signature_that_always_renders_a_name_is_fine(lang: str, closing: str, rows: list) -> None:
    assert run_rules("FL306", email("follow-up", lang, closing), rows) == []


def test_the_empty_signature_finding_names_no_recipient() -> None:
    (found,) = run_rules("FL306", email("follow-up", "en", "Thanks,\n{{ sender_name }}"), SOME_EMPTY)
    assert "Hoang" not in found.message and "Trần" not in found.message
    assert "1 of 3" in found.message


# ------------------------------------------------------------------ second round
# Written after the first round landed, before its code: a department and the brand on one line
# in either order, a headquarters line, a signature variable whose fallback is itself a team;
# against an "@" that joins a person to their company, and people with a sign-off in more words.

NAMELESS_2 = [
    ("nl", "Met vriendelijke groet,\nKlantenservice Zeewind", "", None),
    ("de", "Mit freundlichen Grüßen\nKesselwerk Kundenservice", "", None),
    ("en", "Best,\nQuillmate Support", "", None),
    ("fr", "Cordialement,\nLumivert – Service client", "", None),
    ("es", "Saludos,\nOlivar Digital HQ", "", None),
    ("en", "Thanks,\nPartnerships @ Quillmate", "", None),
]
PEOPLE_2 = [
    ("en", "Best,\nDana @ Quillmate", "", None),
    ("de", "Viele Grüße aus Leipzig\nJonas", "", None),
    ("fr", "Bien à vous,\nCamille (Lumivert)", "", None),
    ("es", "Un abrazo fuerte,\nIñaki Etxeberria", "", None),
    ("nl", "Groetjes,\nSanne 👋", "", None),
    ("en", "Cheers,\nDana, your Account Manager", "", None),
]


def test_the_second_round_is_balanced() -> None:
    assert len(NAMELESS_2) == len(PEOPLE_2)


@pytest.mark.parametrize(("lang", "closing", "front", "body"), NAMELESS_2)
def test_second_round_nameless(lang: str, closing: str, front: str, body: str | None) -> None:
    found = run_rules("FL306", email("prospecting", lang, closing, front, body))
    assert [d.severity.value for d in found] == ["warning"], found


@pytest.mark.parametrize(("lang", "closing", "front", "body"), PEOPLE_2)
def test_second_round_people(lang: str, closing: str, front: str, body: str | None) -> None:
    assert run_rules("FL306", email("prospecting", lang, closing, front, body)) == []


TEAM_FALLBACK = "Best,\n{{ sender_name|default('The Quillmate Team', true) }}"


def test_a_fallback_that_is_a_team_is_reported_for_the_rows_that_get_it() -> None:
    (found,) = run_rules("FL306", email("follow-up", "en", TEAM_FALLBACK), SOME_EMPTY)
    assert found.severity.value == "warning" and "1 of 3" in found.message


def test_a_fallback_that_is_a_team_is_fine_when_no_row_needs_it() -> None:
    assert run_rules("FL306", email("follow-up", "en", TEAM_FALLBACK), ROWS) == []


# ------------------------------------------------------------------ third round
# Written after the second round landed, before its code: a do-not-reply notice, or another
# sentence, in place of a name; against a person followed by an invitation to reply.

NAMELESS_3 = [
    ("en", "Best,\nPlease do not reply to this email.", "", None),
    ("de", "Viele Grüße\nBitte antworten Sie nicht auf diese E-Mail.", "", None),
    ("fr", "Cordialement,\nMerci de ne pas répondre à ce message.", "", None),
    ("es", "Saludos,\nPor favor, no responda a este correo.", "", None),
    ("nl", "Met vriendelijke groet,\nDit is een automatisch bericht; reageren is niet mogelijk.", "", None),
    ("en", "Thanks,\nThis inbox is not monitored. For help, visit our help centre.", "", None),
]
PEOPLE_3 = [
    ("en", "Best,\nDana\nJust hit reply if anything is unclear.", "", None),
    ("de", "Viele Grüße\nJonas Kessel\nAntworten Sie einfach auf diese E-Mail.", "", None),
    ("fr", "Bien à vous,\nAmélie\nRépondez simplement à ce message.", "", None),
    ("es", "Saludos,\nLucía\nPuede responder directamente a este correo.", "", None),
    ("nl", "Groet,\nDaan\nJe kunt gewoon op deze mail reageren.", "", None),
    ("en", "Cheers,\nKim Min-jun (he/him)", "", None),
]


def test_the_third_round_is_balanced() -> None:
    assert len(NAMELESS_3) == len(PEOPLE_3)


@pytest.mark.parametrize(("lang", "closing", "front", "body"), NAMELESS_3)
def test_third_round_nameless(lang: str, closing: str, front: str, body: str | None) -> None:
    found = run_rules("FL306", email("reply", lang, closing, front, body))
    assert [d.severity.value for d in found] == ["warning"], found


@pytest.mark.parametrize(("lang", "closing", "front", "body"), PEOPLE_3)
def test_third_round_people(lang: str, closing: str, front: str, body: str | None) -> None:
    assert run_rules("FL306", email("reply", lang, closing, front, body)) == []
