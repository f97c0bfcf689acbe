"""FL506: marks an empty or padded field leaves in a rendered subject line."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules


def template(subject: str) -> str:
    return f'---\nsubject: "{subject}"\nkind: follow-up\n---\nHi {{{{ first_name | default("there", true) }}}},\n\nHere is the deck.\n'


def rec(first: str, company: str = "Bluefinch Labs") -> dict[str, str]:
    return {"first_name": first, "last_name": "Behnia", "company": company, "email": "parissa.behnia@bluefinch.example"}


@pytest.mark.parametrize(
    ("subject", "record", "fires"),
    [
        ("{{ first_name }}, the cohort worksheet from Tuesday", rec(""), True),
        ("{{ first_name }}, the cohort worksheet from Tuesday", rec("   "), True),
        ("The worksheet for {{ company }}", rec("Parissa", company=""), False),  # ends "for": odd but no mark
        ("Your worksheet, {{ first_name }}", rec(""), True),
        ("Notes for {{ first_name }} {{ last_name }} from Tuesday", rec(""), True),  # double space
        ("{{ company }} - your cohort review", rec("Parissa", company=""), True),
        ("{{ first_name }}, the cohort worksheet from Tuesday", rec("Parissa"), False),
        ("Your worksheet, {{ first_name }}", rec("Parissa"), False),
        ("{{ company }} - your cohort review", rec("Parissa"), False),
        ("Q&A follow-up: the cohort worksheet", rec(""), False),  # static subject: not this rule
        ("{{ first_name | default('Your', true) }} cohort worksheet", rec(""), False),
        ("Re: {{ first_name }}'s question - the answer", rec("Parissa"), False),  # the dash is the template's own
        ("{% if first_name %}{{ first_name }}, your{% else %}Your{% endif %} cohort worksheet", rec(""), False),
    ],
)
def test_broken_subject_merge(subject: str, record: dict[str, str], fires: bool) -> None:
    found = codes(run_rules("FL506", template(subject), [record]))
    assert found == (["FL506"] if fires else [])


def test_subject_value_is_masked_by_default() -> None:
    [diagnostic] = run_rules("FL506", template("{{ first_name }}, the worksheet"), [rec("")], show_personal_data=False)
    assert diagnostic.line == 2 and diagnostic.recipient is not None
    assert "the worksheet" not in diagnostic.message
