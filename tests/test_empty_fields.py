"""FL307 empty-merge-field: cases that must fire and cases that must not."""

from __future__ import annotations

from typing import Any

import pytest

from followup_lint.testing import codes, run_rules

MEET = "Hi {{ first_name }},\n\nGreat to meet the team from {{ company }} on Tuesday.\n\nBest,\nDana Okafor"
QUESTION = ("Hi {{ first_name }},\n\nThanks for your question about {{ question }}. Section 3 of the deck "
            "walks through it.\n\nBest,\nDana")
PLAIN_DEFAULT = "Hi {{ first_name }},\n\nGreat to meet {{ company | default('your team') }} on Tuesday."
TRUE_DEFAULT = "Hi {{ first_name }},\n\nGreat to meet {{ company | default('your team', true) }} on Tuesday."
OR_FALLBACK = "Hi {{ first_name }},\n\nGreat to meet {{ company or 'your team' }} on Tuesday."
TRIMMED = "Hi {{ first_name }},\n\nGreat to meet {{ company | trim | default('your team', true) }} on Tuesday."
GUARDED = ("Hi {{ first_name }},\n\n{% if company %}Great to meet the team from {{ company }}.{% endif %}"
           "\n\nHere is the recording.")
ATTENDED_BRANCH = ("Hi {{ first_name }},\n\n{% if attended == 'yes' %}Thanks for joining {{ webinar_title }} on "
                   "Tuesday.{% else %}Sorry we missed you; the recording is below.{% endif %}")
NESTED = "Hi {{ contact.first_name }},\n\nHow is the rollout at {{ contact.company }} going?"
GERMAN = "Hallo {{ vorname }},\n\nschön, dass das Team von {{ firma }} am Dienstag dabei war.\n\nViele Grüße\nJonas"
COUNT = "Hi {{ first_name }},\n\nYou saved {{ saved_items | length }} items from the session."


def rec(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"first_name": "Siobhán", "last_name": "Ní Bhriain",
                            "email": "siobhan.nibhriain@clarehealth.example", "company": "Clare Health"}
    base.update(fields)
    return base


CASES: list[tuple[str, str, list[dict[str, Any]], int]] = [
    # ------------------------------------------------------------------ must fire
    ("empty company", MEET, [rec(company="")], 1),
    ("spaces-only company", MEET, [rec(company="   ")], 1),
    ("empty question, East Asian name", QUESTION,
     [{"first_name": "Wei", "last_name": "Zhang", "email": "wei.zhang@lotusdata.example", "question": ""}], 1),
    ("plain default does not cover empty", PLAIN_DEFAULT, [rec(company="")], 1),
    ("plain default does not cover null", PLAIN_DEFAULT, [rec(company=None)], 1),
    ("true default does not cover spaces", TRUE_DEFAULT, [rec(company="  ")], 1),
    ("or does not cover spaces", OR_FALLBACK, [rec(company=" \t")], 1),
    ("null renders None", MEET, [rec(company=None)], 1),
    ("missing in one JSON record while another has it", MEET,
     [rec(), {"first_name": "José", "last_name": "García Márquez", "email": "jose.garcia@solmar.example"}], 1),
    ("nested field empty", NESTED,
     [{"contact": {"first_name": "Ludwig", "last_name": "van Beethoven", "company": ""}}], 1),
    ("German template", GERMAN,
     [{"vorname": "Jürgen", "nachname": "Weiß", "email": "j.weiss@rheinwerk.example", "firma": ""}], 1),
    ("rendered branch with empty title", ATTENDED_BRANCH, [rec(attended="yes", webinar_title="")], 1),
    ("one finding per recipient", MEET,
     [rec(company=""), {"first_name": "Madonna", "last_name": "", "email": "m@popstar.example", "company": ""},
      {"first_name": "Aiko", "last_name": "Tanaka", "email": "aiko.tanaka@kumo.example", "company": "Kumo KK"}], 2),
    # ------------------------------------------------------------------ must not fire
    ("company present", MEET, [rec(company="Bluefinch Labs")], 0),
    ("true default covers empty", TRUE_DEFAULT, [rec(company="")], 0),
    ("true default covers null", TRUE_DEFAULT, [rec(company=None)], 0),
    ("or covers empty", OR_FALLBACK, [rec(company="")], 0),
    ("trim before default covers spaces", TRIMMED, [rec(company="   ")], 0),
    ("if guard", GUARDED, [rec(company="")], 0),
    ("plain default covers a missing key", PLAIN_DEFAULT,
     [rec(), {"first_name": "Oluwaseun", "last_name": "Adeyemi", "email": "seun.adeyemi@lagosgrid.example"}], 0),
    ("greeting slot is FL103's", MEET, [rec(first_name="")], 0),
    ("field no record has is FL003's", MEET,
     [{"first_name": "Min-jun", "last_name": "Park", "email": "minjun.park@hanbit.example"},
      {"first_name": "Zoë", "last_name": "Lefèvre", "email": "zoe.lefevre@atelier.example"}], 0),
    ("branch not rendered", ATTENDED_BRANCH, [rec(attended="no", webinar_title="")], 0),
    ("a count is never empty", COUNT, [rec(saved_items=[])], 0),
    ("mononym with empty last name not used in the body", MEET,
     [{"first_name": "Madonna", "last_name": "", "email": "m@popstar.example", "company": "Popstar Inc"}], 0),
]


@pytest.mark.parametrize(("label", "template", "records", "expected"), CASES, ids=[c[0] for c in CASES])
def test_empty_merge_field_cases(label: str, template: str, records: list[dict[str, Any]], expected: int) -> None:
    found = run_rules("FL307", template, records)
    assert codes(found) == ["FL307"] * expected, [d.message for d in found]


def test_points_at_the_variable_and_offers_a_fix() -> None:
    [diagnostic] = run_rules("FL307", MEET, [rec(company="")])
    line = MEET.splitlines()[2]
    assert (diagnostic.line, diagnostic.column) == (3, line.index("company") + 1)
    assert diagnostic.end_column == line.index("company") + len("company") + 1
    assert diagnostic.recipient is not None and diagnostic.recipient.row == 1
    assert diagnostic.fix == "{{ company | default('your team', true) }}"
    assert '"Great to meet the team from  on Tuesday."' in diagnostic.message
    assert "{% if company %}" in diagnostic.message


def test_plain_default_message_explains_the_second_argument() -> None:
    [diagnostic] = run_rules("FL307", PLAIN_DEFAULT, [rec(company="")])
    assert "default('your team') only applies when the field is missing" in diagnostic.message
    assert "default('your team', true)" in diagnostic.message
    assert diagnostic.fix == "{{ company | default('your team', true) }}"


def test_no_obvious_fallback_means_no_fix() -> None:
    [diagnostic] = run_rules("FL307", QUESTION, [rec(question="")])
    assert diagnostic.fix is None
    assert "'question' is empty" in diagnostic.message


def test_null_says_none() -> None:
    [diagnostic] = run_rules("FL307", MEET, [rec(company=None)])
    assert "is null" in diagnostic.message
    assert "team from None on Tuesday" in diagnostic.message


def test_message_shows_template_text_not_other_record_values() -> None:
    template = "Hi {{ first_name }},\n\n{{ last_name }} and the team from {{ company }} were great."
    found = run_rules("FL307", template, [rec(company="")], show_personal_data=False)
    assert [d.code for d in found] == ["FL307"]
    assert "Ní Bhriain" not in found[0].message and "Siobhán" not in found[0].message


def test_json_record_before_the_first_with_the_key_is_reported_at_the_end() -> None:
    records = [{"first_name": "Fatima", "last_name": "Al-Sayed", "email": "fatima.alsayed@dunecloud.example"},
               rec(company="Clare Health")]
    found = run_rules("FL307", MEET, records)
    assert codes(found) == ["FL307"]
    assert found[0].recipient is None
    assert "rows 1" in found[0].message and "'company' is missing" in found[0].message


def test_second_use_of_the_same_field_is_reported_separately() -> None:
    template = ("Hi {{ first_name }},\n\nGreat to meet the team from {{ company }}.\n"
                "Everyone at {{ company | default('your team', true) }} gets the recording.\n"
                "P.S. {{ company }} can reply to this email.")
    found = run_rules("FL307", template, [rec(company="")])
    assert [d.line for d in found] == [3, 5]


def test_spaces_fix_trims_first() -> None:
    [diagnostic] = run_rules("FL307", TRUE_DEFAULT, [rec(company="   ")])
    assert diagnostic.fix == "{{ company | trim | default('your team', true) }}"
    assert "trim first" in diagnostic.message


def test_no_english_fallback_offered_in_a_german_template() -> None:
    template = "Hallo {{ vorname }},\n\nschön, dass das Team von {{ company }} dabei war."
    [diagnostic] = run_rules("FL307", template, [{"vorname": "Jürgen", "nachname": "Weiß", "company": ""}])
    assert diagnostic.fix is None


def test_html_template_snippet_shows_text_not_markup() -> None:
    template = "<p>Hi {{ first_name }},</p>\n<p>Great to meet the team from <b>{{ company }}</b> on Tuesday.</p>"
    [diagnostic] = run_rules("FL307", template, [rec(company="")])
    assert "<b>" not in diagnostic.message and "team from  on Tuesday" in diagnostic.message
