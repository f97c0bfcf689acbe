"""Foreign placeholders (issue 11, item 5): tags from other tools and fill-in-the-blank
placeholders in any case are FL006 errors; text that only looks bracketed is not. FL206 never
calls a placeholder shouting (issue 10).

Cases were written before the detector, in real email wording, for the categories (bracket,
brace, angle, percent, tool-specific) rather than for one spelling."""

from __future__ import annotations

import pytest

from followup_lint.placeholders import find_placeholders
from followup_lint.testing import run_rules

PARISSA = {"first_name": "Parissa", "last_name": "Behnia", "company": "Bluefinch Labs"}

# (template, the placeholder FL006 must quote)
MUST_FIRE = [
    ("Hi [FIRST NAME],\n\nThanks for joining the cohort-analysis webinar.", "[FIRST NAME]"),
    ("Hi [first name], hope the quarter-end crunch is treating you well.", "[first name]"),
    ("Hi {{ first_name }},\n\nHere is the recording: [REPLAY LINK]", "[REPLAY LINK]"),
    ("Hey [THEIR_NAME], saw the news about the Series B.", "[THEIR_NAME]"),
    ("Hi {{ first_name }},\n\nTalk soon,\n{signature}", "{signature}"),
    ("Hi {FirstName},\n\nQuick question about your onboarding flow.", "{FirstName}"),
    ("Dear <<First Name>>,\n\nThank you for registering for Pipeline Hygiene 101.", "<<First Name>>"),
    ("Hello %FIRSTNAME%,\n\nYour seat for Thursday is confirmed.", "%FIRSTNAME%"),
    ("Hello %first_name%,\n\nYour seat for Thursday is confirmed.", "%first_name%"),
    ("Hi {!Contact.FirstName},\n\nFollowing up on the renewal.", "{!Contact.FirstName}"),
    ("Hi *|FNAME|*,\n\nThe slides are attached.", "*|FNAME|*"),
    ("Hi *|fname|*,\n\nThe slides are attached.", "*|fname|*"),
    ("Hi {{ first_name }},\n\nI noticed [Company] is hiring SDRs in Austin.", "[Company]"),
    ("Hi {{ first_name }},\n\nGrab any slot that suits you: [Calendly link]", "[Calendly link]"),
    ("Guten Tag [Vorname],\n\nvielen Dank für Ihre Anmeldung.", "[Vorname]"),
    ("Bonjour {Prénom},\n\nmerci pour votre inscription.", "{Prénom}"),
    ("Hola [Nombre],\n\ngracias por registrarte al seminario.", "[Nombre]"),
    ("Beste <Voornaam>,\n\nbedankt voor je aanmelding.", "<Voornaam>"),
    ("Hi {{ first_name }},\n\nTeams like [X] cut onboarding time in half.", "[X]"),
    ("Hi {{ first_name }},\n\nLooking forward,\n[Your Name]", "[Your Name]"),
    ("Hi {{ first_name }},\n\nHow is {{ company }} handling [pain point] today?", "[pain point]"),
    ("Hi {{ first_name }},\n\nI'd love to show you how <COMPANY> could cut churn.", "<COMPANY>"),
    ("Hi {{ first_name }},\n\n[Insert case study here]", "[Insert case study here]"),
    ("Hi {{ first_name }},\n\nRead more about the launch: [link]", "[link]"),
    ("Hi {{ first_name }},\n\n{company_name} is on our shortlist for the pilot.", "{company_name}"),
    ("Hi {{ first_name }},\n\nDoes [Date] at 10am work for a quick call?", "[Date]"),
    ("Hallo [[Vorname]],\n\ndanke für Ihr Interesse.", "[[Vorname]]"),
    ("Hi {{ first_name }},\n\nI saw you're the [job title] at {{ company }}.", "[job title]"),
    ("Hi {{ first_name }},\n\nThe slides from [webinar title] are attached.", "[webinar title]"),
    ("Hi #FirstName#,\n\nYour seat is confirmed.", "#FirstName#"),
    # other tools' syntaxes with a fallback or a function inside
    ("Hi %%=v(@FirstName)=%%,\n\nYour seat is confirmed.", "%%=v(@FirstName)=%%"),  # Marketing Cloud AMPscript
    ("Hi [firstname,fallback=there],\n\nYour seat is confirmed.", "[firstname,fallback=there]"),  # Campaign Monitor
    ("Hi [[var:firstname:\"there\"]],\n\nYour seat is confirmed.", "[[var:firstname:\"there\"]]"),  # Mailjet
    ("Hallo %%Vorname%%,\n\nIhr Platz ist reserviert.", "%%Vorname%%"),
    ("Beste {{ first_name }},\n\nDe opname staat klaar: [OPNAME LINK]", "[OPNAME LINK]"),
]

# (template): nothing here is a placeholder
MUST_NOT_FIRE = [
    "Hi {{ first_name }},\n\nThe full recording [42 minutes] is on the resources page.",
    "Hi {{ first_name }},\n\nDownload the slides [PDF] and the worksheet [XLSX].",
    "Hi {{ first_name }},\n\nChurn fell by a third in the first quarter [1].",
    "---\nsubject: \"[Webinar] Pipeline hygiene for RevOps\"\n---\nHi {{ first_name }},\n\nSee you Thursday.",
    "---\nsubject: \"[Recording] Cohort analysis 101\"\n---\nHi {{ first_name }},\n\nHere it is.",
    "---\nsubject: \"[Save the Date] Northwind Summit 2027\"\n---\nHi {{ first_name }},\n\nMark the calendar.",
    "Hi {{ first_name }},\n\nThe loop in the example is `for (i = 0; i < n; i++) { }` and it never ends.",
    "Hi {{ first_name }},\n\nThe query was `SELECT * FROM events WHERE id = {0}`.",
    "Hi {{ first_name }},\n\nGlad the template helped :) see you in Lisbon <3",
    "Hi {{ first_name }},\n\nThe rollout slipped a week :-] but we are close ;-}",
    "<p>Hi {{ first_name }},</p><p>Thanks for joining.</p><style>p { margin: 0 }</style>",
    "<p>Hi {{ first_name }},</p><p><a href=\"{{ replay_url }}\">Watch the replay</a></p>",
    "Hi {{ first_name }},\n\n[Download the benchmark report](https://northwind.example/report)",
    "Hi {{ first_name }},\n\nGet 50% off the annual plan, or 20% on monthly.",
    "Hi {{ first_name }},\n\nOur CPU use went from 50% to 80%.",
    "Hi {{ first_name }},\n\nWrite to me at <maya.okafor@northwind.example> or book at <https://northwind.example/book>.",
    "Hi {{ first_name }},\n\nAs their CFO put it, \"we [sic] underestimated churn\".",
    "Hi {{ first_name }},\n\nThe agenda: [Part 1] cohorts, [Part 2] retention.",
    "Hi {{ first_name }},\n\nPrices are in {USD} and {EUR}.",
    "{# *|FNAME|* in a comment is never sent #}Hi {{ first_name }}",
    "Hi {{ first_name }},\n\nThe payload is {\"name\": \"Maya\", \"plan\": \"pro\"}.",
    "---\nsubject: \"[EXTERNAL] Your question from the Q&A\"\n---\nHi {{ first_name }},\n\nGood question.",
    "Hi {{ first_name }},\n\nReply [YES] and I will send the deck.",
    "<p>Hi {{ first_name }},</p><p><b>Note:</b> the replay link expires on <strong>Friday</strong>.</p>",
    "Hi {{ first_name }},\n\nUse the code [SPRING25] at checkout.",
    "Hi {{ first_name }},\n\nThe set of regions is {EMEA, APAC, AMER}.",
    "---\nsubject: \"[Limited time] Early-bird seats for Northwind Summit\"\n---\nHi {{ first_name }},\n\nSee you there.",
    "Hi {{ first_name }},\n\nNext steps: [ ] review the proposal, [x] book the kickoff.",
    "<p>Hi {{ first_name }},</p><p>Here&#8217;s the #1 checklist teams ask us for, tagged #RevOps on LinkedIn.</p>",
    "---\nsubject: \"[Last chance] Register for Pipeline Hygiene 101\"\n---\nHi {{ first_name }},\n\nDoors close Friday.",
    # a code sample shows a placeholder on purpose (a how-to email about merge tags)
    "Hi {{ first_name }},\n\nIn your own template, write `{FirstName}` where the name goes.",
    "<p>Hi {{ first_name }},</p><p>Use <code>*|FNAME|*</code> in Mailchimp.</p>",
    "<p>Hi {{ first_name }},</p><pre>Hello [FIRST NAME],\nThanks for joining.</pre>",
    "Hi {{ first_name }},\n\n```\nHello %FIRSTNAME%,\nfunction greet() { }\n```\n\nBest,\nDana",
    "Hi {{ first_name }},\n\nThe room is [Hall B, level 2], the slides [PDF, 3 MB].",
]


def test_the_tables_are_balanced() -> None:
    assert abs(len(MUST_FIRE) - len(MUST_NOT_FIRE)) <= 2


@pytest.mark.parametrize(("template", "tag"), MUST_FIRE)
def test_fl006_fires_on_foreign_placeholders(template: str, tag: str) -> None:
    found = run_rules("FL006", template, [PARISSA])
    assert [d.code for d in found] == ["FL006"], found
    assert repr(tag) in found[0].message.replace("{{", "{").replace("}}", "}")
    assert found[0].severity.value == "error"


@pytest.mark.parametrize("template", MUST_NOT_FIRE)
def test_fl006_leaves_other_bracketed_text_alone(template: str) -> None:
    assert run_rules("FL006", template, [PARISSA]) == []


def test_fl006_points_at_the_placeholder() -> None:
    template = "Hi {{ first_name }},\n\nHere is the recording: [REPLAY LINK]"
    (found,) = run_rules("FL006", template, [PARISSA])
    column = template.splitlines()[2].index("[") + 1
    assert (found.line, found.column, found.end_column) == (3, column, column + len("[REPLAY LINK]"))


def test_fl006_suggests_a_jinja_expression() -> None:
    (found,) = run_rules("FL006", "Hi {{ first_name }},\n\nHere is the recording: [REPLAY LINK]", [PARISSA])
    assert "replay_link" in found.message


def test_fl006_reports_placeholders_in_the_subject_line() -> None:
    template = "---\nsubject: \"A question for [Company Name]\"\n---\nHi {{ first_name }},\n\nQuick one."
    (found,) = run_rules("FL006", template, [PARISSA])
    assert found.line == 2 and "subject line" in found.message


# ----------------------------------------------------------------------------- FL206

PLACEHOLDERS_IN_CAPS = [
    "Hey [THEIR_NAME], saw the news about the Series B.",
    "Hi *|FNAME|*, the slides are attached.",
    "Here is the recording: [REPLAY LINK]",
    "Hello %FIRSTNAME%, your seat is confirmed.",
    "Dear <<FIRST NAME>>, thank you for registering.",
    "I'd love to show you how <COMPANY> could cut churn.",
]


@pytest.mark.parametrize("sentence", PLACEHOLDERS_IN_CAPS)
def test_fl206_does_not_call_a_placeholder_shouting(sentence: str) -> None:
    assert run_rules("FL206", f"Hi Maya,\n\n{sentence}\n\nBest,\nTom") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hey [THEIR_NAME], our BIGGEST release EVER is here.",
        "[REPLAY LINK] is ready, so WATCH IT NOW.",
        "The [WEBINAR] recording is AMAZING.",
    ],
)
def test_fl206_still_reports_shouting_next_to_a_placeholder(sentence: str) -> None:
    found = run_rules("FL206", f"Hi Maya,\n\n{sentence}\n\nBest,\nTom")
    assert found and all("THEIR_NAME" not in d.message and "REPLAY" not in d.message for d in found)


def test_find_placeholders_reports_labels() -> None:
    labels = {p.text: p.label for p in find_placeholders("Hi [FIRST NAME], {signature} %FIRSTNAME% *|FNAME|*")}
    assert labels == {
        "[FIRST NAME]": "bracket placeholder",
        "{signature}": "single-brace placeholder",
        "%FIRSTNAME%": "percent-style placeholder",
        "*|FNAME|*": "Mailchimp merge tag",
    }


# a merge field written with spaces, as Mailmerge, YAMM or GMass write them: Jinja cannot even
# parse it (FL001), and FL006 says what it is
SPACED_FIRE = [
    ("Hi {{First Name}},\n\nYour seat is confirmed.\n\nBest,\nDana", "{{First Name}}"),
    ("Hi {{ first_name }},\n\n{{ Company Name }} is on our shortlist.\n\nBest,\nDana", "{{ Company Name }}"),
    ("Hallo {{Vorname}},\n\nhier ist die Aufzeichnung: {{Link zur Aufzeichnung}}\n\nViele Grüße\nDana",
     "{{Link zur Aufzeichnung}}"),
    ("---\nsubject: \"Notes for {{Company Name}}\"\n---\nHi {{ first_name }},\n\nHere they are.", "{{Company Name}}"),
]
SPACED_QUIET = [
    "Hi {{ first_name }},\n\n{{ company if company else 'your team' }} is on our list.",
    "Hi {{ first_name }},\n\n{{ company or 'your team' }} and {{ not attended }} and {{ a is defined }}.",
    "Hi {{ first_name }},\n\n{{ 'Dear ' ~ first_name }} {{ items | join(', ') }} {{ x in y }}",
    "Hi {{ first_name }},\n\n{% if company %}{{ company }}{% endif %} {{ loop_index }}",
]


@pytest.mark.parametrize(("template", "tag"), SPACED_FIRE)
def test_fl006_reports_a_merge_field_written_with_spaces(template: str, tag: str) -> None:
    found = run_rules("FL006", template, [PARISSA])
    assert [d.code for d in found] == ["FL006"]
    assert tag in found[0].message and "spaces" in found[0].message


@pytest.mark.parametrize("template", SPACED_QUIET)
def test_fl006_leaves_jinja_expressions_alone(template: str) -> None:
    assert run_rules("FL006", template, [PARISSA]) == []
