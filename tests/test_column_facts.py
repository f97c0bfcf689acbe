"""Per-column facts (column_facts.py) and what the personalization rules make of them: a field
with the same value for the whole list is not personalization (FL304, the score)."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

import pytest

import followup_lint
from followup_lint import Config, Linter, lint_path, parallel
from followup_lint.column_facts import ColumnFacts, DistinctSketch, ListFacts, tracked_paths
from followup_lint.testing import run_rules

PEOPLE = [("Parissa", "Behnia"), ("Wei", "Zhang"), ("José", "García Márquez"), ("Siobhán", "Ní Bhriain"),
          ("Kwame", "Mensah"), ("Aiko", "Tanaka"), ("Mary-Jane", "Watson"), ("Ludwig", "van Beethoven"),
          ("Oluwaseun", "Adeyemi"), ("Min-jun", "Park"), ("Zoë", "Lefèvre"), ("Fatima", "Al-Sayed")]
COMPANIES = ["Northwind Analytics", "Contoso Health", "Fabrikam GmbH", "Tailspin Toys", "Wingtip Solutions",
             "Adatum Corp", "Litware Inc.", "Proseware", "Lucerne Publishing", "Woodgrove Bank"]


def people(count: int, **columns: Any) -> list[dict[str, Any]]:
    """``count`` records; a column given as a callable gets ``f(i)``, otherwise the value."""
    rows = []
    for i in range(count):
        given, family = PEOPLE[i % len(PEOPLE)]
        row = {"first_name": given, "last_name": family, "email": f"{given.lower()}.{i}@example.com",
               "company": COMPANIES[i % len(COMPANIES)]}
        for key, value in columns.items():
            row[key] = value(i) if callable(value) else value
        rows.append(row)
    return rows


# ------------------------------------------------------------------------- the counting itself


def _info(template: str) -> Any:
    from followup_lint.locales import builtin_locales
    from followup_lint.sandbox import LintSandbox
    from followup_lint.templates import analyse_template, read_template_source

    return analyse_template(read_template_source(template, "<t>"), LintSandbox(), builtin_locales())


@pytest.mark.parametrize(("template", "tracked"), [
    # what the personalization rules and the score judge: names, company, job title, pain point
    ("Hi {{ first_name }},\n\nHow is {{ company }} handling {{ pain_point }} as {{ job_title }}?",
     [("first_name",), ("company",), ("pain_point",), ("job_title",)]),
    # no decision reads these: the address, links and ids, the event; the sender is counted for
    # FL306 (a signature empty for some recipients)
    ("Hi {{ first_name }},\n\nYour recording of {{ webinar_title }} ({{ event_date }}): {{ replay_url }}"
     "\nSent to {{ email }} (id {{ contact_id }}).\n\n{{ sender_name }}",
     [("first_name",), ("sender_name",)]),
    ("Hi {{ contact.first_name }} from {{ contact.company }},\n\n{{ event.title }} {{ contact.Email }}",
     [("contact", "first_name"), ("contact", "company")]),
])
def test_only_columns_a_personalization_decision_reads_are_tracked(template: str, tracked: list[tuple[str, ...]]) -> None:
    assert tracked_paths([_info(template)]) == tracked


def test_exact_counts_empty_and_junk_shares() -> None:
    facts = ListFacts([("company",), ("job_title",)])
    values = ["Northwind Analytics", "N/A", "", "  ", None, "Contoso Health", "Northwind Analytics", "-", "TBD"]
    for value in values:
        facts.add({"company": value})
    column = facts.column(("company",))
    assert column is not None and column.exact
    assert (column.present, column.distinct, column.empty, column.junk) == (9, 8, 3, 3)
    assert column.top_value() == ("Northwind Analytics", 2)
    assert facts.column(("job_title",)).present == 0 and facts.absent(("job_title",))


def test_nested_json_paths_are_counted() -> None:
    facts = ListFacts([("contact", "company")])
    for name in COMPANIES:
        facts.add({"contact": {"company": name}})
    facts.add({"contact": "not a mapping"})
    assert facts.column(("contact", "company")).present == len(COMPANIES)


def test_unhashable_json_values_are_counted_by_their_text() -> None:
    facts = ListFacts([("tags",)])
    facts.add({"tags": ["webinar", "q3"]})
    facts.add({"tags": ["webinar", "q3"]})
    facts.add({"tags": {"source": "zoom"}})
    column = facts.column(("tags",))
    assert (column.present, column.distinct) == (3, 2)


def test_sketch_estimates_distinct_values_past_the_exact_limit() -> None:
    facts = ListFacts([("email",)], limit=500)
    for i in range(50_000):
        facts.add({"email": f"person.{i}@example.com"})
    column = facts.column(("email",))
    assert not column.exact and len(column.counts) == 500
    assert abs(column.distinct - 50_000) / 50_000 < 0.15


def test_sketch_is_exact_below_k_and_ignores_repeats() -> None:
    sketch = DistinctSketch(k=64)
    for i in range(40):
        sketch.add_hash(i * 7919)
        sketch.add_hash(i * 7919)
    assert sketch.estimate() == 40


def test_memory_stays_bounded_on_a_long_list() -> None:
    facts = ListFacts([("email",), ("company",)], limit=256)
    for i in range(200_000):
        facts.add({"email": f"p{i}@example.com", "company": COMPANIES[i % 10]})
    email = facts.column(("email",))
    assert len(email.counts) == 256 and email.sketch is not None and len(email.sketch._heap) <= email.sketch.k
    assert facts.column(("company",)).distinct == 10


def test_merged_chunks_equal_one_pass() -> None:
    rng = random.Random(7)
    rows = [{"industry": rng.choice(["SaaS", "Retail", "N/A", ""]), "email": f"x{i}@example.com"} for i in range(3000)]
    whole = ListFacts([("industry",), ("email",)], limit=400)
    for row in rows:
        whole.add(row)
    merged = whole.empty_copy()
    for start in range(0, len(rows), 700):
        part = whole.empty_copy()
        for row in rows[start:start + 700]:
            part.add(row)
        merged.merge(part)
    for path in (("industry",), ("email",)):
        a, b = whole.column(path), merged.column(path)
        assert (a.present, a.empty, a.junk) == (b.present, b.empty, b.junk)
        assert abs(a.distinct - b.distinct) / a.distinct < 0.15
    assert merged.records == whole.records == 3000
    assert whole.column(("industry",)).counts == merged.column(("industry",)).counts


@pytest.mark.parametrize(
    ("values", "share", "same"),
    [
        (["manual reporting"] * 240, 0.95, True),
        (["manual reporting"] * 97 + ["churn", "forecasting", "onboarding"], 0.95, True),
        (["Pipeline Hygiene for RevOps"] * 30 + ["", "N/A", None], 0.95, True),
        (["manual reporting"] * 2 + ["", "N/A", None] * 5, 0.95, False),  # 2 real values  # empties and junk left out
        (["manual reporting"] * 97 + ["churn", "forecasting", "onboarding"], 1.0, False),
        (["manual reporting"] * 90 + [f"other {i}" for i in range(10)], 0.95, False),
        ([f"question {i}" for i in range(50)], 0.95, False),
        (["N/A"] * 40, 0.95, False),  # junk everywhere is FL320's business, not "the same value"
        (["manual reporting"], 0.95, False),  # one record proves nothing
        (["manual reporting"] * 2, 0.95, False),  # nor do two
        (["manual reporting"] * 3, 0.95, True),
        (["", "", ""], 0.95, False),
    ],
)
def test_same_for_all(values: list[Any], share: float, same: bool) -> None:
    column = ColumnFacts(("pain_point",))
    for value in values:
        column.add(value)
    assert column.is_same_for_all(share) is same


def test_the_description_names_the_column_never_the_value() -> None:
    column = ColumnFacts(("pain_point",))
    for _ in range(240):
        column.add("manual reporting")
    assert column.describe_same() == "'pain_point' has the same value for all 240 recipients"
    column.add("churn")
    assert "for 240 of the 241 recipients" in column.describe_same()
    assert "manual" not in column.describe_same()


# ---------------------------------------------------------------- FL304 and the score use them

SPRAY = """---
kind: prospecting
---
Hi {{ first_name }},

I know {{ pain_point }} is a real challenge for companies like yours.

{{ offer_details }}

Would you have 15 minutes on Thursday to talk it through?

Best,
Jordan Reyes
"""
OFFER = "Our platform cuts reporting time by 40% in the first quarter."

FOLLOW_UP = """---
kind: follow-up
subject: "Your recording: {{ webinar_title }}"
---
Hi {{ first_name }},

Thanks for joining {{ webinar_title }} on Tuesday. Here is the recording: {{ recording_url }}

Best,
Dana Okafor
"""

BRANCHING = """---
kind: follow-up
---
Hi {{ first_name }},

{% if Attended == "Yes" %}Thanks for joining the session.{% else %}Sorry we missed you.{% endif %}
The recording is here: {{ recording_url }}

Best,
Dana Okafor
"""

EVENT_AND_PAIN = """---
kind: follow-up
---
Hi {{ first_name }},

Thanks for joining {{ webinar_title }}. Teams like yours tell us {{ pain_point }} eats their Mondays.

Best,
Dana Okafor
"""

QUESTION = """---
kind: follow-up
---
Hi {{ first_name }},

You asked about {{ question }} during the Q&A; section 3 of the deck answers it, and {{ pain_point }}
is covered on slide 12.

Best,
Dana Okafor
"""

SUBJECT_ONLY_NAME = """---
kind: prospecting
subject: "A quick idea about {{ pain_point }}"
---
Hi {{ first_name }},

We help teams cut reporting time. Would a 15-minute call on Thursday help?

Best,
Jordan Reyes
"""

SUBJECT_ONLY = """---
kind: prospecting
subject: "A quick idea about {{ pain_point }}"
---
Hi {{ first_name }},

Teams like {{ company }} tell us the same. Would a 15-minute call on Thursday help?

Best,
Jordan Reyes
"""

SAME_FIRES = [
    pytest.param(SPRAY, people(240, pain_point="manual reporting", offer_details=OFFER),
                 ["'pain_point' has the same value for all 240 recipients",
                  "'offer_details' has the same value for all 240 recipients"], id="spray-and-pray"),
    pytest.param(SPRAY, people(4, pain_point="manual reporting", offer_details=OFFER),
                 ["'pain_point' has the same value for all 4 recipients"], id="a-short-list"),
    pytest.param(EVENT_AND_PAIN, people(40, webinar_title="Pipeline Hygiene for RevOps", pain_point="manual reporting"),
                 ["'pain_point' has the same value for all 40 recipients"], id="event-title-does-not-hide-it"),
    pytest.param(SPRAY, people(100, pain_point=lambda i: "manual reporting" if i % 50 else "churn", offer_details=OFFER),
                 ["'pain_point' has the same value for 98 of the 100 recipients that have one"], id="nearly-the-same"),
    pytest.param(BRANCHING, people(80, Attended="Yes", recording_url="https://zoom.us/rec/1"),
                 ["'Attended' has the same value for all 80 recipients"], id="zoom-attended-all-yes"),
    pytest.param(SPRAY, people(50, pain_point=lambda i: "" if i % 5 == 0 else "manual reporting", offer_details=OFFER),
                 ["'pain_point' has the same value for all 40 recipients that have one"], id="same-or-empty"),
    pytest.param(SUBJECT_ONLY_NAME, people(12, pain_point="manual reporting"),
                 ["'pain_point' has the same value for all 12 recipients"], id="subject-line-field"),
]

SAME_QUIET = [
    pytest.param(SPRAY, people(240, pain_point=lambda i: ["churn", "forecasting", "manual reporting"][i % 3],
                               offer_details=OFFER), id="pain-point-varies"),
    pytest.param(SUBJECT_ONLY_NAME, people(12, pain_point=lambda i: f"topic {i % 5}"), id="subject-line-field-varies"),
    pytest.param(FOLLOW_UP, people(60, webinar_title=lambda i: ["Pipeline Hygiene for RevOps", "Forecasting 101"][i % 2],
                                   recording_url="https://zoom.us/rec/1"), id="two-webinars"),
    pytest.param(SPRAY, people(100, pain_point=lambda i: "manual reporting" if i % 10 else f"topic {i}",
                               offer_details=OFFER), id="ninety-percent-is-not-nearly-all"),
    pytest.param(QUESTION, people(30, question=lambda i: f"cohort retention for {COMPANIES[i % 10]}",
                                  pain_point="manual reporting"), id="one-field-varies"),
    pytest.param(SPRAY, people(1, pain_point="manual reporting", offer_details=OFFER), id="a-single-recipient"),
    pytest.param(SPRAY, people(2, pain_point="manual reporting", offer_details=OFFER), id="two-recipients"),
    pytest.param(FOLLOW_UP, people(60, webinar_title="Pipeline Hygiene for RevOps", recording_url="https://zoom.us/rec/1"),
                 id="one-webinars-title-is-the-event"),
    pytest.param(BRANCHING, people(80, Attended=lambda i: "Yes" if i % 3 else "No", recording_url="https://zoom.us/rec/1"),
                 id="attendance-varies"),
]


@pytest.mark.parametrize(("template", "records", "expected"), SAME_FIRES)
def test_same_value_column_is_not_personalization(template: str, records: list[dict[str, Any]], expected: list[str]) -> None:
    found = [d for d in run_rules("FL304", template, records) if d.recipient is None]
    assert len(found) == 1, [d.message for d in found]
    for said in expected:
        assert said in found[0].message
    for value in ("manual reporting", OFFER, "Pipeline Hygiene", "Yes"):  # the column, never its value
        assert value not in found[0].message


@pytest.mark.parametrize(("template", "records"), SAME_QUIET)
def test_varying_columns_are_personalization(template: str, records: list[dict[str, Any]]) -> None:
    assert run_rules("FL304", template, records) == []


def test_no_list_no_verdict_on_other_fields() -> None:
    assert run_rules("FL304", SPRAY) == []


def test_same_value_share_is_an_option() -> None:
    records = people(100, pain_point=lambda i: "manual reporting" if i % 50 else "churn", offer_details=OFFER)
    strict = Linter(Config(select=("FL304",), rule_options={"FL304": {"same_value_share": 1.0}}))
    report = followup_lint.lint(SPRAY, records, linter=strict)
    assert report.diagnostics == []


def test_spray_and_pray_no_longer_scores_75() -> None:
    varying = people(240, pain_point=lambda i: ["churn", "forecasting", "manual reporting"][i % 3],
                     offer_details=lambda i: f"offer {i % 7}")
    [score] = followup_lint.lint(SPRAY, varying).scores
    assert score.score == 75  # the same template with real data earns its points
    [score] = followup_lint.lint(SPRAY, people(240, pain_point="manual reporting", offer_details=OFFER)).scores
    assert score.score <= 30
    reasons = [r.reason for r in score.reasons]
    assert "'pain_point' has the same value for all 240 recipients: not counted as personal data" in reasons
    assert not any("manual reporting" in r for r in reasons)


# ------------------------------------------------------------------- forked workers merge facts


@pytest.mark.skipif(parallel.job_count(2) < 2, reason="needs the fork start method")
def test_forked_workers_merge_their_facts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "SEQUENTIAL_RECORDS", 50)
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 40)
    template = tmp_path / "spray.j2"
    template.write_text(SPRAY, encoding="utf-8")
    recipients = tmp_path / "hubspot-export.csv"
    with recipients.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["first_name", "last_name", "email", "company", "pain_point", "offer_details"])
        for row in people(600, pain_point=lambda i: "manual reporting" if i != 599 else "churn", offer_details=OFFER):
            writer.writerow(row.values())
    sequential = lint_path(template, recipients=recipients, linter=Linter(Config(jobs=1, select=("FL3",))))
    forked = lint_path(template, recipients=recipients, linter=Linter(Config(jobs=2, select=("FL3",))))
    assert sequential.to_dict() == forked.to_dict()
    [fl304] = [d for d in forked.diagnostics if d.code == "FL304"]
    assert "'pain_point' has the same value for 599 of the 600 recipients" in fl304.message
    assert "'offer_details' has the same value for all 600 recipients" in fl304.message


# ------------------------------------------------------ FL322: one field the same, others vary

MIXED = """---
kind: prospecting
---
Hi {{ first_name }},

I saw {{ company }} is hiring again. Teams like yours tell us {{ pain_point }} eats their Mondays.

Would a 15-minute call on Thursday help?

Best,
Jordan Reyes
"""
HUBSPOT_TEMPLATE = """Hi {{ firstname }},

As {{ jobtitle }} at {{ company }}, you probably own the {{ industry }} forecast.

Best,
Jordan Reyes
"""


def hubspot(count: int, **columns: Any) -> list[dict[str, Any]]:
    rows = []
    for row in people(count, **columns):
        rows.append({"firstname": row.pop("first_name"), "lastname": row.pop("last_name"), **row})
    return rows



FL322_FIRES = [
    pytest.param(MIXED, people(40, pain_point="manual reporting"), {"pain_point": 6}, id="pain-point"),
    pytest.param(SUBJECT_ONLY, people(40, pain_point="manual reporting"), {"pain_point": 3}, id="subject-line-only"),
    pytest.param(MIXED, people(40, pain_point=lambda i: "manual reporting" if i else "churn"), {"pain_point": 6},
                 id="nearly-all"),
    pytest.param(HUBSPOT_TEMPLATE, hubspot(12, jobtitle="Marketing Manager", industry=lambda i: ["SaaS", "Retail"][i % 2]),
                 {"jobtitle": 3}, id="hubspot-job-title"),
    pytest.param(HUBSPOT_TEMPLATE, hubspot(5, jobtitle="VP Sales", industry="Logistics"),
                 {"jobtitle": 3, "industry": 3}, id="two-columns"),
]
FL322_QUIET = [
    pytest.param(MIXED, people(40, pain_point=lambda i: ["churn", "forecasting", "manual reporting"][i % 3]),
                 id="all-vary"),
    pytest.param(SPRAY, people(240, pain_point="manual reporting", offer_details=OFFER), id="nothing-varies-is-fl304s"),
    pytest.param(EVENT_AND_PAIN, people(40, webinar_title="Pipeline Hygiene for RevOps",
                                        pain_point=lambda i: f"topic {i % 9}"), id="event-title-is-not-judged"),
    pytest.param(MIXED, people(2, pain_point="manual reporting"), id="two-recipients"),
    pytest.param(SUBJECT_ONLY, people(40, pain_point=lambda i: f"topic {i % 9}"), id="subject-line-varies"),
    pytest.param(MIXED, people(30, pain_point=lambda i: "N/A" if i % 2 else ""), id="only-junk-and-empty"),
]


@pytest.mark.parametrize(("template", "records", "expected"), FL322_FIRES)
def test_same_value_for_everyone(template: str, records: list[dict[str, Any]], expected: dict[str, int]) -> None:
    found = run_rules("FL322", template, records)
    assert {d.message.split("'")[1]: d.line for d in found} == expected
    for d in found:
        assert "has the same value for" in d.message and d.recipient is None
        assert "Marketing Manager" not in d.message and "manual reporting" not in d.message


@pytest.mark.parametrize(("template", "records"), FL322_QUIET)
def test_same_value_for_everyone_quiet(template: str, records: list[dict[str, Any]]) -> None:
    assert run_rules("FL322", template, records) == []


def test_same_value_for_everyone_needs_a_list() -> None:
    assert run_rules("same-value-for-everyone", MIXED) == []
