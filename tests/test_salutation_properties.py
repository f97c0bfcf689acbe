"""Property tests: any record, however strange, never crashes a salutation (FL1) or record
(FL4) rule. A crash would show up as FL010 (the engine isolates it) or as an exception from
``lint()``; neither may happen.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_lint.checks import namefacts
from followup_lint.testing import run_rules

GREETING_TEMPLATES = [
    "Hi {{ first_name }},\n\nThanks for joining.\n",
    "Hi {{ last_name }},\n\nThanks for joining.\n",
    "Hello {{ first_name }} {{ last_name }},\n\nThanks.\n",
    "Dear {{ salutation }} {{ last_name }},\n\nThanks.\n",
    "Dear {{ salutation }} {{ first_name }},\n\nThanks.\n",
    "Dear Mr. {{ last_name }},\n\nThanks.\n",
    "Hi {{ first_name | default('there') }},\n\nThanks.\n",
    "Hi {{ first_name | default('there', true) }},\n\nThanks.\n",
    "Hi {{ preferred_name or first_name }},\n\nThanks.\n",
    "Hi {{ first_name or last_name }},\n\nThanks.\n",
    "Hi {% if first_name %}{{ first_name }}{% else %}there{% endif %},\n\nThanks.\n",
    "Hi {{ first_name | trim }} 👋\n\nThanks.\n",
    "<p>Hi {{ first_name }}</p>\n<p>Thanks.</p>\n",
    "Hi {{ name }},\n\nThanks.\n",
    "Hi {{ contact.firstname }},\n\nThanks.\n",
    "Sehr geehrte Frau {{ nachname }},\n\nDanke.\n",
    "Hallo {{ vorname }},\n\nDanke.\n",
    "Bonjour Madame {{ first_name }} !\n\nMerci.\n",
    "Estimada Sra. {{ last_name }}:\n\nGracias.\n",
    "Geachte heer {{ achternaam }},\n\nDank.\n",
    "Hi {{ first_name }} and welcome, {{ company }}!\n\nThanks.\n",
    "Hi Sarah,\n\nThanks.\n",
]

FIELD_NAMES = [
    "first_name", "last_name", "name", "full_name", "preferred_name", "nickname", "salutation",
    "email", "vorname", "nachname", "achternaam", "company", "contact", "First Name", "E-mail",
]

# values people and programs really put in name fields, plus arbitrary text
TRICKY_TEXT = st.sampled_from([
    "", " ", "  \t ", "\u00a0", "\u200b", "\ufeff", "\x00", "\ud800", "\U0010ffff", "None", "null", "N/A",
    "Mr.", "Mr. ", "Dr. Anna", "Behnia, Parissa", ",", ", ,", "{{ first_name }}", "{% raw %}", "*|FNAME|*",
    "JosÃ©", "\u202eBehnia", "ÆØÅ", "Ní Bhriain", "van", "van der", "O'", "'", "-", "McDonald",
    "PARISSA BEHNIA", "a" * 300, "👋", "王伟", "김민준", "محمد", "x@y.z", "@", "a..b@x.com", "\n", "Hi,\nthere",
])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), TRICKY_TEXT,
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["firstname", "lastname", "email", "x"]), inner, max_size=3),
    ),
    max_leaves=6,
)
RECORDS = st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=8)), VALUES, max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(GREETING_TEMPLATES), records=st.lists(RECORDS, min_size=1, max_size=4))
def test_salutation_rules_never_crash(template: str, records: list[dict[str, Any]]) -> None:
    found = run_rules("FL1", template, records)
    assert "FL010" not in [d.code for d in found], [d.message for d in found if d.code == "FL010"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(RECORDS, min_size=1, max_size=5))
def test_record_rules_never_crash(records: list[dict[str, Any]]) -> None:
    found = run_rules("FL4", "Hi {{ first_name }},\n\nThanks.\n", records)
    assert "FL010" not in [d.code for d in found], [d.message for d in found if d.code == "FL010"]


@settings(max_examples=60, deadline=None)
@given(first=SCALARS, last=SCALARS, email=SCALARS, salutation=SCALARS, preferred=SCALARS)
def test_structured_records_never_crash(first: Any, last: Any, email: Any, salutation: Any, preferred: Any) -> None:
    record = {"first_name": first, "last_name": last, "email": email, "salutation": salutation,
              "preferred_name": preferred}
    for template in GREETING_TEMPLATES[:11]:
        found = run_rules(("FL1", "FL4"), template, [record])
        assert "FL010" not in [d.code for d in found]


@settings(max_examples=300, deadline=None)
@given(a=st.text(max_size=30), b=st.text(max_size=30), email=st.one_of(st.none(), st.text(max_size=30)))
def test_name_questions_never_raise(a: str, b: str, email: str | None) -> None:
    namefacts.same_name(a, b)
    namefacts.is_surname_of(a, b)
    namefacts.junk(a, "given")
    namefacts.casing_suggestion(a, "family")
    namefacts.confident_swap(a, b, email)
    namefacts.looks_like_full_name(a)
    namefacts.last_first(a)
    namefacts.leans_family(a)
    namefacts.contains_name(a, b)
    namefacts.given_part(a, b)
    namefacts.first_word(a)
