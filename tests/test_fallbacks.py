"""Deliberate fallbacks are not undefined variables (FL003); FL321 says, as info, when the
whole list lacks the column so that everyone gets the fallback."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

HUBSPOT = [  # a HubSpot contact export: no company column at all
    {"firstname": "Parissa", "lastname": "Behnia", "email": "parissa@bluefinch.example", "jobtitle": "Head of RevOps"},
    {"firstname": "Kwame", "lastname": "Mensah", "email": "kwame@kestrel.example", "jobtitle": "CTO"},
    {"firstname": "Siobhán", "lastname": "Ní Bhriain", "email": "siobhan@harbourline.example", "jobtitle": "VP Sales"},
]

GUARDED = [
    pytest.param("Great to meet {{ company|default('your team', true) }} on Tuesday.", "company", id="default-true"),
    pytest.param("Great to meet {{ company | default('your team') }} on Tuesday.", "company", id="default"),
    pytest.param("Great to meet {{ company | d('your team') }} on Tuesday.", "company", id="d-alias"),
    pytest.param("Great to meet {{ company or 'your team' }} on Tuesday.", "company", id="or"),
    pytest.param("{% if company is defined %}Great to meet {{ company }}.{% endif %}", "company", id="is-defined"),
    pytest.param("{% if company is not defined %}Great to meet you.{% else %}Hi {{ company }}.{% endif %}", "company",
                 id="is-not-defined"),
    pytest.param("{% if company %}Great to meet the {{ company }} team.{% endif %}", "company", id="if-guard"),
    pytest.param("{% if contact is defined %}{{ contact.company }}{% endif %} team", "contact", id="parent-defined"),
    pytest.param("You work in {{ industry | default('your industry', true) }}.", "industry", id="industry"),
    pytest.param("Great to meet {{ company if company is defined else 'your team' }}.", "company", id="inline-if"),
    # the fallback is given where the value is stored, or by the other branch of a negated test
    pytest.param("{% set org = company or 'your team' %}Great to meet {{ org }}.", "company", id="set-or"),
    pytest.param("{% set org = company | default('your team', true) %}Great to meet {{ org }}.", "company",
                 id="set-default"),
    pytest.param("{% with org = company or 'you' %}Great to meet {{ org }}.{% endwith %}", "company", id="with-or"),
    pytest.param("{% if not company %}Great to meet you.{% else %}Great to meet {{ company }}.{% endif %}", "company",
                 id="if-not-else"),
]


@pytest.mark.parametrize(("body", "column"), GUARDED)
def test_a_guarded_variable_is_never_fl003(body: str, column: str) -> None:
    template = "Hi {{ firstname }},\n\n" + body + "\n\nBest,\nDana Okafor"
    assert run_rules("FL003", template, HUBSPOT) == []
    [info] = run_rules("FL321", template, HUBSPOT)
    assert info.severity.value == "info"
    assert info.message.startswith(f"{column!r} is not a column of any of the 3 recipient records")


UNGUARDED = [
    pytest.param("Great to meet {{ company }} on Tuesday.", id="plain"),
    pytest.param("{% if company == 'Acme' %}Hi Acme.{% endif %}", id="compared-not-defined-tested"),
    pytest.param("Great to meet {{ company }}, or {{ company | default('you') }}.", id="one-use-without-fallback"),
    pytest.param("{% set org = company %}Great to meet {{ org }}.", id="set-without-fallback"),
    pytest.param("{% set org = company ~ ' team' %}Great to meet the {{ org }}.", id="set-concatenated"),
    pytest.param("{% if company %}Hi.{% else %}Great to meet {{ company }}.{% endif %}", id="else-of-a-positive-test"),
    pytest.param("{% with org = company %}Great to meet {{ org }}.{% endwith %}", id="with-without-fallback"),
]


@pytest.mark.parametrize("body", UNGUARDED)
def test_an_unguarded_variable_is_still_fl003(body: str) -> None:
    template = "Hi {{ firstname }},\n\n" + body + "\n\nBest,\nDana Okafor"
    assert {d.code for d in run_rules("FL003", template, HUBSPOT)} == {"FL003"}  # one finding per use
    assert run_rules("FL321", template, HUBSPOT) == []


def test_fallback_quiet_when_some_record_has_the_column() -> None:
    records = HUBSPOT + [{"firstname": "Aiko", "lastname": "Tanaka", "email": "aiko@kumo.example", "company": "Kumo KK"}]
    template = "Hi {{ firstname }},\n\nGreat to meet {{ company | default('your team', true) }}.\n\nBest,\nDana"
    assert run_rules(("FL003", "FL321"), template, records) == []


def test_fallback_without_recipients_is_quiet() -> None:
    template = "Hi {{ firstname }},\n\nGreat to meet {{ company | default('your team', true) }}.\n\nBest,\nDana"
    assert run_rules(("FL003", "FL321"), template) == []


def test_a_misspelt_guarded_column_is_a_warning_with_the_likely_name() -> None:
    template = "Hi {{ firstname }},\n\nAs {{ jobtitel | default('a leader', true) }} you know the problem.\n\nBest,\nDana"
    [found] = run_rules(("FL003", "FL321"), template, HUBSPOT)
    assert (found.code, found.severity.value) == ("FL321", "warning")
    assert "did you mean 'jobtitle'?" in found.message and found.fix == "jobtitle"
    assert "'a leader'" in found.message


@pytest.mark.parametrize(("subject", "fires"), [
    pytest.param("Notes for {{ compnay }}", True, id="misspelt-in-subject"),
    pytest.param("{{ firstname }}, your notes from {{ company_name }}", True, id="missing-column-in-subject"),
    pytest.param("Notes for {{ company|default('your team', true) }}", False, id="default-in-subject"),
    pytest.param("Notes for {{ company or 'your team' }}", False, id="or-in-subject"),
    pytest.param("{% if company %}{{ company }}: {% endif %}your notes", False, id="if-in-subject"),
    pytest.param("Your notes, {{ firstname }}", False, id="known-column-in-subject"),
])
def test_the_subject_line_is_checked_too(subject: str, fires: bool) -> None:
    found = run_rules("FL003", "Hi {{ firstname }},\n\nThe notes are attached.\n\nBest,\nDana Okafor", HUBSPOT,
                      subject=subject)
    assert [d.code for d in found] == (["FL003"] if fires else [])
    if fires:
        assert found[0].line == 1 and "subject line" in found[0].message
