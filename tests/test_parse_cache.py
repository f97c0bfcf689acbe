"""parse_cache.subject_names: the names a templated subject line reads, one function for the
undefined-variable, no-recipient-data, junk-value and same-value checks, the per-column facts
and the personalization score (five copies before)."""

from __future__ import annotations

import pytest

from followup_lint.parse_cache import subject_names

READS = [
    ("Your recording, {{ first_name }}", False, {"first_name"}),
    ("Notes for {{ company | default('your team') }}", False, {"company"}),
    ("{{ first_name }}, a question about {{ pain_point }}", False, {"first_name", "pain_point"}),
    ("Für {{ firma }}: Ihre Aufzeichnung", False, {"firma"}),
    ("{% if vip %}Votre invitation VIP{% else %}Votre invitation{% endif %}", True, {"vip"}),
    ("{% if vip %}VIP: {{ first_name }}{% endif %}", False, {"vip", "first_name"}),
]
READS_NOTHING = [
    (None, True),
    ("", True),
    ("Your recording is ready", True),
    ("{% if vip %}VIP offer{% endif %}", False),  # no printed tag: statements not asked for
    ("Notes for {{ company ", True),  # does not parse: reported as a syntax error elsewhere
    ("Ihre Aufzeichnung {{ }}", False),
]


@pytest.mark.parametrize(("subject", "statements", "names"), READS)
def test_the_names_a_subject_reads(subject: str, statements: bool, names: set[str]) -> None:
    assert subject_names(subject, statements=statements) == frozenset(names)


@pytest.mark.parametrize(("subject", "statements"), READS_NOTHING)
def test_a_subject_that_reads_nothing(subject: str | None, statements: bool) -> None:
    assert subject_names(subject, statements=statements) == frozenset()
