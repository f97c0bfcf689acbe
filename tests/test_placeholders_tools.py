"""Other tools' merge tags, every common syntax in any case (issue 11, item 5), and text that
only looks like one. Tables first, both sides.

* FL006: the tag reaches recipients as written (or Jinja cannot parse it, and FL006 says whose
  syntax it is instead of only "syntax error");
* FL003: a tag in Jinja's own syntax that reads another tool's object (`{{ contact.firstname }}`
  from HubSpot, `{{ contact.FIRSTNAME }}` from Brevo, `{{firstName}}` from Lemlist) is a variable
  no record has: reported, with the column it meant when the list has one."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [
    {"first_name": "Parissa", "last_name": "Behnia", "company": "Bluefinch Labs", "email": "p.behnia@bluefinch.example"},
    {"first_name": "Nguyễn", "last_name": "Thị Lan", "company": "Lotus Data", "email": "lan@lotusdata.example"},
    {"first_name": "Søren", "last_name": "Ødegaard", "company": "Fjord Freight", "email": "so@fjordfreight.example"},
]


def _email(line: str) -> str:
    return f"{line}\n\nThe recording of Thursday's session is on the resources page.\n\nBest,\nMaya Okafor"


# (first line of the email, the tag FL006 must quote)
TOOL_TAGS = [
    ("Hi *|FNAME|*,", "*|FNAME|*"),  # Mailchimp
    ("Hi *|Fname|*,", "*|Fname|*"),
    ("Your recap: *|MC:SUBJECT|*", "*|MC:SUBJECT|*"),
    ("Hi {!Contact.FirstName},", "{!Contact.FirstName}"),  # Salesforce
    ("Hi {!contact.firstname},", "{!contact.firstname}"),
    ("Hi %%first_name%%,", "%%first_name%%"),  # Pardot
    ("Hi %%FIRST_NAME%%,", "%%FIRST_NAME%%"),
    ("Hi {{lead.First Name}},", "{{lead.First Name}}"),  # Marketo: spaces inside, Jinja cannot parse it
    ("Hi {{lead.First Name:default=there}},", "{{lead.First Name:default=there}}"),
    ("Hi {{ lead.FirstName:default=there }},", "{{ lead.FirstName:default=there }}"),
    ("Hi {{ first_name|default:'there' }},", "{{ first_name|default:'there' }}"),  # Liquid / Klaviyo / Django
    ("Hi {{ person.first_name | default: \"there\" }},", "{{ person.first_name | default: \"there\" }}"),
    ("Hi %FIRSTNAME%,", "%FIRSTNAME%"),  # ActiveCampaign
    ("Hi %firstname%,", "%firstname%"),
    ("Hi [FIRST NAME],", "[FIRST NAME]"),
    ("Hi [First_Name],", "[First_Name]"),
    ("Hi <<First Name>>,", "<<First Name>>"),
    ("Hi <<FIRSTNAME>>,", "<<FIRSTNAME>>"),
    ("Hi {FirstName},", "{FirstName}"),
    ("Hi {FIRSTNAME},", "{FIRSTNAME}"),
    ("Hi #FirstName#,", "#FirstName#"),
    ("Hi #FIRSTNAME#,", "#FIRSTNAME#"),
    ("Hi $FirstName$,", "$FirstName$"),
    ("Hi $first_name$,", "$first_name$"),
    ("Hi ${first_name},", "${first_name}"),
    ("Hi ${FirstName},", "${FirstName}"),
    ("Hi ${Contacts.First Name},", "${Contacts.First Name}"),  # Zoho
    ("Hi [[FIRSTNAME OR \"there\"]],", "[[FIRSTNAME OR \"there\"]]"),  # Constant Contact
    ("Hallo ${Vorname},", "${Vorname}"),
    ("Bonjour $Prénom$,", "$Prénom$"),
]

# (first line): no placeholder here
NOT_TAGS = [
    "Hi {{ first_name }}, the slides [PDF] are attached.",
    "Hi {{ first_name }}, the replay [42 minutes] is up.",
    "Hi {{ first_name }}, the fix was `if (x) { }` in the loop.",
    "Hi {{ first_name }}, 50% of teams and 50% of budgets went to tooling.",
    "Hi {{ first_name }}, retention is your #1 priority this year, and #2 is hiring.",
    "Hi {{ first_name }}, seats are $5 per seat and $9 per admin.",
    "Hi {{ first_name }}, plans cost $49/month, $99/month or $249/month.",
    "Hi {{ first_name }}, our C# and F# teams say hello.",
    "Hi {{ first_name }}, set `${HOME}` before you run the installer.",
    "Hi {{ first_name }}, the price went from US$5,000 to US$7,000 in a year.",
    "Hi {{ first_name }}, the {{ plan }} plan costs ${{ price }} a month.",
    "Hi {{ first_name }}, << Previous | Next >> at the bottom of the page.",
    "Hi {{ first_name }}, growth was 20% while churn fell 5%, both 100% organic.",
    "Hi {{ first_name }}, I tagged you in #RevOps and #hiring on LinkedIn.",
    "Hi {{ first_name }}, save $$ on every seat this month.",
    "Hi {{ first_name }}, we ranked #3 in the G2 grid, up from #7.",
    "Hi {{ first_name }}, the agenda: [Part 1] cohorts, [Part 2] retention.",
    "Hi {{ first_name }}, reply [YES] and I will send the deck.",
    "Hi {{ first_name }}, see {{ company | default('your team', true) }} in the report.",
    "Hi {{ first_name }}, the total is {{ seats * 5 }} dollars.",
    "Hi {{ first_name }}, costs drop 30% - 40% with annual billing.",
    "Hi {{ first_name }}, the config reads {\"region\": \"eu\"}.",
    "Hi {{ first_name }}, the {EMEA, APAC} regions are live.",
    "Hi {{ first_name }}, $FREE$ is not a code we run, but SPRING25 is.",
    "Hi {{ first_name }}, the template uses `$FirstName$` where the name goes.",
    "Hi {{ first_name }}, the room is [Hall B, level 2].",
    "Hi {{ first_name }}, tickets are €50 – €80 and $60 – $90.",
    "Hi {{ first_name }}, see #RevOpsSummit and #PipelineWeek for the recaps.",
    "Hi {{ first_name }}, we're {{ 'excited' if attended else 'sorry' }} to write.",
    "Hi {{ first_name }}, next steps: [ ] review, [x] book the kickoff.",
]


def test_the_tables_are_balanced() -> None:
    assert len(TOOL_TAGS) == len(NOT_TAGS)


@pytest.mark.parametrize(("line", "tag"), TOOL_TAGS)
def test_fl006_reports_every_common_merge_tag_syntax(line: str, tag: str) -> None:
    found = [d for d in run_rules(["FL006"], _email(line), RECORDS) if d.code == "FL006"]
    assert found, line
    assert tag in found[0].message.replace("\\'", "'")


@pytest.mark.parametrize("line", NOT_TAGS)
def test_fl006_leaves_text_that_is_not_a_merge_tag_alone(line: str) -> None:
    records = [dict(r, plan="Team", price=49, seats=3, attended="yes") for r in RECORDS]
    assert codes(run_rules(["FL006"], _email(line), records)) == []


def test_a_tag_jinja_cannot_parse_is_named_next_to_the_syntax_error() -> None:
    found = run_rules(["FL001", "FL006"], _email("Hi {{lead.First Name:default=there}},"), RECORDS)
    assert sorted(codes(found)) == ["FL001", "FL006"]
    [named] = [d for d in found if d.code == "FL006"]
    assert "Marketo" in named.message and "{{ first_name | default('there', true) }}" in named.message


def test_a_colon_filter_is_named_with_its_jinja_spelling() -> None:
    [named] = [d for d in run_rules(["FL006"], _email("Hi {{ first_name|default:'there' }},"), RECORDS)]
    assert "default('there')" in named.message


# another tool's object read with Jinja's own syntax: FL003, with the column it meant
OTHER_OBJECTS = [
    ("Hi {{ contact.firstname }},", "contact", "first_name"),  # HubSpot
    ("Hi {{ contact.FIRSTNAME }},", "contact", "first_name"),  # Brevo
    ("Hi {{ Recipient.FirstName }},", "Recipient", "first_name"),  # Pardot (Handlebars)
    ("Hi {{ customer.first_name }},", "customer", "first_name"),  # Customer.io
    ("Hi {{ lead.company }},", "lead", "company"),
]
OWN_OBJECTS = [  # the records have the object: nothing to report
    ("Hi {{ contact.firstname }},", [{"contact": {"firstname": "Parissa"}}, {"contact": {"firstname": "Søren"}}]),
    ("Hi {{ first_name }},", RECORDS),
    ("Hi {{ firstName }},", [{"firstName": "Parissa"}, {"firstName": "Lan"}]),  # Lemlist's column names
    ("Hi {{ contact.first_name }},", [{"contact": {"first_name": "Nguyễn"}}]),
    ("Hi {{ lead.company }},", [{"lead": {"company": "Bluefinch Labs"}}]),
]


def test_the_object_tables_are_balanced() -> None:
    assert len(OTHER_OBJECTS) == len(OWN_OBJECTS)


@pytest.mark.parametrize(("line", "root", "column"), OTHER_OBJECTS)
def test_fl003_reports_another_tools_object_and_names_the_column(line: str, root: str, column: str) -> None:
    [found] = run_rules(["FL003"], _email(line), RECORDS)
    assert f"{root!r}" in found.message and f"did you mean {column!r}" in found.message


@pytest.mark.parametrize(("line", "records"), OWN_OBJECTS)
def test_fl003_is_quiet_when_the_records_have_the_object(line: str, records: list[dict]) -> None:
    assert codes(run_rules(["FL003"], _email(line), records)) == []


def test_lemlist_camel_case_is_reported_with_the_column() -> None:
    [found] = run_rules(["FL003"], _email("Hi {{firstName}},"), RECORDS)
    assert "did you mean 'first_name'" in found.message
