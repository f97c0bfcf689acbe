"""Export headers are labels ("Company Name", "Custom Intro", "Industry"), templates read
identifiers (``company_name``): the rules that judge what a column holds (FL320 junk values,
FL322 / FL304 one value for everyone) read the column whose name folds to the variable's
(column_names.py). Cases with the headers of real HubSpot, Salesforce, GoTo Webinar, Zoom and
Eventbrite exports; must fire and must not in equal measure."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from followup_lint.column_facts import ListFacts
from followup_lint.column_names import column_key, lookup_column
from followup_lint.testing import run_rules


def rows(text: str) -> list[dict[str, Any]]:
    return list(csv.DictReader(io.StringIO(text)))


HUBSPOT = rows(
    "First Name,Last Name,Email,Company Name,Industry,Job Title\n"
    "Chinonso,Okeke,chinonso@okeke.example,Okeke Pharma,Pharmaceuticals,Head of QA\n"
    "Annika,Lindström,annika@lindstrom.example,Lindström Bygg,-,Site Manager\n"
    "Rahul,Deshpande,rahul@deshpande.example,Deshpande Motors,Automotive,Plant Director\n"
)
SALESFORCE = rows(
    "First Name,Last Name,Account Name,Mailing City,Title,Email\n"
    "Siobhán,Ní Bhriain,Cladach Seafoods,Galway,COO,siobhan@cladach.example\n"
    "Jean-Luc,de la Fontaine,Rolls-Royce,NULL,Buyer,jl@rr.example\n"
    "Kenji,Watanabe,Test & Tag Ltd,Osaka,Owner,kenji@testtag.example\n"
)
GOTO = rows(
    "First Name,Last Name,Email Address,Organization,Job Title\n"
    "Maëlle,Rivière,maelle@riviere.example,N/A,CFO\n"
    "Obinna,Eze,obinna@ezeholdings.example,Eze Holdings,Treasurer\n"
)
EVENTBRITE = rows(
    "First Name,Last Name,Email,Company,Job Title\n"
    "Ayşe,Demir,ayse@demir.example,Demir Feinkost,TBD\n"
    "Ludwig,von Thurn,lv@thurn.example,Thurn Forst,Forester\n"
)


def mail(body: str, subject: str | None = None) -> str:
    front = f"---\nkind: follow-up\nsubject: \"{subject}\"\n---\n" if subject else "---\nkind: follow-up\n---\n"
    return front + "Hi {{ first_name }},\n\n" + body + "\n\nBest,\nKonstantin Weiss\n"


JUNK_FIRES = [
    pytest.param(mail("Three examples from {{ industry }} companies are attached."), HUBSPOT, "industry", [2],
                 id="hubspot-industry-dash"),
    pytest.param(mail("We run a breakfast for finance leads in {{ mailing_city }} next month."), SALESFORCE,
                 "mailing_city", [2], id="salesforce-city-null"),
    pytest.param(mail("Your questions about {{ organization }}'s treasury are answered below."), GOTO,
                 "organization", [1], id="goto-organization-na"),
    pytest.param(mail("As {{ job_title }} you will like the checklist."), EVENTBRITE, "job_title", [1],
                 id="eventbrite-title-tbd"),
    pytest.param(mail("The checklist is attached.", subject="A checklist for {{ organization }}"), GOTO,
                 "organization", [1], id="subject-line-label-column"),
]
JUNK_QUIET = [
    pytest.param(mail("Three examples from {{ company_name }} peers are attached."), HUBSPOT,
                 id="hubspot-real-companies"),
    pytest.param(mail("We know {{ account_name }} from the supplier day."), SALESFORCE,
                 id="rolls-royce-and-test-and-tag-are-companies"),
    pytest.param(mail("{% if industry and industry != '-' %}Examples from {{ industry }} companies are attached. "
                      "{% endif %}The guide is attached."), HUBSPOT, id="guarded-label-column"),
    pytest.param(mail("The recording is attached, {{ first_name }}."), GOTO, id="junk-column-not-shown"),
    pytest.param(mail("As {{ job_title }} at {{ company }} you will like the checklist."), EVENTBRITE[1:],
                 id="eventbrite-real-values"),
]


@pytest.mark.parametrize(("template", "records", "field", "rows_reported"), JUNK_FIRES)
def test_junk_in_a_label_column_fires(template: str, records: list[dict[str, Any]], field: str,
                                      rows_reported: list[int]) -> None:
    found = run_rules("FL320", template, records, show_personal_data=False)
    assert [d.recipient.row for d in found] == rows_reported
    assert all(d.message.startswith(f"{field!r} (column ") and " holds " in d.message for d in found)


@pytest.mark.parametrize(("template", "records"), JUNK_QUIET)
def test_label_columns_with_real_values_are_quiet(template: str, records: list[dict[str, Any]]) -> None:
    assert run_rules("FL320", template, records) == []


INTRO = "I came across your company while researching leaders in your space."
SAME_FIRES = [
    pytest.param(
        "First Name,Company Name,Custom Intro,Email\n"
        + "".join(f"{n},{c},{INTRO},{n.lower()}@x.example\n" for n, c in
                  [("Xiaoling", "Jadeport"), ("Ruairí", "Cladach"), ("Adaeze", "Kola Health"), ("Vikram", "Meridian")]),
        "{{ custom_intro }}\n\nWould same-day quotes help {{ company_name }}?", "custom_intro", id="hubspot-custom-intro"),
    pytest.param(
        "First Name,Account Name,Pain Point,Email\n"
        + "".join(f"{n},{c},manual month-end reconciliation,{n.lower()}@x.example\n" for n, c in
                  [("Tomasz", "Wisła"), ("Hana", "Vltava"), ("Kwame", "Accra Agro"), ("Sun-hee", "Hangang"),
                   ("Nikolai", "Baltic Yarns")]),
        "Teams like {{ account_name }} tell us {{ pain_point }} eats their Mondays.", "pain_point",
        id="salesforce-pain-point"),
    pytest.param(
        "Vorname,Firma,Use-Case,E-Mail\n"
        + "".join(f"{n},{c},Förderanträge,{n.lower()}@x.example\n" for n, c in
                  [("Jürgen", "Lenz Metallbau"), ("Ayşe", "Demir Feinkost"), ("Mia", "Schröder Dental")]),
        "Bei {{ firma }} geht es sicher auch um {{ use_case }}.", "use_case", id="hyphenated-label"),
]
SAME_QUIET = [
    pytest.param(
        "First Name,Company Name,Custom Intro,Email\n"
        "Xiaoling,Jadeport,Loved your post on bonded warehouses.,xl@x.example\n"
        "Ruairí,Cladach,Congrats on the new Galway plant.,r@x.example\n"
        "Adaeze,Kola Health,Saw you spoke at HealthTech Lagos.,a@x.example\n",
        "{{ custom_intro }}\n\nWould same-day quotes help {{ company_name }}?", id="custom-intro-varies"),
    pytest.param(
        "First Name,Organization,Webinar Title,Email\n"
        "Maëlle,Rivière Conseil,Forecasting cash,m@x.example\nObinna,Eze Holdings,Forecasting cash,o@x.example\n"
        "Yuki,Sato Pharma,Forecasting cash,y@x.example\n",
        "Here is the recording of {{ webinar_title }}; questions from {{ organization }} are welcome.",
        id="event-title-is-the-same-on-purpose"),
    pytest.param(
        "First Name,Company Name,Custom Intro,Email\n"
        f"Xiaoling,Jadeport,{INTRO},xl@x.example\nRuairí,Cladach,{INTRO},r@x.example\n",
        "{{ custom_intro }}\n\nWould same-day quotes help {{ company_name }}?", id="two-rows-prove-nothing"),
]


@pytest.mark.parametrize(("csv_text", "body", "field"), SAME_FIRES)
def test_same_value_in_a_label_column_fires(csv_text: str, body: str, field: str) -> None:
    found = run_rules(("FL304", "FL322"), mail(body), rows(csv_text), show_personal_data=False)
    assert found and any(repr(field) in d.message for d in found)


@pytest.mark.parametrize(("csv_text", "body"), SAME_QUIET)
def test_varied_or_event_label_columns_are_quiet(csv_text: str, body: str) -> None:
    assert run_rules(("FL304", "FL322"), mail(body), rows(csv_text)) == []


@pytest.mark.parametrize(
    ("keys", "path", "expected"),
    [
        (["First Name", "Industry"], ("industry",), "Industry"),
        (["Company Name"], ("company_name",), "Company Name"),
        (["E-Mail Adresse"], ("e_mail_adresse",), "E-Mail Adresse"),
        (["Société"], ("societe",), "Société"),  # accents folded
        (["industry", "Industry"], ("industry",), "industry"),  # the exact name wins
        (["Company Name", "company-name"], ("company_name",), None),  # two candidates: neither
        (["Company"], ("company_name",), None),  # a different name is FL003's "did you mean"
        (["Industry"], ("sector",), None),
    ],
)
def test_lookup_column(keys: list[str], path: tuple[str, ...], expected: str | None) -> None:
    record = {k: f"value of {k}" for k in keys}
    value, column = lookup_column(record, path)
    assert column == expected
    assert value == (f"value of {expected}" if expected else None)


def test_column_key_folds_case_separators_and_accents() -> None:
    assert column_key("Custom Intro") == column_key("custom_intro") == column_key("custom-intro")
    assert column_key("Société") == column_key("societe")
    assert column_key("Company Name") != column_key("Company")


def test_list_facts_count_a_label_column_under_the_variable() -> None:
    facts = ListFacts([("custom_intro",), ("company_name",)])
    for company in ("Jadeport", "Cladach", "Kola Health", "Meridian"):
        facts.add({"First Name": "X", "Company Name": company, "Custom Intro": INTRO})
    assert facts.same_for_all(("custom_intro",)) is not None
    assert facts.same_for_all(("company_name",)) is None
    assert facts.column(("company_name",)).distinct == 4


def test_list_facts_merge_label_columns_from_workers() -> None:
    whole = ListFacts([("industry",)])
    parts = [whole.empty_copy(), whole.empty_copy()]
    for i in range(6):
        parts[i % 2].add({"Industry": "Logistics"})
    for part in parts:
        whole.merge(part)
    column = whole.same_for_all(("industry",))
    assert column is not None and column.present == 6


def test_the_score_does_not_count_a_label_column_with_one_value() -> None:
    import followup_lint

    template = mail("{{ custom_intro }}\n\nWould same-day quotes help {{ company_name }}?")
    same = rows(SAME_FIRES[0].values[0])
    [score] = followup_lint.lint(template, same).scores
    reasons = [r.reason for r in score.reasons]
    assert any(r.startswith("'custom_intro' has the same value for all 4 recipients") for r in reasons)
    assert not any(INTRO in r for r in reasons)
    varied = rows(SAME_QUIET[0].values[0])
    [score] = followup_lint.lint(template, varied).scores
    assert not any("same value" in r.reason for r in score.reasons)


LABELLED = """---
kind: prospecting
---
Hi {{ first_name }},

Teams like {{ company_name }} tell us {{ pain_point }} eats their Mondays.

Would a 15-minute call on Thursday help?

Best,
Jordan Reyes
"""


def test_forked_workers_find_label_columns_too(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from followup_lint import Config, Linter, lint_path
    from followup_lint import parallel

    if parallel.job_count(2) < 2:
        pytest.skip("needs the fork start method")
    monkeypatch.setattr(parallel, "SEQUENTIAL_RECORDS", 50)
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 40)
    template = tmp_path / "labels.j2"
    template.write_text(LABELLED, encoding="utf-8")
    recipients = tmp_path / "hubspot-export.csv"
    names = [("Xiaoling", "Zhou"), ("Ruairí", "Ó Briain"), ("Adaeze", "Nwosu-Bello"), ("Vikram", "Subramanian")]
    with recipients.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Email", "Company Name", "Pain Point"])
        for i in range(400):
            given, family = names[i % 4]
            writer.writerow([given, family, f"p{i}@example.com", f"Company {i % 37}", "manual reporting"])
    sequential = lint_path(template, recipients=recipients, linter=Linter(Config(jobs=1, select=("FL322",))))
    forked = lint_path(template, recipients=recipients, linter=Linter(Config(jobs=2, select=("FL322",))))
    assert sequential.to_dict() == forked.to_dict()
    [finding] = forked.diagnostics
    assert "'pain_point' has the same value for all 400 recipients" in finding.message
