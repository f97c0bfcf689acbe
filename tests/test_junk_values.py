"""FL320 junk-merge-value: placeholders ("N/A", "-", "TBD") in any field a message shows, and
the field-agnostic junk test it shares with the per-column facts (names.junk.field_junk)."""

from __future__ import annotations

from typing import Any

import pytest

from followup_lint.names.junk import FieldJunk, field_junk
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
