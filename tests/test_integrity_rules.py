"""Table-driven cases for the template-integrity rules: each must fire where it should, with
the right location, and stay quiet where it should not.

FL004/FL005 live in test_sandbox.py, FL009-FL011/FL014 in test_engine.py, FL012 in
test_templates.py, FL013 in test_api.py and FL020-FL022 in test_recipients.py."""

from __future__ import annotations

from typing import Any

import pytest

from _core_testing import lint0
from followup_lint.testing import codes, run_rules

PARISSA = {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@bluefinch.example"}
WEI = {"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example"}
AIKO = {"first_name": "Aiko", "last_name": "Tanaka", "email": "aiko.tanaka@kumo.example", "company": "Kumo KK"}


def only(code: str, template: str, records: list[dict[str, Any]] = (PARISSA,), **kwargs: Any):  # type: ignore[assignment]
    return lint0(template, list(records), {"select": [code]}, **kwargs).diagnostics


# --------------------------------------------------------------------------- FL001

FL001_FIRES = [
    # (template, line, column, end_column)
    ("Hi {{ first_name }},\n{% if attended %}Thanks for joining!{% endif", 2, 37, 45),
    ("Hi {{ first_name }},\n\nThanks {{ first_name }", 3, 8, 23),
    ("Hi {{ first_name }},\n{% if attended %}\nThanks\n", 2, 1, 18),
    ("Hi {{ first_name }},\n\n  {% endif %}", 3, 3, 14),
    ("Hi {{ first_name | }},", 1, 4, 22),
    ("Hi {{ first_name)) }}", 1, 4, 22),
    ("Hi {% if vip %}friend{% elif %}there{% endif %},", 1, 22, 32),
    ("Hi {{ first_name }} {{ last_name | }},", 1, 21, 38),
    ("{% if attended %}\nThanks\n{% endfor %}", 3, 1, 13),
    ("---\nsubject: Your recording\n---\nHi {{ first_name }} {{ last name }},", 4, 21, 36),
]


@pytest.mark.parametrize(("template", "line", "column", "end_column"), FL001_FIRES)
def test_fl001_fires_with_line_and_column(template: str, line: int, column: int, end_column: int) -> None:
    (found,) = only("FL001", template)
    assert (found.code, found.name) == ("FL001", "template-syntax-error")
    assert (found.line, found.column, found.end_line, found.end_column) == (line, column, line, end_column)
    assert found.message.startswith("template syntax error: ")
    assert found.recipient is None and found.severity == "error"


@pytest.mark.parametrize(
    "template",
    [
        "Hi {{ first_name }},\n{% if attended %}Thanks for joining!{% endif %}",
        "Hi {{ first_name|default('there', true) }},",
        "{% raw %}{{ not jinja {% at all {% endraw %}Hi",
        "Price: {single braces} and 100% {off}",
        "{# a comment with {{ braces }} #}Hi {{ first_name }}",
    ],
)
def test_fl001_does_not_fire(template: str) -> None:
    assert only("FL001", template) == []


def test_fl001_stops_rendering_but_not_the_other_templates() -> None:
    found = lint0("Hi {{ first_name }\n*|FNAME|*", [PARISSA]).diagnostics
    assert codes(found) == ["FL001", "FL006"]


def test_fl001_with_run_rules_helper() -> None:
    found = run_rules("FL001", "Hi {{ first_name }},\n{% if attended %}", [PARISSA])
    assert codes(found) == ["FL001"]


# --------------------------------------------------------------------------- FL002


def test_fl002_names_the_row_and_line() -> None:
    template = "Hi {{ first_name }},\n\nYour seat: {{ 100 // seats }}\n"
    records = [{**PARISSA, "seats": 4}, {**WEI, "seats": 0}, {**AIKO, "seats": "two"}]
    found = only("FL002", template, records)
    assert [(d.recipient.row, d.recipient.index, d.line) for d in found] == [(2, 1, 3), (3, 2, 3)]
    assert "ZeroDivisionError" in found[0].message
    assert "TypeError" in found[1].message
    assert all(d.severity == "error" for d in found)


def test_fl002_missing_nested_object() -> None:
    template = "Hi {{ contact.first_name }},"
    found = only("FL002", template, [{"contact": {"first_name": "Wei"}}, {"email": "aiko.tanaka@kumo.example"}])
    assert [(d.recipient.row, "'contact' is undefined" in d.message) for d in found] == [(2, True)]


@pytest.mark.parametrize(
    "template",
    [
        "Hi {% if contact %}{{ contact.first_name }}{% else %}there{% endif %},",
        "Hi {{ (contact or {}).first_name | default('there', true) }},",
        "Hi {{ contact.first_name if contact is defined else 'there' }},",
    ],
)
def test_fl002_guarded_access_does_not_fire(template: str) -> None:
    assert only("FL002", template, [{"contact": {"first_name": "Wei"}}, {"email": "aiko.tanaka@kumo.example"}]) == []


def test_fl002_is_capped_per_template() -> None:
    records = [{"n": 0} for _ in range(80)]
    assert len(only("FL002", "{{ 1 / n }}", records)) == 50


# --------------------------------------------------------------------------- FL003


@pytest.mark.parametrize(
    ("template", "records", "expected"),
    [
        ("Hi {{ frist_name }},", [PARISSA], "'frist_name' is not a field of any recipient record; did you mean 'first_name'?"),
        ("Hi {{ FirstName }},", [PARISSA, WEI], "'FirstName' is not a field of any of the 2 recipient records; did you mean 'first_name'?"),
        ("Hi {{ contact.frist_name }},", [{"contact": {"first_name": "Wei"}}],
         "'contact.frist_name' is not a field of any recipient record; did you mean 'contact.first_name'?"),
        ("Hi {{ first_name }} from {{ company_nmae }}", [AIKO], "'company_nmae' is not a field of any recipient record; did you mean 'company'?"),
        ("Hi {{ first_name }}, {{ webinar_tilte }}", [PARISSA], "'webinar_tilte' is not a field of any recipient record. It"),
        ("Hi {{ first_name }}, {{ webinar_title }}", [PARISSA], "'webinar_title' is not a field"),
    ],
)
def test_fl003_fires(template: str, records: list[dict[str, Any]], expected: str) -> None:
    (found,) = only("FL003", template, records)
    assert expected in found.message
    assert found.recipient is None  # one finding for the template, not one per record
    assert found.severity == "error"
    assert "renders as empty text" in found.message


def test_fl003_location_and_fix() -> None:
    template = "---\nsubject: Your recording\n---\nHi {{ first_name }},\n\nThanks, {{ frist_name|title }}!"
    (found,) = only("FL003", template, [PARISSA, WEI])
    assert (found.line, found.column, found.end_line, found.end_column) == (6, 12, 6, 22)
    assert found.fix == "first_name"


def test_fl003_each_use_is_reported() -> None:
    found = only("FL003", "Hi {{ frist_name }},\nBye {{ frist_name }}.", [PARISSA])
    assert [(d.line, d.column) for d in found] == [(1, 7), (2, 8)]


def test_fl003_quiet_when_a_fallback_exists() -> None:
    # a deliberate fallback is never an undefined variable; FL321 reports it (tests/test_fallbacks.py)
    assert only("FL003", "Hi {{ nickname|default('there') }}, {{ title or 'friend' }}", [PARISSA]) == []
    assert only("FL003", "{% if contact %}{{ contact.first_name }} {{ contact.last_name }}{% endif %}", [PARISSA]) == []


@pytest.mark.parametrize(
    ("template", "records"),
    [
        ("Hi {{ first_name }},", [PARISSA]),
        ("Hi {{ first_name }} from {{ company }},", [PARISSA, AIKO]),  # one record has it: not a typo
        ("Hi {{ contact.first_name }},", [{"contact": {"first_name": "Wei"}}]),
        ("{% for s in sessions %}{{ s.title }}{% endfor %}", [{"sessions": [{"title": "Cohorts"}]}]),
        ("{% set who = 'team' %}Hi {{ who }},", [PARISSA]),
        ("Hi {{ frist_name }},", []),  # no recipients: nothing to compare with
    ],
)
def test_fl003_does_not_fire(template: str, records: list[dict[str, Any]]) -> None:
    assert only("FL003", template, records) == []


def test_fl003_variable_read_only_in_a_tag() -> None:
    (found,) = only("FL003", "{% if vip %}VIP seat{% endif %} Hi {{ first_name }}", [PARISSA])
    assert "'vip'" in found.message and "template tag" in found.message


def test_fl003_reports_the_missing_root_only() -> None:
    template = "Hi {{ contact.first_name }} {{ contact.last_name }},"
    found = only("FL003", template, [PARISSA])
    assert [(d.message.split("'")[1], d.column) for d in found] == [("contact", 7), ("contact", 32)]


def test_fl003_an_undefined_object_is_reported_even_though_rendering_fails() -> None:
    # `compnay.name` raises while rendering: each row gets FL002, and FL003 still names the typo
    found = lint0("Hi {{ first_name }} from {{ compnay.name }}", [PARISSA, WEI], {"select": ["FL002", "FL003"]})
    rows = [(d.code, d.recipient.row if d.recipient else None) for d in found.diagnostics]
    assert rows == [("FL003", None), ("FL002", 1), ("FL002", 2)]
    assert "'compnay' is undefined" in found.diagnostics[1].message
    assert "did you mean 'company'" in found.diagnostics[0].message or "'compnay'" in found.diagnostics[0].message


# --------------------------------------------------------------------------- FL006

FL006_FIRES = [
    ("Hi *|FNAME|*,", "Mailchimp", "*|FNAME|*"),
    ("Hi %%FirstName%%,", "Salesforce", "%%FirstName%%"),
    ("Hi {!Contact.FirstName},", "Salesforce", "{!Contact.FirstName}"),
    ("Hi %FIRSTNAME%,", "percent-style", "%FIRSTNAME%"),
    ("Hi {contactfield=firstname},", "Mautic", "{contactfield=firstname}"),
    ("Hi ((name)),", "GOV.UK Notify", "((name))"),
    ("Hi «FirstName»,", "Word mail-merge", "«FirstName»"),
    ("Hi [First Name],", "bracket placeholder", "[First Name]"),
    ("Hi {first_name},", "single-brace", "{first_name}"),
    ("Thanks for visiting [Company Name] today.", "bracket placeholder", "[Company Name]"),
]


@pytest.mark.parametrize(("template", "label", "tag"), FL006_FIRES)
def test_fl006_fires_for_each_family(template: str, label: str, tag: str) -> None:
    (found,) = only("FL006", template + "\n\nThanks for joining the webinar.")
    assert found.code == "FL006" and found.recipient is None
    assert label in found.message and repr(tag) in found.message.replace("{{", "{").replace("}}", "}")
    start = template.index(tag) + 1
    assert (found.line, found.column, found.end_column) == (1, start, start + len(tag))


@pytest.mark.parametrize(
    "template",
    [
        "Get 50% off the annual plan",
        "Our CPU use went from 50% to 80%, a 30% drop in cost.",
        "See the notes [1] and the appendix [2].",  # "[link]" is a placeholder now: test_placeholders.py
        "(see above), or see the appendix (page 4).",
        "Hi, a {{ first_name }} Jinja tag is what we want.",
        "{# *|FNAME|* in a comment is never sent #}Hi {{ first_name }}",
        "Prices are in {USD} and {EUR}.",
        # "{email}" and "{contact_email}" are placeholders since issue 11: test_placeholders.py
        "Email me at {the address you used}? No: { } is not a field.",
        "Rated 5/5 by *| attendees |* — stars.",
    ],
)
def test_fl006_does_not_fire(template: str) -> None:
    assert only("FL006", template) == []


def test_fl006_in_the_subject_line() -> None:
    (found,) = only("FL006", "---\nsubject: Your recording, *|FNAME|*\n---\nHi {{ first_name }},\n")
    assert found.line == 2 and "subject line" in found.message


def test_fl006_inside_a_raw_block() -> None:
    # Decision: a raw block still sends its text verbatim, so the tag reaches recipients as
    # written and FL006 fires. If a later tool (the ESP) really fills it, say so with a
    # suppression: it documents the intent, and FL009 reports it once it goes stale.
    template = "Hi {% raw %}*|FNAME|*{% endraw %},"
    (found,) = only("FL006", template)
    assert found.column == template.index("*|") + 1
    assert only("FL0", "Hi {% raw %}*|FNAME|*{% endraw %}, {# followup-lint: disable=FL006 #}") == []


def test_fl006_reports_every_tag() -> None:
    found = only("FL006", "Hi *|FNAME|* *|LNAME|*,\nFrom %%Sender.Name%%")
    assert [(d.line, d.column) for d in found] == [(1, 4), (1, 14), (2, 6)]


# --------------------------------------------------------------------------- FL007


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("*|FNAME|*", "Mailchimp"),
        ("{{ first_name }}", "Jinja"),
        ("{{first_name}}", "Jinja"),
        ("%%FirstName%%", "Salesforce"),
        ("[First Name]", "bracket placeholder"),
        ("{% if vip %}", "Jinja statement"),
    ],
)
def test_fl007_fires_for_a_record_value(value: str, label: str) -> None:
    template = "Hi {{ first_name }},\n\nThanks for joining."
    found = only("FL007", template, [PARISSA, {"first_name": value, "last_name": "Hughes"}, WEI])
    assert [(d.recipient.row, d.recipient.index) for d in found] == [(2, 1)]
    (diagnostic,) = found
    assert label in diagnostic.message
    assert (diagnostic.line, diagnostic.column, diagnostic.end_column) == (1, 7, 17)  # the expression it came from
    assert value not in diagnostic.message  # masked by default


def test_fl007_shows_the_value_when_asked() -> None:
    found = lint0("Hi {{ first_name }},", [{"first_name": "*|FNAME|*"}], {"select": ["FL007"], "show-personal-data": True})
    assert '"*|FNAME|*"' in found.diagnostics[0].message


def test_fl007_in_the_rendered_subject() -> None:
    template = "---\nsubject: A note for {{ company }}\n---\nHi {{ first_name }},\n"
    found = only("FL007", template, [{"first_name": "Aiko", "company": "*|COMPANY|*"}])
    assert len(found) == 1 and "subject line" in found[0].message


@pytest.mark.parametrize(
    "value",
    ["Parissa", "50% off", "Read [link]", "(see above)", "D'Arcy", "Zoë", "", "Mary-Jane {Jr}"],
)
def test_fl007_does_not_fire(value: str) -> None:
    assert only("FL007", "Hi {{ first_name }},\n\nThanks.", [{"first_name": value}]) == []


def test_fl007_ignores_tags_written_in_the_template() -> None:
    # the literal tag is the template's own mistake: FL006 reports it, once, not per recipient
    found = lint0("Hi *|FNAME|* {{ first_name }},", [PARISSA, WEI], {"select": ["FL006", "FL007"]}).diagnostics
    assert codes(found) == ["FL006"]


# --------------------------------------------------------------------------- FL008

FL008_FIRES = [
    ("Hi {{ name | default: 'there' }},", 1, "default:", "default('value')"),
    ("Hi {{ first_name }},\n{{ name|default:'there' }}", 2, "default:", "default('value')"),
    ("Hi {{ first_name }},\n{% unless attended %}Sorry we missed you.{% endunless %}", 2, "unless", "{% if not ... %}"),
    ("{% assign greeting = 'Hi' %}\n{{ greeting }}", 1, "assign", "{% set name = ... %}"),
    ("{% capture who %}{{ first_name }}{% endcapture %}", 1, "capture", "{% set name %}"),
    ("Hi {{ first_name | append: '!' }}", 1, "filter arguments", "filter('value')"),
]


@pytest.mark.parametrize(("template", "line", "what", "jinja"), FL008_FIRES)
def test_fl008_liquid_syntax(template: str, line: int, what: str, jinja: str) -> None:
    found = lint0(template, [PARISSA], {"select": ["FL001", "FL008"]}).diagnostics
    assert codes(found) == ["FL008"]  # instead of a bare syntax error
    (diagnostic,) = found
    assert diagnostic.line == line
    assert what in diagnostic.message and jinja in diagnostic.message
    assert diagnostic.message.startswith("this is Liquid syntax")


@pytest.mark.parametrize(
    "template",
    [
        "Hi {{ name | default('there') }},",
        "Hi {{ name|default('there', true) }},",
        "{% if not attended %}Sorry we missed you.{% endif %}",
        "We'll cover the default: settings in part two.",  # plain text, not a tag
    ],
)
def test_fl008_does_not_fire(template: str) -> None:
    assert lint0(template, [PARISSA], {"select": ["FL001", "FL008"]}).diagnostics == []
