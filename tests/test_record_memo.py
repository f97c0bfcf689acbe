"""The per-record memos (render_memo.py, check_memo.py) never change a finding.

Each case lints a list whose records share some values and differ in others, once as shipped and
once with both memos switched off, and wants the same diagnostics in the same order, each on its
own row and with its own recipient's identity. The lists are built so that a memo keyed on too
few values would give one record another's answer: the same first name with different last
names, the same names with different email addresses (FL407 and FL101 read the address only
when the names leave the verdict to it), ``1``/``True``/``"1"``, a missing field next to an empty
one.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

import pytest

from followup_lint import check_memo, record_pass
from followup_lint.api import lint
from followup_lint.config import Config
from followup_lint.render_memo import RenderMemo

SEND = datetime.date(2026, 11, 20)

FOLLOW_UP = """---
subject: "{{ first_name }}, your recording of {{ webinar_title }}"
kind: follow-up
locale: en
---
Hi {{ first_name }},

Thanks for attending {{ webinar_title }} yesterday. Here is the recording.

The team from {{ company }} asked the best questions of the session.

Best,
Dana Okafor
"""

FORMAL = """---
subject: "A question for {{ company }}"
kind: prospecting
---
Dear {{ salutation }} {{ last_name }},

{% if attended == "yes" %}Great to see you last Tuesday.{% else %}Sorry we missed you.{% endif %}
I noticed {{ company|default("your team") }} is growing.

Cheers,
Sam
"""

FULL_NAME = """---
subject: "Hello {{ preferred_name or first_name }}"
kind: follow-up
---
Hey {{ first_name }} {{ last_name }},

{% if company %}How is everything at {{ company }}?{% endif %} Thanks for joining us yesterday.

Best,
Sam
"""

GIVEN = ["Parissa", "PARISSA", "parissa", " Wei", "José", "Mary-Jane", "Behnia", "test", "N/A", "", "Zhang",
         "Dr. Ana", "Siobhán", "O'NEILL", "Minjun", "Kim", "Ludwig", "van Beethoven"]
FAMILY = ["Behnia", "BEHNIA", "Zhang", "García Márquez", "Parissa", "", "Li", "Wei", "Park ", "de la Cruz", "-",
          "Kim", "Minjun", "Ludwig", "van Beethoven", "Smith, John"]
EMAILS = ["{l}{i}@example.com", "info@example.com", "sales.emea{i}@example.com", "{l}{i}@exämple.com", "{l}@",
          " {l}{i}@example.com ", "{l}{i}@example.invalid", "josé{i}@example.com", "", "a..b{i}@example.com",
          "{f}.{g}@example.com", "{g}.{f}@example.com"]


def _messy(count: int, seed: int) -> list[dict[str, Any]]:
    """CRM rows drawn from small pools, so that values repeat in every combination."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        local = f"{given}.{family}".lower().replace(" ", "").replace(",", "") or "x"
        email = rng.choice(EMAILS).format(l=local, i=i % 40, g=given.lower().strip(), f=family.lower().strip())
        rows.append({
            "first_name": given, "last_name": family, "email": email,
            "company": rng.choice(["Bluefinch Labs", "", "N/A", "{{ company }}", "Kestrel", "null"]),
            "attended": rng.choice(["yes", "no", "No-show", "Registered", ""]),
            "webinar_title": rng.choice(["Retention 101", ""]),
            "event_date": rng.choice(["2026-11-19", "2026-11-12", "", "not a date"]),
            "preferred_name": rng.choice(["", "", "Pari"]),
            "salutation": rng.choice(["", "Mr.", "Dr"]),
        })
    return rows


def _findings(template: str, records: list[dict[str, Any]], **config: Any) -> list[tuple[Any, ...]]:
    report = lint(template, records, config=Config(send_date=SEND, jobs=1, **config))
    return [(d.code, d.line, d.column, d.message, d.fix, d.recipient.row if d.recipient else None,
             d.recipient.identity if d.recipient else None, d.recipient.key if d.recipient else None)
            for d in report.diagnostics]


def _without_memos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_pass, "record_shape", lambda data: None)
    monkeypatch.setattr(RenderMemo, "for_source", classmethod(lambda cls, source: None))


@pytest.mark.parametrize("template", [FOLLOW_UP, FORMAL, FULL_NAME], ids=["follow-up", "formal", "full-name"])
@pytest.mark.parametrize("show", [False, True], ids=["masked", "shown"])
def test_same_findings_with_and_without_the_memos(template: str, show: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    records = _messy(1500, seed=13)
    memoised = _findings(template, records, show_personal_data=show)
    _without_memos(monkeypatch)
    assert memoised == _findings(template, records, show_personal_data=show)
    assert len({f[0] for f in memoised}) >= 8  # the list really exercises many rules


def _row(records_findings: list[tuple[Any, ...]], code: str) -> dict[int, tuple[Any, ...]]:
    return {f[5]: f for f in records_findings if f[0] == code}


def test_a_shared_first_name_does_not_share_the_findings() -> None:
    # FL404 (casing) depends on both name columns: the first name alone must not decide
    records = [
        {"first_name": "Parissa", "last_name": "BEHNIA", "email": "p.behnia@bluefinch.com"},
        {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa@bluefinch.com"},
        {"first_name": "Parissa", "last_name": "behnia", "email": "pb@bluefinch.com"},
        {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.b@bluefinch.com"},
    ]
    found = _row(_findings("Hi {{ first_name }},\n\nThanks.\n", records, select=["FL404"]), "FL404")
    assert sorted(found) == [1, 3]


def test_the_same_names_with_different_addresses_are_judged_by_their_own_address() -> None:
    # Minjun / Kim: the names alone leave it open; kim.minjun@ follows the fields' order
    # (family-first, not a swap), minjun.kim@ puts the first-name field's value last
    names = {"first_name": "Kim", "last_name": "Minjun"}
    records = [{**names, "email": f"{local}@hanbit.kr"} for local in ("minjun.kim", "kim.minjun", "minjun.kim", "kim.minjun")]
    memoised = _findings("Hi {{ first_name }},\n\nThanks.\n", records, select=["FL407"])
    alone = [_findings("Hi {{ first_name }},\n\nThanks.\n", [record], select=["FL407"]) for record in records]
    assert [f[0] for f in memoised] == [f[0] for one in alone for f in one]
    assert {f[5] for f in memoised} == {row for row, one in enumerate(alone, start=1) if one}


def test_a_reused_finding_carries_its_own_recipient() -> None:
    records = [{"first_name": "PARISSA", "last_name": "Behnia", "email": f"parissa{i}@bluefinch.com"} for i in range(5)]
    found = _findings("Hi {{ first_name }},\n\nThanks.\n", records, select=["FL404"], show_personal_data=True)
    assert [f[5] for f in found] == [1, 2, 3, 4, 5]
    assert len({f[6] for f in found}) == 5 and len({f[7] for f in found}) == 5
    for row, finding in enumerate(found):
        assert f"parissa{row}@bluefinch.com" in finding[6]


@pytest.mark.parametrize("values", [
    [1, True, "1", 1.0],
    [0.0, -0.0, 0, False, None, ""],
], ids=["one", "zero"])
def test_values_that_compare_equal_but_render_differently_get_their_own_render(values: list[Any]) -> None:
    records: list[dict[str, Any]] = [{"first_name": "Ana", "seats": value} for value in values]
    records.append({"first_name": "Ana"})  # missing: renders as nothing, unlike None
    memo = RenderMemo.for_source("Hi {{ first_name }}, {{ seats }} seats")
    assert memo is not None
    keys = [memo.key(record) for record in records]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize("source, memoised", [
    ("Hi {{ first_name }}", True),
    ("Hi {{ ['Ana', 'Wei']|random }}", False),
    ("Hi {{ first_name|map('random') }}", False),
    ("Hi {% if %}", False),  # does not parse: never rendered
])
def test_only_templates_whose_output_follows_from_their_values_are_memoised(source: str, memoised: bool) -> None:
    assert (RenderMemo.for_source(source) is not None) is memoised


def test_nested_records_are_not_memoised() -> None:
    assert check_memo.record_shape({"contact": {"first_name": "Ana"}}) is None
    assert check_memo.record_shape({"tags": ["a"]}) is None
    assert check_memo.record_shape({"first_name": "Ana", "seats": 3, "vip": True}) == ("first_name", "seats", "vip")
    memo = RenderMemo.for_source("Hi {{ contact.first_name }}")
    assert memo is not None and memo.key({"contact": {"first_name": "Ana"}}) is None


def test_nested_records_get_the_same_findings_as_flat_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{"contact": {"first_name": name, "last_name": "BEHNIA"}, "email": f"p{i}@bluefinch.com"}
               for i, name in enumerate(["Parissa", "PARISSA", "Parissa", "parissa"])]
    template = "Hi {{ contact.first_name }},\n\nThanks.\n"
    memoised = _findings(template, records)
    _without_memos(monkeypatch)
    assert memoised == _findings(template, records)
