"""Issue 11, round 16, by category, in five languages; written before the code.

(1) FL301: a hedged news idiom ("as you may have heard", "wie Sie vielleicht schon gehört
    haben", "comme vous l'avez peut-être vu", "como quizá ya hayas visto", "zoals je misschien
    al hebt gehoord") passes on news about the product or the company; it does not place the
    reader at the event. Twins: "as you saw during the demo" (the reader was there) still fire.
(2) FL322/FL304: columns about the sender's contact person (account manager, Ansprechpartner
    and their phone, contact owner, gestionnaire de compte, responsable de cuenta,
    accountmanager, Kundenbetreuer, owner e-mail), spelled as exports spell them, are the same
    for everyone without being fake personalization. Twins: a recipient column (industry,
    Branche, secteur, sector, branche) with one value for all still fires.
"""

from __future__ import annotations

from typing import Any

import pytest

from followup_lint.testing import codes, run_rules
from test_attendance_event_talk import EXPORTS, _email_about_the_event as _email

# ---------------------------------------------------------------- (1) hedged news idioms
NEWS_QUIET = [
    ("en", "zoom", "As you may have heard, Lumora has opened a new data centre in Frankfurt."),
    ("en", "hubspot", "As you might have seen, our reporting module now ships with Salesforce sync."),
    ("en", "goto", "As you probably heard, Kestrel Analytics was acquired by Norrbit last month."),
    ("de", "de", "Wie Sie vielleicht schon gehört haben, hat Datavia ein Büro in Wien eröffnet."),
    ("de", "de", "Wie Sie möglicherweise gesehen haben, unterstützt unsere Plattform jetzt SAP."),
    ("fr", "fr", "Comme vous l'avez peut-être vu, Solvéo lance une offre pour les PME."),
    ("fr", "fr", "Comme vous l'avez sans doute entendu, notre application est désormais disponible en espagnol."),
    ("es", "es", "Como quizá ya hayas visto, Brisa Cloud abre oficina en Monterrey."),
    ("es", "es", "Como tal vez hayas oído, nuestra plataforma ya se integra con Holded."),
    ("nl", "nl", "Zoals je misschien al hebt gehoord, opent Tulpa een kantoor in Gent."),
    ("nl", "nl", "Zoals u wellicht heeft gezien, ondersteunt ons platform nu Exact Online."),
    ("en", "zoom", "As you may have seen on LinkedIn, we have a new CEO, Adaeze Okafor-Brandt."),
]
NEWS_FIRES = [
    ("en", "zoom", "As you heard in the session, Lumora has opened a new data centre in Frankfurt."),
    ("en", "hubspot", "As you saw during the demo, our reporting module now ships with Salesforce sync."),
    ("en", "goto", "As you saw in the keynote, Kestrel Analytics is now part of Norrbit."),
    ("de", "de", "Wie Sie im Webinar gesehen haben, hat Datavia ein Büro in Wien eröffnet."),
    ("de", "de", "Wie Sie in der Demo gesehen haben, unterstützt unsere Plattform jetzt SAP."),
    ("fr", "fr", "Comme vous l'avez vu pendant la démo, Solvéo lance une offre pour les PME."),
    ("fr", "fr", "Comme vous l'avez entendu lors du webinaire, notre application est désormais disponible en espagnol."),
    ("es", "es", "Como viste en la demo, Brisa Cloud abre oficina en Monterrey."),
    ("es", "es", "Como escuchaste en el webinar, nuestra plataforma ya se integra con Holded."),
    ("nl", "nl", "Zoals je tijdens de sessie hebt gehoord, opent Tulpa een kantoor in Gent."),
    ("nl", "nl", "Zoals u in de demo heeft gezien, ondersteunt ons platform nu Exact Online."),
    ("en", "zoom", "As you saw at the summit, we have a new CEO, Adaeze Okafor-Brandt."),
]


def test_news_table_is_balanced() -> None:
    assert len(NEWS_QUIET) == len(NEWS_FIRES)
    for table in (NEWS_QUIET, NEWS_FIRES):
        assert {lang for lang, _, _ in table} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "export", "sentence"), NEWS_QUIET)
def test_hedged_news_is_not_the_reader_at_the_event(lang: str, export: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, export, sentence), EXPORTS[export])) == [], sentence


@pytest.mark.parametrize(("lang", "export", "sentence"), NEWS_FIRES)
def test_the_reader_placed_at_the_event_still_fires(lang: str, export: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, export, sentence), EXPORTS[export], show_personal_data=False)
    assert codes(found) == ["FL301"], sentence
    assert found[0].recipient is not None and found[0].recipient.index == 0


# ---------------------------------------------------------------- (2) the sender's contact columns
_PEOPLE = [("Aylin", "Yılmaz"), ("Jean-Luc", "van der Berg"), ("Nguyễn", "Thị Mai"), ("Siobhán", "O'Connor"),
           ("María José", "de la Fuente"), ("Hiroshi", "Sato"), ("Björn", "Åkesson-Lind"), ("Xiomara", ""),
           ("Oluwaseun", "Adeyemi"), ("Sanne", "van 't Hek"), ("Anne-Sophie", "de Villiers"), ("Dewi", "Kartika")]
_COMPANIES = ["Bluefinch Labs", "Kestrel GmbH", "Solvéo SAS", "Brisa Cloud", "Tulpa BV", "Norrbit AB"]

# (lang, first-name column, sender columns {template name: export header: value}, recipient column)
_LETTERS = {
    "en": ("Hi {{ first_name }},\n\nI noticed {{ company }} is growing its {{ industry }} team.\n\n"
           "Best,\n{{ account_manager }}\n{{ owner_email }}\n"),
    "en2": ("Hi {{ first_name }},\n\nI noticed {{ company }} is growing its {{ industry }} team.\n\n"
            "Best,\n{{ contact_owner }} | {{ AccountManager_Phone }}\n"),
    "de": ("Hallo {{ vorname }},\n\nich habe gesehen, dass {{ firma }} im Bereich {{ branche }} wächst.\n\n"
           "Viele Grüße\n{{ Ansprechpartner }}, Tel. {{ ansprechpartner_tel }}\n"),
    "de2": ("Hallo {{ vorname }},\n\nich habe gesehen, dass {{ firma }} im Bereich {{ branche }} wächst.\n\n"
            "Viele Grüße\n{{ Kundenbetreuer }}\n"),
    "fr": ("Bonjour {{ prenom }},\n\nj'ai vu que {{ societe }} se développe dans le secteur {{ secteur }}.\n\n"
           "Cordialement,\n{{ gestionnaire_compte }}\n"),
    "es": ("Hola {{ nombre }},\n\nhe visto que {{ empresa }} está creciendo en el sector {{ sector }}.\n\n"
           "Un saludo,\n{{ responsable_de_cuenta }}\n"),
    "nl": ("Hoi {{ voornaam }},\n\nik zag dat {{ bedrijf }} groeit in de {{ branche }}.\n\n"
           "Groet,\n{{ accountmanager }}\n"),
}
# template key -> (first-name column, company column, recipient column, sender headers as exports spell them)
_COLUMNS = {
    "en": ("first_name", "company", "industry", {"Account Manager": "Priya Raman-Holt", "Owner Email": "priya@lumora.example"}),
    "en2": ("first_name", "company", "industry", {"Contact owner": "Tomás Ó Briain", "AccountManager Phone": "+44 20 7946 0018"}),
    "de": ("vorname", "firma", "branche", {"Ansprechpartner": "Kai-Uwe von Bülow", "Ansprechpartner Tel": "+49 30 1234567"}),
    "de2": ("vorname", "firma", "branche", {"Kundenbetreuer": "Leonie Schäfer"}),
    "fr": ("prenom", "societe", "secteur", {"Gestionnaire compte": "Hélène Dubois-Mercier"}),
    "es": ("nombre", "empresa", "sector", {"Responsable de cuenta": "Íñigo Aranburu"}),
    "nl": ("voornaam", "bedrijf", "branche", {"Accountmanager": "Femke de Jong"}),
}
_SECTORS = ["logistics", "retail", "healthcare"]


def _rows(key: str, same_sector: bool) -> list[dict[str, Any]]:
    first, company, sector, sender = _COLUMNS[key]
    rows = []
    for i in range(24):
        given, family = _PEOPLE[i % len(_PEOPLE)]
        rows.append({first: given, "last_name": family, "email": f"p{i}@example.org",
                     company: _COMPANIES[i % len(_COMPANIES)],
                     sector: "logistics" if same_sector else _SECTORS[i % 3], **sender})
    return rows


def _template(key: str) -> str:
    lang = key[:2]
    kind = "prospecting"
    return f"---\nkind: {kind}\nlocale: {lang}\n---\n{_LETTERS[key]}"


@pytest.mark.parametrize("key", sorted(_LETTERS))
def test_sender_contact_columns_are_not_same_value_personalization(key: str) -> None:
    found = run_rules("FL322", _template(key), _rows(key, same_sector=False))
    assert found == [], [d.message for d in found]


@pytest.mark.parametrize("key", sorted(_LETTERS))
def test_a_recipient_column_with_one_value_still_fires(key: str) -> None:
    found = run_rules("FL322", _template(key), _rows(key, same_sector=True))
    assert [d.message.split("'")[1] for d in found] == [_COLUMNS[key][2]]


@pytest.mark.parametrize("key", sorted(_LETTERS))
def test_sender_columns_are_no_personalization_for_fl304(key: str) -> None:
    """Only the sender varies per row? Not here: every sender column is constant; with the
    recipient columns varying FL304 is quiet, and the sender columns never count as the reason."""
    assert run_rules("FL304", _template(key), _rows(key, same_sector=False)) == []


# ---------------------------------------------------------------- (3) several attendance count columns
# a positive on-demand / archive / recording count means the person watched; 0 in every count
# column is a no-show. Exports as they spell their headers (ON24, Zoom, HubSpot, localised lists).
_WATCHED = {
    "en": "Thanks for watching the webinar on pipeline hygiene, {{ first_name }}.",
    "de": "Danke, dass Sie sich das Webinar zur Pipeline-Pflege angesehen haben, {{ first_name }}.",
    "fr": "Merci d'avoir regardé le webinaire sur la gestion du pipeline, {{ first_name }}.",
    "es": "Gracias por ver el webinar sobre la gestión del pipeline, {{ first_name }}.",
    "nl": "Bedankt voor het kijken naar het webinar over pipelinebeheer, {{ first_name }}.",
}
_SIGN = {"en": "Best,\nPriya Raman", "de": "Viele Grüße\nKatrin Oberholzer", "fr": "Cordialement,\nÉlodie Marchand",
         "es": "Un saludo,\nJavier Ortega Ruiz", "nl": "Groet,\nMaarten de Vries"}
# (lang, count columns with the values of one person who watched only on demand)
COUNT_EXPORTS = [
    ("en", {"Live Minutes": "0", "Archive Minutes": "34"}),  # ON24
    ("en", {"Time in Session (minutes)": "0", "Recording Views": "2"}),  # Zoom list merged with replay views
    ("en", {"Webinar Attended Count": "0", "Webinar On-Demand Views Count": "1"}),  # HubSpot
    ("de", {"Live-Minuten": "0", "On-Demand-Minuten": "41"}),
    ("fr", {"Minutes en direct": "0", "Minutes en différé": "18"}),
    ("es", {"Minutos en directo": "0", "Minutos en diferido": "27"}),
    ("nl", {"Live minuten": "0", "On-demand minuten": "22"}),
    ("en", {"Live Minutes": "0", "Archive Minutes": "12", "Attended": ""}),  # an empty flag beside them
]


def _count_rows(columns: dict[str, str], watched: bool) -> list[dict[str, Any]]:
    person = {"first_name": "Sanne", "last_name": "van 't Hek", "email": "sanne@example.nl"}
    values = columns if watched else {k: ("0" if v else v) for k, v in columns.items()}
    attendee = {"first_name": "Hiroshi", "last_name": "Sato", "email": "h.sato@example.jp",
                **{k: ("45" if v else v) for k, v in columns.items()}}
    return [{**person, **values}, attendee]


def _watch_email(lang: str) -> str:
    return f"---\nkind: follow-up\nlocale: {lang}\n---\n{_WATCHED[lang]}\n\n{_SIGN[lang]}\n"


def test_count_table_covers_five_languages() -> None:
    assert {lang for lang, _ in COUNT_EXPORTS} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "columns"), COUNT_EXPORTS)
def test_an_on_demand_count_means_they_watched(lang: str, columns: dict[str, str]) -> None:
    found = run_rules("FL301", _watch_email(lang), _count_rows(columns, watched=True))
    assert codes(found) == [], [d.message for d in found]


@pytest.mark.parametrize(("lang", "columns"), COUNT_EXPORTS)
def test_zero_in_every_count_column_is_a_no_show(lang: str, columns: dict[str, str]) -> None:
    found = run_rules("FL301", _watch_email(lang), _count_rows(columns, watched=False), show_personal_data=False)
    assert codes(found) == ["FL301"], columns
    assert found[0].recipient is not None and found[0].recipient.index == 0


# ---------------------------------------------------------------- (4) team synonyms in nameless sign-offs
# A group word other than "team" ("Crew", "Squad", "Folks at", la team, el equipo de, het ...team)
# or a department followed by "Team" signs for nobody; the twin with a person before it is fine.
from test_signoff_kinds import email as _signoff_email  # noqa: E402

TEAM_SIGNOFFS = [
    ("en", "Cheers,\nThe Lumora Crew"),
    ("en", "Best,\nThe Growth Squad at Kestrel"),
    ("en", "Thanks,\nThe folks at Bluefinch Labs"),
    ("en", "Kind regards,\nCustomer Success Team"),
    ("de", "Viele Grüße\ndas Kesselwerk-Team"),
    ("de", "Beste Grüße\nIhre Kesselwerk-Crew"),
    ("fr", "Bien à vous,\nLa team Solvéo"),
    ("fr", "Cordialement,\nL'équipe Relation Client"),
    ("es", "Un saludo,\nel equipo de Brisa Cloud"),
    ("es", "Saludos,\nLa crew de Brisa Cloud"),
    ("nl", "Groet,\nhet Tulpa-team"),
    ("nl", "Met vriendelijke groet,\nDe crew van Tulpa"),
]
PERSON_SIGNOFFS = [
    ("en", "Cheers,\nMaya Lindqvist, the Lumora Crew"),
    ("en", "Best,\nKwame Mensah from the Growth Squad at Kestrel"),
    ("en", "Thanks,\nŌtsuka Haruto and the folks at Bluefinch Labs"),
    ("en", "Kind regards,\nAdaeze Okafor-Brandt\nCustomer Success Team"),
    ("de", "Viele Grüße\nJonas von Bülow und das Kesselwerk-Team"),
    ("de", "Beste Grüße\nLeonie Schäfer, Ihre Kesselwerk-Crew"),
    ("fr", "Bien à vous,\nÉlodie Marchand, la team Solvéo"),
    ("fr", "Cordialement,\nMamadou Diallo\nL'équipe Relation Client"),
    ("es", "Un saludo,\nÍñigo Aranburu, del equipo de Brisa Cloud"),
    ("es", "Saludos,\nXiomara y la crew de Brisa Cloud"),
    ("nl", "Groet,\nSanne van 't Hek, het Tulpa-team"),
    ("nl", "Met vriendelijke groet,\nDewi Kartika\nDe crew van Tulpa"),
]


def test_team_tables_are_balanced() -> None:
    assert len(TEAM_SIGNOFFS) == len(PERSON_SIGNOFFS)
    assert {lang for lang, _ in TEAM_SIGNOFFS} == {lang for lang, _ in PERSON_SIGNOFFS} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "closing"), TEAM_SIGNOFFS)
def test_a_team_synonym_signs_for_nobody(lang: str, closing: str) -> None:
    found = run_rules("FL306", _signoff_email("follow-up", lang, closing))
    assert [d.code for d in found] == ["FL306"], closing


@pytest.mark.parametrize(("lang", "closing"), PERSON_SIGNOFFS)
def test_a_person_with_the_team_signs(lang: str, closing: str) -> None:
    assert run_rules("FL306", _signoff_email("follow-up", lang, closing)) == [], closing


# two units or a role joined to the team still sign for nobody; a person joined to them signs
JOINED_UNITS = [
    ("en", "Best,\nThe Marketing and Sales Team"),
    ("en", "Kind regards,\nYour Account Manager and the team at Lumora"),
    ("de", "Viele Grüße\nIhr Ansprechpartner und das Kesselwerk-Team"),
    ("es", "Saludos,\nEl equipo de Ventas y Marketing"),
]
JOINED_PEOPLE = [
    ("en", "Best,\nMaya Lindqvist and the Sales Team"),
    ("en", "Kind regards,\nKwame Mensah and the team at Lumora"),
    ("de", "Viele Grüße\nJonas von Bülow und das Kesselwerk-Team"),
    ("es", "Saludos,\nÍñigo Aranburu y el equipo de Ventas"),
]


@pytest.mark.parametrize(("lang", "closing"), JOINED_UNITS)
def test_units_joined_sign_for_nobody(lang: str, closing: str) -> None:
    assert [d.code for d in run_rules("FL306", _signoff_email("follow-up", lang, closing))] == ["FL306"], closing


@pytest.mark.parametrize(("lang", "closing"), JOINED_PEOPLE)
def test_a_person_joined_to_units_signs(lang: str, closing: str) -> None:
    assert run_rules("FL306", _signoff_email("follow-up", lang, closing)) == [], closing
