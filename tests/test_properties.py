"""Property: arbitrary text as a template and arbitrary mappings as records never make
lint() raise, and every diagnostic it returns is well formed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import followup_lint
from followup_lint import Config, Linter, Severity

# All default rules on, built once (loading every rule pack takes a while).
LINTER = Linter(Config())
SEVERITIES = set(Severity)

KEYS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["first_name", "last_name", "name", "email", "contact", "FirstName", "First Name", "attended",
         "preferred_name", "title", "salutation", "company", "__class__", "_id", "", " ", "ñámé", "名前", "\x00"]
    ),
)
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=24),
    st.sampled_from(
        ["*|FNAME|*", "{{ first_name }}", "{% if x %}", "Parissa", "BEHNIA", "", " ", "test", "Mr. Daniel",
         "JosÃ©", "parissa.behnia@bluefinch.example", "info@acme.example", "Ní Bhriain", "D'Arcy", "李小龙"]
    ),
)
VALUES = st.recursive(
    LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(KEYS, inner, max_size=3)), max_leaves=8
)
RECORD = st.dictionaries(KEYS, VALUES, max_size=6)
# mostly mappings, now and then something that is not a record at all
RECORDS = st.lists(st.one_of(RECORD, RECORD, RECORD, st.integers(), st.just("a row"), st.just(None)), max_size=4)
FRAGMENTS = st.sampled_from(
    [
        "{{ first_name }}", "{{ last_name|title }}", "{{", "}}", "{%", "%}", "{% if x %}", "{% endif %}", "{% else %}",
        "{# ", " #}", "Hi ", "Dear Mr. ", "Hallo ", "Bonjour Madame ", ",", "!", "\n", "\r\n", "*|FNAME|*",
        "{{ contact.first_name|default('there', true) }}", "{% raw %}", "{% endraw %}", "---\n", "subject: x\n",
        "kind: nope\n", "<p>", "</p>", "&amp;", "{# followup-lint: disable=FL006 #}", "{# followup-lint: nonsense #}",
        "{{ x.__class__ }}", "{% for i in range(3) %}", "{% endfor %}", "{{ name | default: 'x' }}",
        "{% unless a %}", "Thanks for attending! Book a demo today.", "{{ preferred_name or first_name }}",
        "{{ 'a' * 10 }}", "{{ 1 / 0 }}", "{{ first_name[0] }}", "{% set ns = namespace(n=0) %}", "\ufeff", "«Name»",
    ]
)
TEMPLATES = st.one_of(st.text(max_size=200), st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=25).map("".join))
SUBJECTS = st.one_of(st.none(), st.text(max_size=40), st.sampled_from(["Re: {{ first_name }}", "Hi *|FNAME|*", "{{ x", "FREE!!!"]))


def check_report(report: followup_lint.Report, records: list[Any]) -> None:
    for d in report.diagnostics:
        assert d.line >= 1 and d.column >= 1, d
        assert d.end_line >= d.line, d
        assert (d.end_line, d.end_column) >= (d.line, d.column), d
        assert d.severity in SEVERITIES, d
        assert d.code and d.name and d.message and d.path, d
        if d.recipient is not None:
            assert 0 <= d.recipient.index < max(len(records), 1), d
            assert d.recipient.row >= 1
    document = report.to_dict()
    assert json.loads(json.dumps(document)) == document
    assert document["summary"]["diagnostics"] == len(report.diagnostics)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(template=TEMPLATES, records=RECORDS, subject=SUBJECTS)
def test_lint_never_raises(template: str, records: list[Any], subject: str | None) -> None:
    if records and not any(isinstance(r, dict) for r in records):
        # not records at all (a list of strings, say): a TypeError that says so, by contract
        with pytest.raises(TypeError, match="recipients must hold records"):
            followup_lint.lint(template, records, subject=subject, linter=LINTER)
        return
    report = followup_lint.lint(template, records, subject=subject, linter=LINTER)
    check_report(report, records)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(template=TEMPLATES, records=st.lists(RECORD, max_size=3))
def test_lint_is_deterministic(template: str, records: list[dict[str, Any]]) -> None:
    first = followup_lint.lint(template, records, linter=LINTER).to_dict()
    second = followup_lint.lint(template, records, linter=LINTER).to_dict()
    assert first == second


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(template=TEMPLATES, records=RECORDS)
def test_personal_data_setting_never_raises(template: str, records: list[Any]) -> None:
    records = records + [{}]  # at least one record: a list of non-records is a TypeError (see above)
    report = followup_lint.lint(template, records, linter=_SHOWING)
    check_report(report, records)


_SHOWING = Linter(Config(show_personal_data=True), registry=LINTER.registry)
