"""FL320 junk-merge-value: placeholders ("N/A", "-", "TBD") in any field a message shows, and
the field-agnostic junk test it shares with the per-column facts (names.junk.field_junk)."""

from __future__ import annotations

from typing import Any

import pytest

from followup_lint.names.field_junk import FieldJunk, field_junk
from followup_lint.testing import run_rules


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("N/A", FieldJunk.PLACEHOLDER), ("n/a", FieldJunk.PLACEHOLDER), ("#N/A", FieldJunk.PLACEHOLDER),
        ("null", FieldJunk.PLACEHOLDER), ("NULL", FieldJunk.PLACEHOLDER), ("None", FieldJunk.PLACEHOLDER),
        ("none", FieldJunk.PLACEHOLDER), ("test", FieldJunk.PLACEHOLDER), ("TBD", FieldJunk.PLACEHOLDER),
        ("Not applicable", FieldJunk.PLACEHOLDER), ("to be determined", FieldJunk.PLACEHOLDER),
        ("unknown", FieldJunk.PLACEHOLDER), ("xxx", FieldJunk.PLACEHOLDER), ("#VALUE!", FieldJunk.PLACEHOLDER),
        ("-", FieldJunk.SYMBOLS), ("--", FieldJunk.SYMBOLS), ("?", FieldJunk.SYMBOLS), ("...", FieldJunk.SYMBOLS),
        ("0", FieldJunk.ZERO), ("0.0", FieldJunk.ZERO),
        ("{{ company }}", FieldJunk.MERGE_TAG), ("*|COMPANY|*", FieldJunk.MERGE_TAG),
        ("[Company Name]", FieldJunk.MERGE_TAG), ("<company>", FieldJunk.MERGE_TAG), ("{company}", FieldJunk.MERGE_TAG),
        ("%COMPANY%", FieldJunk.MERGE_TAG), ("Northwind (EMEA)", None), ("[24]7.ai", None),
        # real values
        ("Northwind Analytics", None), ("3M", None), ("37signals", None), ("1Password", None), ("Zoë's Bakery", None),
        ("Customer Success Lead", None), ("Other", None), ("Guest services", None), ("NA Foods", None),
        ("Nulab", None), ("Testim", None), ("A/B testing", None), ("", None), ("   ", None),
    ],
)
def test_field_junk(value: str, expected: FieldJunk | None) -> None:
    assert field_junk(value) == expected


def test_zero_is_a_value_in_a_quantity() -> None:
    assert field_junk("0", zero_is_a_value=True) is None
    assert field_junk("N/A", zero_is_a_value=True) == FieldJunk.PLACEHOLDER
    assert field_junk(0) is None  # a JSON number is a value


PITCH = """Hi {{ first_name }},

Here is how {{ company }} could spot churn earlier: the cohort view in section 3 shows it for {{ industry }} teams.

Best,
Dana Okafor
"""
QUESTION = """Hi {{ first_name }},

{% if question %}You asked "{{ question }}" during the Q&A.{% endif %} The recording is here: {{ recording_url }}

Best,
Dana Okafor
"""
SESSIONS = "Hi {{ first_name }},\n\nYou joined {{ sessions_attended }} of our sessions this quarter.\n\nBest,\nDana Okafor"
ROLE = "Hi {{ first_name }},\n\nAs {{ job_title }} at {{ company | default('your team', true) }} you know the problem.\n\nBest,\nDana"


def person(**fields: Any) -> dict[str, Any]:
    return {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa@bluefinch.example", **fields}


SUBJECT = "---\nsubject: \"A question for {{ company }}\"\n---\nHi {{ first_name }},\n\nDo you have a minute?\n\nBest,\nDana"

FIRES = [
    pytest.param(SUBJECT, person(company="N/A"), "company", id="subject-line"),
    pytest.param(PITCH, person(company="N/A", industry="SaaS"), "company", id="company-n/a"),
    pytest.param(PITCH, person(company="Contoso Health", industry="-"), "industry", id="industry-dash"),
    pytest.param(PITCH, person(company="#N/A", industry="Retail"), "company", id="excel-n/a"),
    pytest.param(PITCH, person(company="null", industry="Retail"), "company", id="json-null-text"),
    pytest.param(PITCH, person(company="TBD", industry="Logistics"), "company", id="tbd"),
    pytest.param(PITCH, person(company="test", industry="Logistics"), "company", id="test-record"),
    pytest.param(PITCH, person(company="0", industry="Logistics"), "company", id="zero-company"),
    pytest.param(QUESTION, person(question="none", recording_url="https://zoom.us/rec/1"), "question", id="question-none"),
    pytest.param(ROLE, person(job_title="N/A", company="Fabrikam GmbH"), "job_title", id="hubspot-job-title"),
    pytest.param(ROLE, person(job_title="Head of RevOps", company="n/a"), "company", id="fallback-does-not-cover-n/a"),
]

QUIET = [
    pytest.param(SUBJECT, person(company="Bluefinch Labs"), id="subject-line-real-company"),
    pytest.param(PITCH, person(company="Northwind Analytics", industry="SaaS"), id="real-values"),
    pytest.param(PITCH, person(company="3M", industry="Manufacturing"), id="digits-in-a-name"),
    pytest.param(QUESTION, person(question="", recording_url="https://zoom.us/rec/1"), id="empty-is-fl307s"),
    pytest.param(SESSIONS, person(sessions_attended="0"), id="zero-sessions-is-a-count"),
    pytest.param(SESSIONS, person(sessions_attended=3), id="json-number"),
    pytest.param(PITCH, {"first_name": "N/A", "last_name": "Behnia", "company": "Acme", "industry": "SaaS"},
                 id="greeting-name-is-fl105s"),
    pytest.param(QUESTION, person(question="How do we define an active user?", recording_url="N/A"), id="links-are-plumbing"),
    pytest.param(ROLE, person(job_title="Customer Success Lead", company="Other World Computing"), id="other-is-a-word"),
]


@pytest.mark.parametrize(("template", "record", "field"), FIRES)
def test_junk_value_fires(template: str, record: dict[str, Any], field: str) -> None:
    [finding] = run_rules("FL320", template, [record], show_personal_data=False)
    assert finding.message.startswith(f"{field!r} holds ")
    value = record[field]
    assert f'"{value}"' not in finding.message and f"'{value}'" not in finding.message  # never the value
    assert finding.recipient is not None and finding.recipient.row == 1


@pytest.mark.parametrize(("template", "record"), QUIET)
def test_junk_value_quiet(template: str, record: dict[str, Any]) -> None:
    assert run_rules("FL320", template, [record]) == []


def test_each_recipient_is_reported_with_the_field_named() -> None:
    records = [person(company=c, industry="SaaS") for c in ("N/A", "Northwind Analytics", "-", "N/A", "Contoso")]
    found = run_rules("junk-merge-value", PITCH, records, show_personal_data=False)
    assert [d.recipient.row for d in found] == [1, 3, 4]
    assert all(d.message.startswith("'company' holds") for d in found)


# every placeholder of issue 11 item 6 and its kin, in the five languages, against real values
# that contain the same letters or symbols ------------------------------------------------

JUNK_IN_ANY_FIELD = [
    "N/A", "n.a.", "NA", "-", "--", "---", "–", "null", "NULL", "None", "--None--", "none", "test", "Test", "TEST",
    "TBD", "tbc", "#N/A", "0", "(blank)", "(none)", "[blank]", "<blank>", "(empty)", "unknown", "Unknown", "?", "??",
    "x", "xx", "XX", "n/d", "s/d", "please select", "--Select--", "Select one", "not provided", "no company",
    # German
    "k.A.", "k. A.", "keine Angabe", "Keine", "unbekannt", "nicht bekannt", "s.o.", "entfällt",
    # French
    "aucun", "Aucune", "inconnu", "non renseigné", "Néant", "n.c.", "NC.", "sans objet", "à définir",
    # Spanish
    "ninguno", "Ninguna", "desconocido", "sin datos", "no aplica", "no disponible", "por definir",
    # Dutch
    "geen", "nvt", "n.v.t.", "onbekend", "niet bekend", "niet van toepassing", "n.b.",
    # test records and template text left in a field
    "test1", "Test123", "Test Company", "test account", "Testfirma", "Your Company", "Company Name", "[not provided]",
]
REAL_VALUES = [
    "Rolls-Royce", "Test & Tag Ltd", "Test IO", "Testim", "Unknown Worlds Studio", "None Such Records",
    "Null Island Maps", "X-Rite", "XO Group", "Xerox", "Geentech", "Aucun Souci SARL", "Nadal Logística",
    "Sin City Tattoo", "Keine Sorgen Reisen", "Bureau Onbekend Talent", "Non Stop Media", "NC State University",
    "SD Worx", "KA Architekten", "s.Oliver", "Niet Normaal", "A/B testing", "R&D", "Haute-Savoie", "3M",
    "0800 Repairs", "X", "Zero Waste Ltd", "Pharmaceuticals", "Sainte-Foy-lès-Lyon", "Ōita", "Den Haag",
    "Kleine Zeitung", "Gent", "Geel", "Aucamville", "Nin", "Xi'an", "Ns", "e.V.", "Na Pali Tours",
    "Test 2 Ltd", "Testa Rossa Motors", "Company 7 Studios", "Your Name Here Records", "Testbirds GmbH", "Acme",
]


# spreadsheet error values as each language's Excel, LibreOffice or Google Sheets writes them
# (a lookup that found nothing, a broken formula), and "not applicable" abbreviations written
# with a space; against real values that share their letters or start with "#"
SPREADSHEET_ERRORS = [
    "#N/A", "#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#ERROR!", "#SPILL!",  # English
    "#NV", "#WERT!", "#BEZUG!", "#ZAHL!", "#NAME?", "#ÜBERLAUF!",  # German
    "#N/A", "#VALEUR!", "#NOM?", "#NOMBRE!", "#NUL!",  # French
    "#¡VALOR!", "#¡REF!", "#¿NOMBRE?", "#¡DIV/0!", "#¡NUM!", "#N/D",  # Spanish (and Portuguese/Italian #N/D)
    "#N/B", "#WAARDE!", "#VERW!", "#NAAM?", "#DEEL/0!", "#GETAL!",  # Dutch
    "Err:502", "#nv", " #NV ", "n. a.", "N. A.", "n. v. t.", "k. A.", "s. o.", "n / d", "ND", "nd",
]
NOT_SPREADSHEET_ERRORS = [
    "#1 Garage Doors", "#WeAreHiring", "#Hashtag Media", "#NAME Studio", "#Ref Agency", "Ref! Design",
    "Wert & Partner", "Valeur Conseil", "N.B. Thompson Ltd", "NV Bekaert", "N.V. Nutsbedrijf", "Bezug GmbH",
    "Nombre Studio", "Valor Seguros", "Na Pali Tours", "ND Logistics", "Nordic Data", "Err Consulting",
    "Kaa Architekten", "So Fine Bakery", "Nadia", "Division 0 Records", "Naam & Co", "Getal BV",
]


@pytest.mark.parametrize("value", SPREADSHEET_ERRORS)
def test_spreadsheet_errors_and_spaced_abbreviations_are_junk(value: str) -> None:
    assert field_junk(value) is not None


@pytest.mark.parametrize("value", NOT_SPREADSHEET_ERRORS)
def test_values_that_share_their_letters_are_real(value: str) -> None:
    assert field_junk(value) is None


@pytest.mark.parametrize("value", JUNK_IN_ANY_FIELD)
def test_every_kind_of_placeholder_is_junk(value: str) -> None:
    assert field_junk(value) is not None


@pytest.mark.parametrize("value", REAL_VALUES)
def test_real_values_that_look_like_placeholders_are_not(value: str) -> None:
    assert field_junk(value) is None


def _mail(body: str, lang_greeting: str = "Hi", closing: str = "Best,\nDana Okafor") -> str:
    return f"{lang_greeting} {{{{ first_name }}}},\n\n{body}\n\n{closing}\n"


KINDS_FIRE = [
    # (template body, field, value): a company, an industry, a city, a job title, a product, a pain point
    pytest.param(_mail("Examples from {{ industry }} companies are attached."), "industry", "-", id="industry-dash"),
    pytest.param(_mail("We host a breakfast in {{ city }} next month."), "city", "0", id="city-zero"),
    pytest.param(_mail("Teams like {{ company }} use it."), "company", "x", id="company-x"),
    pytest.param(_mail("Teams like {{ company }} use it."), "company", "(blank)", id="company-excel-blank"),
    pytest.param(_mail("Teams like {{ company }} use it."), "company", "--None--", id="salesforce-picklist-none"),
    pytest.param(_mail("As {{ job_title }} you own this."), "job_title", "Please select", id="form-dropdown-default"),
    pytest.param(_mail("Beispiele aus der Branche {{ branche }} hängen an.", "Hallo", "Viele Grüße\nEckhart Zimmermann"),
                 "branche", "k.A.", id="de-keine-angabe"),
    pytest.param(_mail("Wir sind nächste Woche in {{ ort }}.", "Hallo", "Viele Grüße\nEckhart Zimmermann"),
                 "ort", "s.o.", id="de-siehe-oben"),
    pytest.param(_mail("Nous serons à {{ ville }} en janvier.", "Bonjour", "Cordialement,\nArmelle Rocher"),
                 "ville", "aucune", id="fr-aucune"),
    pytest.param(_mail("Empresas como {{ empresa }} ya lo usan.", "Hola", "Saludos,\nLucía Fernández"),
                 "empresa", "ninguno", id="es-ninguno"),
    pytest.param(_mail("Bedrijven als {{ bedrijf }} gebruiken het al.", "Hoi", "Groet,\nPieter van der Berg"),
                 "bedrijf", "nvt", id="nl-nvt"),
    pytest.param(_mail("Bedrijven als {{ bedrijf }} gebruiken het al.", "Hoi", "Groet,\nPieter van der Berg"),
                 "bedrijf", "geen", id="nl-geen"),
    pytest.param(_mail("Here is how {{ company | upper }} could spot churn earlier."), "company", "n/a",
                 id="filter-changes-the-case"),
]
KINDS_QUIET = [
    pytest.param(_mail("Teams like {{ company }} use it."), "company", "Rolls-Royce", id="hyphen-inside-a-name"),
    pytest.param(_mail("Teams like {{ company }} use it."), "company", "Test & Tag Ltd", id="test-in-a-company-name"),
    pytest.param(_mail("Teams like {{ company }} use it."), "company", "X-Rite", id="x-in-a-company-name"),
    pytest.param(_mail("You have {{ open_tickets }} open tickets."), "open_tickets", "0", id="zero-in-a-count-field"),
    pytest.param(_mail("You joined {{ n }} sessions."), "n", "0", id="zero-before-a-unit"),
    pytest.param(_mail("{% if seats|int > 0 %}You use {{ seats }} seats.{% endif %}"), "seats", "0",
                 id="zero-guarded-as-a-number"),
    pytest.param(_mail("Wir sind nächste Woche in {{ ort }}.", "Hallo", "Viele Grüße\nEckhart Zimmermann"),
                 "ort", "Sankt Augustin", id="de-real-city"),
    pytest.param(_mail("Nous serons à {{ ville }} en janvier.", "Bonjour", "Cordialement,\nArmelle Rocher"),
                 "ville", "Aucamville", id="fr-real-town"),
    pytest.param(_mail("Empresas como {{ empresa }} ya lo usan.", "Hola", "Saludos,\nLucía Fernández"),
                 "empresa", "Nadal Logística", id="es-real-company"),
    pytest.param(_mail("Bedrijven in {{ stad }} gebruiken het al.", "Hoi", "Groet,\nPieter van der Berg"),
                 "stad", "Geel", id="nl-real-town"),
    pytest.param(_mail("{% if company not in ['x', '-', 'n/a'] %}Teams like {{ company }} use it.{% endif %}"),
                 "company", "x", id="template-leaves-junk-out"),
    pytest.param(_mail("Teams like yours use it."), "company", "N/A", id="column-not-shown"),
    pytest.param(_mail("Teams like {{ company }} use it."), "company", "s.Oliver", id="brand-with-dots"),
]


@pytest.mark.parametrize(("template", "field", "value"), KINDS_FIRE)
def test_junk_in_every_kind_of_field_fires(template: str, field: str, value: str) -> None:
    record = {"first_name": "Annika", "last_name": "Lindström", "email": "annika@lindstrom.example", field: value}
    found = run_rules("FL320", template, [record], show_personal_data=False)
    assert [d.message.split(" holds ")[0] for d in found] == [repr(field)]


@pytest.mark.parametrize(("template", "field", "value"), KINDS_QUIET)
def test_real_values_and_counts_are_quiet(template: str, field: str, value: str) -> None:
    record = {"first_name": "Annika", "last_name": "Lindström", "email": "annika@lindstrom.example", field: value}
    assert run_rules("FL320", template, [record]) == []


COUNTS_FIRE = [
    # "0" where the template means a name or a place, whatever comes after it
    pytest.param("Teams like {{ company }} new to us get a call.", "company", id="company-zero-before-a-word"),
    pytest.param("We meet in {{ city }} office hours.", "city", id="city-zero"),
    pytest.param("Your {{ industry }} peers agree.", "industry", id="industry-zero"),
    pytest.param("Empresas como {{ nombre_empresa }} ya lo usan.", "nombre_empresa", id="es-nombre-is-a-name"),
    pytest.param("Bedrijven als {{ bedrijfsnaam }} 24 uur per dag.", "bedrijfsnaam", id="nl-company-before-a-count"),
    # a qualifier before a singular noun names a thing, not a count
    pytest.param("Your open position for {{ open_position }} caught my eye.", "open_position", id="singular-after-open"),
    pytest.param("The {{ active_segment }} segment grew.", "active_segment", id="singular-segment"),
    pytest.param("Teams in {{ new_markets_region }} use it.", "new_markets_region", id="plural-not-last"),
    pytest.param("Notes: {{ notes }}.", "notes", id="plural-without-qualifier"),
    # the singular of a counted noun names a thing ("accounts" counts, "account" is a company)
    pytest.param("Teams at {{ account }} use it.", "account", id="singular-account"),
]
COUNTS_QUIET = [
    pytest.param("You have {{ open_roles }} open roles on the board.", "open_roles", id="roles-count"),
    pytest.param("You have {{ n }} new leads this week.", "n", id="unit-after-an-adjective"),
    pytest.param("{{ deals_won }} deals closed this quarter.", "deals_won", id="deals-count"),
    pytest.param("Ihr Team hat {{ anzahl }} offene Stellen.", "anzahl", id="de-anzahl"),
    pytest.param("Vous avez {{ nombre_commandes }} commandes.", "nombre_commandes", id="fr-nombre"),
    # a qualifier and a plural noun name a count, whatever the noun
    pytest.param("{{ company }} has {{ open_incidents }} incidents open with us.", "open_incidents", id="open-incidents"),
    pytest.param("We see {{ active_integrations }} integrations in use.", "active_integrations", id="active-plural"),
    pytest.param("There are {{ pending_approvals }} approvals waiting.", "pending_approvals", id="pending-plural"),
    pytest.param("Sie haben {{ offene_tickets }} Vorgänge.", "offene_tickets", id="de-offene"),
    # the noun the name counts follows the variable ("{{ escalations_q3 }} escalations")
    pytest.param("You logged {{ escalations_q3 }} escalations in Q3.", "escalations_q3", id="name-noun-follows"),
    # singular and British spellings of the counted nouns
    pytest.param("You still hold {{ licences }} unused licences.", "licences", id="british-licences"),
    pytest.param("Your plan has {{ seat_count }} seats free.", "seat_count", id="seat-count"),
    pytest.param("Ihr Team hat {{ mitarbeiterzahl }} Köpfe.", "mitarbeiterzahl", id="de-compound-zahl"),
]


@pytest.mark.parametrize(("body", "field"), COUNTS_FIRE)
def test_zero_in_a_text_field_fires(body: str, field: str) -> None:
    record = {"first_name": "Kwame", "last_name": "Asante", field: "0"}
    assert [d.code for d in run_rules("FL320", _mail(body), [record])] == ["FL320"]


@pytest.mark.parametrize(("body", "field"), COUNTS_QUIET)
def test_zero_in_a_count_is_an_answer(body: str, field: str) -> None:
    record = {"first_name": "Kwame", "last_name": "Asante", field: "0"}
    assert run_rules("FL320", _mail(body), [record]) == []


HUBSPOT_JSON = {"properties": {"firstname": "Siobhán", "company": "Harbourline", "industry": "-"},
                "email": "siobhan@harbourline.example", "first_name": "Siobhán"}


def test_junk_in_a_nested_json_field_fires() -> None:
    found = run_rules("FL320", _mail("Examples from {{ properties.industry }} companies."), [HUBSPOT_JSON])
    assert [d.message.split(" holds ")[0] for d in found] == ["'properties.industry'"]


def test_a_real_value_in_a_nested_json_field_is_quiet() -> None:
    assert run_rules("FL320", _mail("Teams like {{ properties.company }} use it."), [HUBSPOT_JSON]) == []


# a value of one or two symbols ("-", "?", "0") is found in the message where the template puts
# it, not anywhere: a hyphen, a question mark or a zero elsewhere in the text does not make a
# branch the recipient does not get visible
SHORT_FIRE = [
    pytest.param("Examples from {{ industry }} companies - see the attached check-in list.", "industry", "-",
                 id="dash-shown-and-dashes-elsewhere"),
    pytest.param("See you in {{ city }}? Reply with any questions?", "city", "?", id="question-mark-shown"),
    pytest.param("Teams like {{ company }} closed 2020 with us.", "company", "0", id="zero-shown"),
]
SHORT_QUIET = [
    pytest.param("{% if industry not in ['-', 'n/a'] %}Examples from {{ industry }} companies. {% endif %}"
                 "Our check-in form is attached.", "industry", "-", id="dash-left-out-hyphen-elsewhere"),
    pytest.param("{% if city != '?' %}See you in {{ city }}. {% endif %}Any questions? Reply here.", "city", "?",
                 id="question-mark-left-out"),
    pytest.param("{% if company != '0' %}Teams like {{ company }} use it. {% endif %}We cut costs 10% in 2020.",
                 "company", "0", id="zero-left-out"),
]


@pytest.mark.parametrize(("body", "field", "value"), SHORT_FIRE)
def test_a_short_junk_value_shown_where_the_template_puts_it(body: str, field: str, value: str) -> None:
    record = {"first_name": "Annika", "last_name": "Lindström", field: value}
    assert [d.code for d in run_rules("FL320", _mail(body), [record])] == ["FL320"]


@pytest.mark.parametrize(("body", "field", "value"), SHORT_QUIET)
def test_a_short_junk_value_left_out_is_not_found_elsewhere(body: str, field: str, value: str) -> None:
    record = {"first_name": "Annika", "last_name": "Lindström", field: value}
    assert run_rules("FL320", _mail(body), [record]) == []


# "NA" is North America in a region field (beside EMEA, APAC, LATAM): a region code, not "not
# available". The slash forms ("N/A", "#N/A") stay junk there, and "NA" stays junk elsewhere.
REGION_QUIET = [
    ("Our team for {{ region }} is ready.", "region", "NA"),
    ("Our team for {{ region }} is ready.", "region", "N.A."),
    ("Our team for {{ sales_region }} is ready.", "sales_region", "NA"),
    ("Wir haben ein Team für {{ markt }}.", "markt", "NA"),
    ("Une équipe pour {{ territoire }} est prête.", "territoire", "NA"),
    ("Our {{ Continent }} team is ready.", "Continent", "na"),
]
REGION_FIRE = [
    ("Our team for {{ region }} is ready.", "region", "N/A"),
    ("Our team for {{ region }} is ready.", "region", "#N/A"),
    ("Our team for {{ sales_region }} is ready.", "sales_region", "TBD"),
    ("Wir haben ein Team für {{ markt }}.", "markt", "k.A."),
    ("Teams like {{ company }} use it.", "company", "NA"),
    ("Our {{ segment }} team is ready.", "segment", "N.A."),
]


def test_the_region_tables_are_balanced() -> None:
    assert len(REGION_QUIET) == len(REGION_FIRE)


@pytest.mark.parametrize(("body", "field", "value"), REGION_QUIET)
def test_na_is_north_america_in_a_region_field(body: str, field: str, value: str) -> None:
    record = {"first_name": "Madison", "last_name": "Kealoha", field: value}
    assert run_rules("FL320", _mail(body), [record]) == []


@pytest.mark.parametrize(("body", "field", "value"), REGION_FIRE)
def test_not_available_stays_junk_in_and_out_of_region_fields(body: str, field: str, value: str) -> None:
    record = {"first_name": "Madison", "last_name": "Kealoha", field: value}
    assert [d.code for d in run_rules("FL320", _mail(body), [record])] == ["FL320"]
